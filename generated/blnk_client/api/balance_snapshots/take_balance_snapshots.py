"""POST /balances-snapshots: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ...models.message import Message
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    batch_size: int | Unset = 1000,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["batch_size"] = batch_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/balances-snapshots",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(response.json())

        return response_200

    raise ValueError("POST /balances-snapshots: unexpected success status " + str(response.status_code))
