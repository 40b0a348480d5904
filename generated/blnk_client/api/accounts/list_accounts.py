# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /accounts; edit overlays/documents/accounts.yaml, overlays/documents/releases.yaml or the template.
"""GET /accounts: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.account import Account
from ...models.list_accounts_filters import ListAccountsFilters


def _get_kwargs(
    *,
    limit: int | None,
    offset: int | None,
    filters: ListAccountsFilters | None,
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
        "url": "/accounts",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Account]:
    if response.status_code == 200:
        _response_200 = or_zero(read_json(response), [])
        response_200 = list(map(Account.from_dict, _response_200)) if _response_200 else []

        return response_200

    raise ValueError("GET /accounts: unexpected success status " + str(response.status_code))
