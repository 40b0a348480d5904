"""POST /accounts: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ...models.create_account_body import CreateAccountBody
from ...models.create_account_response_201 import CreateAccountResponse201


def _get_kwargs(
    *,
    body: CreateAccountBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreateAccountResponse201:
    if response.status_code == 201:
        response_201 = CreateAccountResponse201.from_dict(response.json())

        return response_201

    raise ValueError("POST /accounts: unexpected success status " + str(response.status_code))
