# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /accounts/{account_id}; edit overlays/documents/accounts.yaml or the template.
"""GET /accounts/{account_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.account import Account
from ...models.account_include import AccountInclude


def _get_kwargs(
    account_id: str,
    *,
    include: list[AccountInclude] | None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | None
    if include is None:
        json_include = None
    else:
        json_include = []
        for include_type_0_item_data in include:
            include_type_0_item = include_type_0_item_data.value
            json_include.append(include_type_0_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{account_id}".format(
            account_id=quote(str(account_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Account:
    if response.status_code == 200:
        response_200 = Account.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /accounts/{account_id}: unexpected success status " + str(response.status_code))
