# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /api-keys; edit overlays/documents/api-keys.yaml or the template.
"""GET /api-keys: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.api_key import APIKey


def _get_kwargs(
    *,
    owner: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["owner"] = owner

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api-keys",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[APIKey]:
    if response.status_code == 200:
        _response_200 = or_zero(read_json(response), [])
        response_200 = list(map(APIKey.from_dict, _response_200)) if _response_200 else []

        return response_200

    raise ValueError("GET /api-keys: unexpected success status " + str(response.status_code))
