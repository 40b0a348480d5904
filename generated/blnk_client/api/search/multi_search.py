# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /multi-search; edit overlays/documents/search.yaml or the template.
"""POST /multi-search: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.multi_search_request import MultiSearchRequest
from ...models.multi_search_result import MultiSearchResult


def _get_kwargs(
    *,
    body: MultiSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/multi-search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MultiSearchResult:
    if response.status_code == 200:
        response_200 = MultiSearchResult.from_dict(read_json(response))

        return response_200

    raise ValueError("POST /multi-search: unexpected success status " + str(response.status_code))
