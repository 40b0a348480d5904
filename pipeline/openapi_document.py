"""What the pull stage accepts as an upstream spec: a JSON OpenAPI 3 document, and nothing else.

Anything else is refused with one line saying what is wrong, before the lock or the cache is
touched. YAML is refused too: the docs publish JSON, and the lock's sha256 is of those bytes.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from pipeline.drift import HTTP_METHODS


class NotOpenAPIError(ValueError):
    """The bytes are not a JSON OpenAPI 3 document; the message says why in one line."""


def parse(data: bytes) -> dict[str, Any]:
    """The OpenAPI document in `data`; NotOpenAPIError when it is not one."""
    if not data.strip():
        raise NotOpenAPIError("the file is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotOpenAPIError(f"not UTF-8 text (byte {exc.start})") from exc
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotOpenAPIError(_not_json(text, exc)) from exc
    if not isinstance(document, dict):
        raise NotOpenAPIError(f"a JSON {_json_kind(document)}, not an object")
    problem = _shape_problem(document)
    if problem:
        raise NotOpenAPIError(problem)
    return document


def _not_json(text: str, exc: json.JSONDecodeError) -> str:
    if exc.pos >= len(text.rstrip()):
        return f"truncated JSON: it ends inside a value (line {exc.lineno} column {exc.colno})"
    try:
        as_yaml = yaml.safe_load(text)
    except yaml.YAMLError:
        as_yaml = None
    if isinstance(as_yaml, dict) and ("openapi" in as_yaml or "paths" in as_yaml):
        return "YAML, not JSON: the pipeline reads the JSON file the docs publish"
    return f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"


def _json_kind(value: Any) -> str:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number", type(None): "null"}
    return kinds.get(type(value), type(value).__name__)


def _shape_problem(document: dict[str, Any]) -> str | None:
    """The first thing that keeps `document` from being read as OpenAPI 3, if any."""
    if "swagger" in document:
        return f"a Swagger {document['swagger']} document, not OpenAPI 3"
    version = document.get("openapi")
    if version is None:
        return "no 'openapi' version: not an OpenAPI document"
    if not isinstance(version, str) or not version.startswith("3."):
        return f"'openapi' is {version!r}, not a 3.x version"
    paths = document.get("paths")
    if not isinstance(paths, dict):
        return "'paths' is missing" if paths is None else "'paths' is not an object"
    for path, item in paths.items():
        if not isinstance(item, dict):
            return f"paths['{path}'] is not an object"
        for method in HTTP_METHODS:
            if method in item and not isinstance(item[method], dict):
                return f"paths['{path}'].{method} is not an object"
    components = document.get("components", {})
    if not isinstance(components, dict):
        return "'components' is not an object"
    for section, entries in components.items():
        if not isinstance(entries, dict):
            return f"components.{section} is not an object"
    for name, schema in components.get("schemas", {}).items():
        if not isinstance(schema, dict):
            return f"components.schemas.{name} is not an object"
        if not isinstance(schema.get("properties", {}), dict):
            return f"components.schemas.{name}.properties is not an object"
    return None
