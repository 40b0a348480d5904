"""GET /accounts/{account_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.account import Account
from ...models.account_include import AccountInclude
from ...types import UNSET, Unset


def _get_kwargs(
    account_id: str,
    *,
    include: list[AccountInclude] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = []
        for include_item_data in include:
            include_item = include_item_data.value
            json_include.append(include_item)

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
        response_200 = Account.from_dict(response.json())

        return response_200

    raise ValueError("GET /accounts/{account_id}: unexpected success status " + str(response.status_code))
