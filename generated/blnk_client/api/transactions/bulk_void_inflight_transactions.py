# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /transactions/inflight/bulk/void; edit overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
"""POST /transactions/inflight/bulk/void: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.bulk_inflight_response import BulkInflightResponse
from ...models.bulk_transaction_preview import BulkTransactionPreview
from ...models.bulk_void_inflight_request import BulkVoidInflightRequest


def _get_kwargs(
    *,
    body: BulkVoidInflightRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactions/inflight/bulk/void",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BulkInflightResponse | BulkTransactionPreview:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BulkInflightResponse | BulkTransactionPreview:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BulkInflightResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = BulkTransactionPreview.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(read_json(response))

        return response_200

    raise ValueError("POST /transactions/inflight/bulk/void: unexpected success status " + str(response.status_code))
