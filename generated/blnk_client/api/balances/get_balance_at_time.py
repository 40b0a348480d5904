# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /balances/{balance_id}/at; edit overlays/documents/balance-monitors.yaml, overlays/documents/balances.yaml or the template.
"""GET /balances/{balance_id}/at: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ..._validation import utc_text
from ...models.balance_at_time import BalanceAtTime


def _get_kwargs(
    balance_id: str,
    *,
    timestamp: datetime.datetime | None,
    from_source: bool | None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_timestamp: None | str
    if timestamp is None:
        json_timestamp = None
    else:
        json_timestamp = utc_text(timestamp, "timestamp")

    params["timestamp"] = json_timestamp

    json_from_source: bool | None
    if from_source is None:
        json_from_source = None
    else:
        json_from_source = from_source

    params["from_source"] = json_from_source

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balances/{balance_id}/at".format(
            balance_id=quote(str(balance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BalanceAtTime:
    if response.status_code == 200:
        response_200 = BalanceAtTime.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /balances/{balance_id}/at: unexpected success status " + str(response.status_code))
