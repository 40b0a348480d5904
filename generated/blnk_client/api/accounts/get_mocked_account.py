# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /mocked-account; edit overlays/documents/accounts.yaml or the template.
"""GET /mocked-account: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.mocked_account import MockedAccount


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/mocked-account",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> MockedAccount:
    if response.status_code == 200:
        response_200 = MockedAccount.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /mocked-account: unexpected success status " + str(response.status_code))
