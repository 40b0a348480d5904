# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /reconciliation/{reconciliation_id}; edit overlays/documents/reconciliation.yaml or the template.
"""GET /reconciliation/{reconciliation_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.reconciliation_run import ReconciliationRun


def _get_kwargs(
    reconciliation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/reconciliation/{reconciliation_id}".format(
            reconciliation_id=quote(str(reconciliation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ReconciliationRun:
    if response.status_code == 200:
        response_200 = ReconciliationRun.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /reconciliation/{reconciliation_id}: unexpected success status " + str(response.status_code))
