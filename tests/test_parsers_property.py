"""Property tests: answers generated from the resolved spec's schemas parse; corrupted answers fail
only with the typed APIResponseValidationError (never an arbitrary exception)."""

from __future__ import annotations

import contextlib
import copy
import importlib
import json
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from blnk_client._base_client import BaseClient
from blnk_client._exceptions import APIResponseValidationError
from pipeline import paths

SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))


@cache
def _spec() -> dict[str, Any]:
    return dict(json.loads(paths.RESOLVED_SPEC.read_text()))


def _json_schema(node: Any, depth: int = 0) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: $refs inlined, nullable spelled out, extensions dropped."""
    if isinstance(node, list):
        return [_json_schema(item, depth) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return _json_schema(_spec()["components"]["schemas"][name], depth + 1) if depth < 8 else {}
    out = {
        k: _json_schema(v, depth)
        for k, v in node.items()
        if not k.startswith("x-") and k not in ("example", "nullable", "readOnly", "writeOnly", "discriminator")
    }
    if node.get("nullable"):
        out = {"anyOf": [out, {"type": "null"}]}
    return out


def from_schema(schema: Any) -> st.SearchStrategy[Any]:
    """Values a (converted) schema allows: the subset of JSON Schema the resolved spec uses."""
    if not isinstance(schema, dict) or not schema:
        return st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=8),
            lambda inner: st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=4), inner, max_size=2),
            max_leaves=4,
        )
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            return st.one_of([from_schema(option) for option in schema[combinator]])
    if "allOf" in schema:
        return from_schema(schema["allOf"][0])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema.get("type")
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "number":
        return st.floats(
            allow_nan=False, allow_infinity=False, min_value=schema.get("minimum"), max_value=schema.get("maximum")
        )
    if kind == "string":
        if schema.get("format") == "date-time":
            return st.datetimes(timezones=st.just(__import__("datetime").UTC)).map(
                lambda d: d.isoformat().replace("+00:00", "Z")
            )
        if schema.get("format") == "binary":
            return st.text(max_size=8)
        return st.text(min_size=schema.get("minLength", 0), max_size=12)
    if kind == "array":
        return st.lists(from_schema(schema.get("items", {})), min_size=schema.get("minItems", 0), max_size=3)
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    return st.fixed_dictionaries(
        {name: from_schema(sub) for name, sub in properties.items() if name in required},
        optional={name: from_schema(sub) for name, sub in properties.items() if name not in required},
    )


def _operations() -> list[tuple[str, int, str, dict[str, Any]]]:
    found = []
    for template, item in _spec()["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or not operation.get("tags"):
                continue
            for status, response in operation["responses"].items():
                content = (response.get("content") or {}).get("application/json")
                if status.startswith("2") and content:
                    module = f"blnk_client.api.{operation['tags'][0]}.{_snake(operation['operationId'])}"
                    found.append((f"{method.upper()} {template} {status}", int(status), module, content["schema"]))
    return found


def _snake(name: str) -> str:
    from openapi_python_client.strings import snake_case  # the generator's own module naming

    return str(snake_case(name))


OPERATIONS = _operations()


def parse_answer(module: str, status: int, content: bytes) -> object:
    """The client's parse of `content` as the answer of the operation in `module`."""
    parse = importlib.import_module(module)._parse_response
    response = httpx.Response(status, content=content, request=httpx.Request("GET", "http://blnk.invalid/x"))
    return BaseClient._parse(response, parse)


def _as_json(parsed: object) -> Any:
    if isinstance(parsed, list):
        return [_as_json(item) for item in parsed]
    if isinstance(parsed, Enum):
        return parsed.value
    to_dict = getattr(parsed, "to_dict", None)
    return to_dict() if to_dict is not None else parsed


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = _spec()["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _zero_filled(schema: Any, instance: Any) -> Any:
    """What the client answers for `instance`: the x-blnk-zero-value where the server wrote null or nothing."""
    variants = [_resolve(schema), *map(_resolve, _resolve(schema).get("oneOf", []))]
    if instance is None:
        return next((v["x-blnk-zero-value"] for v in variants if "x-blnk-zero-value" in v), None)
    items = next((v["items"] for v in variants if "items" in v), None)
    if isinstance(instance, list) and items is not None:  # rows of a list (v0.12.2 lists null inflight amounts)
        return [_zero_filled(items, item) for item in instance]
    if not isinstance(instance, dict):
        return instance
    properties = next((v["properties"] for v in variants if "properties" in v), {})
    filled = {
        key: _zero_filled(properties[key], value) if key in properties else value for key, value in instance.items()
    }
    for key, node in properties.items():
        if key not in filled and "x-blnk-zero-value" in _resolve(node):
            filled[key] = _resolve(node)["x-blnk-zero-value"]
    return filled


def _comparable(value: Any) -> Any:
    """Timestamps compared as instants (the models write `+00:00` where the server wrote `Z`), and a
    field that is null, [] or absent as one (a model reads an absent field as None, or [] for a list)."""
    if isinstance(value, list):
        return [_comparable(item) for item in value]
    if isinstance(value, dict):
        return {key: _comparable(item) for key, item in value.items() if item is not None and item != []}
    if isinstance(value, str) and len(value) >= 20:
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value)
    return value


@pytest.mark.slow
@pytest.mark.parametrize(("name", "status", "module", "schema"), OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_answers_the_spec_allows_parse(name: str, status: int, module: str, schema: dict[str, Any]) -> None:
    @SETTINGS
    @given(from_schema(_json_schema(schema)))
    def check(instance: Any) -> None:
        parsed = parse_answer(module, status, json.dumps(instance).encode())
        expected = _zero_filled(schema, instance)
        assert _comparable(_as_json(parsed)) == _comparable(expected)  # every value lands in its own field

    check()


def _corrupt(instance: Any, draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["truncate", "retype", "drop", "garbage", "wrap"]))
    text = json.dumps(instance).encode()
    if kind == "truncate":
        return text[: draw(st.integers(0, max(0, len(text) - 1)))]
    if kind == "garbage":
        return draw(st.binary(max_size=64))
    if kind == "wrap":
        return json.dumps(draw(st.sampled_from([[instance], {"data": instance}, "text", 7, None]))).encode()
    mutated = copy.deepcopy(instance)
    target = mutated[0] if isinstance(mutated, list) and mutated else mutated
    if isinstance(target, dict) and target:
        key = draw(st.sampled_from(sorted(target)))
        if kind == "drop":
            del target[key]
        else:
            target[key] = draw(
                st.one_of(
                    st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2), st.none(), st.booleans()
                )
            )
    return json.dumps(mutated).encode()


@pytest.mark.slow
@pytest.mark.parametrize(("name", "status", "module", "schema"), OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_corrupted_answers_raise_only_the_typed_error(
    name: str, status: int, module: str, schema: dict[str, Any]
) -> None:
    @SETTINGS
    @given(st.data())
    def check(data: st.DataObject) -> None:
        instance = data.draw(from_schema(_json_schema(schema)))
        content = _corrupt(instance, data.draw)
        with contextlib.suppress(APIResponseValidationError):  # the one failure a mangled answer may cause
            parse_answer(module, status, content)

    check()
