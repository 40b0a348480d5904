from decimal import Decimal

from blnk_client import Blnk
from blnk_client.models import InflightAction


def amounts(client: Blnk) -> None:
    client.transactions.create(reference="r", currency="USD", description="d", precise_amount=Decimal("1005"), source="@World", destination="bln_1")  # expect-error: call-overload, pyright: reportArgumentType
    client.transactions.update_inflight("txn_1", status=InflightAction.COMMIT, amount=Decimal("1.50"))  # expect-error: call-overload, pyright: reportArgumentType
    client.transactions.bulk_commit(transactions=[{"transaction_id": "txn_1", "amount": Decimal("1.50")}])  # expect-error: list-item, pyright: reportArgumentType
