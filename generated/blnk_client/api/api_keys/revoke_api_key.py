# Generated: rendered by overlays/templates/endpoint_module.py.jinja for DELETE /api-keys/{api_key_id}; edit overlays/documents/api-keys.yaml or the template.
"""DELETE /api-keys/{api_key_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx


def _get_kwargs(
    api_key_id: str,
    *,
    owner: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["owner"] = owner

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api-keys/{api_key_id}".format(
            api_key_id=quote(str(api_key_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if response.status_code == 204:
        return None
    raise ValueError("DELETE /api-keys/{api_key_id}: unexpected success status " + str(response.status_code))
