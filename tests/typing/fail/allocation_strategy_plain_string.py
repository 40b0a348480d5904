from blnk_client import Blnk


def create(client: Blnk) -> None:
    client.balances.create(ledger_id="ldg_1", currency="USD", allocation_strategy="FIFO")  # expect-error: call-overload, pyright: reportArgumentType
