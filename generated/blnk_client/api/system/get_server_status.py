# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /; edit overlays/documents/auth.yaml, overlays/documents/backups.yaml, overlays/documents/balance-monitors.yaml, overlays/documents/hooks.yaml, overlays/documents/metadata.yaml, overlays/documents/system.yaml or the template.
"""GET /: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any, cast

import httpx

from ..._parsing import read_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    if response.status_code == 200:
        response_200 = cast(str, read_json(response))
        return response_200

    raise ValueError("GET /: unexpected success status " + str(response.status_code))
