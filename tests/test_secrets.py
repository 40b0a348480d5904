"""No API key is reachable from anything the client hands out, and no model shows a secret.

The key is sent on every attempt and redacted on the request once its attempts are over, so
errors, their chained httpx errors, raw responses, reprs and pickles never hold it. Every
exception class pickles with what it carries. Model fields the overlays mark `x-blnk-secret`
(issued API keys, detokenized values) are never shown by repr or str.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import pickle
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import blnk_client
from blnk_client import APIConnectionError, APIError, AsyncBlnk, Blnk, BlnkError
from blnk_client._error_response import error_from_response
from tests.support.spy import SpyTransport

KEY = "master-key-that-must-never-leak-0123456789"
RESOLVED = Path(__file__).resolve().parent.parent / "spec" / "blnk-openapi.resolved.json"
LEDGER = {"ledger_id": "ldg_1", "name": "n", "created_at": "2026-11-25T06:11:55.688991849Z", "meta_data": None}


def _texts(root: object) -> Iterator[str]:
    """Every string reachable from `root` through attributes, containers, headers and chained errors."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen or node is None or isinstance(node, int | float | bool):
            continue
        seen.add(id(node))
        if isinstance(node, str):
            yield node
        elif isinstance(node, bytes | bytearray):
            yield bytes(node).decode(errors="replace")
        elif isinstance(node, httpx.Headers):
            stack.extend(value for pair in node.raw for value in pair)
        elif isinstance(node, httpx.Request):
            stack.extend([node.headers, str(node.url), node.content])
        elif isinstance(node, httpx.Response):
            stack.extend([node.headers, node.content, node.request])
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list | tuple | set | frozenset):
            stack.extend(node)
        else:
            if isinstance(node, BaseException):
                stack.extend([node.args, node.__cause__, node.__context__, str(node), repr(node)])
            stack.extend(vars(node).values() if hasattr(node, "__dict__") else [])


def _assert_no_key(thing: object) -> None:
    leaks = [text for text in _texts(thing) if KEY in text]
    assert not leaks, f"the API key is reachable from {thing!r}"
    assert KEY.encode() not in pickle.dumps(thing)


def status_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(404, json={"error": "x", "error_detail": {"code": "LGR_NOT_FOUND", "message": "no"}})


def refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


def time_out(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def garbled(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"{not json")


def ledger(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=LEDGER)


@pytest.mark.parametrize("answer", [status_answer, refuse, time_out, garbled], ids=lambda f: f.__name__)
def test_no_error_holds_the_key(answer: Callable[[httpx.Request], httpx.Response]) -> None:
    transport = SpyTransport(answer)
    blnk = Blnk(
        base_url="http://127.0.0.1:1", api_key=KEY, max_retries=1, http_client=httpx.Client(transport=transport)
    )
    with pytest.raises(APIError) as raised:
        blnk.ledgers.get("ldg_1")
    assert transport.keys_sent and set(transport.keys_sent) == {KEY}  # sent on every attempt, shown nowhere
    _assert_no_key(raised.value)
    assert KEY not in repr(blnk)


@pytest.mark.parametrize("answer", [status_answer, refuse, garbled], ids=lambda f: f.__name__)
def test_no_async_error_holds_the_key(answer: Callable[[httpx.Request], httpx.Response]) -> None:
    transport = SpyTransport(answer)

    async def call() -> None:
        client = httpx.AsyncClient(transport=transport)
        async with AsyncBlnk(base_url="http://127.0.0.1:1", api_key=KEY, max_retries=0, http_client=client) as blnk:
            await blnk.ledgers.get("ldg_1")

    with pytest.raises(APIError) as raised:
        asyncio.run(call())
    assert transport.keys_sent == [KEY]
    _assert_no_key(raised.value)


def test_a_raw_response_does_not_hold_the_key() -> None:
    transport = SpyTransport(ledger)
    blnk = Blnk(base_url="http://127.0.0.1:1", api_key=KEY, http_client=httpx.Client(transport=transport))
    raw = blnk.ledgers.with_raw_response.get("ldg_1")
    assert raw.parse().ledger_id == "ldg_1" and transport.keys_sent == [KEY]
    _assert_no_key(raw)


def _exception_classes() -> list[type[BlnkError]]:
    modules = [blnk_client, *(importlib.import_module(f"blnk_client.{name}") for name in ("webhooks", "waiting"))]
    found = {
        value
        for module in modules
        for _, value in inspect.getmembers(module, inspect.isclass)
        if issubclass(value, BlnkError)
    }
    return sorted(found, key=lambda cls: cls.__name__)


def _instance(cls: type[BlnkError]) -> BlnkError:
    """An instance of `cls` as the client raises it."""
    from blnk_client._exceptions import STATUS_ERRORS, APIResponseValidationError, InternalServerError

    request = httpx.Request("GET", "http://127.0.0.1:1/ledgers/ldg_1")
    if cls in STATUS_ERRORS.values() or cls is InternalServerError:
        status = next((code for code, kind in STATUS_ERRORS.items() if kind is cls), 500)
        body = {"error": "x", "error_detail": {"code": "GEN_X", "message": "what the server said", "details": {"i": 1}}}
        error = error_from_response(httpx.Response(status, json=body, request=request))
        assert type(error) is cls
        return error
    if cls is APIResponseValidationError:
        return cls("unreadable", response=httpx.Response(200, content=b"{", request=request))
    if issubclass(cls, APIConnectionError) or cls is APIError:
        return cls("failed", request=request)
    parameters = inspect.signature(cls.__init__).parameters
    arguments: dict[str, Any] = {}
    positional: list[Any] = []
    for name, parameter in list(parameters.items())[1:]:
        if parameter.default is not inspect.Parameter.empty:
            continue
        value: Any = {
            "seconds": 1.5,
            "last": None,
            "stored": None,
            "fields": ("data.balance",),
            "differences": ("destination",),
            "data": {"a": 1},
            "details": {"i": 1},
            "response": httpx.Response(409, json={"error": "duplicate"}, request=request),
        }.get(name, f"{name}-value")
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            arguments[name] = value
        else:
            positional.append(value)
    return cls(*positional, **arguments)


@pytest.mark.parametrize("cls", _exception_classes(), ids=lambda cls: cls.__name__)
def test_every_exception_survives_pickle(cls: type[BlnkError]) -> None:
    error = _instance(cls)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls and str(copy) == str(error) and copy.args == error.args
    for name in ("status_code", "code", "message", "details", "fields", "differences", "event", "reference"):
        assert getattr(copy, name, None) == getattr(error, name, None), name
    response = getattr(error, "response", None)
    if isinstance(response, httpx.Response):
        assert copy.response.status_code == response.status_code and copy.response.content == response.content


def _secret_fields() -> list[tuple[str, str]]:
    schemas = json.loads(RESOLVED.read_text())["components"]["schemas"]
    return sorted(
        (name, field)
        for name, schema in schemas.items()
        for field, prop in (schema.get("properties") or {}).items()
        if prop.get("x-blnk-secret")
    )


SECRET = "s3cr3t-value-never-shown"
MODELS_WITH_SECRETS: dict[tuple[str, str], dict[str, Any]] = {
    ("APIKey", "key"): {
        "api_key_id": "api_key_1",
        "key": SECRET,
        "name": "ci",
        "owner_id": "owner",
        "scopes": ["ledgers:read"],
        "expires_at": "2027-01-01T00:00:00Z",
        "created_at": "2026-12-01T00:00:00Z",
        "last_used_at": "0001-01-01T00:00:00Z",
        "is_revoked": False,
    },
    ("DetokenizedField", "value"): {"field": "first_name", "value": SECRET},
    ("DetokenizedFields", "fields"): {"fields": {"first_name": SECRET}},
}


def test_every_field_the_overlays_mark_secret_is_checked() -> None:
    assert set(_secret_fields()) == set(MODELS_WITH_SECRETS)


@pytest.mark.parametrize(("schema", "field"), sorted(MODELS_WITH_SECRETS), ids=lambda v: v)
def test_no_model_shows_a_secret(schema: str, field: str) -> None:
    import blnk_client.models as models

    answer = MODELS_WITH_SECRETS[schema, field]
    model = getattr(models, schema).from_dict(answer)
    assert SECRET not in repr(model) and SECRET not in str(model) and "<redacted>" in repr(model)
    assert SECRET in json.dumps(model.to_dict())  # kept, only never shown
    if schema == "DetokenizedFields":
        assert SECRET not in repr(model.fields) and model.fields["first_name"] == SECRET
