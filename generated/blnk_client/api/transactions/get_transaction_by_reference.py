# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /transactions/reference/{reference}; edit overlays/documents/transactions.yaml or the template.
"""GET /transactions/reference/{reference}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.transaction import Transaction


def _get_kwargs(
    reference: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions/reference/{reference}".format(
            reference=quote(str(reference), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Transaction:
    if response.status_code == 200:
        response_200 = Transaction.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /transactions/reference/{reference}: unexpected success status " + str(response.status_code))
