# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /search/reindex; edit overlays/documents/releases.yaml, overlays/documents/search.yaml or the template.
"""POST /search/reindex: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.reindex_request import ReindexRequest
from ...models.reindex_started import ReindexStarted


def _get_kwargs(
    *,
    body: ReindexRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search/reindex",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ReindexStarted:
    if response.status_code == 202:
        response_202 = ReindexStarted.from_dict(read_json(response))

        return response_202

    raise ValueError("POST /search/reindex: unexpected success status " + str(response.status_code))
