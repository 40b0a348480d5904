# Generated: rendered by overlays/templates/endpoint_module.py.jinja for PUT /reconciliation/matching-rules/{rule_id}; edit overlays/documents/reconciliation.yaml, overlays/documents/releases.yaml or the template.
"""PUT /reconciliation/matching-rules/{rule_id}: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any
from urllib.parse import quote

import httpx

from ..._parsing import read_json
from ...models.matching_rule import MatchingRule
from ...models.matching_rule_request import MatchingRuleRequest


def _get_kwargs(
    rule_id: str,
    *,
    body: MatchingRuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/reconciliation/matching-rules/{rule_id}".format(
            rule_id=quote(str(rule_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MatchingRule:
    if response.status_code == 200:
        response_200 = MatchingRule.from_dict(read_json(response))

        return response_200

    raise ValueError(
        "PUT /reconciliation/matching-rules/{rule_id}: unexpected success status " + str(response.status_code)
    )
