"""One compatibility scenario per supported Blnk release, each recorded from that release's server.

`test_release_scenario[<release>]` and `test_release_routes[<release>]` are recorded from the server
of <release> (BLNK_RELEASE names it; while recording, the other releases' parameters skip) and
replayed all together. What a release has (routes, fields) comes from the overlays' marks
(pipeline/releases.py); the scenario asserts it, and tests/test_contract.py checks every answer
against the resolved spec as that release has it.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from typing import TypeVar

import pytest

from blnk_client import (
    AuthenticationError,
    BadRequestError,
    Blnk,
    ConflictError,
    NotFoundError,
    RouteNotFoundError,
)
from blnk_client._error_response import ROUTER_404
from blnk_client.models import InflightAction, Transaction, TransactionPage, TransactionStatus
from blnk_client.types import NOT_GIVEN
from blnk_client.waiting import wait_for_transaction
from pipeline import paths, releases
from tests.support.cassettes import Cassette, recording

pytestmark = pytest.mark.cassette

SPEC = json.loads(paths.RESOLVED_SPEC.read_text())
RELEASES = releases.window(SPEC)
MISSING_TRANSACTION = "txn_00000000-0000-4000-8000-000000000000"
MISSING_LEDGER = "ldg_00000000-0000-4000-8000-000000000000"
T = TypeVar("T")


def _per_release() -> list[object]:
    """One parameter per release; while recording, all but BLNK_RELEASE skip (before the cassette
    fixture runs: record mode `all` would otherwise delete the other releases' cassettes)."""
    chosen = os.environ.get("BLNK_RELEASE")
    return [
        pytest.param(
            release,
            marks=pytest.mark.skipif(
                recording() and chosen != release, reason=f"recording BLNK_RELEASE={chosen!r}, not {release}"
            ),
        )
        for release in RELEASES
    ]


def _operation(method: str, template: str) -> dict[str, object]:
    operation: dict[str, object] = SPEC["paths"][template][method.lower()]
    return operation


def _has(release: str, method: str, template: str) -> bool:
    return releases.has(_operation(method, template), release)


def _field(release: str, schema: str, name: str) -> bool:
    return releases.has(SPEC["components"]["schemas"][schema]["properties"][name], release)


def _poll(cassette: Cassette, attempt: Callable[[], T | None], what: str) -> T:
    for _ in range(80):
        found = attempt()
        if found is not None:
            return found
        if cassette.recording:
            time.sleep(0.25)
    raise AssertionError(f"gave up waiting for {what}")


def _route_missing(release: str, method: str, template: str, call: Callable[[], object]) -> bool:
    """Call a route; True when the release lacks it (and the client raised RouteNotFoundError for it)."""
    if _has(release, method, template):
        call()
        return False
    with pytest.raises(RouteNotFoundError) as raised:
        call()
    assert (
        raised.value.route == f"{method} {template}"
        and raised.value.since == _operation(method, template)["x-blnk-since"]
    )
    return True


@pytest.mark.parametrize("release", _per_release())
@pytest.mark.cassette("test_release_scenario")
def test_release_scenario(release: str, blnk: Blnk, keyless: Blnk, cassette: Cassette) -> None:
    tag = cassette.value("tag", "rel")
    lineage = _field(release, "Balance", "track_fund_lineage")

    # ledger
    ledger = blnk.ledgers.create(name=f"{tag} ledger", meta_data={"release": release})
    assert blnk.ledgers.get(ledger.ledger_id).name == f"{tag} ledger"
    assert any(row.ledger_id == ledger.ledger_id for row in blnk.ledgers.list(limit=50))
    with pytest.raises(NotFoundError) as missing:
        blnk.ledgers.get(MISSING_LEDGER)
    legacy = not _field(release, "ErrorResponse", "error_detail")
    assert (missing.value.status_code, missing.value.code) == ((400, "NOT_FOUND") if legacy else (404, "LGR_NOT_FOUND"))

    # identity and balances (lineage where the release has it)
    owner = blnk.identities.create(first_name="Ada", last_name=tag, email_address=f"{tag}@example.com")
    assert blnk.identities.get(owner.identity_id).last_name == tag
    if lineage:
        wallet = blnk.balances.create(
            ledger_id=ledger.ledger_id, currency="USD", identity_id=owner.identity_id, track_fund_lineage=True
        )
    else:  # v0.12.2 has no lineage: it would ignore the flag
        wallet = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD", identity_id=owner.identity_id)
    merchant = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")
    assert wallet.track_fund_lineage is True if lineage else wallet.track_fund_lineage is None
    assert (wallet.currency_multiplier is None) is not _field(release, "Balance", "currency_multiplier")
    assert blnk.balances.get(wallet.balance_id).balance_id == wallet.balance_id
    rows = blnk.balances.list(filters={"ledger_id_eq": ledger.ledger_id}, limit=100)
    listed = {row.balance_id for row in rows}
    assert {wallet.balance_id, merchant.balance_id} <= listed
    # list filters came with the filter routes (v0.13.2): v0.12.2 ignores them (recorded)
    filters = _has(release, "POST", "/balances/filter")
    if filters:
        assert listed == {wallet.balance_id, merchant.balance_id}
    ours = [row for row in rows if row.balance_id in (wallet.balance_id, merchant.balance_id)]
    assert [row.inflight_balance for row in ours] == [0, 0]  # v0.12.2 lists null: read as 0
    _route_missing(release, "GET", "/balances/{balance_id}/lineage", lambda: blnk.balances.lineage(wallet.balance_id))
    with pytest.raises(BadRequestError):
        blnk.balances.create(ledger_id=MISSING_LEDGER, currency="USD")

    # transactions: queued (waited for) and skip_queue
    def send(name: str, **extra: object) -> Transaction:
        return blnk.transactions.create(
            reference=cassette.value(name, f"{tag}-{name}-"),
            currency="USD",
            precise_amount=12_345,
            precision=100,
            source="@World",
            destination=wallet.balance_id,
            allow_overdraft=True,
            description=name,
            **extra,  # type: ignore[arg-type]
        )

    queued = send("queued")
    assert queued.status is TransactionStatus.QUEUED
    applied = wait_for_transaction(blnk, queued, timeout=30, interval=0.25 if cassette.recording else 0.0)
    assert applied.status is TransactionStatus.APPLIED and applied.parent_transaction == queued.transaction_id
    direct = send("direct", skip_queue=True)
    assert direct.status is TransactionStatus.APPLIED
    assert (direct.rate is None) is not _field(release, "Transaction", "rate")
    assert (direct.inflight_commit_date is None) is not _field(release, "Transaction", "inflight_commit_date")
    assert blnk.transactions.get(direct.transaction_id).reference == direct.reference
    with pytest.raises(NotFoundError):
        blnk.transactions.get(MISSING_TRANSACTION)
    with pytest.raises(NotFoundError):
        blnk.transactions.get_by_reference(f"{tag}-never-sent")
    with pytest.raises((ConflictError, BadRequestError)):  # 409 from v0.15.0, a 400 {error} before
        blnk.transactions.create(
            reference=direct.reference,
            currency="USD",
            precise_amount=1,
            precision=100,
            source="@World",
            destination=merchant.balance_id,
            description="another posting",
            allow_overdraft=True,
            skip_queue=True,
        )

    # inflight: commit and void, skip_queue
    hold = send("hold", inflight=True, skip_queue=True)
    assert hold.status is TransactionStatus.INFLIGHT
    committed = blnk.transactions.update_inflight(hold.transaction_id, status=InflightAction.COMMIT, skip_queue=True)
    assert committed.status in (TransactionStatus.APPLIED, TransactionStatus.INFLIGHT)
    void_hold = send("void-hold", inflight=True, skip_queue=True)
    voided = blnk.transactions.update_inflight(void_hold.transaction_id, status=InflightAction.VOID, skip_queue=True)
    assert voided.status in (TransactionStatus.VOID, TransactionStatus.INFLIGHT)
    # inflight: commit and void on the default path (queued from v0.15.0, synchronous before)
    queued_action = _field(release, "InflightTransaction", "queued")
    for name, action, final in (
        ("queued-commit", InflightAction.COMMIT, TransactionStatus.APPLIED),
        ("queued-void", InflightAction.VOID, TransactionStatus.VOID),
    ):
        held = send(name, inflight=True, skip_queue=True)
        answer = blnk.transactions.update_inflight(held.transaction_id, status=action)
        if queued_action:
            assert answer.queued is True and answer.transaction_id == held.transaction_id
        else:  # the new child, already applied (or void), whose parent is the hold
            assert answer.queued is None and answer.status is final
            assert answer.parent_transaction == held.transaction_id
    with pytest.raises(NotFoundError):
        blnk.transactions.update_inflight(MISSING_TRANSACTION, status=InflightAction.COMMIT)

    # refund
    refund = blnk.transactions.refund(direct.transaction_id)
    assert refund.transaction_id != direct.transaction_id
    with pytest.raises(NotFoundError):
        blnk.transactions.refund(MISSING_TRANSACTION)

    # filters and lists, with empty results
    mine = [{"field": "destination", "operator": "eq", "value": wallet.balance_id}]
    nobody = [{"field": "destination", "operator": "eq", "value": "bln_nobody"}]
    if not _route_missing(
        release,
        "POST",
        "/transactions/filter",
        lambda: blnk.transactions.filter(filters=mine, include_count=True),  # type: ignore[arg-type]
    ):
        page = _poll(
            cassette,
            lambda: (
                p
                if isinstance(p := blnk.transactions.filter(filters=mine, include_count=True), TransactionPage)  # type: ignore[arg-type]
                and p.total_count >= 2
                else None
            ),
            "the wallet's transactions",
        )
        assert page.total_count == len(page.data)
        empty = blnk.transactions.filter(filters=nobody, include_count=True)  # type: ignore[arg-type]
        assert isinstance(empty, TransactionPage) and (empty.data, empty.total_count) == ([], 0)
        assert blnk.transactions.filter(filters=nobody) == []  # type: ignore[arg-type]
    if not _route_missing(release, "GET", "/transactions", lambda: blnk.transactions.list(limit=5)):
        assert blnk.transactions.list(filters={"destination_eq": "bln_nobody"}) == []
    if filters:
        assert blnk.balances.list(filters={"ledger_id_eq": MISSING_LEDGER}) == []

    # authentication
    with pytest.raises(AuthenticationError) as unauthenticated:
        keyless.ledgers.list()
    assert unauthenticated.value.code == (None if legacy else "AUTH_MISSING_API_KEY")


def _sample_path(template: str) -> str:
    return re.sub(r"\{[^}]+\}", "rel-missing", template)


@pytest.mark.parametrize("release", _per_release())
@pytest.mark.cassette("test_release_routes")
def test_release_routes(release: str, blnk: Blnk, cassette: Cassette) -> None:
    """One call of every operation: the release answers the ones it has and only those are missing.

    Sent with placeholder ids and an empty body, so the answers are mostly refusals; what matters is
    whether the router has the route (its text/plain `404 page not found` when it does not).
    GET /metrics is registered only with observability on, which only the main server enables here.
    """
    missing, wrong = [], []
    for method, template, operation in releases.operations(SPEC):
        if template == "/metrics" and release != "cba00722":
            continue  # config, not code: see the docstring
        body = {} if method in ("POST", "PUT") else None
        response = blnk._send(  # noqa: SLF001 - the raw answer, whatever the operation's parser
            {"method": method, "url": _sample_path(template), **({"json": body} if body is not None else {})},
            NOT_GIVEN,
            False,
        )
        routed_away = response.status_code == 404 and response.text.strip() == ROUTER_404
        if routed_away:
            missing.append(f"{method} {template}")
        expected_away = not releases.has(operation, release) and not _shadowed(release, method, template)
        if routed_away is not expected_away:
            wrong.append(f"{method} {template}: {response.status_code} {response.text[:80]!r}")
    assert not wrong, f"{release}: answers that disagree with the matrix: {wrong}"
    expected = sorted(f"{m} {t}" for m, t, o in releases.operations(SPEC) if not releases.has(o, release))
    assert set(missing) <= set(expected)


def _shadowed(release: str, method: str, template: str) -> bool:
    """A missing route whose path another route of the release matches (/search/reindex is the
    collection "reindex" of POST /search/{collection} on v0.12.2): that route answers instead."""
    path = _sample_path(template)
    for other_method, other, operation in releases.operations(SPEC):
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(other)) + "$"
        if (
            other != template
            and other_method == method
            and releases.has(operation, release)
            and re.match(pattern, path)
        ):
            return True
    return False
