"""`nox -s explore`: a Hypothesis state machine driving a real Blnk server, with a reference model.

Rules draw ledgers, identities, balances (with and without fund lineage), transactions (queued
and skip_queue, to balance ids and to indicators, up to 10^25 minor units), inflight holds with
partial commits and voids, refunds, bulks (atomic or not, queued or skip_queue), reused
references, creates through the fault proxy of tests/support/faults.py, filters and paging edges,
unknown ids and historical balances. The model predicts every balance and every call's outcome
(success, or which typed error). After every step the invariants are checked against the server
with raw httpx: balances equal the model (and, at random past instants in random UTC offsets,
historical balances equal the model's), the run's balances sum to zero, each reference holds at
most one posting, no success was answered for a posting the server did not store as sent, and
every error that reached the caller is a typed BlnkError.

BLNK_EXPLORE_EXAMPLES / BLNK_EXPLORE_STEPS (or `nox -s explore -- EXAMPLES STEPS`) bound the run;
BLNK_EXPLORE_SEED repeats one. Runs once with Blnk, then once with AsyncBlnk.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import inspect
import os
import random
import secrets
import string
import sys
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from hypothesis import HealthCheck, Phase, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from benchmarks.server import require_server
from blnk_client import (
    APIConnectionError,
    APIResponseValidationError,
    AsyncBlnk,
    BadRequestError,
    Blnk,
    BlnkError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ReferenceConflictError,
    ServiceUnavailableError,
)
from blnk_client.models import AllocationStrategy, BulkTransactionResult, InflightAction, Transaction
from blnk_client.waiting import async_wait_for_bulk, async_wait_for_transaction, wait_for_bulk, wait_for_transaction
from tests.support.faults import Proxy

SETTLE_TIMEOUT = 30.0
# what the fault proxy makes of a create, which the caller answers by sending it again
TRANSIENT = (APIConnectionError, APIResponseValidationError, RateLimitError, ServiceUnavailableError)
RULES: collections.Counter[str] = collections.Counter()
CHECKS: collections.Counter[str] = collections.Counter()
TRANSIENT_SEEN: collections.Counter[str] = collections.Counter()
CURRENT: list[Explore] = []
FOUND: list[str] = []  # every model mismatch, in order (a replay of a real server may not repeat it)
AMOUNTS = st.one_of(
    st.integers(1, 1000), st.integers(1, 10**25), st.sampled_from([1, 10**18, 2**63, 10**25 - 1, 10**25])
)
OFFSETS = st.integers(-14 * 60, 14 * 60).map(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)))


class Mismatch(AssertionError):
    def __init__(self, message: str) -> None:
        super().__init__(message if len(message) < 600 else message[:600] + " ...")
        steps = CURRENT[-1].log if CURRENT else []
        FOUND.append(str(self) + "\n    after: " + "\n      ".join(steps))


@dataclass
class Amounts:
    credit: int = 0
    debit: int = 0
    inflight_credit: int = 0
    inflight_debit: int = 0

    @property
    def balance(self) -> int:
        return self.credit - self.debit

    @property
    def inflight(self) -> int:
        return self.inflight_credit - self.inflight_debit


@dataclass
class Posting:
    reference: str
    source: str  # a balance id or an indicator, as sent
    destination: str
    amount: int
    transaction_id: str  # the id the create answered
    applied: bool
    inflight: bool
    overdraft: bool
    held: int = 0  # what is still held (inflight)
    refunded: bool = False


@dataclass
class Driver:
    """The client under test (sync or async) behind one call interface."""

    client: Any
    runner: asyncio.Runner | None

    def run(self, result: Any) -> Any:
        if inspect.isawaitable(result):
            assert self.runner is not None
            return self.runner.run(_awaited(result))
        return result

    def collect(self, rows: Any) -> list[Any]:
        if self.runner is not None:
            return list(self.runner.run(_alist(rows)))
        return list(rows)

    def iterate(self, rows: Any) -> Iterator[Any]:
        """Row by row, so that other calls can run between two rows (sync or async iteration)."""
        if self.runner is None:
            yield from rows
            return
        pending = rows.__aiter__()
        while True:
            row = self.runner.run(_next(pending))
            if row is _END:
                return
            yield row

    def wait(self, transaction: Transaction) -> Transaction:
        if self.runner is not None:
            settled: Transaction = self.runner.run(
                async_wait_for_transaction(self.client, transaction, timeout=SETTLE_TIMEOUT, interval=0.05)
            )
            return settled
        return wait_for_transaction(self.client, transaction, timeout=SETTLE_TIMEOUT, interval=0.05)

    def wait_bulk(self, batch: BulkTransactionResult) -> dict[str, Transaction]:
        if self.runner is not None:
            legs: dict[str, Transaction] = self.runner.run(
                async_wait_for_bulk(self.client, batch, timeout=SETTLE_TIMEOUT, interval=0.05)
            )
            return legs
        return wait_for_bulk(self.client, batch, timeout=SETTLE_TIMEOUT, interval=0.05)


async def _awaited(result: Any) -> Any:
    return await result


_END = object()


async def _next(rows: AsyncIterator[Any]) -> Any:
    try:
        return await rows.__anext__()
    except StopAsyncIteration:
        return _END


async def _alist(rows: AsyncIterator[Any]) -> list[Any]:
    return [row async for row in rows]


@dataclass
class Run:
    base_url: str
    key: str
    asynchronous: bool
    proxy: Proxy
    failures: list[str] = field(default_factory=list)
    untyped: list[str] = field(default_factory=list)


RUN: Run | None = None


def counted(function: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(self: Explore, *args: Any, **kwargs: Any) -> Any:
        RULES[function.__name__] += 1
        shown = ", ".join(f"{k}={v!r}" for k, v in kwargs.items() if k != "data")
        self.log.append(f"{function.__name__}({shown})")
        return function(self, *args, **kwargs)

    wrapper.__name__ = function.__name__
    wrapper.__signature__ = inspect.signature(function)  # type: ignore[attr-defined]
    return wrapper


class Explore(RuleBasedStateMachine):
    ledgers = Bundle("ledgers")
    identities = Bundle("identities")

    def __init__(self) -> None:
        super().__init__()
        assert RUN is not None
        self.run_ = RUN
        self.log: list[str] = []
        CURRENT.append(self)
        self.stack: list[Callable[[], None]] = []
        self.runner = asyncio.Runner() if RUN.asynchronous else None
        options: dict[str, Any] = {"base_url": RUN.base_url, "api_key": RUN.key, "timeout": 10.0, "max_retries": 2}
        proxied: dict[str, Any] = {**options, "base_url": RUN.proxy.url, "timeout": 1.0, "max_retries": 3}
        kind = AsyncBlnk if RUN.asynchronous else Blnk
        self.blnk = Driver(kind(**options), self.runner)
        self.faulty = Driver(kind(**proxied), self.runner)
        self.raw = httpx.Client(base_url=RUN.base_url, headers={"X-Blnk-Key": RUN.key}, timeout=30.0)
        self.currency = self._fresh_currency()
        self.model: dict[str, Amounts] = {}  # balance id -> amounts
        self.ledger_of: dict[str, str] = {}  # balance id -> ledger id
        self.lineage: set[str] = set()
        self.indicators: dict[str, str] = {}  # indicator -> balance id, once used
        self.postings: dict[str, Posting] = {}  # reference -> the posting stored under it
        self.answered: dict[str, str] = {}  # reference -> transaction id the client answered as success
        self.history: list[tuple[dt.datetime, dt.datetime, dict[str, int]]] = []
        self.stable_since = dt.datetime.now(dt.UTC)
        self.random = random.Random(0)
        self.transient = TRANSIENT_SEEN

    # -- plumbing ------------------------------------------------------------------------

    def _fresh_currency(self) -> str:
        while True:
            code = "".join(secrets.choice(string.ascii_uppercase) for _ in range(3))  # not Hypothesis-seeded
            if self.raw.get(f"/balances/indicator/@World/currency/{code}").status_code == 404:
                return code

    def call(self, driver: Driver, method: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, Any]:
        """(answer, None) or (None, the BlnkError); anything else is an untyped error reaching the caller."""
        try:
            return driver.run(method(*args, **kwargs)), None
        except BlnkError as error:
            return None, error
        except Exception as error:
            self.run_.untyped.append(f"{type(error).__name__}: {error}")
            raise Mismatch(f"untyped error reached the caller: {type(error).__name__}: {error}") from error

    def expect(self, what: str, got: tuple[Any, Any], error: type[BlnkError] | None) -> Any:
        answer, raised = got
        if error is None and raised is not None:
            raise Mismatch(f"{what}: model expected success, got {type(raised).__name__}: {raised} ({self.state()})")
        if error is not None and not isinstance(raised, error):
            raise Mismatch(f"{what}: model expected {error.__name__}, got {raised!r} / {answer!r} ({self.state()})")
        return answer

    def state(self) -> str:
        return ", ".join(f"{b[:12]}={a.balance}/{a.inflight_debit}" for b, a in self.model.items())

    def mutating(self) -> None:
        """A mutation starts: the state since the last settle is closed into the history."""
        now = dt.datetime.now(dt.UTC)
        snapshot = {b: a.balance for b, a in self.model.items()}
        if now > self.stable_since:
            self.history.append((self.stable_since, now, snapshot))

    def settled(self) -> None:
        self.stable_since = dt.datetime.now(dt.UTC)

    def balance_id(self, name: str) -> str:
        if not name.startswith("@"):
            return name
        if name not in self.indicators:
            found = self.raw.get(f"/balances/indicator/{name}/currency/{self.currency}")
            found.raise_for_status()
            self.indicators[name] = found.json()["balance_id"]
            self.model.setdefault(self.indicators[name], Amounts())
        return self.indicators[name]

    def can_pay(self, source: str, amount: int, overdraft: bool) -> bool:
        if overdraft:
            return True
        if source.startswith("@") and source not in self.indicators:
            return False  # created empty by this very posting
        held = self.model[self.balance_id(source)]
        return held.balance - held.inflight_debit >= amount

    def apply(self, source: str, destination: str, amount: int) -> None:
        self.model[self.balance_id(source)].debit += amount
        self.model[self.balance_id(destination)].credit += amount

    def hold(self, source: str, destination: str, amount: int) -> None:
        self.model[self.balance_id(source)].inflight_debit += amount
        self.model[self.balance_id(destination)].inflight_credit += amount

    def release(self, source: str, destination: str, amount: int) -> None:
        self.model[self.balance_id(source)].inflight_debit -= amount
        self.model[self.balance_id(destination)].inflight_credit -= amount

    def draw(self, data: st.DataObject, strategy: st.SearchStrategy[Any], label: str) -> Any:
        value = data.draw(strategy, label=label)
        self.log.append(f"  {label}={value!r}")
        return value

    def endpoints(self, data: st.DataObject, target: str | None = None) -> tuple[str, str]:
        balances = sorted(b for b in self.model if b not in self.indicators.values())
        names = [*balances, "@World", "@Fees", "@Settlement"]
        source = self.draw(data, st.sampled_from(names), "source")
        destination = target or self.draw(data, st.sampled_from([n for n in names if n != source]), "destination")
        return source, destination

    def new_reference(self) -> str:
        return f"x-{secrets.token_hex(8)}"

    # -- rules ---------------------------------------------------------------------------

    @initialize(target=ledgers)
    @counted
    def create_ledger(self) -> str:
        ledger = self.expect(
            "ledgers.create", self.call(self.blnk, self.blnk.client.ledgers.create, name="explore"), None
        )
        self.create_balance(str(ledger.ledger_id), None, None)  # transfers can be drawn from the first step
        return str(ledger.ledger_id)

    @rule(target=ledgers)
    @counted
    def another_ledger(self) -> str:
        ledger = self.expect(
            "ledgers.create", self.call(self.blnk, self.blnk.client.ledgers.create, name="explore"), None
        )
        return str(ledger.ledger_id)

    @rule(target=identities)
    @counted
    def create_identity(self) -> str:
        made = self.call(self.blnk, self.blnk.client.identities.create, first_name="Ada", last_name="Explore")
        return str(self.expect("identities.create", made, None).identity_id)

    @rule(ledger=ledgers, identity=st.none() | identities, strategy=st.none() | st.sampled_from(AllocationStrategy))
    @counted
    def create_balance(self, ledger: str, identity: str | None, strategy: AllocationStrategy | None) -> None:
        extra: dict[str, Any] = {}
        if identity is not None:
            extra = {"identity_id": identity, "track_fund_lineage": strategy is not None}
            if strategy is not None:
                extra["allocation_strategy"] = strategy
        made = self.call(self.blnk, self.blnk.client.balances.create, ledger_id=ledger, currency=self.currency, **extra)
        balance = self.expect("balances.create", made, None)
        self.model[balance.balance_id] = Amounts()
        self.ledger_of[balance.balance_id] = ledger
        if strategy is not None:
            self.lineage.add(balance.balance_id)

    @precondition(lambda self: len(self.model) >= 1)
    @rule(
        data=st.data(),
        amount=AMOUNTS,
        skip_queue=st.booleans(),
        overdraft=st.booleans(),
        through_proxy=st.integers(0, 3).map(lambda n: n == 0),
    )
    @counted
    def transfer(
        self, data: st.DataObject, amount: int, skip_queue: bool, overdraft: bool, through_proxy: bool
    ) -> None:
        source, destination = self.endpoints(data)
        self.post(self.new_reference(), source, destination, amount, skip_queue, overdraft, through_proxy, False)

    @precondition(lambda self: len(self.model) >= 1)
    @rule(data=st.data(), amount=AMOUNTS, skip_queue=st.booleans(), through_proxy=st.booleans())
    @counted
    def inflight_hold(self, data: st.DataObject, amount: int, skip_queue: bool, through_proxy: bool) -> None:
        source, destination = self.endpoints(data)
        self.post(self.new_reference(), source, destination, amount, skip_queue, True, through_proxy, True)

    def post(
        self,
        reference: str,
        source: str,
        destination: str,
        amount: int,
        skip_queue: bool,
        overdraft: bool,
        through_proxy: bool,
        inflight: bool,
    ) -> None:
        self.mutating()
        driver = self.faulty if through_proxy else self.blnk
        sent: dict[str, Any] = {
            "reference": reference,
            "currency": self.currency,
            "description": "explore",
            "precise_amount": amount,
            "source": source,
            "destination": destination,
        }
        if overdraft:
            sent["allow_overdraft"] = True
        if skip_queue:
            sent["skip_queue"] = True
        if inflight:
            sent["inflight"] = True
        ok = self.can_pay(source, amount, overdraft)
        what = f"create {reference} {source[:12]}->{destination[:12]} {amount} queue={not skip_queue} od={overdraft}"
        stored = self.postings.get(reference)
        for _attempt in range(8):
            got = self.call(driver, driver.client.transactions.create, **sent)
            if got[1] is None or not through_proxy or not isinstance(got[1], TRANSIENT):
                break
            self.transient[type(got[1]).__name__] += 1
        if stored is not None:  # a reference reused
            same = (stored.source, stored.destination, stored.amount) == (source, destination, amount)
            same = same and (stored.inflight, stored.overdraft) == (inflight, overdraft)
            answer = self.expect(f"reuse {reference}", got, None if same else ReferenceConflictError)
            if same and answer.transaction_id != stored.transaction_id:
                raise Mismatch(f"reuse {reference}: answered {answer.transaction_id}, stored {stored.transaction_id}")
            self.settle_queue()
            return
        if skip_queue and not ok:
            self.expect(f"{what} (insufficient)", got, BadRequestError)
            # through the proxy the 400's body may be truncated or mangled: its code is then unknown
            if got[1].code != "TXN_INSUFFICIENT_FUNDS" and not (through_proxy and got[1].code is None):
                raise Mismatch(f"create {reference}: expected TXN_INSUFFICIENT_FUNDS, got {got[1]!r}")
            self.settled()
            return
        answer = self.expect(what, got, None)
        self.answered[reference] = answer.transaction_id
        settled = self.blnk.wait(answer)
        want = ("INFLIGHT" if inflight else "APPLIED") if ok else "REJECTED"
        if settled.status != want:
            raise Mismatch(f"{what}: settled {settled.status}, model {want} ({self.state()})")
        self.postings[reference] = Posting(
            reference, source, destination, amount, answer.transaction_id, ok, inflight, overdraft
        )
        if ok and inflight:
            self.hold(source, destination, amount)
            self.postings[reference].held = amount
        elif ok:
            self.apply(source, destination, amount)
        self.settled()

    def settle_queue(self) -> None:
        time.sleep(0.2)  # a dropped queued duplicate would be applied by now
        self.settled()

    @precondition(lambda self: bool(self.postings))
    @rule(
        data=st.data(),
        skip_queue=st.booleans(),
        change=st.sampled_from(["none", "amount", "destination", "overdraft"]),
        through_proxy=st.booleans(),
    )
    @counted
    def reuse_reference(self, data: st.DataObject, skip_queue: bool, change: str, through_proxy: bool) -> None:
        posting = self.draw(data, st.sampled_from(sorted(self.postings.values(), key=lambda p: p.reference)), "posting")
        amount = posting.amount + (change == "amount")
        destination = posting.destination
        if change == "destination":
            others = ("@World", "@Fees", "@Settlement")
            destination = next(n for n in others if n not in (posting.source, posting.destination))
        overdraft = posting.overdraft != (change == "overdraft")
        self.post(
            posting.reference,
            posting.source,
            destination,
            amount,
            skip_queue,
            overdraft,
            through_proxy,
            posting.inflight,
        )

    @precondition(lambda self: any(p.held for p in self.postings.values()))
    @rule(data=st.data(), commit=st.booleans(), skip_queue=st.booleans())
    @counted
    def update_hold(self, data: st.DataObject, commit: bool, skip_queue: bool) -> None:
        posting = self.draw(
            data,
            st.sampled_from(sorted((p for p in self.postings.values() if p.held), key=lambda p: p.reference)),
            "hold",
        )
        part = self.draw(data, st.integers(1, posting.held), "part") if commit else None
        self.mutating()
        extra: dict[str, Any] = {"skip_queue": True} if skip_queue else {}
        if part is not None and self.draw(data, st.booleans(), "partial"):
            extra["precise_amount"] = part
        else:
            part = posting.held
        status = InflightAction.COMMIT if commit else InflightAction.VOID
        got = self.call(
            self.blnk, self.blnk.client.transactions.update_inflight, posting.transaction_id, status=status, **extra
        )
        self.expect(f"update_inflight {posting.reference} {status}", got, None)
        if commit:
            self.release(posting.source, posting.destination, part)
            self.apply(posting.source, posting.destination, part)
            posting.held -= part
        else:
            self.release(posting.source, posting.destination, posting.held)
            posting.held = 0
        if not skip_queue:
            self.await_model()
        self.settled()

    @precondition(lambda self: any(p.applied and not p.inflight for p in self.postings.values()))
    @rule(data=st.data(), skip_queue=st.booleans())
    @counted
    def refund(self, data: st.DataObject, skip_queue: bool) -> None:
        candidates = [p for p in self.postings.values() if p.applied and not p.inflight]
        posting = self.draw(data, st.sampled_from(sorted(candidates, key=lambda p: p.reference)), "refunded")
        self.mutating()
        extra: dict[str, Any] = {"skip_queue": True} if skip_queue else {}
        got = self.call(self.blnk, self.blnk.client.transactions.refund, posting.transaction_id, **extra)
        what = f"refund {posting.reference} skip_queue={skip_queue} again={posting.refunded}"
        if posting.refunded:  # a second refund is refused, and nothing moves
            self.expect(what, got, ConflictError)
            self.settle_queue()
            return
        answer = self.expect(what, got, None)
        settled = self.blnk.wait(answer)
        if settled.status != "APPLIED":
            raise Mismatch(f"refund {posting.reference}: settled {settled.status}")
        posting.refunded = True
        self.apply(posting.destination, posting.source, posting.amount)
        self.settled()

    @precondition(lambda self: len(self.model) >= 1)
    @rule(data=st.data(), size=st.integers(1, 4), atomic=st.booleans(), skip_queue=st.booleans())
    @counted
    def bulk(self, data: st.DataObject, size: int, atomic: bool, skip_queue: bool) -> None:
        legs = []
        for _ in range(size):
            source, destination = self.endpoints(data)
            amount = self.draw(data, AMOUNTS, "amount")
            overdraft = self.draw(data, st.booleans(), "overdraft")
            leg: dict[str, Any] = {
                "reference": self.new_reference(),
                "currency": self.currency,
                "description": "explore bulk",
                "precise_amount": amount,
                "source": source,
                "destination": destination,
            }
            if overdraft:
                leg["allow_overdraft"] = True
            legs.append(leg)
        self.mutating()
        # predict: legs in order, on what each name (balance id or indicator) holds now
        available: dict[str, int] = {}
        for name in {n for leg in legs for n in (leg["source"], leg["destination"])}:
            known = not name.startswith("@") or name in self.indicators
            held = self.model[self.balance_id(name)] if known else Amounts()
            available[name] = held.balance - held.inflight_debit
        outcome: dict[str, bool] = {}
        uncertain: set[str] = set()  # queued legs run in no fixed order: a shared, checked source can go either way
        touched = collections.Counter(n for leg in legs for n in {leg["source"], leg["destination"]})
        failed = False
        for leg in legs:
            if not skip_queue and not leg.get("allow_overdraft") and touched[leg["source"]] > 1:
                uncertain.add(leg["reference"])
            amount = leg["precise_amount"]
            ok = not failed and (bool(leg.get("allow_overdraft")) or available[leg["source"]] >= amount)
            if skip_queue and not ok:
                failed = True
            outcome[leg["reference"]] = ok
            if ok:
                available[leg["source"]] -= amount
                available[leg["destination"]] += amount
        options: dict[str, Any] = {"atomic": atomic}
        if skip_queue:
            options["skip_queue"] = True
        got = self.call(self.blnk, self.blnk.client.transactions.create_bulk, transactions=legs, **options)
        shown = [(leg["source"][:12], leg["destination"][:12], leg["precise_amount"]) for leg in legs]
        what = f"bulk atomic={atomic} skip_queue={skip_queue} legs={shown}"
        if skip_queue and failed:
            self.expect(f"{what} (a leg short)", got, BlnkError)
            for leg in legs:
                if outcome[leg["reference"]]:
                    self.apply(leg["source"], leg["destination"], leg["precise_amount"])
                    if atomic:  # rolled back by a reversing (refund) posting on the queue
                        self.apply(leg["destination"], leg["source"], leg["precise_amount"])
            self.await_model()
            self.settled()
            return
        batch = self.expect(what, got, None)
        settled = self.blnk.wait_bulk(batch)
        for leg in legs:
            status = settled[leg["reference"]].status
            want = "APPLIED" if outcome[leg["reference"]] else "REJECTED"
            if leg["reference"] in uncertain and status in ("APPLIED", "REJECTED"):
                outcome[leg["reference"]] = status == "APPLIED"
            elif status != want:
                raise Mismatch(f"{what}: leg {leg['reference']} settled {status}, model {want} ({self.state()})")
        for leg in legs:
            if outcome[leg["reference"]]:
                self.apply(leg["source"], leg["destination"], leg["precise_amount"])
        self.settled()

    @precondition(lambda self: len(self.model) >= 1)
    @rule(ledger=ledgers, limit=st.sampled_from([1, 2, 3, 100]), insert=st.booleans())
    @counted
    def page_balances(self, ledger: str, limit: int, insert: bool) -> None:
        expected = {b for b, owner in self.ledger_of.items() if owner == ledger}
        client = self.blnk.client
        filters = [{"field": "ledger_id", "operator": "eq", "value": ledger}]
        if not insert:
            rows = self.expect(
                "balances.filter_all",
                self.call(
                    self.blnk, lambda: self.blnk.collect(client.balances.filter_all(filters=filters, limit=limit))
                ),
                None,
            )
        else:  # insert a balance after the first row was read
            rows = []
            for row in self.blnk.iterate(client.balances.filter_all(filters=filters, limit=limit)):
                rows.append(row)
                if len(rows) == 1:
                    self.create_balance(ledger, None, None)
        ids = [row.balance_id for row in rows]
        if len(ids) != len(set(ids)):
            raise Mismatch(f"filter_all yielded a row twice: {ids}")
        if not expected <= set(ids):
            raise Mismatch(f"filter_all missed {expected - set(ids)} (limit {limit})")
        listed = self.expect(
            "balances.list_all",
            self.call(
                self.blnk,
                lambda: self.blnk.collect(client.balances.list_all(filters={"ledger_id_eq": ledger}, limit=limit)),
            ),
            None,
        )
        if {row.balance_id for row in listed} != {b for b, owner in self.ledger_of.items() if owner == ledger}:
            raise Mismatch(f"list_all: {sorted(r.balance_id for r in listed)} != model (limit {limit})")

    @precondition(lambda self: len(self.log) % 3 == 0)  # cheap, and drawn too often otherwise
    @rule(data=st.data())
    @counted
    def look_up(self, data: st.DataObject) -> None:
        client = self.blnk.client
        known = sorted(self.postings)
        pick_known = bool(known) and self.draw(data, st.booleans(), "known reference")
        reference: str = self.draw(data, st.sampled_from(known), "reference") if pick_known else self.new_reference()
        posting = self.postings.get(reference)
        got = self.call(self.blnk, client.transactions.get_by_reference, reference)
        found = self.expect(f"get_by_reference {reference}", got, None if posting else NotFoundError)
        if posting and found.transaction_id != posting.transaction_id:
            raise Mismatch(f"get_by_reference {reference}: {found.transaction_id} != {posting.transaction_id}")
        filters = [{"field": "reference", "operator": "eq", "value": reference}]
        rows = self.expect(
            "transactions.filter_all",
            self.call(self.blnk, lambda: self.blnk.collect(client.transactions.filter_all(filters=filters, limit=1))),
            None,
        )
        if len(rows) != (1 if posting else 0):
            raise Mismatch(f"filter_all reference {reference}: {len(rows)} rows")
        self.expect(
            "balances.get unknown",
            self.call(self.blnk, client.balances.get, f"bln_{secrets.token_hex(8)}"),
            NotFoundError,
        )
        self.expect(
            "transactions.get unknown",
            self.call(self.blnk, client.transactions.get, f"txn_{secrets.token_hex(8)}"),
            NotFoundError,
        )

    @precondition(lambda self: len(self.log) % 5 == 0)  # rules cannot be weighted: this one runs less often
    @rule()
    @counted
    def pause(self) -> None:
        """Let a whole second pass: the server reads historical instants to the second."""
        time.sleep(1.02 - time.time() % 1.0)  # just past the next whole second

    @precondition(lambda self: bool(self.history) and bool(self.model))
    @rule(data=st.data(), offset=OFFSETS)
    @counted
    def balance_at(self, data: st.DataObject, offset: dt.timezone) -> None:
        start, end, snapshot = data.draw(st.sampled_from(self.history))
        balance = data.draw(st.sampled_from(sorted(snapshot)))
        chosen = self.instant(start, end, data.draw(st.floats(0.0, 1.0)))
        if chosen is None:
            return
        instant = chosen.astimezone(offset)
        got = self.call(self.blnk, self.blnk.client.balances.get_at, balance, timestamp=instant)
        answer = self.expect(f"get_at {balance} {instant}", got, None)
        if answer.balance.balance != snapshot[balance]:
            raise Mismatch(
                f"get_at {balance} {instant.isoformat()}: {answer.balance.balance} != model {snapshot[balance]}"
            )

    @staticmethod
    def instant(start: dt.datetime, end: dt.datetime, fraction: float) -> dt.datetime | None:
        """A whole second inside [start, end) (the server reads `timestamp` to the second), or None."""
        chosen = (start + (end - start) * fraction).replace(microsecond=0)
        if chosen < start:
            chosen += dt.timedelta(seconds=1)
        return chosen if chosen < end else None

    def await_model(self) -> None:
        """Queued commits, voids and rollbacks: wait (bounded) until the server shows the model."""
        deadline = time.monotonic() + SETTLE_TIMEOUT
        while self.differences() and time.monotonic() < deadline:
            time.sleep(0.05)

    # -- invariants (raw httpx, around the client) ------------------------------------------

    def server_balances(self) -> dict[str, dict[str, Any]]:
        found = {}
        for balance in self.model:
            answer = self.raw.get(f"/balances/{balance}")
            answer.raise_for_status()
            found[balance] = answer.json()
        return found

    def differences(self) -> list[str]:
        wrong = []
        for balance, row in self.server_balances().items():
            want = self.model[balance]
            pairs = (
                ("credit_balance", want.credit),
                ("debit_balance", want.debit),
                ("inflight_credit_balance", want.inflight_credit),
                ("inflight_debit_balance", want.inflight_debit),
            )
            for name, value in pairs:
                if int(row[name]) != value:
                    wrong.append(f"{balance} {name}: server {row[name]} model {value}")
        return wrong

    @invariant()
    def balances_equal_the_model(self) -> None:
        CHECKS["balance == model"] += len(self.model)
        wrong = self.differences()
        if wrong:
            raise Mismatch("; ".join(wrong))

    @invariant()
    def the_run_sums_to_zero(self) -> None:
        CHECKS["sum == 0"] += 1
        total = sum(int(row["balance"]) for row in self.server_balances().values())
        if total != 0:
            raise Mismatch(f"the run's balances in {self.currency} sum to {total}")

    @invariant()
    def a_past_instant_matches_the_model(self) -> None:
        if not self.history:
            return
        start, end, snapshot = self.random.choice(self.history)
        if not snapshot:
            return
        balance = self.random.choice(sorted(snapshot))
        instant = self.instant(start, end, self.random.uniform(0.0, 1.0))
        if instant is None:
            return
        CHECKS["get_at == model"] += 1
        # in UTC: the server keeps the wall-clock digits of any other offset (the client converts too)
        answer = self.raw.get(f"/balances/{balance}/at", params={"timestamp": instant.isoformat()})
        answer.raise_for_status()
        stood = int(answer.json()["balance"]["balance"])
        if stood != snapshot[balance]:
            raise Mismatch(f"raw get_at {balance} {instant.isoformat()}: {stood} != model {snapshot[balance]}")

    @invariant()
    def one_posting_per_reference_as_answered(self) -> None:
        for reference, answered in list(self.answered.items())[-3:]:
            CHECKS["postings per reference <= 1"] += 1
            rows = self.raw.post(
                "/transactions/filter",
                json={"filters": [{"field": "reference", "operator": "eq", "value": reference}]},
            )
            rows.raise_for_status()
            body = rows.json()
            stored = body if isinstance(body, list) else (body.get("data") or [])
            if len(stored) > 1:
                raise Mismatch(f"reference {reference}: {len(stored)} postings stored")
            CHECKS["success answered => stored as sent"] += 1
            posting = self.postings[reference]
            if not stored or stored[0]["transaction_id"] != answered:
                raise Mismatch(f"reference {reference}: answered {answered}, server holds {stored}")
            if int(stored[0]["precise_amount"]) != posting.amount:
                raise Mismatch(
                    f"reference {reference}: stored amount {stored[0]['precise_amount']} != {posting.amount}"
                )
            sides = (self.balance_id(posting.source), self.balance_id(posting.destination))
            if (stored[0]["source"], stored[0]["destination"]) != sides:
                raise Mismatch(f"reference {reference}: stored {stored[0]['source']} -> {stored[0]['destination']}")

    @invariant()
    def every_error_was_typed(self) -> None:
        CHECKS["errors typed"] += 1
        if self.run_.untyped:
            raise Mismatch(f"untyped errors: {self.run_.untyped}")

    def teardown(self) -> None:
        for driver in (self.blnk, self.faulty):
            driver.run(driver.client.close())
        if self.runner is not None:
            self.runner.close()
        self.raw.close()


def explore(base_url: str, key: str, *, asynchronous: bool, examples: int, steps: int, seed: int) -> bool:
    global RUN
    proxy = Proxy(base_url, seed=seed, hold=1.5)
    RUN = Run(base_url, key, asynchronous, proxy)
    RULES.clear()
    CHECKS.clear()
    TRANSIENT_SEEN.clear()
    FOUND.clear()
    options = settings(
        max_examples=examples,
        stateful_step_count=steps,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.generate, Phase.shrink] if os.environ.get("BLNK_EXPLORE_SHRINK") else [Phase.generate],
        print_blob=True,
    )
    started = time.monotonic()
    clean = True
    try:
        hypothesis_seed(seed)(lambda: run_state_machine_as_test(Explore, settings=options))()
    except Exception as error:  # noqa: BLE001 - a failure is reported, not raised
        clean = False
        for found in getattr(error, "exceptions", [error]):
            print("FAILURE:", "".join(traceback.format_exception_only(found)).strip()[:3000])
    finally:
        proxy.loopback.stop()
    name = "AsyncBlnk" if asynchronous else "Blnk"
    print(
        f"{name}: {examples} examples x {steps} steps, {time.monotonic() - started:.1f} s, {'0 failures' if clean else 'FAILED'}"
    )
    for message in FOUND[:3]:
        print("  mismatch:", message)
    print("  rules:", ", ".join(f"{rule} {n}" for rule, n in sorted(RULES.items())))
    print("  checks:", ", ".join(f"{check} {n}" for check, n in sorted(CHECKS.items())))
    print("  typed errors from faults, retried by the caller:", dict(TRANSIENT_SEEN))
    print("  faults injected:", sum(n for f, n in proxy.injected.items() if f != "none"), dict(proxy.injected))
    return clean


def main(argv: Iterable[str] = ()) -> None:
    base_url, key = require_server()
    args = list(argv)
    examples = int(args[0]) if args else int(os.environ.get("BLNK_EXPLORE_EXAMPLES", "10"))
    steps = int(args[1]) if len(args) > 1 else int(os.environ.get("BLNK_EXPLORE_STEPS", "40"))
    seed = int(os.environ.get("BLNK_EXPLORE_SEED", "13"))
    clients = os.environ.get("BLNK_EXPLORE_CLIENTS", "sync,async").split(",")
    started = time.monotonic()
    clean = True
    for asynchronous in (False, True):
        if ("async" if asynchronous else "sync") in clients:
            clean = (
                explore(base_url, key, asynchronous=asynchronous, examples=examples, steps=steps, seed=seed) and clean
            )
    print(f"total wall time {time.monotonic() - started:.1f} s")
    if not clean:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
