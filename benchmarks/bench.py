"""`nox -s bench`: what the client costs over raw httpx, measured in the same run.

Needs a running Blnk server (BLNK_BASE_URL, BLNK_API_KEY). Prints one table; each ratio compares
the client with raw httpx doing the same request (same body, same server, same process) in
interleaved rounds so that drift in the server affects both sides alike.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import re
import secrets
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path

import httpx

from benchmarks import coldstart
from benchmarks.server import require_server
from blnk_client import AsyncBlnk, Blnk
from blnk_client.api.transactions import list_transactions
from pipeline import lock, locked, paths
from tests.support.loopback import LoopbackServer

ROOT = Path(__file__).resolve().parent.parent
CALLS = 600  # sync calls per side, alternating one by one
ASYNC_ROUNDS = 8  # bursts per side and concurrency, alternating


def _interleaved(client_call: Callable[[], object], raw_call: Callable[[], object]) -> tuple[float, float]:
    """Median seconds per call of each side, alternating call by call.

    The server's workers apply queued creates in the background, so its load drifts from one
    moment to the next; alternating single calls (and which side goes first) gives both sides
    the same drift, and the median drops the calls that met a burst of it.
    """
    ours: list[float] = []
    theirs: list[float] = []
    for number in range(CALLS):
        pair = ((client_call, ours), (raw_call, theirs))
        for call, times in pair if number % 2 else reversed(pair):
            started = time.perf_counter()
            call()
            times.append(time.perf_counter() - started)
    return statistics.median(ours), statistics.median(theirs)


def _row(name: str, ours: float, theirs: float, unit: str, target: str) -> list[str]:
    ratio = ours / theirs if theirs else float("inf")
    return [name, f"{ours:.3f} {unit}", f"{theirs:.3f} {unit}", f"{ratio:.2f}x", target]


def bench_calls(base_url: str, key: str, rows: list[list[str]]) -> None:
    headers = {"X-Blnk-Key": key}
    reads: list[str] = []  # the client's GETs: a queued create reads its reference back
    counted = httpx.Client(event_hooks={"request": [lambda r: reads.append(r.method) if r.method == "GET" else None]})
    with (
        Blnk(base_url=base_url, api_key=key, max_retries=0, http_client=counted) as blnk,
        httpx.Client(base_url=base_url, headers=headers) as raw,
    ):
        ledger = blnk.ledgers.create(name="bench").ledger_id
        wallet = blnk.balances.create(ledger_id=ledger, currency="USD").balance_id

        ours, theirs = _interleaved(
            lambda: blnk.balances.create(ledger_id=ledger, currency="USD"),
            lambda: raw.post("/balances", json={"ledger_id": ledger, "currency": "USD"}).json(),
        )
        rows.append(_row("create balance (sync)", ours * 1e3, theirs * 1e3, "ms", "<= 1.10x"))

        # Before any queued transaction: the workers applying them would load the server meanwhile.
        for concurrency in (1, 10, 100):
            ours_s, theirs_s = asyncio.run(_async_round(base_url, key, ledger, concurrency))
            rows.append(
                _row(f"create balance, async x{concurrency}", ours_s * 1e3, theirs_s * 1e3, "ms/call", "<= 1.10x")
            )

        def transaction(**mode: bool) -> dict[str, object]:
            return {
                "currency": "USD",
                "reference": f"bench-{secrets.token_hex(8)}",
                "description": "bench",
                "precise_amount": 1,
                "source": "@World",
                "destination": wallet,
                "allow_overdraft": True,
                **mode,
            }

        ours, theirs = _interleaved(
            lambda: blnk.transactions.create(**transaction(skip_queue=True)),  # type: ignore[call-overload]
            lambda: raw.post("/transactions", json=transaction(skip_queue=True)).json(),
        )
        rows.append(_row("create transaction, skip_queue (sync)", ours * 1e3, theirs * 1e3, "ms", "<= 1.10x"))

        reads.clear()
        ours, theirs = _interleaved(
            lambda: blnk.transactions.create(**transaction()),  # type: ignore[call-overload]
            lambda: raw.post("/transactions", json=transaction()).json(),
        )
        rows.append(
            _row("create transaction, queued (sync, with read-back)", ours * 1e3, theirs * 1e3, "ms", "reported")
        )
        cost = f"+{(ours - theirs) * 1e3:.3f} ms, {len(reads) / CALLS:.2f} GETs a call"
        rows.append(["queued create: reference read-back (median)", cost, "", "", "reported"])


async def _async_round(base_url: str, key: str, ledger: str, concurrency: int) -> tuple[float, float]:
    calls = max(200, concurrency * 2)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def drive(call: Callable[[], Awaitable[object]]) -> float:
        queue = iter(range(calls))

        async def worker() -> None:
            for _ in queue:
                await call()

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return (time.perf_counter() - started) / calls

    body = {"ledger_id": ledger, "currency": "USD"}
    async with (
        AsyncBlnk(base_url=base_url, api_key=key, max_retries=0, http_client=httpx.AsyncClient(limits=limits)) as blnk,
        httpx.AsyncClient(base_url=base_url, headers={"X-Blnk-Key": key}, limits=limits) as raw,
    ):

        async def raw_call() -> object:
            return (await raw.post("/balances", json=body)).json()

        # An unmeasured burst each first: the first one opens the connections. Back-to-back bursts
        # then come out fast and slow by turns (at x100 about 9 and 27 ms a call on the 2-core test
        # machine), so each side goes first half the time and the mean, not the median, is reported.
        await drive(raw_call)
        await drive(lambda: blnk.balances.create(ledger_id=ledger, currency="USD"))
        ours, theirs = [], []
        for round_number in range(ASYNC_ROUNDS):
            if round_number % 2:
                theirs.append(await drive(raw_call))
                ours.append(await drive(lambda: blnk.balances.create(ledger_id=ledger, currency="USD")))
            else:
                ours.append(await drive(lambda: blnk.balances.create(ledger_id=ledger, currency="USD")))
                theirs.append(await drive(raw_call))
    return statistics.mean(ours), statistics.mean(theirs)


def bench_overhead(rows: list[list[str]]) -> None:
    """Client CPU cost alone: both sides get the same canned answer from an in-process transport."""
    ledger = json.dumps(
        {"ledger_id": "ldg_1", "name": "n", "created_at": "2026-11-25T06:11:55.688991849Z", "meta_data": None}
    )
    transport = httpx.MockTransport(lambda request: httpx.Response(201, content=ledger.encode()))
    with (
        Blnk(base_url="http://blnk.invalid", api_key="k", http_client=httpx.Client(transport=transport)) as blnk,
        httpx.Client(base_url="http://blnk.invalid", transport=transport) as raw,
    ):
        ours, theirs = _interleaved(
            lambda: blnk.ledgers.create(name="n", meta_data={"a": 1}),
            lambda: raw.post("/ledgers", json={"name": "n", "meta_data": {"a": 1}}, headers={"X-Blnk-Key": "k"}).json(),
        )
    rows.append(_row("create ledger, no network (client CPU)", ours * 1e6, theirs * 1e6, "us", "<= 1.10x"))
    ours, theirs = asyncio.run(_async_overhead(transport))
    rows.append(_row("create ledger, AsyncBlnk, no network", ours * 1e6, theirs * 1e6, "us", "<= 1.10x"))


async def _async_overhead(transport: httpx.MockTransport) -> tuple[float, float]:
    ours: list[float] = []
    theirs: list[float] = []
    async with (
        AsyncBlnk(
            base_url="http://blnk.invalid", api_key="k", http_client=httpx.AsyncClient(transport=transport)
        ) as blnk,
        httpx.AsyncClient(base_url="http://blnk.invalid", transport=transport) as raw,
    ):
        for number in range(CALLS):
            for side in (0, 1) if number % 2 else (1, 0):
                started = time.perf_counter()
                if side == 0:
                    await blnk.ledgers.create(name="n", meta_data={"a": 1})
                    ours.append(time.perf_counter() - started)
                else:
                    headers = {"X-Blnk-Key": "k"}
                    (await raw.post("/ledgers", json={"name": "n", "meta_data": {"a": 1}}, headers=headers)).json()
                    theirs.append(time.perf_counter() - started)
    return statistics.median(ours), statistics.median(theirs)


def _thousand_transactions(base_url: str, key: str) -> bytes:
    with httpx.Client(base_url=base_url, headers={"X-Blnk-Key": key}, timeout=120) as raw:
        body = raw.get("/transactions", params={"limit": 1000}).content
        if len(json.loads(body)) < 1000:
            ledger = raw.post("/ledgers", json={"name": "bench-bulk"}).json()["ledger_id"]
            wallet = raw.post("/balances", json={"ledger_id": ledger, "currency": "USD"}).json()["balance_id"]
            items = [
                {
                    "currency": "USD",
                    "reference": f"bulk-{secrets.token_hex(8)}",
                    "description": "bench row",
                    "precise_amount": n + 1,
                    "source": "@World",
                    "destination": wallet,
                    "allow_overdraft": True,
                }
                for n in range(1000)
            ]
            raw.post("/transactions/bulk", json={"transactions": items, "skip_queue": True}).raise_for_status()
            body = raw.get("/transactions", params={"limit": 1000}).content
    assert len(json.loads(body)) == 1000
    return body


def bench_parsing(body: bytes, rows: list[list[str]]) -> None:
    response = httpx.Response(200, content=body)
    ours, theirs = [], []
    for _ in range(7):
        started = time.perf_counter()
        list_transactions._parse_response(response)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        json.loads(body)
        theirs.append(time.perf_counter() - started)
    rows.append(_row("parse 1,000 transactions", min(ours) * 1e3, min(theirs) * 1e3, "ms", "<= 2x json.loads"))

    gc.collect()
    tracemalloc.start()
    kept = [list_transactions._parse_response(response) for _ in range(10)]
    typed, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tracemalloc.start()
    plain = [json.loads(body) for _ in range(10)]
    raw_size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rows.append(_row("memory, 10,000 transactions", typed / 2**20, raw_size / 2**20, "MiB", "reported"))
    del kept, plain


def bench_import(rows: list[list[str]]) -> None:
    """What `import blnk_client` adds to `import httpx`, both timed by -X importtime in one process.

    One process, httpx first: blnk_client's cumulative time is then exactly its cost on top of
    httpx, free of the start-up noise two separate interpreters would each add. Bytecode is
    cached, as after `pip install` (with PYTHONDONTWRITEBYTECODE set every run would compile).
    """
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-X", "importtime", "-c", "import httpx; import blnk_client"]
    subprocess.run(command, capture_output=True, check=True, env=env)
    httpx_us, extra_us = [], []
    for _ in range(7):
        out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stderr
        httpx_us.append(int(re.findall(r"\|\s+(\d+) \| httpx$", out, re.MULTILINE)[-1]))
        extra_us.append(int(re.findall(r"\|\s+(\d+) \| blnk_client$", out, re.MULTILINE)[-1]))
    theirs, extra = min(httpx_us), min(extra_us)
    rows.append(
        [
            "import blnk_client vs httpx",
            f"{(theirs + extra) / 1e3:.1f} ms",
            f"{theirs / 1e3:.1f} ms",
            f"+{extra / 1e3:.1f} ms",
            "<= +15 ms",
        ]
    )


def bench_cold_start(rows: list[list[str]]) -> None:
    """A fresh interpreter's import + first typed call (transactions.get) against a canned loopback
    server, beside a fresh interpreter making the same first call with raw httpx (benchmarks/coldstart.py)."""
    server = LoopbackServer(coldstart.CannedTransaction)
    server.start()
    try:
        ours_all, theirs_all = coldstart.samples(server.url, 41)
    finally:
        server.stop()
    # Median and least: one fresh process is at the mercy of whatever else the machine runs.
    for label, pick in (("median", statistics.median), ("least", min)):
        ours, theirs = pick(ours_all), pick(theirs_all)
        rows.append(
            [
                f"cold start: import + first transactions.get ({label} of 41)",
                f"{ours * 1e3:.1f} ms",
                f"{theirs * 1e3:.1f} ms",
                f"{(ours - theirs) * 1e3:+.1f} ms",
                "<= +20 ms",
            ]
        )


def bench_async_loopback(rows: list[list[str]]) -> None:
    """AsyncBlnk x100 in one gather against an in-process canned loopback server: no Blnk server's
    own time in either side, so the ratio is the client's."""
    server = LoopbackServer(coldstart.CannedTransaction)
    server.start()
    try:
        ours, theirs = asyncio.run(_loopback_gather(server.url, 100))
    finally:
        server.stop()
    rows.append(
        _row("transactions.get, AsyncBlnk x100 gather, loopback", ours * 1e3, theirs * 1e3, "ms/call", "<= 1.10x")
    )


async def _loopback_gather(url: str, concurrency: int) -> tuple[float, float]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    path = f"/transactions/{coldstart.TRANSACTION_ID}"
    async with (
        AsyncBlnk(base_url=url, api_key="k", max_retries=0, http_client=httpx.AsyncClient(limits=limits)) as blnk,
        httpx.AsyncClient(base_url=url, headers={"X-Blnk-Key": "k"}, limits=limits) as raw,
    ):

        async def ours_call() -> object:
            return await blnk.transactions.get(coldstart.TRANSACTION_ID)

        async def raw_call() -> object:
            return (await raw.get(path)).json()

        async def burst(call: Callable[[], Awaitable[object]]) -> float:
            started = time.perf_counter()
            await asyncio.gather(*(call() for _ in range(concurrency)))
            return (time.perf_counter() - started) / concurrency

        await burst(raw_call)  # unmeasured: opens the connections
        await burst(ours_call)
        ours: list[float] = []
        theirs: list[float] = []
        for number in range(ASYNC_ROUNDS * 4):
            pair = ((ours_call, ours), (raw_call, theirs))
            for call, times in pair if number % 2 else reversed(pair):
                times.append(await burst(call))
    return statistics.median(ours), statistics.median(theirs)


def bench_pipeline(rows: list[list[str]]) -> None:
    timings = []
    for stage in ("overlay", "generate", "check"):
        started = time.perf_counter()
        ran = subprocess.run([sys.executable, "-m", "pipeline", stage], cwd=ROOT, capture_output=True, text=True)
        timings.append(time.perf_counter() - started)
        if ran.returncode != 0:
            failed = [line for line in ran.stderr.splitlines() if line.strip()]
            sys.exit(f"bench: {failed[0] if failed else f'the {stage} stage failed'}")
    rows.append(["pipeline: overlay + generate", f"{timings[0] + timings[1]:.2f} s", "", "", "reported"])
    rows.append(["pipeline: no-op check (regenerate, compare)", f"{timings[2]:.2f} s", "", "", "reported"])


def main() -> None:
    base_url, key = require_server()
    try:  # before the minutes of measuring: the pipeline rows need the pulled, locked upstream
        locked.check_cache(paths.UPSTREAM_CACHE, lock.read(paths.LOCK_FILE))
    except (locked.LockedUpstreamError, lock.LockError) as exc:
        sys.exit(f"bench: {exc}")
    rows: list[list[str]] = []
    # The CPU-bound measures first: after the live calls the server's workers go on applying the
    # queued transactions for a while, on the same cores.
    bench_overhead(rows)
    bench_parsing(_thousand_transactions(base_url, key), rows)
    bench_import(rows)
    bench_cold_start(rows)
    bench_async_loopback(rows)
    bench_pipeline(rows)
    bench_calls(base_url, key, rows)
    header = ["measure", "blnk-client", "raw httpx / json", "ratio", "target"]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for line in [header, ["-" * w for w in widths], *rows]:
        print(" | ".join(str(cell).ljust(width) for cell, width in zip(line, widths, strict=True)))


if __name__ == "__main__":
    main()
