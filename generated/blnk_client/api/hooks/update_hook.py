# Generated: rendered by overlays/templates/endpoint_module.py.jinja for PUT /hooks/{hook_id}; edit overlays/documents/hooks.yaml or the template.
"""PUT /hooks/{hook_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.hook import Hook
from ...models.update_hook_request import UpdateHookRequest


def _get_kwargs(
    hook_id: str,
    *,
    body: UpdateHookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/hooks/{hook_id}".format(
            hook_id=quote(str(hook_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Hook:
    if response.status_code == 200:
        response_200 = Hook.from_dict(read_json(response))

        return response_200

    raise ValueError("PUT /hooks/{hook_id}: unexpected success status " + str(response.status_code))
