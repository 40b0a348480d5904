# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /ledgers; edit overlays/documents/auth.yaml, overlays/documents/ledgers.yaml, overlays/documents/releases.yaml or the template.
"""POST /ledgers: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.create_ledger_request import CreateLedgerRequest
from ...models.ledger import Ledger


def _get_kwargs(
    *,
    body: CreateLedgerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledgers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Ledger:
    if response.status_code == 201:
        response_201 = Ledger.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /ledgers: unexpected success status " + str(response.status_code))
