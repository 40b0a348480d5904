# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /transactions/filter; edit overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
"""POST /transactions/filter: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.filter_request import FilterRequest
from ...models.transaction import Transaction
from ...models.transaction_page import TransactionPage


def _get_kwargs(
    *,
    body: FilterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactions/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Transaction] | TransactionPage:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Transaction] | TransactionPage:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _response_200_type_0 = data
                response_200_type_0 = (
                    list(map(Transaction.from_dict, _response_200_type_0)) if _response_200_type_0 else []
                )

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = TransactionPage.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(read_json(response))

        return response_200

    raise ValueError("POST /transactions/filter: unexpected success status " + str(response.status_code))
