# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /ledgers/{ledger_id}; edit overlays/documents/ledgers.yaml or the template.
"""GET /ledgers/{ledger_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.ledger import Ledger


def _get_kwargs(
    ledger_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ledgers/{ledger_id}".format(
            ledger_id=quote(str(ledger_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Ledger:
    if response.status_code == 200:
        response_200 = Ledger.from_dict(read_json(response))

        return response_200

    raise ValueError("GET /ledgers/{ledger_id}: unexpected success status " + str(response.status_code))
