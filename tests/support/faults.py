"""The client through a fault-injecting loopback proxy in front of a Blnk server (or the stand-in).

Every intended transaction is posted through the proxy, which (seeded, so runs repeat) resets
connections before forwarding, drops answers after the server committed, answers 503 with
Retry-After or 429 itself, holds answers past the client's timeout, and truncates or mangles
JSON bodies. A caller that sees a typed error posts again with the same reference, as the
client's documentation tells it to. Afterwards the server itself is asked, around the proxy:
each reference must exist once, the wallet must hold exactly the sum of all amounts, and no
error other than a typed blnk_client exception may have reached the caller.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import random
import secrets
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import httpx

from blnk_client import AsyncBlnk, Blnk, BlnkError, RetryPolicy
from blnk_client.models import Transaction
from blnk_client.params import FilterConditionParams
from blnk_client.waiting import wait_for_transaction
from tests.support.loopback import JSONHandler, LoopbackServer

RETRIES = RetryPolicy(max_retries=3)
FAULTS = ("none", "reset_before", "drop_after_commit", "unavailable", "rate_limited", "slow", "truncated", "mangled")


class Proxy:
    def __init__(self, upstream: str, seed: int, hold: float) -> None:
        self.random = random.Random(seed)
        self.injected: collections.Counter[str] = collections.Counter()
        self.lock = threading.Lock()
        proxy = self
        forward = httpx.Client(base_url=upstream, timeout=30)

        class Handler(JSONHandler):
            def _fault(self) -> str:
                if self.command != "POST" or self.path != "/transactions":
                    return "none"
                with proxy.lock:
                    fault = proxy.random.choice(FAULTS)
                    proxy.injected[fault] += 1
                return fault

            def answer(self) -> None:
                body = self.read_body()
                fault = self._fault()
                if fault == "reset_before":
                    self.close_connection = True
                    return
                if fault in ("unavailable", "rate_limited"):
                    status = 503 if fault == "unavailable" else 429
                    self.send_json(
                        status,
                        b'{"error":"injected","error_detail":{"code":"QUEUE_BACKPRESSURE","message":"injected"}}',
                        {"Retry-After": "0"},
                    )
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("x-blnk-key", "content-type")}
                answer = forward.request(self.command, self.path, content=body, headers=headers)
                if fault == "drop_after_commit":
                    self.close_connection = True
                    return
                if fault == "slow":
                    time.sleep(hold)
                content = answer.content
                if fault == "truncated":
                    content = content[: len(content) // 2]
                elif fault == "mangled":
                    content = b"<html>502 from a proxy that ate the JSON</html>"
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up waiting
                    self.send_json(answer.status_code, content)

        self.loopback = LoopbackServer(Handler)
        self.url = self.loopback.url
        self.loopback.start()


@dataclass
class Outcome:
    injected: collections.Counter[str]
    surfaced: collections.Counter[str]  # typed errors that reached the caller, by class
    untyped: list[str]
    intended: int
    stored: int
    lost: list[str]
    balance: int
    expected: int  # the sum of the distinct amounts: a double shows in the balance
    wrong_ids: list[str]  # answers naming a record other than the one stored for the reference
    doubled: list[str]  # references the server holds more than one posting for

    @property
    def faults(self) -> int:
        return sum(number for fault, number in self.injected.items() if fault != "none")

    @property
    def clean(self) -> bool:
        return not (self.lost or self.doubled or self.untyped or self.wrong_ids) and self.balance == self.expected


def run(
    base_url: str,
    key: str,
    *,
    count: int,
    seed: int,
    client_timeout: float = 1.0,
    settle: float = 2.0,
    retry_policy: RetryPolicy = RETRIES,
    asynchronous: bool = False,
) -> Outcome:
    """Post `count` transactions through the proxy (half on the queue) with `Blnk`, or `AsyncBlnk`
    when `asynchronous`, then count what the server stored."""
    proxy = Proxy(base_url, seed=seed, hold=client_timeout + 0.5)
    run_id = secrets.token_hex(4)

    with Blnk(base_url=base_url, api_key=key) as direct:
        ledger = direct.ledgers.create(name=f"faults-{run_id}").ledger_id
        wallet = direct.balances.create(ledger_id=ledger, currency="USD").balance_id

    surfaced: collections.Counter[str] = collections.Counter()
    untyped: list[str] = []
    answered: dict[str, Transaction] = {}
    intended = {f"faults-{run_id}-{n}": n + 1 for n in range(count)}
    options: dict[str, Any] = {
        "base_url": proxy.url,
        "api_key": key,
        "timeout": client_timeout,
        "retry_policy": retry_policy,
    }
    with contextlib.ExitStack() as stack:
        create: Callable[..., object]
        if asynchronous:
            runner = stack.enter_context(asyncio.Runner())
            async_client = AsyncBlnk(**options)
            stack.callback(lambda: runner.run(async_client.close()))

            create_async: Callable[..., Coroutine[Any, Any, object]] = async_client.transactions.create

            def create(**posting: Any) -> object:
                return runner.run(create_async(**posting))
        else:
            client = stack.enter_context(Blnk(**options))
            create = client.transactions.create
        for number, (reference, amount) in enumerate(intended.items()):
            posting: dict[str, Any] = {
                "reference": reference,
                "currency": "USD",
                "description": "fault run",
                "precise_amount": amount,
                "source": "@World",
                "destination": wallet,
                "allow_overdraft": True,
                "skip_queue": number % 2 == 0,
            }
            for _attempt in range(6):
                try:
                    created = create(**posting)
                    assert isinstance(created, Transaction)
                    answered[reference] = created
                    break
                except BlnkError as error:
                    surfaced[type(error).__name__] += 1
                except Exception as error:  # noqa: BLE001 - the point is to catch what should not happen
                    untyped.append(f"{reference}: {type(error).__name__}: {error}")
                    break
    proxy.loopback.stop()

    with Blnk(base_url=base_url, api_key=key) as direct:
        stored: dict[str, Transaction] = {}
        for reference in intended:
            with contextlib.suppress(BlnkError):
                stored[reference] = direct.transactions.get_by_reference(reference)
        for transaction in stored.values():
            wait_for_transaction(direct, transaction, timeout=60)
        time.sleep(settle)  # a duplicate copy would be applied by now
        balance = direct.balances.get(wallet).balance
        postings = {
            reference: len(list(direct.transactions.filter_all(filters=[_reference_is(reference)])))
            for reference in intended
        }

    return Outcome(
        injected=proxy.injected,
        surfaced=surfaced,
        untyped=untyped,
        intended=count,
        stored=len(stored),
        lost=sorted(set(intended) - set(stored)),
        doubled=sorted(reference for reference, number in postings.items() if number > 1),
        balance=balance,
        expected=sum(intended.values()),
        wrong_ids=sorted(
            r for r, t in answered.items() if r in stored and t.transaction_id != stored[r].transaction_id
        ),
    )


def _reference_is(reference: str) -> FilterConditionParams:
    return {"field": "reference", "operator": "eq", "value": reference}


def report(outcome: Outcome) -> None:
    print("fault injected (POST /transactions) | count")
    for fault in FAULTS:
        print(f"{fault:<35} | {outcome.injected[fault]}")
    print(f"{'total faults (excluding none)':<35} | {outcome.faults}")
    print()
    print("errors that reached the caller       | count")
    for name, number in sorted(outcome.surfaced.items()):
        print(f"{name:<36} | {number}")
    print()
    exact = "exact" if outcome.balance == outcome.expected else "WRONG"
    print("outcome                               | value")
    print(f"{'intended transactions':<37} | {outcome.intended}")
    print(f"{'stored once (found by reference)':<37} | {outcome.stored}")
    print(f"{'lost':<37} | {len(outcome.lost)}")
    print(f"{'doubled (postings per reference > 1)':<37} | {len(outcome.doubled)}")
    print(f"{'wallet balance / sum of amounts':<37} | {outcome.balance} / {outcome.expected} ({exact})")
    print(f"{'answers naming another record':<37} | {len(outcome.wrong_ids)}")
    print(f"{'untyped errors reaching the caller':<37} | {len(outcome.untyped)}")
    for line in outcome.untyped[:10]:
        print("  ", line)
