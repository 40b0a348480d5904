# Generated: rendered by overlays/templates/endpoint_module.py.jinja for DELETE /reconciliation/matching-rules/{rule_id}; edit overlays/documents/reconciliation.yaml, overlays/documents/releases.yaml or the template.
"""DELETE /reconciliation/matching-rules/{rule_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.message import Message


def _get_kwargs(
    rule_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/reconciliation/matching-rules/{rule_id}".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(read_json(response))

        return response_200

    raise ValueError(
        "DELETE /reconciliation/matching-rules/{rule_id}: unexpected success status " + str(response.status_code)
    )
