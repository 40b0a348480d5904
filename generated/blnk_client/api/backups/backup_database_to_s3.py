# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /backup-s3; edit overlays/documents/backups.yaml or the template.
"""GET /backup-s3: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any, cast

import httpx

from ..._parsing import read_json


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/backup-s3",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    if response.status_code == 200:
        response_200 = cast(str, read_json(response))
        return response_200

    raise ValueError("GET /backup-s3: unexpected success status " + str(response.status_code))
