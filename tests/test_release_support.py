"""The support window as the client states and enforces it (README.md, `_releases.py`, errors)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

import httpx
import pytest

from blnk_client import APIResponseValidationError, Blnk, NotFoundError, RouteNotFoundError
from blnk_client._releases import SINCE, SUPPORTED
from blnk_client.models import Balance, Transaction
from pipeline import paths, releases

SPEC = json.loads(paths.RESOLVED_SPEC.read_text())
WINDOW = ["v0.12.2", "v0.13.5", "v0.14.5", "v0.15.2", "cba00722"]


def _client(answer: Callable[[httpx.Request], httpx.Response]) -> Blnk:
    return Blnk(
        base_url="http://blnk.test",
        api_key="k",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )


def test_the_window_is_the_overlays_and_the_readme_states_it() -> None:
    assert releases.window(SPEC) == WINDOW == list(SUPPORTED)
    readme = paths.README.read_text()
    assert "v0.12.2, v0.13.5, v0.14.5, v0.15.2 and main at `cba00722`" in readme


def test_the_readme_matrix_is_what_the_overlays_render() -> None:
    readme = paths.README.read_text()
    assert releases.render_readme(readme, SPEC) == readme, "run: python -m pipeline generate"


def test_marks_reach_the_types_and_docstrings() -> None:
    fields = {f.name: f for f in dataclasses.fields(Balance)}
    assert (
        fields["currency_multiplier"].default is None and "track_fund_lineage" in fields
    )  # optional: None when absent
    assert "Added in Blnk v0.13.0" in (Balance.__doc__ or "")
    assert "up to v0.14.5" in (Transaction.__doc__ or "")
    assert SINCE["GET /transactions"] == "v0.13.2"
    from blnk_client.api.transactions import Transactions

    assert "Added in Blnk v0.13.2" in (Transactions.list.__doc__ or "")


def _router_404(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, text="404 page not found", headers={"content-type": "text/plain"})


def test_a_missing_route_raises_route_not_found_naming_the_release() -> None:
    with _client(_router_404) as blnk, pytest.raises(RouteNotFoundError) as raised:
        blnk.transactions.list()
    error = raised.value
    assert isinstance(error, NotFoundError)
    assert (error.status_code, error.code, error.route, error.since) == (
        404,
        "ROUTE_NOT_FOUND",
        "GET /transactions",
        "v0.13.2",
    )
    assert "this server has no route GET /transactions" in str(error) and "v0.13.2" in str(error)
    with _client(_router_404) as blnk, pytest.raises(RouteNotFoundError) as raised:
        blnk.identities.delete("idt_1")
    assert raised.value.since == "v0.15.0"
    with _client(_router_404) as blnk, pytest.raises(RouteNotFoundError) as raised:
        blnk.ledgers.get("ldg_1")  # every release has it: the base URL is wrong
    assert raised.value.since is None and "every supported release" in str(raised.value)


def test_a_json_404_stays_a_plain_not_found() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, json={"error": "x", "error_detail": {"code": "LGR_NOT_FOUND", "message": "x"}})

    with _client(answer) as blnk, pytest.raises(NotFoundError) as raised:
        blnk.ledgers.get("ldg_1")
    assert not isinstance(raised.value, RouteNotFoundError) and raised.value.code == "LGR_NOT_FOUND"


@pytest.mark.parametrize(
    "legacy",
    ["NOT_FOUND: transaction not found", "no transaction to commit", "no transaction to refund"],
)
def test_a_pre_v0_15_missing_record_is_not_found(legacy: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json={"error": legacy})

    with _client(answer) as blnk, pytest.raises(NotFoundError) as raised:
        blnk.transactions.get_by_reference("ref_q")
    assert (raised.value.status_code, raised.value.code, raised.value.message) == (400, "NOT_FOUND", legacy)


def test_an_answer_older_than_the_window_names_what_it_lacks() -> None:
    # the docs seed page's create-balance example: no inflight_expires_at, version, track_fund_lineage
    seed = {
        "balance_id": "bln_0be360ca-86fe-457d-be43-daa3f966d8f0",
        "balance": 0,
        "inflight_balance": 0,
        "credit_balance": 0,
        "inflight_credit_balance": 0,
        "debit_balance": 0,
        "inflight_debit_balance": 0,
        "ledger_id": "ldg_073f7ffe-9dfd-42ce-aa50-d1dca1788adc",
        "identity_id": "",
        "indicator": "",
        "currency": "NGN",
        "created_at": "2024-02-20T05:33:01.311600208Z",
        "meta_data": None,
    }

    with (
        _client(lambda request: httpx.Response(201, json=seed)) as blnk,
        pytest.raises(APIResponseValidationError) as raised,
    ):
        blnk.balances.create(ledger_id="ldg_1", currency="NGN")
    message = str(raised.value)
    assert "'inflight_expires_at'" in message and "'version'" in message
    assert "v0.12.2, v0.13.5, v0.14.5, v0.15.2, cba00722" in message
    assert "may have been stored" in message  # a create: the server accepted it


def test_a_v0_12_balance_without_lineage_fields_parses_as_unset() -> None:
    row = {
        "balance_id": "bln_1", "balance": 0, "credit_balance": 0, "debit_balance": 0, "inflight_balance": 0,
        "inflight_credit_balance": 0, "inflight_debit_balance": 0, "currency": "USD", "ledger_id": "ldg_1",
        "identity_id": "", "indicator": "", "created_at": "2024-02-20T05:33:01Z",
        "inflight_expires_at": "0001-01-01T00:00:00Z", "version": 1, "meta_data": None, "currency_multiplier": 1,
    }  # fmt: skip
    balance = Balance.from_dict(row)
    assert balance.track_fund_lineage is None and balance.currency_multiplier == 1


def _readme_missing() -> dict[str, set[str]]:
    """Per release, the operations the README matrix marks missing (—)."""
    block = paths.README.read_text().split(releases.BEGIN, 1)[1].split(releases.END, 1)[0]
    missing: dict[str, set[str]] = {r: set() for r in WINDOW}
    for line in block.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == len(WINDOW) + 2 and cells[0].startswith("`") and " /" in cells[0]:
            for release, cell in zip(WINDOW, cells[1:-1], strict=True):
                if cell == "—":
                    missing[release].add(cells[0].strip("`"))
    return missing


@pytest.mark.parametrize("release", WINDOW)
def test_the_readme_matrix_agrees_with_each_release_recording(release: str) -> None:
    from blnk_client._error_response import route_of
    from tests.support.cassettes import CASSETTES, recorded_exchanges

    routed_away = set()
    for exchange in recorded_exchanges(CASSETTES / f"test_release_routes[{release}].yaml"):
        request, response = exchange["request"], exchange["response"]
        if response["status"] == 404 and response["body"].strip() == "404 page not found":
            routed_away.add(route_of(request["method"], request["path"]))
    # every route the recording shows missing is missing in the README; the README's other missing
    # routes are shadowed by a parameter route (POST /search/reindex is POST /search/{collection} on
    # v0.12.2) or, for GET /metrics, not registered without observability (config, not code)
    readme = _readme_missing()[release]
    assert routed_away <= readme
    unexplained = {r for r in readme - routed_away if r != "GET /metrics" and "/search/reindex" not in r}
    assert not unexplained, unexplained


def _recorded_answer(release: str, description: str) -> dict[str, object]:
    """The recorded answer of the scenario's create with this description."""
    from tests.support.cassettes import CASSETTES, recorded_exchanges

    for exchange in recorded_exchanges(CASSETTES / f"test_release_scenario[{release}].yaml"):
        request = exchange["request"]
        created = (request["method"], request["path"], exchange["response"]["status"]) == ("POST", "/transactions", 201)
        if created and request["body"]["description"] == description:
            answer: dict[str, object] = json.loads(exchange["response"]["body"])
            return answer
    raise AssertionError(f"no create {description!r} recorded from {release}")


def test_a_mangled_create_answer_on_v0_14_is_looked_up_through_its_legacy_not_found() -> None:
    """A 201 whose body is cut: the client reads the reference back, and on v0.14.5 the row not yet
    stored answers 400 NOT_FOUND (not 404): polled through, then the stored posting answers."""
    stored = {**_recorded_answer("v0.14.5", "direct"), "source": "bln_source"}  # the skip_queue create
    sent: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(f"{request.method} {request.url.path}")
        if request.method == "POST":
            return httpx.Response(201, content=json.dumps(stored).encode()[:40])
        if len(sent) == 2:
            return httpx.Response(400, json={"error": f"NOT_FOUND: Transaction with reference '{stored['reference']}'"})
        return httpx.Response(200, json=stored)

    with _client(answer) as blnk:
        found = blnk.transactions.create(
            reference=str(stored["reference"]),
            currency="USD",
            precise_amount=12_345,
            precision=100,
            source="bln_source",
            destination=str(stored["destination"]),
            description=str(stored["description"]),
            allow_overdraft=True,
            skip_queue=True,
        )
    assert found.transaction_id == stored["transaction_id"]
    assert sent == ["POST /transactions"] + [f"GET /transactions/reference/{stored['reference']}"] * 2


def test_a_mangled_create_answer_without_a_reference_warns_it_may_be_stored() -> None:
    mangled = _client(lambda request: httpx.Response(201, content=b'{"ledger_id": "ldg_'))
    with mangled as blnk, pytest.raises(APIResponseValidationError) as raised:
        blnk.ledgers.create(name="x")
    assert "the posting may have been stored" in str(raised.value)
