"""PUT /balance-monitors/{id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.update_balance_monitor_body import UpdateBalanceMonitorBody


def _get_kwargs(
    id: str,
    *,
    body: UpdateBalanceMonitorBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/balance-monitors/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 200:
        return None

    raise ValueError("PUT /balance-monitors/{id}: unexpected success status " + str(response.status_code))
