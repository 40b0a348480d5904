"""PUT /identities/{id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.update_identity_body import UpdateIdentityBody
from ...models.update_identity_response_200 import UpdateIdentityResponse200


def _get_kwargs(
    id: str,
    *,
    body: UpdateIdentityBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/identities/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UpdateIdentityResponse200:
    if response.status_code == 200:
        response_200 = UpdateIdentityResponse200.from_dict(response.json())

        return response_200

    raise ValueError("PUT /identities/{id}: unexpected success status " + str(response.status_code))
