# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /identities/{identity_id}/detokenize/{field}; edit overlays/documents/identities-admin.yaml or the template.
"""GET /identities/{identity_id}/detokenize/{field}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.detokenized_field import DetokenizedField
from ...models.tokenizable_field import TokenizableField


def _get_kwargs(
    identity_id: str,
    field: TokenizableField,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/identities/{identity_id}/detokenize/{field}".format(
            identity_id=quote(str(identity_id), safe=""),
            field=quote(str(field), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DetokenizedField:
    if response.status_code == 200:
        response_200 = DetokenizedField.from_dict(read_json(response))

        return response_200

    raise ValueError(
        "GET /identities/{identity_id}/detokenize/{field}: unexpected success status " + str(response.status_code)
    )
