# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /balances/indicator/{indicator}/currency/{currency}; edit overlays/documents/balances.yaml or the template.
"""GET /balances/indicator/{indicator}/currency/{currency}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.balance import Balance


def _get_kwargs(
    indicator: str,
    currency: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balances/indicator/{indicator}/currency/{currency}".format(
            indicator=quote(str(indicator), safe=""),
            currency=quote(str(currency), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Balance:
    if response.status_code == 200:
        response_200 = Balance.from_dict(read_json(response))

        return response_200

    raise ValueError(
        "GET /balances/indicator/{indicator}/currency/{currency}: unexpected success status "
        + str(response.status_code)
    )
