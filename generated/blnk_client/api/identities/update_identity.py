# Generated: rendered by overlays/templates/endpoint_module.py.jinja for PUT /identities/{identity_id}; edit overlays/documents/identities-admin.yaml, overlays/documents/identities.yaml, overlays/documents/releases.yaml or the template.
"""PUT /identities/{identity_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.message import Message
from ...models.update_identity_request import UpdateIdentityRequest


def _get_kwargs(
    identity_id: str,
    *,
    body: UpdateIdentityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/identities/{identity_id}".format(
            identity_id=quote(str(identity_id), safe=""),
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

    raise ValueError("PUT /identities/{identity_id}: unexpected success status " + str(response.status_code))
