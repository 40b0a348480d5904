"""Every datetime argument the resolved spec declares (query, path, body, nested) is sent as UTC and
refused when naive: the server keeps the digits it reads and drops the offset."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from blnk_client import Blnk, BlnkValidationError
from pipeline import paths
from tests.support.spy import SpyTransport

POSTING: dict[str, Any] = {
    "reference": "ref-1",
    "currency": "USD",
    "description": "d",
    "precise_amount": 100,
    "source": "@World",
    "destination": "bln_1",
}
EXTERNAL = {"id": "e1", "amount": 1.0, "reference": "r", "currency": "USD", "description": "d", "date": ""}

# operationId -> (resource, method, arguments): a call the client would send, to put each datetime in
CALLS: dict[str, tuple[str, str, dict[str, Any]]] = {
    "createTransaction": ("transactions", "create", POSTING),
    "createBulkTransactions": ("transactions", "create_bulk", {"transactions": [POSTING]}),
    "createIdentity": ("identities", "create", {"identity_type": "individual"}),
    "updateIdentity": ("identities", "update", {"identity_id": "idt_1"}),
    "getBalanceAtTime": ("balances", "get_at", {"balance_id": "bln_1"}),
    "createAPIKey": ("api_keys", "create", {"name": "k", "owner": "o", "scopes": ["ledgers:read"]}),
    "startInstantReconciliation": (
        "reconciliation",
        "start_instant",
        {"external_transactions": [EXTERNAL], "strategy": "one_to_one", "matching_rule_ids": ["rule_1"]},
    ),
}

INSTANT = datetime.datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=datetime.UTC)
SENT = "2026-01-02T03:04:05.123456+00:00"
OFFSETS = [datetime.timedelta(0), datetime.timedelta(hours=2), datetime.timedelta(hours=-5, minutes=-30)]


def _resolve(node: Any, spec: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _body_datetimes(schema: Any, spec: dict[str, Any], path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    schema = _resolve(schema, spec)
    if schema.get("format") == "date-time":
        yield path
    for name, node in (schema.get("properties") or {}).items():
        yield from _body_datetimes(node, spec, (*path, name))
    if "items" in schema and len(path) < 4:
        yield from _body_datetimes(schema["items"], spec, (*path, "0"))


def datetime_arguments() -> list[tuple[str, str, tuple[str, ...]]]:
    """(operationId, where, field path) for every date-time a request of a described operation carries."""
    spec = json.loads(paths.RESOLVED_SPEC.read_text())
    found = []
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or not operation.get("tags"):
                continue
            for parameter in map(lambda p: _resolve(p, spec), operation.get("parameters", [])):
                if _resolve(parameter.get("schema", {}), spec).get("format") == "date-time":
                    found.append((operation["operationId"], parameter["in"], (parameter["name"],)))
            for media in (operation.get("requestBody") or {}).get("content", {}).values():
                found += [(operation["operationId"], "body", path) for path in _body_datetimes(media["schema"], spec)]
    return found


ARGUMENTS = datetime_arguments()


def _with(arguments: dict[str, Any], path: tuple[str, ...], value: datetime.datetime) -> dict[str, Any]:
    """`arguments` with `value` at `path`; inside a list of dicts it is written as text, as a caller would."""
    if len(path) == 1:
        return {**arguments, path[0]: value}
    name, _, field = path
    return {**arguments, name: [{**arguments[name][0], field: value.isoformat()}]}


def _sent(request: httpx.Request, where: str, path: tuple[str, ...]) -> Any:
    if where == "query":
        return dict(parse_qsl(request.url.query.decode()))[path[0]]
    if where == "path":
        return request.url.path
    node: Any = json.loads(request.content)
    for part in path:
        node = node[int(part)] if part.isdigit() else node[part]
    return node


def _send(call: tuple[str, str, dict[str, Any]], transport: SpyTransport) -> None:
    resource, method, arguments = call
    with Blnk(
        base_url="http://127.0.0.1:1", api_key="k", max_retries=0, http_client=httpx.Client(transport=transport)
    ) as client:
        try:
            getattr(getattr(client, resource), method)(**arguments)
        except BlnkValidationError:
            raise
        except Exception:  # noqa: S110 - the spy answers 599; the request is what matters
            pass


def test_the_table_names_every_datetime_argument() -> None:
    assert len(ARGUMENTS) >= 12
    assert {operation for operation, _, _ in ARGUMENTS} <= set(CALLS), "add a call for the new operation"


@pytest.mark.parametrize("offset", OFFSETS, ids=lambda o: f"{o.total_seconds() / 3600:+g}h")
@pytest.mark.parametrize(
    ("operation", "where", "path"), ARGUMENTS, ids=lambda v: ".".join(v) if isinstance(v, tuple) else v
)
def test_a_datetime_is_sent_as_the_same_instant_in_utc(
    operation: str, where: str, path: tuple[str, ...], offset: datetime.timedelta
) -> None:
    resource, method, arguments = CALLS[operation]
    value = INSTANT.astimezone(datetime.timezone(offset))
    transport = SpyTransport()
    _send((resource, method, _with(arguments, path, value)), transport)
    assert transport.requests, f"{operation}: nothing was sent"
    sent = _sent(transport.requests[0], where, path)
    assert sent == SENT or (where == "path" and sent.endswith(SENT)), sent


@pytest.mark.parametrize(
    ("operation", "where", "path"), ARGUMENTS, ids=lambda v: ".".join(v) if isinstance(v, tuple) else v
)
def test_a_naive_datetime_is_refused_before_sending(operation: str, where: str, path: tuple[str, ...]) -> None:
    resource, method, arguments = CALLS[operation]
    transport = SpyTransport()
    with pytest.raises(BlnkValidationError, match=f"{path[-1]} needs a timezone"):
        _send((resource, method, _with(arguments, path, INSTANT.replace(tzinfo=None))), transport)
    assert transport.requests == []
