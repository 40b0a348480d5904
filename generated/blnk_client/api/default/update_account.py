"""PUT /accounts/{id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.update_account_body import UpdateAccountBody
from ...models.update_account_response_201 import UpdateAccountResponse201


def _get_kwargs(
    id: str,
    *,
    body: UpdateAccountBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/accounts/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UpdateAccountResponse201:
    if response.status_code == 201:
        response_201 = UpdateAccountResponse201.from_dict(response.json())

        return response_201

    raise ValueError("PUT /accounts/{id}: unexpected success status " + str(response.status_code))
