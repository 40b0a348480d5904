"""POST /refund-transaction/{id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.refund_transaction_response_201 import RefundTransactionResponse201


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/refund-transaction/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RefundTransactionResponse201:
    if response.status_code == 201:
        response_201 = RefundTransactionResponse201.from_dict(response.json())

        return response_201

    raise ValueError("POST /refund-transaction/{id}: unexpected success status " + str(response.status_code))
