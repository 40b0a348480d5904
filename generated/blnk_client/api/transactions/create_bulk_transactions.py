# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /transactions/bulk; edit overlays/documents/transactions.yaml or the template.
"""POST /transactions/bulk: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.bulk_transaction_accepted import BulkTransactionAccepted
from ...models.bulk_transaction_preview import BulkTransactionPreview
from ...models.bulk_transaction_request import BulkTransactionRequest
from ...models.bulk_transaction_result import BulkTransactionResult


def _get_kwargs(
    *,
    body: BulkTransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactions/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult:
    if response.status_code == 200:
        response_200 = BulkTransactionPreview.from_dict(read_json(response))

        return response_200

    if response.status_code == 201:
        response_201 = BulkTransactionResult.from_dict(read_json(response))

        return response_201

    if response.status_code == 202:
        response_202 = BulkTransactionAccepted.from_dict(read_json(response))

        return response_202

    raise ValueError("POST /transactions/bulk: unexpected success status " + str(response.status_code))
