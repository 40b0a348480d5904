# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /identities/filter; edit overlays/documents/identities-admin.yaml, overlays/documents/releases.yaml or the template.
"""POST /identities/filter: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import or_zero, read_json
from ...models.filter_request import FilterRequest
from ...models.identity import Identity
from ...models.identity_page import IdentityPage


def _get_kwargs(
    *,
    body: FilterRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/identities/filter",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> IdentityPage | list[Identity]:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> IdentityPage | list[Identity]:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                _response_200_type_0 = data
                response_200_type_0 = (
                    list(map(Identity.from_dict, _response_200_type_0)) if _response_200_type_0 else []
                )

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = IdentityPage.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(or_zero(read_json(response), []))

        return response_200

    raise ValueError("POST /identities/filter: unexpected success status " + str(response.status_code))
