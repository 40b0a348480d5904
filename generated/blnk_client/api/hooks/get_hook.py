# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /hooks/{hook_id}; edit overlays/documents/hooks.yaml or the template.
"""GET /hooks/{hook_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.hook import Hook


def _get_kwargs(
    hook_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hooks/{hook_id}".format(
            hook_id=quote(str(hook_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Hook:
    if response.status_code == 200:
        response_200 = Hook.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /hooks/{hook_id}: unexpected success status " + str(response.status_code))
