# Generated: rendered by overlays/templates/endpoint_module.py.jinja for PUT /balance-monitors/{monitor_id}; edit overlays/documents/balance-monitors.yaml, overlays/documents/releases.yaml or the template.
"""PUT /balance-monitors/{monitor_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.message import Message
from ...models.update_balance_monitor_request import UpdateBalanceMonitorRequest


def _get_kwargs(
    monitor_id: str,
    *,
    body: UpdateBalanceMonitorRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/balance-monitors/{monitor_id}".format(
            monitor_id=quote(str(monitor_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(read_json(response))

        return response_200

    raise ValueError("PUT /balance-monitors/{monitor_id}: unexpected success status " + str(response.status_code))
