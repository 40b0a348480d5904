"""POST /backup: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ...models.back_db_response_201 import BackDbResponse201


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/backup",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BackDbResponse201:
    if response.status_code == 201:
        response_201 = BackDbResponse201.from_dict(response.json())

        return response_201

    raise ValueError("POST /backup: unexpected success status " + str(response.status_code))
