"""The project's model template on schema shapes Blnk's spec does not (yet) use: typed additional
properties, nullable lists (read as []) and datetimes, enum lists. A small spec goes through the real `generate`
stage and the package it writes parses in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline import generate

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "shapes", "version": "1"},
    "paths": {
        "/wallets": {
            "post": {
                "operationId": "createEntry",
                "tags": ["wallets"],
                "x-blnk-method": "create_entry",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entry"}}},
                },
                "responses": {
                    "201": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Entry"}}},
                    }
                },
            }
        },
        "/wallets/{wallet_id}": {
            "get": {
                "operationId": "getWallet",
                "tags": ["wallets"],
                "x-blnk-method": "get",
                "parameters": [{"name": "wallet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Wallet"}}},
                    }
                },
            }
        },
    },
    "x-webhooks": {
        "event": {
            "post": {
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/WebhookEvent"}}}
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
    "components": {
        "schemas": {
            "Colour": {"type": "string", "enum": ["RED", "BLUE"]},
            "WebhookEvent": {"type": "object", "properties": {"event": {"type": "string"}}},
            "Entry": {
                "type": "object",
                "required": ["amount"],
                "properties": {"amount": {"type": "integer"}, "colour": {"$ref": "#/components/schemas/Colour"}},
            },
            "Wallet": {
                "type": "object",
                "required": ["wallet_id", "colours"],
                "properties": {
                    "wallet_id": {"type": "string"},
                    "colours": {"type": "array", "items": {"$ref": "#/components/schemas/Colour"}},
                    "closed_at": {"type": "string", "format": "date-time", "nullable": True},
                    "entries": {"type": "array", "items": {"$ref": "#/components/schemas/Entry"}, "nullable": True},
                },
                "additionalProperties": {"$ref": "#/components/schemas/Entry"},
            },
        }
    },
}

CONSUMER = textwrap.dedent(
    """
    import datetime, json, sys
    from blnk_client.models import Colour, Entry, Wallet

    wallet = Wallet.from_dict({
        "wallet_id": "w1",
        "colours": ["RED", "BLUE"],
        "closed_at": "0001-01-01T00:00:00Z",
        "entries": [{"amount": 1, "colour": "RED"}],
        "spare": {"amount": 7},
    })
    assert wallet.colours == [Colour.RED, Colour.BLUE], wallet.colours
    assert wallet.closed_at == datetime.datetime(1, 1, 1, tzinfo=datetime.UTC)
    assert wallet.entries == [Entry(amount=1, colour=Colour.RED)]
    assert wallet.additional_properties == {"spare": Entry(amount=7)}, wallet.additional_properties
    assert Wallet.from_dict(wallet.to_dict()) == wallet

    bare = Wallet.from_dict({"wallet_id": "w2", "colours": [], "closed_at": None, "entries": None})
    assert bare.closed_at is None and bare.entries == [] and bare.additional_properties == {}  # a list is never None

    for broken in ({"wallet_id": "w3", "colours": [], "entries": "x"}, {"wallet_id": "w3", "colours": [], "closed_at": 5}):
        try:
            Wallet.from_dict(broken)
        except (TypeError, ValueError, AttributeError, KeyError):
            continue
        sys.exit(f"accepted {broken}")
    print("ok")
    """
)


@pytest.mark.slow
def test_the_model_template_on_shapes_the_blnk_spec_lacks(tmp_path: Path) -> None:
    spec_file = tmp_path / "shapes.json"
    spec_file.write_text(json.dumps(SPEC))
    out = tmp_path / "generated"
    generate.generate(spec_file, out)
    result = subprocess.run(
        [sys.executable, "-c", CONSUMER], cwd=out, capture_output=True, text=True, env={"PYTHONPATH": str(out)}
    )  # PYTHONPATH first: this small package, not the project's, answers to the name blnk_client
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stdout + result.stderr
