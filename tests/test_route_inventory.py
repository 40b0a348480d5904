"""The resolved spec describes exactly the routes the server registers (tests/server_routes.txt)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pipeline import paths

ROUTES = Path(__file__).parent / "server_routes.txt"
METHODS = ("get", "put", "post", "delete", "patch")


def _normal(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def test_the_spec_has_every_server_route_and_nothing_else() -> None:
    server = {line for line in ROUTES.read_text().splitlines() if line and not line.startswith("#")}
    spec = json.loads(paths.RESOLVED_SPEC.read_text())
    described = {
        f"{method.upper()} {_normal(template)}"
        for template, item in spec["paths"].items()
        for method in METHODS
        if method in item
    }
    assert sorted(server - described) == [], "routes the server has and the spec lacks"
    assert sorted(described - server) == [], "operations the spec describes and the server lacks"
    assert len(server) == 73
