# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /ledgers/filter; edit overlays/documents/ledgers.yaml, overlays/documents/releases.yaml or the template.
"""POST /ledgers/filter: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.filter_request import FilterRequest
from ...models.ledger import Ledger
from ...models.ledger_page import LedgerPage


def _get_kwargs(
    *,
    body: FilterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/ledgers/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LedgerPage | list[Ledger]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> LedgerPage | list[Ledger]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _response_200_type_0 = data
                response_200_type_0 = list(map(Ledger.from_dict, _response_200_type_0)) if _response_200_type_0 else []

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = LedgerPage.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(or_zero(read_json(response), []))

        return response_200

    raise ValueError("POST /ledgers/filter: unexpected success status " + str(response.status_code))
