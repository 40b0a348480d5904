# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /reconciliation/start-instant; edit overlays/documents/reconciliation.yaml or the template.
"""POST /reconciliation/start-instant: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.instant_reconciliation_request import InstantReconciliationRequest
from ...models.reconciliation_started import ReconciliationStarted


def _get_kwargs(
    *,
    body: InstantReconciliationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reconciliation/start-instant",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ReconciliationStarted:
    if response.status_code == 200:
        response_200 = ReconciliationStarted.from_dict(read_json(response))

        return response_200

    raise ValueError("POST /reconciliation/start-instant: unexpected success status " + str(response.status_code))
