# Generated: rendered by overlays/templates/endpoint_module.py.jinja for DELETE /balance-monitors/{monitor_id}; edit overlays/documents/balance-monitors.yaml, overlays/documents/releases.yaml or the template.
"""DELETE /balance-monitors/{monitor_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.message import Message


def _get_kwargs(
    monitor_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/balance-monitors/{monitor_id}".format(
            monitor_id=quote(str(monitor_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Message:
    if response.status_code == 200:
        response_200 = Message.from_dict(read_json(response))

        return response_200

    raise ValueError("DELETE /balance-monitors/{monitor_id}: unexpected success status " + str(response.status_code))
