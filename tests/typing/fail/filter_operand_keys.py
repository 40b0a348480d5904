from blnk_client import Blnk
from blnk_client.params import FilterConditionParams


def in_with_value(client: Blnk) -> None:
    client.ledgers.filter(filters=[{"field": "status", "operator": "in", "value": ["a", "b"]}])  # expect-error: list-item, pyright: reportArgumentType


def in_with_value_in_a_variable(client: Blnk) -> None:
    condition: FilterConditionParams = {"field": "status", "operator": "in", "value": "a"}  # expect-error: typeddict-item, pyright: reportAssignmentType
    client.transactions.filter(filters=[condition])


def eq_with_values(client: Blnk) -> None:
    client.balances.filter_all(filters=[{"field": "currency", "operator": "eq", "values": ["USD"]}])  # expect-error: list-item, pyright: reportArgumentType


def isnull_with_value(client: Blnk) -> None:
    client.accounts.filter(filters=[{"field": "name", "operator": "isnull", "value": "x"}])  # expect-error: list-item, pyright: reportArgumentType


def no_nin_operator(client: Blnk) -> None:
    client.identities.filter(filters=[{"field": "name", "operator": "nin", "values": ["x"]}])  # expect-error: list-item, pyright: reportArgumentType
