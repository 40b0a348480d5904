# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /api-keys; edit overlays/documents/api-keys.yaml or the template.
"""POST /api-keys: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.api_key import APIKey
from ...models.create_api_key_request import CreateAPIKeyRequest


def _get_kwargs(
    *,
    body: CreateAPIKeyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api-keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> APIKey:
    if response.status_code == 201:
        response_201 = APIKey.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /api-keys: unexpected success status " + str(response.status_code))
