# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /{entity_id}/metadata; edit overlays/documents/metadata.yaml or the template.
"""POST /{entity_id}/metadata: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.metadata_response import MetadataResponse
from ...models.update_metadata_request import UpdateMetadataRequest


def _get_kwargs(
    entity_id: str,
    *,
    body: UpdateMetadataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{entity_id}/metadata".format(
            entity_id=quote(str(entity_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MetadataResponse:
    if response.status_code == 200:
        response_200 = MetadataResponse.from_dict(read_json(response))

        return response_200

    raise ValueError("POST /{entity_id}/metadata: unexpected success status " + str(response.status_code))
