"""PUT /transactions/inflight/{tx_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.update_inflight_transaction_body import UpdateInflightTransactionBody
from ...models.update_inflight_transaction_response_200 import UpdateInflightTransactionResponse200


def _get_kwargs(
    tx_id: str,
    *,
    body: UpdateInflightTransactionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/transactions/inflight/{tx_id}".format(
            tx_id=quote(str(tx_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UpdateInflightTransactionResponse200:
    if response.status_code == 200:
        response_200 = UpdateInflightTransactionResponse200.from_dict(response.json())

        return response_200

    raise ValueError("PUT /transactions/inflight/{tx_id}: unexpected success status " + str(response.status_code))
