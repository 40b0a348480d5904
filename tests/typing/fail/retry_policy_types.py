import httpx

from blnk_client import Blnk, RetryPolicy


def configure() -> None:
    RetryPolicy(max_retries="3")  # expect-error: arg-type, pyright: reportArgumentType
    RetryPolicy(initial_delay=None)  # expect-error: arg-type, pyright: reportArgumentType
    RetryPolicy(retry_statuses=[429])  # expect-error: arg-type, pyright: reportArgumentType
    RetryPolicy(retry_errors=(ValueError,))  # expect-error: arg-type, pyright: reportArgumentType
    RetryPolicy(backoff=2.0)  # expect-error: call-arg, pyright: reportCallIssue
    Blnk(retry_policy={"max_retries": 1})  # expect-error: arg-type, pyright: reportArgumentType
    Blnk(max_retries=None)  # expect-error: arg-type, pyright: reportArgumentType


def mutate(policy: RetryPolicy) -> None:
    policy.max_retries = 0  # expect-error: misc, pyright: reportAttributeAccessIssue
    print(httpx.ConnectError)
