# Generated: rendered by overlays/templates/endpoint_module.py.jinja for PUT /transactions/inflight/{transaction_id}; edit overlays/documents/transactions.yaml or the template.
"""PUT /transactions/inflight/{transaction_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.inflight_transaction import InflightTransaction
from ...models.transaction_preview import TransactionPreview
from ...models.update_inflight_transaction_request import UpdateInflightTransactionRequest


def _get_kwargs(
    transaction_id: str,
    *,
    body: UpdateInflightTransactionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/transactions/inflight/{transaction_id}".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> InflightTransaction | TransactionPreview:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> InflightTransaction | TransactionPreview:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = InflightTransaction.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = TransactionPreview.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(read_json(response))

        return response_200

    raise ValueError(
        "PUT /transactions/inflight/{transaction_id}: unexpected success status " + str(response.status_code)
    )
