"""POST /balance-monitors: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ...models.create_balance_monitor_body import CreateBalanceMonitorBody
from ...models.create_balance_monitor_response_201 import CreateBalanceMonitorResponse201


def _get_kwargs(
    *,
    body: CreateBalanceMonitorBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/balance-monitors",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CreateBalanceMonitorResponse201:
    if response.status_code == 201:
        response_201 = CreateBalanceMonitorResponse201.from_dict(response.json())

        return response_201

    raise ValueError("POST /balance-monitors: unexpected success status " + str(response.status_code))
