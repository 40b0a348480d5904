# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /transactions/recover; edit overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
"""POST /transactions/recover: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.recover_result import RecoverResult


def _get_kwargs(
    *,
    threshold: None | str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_threshold: None | str
    if threshold is None:
        json_threshold = None
    else:
        json_threshold = threshold

    params["threshold"] = json_threshold

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactions/recover",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> RecoverResult:
    if response.status_code == 200:
        response_200 = RecoverResult.from_dict(read_json(response))

        return response_200

    raise ValueError("POST /transactions/recover: unexpected success status " + str(response.status_code))
