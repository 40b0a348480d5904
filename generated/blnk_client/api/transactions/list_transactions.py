# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /transactions; edit overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
"""GET /transactions: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.list_transactions_filters import ListTransactionsFilters
from ...models.transaction import Transaction


def _get_kwargs(
    *,
    limit: int | None,
    offset: int | None,
    filters: ListTransactionsFilters | None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_limit: int | None
    if limit is None:
        json_limit = None
    else:
        json_limit = limit

    params["limit"] = json_limit

    json_offset: int | None
    if offset is None:
        json_offset = None
    else:
        json_offset = offset

    params["offset"] = json_offset

    json_filters: dict[str, Any] | None
    if filters is None:
        json_filters = None
    else:
        json_filters = filters.to_dict()

    if json_filters is not None:
        params.update(json_filters)

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Transaction]:
    if response.status_code == 200:
        _response_200 = read_json(response)
        response_200 = list(map(Transaction.from_dict, _response_200)) if _response_200 else []

        return response_200

    raise ValueError("GET /transactions: unexpected success status " + str(response.status_code))
