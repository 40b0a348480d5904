# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /hooks; edit overlays/documents/hooks.yaml or the template.
"""POST /hooks: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.create_hook_request import CreateHookRequest
from ...models.hook import Hook


def _get_kwargs(
    *,
    body: CreateHookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Hook:
    if response.status_code == 201:
        response_201 = Hook.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /hooks: unexpected success status " + str(response.status_code))
