# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /balances/{balance_id}; edit overlays/documents/balance-monitors.yaml, overlays/documents/balances.yaml, overlays/documents/releases.yaml or the template.
"""GET /balances/{balance_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.balance import Balance
from ...models.balance_include import BalanceInclude


def _get_kwargs(
    balance_id: str,
    *,
    include: list[BalanceInclude] | None,
    with_queued: bool | None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | None
    if include is None:
        json_include = None
    else:
        json_include = []
        for include_type_0_item_data in include:
            include_type_0_item = include_type_0_item_data.value
            json_include.append(include_type_0_item)

    params["include"] = json_include

    json_with_queued: bool | None
    if with_queued is None:
        json_with_queued = None
    else:
        json_with_queued = with_queued

    params["with_queued"] = json_with_queued

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balances/{balance_id}".format(
            balance_id=quote(str(balance_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Balance:
    if response.status_code == 200:
        response_200 = Balance.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /balances/{balance_id}: unexpected success status " + str(response.status_code))
