"""A loopback stand-in for the few Blnk routes the faults suite uses, so that CI (which has no
server) can run it. The figures that count come from the real server (`nox -s faults`).

It answers as the recordings show Blnk v0.15.2 answering, and tests/test_standin_conformance.py
runs the recorded duplicate-reference scenarios against it to keep it so:
- a reference already used: with `skip_queue`, 409 TXN_DUPLICATE_REFERENCE; on the queue, 201
  QUEUED with a fresh id that is never stored (the workers drop that copy);
- a queued create is stored QUEUED at once; a worker later stores its copy `<reference>_q`
  APPLIED (its `parent_transaction` the queued id) and only then moves the balances;
- reads by id and by reference, filter by reference, ledgers and balances (also by indicator);
  X-Blnk-Key required.
Anything else is refused with 501 rather than answered with a guess.
"""

from __future__ import annotations

import hashlib
import json
import queue
import re
import secrets
import threading
import time
import uuid
from datetime import UTC, datetime
from types import TracebackType
from typing import Any
from urllib.parse import unquote

from tests.support.loopback import JSONHandler, LoopbackServer

GO_ZERO_TIME = "0001-01-01T00:00:00Z"
WORKER_DELAY = 0.05  # seconds between a queued create and its applied copy


class Refusal(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4()}"


class Ledger:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.ledgers: dict[str, dict[str, Any]] = {}
        self.balances: dict[str, dict[str, Any]] = {}
        self.indicators: dict[tuple[str, str], str] = {}
        self.transactions: dict[str, dict[str, Any]] = {}
        self.by_reference: dict[str, str] = {}
        self.queue: queue.Queue[str | None] = queue.Queue()

    # -- ledgers and balances ------------------------------------------------------------------
    def create_ledger(self, body: dict[str, Any]) -> dict[str, Any]:
        ledger = {"ledger_id": _id("ldg"), "name": body.get("name", ""), "created_at": _now(), "meta_data": None}
        self.ledgers[ledger["ledger_id"]] = ledger
        return ledger

    def create_balance(self, body: dict[str, Any], indicator: str = "") -> dict[str, Any]:
        if body.get("ledger_id") not in self.ledgers and body.get("ledger_id") != "general_ledger_id":
            raise Refusal(400, "GEN_BAD_REQUEST", "Invalid ledger ID")
        balance = {
            "balance": 0,
            "version": 0,
            "inflight_balance": 0,
            "credit_balance": 0,
            "inflight_credit_balance": 0,
            "debit_balance": 0,
            "inflight_debit_balance": 0,
            "ledger_id": body["ledger_id"],
            "identity_id": "",
            "balance_id": _id("bln"),
            "currency": body["currency"],
            "created_at": _now(),
            "inflight_expires_at": GO_ZERO_TIME,
            "meta_data": None,
            "track_fund_lineage": False,
            "allocation_strategy": "FIFO",
        }
        if indicator:
            balance["indicator"] = indicator
        self.balances[balance["balance_id"]] = balance
        return balance

    def balance(self, balance_id: str) -> dict[str, Any]:
        if balance_id not in self.balances:
            raise Refusal(404, "BAL_NOT_FOUND", f"Balance with ID '{balance_id}' not found")
        return self.balances[balance_id]

    def balance_by_indicator(self, indicator: str, currency: str) -> dict[str, Any]:
        if (indicator, currency) not in self.indicators:
            raise Refusal(404, "BAL_NOT_FOUND", f"balance with indicator '{indicator}' not found")
        return {**self.balances[self.indicators[(indicator, currency)]], "meta_data": None}

    def _resolve(self, name: str, currency: str) -> str:
        """A balance id for a posting's source or destination (`@Indicator` balances made on use)."""
        if name.startswith("@"):
            if (name, currency) not in self.indicators:
                made = self.create_balance({"ledger_id": "general_ledger_id", "currency": currency}, name)
                self.indicators[(name, currency)] = made["balance_id"]
            return self.indicators[(name, currency)]
        if name not in self.balances:
            raise Refusal(404, "TXN_NOT_FOUND", f"Balance with ID '{name}' not found")
        return name

    # -- transactions --------------------------------------------------------------------------
    def create_transaction(self, body: dict[str, Any]) -> dict[str, Any]:
        for field in ("reference", "currency", "source", "destination"):
            if not isinstance(body.get(field), str) or not body[field]:
                raise Refusal(400, "TXN_VALIDATION_ERROR", f"{field}: cannot be blank.")
        if not body.get("allow_overdraft") and not body["source"].startswith("@"):
            raise Refusal(501, "STANDIN_UNSUPPORTED", "the stand-in does not check funds; send allow_overdraft")
        precision = body.get("precision") or 1
        if "precise_amount" in body:
            precise = int(body["precise_amount"])
        else:
            precise = round(float(body.get("amount", 0)) * precision)
        source = self._resolve(body["source"], body["currency"])
        destination = self._resolve(body["destination"], body["currency"])
        queued = not body.get("skip_queue", False)
        transaction_id = _id("txn")
        answer = {
            "precise_amount": precise,
            "amount": precise / precision if precise % precision else precise // precision,
            "amount_string": str(precise),
            "precision": precision,
            "overdraft_limit": 0,
            "transaction_id": transaction_id,
            "parent_transaction": "",
            "source": body["source"] if queued else source,
            "destination": body["destination"] if queued else destination,
            "reference": body["reference"],
            "currency": body["currency"],
            "description": body.get("description", ""),
            "status": "QUEUED" if queued else "APPLIED",
            "hash": hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest(),
            "allow_overdraft": bool(body.get("allow_overdraft")),
            "inflight": False,
            "skip_queue": not queued,
            "atomic": False,
            "created_at": _now(),
            "effective_date": _now(),
            "scheduled_for": GO_ZERO_TIME,
            "inflight_expiry_date": GO_ZERO_TIME,
            "inflight_commit_date": GO_ZERO_TIME,
            "meta_data": {"allow_overdraft": bool(body.get("allow_overdraft"))},
        }
        if queued:
            answer["meta_data"]["QUEUED_PARENT_TRANSACTION"] = transaction_id
        if body["reference"] in self.by_reference:
            if not queued:
                message = f"transaction validation failed: reference {body['reference']} has already been used"
                raise Refusal(409, "TXN_DUPLICATE_REFERENCE", message)
            return answer  # a phantom: answered QUEUED, never stored, dropped by the workers
        stored = {**answer, "source": source, "destination": destination}
        stored.pop("amount_string")
        self.transactions[transaction_id] = stored
        self.by_reference[body["reference"]] = transaction_id
        if queued:
            stored["meta_data"] = {**answer["meta_data"], "queue_lane": "normal"}
            self.queue.put(transaction_id)
        else:
            self._move(stored)
        return answer

    def _move(self, transaction: dict[str, Any]) -> None:
        amount = transaction["precise_amount"]
        for balance_id, side in (
            (transaction["source"], "debit_balance"),
            (transaction["destination"], "credit_balance"),
        ):
            balance = self.balances[balance_id]
            balance[side] += amount
            balance["balance"] = balance["credit_balance"] - balance["debit_balance"]
            balance["version"] += 1

    def apply_queued(self, transaction_id: str) -> None:
        queued = self.transactions[transaction_id]
        copy = {
            **queued,
            "transaction_id": _id("txn"),
            "parent_transaction": transaction_id,
            "reference": f"{queued['reference']}_q",
            "status": "APPLIED",
            "created_at": _now(),
        }
        self.transactions[copy["transaction_id"]] = copy
        self.by_reference[copy["reference"]] = copy["transaction_id"]
        self._move(copy)

    def transaction(self, transaction_id: str) -> dict[str, Any]:
        if transaction_id not in self.transactions:
            raise Refusal(404, "TXN_NOT_FOUND", f"Transaction with ID '{transaction_id}' not found")
        return self._as_read(self.transactions[transaction_id])

    def transaction_by_reference(self, reference: str) -> dict[str, Any]:
        if reference not in self.by_reference:
            raise Refusal(404, "TXN_NOT_FOUND", f"Transaction with reference '{reference}' not found")
        return self._as_read(self.transactions[self.by_reference[reference]])

    def filter_transactions(self, body: dict[str, Any]) -> list[dict[str, Any]]:
        filters = body.get("filters", [])
        if [(f.get("field"), f.get("operator")) for f in filters] != [("reference", "eq")]:
            raise Refusal(501, "STANDIN_UNSUPPORTED", "the stand-in filters by reference (eq) only")
        found = self.by_reference.get(filters[0]["value"])
        return [self._as_read(self.transactions[found])] if found else []

    @staticmethod
    def _as_read(transaction: dict[str, Any]) -> dict[str, Any]:
        # Reads leave out effective_date and report allow_overdraft false (it lives in meta_data).
        read = {key: value for key, value in transaction.items() if key != "effective_date"}
        read["allow_overdraft"] = False
        return read


ROUTES: list[tuple[str, re.Pattern[str], str]] = [
    ("POST", re.compile(r"^/ledgers$"), "create_ledger"),
    ("POST", re.compile(r"^/balances$"), "create_balance"),
    ("GET", re.compile(r"^/balances/indicator/([^/]+)/currency/([^/]+)$"), "balance_by_indicator"),
    ("GET", re.compile(r"^/balances/([^/]+)$"), "balance"),
    ("POST", re.compile(r"^/transactions$"), "create_transaction"),
    ("POST", re.compile(r"^/transactions/filter$"), "filter_transactions"),
    ("GET", re.compile(r"^/transactions/reference/([^/]+)$"), "transaction_by_reference"),
    ("GET", re.compile(r"^/transactions/([^/]+)$"), "transaction"),
]
CREATED = {"create_ledger", "create_balance", "create_transaction"}


def _route(command: str, path: str) -> tuple[str, list[str]]:
    """The Ledger method that answers, and the path's parameters (decoded)."""
    for method, pattern, name in ROUTES:
        matched = pattern.match(path)
        if method == command and matched:
            return name, [unquote(group) for group in matched.groups()]
    raise Refusal(501, "STANDIN_UNSUPPORTED", f"{command} {path} is not emulated")


class StandIn:
    """`with StandIn() as server:` serves on loopback at `server.url`, key `server.key`."""

    def __init__(self) -> None:
        self.key = secrets.token_hex(16)
        self.state = Ledger()
        state, key = self.state, self.key

        class Handler(JSONHandler):
            def answer(self) -> None:
                raw = self.read_body()
                try:
                    if not self.headers.get("X-Blnk-Key"):
                        raise Refusal(401, "AUTH_MISSING_API_KEY", "Authentication required. Use X-Blnk-Key header")
                    if self.headers["X-Blnk-Key"] != key:
                        raise Refusal(401, "AUTH_INVALID_API_KEY", "Invalid API key")
                    name, parameters = _route(self.command, self.path.split("?", 1)[0])
                    args: list[Any] = [json.loads(raw)] if self.command == "POST" else parameters
                    with state.lock:
                        answer = getattr(state, name)(*args)
                    self._send(201 if name in CREATED else 200, answer)
                except Refusal as refusal:
                    detail = {"code": refusal.code, "message": refusal.message}
                    self._send(refusal.status, {"error": refusal.message, "error_detail": detail})

            def _send(self, status: int, answer: object) -> None:
                self.send_json(status, json.dumps(answer, separators=(",", ":")).encode())

        self.loopback = LoopbackServer(Handler)
        self.url = self.loopback.url
        self.worker = threading.Thread(target=self._work, daemon=True)

    def _work(self) -> None:
        while (transaction_id := self.state.queue.get()) is not None:
            time.sleep(WORKER_DELAY)
            with self.state.lock:
                self.state.apply_queued(transaction_id)

    def __enter__(self) -> StandIn:
        self.loopback.start()
        self.worker.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.state.queue.put(None)
        self.loopback.stop()
        self.worker.join(timeout=5)
