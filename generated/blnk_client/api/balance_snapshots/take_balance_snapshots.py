# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /balances-snapshots; edit overlays/documents/balance-monitors.yaml or the template.
"""POST /balances-snapshots: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.message import Message


def _get_kwargs(
    *,
    batch_size: int | None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_batch_size: int | None
    if batch_size is None:
        json_batch_size = None
    else:
        json_batch_size = batch_size

    params["batch_size"] = json_batch_size

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/balances-snapshots",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(read_json(response))

        return response_200

    raise ValueError("POST /balances-snapshots: unexpected success status " + str(response.status_code))
