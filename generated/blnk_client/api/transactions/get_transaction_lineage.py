# Generated: rendered by overlays/templates/endpoint_module.py.jinja for GET /transactions/{transaction_id}/lineage; edit overlays/documents/releases.yaml, overlays/documents/transactions.yaml or the template.
"""GET /transactions/{transaction_id}/lineage: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.transaction_lineage import TransactionLineage


def _get_kwargs(
    transaction_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactions/{transaction_id}/lineage".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TransactionLineage:
    if response.status_code == 200:
        response_200 = TransactionLineage.from_dict(read_json(response))

        return response_200

    raise ValueError(
        "GET /transactions/{transaction_id}/lineage: unexpected success status " + str(response.status_code)
    )
