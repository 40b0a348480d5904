"""GET /balances/{balance_id}/at: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

import datetime
from typing import Any
from urllib.parse import quote

import httpx

from ..._validation import utc_text
from ...models.balance_at_time import BalanceAtTime
from ...types import UNSET, Unset


def _get_kwargs(
    balance_id: str,
    *,
    timestamp: datetime.datetime | Unset = UNSET,
    from_source: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_timestamp: str | Unset = UNSET
    if not isinstance(timestamp, Unset):
        json_timestamp = utc_text(timestamp, "timestamp")
    params["timestamp"] = json_timestamp

    params["from_source"] = from_source

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

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
        response_200 = BalanceAtTime.from_dict(response.json())

        return response_200

    raise ValueError("GET /balances/{balance_id}/at: unexpected success status " + str(response.status_code))
