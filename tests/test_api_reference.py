"""generated/api.md, the API reference: every resource method with its signature, return type,
route and (from `x-blnk-since`) the Blnk Core release that added it."""

from __future__ import annotations

import copy
import inspect
import json
import re
from pathlib import Path

import pytest

from blnk_client import Blnk
from pipeline import generate, paths

API_MD = paths.GENERATED / "api.md"


def _operations() -> list[tuple[str, str, str]]:
    """(tag, method name, "VERB /path") of every described operation of the resolved spec."""
    spec = json.loads(paths.RESOLVED_SPEC.read_text())
    found = []
    for route, item in spec["paths"].items():
        for verb, operation in item.items():
            if isinstance(operation, dict) and operation.get("tags") and operation["tags"][0] != "default":
                names = list((operation.get("x-blnk-methods-by-content-type") or {}).values())
                for name in names or [operation["x-blnk-method"]]:
                    found.append((operation["tags"][0], str(name), f"{verb.upper()} {route}"))
    return found


def test_every_resource_method_is_listed_with_its_route() -> None:
    text = API_MD.read_text()
    client = Blnk(base_url="http://blnk.invalid", api_key="k")
    listed = set(re.findall(r"^### (\w+)\.(\w+)$", text, re.MULTILINE))
    for tag, name, route in _operations():
        assert (tag, name) in listed, f"{tag}.{name} missing from api.md"
        section = text.split(f"### {tag}.{name}\n", 1)[1].split("\n### ", 1)[0]
        assert f"`{route}`" in section
        assert f"client.{tag}.{name}(" in section
        assert callable(getattr(getattr(client, tag), name))
    public = {
        (tag, name)
        for tag in {t for t, _, _ in _operations()}
        for name in dir(getattr(client, tag))
        if not name.startswith("_") and name != "with_raw_response" and not name.endswith("_all")
    }
    assert public == listed


def test_signatures_show_return_types() -> None:
    text = API_MD.read_text()
    assert "client.transactions.get(transaction_id: str) -> Transaction\n" in text
    assert "client.ledgers.create(*, name: str" in text
    assert "builtins." not in text


@pytest.mark.slow
def test_the_since_column_reads_x_blnk_since(tmp_path: Path) -> None:
    spec = copy.deepcopy(json.loads(paths.RESOLVED_SPEC.read_text()))
    spec["paths"]["/ledgers"]["post"]["x-blnk-since"] = "0.8.0"
    spec_file = tmp_path / "resolved.json"
    spec_file.write_text(json.dumps(spec))
    generate.generate(spec_file=spec_file, out=tmp_path / "generated")
    text = (tmp_path / "generated" / "api.md").read_text()
    assert "| [`create`](#ledgerscreate) | `POST /ledgers` | `Ledger` | 0.8.0 |" in text
    assert "`POST /ledgers`, since Blnk Core 0.8.0" in text
    assert "| [`list`](#ledgerslist) | `GET /ledgers` | `list[Ledger]` |  |" in text


def test_docstrings_and_api_md_say_who_may_call_each_method() -> None:
    """x-required-scope and x-master-key-only reach users: the last paragraph of each docstring, and api.md."""
    text = API_MD.read_text()
    client = Blnk(base_url="http://blnk.invalid", api_key="k")
    spec = json.loads(paths.RESOLVED_SPEC.read_text())
    checked = 0
    for tag, name, route in _operations():
        verb, template = route.split(" ", 1)
        operation = spec["paths"][template][verb.lower()]
        if operation.get("x-master-key-only"):
            access, cell = "Master key only.", "master key only"
        elif operation.get("x-required-scope"):
            access, cell = f"Requires scope `{operation['x-required-scope']}`.", f"`{operation['x-required-scope']}`"
        else:
            assert operation.get("security") == [], (
                f"{route} needs a key, but the overlays say neither which scope nor master key only"
            )
            continue
        checked += 1
        doc = getattr(getattr(client, tag), name).__doc__
        assert inspect.cleandoc(doc).endswith(f"\n\n{access}"), f"{tag}.{name}: {doc!r}"  # 3.13 dedents docstrings
        section = text.split(f"### {tag}.{name}\n", 1)[1].split("\n### ", 1)[0]
        assert f"\n\n{access}\n" in section
        assert re.search(
            rf"^\| \[`{name}`\]\(#{tag}{name}\) \| `{re.escape(route)}` \|.* \| {re.escape(cell)} \|$", text, re.M
        )
    assert checked > 60
