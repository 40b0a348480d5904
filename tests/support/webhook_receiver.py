"""A loopback receiver for the webhooks Blnk posts while the record session runs.

The server posts to its configured webhook URL (BLNK_WEBHOOK_URL on the server); the record
session listens on BLNK_WEBHOOK_RECEIVER (default 127.0.0.1:5099) and keeps, per event type, the
latest delivery exactly as received (raw body, signature and timestamp headers) under
tests/fixtures/webhooks/. The signing secret is the workers process's server.secret_key.
"""

from __future__ import annotations

import json
import threading
import time
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent.parent / "fixtures" / "webhooks"
KEPT_HEADERS = ("Content-Type", "X-Blnk-Signature", "X-Blnk-Timestamp")
LARGE_AMOUNT = "@large-amount"  # the file-name tag of a delivery whose precise_amount the server rounded


def _rounded_on_the_way(data: object) -> bool:
    """A transaction whose precise_amount disagrees with its exact amount_string (float64 on the way)."""
    if not isinstance(data, dict) or not isinstance(data.get("amount_string"), str):
        return False
    precision, sent = data.get("precision"), data.get("precise_amount")
    if not isinstance(precision, int | float) or not isinstance(sent, int):
        return False
    return Decimal(data["amount_string"]) * Decimal(repr(precision)) != sent


class Receiver:
    def __init__(self, address: str) -> None:
        host, _, port = address.rpartition(":")
        self.deliveries: list[dict[str, object]] = []
        self.last_delivery = time.monotonic()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.deliveries.append(
                    {"headers": {h: self.headers[h] for h in KEPT_HEADERS if h in self.headers}, "body": body.decode()}
                )
                receiver.last_delivery = time.monotonic()
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer((host or "127.0.0.1", int(port)), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def settle(self, quiet_seconds: float = 3.0, at_most: float = 30.0) -> None:
        """Wait until no delivery has arrived for `quiet_seconds` (the workers send asynchronously)."""
        deadline = time.monotonic() + at_most
        while time.monotonic() < deadline and time.monotonic() - self.last_delivery < quiet_seconds:
            time.sleep(0.2)

    def save(self) -> list[str]:
        latest: dict[str, dict[str, object]] = {}
        for delivery in self.deliveries:
            document = json.loads(str(delivery["body"]))
            event = document.get("event", "unknown")
            latest[event] = delivery
            if _rounded_on_the_way(document.get("data")):  # kept apart: the server rounded its amount
                latest[f"{event}{LARGE_AMOUNT}"] = delivery
        FIXTURES.mkdir(parents=True, exist_ok=True)
        for event, delivery in sorted(latest.items()):
            (FIXTURES / f"{event}.json").write_text(json.dumps(delivery, indent=1) + "\n")
        return sorted(latest)
