"""Load test of the web server: concurrent clients (asyncio + httpx) on ``POST /v1/analyze`` and an article page.

Loopback only, bounded in time. Without ``--url`` it builds a small store from ``examples/*.txt`` in a temporary
folder and starts ``marsad serve`` on a free loopback port, then stops it. Prints requests/s, p50/p95/p99 latency
and the error count per endpoint and overall (it reports figures; it never passes or fails).

    .venv/bin/python bench/bench_load.py [--clients 50] [--seconds 30] [--workers 1] [--threads 2]
    .venv/bin/python bench/bench_load.py --url http://127.0.0.1:8000   # a server already running
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parents[1]


def _loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))]
    if not texts:
        raise SystemExit("no examples/*.txt to send")
    return texts


def _build_store(folder: Path) -> Path:
    from marsad.store.ingest import ingest

    db = folder / "bench.duckdb"
    ingest([REPO / "examples"], db, workers=1, embed=False)
    return db


def _start_server(db: Path, port: int, workers: int, threads: int, timeout: float) -> subprocess.Popen:
    cmd = [sys.executable, "-c", "from marsad.interfaces.cli import main; main()", "serve", "--db", str(db),
           "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers), "--threads", str(threads),
           "--timeout", str(timeout), "--log-level", "warning"]
    return subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


async def _wait_ready(url: str, proc: subprocess.Popen | None, limit: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + limit
    async with httpx.AsyncClient(timeout=2.0) as client:
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise SystemExit(f"the server exited: {proc.stderr.read()[-2000:]}")
            try:
                if (await client.get(f"{url}/v1/health")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("the server did not start in time")


async def _run(url: str, clients: int, seconds: float, warmup: int) -> dict:
    import httpx

    texts = _texts()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=httpx.Timeout(60.0), limits=limits) as client:
        listing = (await client.get("/v1/articles", params={"limit": 1})).json()
        if not listing.get("items"):
            raise SystemExit("the store has no article to load: ingest something first")
        page = f"/articles/{listing['items'][0]['hash']}"
        for i in range(warmup):  # load the pipeline and the templates before timing
            await client.post("/v1/analyze", json={"text": texts[i % len(texts)]})
            await client.get(page)
        results: dict[str, list] = {"analyze": [], "page": []}
        errors: dict[str, list] = {"analyze": [], "page": []}
        deadline = time.monotonic() + seconds

        async def one_client(n: int) -> None:
            i = n
            while time.monotonic() < deadline:
                kind = "analyze" if i % 2 == 0 else "page"
                t0 = time.perf_counter()
                try:
                    if kind == "analyze":
                        r = await client.post("/v1/analyze", json={"text": texts[i % len(texts)],
                                                                   "published": "2023-10-27"})
                    else:
                        r = await client.get(page)
                    ok = r.status_code == 200
                    why = None if ok else f"HTTP {r.status_code}: {r.text[:120]}"
                except httpx.HTTPError as exc:
                    ok, why = False, f"{type(exc).__name__}: {exc}"
                results[kind].append(time.perf_counter() - t0)
                if not ok:
                    errors[kind].append(why)
                i += 1

        t_start = time.perf_counter()
        await asyncio.gather(*(one_client(n) for n in range(clients)))
        elapsed = time.perf_counter() - t_start
    return {"results": results, "errors": errors, "elapsed": elapsed}


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


def _report(run: dict, clients: int) -> None:
    elapsed = run["elapsed"]
    print(f"{clients} clients for {elapsed:.1f} s")
    print(f"{'endpoint':<16}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
    everything, all_errors = [], []
    for kind, label in (("analyze", "POST /v1/analyze"), ("page", "GET article page")):
        lat = run["results"][kind]
        everything += lat
        all_errors += run["errors"][kind]
        print(f"{label:<16}{len(lat):>9}{len(lat) / elapsed:>9.1f}{_pct(lat, 50) * 1000:>9.0f}"
              f"{_pct(lat, 95) * 1000:>9.0f}{_pct(lat, 99) * 1000:>9.0f}{len(run['errors'][kind]):>8}")
    print(f"{'all':<16}{len(everything):>9}{len(everything) / elapsed:>9.1f}{_pct(everything, 50) * 1000:>9.0f}"
          f"{_pct(everything, 95) * 1000:>9.0f}{_pct(everything, 99) * 1000:>9.0f}{len(all_errors):>8}")
    for why in sorted(set(all_errors))[:5]:
        print(f"  error: {why}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", help="a running server (loopback only); default: start one")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", type=int, default=1, help="server processes when the bench starts the server")
    ap.add_argument("--threads", type=int, default=2, help="analysis threads per server process")
    ap.add_argument("--timeout", type=float, default=30.0, help="the server's per-analysis time limit")
    ap.add_argument("--warmup", type=int, default=4)
    args = ap.parse_args(argv)
    if not (0 < args.seconds <= 600) or not (0 < args.clients <= 500):
        ap.error("--seconds must be in (0, 600] and --clients in (0, 500]")
    proc = None
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        if args.url:
            url = args.url.rstrip("/")
            if not _loopback(url):
                ap.error("the load test only targets this machine (127.0.0.0/8, localhost, ::1)")
        else:
            db = _build_store(Path(tmp))
            port = _free_port()
            url = f"http://127.0.0.1:{port}"
            proc = _start_server(db, port, args.workers, args.threads, args.timeout)
            print(f"server: marsad serve --workers {args.workers} --threads {args.threads} on {url}")
        try:
            asyncio.run(_wait_ready(url, proc))
            run = asyncio.run(asyncio.wait_for(_run(url, args.clients, args.seconds, args.warmup),
                                               timeout=args.seconds + 180))
            _report(run, args.clients)
        finally:
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
