"""Cold start: the first call of one method loads that method's modules, not the whole package."""

from __future__ import annotations

import subprocess
import sys
import types

import httpx

import blnk_client.models
from benchmarks.coldstart import TRANSACTION
from blnk_client import Blnk

FIRST_CALL = """
import sys
import httpx
from blnk_client import Blnk

body = BODY
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
with Blnk(base_url="http://blnk.invalid", api_key="k", http_client=httpx.Client(transport=transport)) as blnk:
    assert blnk.transactions.get("txn_1").precise_amount == 1250
print(" ".join(sorted(sys.modules)))
"""
RAW_FIRST_CALL = """
import sys
import httpx

body = BODY
transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
with httpx.Client(base_url="http://blnk.invalid", headers={"X-Blnk-Key": "k"}, transport=transport) as raw:
    assert raw.get("/transactions/txn_1").json()["precise_amount"] == 1250
print(" ".join(sorted(sys.modules)))
"""


def _modules(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded once `code` ran."""
    code = code.replace("BODY", repr(TRANSACTION))
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert ran.returncode == 0, ran.stderr
    return set(ran.stdout.split())


def test_a_first_get_loads_only_its_own_models() -> None:
    loaded = {name for name in _modules(FIRST_CALL) if name.startswith("blnk_client.")}
    models = {name.removeprefix("blnk_client.models.") for name in loaded if name.startswith("blnk_client.models.")}
    assert "transaction" in models
    assert not models & {"account", "balance", "ledger", "create_transaction_request", "transaction_preview"}
    assert len(models) < 10, models
    assert "blnk_client.api.transactions.get_transaction" in loaded
    assert "blnk_client.api.transactions.create_transaction" not in loaded
    assert "blnk_client.params" not in loaded


def test_a_first_call_loads_no_module_raw_httpx_does_not_but_contextvars() -> None:
    """Outside the package, a first typed call loads what raw httpx's first call loads, and only
    contextvars (with_raw_response) beyond it: the models are stdlib dataclasses (attrs' import was
    ~10 ms), and msgspec waits for the first long answer."""
    extra = {name for name in _modules(FIRST_CALL) - _modules(RAW_FIRST_CALL) if not name.startswith("blnk_client")}
    assert {name.split(".")[0] for name in extra} <= {"contextvars", "_contextvars"}, sorted(extra)


def test_import_blnk_client_loads_no_model() -> None:
    loaded = _modules('import sys\nimport blnk_client\nprint(" ".join(sorted(sys.modules)))')
    assert "blnk_client.client" in loaded
    assert not {name for name in loaded if name.startswith("blnk_client.models.")}


def test_every_model_name_resolves() -> None:
    for name in blnk_client.models.__all__:
        assert getattr(blnk_client.models, name).__name__ == name
    assert set(blnk_client.models.__all__) <= set(dir(blnk_client.models))


def test_a_deferred_module_is_replaced_by_the_module_on_first_use() -> None:
    ledger = b'{"ledger_id": "ldg_1", "name": "n", "created_at": "2026-11-25T06:11:55Z", "meta_data": null}'
    transport = httpx.MockTransport(lambda request: httpx.Response(201, content=ledger))
    with Blnk(base_url="http://blnk.invalid", api_key="k", http_client=httpx.Client(transport=transport)) as blnk:
        assert blnk.ledgers.create(name="n").ledger_id == "ldg_1"
    from blnk_client.api import ledgers

    assert isinstance(vars(ledgers)["create_ledger"], types.ModuleType)
    assert isinstance(vars(ledgers)["_m_create_ledger_request"], types.ModuleType)


def test_no_module_of_the_package_needs_attrs() -> None:
    """attrs is no dependency of the package (generated/pyproject.toml): no module of it imports attrs."""
    every = "import pkgutil, sys, importlib, blnk_client\n" + (
        "for m in pkgutil.walk_packages(blnk_client.__path__, 'blnk_client.'): importlib.import_module(m.name)\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    loaded = _modules(every)
    assert "blnk_client.models.transaction" in loaded and "blnk_client.webhooks" in loaded
    assert not {name for name in loaded if name.split(".")[0] in ("attr", "attrs")}
