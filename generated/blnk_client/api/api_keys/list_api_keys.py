"""GET /api-keys: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any, cast

import httpx

from ...models.api_key import APIKey
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    owner: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["owner"] = owner

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api-keys",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[APIKey] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[APIKey] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_0 = []
                _response_200_type_0 = data
                for response_200_type_0_item_data in _response_200_type_0:
                    response_200_type_0_item = APIKey.from_dict(response_200_type_0_item_data)

                    response_200_type_0.append(response_200_type_0_item)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[APIKey] | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    raise ValueError("GET /api-keys: unexpected success status " + str(response.status_code))
