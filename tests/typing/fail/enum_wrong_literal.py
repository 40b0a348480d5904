from blnk_client import Blnk


def strings(client: Blnk) -> None:
    client.balances.create(ledger_id="ldg_1", currency="USD", allocation_strategy="fifo")  # expect-error: call-overload, pyright: reportArgumentType
    client.transactions.update_inflight("txn_1", status="Void")  # expect-error: call-overload, pyright: reportArgumentType
    client.identities.tokenize("idt_1", fields=["first_name"])  # expect-error: list-item, pyright: reportArgumentType
    client.identities.tokenize_field("idt_1", "FirstName")  # expect-error: arg-type, pyright: reportArgumentType
    client.hooks.create(url="https://hooks.example.com", type_="PRE")  # expect-error: arg-type, pyright: reportArgumentType
    client.balance_monitors.create(balance_id="bln_1", condition={"field": "balance", "operator": "==", "value": 1, "precision": 100})  # expect-error: arg-type, pyright: reportArgumentType


def owners(client: Blnk) -> None:
    client.api_keys.list()  # expect-error: call-arg, pyright: reportCallIssue
