# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /search/reindex; edit overlays/documents/releases.yaml, overlays/documents/search.yaml or the template.
"""GET /search/reindex: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.reindex_progress import ReindexProgress


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/reindex",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ReindexProgress:
    if response.status_code == 200:
        response_200 = ReindexProgress.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /search/reindex: unexpected success status " + str(response.status_code))
