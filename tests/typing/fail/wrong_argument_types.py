from blnk_client import Blnk
from blnk_client.models import Ledger


def calls(client: Blnk) -> None:
    client.ledgers.create(name=42)  # expect-error: arg-type, pyright: reportArgumentType
    client.ledgers.list(limit="10")  # expect-error: arg-type, pyright: reportArgumentType
    ledger: Ledger = client.balances.get("bln_1")  # expect-error: assignment, pyright: reportAssignmentType
    client.balances.filter(filters=[{"field": "currency", "operator": "equals"}])  # expect-error: list-item, pyright: reportArgumentType
    client.transactions.filter(include_count=True)[0]  # expect-error: index, pyright: reportArgumentType
    print(ledger)
