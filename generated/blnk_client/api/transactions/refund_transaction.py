# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /refund-transaction/{transaction_id}; edit overlays/documents/transactions.yaml or the template.
"""POST /refund-transaction/{transaction_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.refund_transaction_request import RefundTransactionRequest
from ...models.transaction import Transaction
from ...models.transaction_preview import TransactionPreview


def _get_kwargs(
    transaction_id: str,
    *,
    body: RefundTransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/refund-transaction/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
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

    raise ValueError(
        "POST /refund-transaction/{transaction_id}: unexpected success status " + str(response.status_code)
    )
