# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /balances; edit overlays/documents/balance-monitors.yaml, overlays/documents/balances.yaml, overlays/documents/releases.yaml or the template.
"""POST /balances: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.balance import Balance
from ...models.create_balance_request import CreateBalanceRequest


def _get_kwargs(
    *,
    body: CreateBalanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/balances",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Balance:
    if response.status_code == 201:
        response_201 = Balance.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /balances: unexpected success status " + str(response.status_code))
