# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /search/{collection}; edit overlays/documents/search.yaml or the template.
"""POST /search/{collection}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.search_collection import SearchCollection
from ...models.search_request import SearchRequest
from ...models.search_result import SearchResult


def _get_kwargs(
    collection: SearchCollection,
    *,
    body: SearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search/{collection}".format(
            collection=quote(str(collection), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SearchResult:
    if response.status_code == 201:
        response_201 = SearchResult.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /search/{collection}: unexpected success status " + str(response.status_code))
