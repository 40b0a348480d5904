# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /accounts/filter; edit overlays/documents/accounts.yaml, overlays/documents/releases.yaml or the template.
"""POST /accounts/filter: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.account import Account
from ...models.account_page import AccountPage
from ...models.filter_request import FilterRequest


def _get_kwargs(
    *,
    body: FilterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AccountPage | list[Account]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AccountPage | list[Account]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _response_200_type_0 = data
                response_200_type_0 = list(map(Account.from_dict, _response_200_type_0)) if _response_200_type_0 else []

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = AccountPage.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(or_zero(read_json(response), []))

        return response_200

    raise ValueError("POST /accounts/filter: unexpected success status " + str(response.status_code))
