"""What a signature offers, the runtime takes: found by introspecting every generated resource method.

- an argument typed `X | XParams` (or a sequence of them) takes the dict and sends it as JSON;
- an enum argument typed `E | EParams` takes each exact value of the enum and sends it, and
  refuses any other string before sending with an error naming the values; the same holds for
  the Literal keys of the dicts (a monitor's operator, a matching rule's field).

No server is needed: the spy transport records what would have been sent. A new method, or a new
argument type the samples below do not know, fails here instead of being skipped.
"""

from __future__ import annotations

import datetime
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, NotRequired, get_args, get_origin, is_typeddict

import httpx
import pytest

from blnk_client import Blnk, BlnkValidationError, params
from blnk_client._resource import SyncAPIResource
from blnk_client.types import File
from tests.support.spy import SpyTransport

TEXT = "2026-01-02T03:04:05+00:00"  # a valid value of every string key, date-time ones included
WRONG = "not-a-member"


def refused(request: httpx.Request) -> httpx.Response:
    """Every call is refused, after the reads a call makes first (a partial commit lists the hold's children)."""
    if (
        request.method == "POST"
        and request.url.path == "/transactions/filter"
        and b'"parent_transaction"' in request.content
    ):
        return httpx.Response(200, json=[])
    return httpx.Response(400, json={"error": "spy", "error_detail": {"code": "GEN_BAD_REQUEST", "message": "spy"}})


@dataclass(frozen=True)
class Arg:
    tag: str
    method: str
    name: str
    annotation: str
    sequence: bool
    params: str  # the name in blnk_client.params the annotation offers

    @property
    def id(self) -> str:
        return f"{self.tag}.{self.method}.{self.name}"

    @property
    def offered(self) -> Any:
        return getattr(params, self.params)


def _methods() -> Iterator[tuple[str, str, inspect.Signature]]:
    client = Blnk(base_url="http://127.0.0.1:1", api_key="k")
    for tag in sorted(vars(type(client))):
        resource = getattr(client, tag, None) if not tag.startswith("_") else None
        if not isinstance(resource, SyncAPIResource):
            continue
        for name, function in inspect.getmembers(type(resource), inspect.isfunction):
            if not name.startswith("_"):
                yield tag, name, inspect.signature(function)


def _offered_arguments() -> list[Arg]:
    found = []
    for tag, method, signature in _methods():
        for parameter in signature.parameters.values():
            annotation = str(parameter.annotation)
            for offered in re.findall(r"\b(\w+Params)\b", annotation):
                found.append(Arg(tag, method, parameter.name, annotation, "Sequence[" in annotation, offered))
    return found


ARGS = _offered_arguments()
MODEL_ARGS = [a for a in ARGS if get_origin(a.offered) is not Literal]
ENUM_ARGS = [a for a in ARGS if get_origin(a.offered) is Literal]


def test_the_introspection_finds_what_the_issue_measured() -> None:
    ids = {a.id for a in ARGS}
    assert {"balance_monitors.create.condition", "transactions.create.sources", "ledgers.filter.filters"} <= ids
    assert {"transactions.update_inflight.status", "identities.tokenize.fields", "hooks.create.type_"} <= ids
    assert {"identities.tokenize_field.field", "search.query.collection", "accounts.get.include"} <= ids
    assert {"balances.create.allocation_strategy", "ledgers.filter_all.sort_order"} <= ids


def _variants(tp: Any) -> list[Any]:
    """The TypedDicts a Params name stands for (each member of a union such as FilterConditionParams)."""
    if isinstance(tp, types.UnionType) or get_origin(tp) is typing.Union:
        return [v for member in get_args(tp) for v in _variants(member)]
    assert is_typeddict(tp), tp
    return [tp]


def _keys(td: Any) -> dict[str, tuple[Any, bool]]:
    """Each key of a TypedDict: its type and whether it is required."""
    hints = typing.get_type_hints(td, include_extras=True)
    return {
        key: (get_args(hint)[0], False) if get_origin(hint) is NotRequired else (hint, True)
        for key, hint in hints.items()
    }


def _value(tp: Any, full: bool) -> Any:
    if is_typeddict(tp):
        return _sample(tp, full)
    origin = get_origin(tp)
    if origin is Literal:
        return get_args(tp)[0]
    if origin is list:
        item = _value(get_args(tp)[0], full)
        return [item, item]  # two: `between` takes exactly two values, `in` at least one
    if origin is dict:
        return {"team": "payments"}
    if isinstance(tp, types.UnionType) or origin is typing.Union:
        return _value(get_args(tp)[0], full)
    samples: dict[Any, Any] = {str: TEXT, int: 2, float: 2.5, bool: True}
    assert tp in samples, f"no sample for {tp!r}: teach this test the new key type"
    return samples[tp]


def _sample(td: Any, full: bool) -> dict[str, Any]:
    """A valid dict of the TypedDict: its required keys, or every key (`full`)."""
    return {key: _value(tp, full) for key, (tp, required) in _keys(td).items() if required or full}


def _required(annotation: str) -> Any:
    """A valid value for another argument the call needs, from its annotation."""
    offered = re.search(r"\b(\w+Params)\b", annotation)
    if offered:
        tp = getattr(params, offered.group(1))
        value = get_args(tp)[0] if get_origin(tp) is Literal else _sample(_variants(tp)[0], full=False)
        return [value] if "Sequence[" in annotation else value
    samples: dict[str, Any] = {
        "str": "x_1",
        "int": 1,
        "builtins.list[str]": ["x_1"],
        "datetime.datetime": datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC),
        "File": File(payload=b"id,amount\n", file_name="x.csv"),
        "Mapping[str, JSONValue] | None": {"k": "v"},
    }
    assert annotation in samples, f"no sample for an argument typed {annotation!r}: teach this test"
    return samples[annotation]


# Other arguments a call needs besides its required ones (rules across fields the client checks).
EXTRA: dict[str, dict[str, Any]] = {
    "transactions.create": {"precise_amount": 100, "source": "bln_s", "destination": "bln_d"},
}


def _call(arg: Arg, value: Any) -> tuple[list[httpx.Request], BaseException]:
    transport = SpyTransport(refused)
    with Blnk(
        base_url="http://127.0.0.1:1", api_key="k", max_retries=0, http_client=httpx.Client(transport=transport)
    ) as client:
        method: Callable[..., Any] = getattr(getattr(client, arg.tag), arg.method)
        signature = inspect.signature(method)
        kwargs = {
            name: _required(str(p.annotation))
            for name, p in signature.parameters.items()
            if p.default is inspect.Parameter.empty and name != arg.name
        }
        kwargs.update(EXTRA.get(f"{arg.tag}.{arg.method}", {}))
        for pair in (("source", "sources"), ("destination", "destinations")):
            if arg.name in pair:
                kwargs.pop(pair[0], None)
        kwargs[arg.name] = value
        with pytest.raises(Exception) as raised:  # noqa: B017 - the spy answers 400; what was sent matters
            result = method(**kwargs)
            if isinstance(result, Iterator):  # `*_all`: the first page is read on the first next()
                next(result)
    return transport.requests, raised.value


def _sent_json(requests: list[httpx.Request]) -> dict[str, Any]:
    assert requests, "nothing was sent"
    body: dict[str, Any] = json.loads(requests[-1].content)
    return body


def _model_cases() -> Iterator[Any]:
    for arg in MODEL_ARGS:
        for td in _variants(arg.offered):
            for full in (False, True):
                yield pytest.param(arg, td, full, id=f"{arg.id}-{td.__name__}-{'full' if full else 'required'}")


@pytest.mark.parametrize(("arg", "td", "full"), list(_model_cases()))
def test_a_dict_is_taken_where_the_signature_offers_params(arg: Arg, td: Any, full: bool) -> None:
    built = _sample(td, full)
    given: Any = [built, built] if arg.sequence else built
    requests, raised = _call(arg, given)
    assert not isinstance(raised, BlnkValidationError), raised
    assert _sent_json(requests)[arg.name] == given


def _literal_keys() -> Iterator[Any]:
    for arg in MODEL_ARGS:
        for td in _variants(arg.offered):
            for key, (tp, _) in _keys(td).items():
                if get_origin(tp) is Literal:
                    yield pytest.param(arg, td, key, get_args(tp), id=f"{arg.id}-{td.__name__}.{key}")


@pytest.mark.parametrize(("arg", "td", "key", "values"), list(_literal_keys()))
def test_a_dicts_literal_key_takes_each_value_and_nothing_else(
    arg: Arg, td: Any, key: str, values: tuple[str, ...]
) -> None:
    for value in values:
        built = {**_sample(td, full=False), key: value}
        requests, raised = _call(arg, [built] if arg.sequence else built)
        assert not isinstance(raised, BlnkValidationError), raised
        sent = _sent_json(requests)[arg.name]
        assert (sent[0] if arg.sequence else sent)[key] == value
    built = {**_sample(td, full=False), key: WRONG}
    requests, raised = _call(arg, [built] if arg.sequence else built)
    assert isinstance(raised, BlnkValidationError) and requests == []
    assert all(repr(value) in str(raised) for value in values), raised


def _leaves(request: httpx.Request) -> list[str]:
    """Every string the request carries: path segments, query values and JSON strings."""
    found = request.url.path.split("/") + [value for _, value in request.url.params.multi_items()]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, str):
            found.append(node)

    if request.content:
        walk(json.loads(request.content))
    return found


@pytest.mark.parametrize("arg", ENUM_ARGS, ids=[a.id for a in ENUM_ARGS])
def test_an_enum_argument_takes_each_exact_value_and_nothing_else(arg: Arg) -> None:
    values = get_args(arg.offered)
    enum = getattr(__import__("blnk_client.models", fromlist=[arg.params]), arg.params.removesuffix("Params"))
    assert sorted(values) == sorted(member.value for member in enum), "the Literal is the enum's values"
    sent = []
    for value in values:
        requests, raised = _call(arg, [value] if arg.sequence else value)
        assert not isinstance(raised, BlnkValidationError), raised
        assert requests and value in _leaves(requests[-1]), f"{value!r} was not sent"
        sent.append(_leaves(requests[-1]))
    assert len({tuple(leaves) for leaves in sent}) == len(values), "each value changes what is sent"

    near_misses = {WRONG, f" {values[0]}", values[0].swapcase(), ""} - set(values)
    for wrong in sorted(near_misses):
        requests, raised = _call(arg, [wrong] if arg.sequence else wrong)
        assert isinstance(raised, BlnkValidationError), f"{wrong!r}: {raised!r}"
        assert requests == [], f"{wrong!r} was sent"
        if wrong:  # an empty path segment is refused as such, before its value is looked at
            assert all(repr(value) in str(raised) for value in values), raised
