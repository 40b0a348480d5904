# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /identities/{identity_id}/tokenized-fields; edit overlays/documents/identities-admin.yaml or the template.
"""GET /identities/{identity_id}/tokenized-fields: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.identity_tokenized_fields import IdentityTokenizedFields


def _get_kwargs(
    identity_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/identities/{identity_id}/tokenized-fields".format(
            identity_id=quote(str(identity_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> IdentityTokenizedFields:
    if response.status_code == 200:
        response_200 = IdentityTokenizedFields.from_dict(read_json(response))

        return response_200

    raise ValueError(
        "GET /identities/{identity_id}/tokenized-fields: unexpected success status " + str(response.status_code)
    )
