# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /transactions; edit overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
"""POST /transactions: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.create_transaction_request import CreateTransactionRequest
from ...models.transaction import Transaction
from ...models.transaction_preview import TransactionPreview


def _get_kwargs(
    *,
    body: CreateTransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Transaction | TransactionPreview:
    if response.status_code == 200:
        response_200 = TransactionPreview.from_dict(read_json(response))

        return response_200

    if response.status_code == 201:
        response_201 = Transaction.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /transactions: unexpected success status " + str(response.status_code))
