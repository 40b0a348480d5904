# Generated: rendered by overlays/templates/endpoint_module.py.jinja for PUT /balances/{balance_id}/identity; edit overlays/documents/balances.yaml or the template.
"""PUT /balances/{balance_id}/identity: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.message import Message
from ...models.update_balance_identity_request import UpdateBalanceIdentityRequest


def _get_kwargs(
    balance_id: str,
    *,
    body: UpdateBalanceIdentityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/balances/{balance_id}/identity".format(
            balance_id=quote(str(balance_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(read_json(response))

        return response_200

    raise ValueError("PUT /balances/{balance_id}/identity: unexpected success status " + str(response.status_code))
