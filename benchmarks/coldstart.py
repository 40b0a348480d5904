"""Cold start: a fresh interpreter imports the client and makes its first typed call, against a
canned loopback server, beside a fresh interpreter doing the same first call with raw httpx.

`python -m benchmarks.coldstart` prints the medians and the -X importtime breakdown; `nox -s bench`
reports the same rows. Both sides pay the interpreter's start and httpx's import, so the difference
is what blnk_client adds to a first call: its imports (blnk_client.models loads each model on
first use) and its parsing of one answer.

Each process reports the CPU time it spent after `import httpx` up to its first answer: that is the
part the client adds to, and CPU time is what a busy machine leaves alone (the wall clock of a
fresh process on the 2-core test machine, shared with the Blnk servers and other work, moved the
difference by tens of ms from one run to the next). The whole process's wall clock is kept too.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from typing import NamedTuple

from tests.support.loopback import JSONHandler, LoopbackServer

TRANSACTION_ID = "txn_b4dda468-c243-42fc-a3b5-31867e19c8a2"
# GET /transactions/{id} as Blnk v0.15.2 answered it (tests/cassettes/test_transactions_lifecycle.yaml).
TRANSACTION = (
    b'{"precise_amount":1250,"amount":12.5,"precision":100,"overdraft_limit":0,'
    b'"transaction_id":"txn_b4dda468-c243-42fc-a3b5-31867e19c8a2","parent_transaction":"",'
    b'"source":"bln_d5bcb489-fd3b-4511-b8b1-03c21cbf160c","destination":"bln_4ac9831f-b87f-4e49-9b86-d046273b4417",'
    b'"reference":"queued-6433a62c3a6e","currency":"USD","description":"Order A-1","status":"QUEUED",'
    b'"hash":"780c375b8abf47deb9a8ad60a19df4d57ab560cdf70bd4c3d4ff58ca7bc7a8e1","allow_overdraft":false,'
    b'"inflight":false,"skip_queue":false,"atomic":false,"created_at":"2026-12-01T10:15:33.498582Z",'
    b'"scheduled_for":"0001-01-01T00:00:00Z","inflight_expiry_date":"0001-01-01T00:00:00Z",'
    b'"inflight_commit_date":"0001-01-01T00:00:00Z","meta_data":{"order":"A-1"}}'
)

# httpx comes first on both sides (blnk_client imports it anyway): -X importtime then shows
# blnk_client's own share, and the clocks start after it. Each prints its CPU and wall seconds since.
CLIENT = """
import sys, time
import httpx
cpu, wall = time.process_time(), time.perf_counter()
from blnk_client import Blnk
with Blnk(base_url=sys.argv[1], api_key="k", max_retries=0) as blnk:
    assert blnk.transactions.get("{id}").precise_amount == 1250
print(time.process_time() - cpu, time.perf_counter() - wall)
""".replace("{id}", TRANSACTION_ID)
RAW = """
import sys, time
import httpx
cpu, wall = time.process_time(), time.perf_counter()
with httpx.Client(base_url=sys.argv[1], headers={"X-Blnk-Key": "k"}) as raw:
    assert raw.get("/transactions/{id}").json()["precise_amount"] == 1250
print(time.process_time() - cpu, time.perf_counter() - wall)
""".replace("{id}", TRANSACTION_ID)


class Run(NamedTuple):
    """One fresh process, in seconds: CPU and wall clock after `import httpx`, and its whole wall clock."""

    cpu: float
    wall: float
    process: float


class CannedTransaction(JSONHandler):
    """Answers every GET with the one canned transaction (and anything else with 404)."""

    def answer(self) -> None:
        if self.command == "GET" and self.path == f"/transactions/{TRANSACTION_ID}":
            self.send_json(200, TRANSACTION)
        else:
            self.send_json(404, b'{"error":"not found"}')


def _env() -> dict[str, str]:
    # Bytecode cached, as after `pip install` (with PYTHONDONTWRITEBYTECODE every run would compile).
    return {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _run(code: str, url: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *flags, "-c", code, url], capture_output=True, text=True, check=True, env=_env()
    )


def samples(url: str, runs: int = 41) -> list[tuple[Run, Run]]:
    """(client, raw httpx) for each of `runs` pairs of fresh processes, each side first by turns."""
    for code in (CLIENT, RAW):  # warm the bytecode cache and the page cache
        _timed(code, url)
    pairs = []
    for number in range(runs):
        if number % 2:
            ours, theirs = _timed(CLIENT, url), _timed(RAW, url)
        else:
            theirs, ours = _timed(RAW, url), _timed(CLIENT, url)
        pairs.append((ours, theirs))
    return pairs


def _timed(code: str, url: str) -> Run:
    started = time.perf_counter()
    printed = _run(code, url).stdout.split()
    return Run(float(printed[0]), float(printed[1]), time.perf_counter() - started)


def medians(pairs: list[tuple[Run, Run]], field: str) -> tuple[float, float, float]:
    """Medians over the pairs of one Run field: the client's, raw httpx's, and the client's extra
    (the median of the pairs' differences, not the difference of the medians)."""
    index = Run._fields.index(field)
    ours = statistics.median(run[index] for run, _ in pairs)
    theirs = statistics.median(run[index] for _, run in pairs)
    return ours, theirs, statistics.median(mine[index] - raw[index] for mine, raw in pairs)


def leasts(pairs: list[tuple[Run, Run]], field: str) -> tuple[float, float, float]:
    """The least of each side's runs in one Run field, and their difference: the cost itself, without
    the moments other work took the machine."""
    index = Run._fields.index(field)
    ours, theirs = min(run[index] for run, _ in pairs), min(run[index] for _, run in pairs)
    return ours, theirs, ours - theirs


def import_cost(url: str, runs: int = 7) -> float:
    """Seconds the client's imports add to its cold start: the top-level blnk_client imports' cumulative
    -X importtime (httpx is imported first, so not counted), the least of `runs` runs."""
    totals = []
    for _ in range(runs):
        out = _run(CLIENT, url, "-X", "importtime").stderr
        totals.append(sum(int(m.group(1)) for m in re.finditer(r"\|\s+(\d+) \| blnk_client\S*$", out, re.M)))
    return min(totals) / 1e6


def import_breakdown(url: str, top: int = 8) -> list[tuple[int, str]]:
    """The costliest blnk_client imports of the client's cold start (cumulative us, -X importtime)."""
    out = _run(CLIENT, url, "-X", "importtime").stderr
    rows = [(int(m.group(1)), m.group(2)) for m in re.finditer(r"\|\s+(\d+) \| (\s*blnk_client\S*)$", out, re.M)]
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    server = LoopbackServer(CannedTransaction)
    server.start()
    try:
        runs = int(sys.argv[1]) if len(sys.argv) > 1 else 41
        pairs = samples(server.url, runs)
        print(f"cold start, import + first transactions.get, median of {runs} pairs (client, raw httpx, client - raw):")
        for field, what in (
            ("cpu", "CPU after import httpx"),
            ("wall", "wall after import httpx"),
            ("process", "whole process, wall"),
        ):
            ours, theirs, extra = medians(pairs, field)
            print(f"  {what}: {ours * 1e3:.1f} ms, {theirs * 1e3:.1f} ms, {extra * 1e3:+.1f} ms")
        print("  target: CPU after import httpx <= +20 ms")
        print(f"of which blnk_client's imports (-X importtime, least of 7): {import_cost(server.url) * 1e3:.1f} ms")
        for cumulative, name in import_breakdown(server.url):
            print(f"  {cumulative / 1e3:7.1f} ms  {name.strip()}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
