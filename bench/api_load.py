"""The HTTP API under a bounded load, on 127.0.0.1 only: throughput and latency of the read endpoints.

Run by ``make bench`` (never by ``make test``). Builds a SQLite ledger from the fictional
sample corpus (``samples/corpus`` with ``samples/actors.toml``) plus ``--generated`` fictional
wire stories (``fictional_corpus.py``), makes a write token, starts ``casefile serve`` as a
subprocess on a free loopback port with its log captured, then:

1. sends a fixed number of read requests (``--requests``, default 2,000) with a fixed number
   in flight (``--concurrency``, default 8), spread evenly over six reads: the document list,
   one document, allegations by actor, positions, figure checks and search; every answer must
   be a 200. The run stops at ``--max-seconds``: what was not sent by then counts as failed.
2. meanwhile, sends writes that must be refused: no token (401), a wrong token (403), an
   upload over the server's size limit, declared or streamed (413);
3. stops the server and reads its log: neither the valid nor the wrong token's secret may be
   in it (the server logs one access line per request, ``--log-level info``).

Prints requests/s and p50/p95/p99 latency per endpoint and overall; results go into
``bench/RESULTS.md`` between the ``api_load`` markers. Exit status 1 if anything failed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import cycle
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from fictional_corpus import generate_corpus, write_corpus

RESULTS = HERE / "RESULTS.md"
START_MARK = "<!-- api_load:start -->"
END_MARK = "<!-- api_load:end -->"
CORPUS = ROOT / "samples" / "corpus"
ACTORS = ROOT / "samples" / "actors.toml"
MAX_BYTES = 256 * 1024  # the server's upload limit in this run; the oversized uploads are twice that
SEARCHES = ["war crimes", "killed", "genocide", "displaced", '"according to"', "denied"]


@dataclass
class Endpoint:
    """One kind of read: its name and the URLs it cycles through."""

    name: str
    urls: Callable[[], str]
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Refusal:
    name: str
    expected: int
    send: Callable[[httpx.AsyncClient], object]


@dataclass
class Outcome:
    endpoints: list[Endpoint]
    wall: float
    unsent: int
    refusals: dict[str, tuple[int, list[str]]]
    log_problems: list[str]
    log_lines: int


# --- the ledger and the server ---------------------------------------------------------


def _casefile(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "casefile", *args], env=env, capture_output=True, text=True,
                          check=False)


def build_ledger(folder: Path, generated: int, env: dict[str, str]) -> tuple[Path, str]:
    """A SQLite ledger of the sample corpus and ``generated`` wire stories, and a write token's secret."""
    db = folder / "load.db"
    sources = [str(CORPUS)]
    if generated > 0:
        write_corpus(generate_corpus(docs=generated, words=generated * 400, seed=2026), folder / "stories")
        sources.append(str(folder / "stories"))
    ingest = _casefile("ingest", "--db", str(db), *sources, env=env)
    if ingest.returncode != 0:
        raise SystemExit(f"casefile ingest failed ({ingest.returncode}):\n{ingest.stdout}\n{ingest.stderr}")
    token = _casefile("token", "create", "api-load-bench", "--db", str(db), env=env)
    if token.returncode != 0:
        raise SystemExit(f"casefile token create failed:\n{token.stderr}")
    return db, token.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, log: Path, env: dict[str, str]) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "casefile", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "info"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"casefile serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/api/counts", timeout=1).status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit(f"casefile serve did not answer within 60 s:\n{log.read_text()}")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- the requests ----------------------------------------------------------------------


def read_endpoints(url: str) -> list[Endpoint]:
    """The six reads, each cycling through real ids and names of this ledger."""
    documents = httpx.get(f"{url}/api/documents", params={"limit": 500}).json()["items"]
    actors = [a["name"] for a in httpx.get(f"{url}/api/actors", params={"limit": 40}).json()["items"]]
    ids, names, words = cycle(d["id"] for d in documents), cycle(actors), cycle(SEARCHES)
    roles = cycle(("accused", "speaker"))
    return [
        Endpoint("documents list", lambda: "/api/documents"),
        Endpoint("one document", lambda: f"/api/documents/{next(ids)}"),
        Endpoint("allegations by actor", lambda: str(httpx.URL("/api/allegations", params={next(roles): next(names)}))),
        Endpoint("positions", lambda: "/api/positions"),
        Endpoint("figure checks", lambda: "/api/figures/checks"),
        Endpoint("search", lambda: str(httpx.URL("/api/search", params={"q": next(words)}))),
    ]


async def _streamed(size: int) -> AsyncIterator[bytes]:
    """A multipart upload of ``size`` bytes with no Content-Length (chunked): only counting the bytes stops it."""
    yield (b'--x\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\n'
           b"Content-Type: text/plain\r\n\r\n")
    chunk = b"x" * 16384
    for _ in range(size // len(chunk)):
        yield chunk
    yield b"\r\n--x--\r\n"


def refusals(token: str, wrong: str) -> list[Refusal]:
    upload = {"files": ("load-note.txt", b"The Republic of Veloria opened a library.\n", "text/plain")}
    big = {"files": ("big.txt", b"a" * (2 * MAX_BYTES), "text/plain")}
    review = "/api/figures/1/review"
    valid, bad = {"Authorization": f"Bearer {token}"}, {"Authorization": f"Bearer {wrong}"}
    multipart = {**valid, "Content-Type": "multipart/form-data; boundary=x"}
    return [
        Refusal("upload, no token", 401, lambda c: c.post("/api/documents", files=upload)),
        Refusal("upload, wrong token", 403, lambda c: c.post("/api/documents", files=upload, headers=bad)),
        Refusal("review, no token", 401, lambda c: c.post(review, json={"action": "accept"})),
        Refusal("review, wrong token", 403, lambda c: c.post(review, json={"action": "accept"}, headers=bad)),
        Refusal("upload over the limit (declared)", 413, lambda c: c.post("/api/documents", files=big, headers=valid)),
        Refusal("upload over the limit (streamed)", 413,
                lambda c: c.post("/api/documents", content=_streamed(2 * MAX_BYTES), headers=multipart)),
    ]


async def _timed_reads(client: httpx.AsyncClient, jobs: asyncio.Queue[Endpoint], stop_at: float) -> None:
    while not jobs.empty() and time.monotonic() < stop_at:
        endpoint = jobs.get_nowait()
        path = endpoint.urls()
        started = time.perf_counter()
        try:
            response = await client.get(path)
        except httpx.HTTPError as exc:
            endpoint.errors.append(f"{path}: {type(exc).__name__}: {exc}")
            continue
        endpoint.seconds.append(time.perf_counter() - started)
        if response.status_code != 200:
            endpoint.errors.append(f"{path}: {response.status_code} {response.text[:200]}")


async def _refuse(client: httpx.AsyncClient, checks: list[Refusal], rounds: int,
                  results: dict[str, tuple[int, list[str]]]) -> None:
    for _ in range(rounds):
        for check in checks:
            sent, problems = results.get(check.name, (0, []))
            try:
                response = await check.send(client)  # type: ignore[misc]
                if response.status_code != check.expected:
                    problems.append(f"{response.status_code} {response.text[:200]}")
            except httpx.HTTPError as exc:
                problems.append(f"{type(exc).__name__}: {exc}")
            results[check.name] = (sent + 1, problems)
            await asyncio.sleep(0.05)


async def run_load(url: str, endpoints: list[Endpoint], checks: list[Refusal], *, requests: int, concurrency: int,
                   max_seconds: float, refusal_rounds: int) -> tuple[float, int, dict[str, tuple[int, list[str]]]]:
    """Every read once as a warm-up, then ``requests`` reads by ``concurrency`` workers, refusals alongside."""
    jobs: asyncio.Queue[Endpoint] = asyncio.Queue()
    for i in range(requests):
        jobs.put_nowait(endpoints[i % len(endpoints)])
    limits = httpx.Limits(max_connections=concurrency + 1, max_keepalive_connections=concurrency + 1)
    results: dict[str, tuple[int, list[str]]] = {}
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:
        for endpoint in endpoints:
            (await client.get(endpoint.urls())).raise_for_status()
        started = time.monotonic()
        stop_at = started + max_seconds
        await asyncio.gather(*(_timed_reads(client, jobs, stop_at) for _ in range(concurrency)),
                             _refuse(client, checks, refusal_rounds, results))
        wall = time.monotonic() - started
    return wall, jobs.qsize(), results


def check_log(log: Path, *secrets_: str) -> tuple[list[str], int]:
    """Problems in the server's log (a secret, or a piece of one, in it) and how many access lines it has."""
    text = log.read_text(encoding="utf-8", errors="replace")
    problems = [f"the log contains a token secret ({s[:3]}…)" for s in secrets_ if s in text or s[3:15] in text]
    return problems, sum(1 for line in text.splitlines() if '" 200' in line or '" 4' in line)


# --- report ----------------------------------------------------------------------------


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile, in milliseconds (``values`` are seconds)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1] * 1000


def failures(outcome: Outcome) -> list[str]:
    found = [f"{e.name}: {err}" for e in outcome.endpoints for err in e.errors]
    if outcome.unsent:
        found.append(f"{outcome.unsent} reads not sent within the time limit (--max-seconds)")
    found += [f"{name}: {p}" for name, (_, problems) in outcome.refusals.items() for p in problems]
    return found + outcome.log_problems


def rows(outcome: Outcome) -> list[tuple[str, int, float, float, float, float, int]]:
    everything = [s for e in outcome.endpoints for s in e.seconds]
    table = [(e.name, len(e.seconds), len(e.seconds) / outcome.wall, percentile(e.seconds, 50),
              percentile(e.seconds, 95), percentile(e.seconds, 99), len(e.errors)) for e in outcome.endpoints]
    errors = sum(len(e.errors) for e in outcome.endpoints)
    table.append(("all reads", len(everything), len(everything) / outcome.wall, percentile(everything, 50),
                  percentile(everything, 95), percentile(everything, 99), errors))
    return table


def print_report(outcome: Outcome, console: Console) -> None:
    table = Table(title=f"API load: {outcome.wall:.1f} s")
    for column in ("endpoint", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"):
        table.add_column(column, justify="left" if column == "endpoint" else "right")
    for name, n, rate, p50, p95, p99, errors in rows(outcome):
        table.add_row(name, str(n), f"{rate:.1f}", f"{p50:.1f}", f"{p95:.1f}", f"{p99:.1f}", str(errors))
    console.print(table)
    for name, (sent, problems) in outcome.refusals.items():
        console.print(f"  {name}: {sent} sent, {sent - len(problems)} refused as expected")
    console.print(f"  server log: {outcome.log_lines} access lines; "
                  + ("; ".join(outcome.log_problems) if outcome.log_problems else "no token secret in it"))


def markdown(outcome: Outcome, args: argparse.Namespace, documents: int, loads: tuple[str, str]) -> str:
    problems = failures(outcome)
    lines = [
        START_MARK,
        f"## API under load (`bench/api_load.py`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        (f"- machine: {os.cpu_count()} CPUs; {platform.platform()}; Python {platform.python_version()}; "
         f"load average {loads[0]} before, {loads[1]} after"),
        (f"- ledger: SQLite, {documents} documents (the sample corpus and {args.generated} generated fictional "
         f"stories); one `casefile serve` process on 127.0.0.1 (uvicorn, `--log-level info`)"),
        (f"- {args.requests:,} reads, {args.concurrency} in flight, limit {args.max_seconds:.0f} s; "
         f"took {outcome.wall:.1f} s"),
        "",
        "| endpoint | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, n, rate, p50, p95, p99, errors in rows(outcome):
        lines.append(f"| {name} | {n:,} | {rate:.1f} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {errors} |")
    lines += ["", "Refused writes sent during the load (each must get its status):", ""]
    lines += ["| write | expected | sent | as expected |", "|---|---:|---:|---:|"]
    checks = {c.name: c.expected for c in refusals("", "")}
    for name, (sent, bad) in outcome.refusals.items():
        lines.append(f"| {name} | {checks[name]} | {sent} | {sent - len(bad)} |")
    lines += ["", f"- server log: {outcome.log_lines:,} access lines; "
              + ("; ".join(outcome.log_problems) if outcome.log_problems else "neither token secret appears in it"),
              f"- result: {'**FAILED**: ' + '; '.join(problems[:5]) if problems else 'zero errors'}",
              "", END_MARK, ""]
    return "\n".join(lines)


def write_results(section: str, path: Path = RESULTS) -> None:
    """Replace this benchmark's marked section of ``path``, or append it."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# casefile benchmark results\n"
    if START_MARK in text and END_MARK in text:
        before, rest = text.split(START_MARK, 1)
        after = rest.split(END_MARK, 1)[1].lstrip("\n")
        text = before + section + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000, help="read requests to send (default 2000)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight (default 8)")
    parser.add_argument("--max-seconds", type=float, default=300.0, help="stop sending after this (default 300)")
    parser.add_argument("--generated", type=int, default=20, help="generated stories besides the samples (default 20)")
    parser.add_argument("--refusal-rounds", type=int, default=10, help="rounds of refused writes (default 10)")
    parser.add_argument("--no-write", action="store_true", help=f"print only; leave {RESULTS.name} alone")
    args = parser.parse_args(argv)
    console = Console()
    env = {**os.environ, "CASEFILE_ACTORS": str(ACTORS), "CASEFILE_MAX_BYTES": str(MAX_BYTES), "PYTHONUNBUFFERED": "1"}
    wrong = f"cf_{secrets.token_urlsafe(32)}"
    with tempfile.TemporaryDirectory(prefix="casefile-api-load-") as tmp:
        folder = Path(tmp)
        console.print(f"ingesting the sample corpus and {args.generated} generated stories ...")
        db, token = build_ledger(folder, args.generated, env)
        process, url = start_server(db, folder / "serve.log", env)
        try:
            endpoints = read_endpoints(url)
            documents = httpx.get(f"{url}/api/counts").json()["documents"]
            before = f"{os.getloadavg()[0]:.2f}"
            console.print(f"{documents} documents; {args.requests} reads at {args.concurrency} in flight on {url}")
            wall, unsent, refused = asyncio.run(run_load(
                url, endpoints, refusals(token, wrong), requests=args.requests, concurrency=args.concurrency,
                max_seconds=args.max_seconds, refusal_rounds=args.refusal_rounds))
            after = f"{os.getloadavg()[0]:.2f}"
        finally:
            stop_server(process)
        log_problems, log_lines = check_log(folder / "serve.log", token, wrong)
    outcome = Outcome(endpoints, wall, unsent, refused, log_problems, log_lines)
    print_report(outcome, console)
    if not args.no_write:
        write_results(markdown(outcome, args, documents, (before, after)))
        console.print(f"[dim]wrote {RESULTS}[/dim]")
    problems = failures(outcome)
    for problem in problems[:20]:
        console.print(f"[red]error[/red] {problem}", soft_wrap=True)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
