"""Arguments as plain values: enum strings and dicts for models.

# typing: no-any
"""

from __future__ import annotations

from blnk_client import Blnk
from blnk_client.models import HookType, TokenizableField


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
