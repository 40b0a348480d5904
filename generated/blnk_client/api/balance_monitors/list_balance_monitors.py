# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /balance-monitors; edit overlays/documents/balance-monitors.yaml, overlays/documents/releases.yaml or the template.
"""GET /balance-monitors: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.balance_monitor import BalanceMonitor


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balance-monitors",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[BalanceMonitor]:
    if response.status_code == 200:
        _response_200 = or_zero(read_json(response), [])
        response_200 = list(map(BalanceMonitor.from_dict, _response_200)) if _response_200 else []

        return response_200

    raise ValueError("GET /balance-monitors: unexpected success status " + str(response.status_code))
