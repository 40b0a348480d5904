"""A threaded HTTP/1.1 server on 127.0.0.1 answering with JSON: the base of the faults proxy and
of the stand-in server; and an asyncio one answering one canned body, for the bench."""

from __future__ import annotations

import asyncio
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class JSONHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in two writes: no delayed-ACK stall

    def do_GET(self) -> None:
        self.answer()

    def do_POST(self) -> None:
        self.answer()

    def answer(self) -> None:
        raise NotImplementedError

    def read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length", 0))
        return self.rfile.read(length) if length else b""

    def send_json(self, status: int, content: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(content)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    request_queue_size = 256  # a gather of 100 connects at once overflows the default backlog of 5


class LoopbackServer:
    """Serves `handler` on a free loopback port, in a daemon thread, from `start()` to `stop()`."""

    def __init__(self, handler: type[JSONHandler]) -> None:
        self.server = _Server(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


async def canned_server(path: str, body: bytes) -> tuple[asyncio.Server, str]:
    """A server in the running event loop answering `GET path` with the JSON `body` (anything else
    404) on kept-alive connections, and its URL. No threads: the loop's thread does all the work of
    both ends, so its CPU time counts the client and this server and nothing else."""
    found = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    missing = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
    request_line = b"GET " + path.encode() + b" "

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")  # GETs only: no body follows
                writer.write(found if head.startswith(request_line) else missing)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass  # the client closed the connection, or the loop is shutting down (asyncio.run's end)
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, backlog=256)  # a gather of 100 connects at once
    return server, f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
