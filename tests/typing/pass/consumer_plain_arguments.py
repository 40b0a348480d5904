"""Arguments as plain values: enum strings, dicts for models, batch answers by flag, every page of people.

# typing: no-any
"""

from __future__ import annotations

from typing import assert_type

from blnk_client import Blnk
from blnk_client.models import (
    Account,
    BulkTransactionAccepted,
    BulkTransactionPreview,
    BulkTransactionResult,
    HookType,
    Identity,
    TokenizableField,
)
from blnk_client.params import CreateTransactionRequestParams


def strings(client: Blnk, txn: str, idt: str, bln: str) -> None:
    client.transactions.update_inflight(txn, status="void")
    client.transactions.update_inflight(txn, status="commit", precise_amount=5)
    client.identities.tokenize(idt, fields=["firstName", TokenizableField.LASTNAME])
    client.identities.tokenize_field(idt, "postCode")
    client.identities.detokenize_field(idt, TokenizableField.POSTCODE)
    client.hooks.create(url="https://hooks.example.com", type_="PRE_TRANSACTION")
    client.hooks.list(type_=HookType.POST_TRANSACTION)
    client.balances.create(ledger_id="ldg_1", currency="USD", allocation_strategy="LIFO")
    client.balances.get(bln, include=["identity", "ledger"])
    client.ledgers.filter(filters=[{"field": "name", "operator": "eq", "value": "x"}], sort_order="asc")
    client.search.query("transactions", q="*")
    client.reconciliation.start(upload_id="u", strategy="one_to_many", matching_rule_ids=["r"])


def dicts(client: Blnk, bln: str) -> None:
    client.balance_monitors.create(
        balance_id=bln, condition={"field": "balance", "operator": ">", "value": 100, "precision": 100}
    )
    client.balance_monitors.update(
        "mon_1", balance_id=bln, condition={"field": "balance", "operator": "<=", "value": 1}
    )
    client.reconciliation.create_rule(name="n", criteria=[{"field": "amount", "operator": "equals"}])


def batches(client: Blnk, legs: list[CreateTransactionRequestParams], flag: bool) -> str:
    result = client.transactions.create_bulk(transactions=legs)
    assert_type(result, BulkTransactionResult)
    assert_type(client.transactions.create_bulk(transactions=legs, skip_queue=True, atomic=True), BulkTransactionResult)
    assert_type(client.transactions.create_bulk(transactions=legs, run_async=True), BulkTransactionAccepted)
    assert_type(client.transactions.create_bulk(transactions=legs, dry_run=True), BulkTransactionPreview)
    assert_type(
        client.transactions.create_bulk(transactions=legs, dry_run=True, run_async=True), BulkTransactionPreview
    )
    assert_type(
        client.transactions.create_bulk(transactions=legs, run_async=flag),
        BulkTransactionAccepted | BulkTransactionPreview | BulkTransactionResult,
    )
    raw = client.transactions.with_raw_response.create_bulk(transactions=legs, run_async=True)
    assert_type(raw.parse(), BulkTransactionAccepted)
    return result.batch_id + client.transactions.create_bulk(transactions=legs, run_async=True).batch_id


def pages(client: Blnk) -> list[str]:
    people: list[Identity] = list(client.identities.list_all(limit=50, filters={"city_eq": "Lagos"}))
    people += client.identities.filter_all(filters=[{"field": "city", "operator": "eq", "value": "Lagos"}])
    accounts: list[Account] = list(client.accounts.list_all(filters={"bank_name_eq": "Blnk Bank"}))
    accounts += client.accounts.filter_all(filters=[{"field": "currency", "operator": "eq", "value": "USD"}], limit=20)
    return [p.identity_id for p in people] + [a.account_id for a in accounts]


def owners(client: Blnk, owner: str) -> None:
    client.api_keys.list(owner=owner)
    client.api_keys.revoke("api_key_1", owner=owner)
