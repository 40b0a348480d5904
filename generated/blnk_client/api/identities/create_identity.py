# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /identities; edit overlays/documents/identities-admin.yaml, overlays/documents/identities.yaml, overlays/documents/releases.yaml or the template.
"""POST /identities: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.create_identity_request import CreateIdentityRequest
from ...models.identity import Identity


def _get_kwargs(
    *,
    body: CreateIdentityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/identities",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Identity:
    if response.status_code == 201:
        response_201 = Identity.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /identities: unexpected success status " + str(response.status_code))
