"""Every recorded exchange agrees with the resolved spec, with unknown fields treated as errors.

A mismatch is fixed in the overlays, never by loosening this check.

Each cassette is checked against the spec as the release it was recorded from has it: a cassette
named `...[<release>]` (tests/test_releases.py) against that release, every other one against main
(`cba00722`). A field or operation the overlays mark `x-blnk-since` a later release, or
`x-blnk-until` an earlier one, is removed from that release's spec (closed schemas: sending it
fails). Releases without `error_detail` (before v0.15.0) answer some errors with a status the
operation does not declare (a missing record is a 400): such an answer is checked against
ErrorResponse as that release has it. The route sweeps (`test_release_routes[...]`, placeholder ids
and empty bodies) are checked by that test against the matrix, not here.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from openapi_schema_validator import OAS30Validator

from pipeline import paths, releases
from tests.support.cassettes import CASSETTES, recorded_exchanges

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def _close(node: Any) -> Any:
    """Forbid properties a schema does not declare, everywhere in the document."""
    if isinstance(node, dict):
        closed = {key: _close(value) for key, value in node.items()}
        if "properties" in closed and "additionalProperties" not in closed:
            closed["additionalProperties"] = False
        return closed
    if isinstance(node, list):
        return [_close(item) for item in node]
    return node


@cache
def _spec() -> dict[str, Any]:
    # BLNK_CONTRACT_SPEC checks the recordings against a work-in-progress resolved spec instead.
    source = os.environ.get("BLNK_CONTRACT_SPEC") or paths.RESOLVED_SPEC
    return _close(json.loads(Path(source).read_text()))


MAIN = "cba00722"


def _release_of(cassette: str) -> str:
    found = re.search(r"\[([^\]]+)\]$", cassette)
    return found.group(1) if found and found.group(1) in releases.window(_spec()) else MAIN


def _without_absent(node: Any, release: str) -> Any:
    """The document as `release` has it: marked properties and operations it lacks are removed."""
    if isinstance(node, dict):
        kept = {k: _without_absent(v, release) for k, v in node.items()}
        properties = kept.get("properties")
        if isinstance(properties, dict):
            gone = [n for n, p in properties.items() if isinstance(p, dict) and not releases.has(p, release)]
            kept["properties"] = {n: p for n, p in properties.items() if n not in gone}
            if "required" in kept:
                kept["required"] = [r for r in kept["required"] if r not in gone]
            # a field a release dropped later (rate, currency_multiplier) is one the releases before send
            last = [n for n, p in kept["properties"].items() if isinstance(p, dict) and releases.UNTIL in p]
            if last:
                kept["required"] = [*kept.get("required", []), *(n for n in last if n not in kept.get("required", []))]
        return kept
    if isinstance(node, list):
        return [_without_absent(item, release) for item in node]
    return node


@cache
def _spec_for(release: str) -> dict[str, Any]:
    spec = _without_absent(_spec(), release)
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict) and not releases.has(item[method], release):
                del item[method]
    return spec


@cache
def _routes() -> list[tuple[str, re.Pattern[str], str]]:
    routes = []
    for template, item in _spec()["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        routes.extend((method, pattern, template) for method in HTTP_METHODS if method in item)
    # literal segments win over parameters: /balances/filter is not /balances/{balance_id}
    return sorted(routes, key=lambda r: r[2].count("{"))


def _operation(method: str, path: str) -> tuple[str, dict[str, Any]]:
    for candidate, pattern, template in _routes():
        if candidate == method.lower() and pattern.match(path):
            return template, _spec()["paths"][template][candidate]
    raise AssertionError(f"{method} {path}: no operation in the resolved spec")


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = _spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _validate(schema: dict[str, Any], value: Any, where: str, release: str = MAIN) -> None:
    document = {"allOf": [schema], "components": _spec_for(release)["components"]}
    errors = sorted(OAS30Validator(document).iter_errors(value), key=lambda e: list(e.path))
    assert not errors, f"{where}: " + "; ".join(
        f"{'/'.join(map(str, e.path)) or '<body>'}: {e.message}" for e in errors[:5]
    )


def _interactions() -> list[tuple[str, int, dict[str, Any]]]:
    found = []
    for file in sorted(CASSETTES.glob("*.yaml")):
        if file.stem.startswith("test_release_routes["):
            continue  # placeholder requests: tests/test_releases.py checks them against the matrix
        for index, exchange in enumerate(recorded_exchanges(file)):
            found.append((file.stem, index, exchange))
    return found


INTERACTIONS = _interactions()


def _tagged_operations() -> list[tuple[str, str]]:
    return [
        (method.upper(), template)
        for template, item in _spec()["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS and operation.get("tags")
    ]


# What the recording server cannot produce; each entry names the side that is missing and why.
UNRECORDABLE = {
    ("GET", "/", "error"): "the route answers the same string whatever happens",
    ("GET", "/health", "error"): "its 503 needs the database down",
}


def test_every_described_operation_has_a_recorded_success_and_error() -> None:
    seen: dict[tuple[str, str], set[str]] = {}
    for _, _, exchange in INTERACTIONS:
        template, _ = _operation(exchange["request"]["method"], exchange["request"]["path"])
        outcome = "success" if exchange["response"]["status"] < 400 else "error"
        seen.setdefault((exchange["request"]["method"], template), set()).add(outcome)
    missing = sorted(
        (method, template, side)
        for method, template in _tagged_operations()
        for side in ("success", "error")
        if side not in seen.get((method, template), set())
    )
    unexplained = [m for m in missing if m not in UNRECORDABLE]
    assert not unexplained, "operations without a recorded success or error: " + ", ".join(map(str, unexplained))
    stale = sorted(set(UNRECORDABLE) - set(missing))
    assert not stale, f"recorded now, drop from UNRECORDABLE: {stale}"
    described = len(_tagged_operations())
    both = described - len({(m, t) for m, t, _ in missing})
    print(f"\n{both} of {described} described operations have a recorded success and error")


@pytest.mark.parametrize(("recording", "index", "exchange"), INTERACTIONS, ids=[f"{c}#{i}" for c, i, _ in INTERACTIONS])
def test_recorded_exchange_matches_the_spec(recording: str, index: int, exchange: dict[str, Any]) -> None:
    check_exchange(exchange, f"{recording}#{index}", _release_of(recording))


def check_exchange(exchange: dict[str, Any], name: str, release: str = MAIN) -> None:
    """One exchange, as a cassette holds it, against the closed resolved spec as `release` has it."""
    request, response = exchange["request"], exchange["response"]
    template, _ = _operation(request["method"], request["path"])
    operation = _spec_for(release)["paths"][template].get(request["method"].lower())
    where = f"{name} {request['method']} {template} -> {response['status']} ({release})"
    if operation is None:  # a route the release lacks: the router's text/plain 404 and nothing else
        assert (response["status"], response["body"].strip()) == (404, "404 page not found"), where
        return

    if isinstance(request["body"], str):  # a multipart form: its field names against the form schema
        form = _resolve(_resolve(operation["requestBody"])["content"]["multipart/form-data"]["schema"])
        fields = set(re.findall(r'Content-Disposition: form-data; name="([^"]+)"', request["body"]))
        assert fields <= set(form["properties"]) and set(form.get("required", [])) <= fields, f"{where}: {fields}"
    elif request["body"] is not None:
        body_schema = _resolve(operation["requestBody"])["content"]["application/json"]["schema"]
        _validate(body_schema, request["body"], f"{where} (request)", release)

    responses = operation["responses"]
    declared = responses.get(str(response["status"])) or responses.get("default")
    legacy = "error_detail" not in _spec_for(release)["components"]["schemas"]["ErrorResponse"]["properties"]
    if declared is None and legacy and 400 <= response["status"] < 500:  # e.g. 400 NOT_FOUND before v0.15.0
        declared = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorResponse"}}}}
    assert declared is not None, f"{where}: status not declared by the spec"
    content = _resolve(declared).get("content", {})
    if response["content_type"].startswith("application/json"):
        assert "application/json" in content, f"{where}: JSON answer, but the spec declares {sorted(content)}"
        _validate(content["application/json"]["schema"], json.loads(response["body"]), f"{where} (response)", release)
    else:
        assert not content or any(not t.startswith("application/json") for t in content), (
            f"{where}: {response['content_type']}"
        )


def test_no_secret_in_any_cassette() -> None:
    """No X-Blnk-Key header or name, no issued key and no key-shaped value stands in any cassette."""
    secret = os.environ.get("BLNK_API_KEY")  # set when recording: the real key must appear nowhere
    issued_key = re.compile(r'"key":\s*"(?!issued-key-redacted|\$2)[A-Za-z0-9_\-=]{40,}"')
    for file in sorted(CASSETTES.glob("*.yaml")):
        text = file.read_text()
        assert "x-blnk-key" not in text.lower(), f"{file.name} names the X-Blnk-Key header"
        assert not issued_key.search(text.replace("\\", "")), f"{file.name} records an issued API key"
        for exchange in recorded_exchanges(file):
            request, response = exchange["request"], exchange["response"]
            if (request["method"], request["path"]) == ("POST", "/api-keys") and response["status"] < 300:
                answer = json.loads(response["body"])
                assert answer["key"].startswith("issued-key-redacted"), f"{file.name} records an issued API key"
        if secret:
            assert secret not in text, f"{file.name} contains the API key"


WEBHOOKS = sorted((Path(__file__).parent / "fixtures" / "webhooks").glob("*.json"))


@pytest.mark.parametrize("fixture", WEBHOOKS, ids=lambda p: p.stem)
def test_recorded_webhook_matches_its_event_schema(fixture: Path) -> None:
    """The event as construct_event hands it over; on the wire it differs only where a float64 rounded."""
    from blnk_client.webhooks import construct_event
    from tests.test_webhooks import RECORDING_SIGNING_SECRET

    delivery = json.loads(fixture.read_text())
    sent_at = float(delivery["headers"]["X-Blnk-Timestamp"])
    event = construct_event(delivery["body"], delivery["headers"], RECORDING_SIGNING_SECRET, now=sent_at)
    _validate({"$ref": "#/components/schemas/WebhookEvent"}, event, f"webhook {fixture.stem}")
    wire = json.loads(delivery["body"])
    restored = {key for key in wire["data"] if wire["data"][key] != event["data"][key]}
    assert restored <= {"precise_amount"}, f"webhook {fixture.stem}: {restored}"
    if restored:
        assert float(wire["data"]["precise_amount"]) == float(event["data"]["precise_amount"])
