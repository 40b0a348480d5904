"""A transport that records what the client tried to send and never reaches a server."""

from __future__ import annotations

from collections.abc import Callable

import httpx


def never_answers(request: httpx.Request) -> httpx.Response:
    return httpx.Response(599, json={"error": "the spy transport never answers for real"})


class SpyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Records every request it is asked to send; a test that expects none asserts it stayed empty.

    `answer` scripts the reply (or raises a transport error); by default nothing answers for real.
    """

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] = never_answers) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []
        self.keys_sent: list[str | None] = []  # as sent: the client redacts the key once the call is over

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.keys_sent.append(request.headers.get("x-blnk-key"))
        return self.answer(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)
