# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /accounts; edit overlays/documents/accounts.yaml, overlays/documents/releases.yaml or the template.
"""POST /accounts: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.account import Account
from ...models.create_account_request import CreateAccountRequest


def _get_kwargs(
    *,
    body: CreateAccountRequest,
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


def _parse_response(response: httpx.Response) -> Account:
    if response.status_code == 201:
        response_201 = Account.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /accounts: unexpected success status " + str(response.status_code))
