# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /balance-monitors; edit overlays/documents/balance-monitors.yaml, overlays/documents/releases.yaml or the template.
"""POST /balance-monitors: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.balance_monitor import BalanceMonitor
from ...models.create_balance_monitor_request import CreateBalanceMonitorRequest


def _get_kwargs(
    *,
    body: CreateBalanceMonitorRequest,
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


def _parse_response(response: httpx.Response) -> BalanceMonitor:
    if response.status_code == 201:
        response_201 = BalanceMonitor.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /balance-monitors: unexpected success status " + str(response.status_code))
