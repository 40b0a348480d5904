# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /balances; edit overlays/documents/balance-monitors.yaml, overlays/documents/balances.yaml, overlays/documents/releases.yaml or the template.
"""GET /balances: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.balance import Balance
from ...models.list_balances_filters import ListBalancesFilters


def _get_kwargs(
    *,
    limit: int | None,
    offset: int | None,
    filters: ListBalancesFilters | None,
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
        "url": "/balances",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Balance]:
    if response.status_code == 200:
        _response_200 = or_zero(read_json(response), [])
        response_200 = list(map(Balance.from_dict, _response_200)) if _response_200 else []

        return response_200

    raise ValueError("GET /balances: unexpected success status " + str(response.status_code))
