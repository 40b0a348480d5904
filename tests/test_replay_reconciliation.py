"""Reconciliation against recorded traffic from a real Blnk server: matching rules, instant and
uploaded runs, the multipart upload and the errors (an empty upload whitelist on that server).
"""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest

from blnk_client import AuthenticationError, BadRequestError, Blnk, BlnkValidationError, NotFoundError
from blnk_client.models import MatchingRuleField, MatchingRuleOperator, ReconciliationStatus
from blnk_client.types import File
from tests.support.cassettes import Cassette

pytestmark = pytest.mark.cassette

MISSING = "00000000-0000-4000-8000-000000000000"


def _external(cassette: Cassette, amount: float) -> dict[str, Any]:
    reference = cassette.value(f"external_{amount}", "ext-")
    return {
        "id": reference,
        "amount": amount,
        "currency": "USD",
        "reference": reference,
        "description": "bank line",
        "date": "2026-01-15T10:00:00Z",
    }


@pytest.mark.cassette("test_admin_reconciliation_lifecycle")
def test_admin_reconciliation_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    rule = blnk.reconciliation.create_rule(
        name=cassette.value("rule", "amount-and-reference-"),
        criteria=[
            {"field": "amount", "operator": "equals", "allowable_drift": 0.01},
            {"field": "reference", "operator": "equals"},
        ],
    )
    assert rule.rule_id.startswith("rule_") and rule.description == ""
    assert [(c.field, c.operator) for c in rule.criteria] == [
        (MatchingRuleField.AMOUNT, MatchingRuleOperator.EQUALS),
        (MatchingRuleField.REFERENCE, MatchingRuleOperator.EQUALS),
    ]
    assert rule.criteria[1].allowable_drift == 0 and rule.criteria[1].value == ""

    updated = blnk.reconciliation.update_rule(
        rule.rule_id,
        name=rule.name,
        description="reference only",
        criteria=[{"field": "reference", "operator": "contains", "value": "ext-"}],
    )
    assert updated.rule_id == rule.rule_id and updated.description == "reference only"
    assert updated.criteria[0].operator is MatchingRuleOperator.CONTAINS
    # created_at is kept, as Postgres stored it: nanoseconds rounded to microseconds.
    assert abs(updated.created_at - rule.created_at) <= datetime.timedelta(microseconds=1)

    instant = blnk.reconciliation.start_instant(
        external_transactions=[_external(cassette, 12.5)],
        strategy="one_to_one",
        matching_rule_ids=[rule.rule_id],
        dry_run=True,
    )
    assert instant.reconciliation_id.startswith("recon_")
    run = blnk.reconciliation.get(instant.reconciliation_id)
    assert run.reconciliation_id == instant.reconciliation_id and run.upload_id.startswith("instant_")
    assert run.status in set(ReconciliationStatus) and run.is_dry_run is False  # not read back by the server

    # An instant reconciliation stores its transactions under instant_<uuid>, a valid upload_id.
    started = blnk.reconciliation.start(
        upload_id=run.upload_id, strategy="one_to_one", matching_rule_ids=[rule.rule_id], dry_run=True
    )
    assert started.reconciliation_id != instant.reconciliation_id
    later = blnk.reconciliation.get(started.reconciliation_id)
    assert later.upload_id == run.upload_id and later.status in set(ReconciliationStatus)

    assert blnk.reconciliation.delete_rule(rule.rule_id).message == "Matching rule deleted successfully"


@pytest.mark.cassette("test_admin_reconciliation_multipart_upload")
def test_admin_reconciliation_multipart_upload(blnk: Blnk, cassette: Cassette) -> None:
    line = _external(cassette, 40.0)
    csv = "id,amount,currency,reference,description,date\n" + ",".join(str(line[k]) for k in line) + "\n"
    uploaded = blnk.reconciliation.upload(
        file=File(payload=io.BytesIO(csv.encode()), file_name="bank.csv", mime_type="text/csv"), source="bank"
    )
    assert uploaded.upload_id.startswith("upload_") and uploaded.record_count == 1 and uploaded.source == "bank"


@pytest.mark.cassette("test_admin_reconciliation_errors")
def test_admin_reconciliation_errors(blnk: Blnk, keyless: Blnk, cassette: Cassette) -> None:
    with pytest.raises(NotFoundError) as missing:
        blnk.reconciliation.get(f"recon_{MISSING}")
    assert missing.value.code == "RECON_NOT_FOUND"

    criteria = [{"field": "amount", "operator": "equals", "allowable_drift": 2}]
    with pytest.raises(BadRequestError) as drift:
        blnk.reconciliation.create_rule(name="too much drift", criteria=criteria)
    assert drift.value.code == "RECON_RULE_INVALID" and "drift for amount" in drift.value.message

    ok = [{"field": "currency", "operator": "equals"}]
    with pytest.raises(NotFoundError) as update_missing:
        blnk.reconciliation.update_rule(f"rule_{MISSING}", name="x", criteria=ok)
    assert update_missing.value.code == "RECON_RULE_NOT_FOUND"

    with pytest.raises(NotFoundError) as delete_missing:
        blnk.reconciliation.delete_rule(f"rule_{MISSING}")
    assert delete_missing.value.code == "RECON_RULE_NOT_FOUND"

    with pytest.raises(BlnkValidationError):
        blnk.reconciliation.start(upload_id="upload_x", strategy="one_to_one", matching_rule_ids=[])
    with pytest.raises(BlnkValidationError):
        blnk.reconciliation.start_instant(external_transactions=[], strategy="one_to_one", matching_rule_ids=["r"])

    with pytest.raises(AuthenticationError):
        keyless.reconciliation.start(upload_id="upload_x", strategy="one_to_one", matching_rule_ids=["r"])
    with pytest.raises(AuthenticationError) as no_key:
        keyless.reconciliation.start_instant(
            external_transactions=[_external(cassette, 1.0)], strategy="many_to_one", matching_rule_ids=["r"]
        )
    assert no_key.value.code == "AUTH_MISSING_API_KEY"

    # The JSON variant of the upload: the server downloads the URL, if its host is whitelisted.
    with pytest.raises(BadRequestError) as not_allowed:
        blnk.reconciliation.upload_from_url(url="https://example.com/bank.csv")
    assert not_allowed.value.code == "RECON_UPLOAD_HOST_NOT_ALLOWED"
    with pytest.raises(BadRequestError) as not_http:
        blnk.reconciliation.upload_from_url(url="ftp://example.com/bank.csv")
    assert not_http.value.code == "RECON_UPLOAD_URL_INVALID"
    with pytest.raises(BadRequestError) as nothing:
        blnk.reconciliation.upload_from_url(url="", source="bank")
    assert nothing.value.code == "RECON_UPLOAD_FAILED"
