"""GET /accounts/{id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.get_account_response_200 import GetAccountResponse200
from ...types import UNSET


def _get_kwargs(
    id: str,
    *,
    include: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetAccountResponse200:
    if response.status_code == 200:
        response_200 = GetAccountResponse200.from_dict(response.json())

        return response_200

    raise ValueError("GET /accounts/{id}: unexpected success status " + str(response.status_code))
