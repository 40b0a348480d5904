# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /balances/{balance_id}/lineage; edit overlays/documents/balances.yaml, overlays/documents/releases.yaml or the template.
"""GET /balances/{balance_id}/lineage: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.balance_lineage import BalanceLineage


def _get_kwargs(
    balance_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balances/{balance_id}/lineage".format(
            balance_id=quote(str(balance_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BalanceLineage:
    if response.status_code == 200:
        response_200 = BalanceLineage.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /balances/{balance_id}/lineage: unexpected success status " + str(response.status_code))
