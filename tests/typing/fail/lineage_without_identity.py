from blnk_client import Blnk


def create(client: Blnk) -> None:
    client.balances.create(ledger_id="ldg_1", currency="USD", track_fund_lineage=True)  # expect-error: call-overload, pyright: reportArgumentType


def create_from_flag(client: Blnk, flag: bool) -> None:
    client.balances.create(ledger_id="ldg_1", currency="USD", track_fund_lineage=flag)  # expect-error: call-overload, pyright: reportArgumentType


def create_raw(client: Blnk) -> None:
    client.balances.with_raw_response.create(ledger_id="ldg_1", currency="USD", track_fund_lineage=True)  # expect-error: call-overload, pyright: reportArgumentType
