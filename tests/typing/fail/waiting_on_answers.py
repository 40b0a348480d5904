from blnk_client import Blnk
from blnk_client.models import InflightAction, Transaction
from blnk_client.waiting import wait_for_transaction


def waits(client: Blnk, wallet: str) -> None:
    preview = client.transactions.update_inflight("txn_1", status=InflightAction.COMMIT, dry_run=True)
    wait_for_transaction(client, preview)  # expect-error: call-overload, pyright: reportCallIssue + reportArgumentType
    batch = client.transactions.create_bulk(transactions=[], run_async=True)
    wait_for_transaction(client, batch)  # expect-error: call-overload, pyright: reportCallIssue + reportArgumentType
    child: Transaction = wait_for_transaction(client, client.transactions.bulk_void(transaction_ids=["t"]))  # expect-error: assignment, pyright: reportAssignmentType
    print(child)
