# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /reconciliation/matching-rules; edit overlays/documents/reconciliation.yaml, overlays/documents/releases.yaml or the template.
"""POST /reconciliation/matching-rules: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.matching_rule import MatchingRule
from ...models.matching_rule_request import MatchingRuleRequest


def _get_kwargs(
    *,
    body: MatchingRuleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reconciliation/matching-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MatchingRule:
    if response.status_code == 201:
        response_201 = MatchingRule.from_dict(read_json(response))

        return response_201

    raise ValueError("POST /reconciliation/matching-rules: unexpected success status " + str(response.status_code))
