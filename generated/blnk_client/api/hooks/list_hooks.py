# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /hooks; edit overlays/documents/hooks.yaml or the template.
"""GET /hooks: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.hook import Hook
from ...models.hook_type import HookType


def _get_kwargs(
    *,
    type_: HookType | None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: None | str
    if type_ is None:
        json_type_ = None
    else:
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/hooks",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[Hook]:
    if response.status_code == 200:
        _response_200 = read_json(response)
        response_200 = list(map(Hook.from_dict, _response_200)) if _response_200 else []

        return response_200

    raise ValueError("GET /hooks: unexpected success status " + str(response.status_code))
