# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /health; edit overlays/documents/auth.yaml, overlays/documents/system.yaml or the template.
"""GET /health: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.health_status import HealthStatus


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> HealthStatus:
    if response.status_code == 200:
        response_200 = HealthStatus.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /health: unexpected success status " + str(response.status_code))
