"""GET /identities/{id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.get_identity_response_200 import GetIdentityResponse200


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/identities/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetIdentityResponse200:
    if response.status_code == 200:
        response_200 = GetIdentityResponse200.from_dict(response.json())

        return response_200

    raise ValueError("GET /identities/{id}: unexpected success status " + str(response.status_code))
