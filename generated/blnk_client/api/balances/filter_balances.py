# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /balances/filter; edit overlays/documents/balances.yaml, overlays/documents/releases.yaml or the template.
"""POST /balances/filter: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.balance import Balance
from ...models.balance_page import BalancePage
from ...models.filter_request import FilterRequest


def _get_kwargs(
    *,
    body: FilterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/balances/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BalancePage | list[Balance]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BalancePage | list[Balance]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _response_200_type_0 = data
                response_200_type_0 = list(map(Balance.from_dict, _response_200_type_0)) if _response_200_type_0 else []

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = BalancePage.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(or_zero(read_json(response), []))

        return response_200

    raise ValueError("POST /balances/filter: unexpected success status " + str(response.status_code))
