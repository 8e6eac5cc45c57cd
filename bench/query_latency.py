"""Query latency at a million allegations, on SQLite and PostgreSQL.

Run by ``make bench`` (never by ``make test``). Fills a store with a synthetic ledger
(``synthetic_ledger.py``: 1,000,000 allegations in 100,000 documents about ~300 invented
parties, with figures and full text), then times the queries the CLI, the HTTP API and
the web UI issue, called the way they call them (the API's route functions, the analysis
entry points, the ``Store`` methods -- no hand-written SQL), and prints p50/p95 per query
per database. The filled stores are kept and reused by later runs (``--refill`` rebuilds).

- SQLite: a file, by default in the system's temporary directory (``--sqlite PATH``);
- PostgreSQL: ``--pg URL``, else ``$CASEFILE_BENCH_POSTGRES``, else the development server
  database ``postgresql://postgres@127.0.0.1:54330/cf_bench``; ``--no-pg`` skips it. The
  database must be empty or hold this benchmark's ledger: anything else is refused.

Target: every query's p95 ≤ 50 ms. Results go into ``bench/RESULTS.md`` between the
``query_latency`` markers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy
from alembic import command
from rich.console import Console
from rich.table import Table
from sqlalchemy import inspect

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synthetic_ledger as synthetic

from casefile.analysis import figure_report, timelines
from casefile.api.deps import Paging
from casefile.api.routers.ledger import list_allegations
from casefile.api.routers.search import search as search_route
from casefile.config import database_url
from casefile.store import Store, actor_forms, ledger_order, parties, sqlite
from casefile.store.engine import make_engine
from casefile.store.migrate import alembic_config

RESULTS = Path(__file__).with_name("RESULTS.md")
START_MARK = "<!-- query_latency:start -->"
END_MARK = "<!-- query_latency:end -->"
PG_ENV_VAR = "CASEFILE_BENCH_POSTGRES"
DEFAULT_PG = "postgresql://postgres@127.0.0.1:54330/cf_bench"
DEFAULT_SQLITE = Path(tempfile.gettempdir()) / "casefile-bench" / "query_latency.db"
FILL_LOG = DEFAULT_SQLITE.with_name("fill-times.json")  # how long each kept store took to fill
TARGET_MS = 50.0
ALLEGATIONS = 1_000_000
PAGE = 50
SEARCH_PAGE = 20


@dataclass(frozen=True)
class Query:
    name: str
    what: str  # the call, as the CLI/API makes it
    run: Callable[[Store], int]  # returns how many things it found, shown as a sanity check


@dataclass(frozen=True)
class Timing:
    query: Query
    backend: str
    runs: list[float]
    found: int

    @property
    def p50(self) -> float:
        return percentile(self.runs, 50)

    @property
    def p95(self) -> float:
        return percentile(self.runs, 95)


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile, in milliseconds (``values`` are seconds)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1] * 1000


# --- the store ------------------------------------------------------------------------


def _expected_first_document(world: synthetic.World) -> str:
    return next(synthetic.batches(world, 1)).documents[0]["id"]


def _is_this_ledger(store: Store, world: synthetic.World, documents: int) -> bool:
    counts = store.counts()
    return counts["documents"] == documents and store.has_document(_expected_first_document(world))


def _empty_or_synthetic(url: str) -> bool:
    """Whether every stored document (if any) is this benchmark's: only those may be wiped."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            other = connection.execute(
                sqlalchemy.text("SELECT 1 FROM documents WHERE origin NOT LIKE :ours LIMIT 1"),
                {"ours": "synthetic://ledger/%"},
            ).first()
    finally:
        engine.dispose()
    return other is None


def _wipe(url: str) -> None:
    """Take a (bench) database back to empty: delete the SQLite file, or downgrade PostgreSQL to base."""
    if url.startswith("sqlite"):
        path = Path(sqlalchemy.make_url(url).database or "")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    command.downgrade(alembic_config(url), "base")


def _fill_log() -> dict[str, str]:
    try:
        return json.loads(FILL_LOG.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def fill_note(url: str, seconds: float | None) -> str:
    """How long filling took: now, or when the store being reused was filled (kept in :data:`FILL_LOG`)."""
    key = sqlalchemy.make_url(url).render_as_string(hide_password=True)
    log = _fill_log()
    if seconds is not None:
        log[key] = f"{seconds:.0f} s (filled {datetime.now(UTC):%Y-%m-%d %H:%M} UTC)"
        FILL_LOG.parent.mkdir(parents=True, exist_ok=True)
        FILL_LOG.write_text(json.dumps(log, indent=1), encoding="utf-8")
        return log[key]
    return f"reused; {log.get(key, 'fill time not recorded')}"


def prepare(url: str, world: synthetic.World, allegations: int, *, refill: bool, console: Console) -> float | None:
    """A store at ``url`` holding the synthetic ledger; seconds spent filling, None if reused."""
    documents = allegations // synthetic.PER_DOCUMENT
    if url.startswith("sqlite"):
        Path(sqlalchemy.make_url(url).database or "").parent.mkdir(parents=True, exist_ok=True)
    with Store.open(url) as store:
        if not refill and _is_this_ledger(store, world, documents):
            return None
        if not _empty_or_synthetic(url):
            raise SystemExit(f"{store.url} holds documents that are not this benchmark's; give an empty database")
    _wipe(url)
    Store.open(url).close()
    started = time.perf_counter()
    fill(url, world, documents, console=console)
    return time.perf_counter() - started


def fill(url: str, world: synthetic.World, documents: int, *, console: Console) -> None:
    engine = make_engine(url)
    dialect = engine.dialect.name
    columns = {t: [c["name"] for c in inspect(engine).get_columns(t)]
               for t in ("actors", "documents", "actor_mentions", "allegations", "allegation_categories",
                         "allegation_acts", "figures")}
    raw = engine.raw_connection()
    try:
        if dialect == "sqlite":
            raw.execute("PRAGMA synchronous = OFF")  # a throwaway fill: no fsync per batch
        writer = synthetic.BulkWriter(raw, dialect, columns)
        writer.insert("actors", synthetic.actor_rows(world))
        done = 0
        for rows in synthetic.batches(world, documents):
            for table, batch in rows.tables().items():
                writer.insert(table, batch)
            writer.commit()
            done += len(rows.documents)
            if done % 20_000 == 0:
                console.print(f"[dim]  {dialect}: {done:,} of {documents:,} documents[/dim]")
    finally:
        raw.close()
    finish(engine)
    engine.dispose()


def finish(engine: sqlalchemy.Engine) -> None:
    """What the store derives from the rows, and what the server would do on its own (sequences, statistics)."""
    with engine.begin() as connection:  # what Store.save keeps beside the rows
        parties.rebuild(connection)
        actor_forms.rebuild(connection)
        ledger_order.backfill(connection)  # a no-op here: the generator copies ingested_at itself
    sqlite.refresh_statistics(engine)  # what Store.close does after writes (a no-op on PostgreSQL)
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            for table in ("actors", "actor_mentions", "allegations", "figures", "party_names", "actor_forms"):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            connection.exec_driver_sql("VACUUM ANALYZE")  # what autovacuum does after a bulk load


# --- the queries ----------------------------------------------------------------------


def queries(world: synthetic.World) -> list[Query]:
    """The CLI/API's main queries, with parties picked from the synthetic world's skew."""
    top, middle = world.accusable[0], world.accusable[len(world.accusable) // 2]
    sample = next(synthetic.batches(world, 2_000))  # the first 2,000 documents stand for the rest
    pairs = Counter((a["speaker"], a["accused"]) for a in sample.allegations if a["speaker"] != a["accused"])
    busy = pairs.most_common(1)[0][0]
    quiet = min(pairs, key=lambda pair: (abs(pairs[pair] - 4), pair))  # ~4 of the first 20,000 allegations
    document = sample.documents[999]["id"]  # the 1,000th document
    rare_word = world.words[len(world.words) // 10]
    place = world.places[7]
    party_word = top.name.split()[0]  # the distinctive word of the most-accused party's name

    def allegations_of(name: str) -> Callable[[Store], int]:
        def run(s: Store) -> int:
            page = list_allegations(s, Paging(PAGE, 0), speaker=None, accused=name, category=None, stance=None,
                                    since=None, until=None, document=None)
            return page.total
        return run

    def timeline_of(said: str, about: str) -> Callable[[Store], int]:
        return lambda s: sum(len(t.steps) for t in timelines(s, speaker=said, accused=about))

    def checked(doc: str) -> Callable[[Store], int]:
        def run(s: Store) -> int:
            report = figure_report(s, document=doc)
            return len(report.relations) + sum(len(g.values) for g in report.groups)
        return run

    def searched(text: str) -> Callable[[Store], int]:
        return lambda s: search_route(text, s, Paging(SEARCH_PAGE, 0)).total

    return [
        Query("allegations by actor: most accused", f"GET /api/allegations?accused={top.name}&limit={PAGE}",
              allegations_of(top.name)),
        Query("allegations by actor: a median one", f"GET /api/allegations?accused={middle.name}&limit={PAGE}",
              allegations_of(middle.name)),
        Query("position timeline: busiest pair", f"timelines(speaker={busy[0]!r}, accused={busy[1]!r})",
              timeline_of(*busy)),
        Query("position timeline: a quieter pair", f"timelines(speaker={quiet[0]!r}, accused={quiet[1]!r})",
              timeline_of(*quiet)),
        Query("figure checks: one document", f"figure_report(document={document[:12]!r})", checked(document)),
        Query("full-text search: a rare word", f"GET /api/search?q={rare_word}&limit={SEARCH_PAGE}", searched(rare_word)),
        Query("full-text search: a phrase", f'GET /api/search?q="residents of {place}"&limit={SEARCH_PAGE}',
              searched(f'"residents of {place}"')),
        Query("full-text search: a party and a place",
              f"GET /api/search?q={party_word} {world.places[0]}&limit={SEARCH_PAGE}",
              searched(f"{party_word} {world.places[0]}")),
        Query("full-text search: a phrase in most documents (stress)",
              f'GET /api/search?q="crimes against humanity"&limit={SEARCH_PAGE}', searched('"crimes against humanity"')),
    ]


def measure(query: Query, store: Store, backend: str, *, runs: int, budget: float) -> Timing:
    """One warm-up call, then up to ``runs`` timed calls or ``budget`` seconds, whichever ends first."""
    found = query.run(store)
    times: list[float] = []
    spent = 0.0
    while len(times) < runs and (spent < budget or len(times) < 3):
        started = time.perf_counter()
        query.run(store)
        elapsed = time.perf_counter() - started
        times.append(elapsed)
        spent += elapsed
    return Timing(query, backend, times, found)


# --- reporting ------------------------------------------------------------------------


def print_table(timings: list[Timing], console: Console) -> None:
    table = Table(title=f"query latency, {ALLEGATIONS:,} allegations (target p95 ≤ {TARGET_MS:.0f} ms)")
    for column in ("query", "backend", "runs", "found", "p50 ms", "p95 ms", "target"):
        table.add_column(column, justify="right" if column.endswith(("ms", "runs", "found")) else "left")
    for t in timings:
        table.add_row(t.query.name, t.backend, str(len(t.runs)), f"{t.found:,}", f"{t.p50:.1f}", f"{t.p95:.1f}",
                      verdict(t))
    console.print(table)


def verdict(timing: Timing) -> str:
    return "ok" if timing.p95 <= TARGET_MS else "MISSED"


# Why a query misses the target, where the cause is known (printed under the table when it does).
MISS_NOTES = {
    "allegations by actor: most accused": (
        "the page itself is an ordered index range read (a few ms); the total counts all ~130,000 of the "
        "party's allegations through the narrow (accused, review) index, and that count is what costs. "
        "Fix: report totals past a cap as \"10,000+\" (a count with LIMIT), or keep per-party counts."),
    "position timeline: busiest pair": (
        "the pair has ~7,400 allegations (1,791 dated statements), all of which the answer cites: reading them "
        "with their categories, acts and documents' dates is most of the time (rows spread over the whole "
        "ledger, one IN-list query per 500 ids), and merging them into statements with their reports is "
        "~150 ms of Python on its own. No read path makes that 50 ms. Fix: keep each pair's dated statements "
        "materialised (updated on save, review and re-extraction) and page a timeline's steps (the API pages "
        "timelines, not steps)."),
    "position timeline: a quieter pair": (
        "the pair's ~130 statements take a few ms of SQL (the (speaker, accused) index); the rest is fixed "
        "cost -- the actors' part_of links (one row per actor now, not per written form), the canonical names, "
        "four round trips and the classification -- 20-30 ms on an idle machine, so the p95 crosses 50 ms "
        "only when other work loads both cores."),
    "figure checks: one document": (
        "party names are masked with one trie-built pattern now (it was an alternation of ~2,300 forms: ~1 s); "
        "what remains is bounded but done afresh on every call: the store reads (every party form, the 100 "
        "documents published nearest with their figures: ~30-40 ms) and, in Python, each of those documents' "
        "sentences, proper names and figure relations and each figure's scope (~80-150 ms). Fix: keep that "
        "per-document reading beside the document at ingest (it depends on the text alone), or compare with "
        "fewer nearby documents."),
    "full-text search: a phrase": (
        "~400-500 matches, all ranked (up to the cap), with 20 snippets and a count that stops past the cap: "
        "20-30 ms when the machine is otherwise idle; it crosses 50 ms at p95 only while other work loads "
        "both cores (the load average is printed above). Nothing in the query grows with the ledger."),
    "allegations by actor: a median one": (
        "an index range read of one page and a count over ~1,700 rows: 10-20 ms when the machine is otherwise "
        "idle; over 50 ms at p95 only while other work loads both cores."),
    "full-text search: a phrase in most documents (stress)": (
        "the phrase is in 3 of 4 documents; the search ranks at most the first 1,000 matches found and "
        "counts no further (`capped` in the API answer), so what is left is ranking 1,000 documents and "
        "making 20 snippets. On SQLite a floor of ~20 ms remains: FTS5's bm25 counts the documents holding "
        "each phrase in the whole index (its IDF) before scoring any."),
}


def server_version(fills: dict[str, str]) -> str:
    """The PostgreSQL server's version, if it was measured."""
    url = PG_SERVER.get("url")
    if "postgresql" not in fills or not url:
        return "not measured"
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return str(connection.exec_driver_sql("SHOW server_version").scalar())
    finally:
        engine.dispose()


PG_SERVER: dict[str, str] = {}


def _load() -> str:
    try:
        return " / ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def markdown(timings: list[Timing], fills: dict[str, str], allegations: int, args: argparse.Namespace,
             loads: tuple[str, str]) -> str:
    documents = allegations // synthetic.PER_DOCUMENT
    lines = [
        START_MARK,
        f"## Query latency (`bench/query_latency.py`, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        (f"- machine: {os.cpu_count()} CPUs; {platform.platform()}; Python {platform.python_version()}; "
         f"SQLite {sqlite3.sqlite_version}; PostgreSQL {server_version(fills)}"),
        (f"- store: {allegations:,} synthetic allegations in {documents:,} documents (seed {synthetic.SEED}), "
         f"{2 * allegations:,} actor mentions, {3 * documents:,} figures; fill: "
         + "; ".join(f"{name} {note}" for name, note in fills.items())),
        f"- each query: one warm-up call, then up to {args.runs} timed calls; p50/p95 in ms",
        (f"- load average (1/5/15 min) before: {loads[0]}; after: {loads[1]} -- other work on the machine "
         "shows up in these numbers"),
        "",
        "| query | call | backend | found | p50 ms | p95 ms | target |",
        "|---|---|---|---:|---:|---:|---|",
    ]
    for t in timings:
        lines.append(f"| {t.query.name} | `{t.query.what}` | {t.backend} | {t.found:,} | {t.p50:.1f} | {t.p95:.1f} "
                     f"| {'≤ 50 ' + verdict(t)} |")
    missed = sorted({t.query.name for t in timings if t.p95 > TARGET_MS})
    if missed:
        lines += ["", "Missed targets:", ""]
        lines += [f"- **{name}**: {MISS_NOTES.get(name, 'cause not analysed yet.')}" for name in missed]
    lines += ["", END_MARK, ""]
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
    parser.add_argument("--allegations", type=int, default=ALLEGATIONS, help=f"ledger size (default {ALLEGATIONS:,})")
    parser.add_argument("--sqlite", type=Path, default=DEFAULT_SQLITE, help=f"SQLite file (default {DEFAULT_SQLITE})")
    parser.add_argument("--pg", default=os.environ.get(PG_ENV_VAR, DEFAULT_PG),
                        help=f"PostgreSQL URL (default ${PG_ENV_VAR} or {DEFAULT_PG})")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--refill", action="store_true", help="rebuild the stores even if they hold the ledger")
    parser.add_argument("--runs", type=int, default=40, help="timed calls per query (default 40)")
    parser.add_argument("--budget", type=float, default=20.0, help="seconds per query at most (default 20)")
    parser.add_argument("--only", default="", help="only queries whose name contains this")
    parser.add_argument("--fill-only", action="store_true", help="prepare the stores, measure nothing")
    parser.add_argument("--no-write", action="store_true", help=f"print only; leave {RESULTS.name} alone")
    args = parser.parse_args(argv)

    console = Console()
    world = synthetic.make_world()
    backends = {}
    if not args.no_sqlite:
        backends["sqlite"] = database_url(str(args.sqlite))
    if not args.no_pg:
        backends["postgresql"] = PG_SERVER["url"] = database_url(args.pg)
    timings: list[Timing] = []
    fills: dict[str, str] = {}
    load_before = _load()
    for name, url in backends.items():
        console.print(f"[bold]{name}[/bold]: preparing {url.split('@')[-1]}")
        fills[name] = fill_note(url, prepare(url, world, args.allegations, refill=args.refill, console=console))
        console.print(f"  fill: {fills[name]}")
        if args.fill_only:
            continue
        with Store.open(url) as store:
            for query in queries(world):
                if args.only and args.only not in query.name:
                    continue
                timing = measure(query, store, name, runs=args.runs, budget=args.budget)
                console.print(f"  {query.name}: p50 {timing.p50:.1f} ms, p95 {timing.p95:.1f} ms ({timing.found:,})")
                timings.append(timing)
    print_table(timings, console)
    if not args.no_write and not args.only and not args.fill_only:
        write_results(markdown(timings, fills, args.allegations, args, (load_before, _load())))
        console.print(f"[dim]wrote {RESULTS}[/dim]")
    return 0  # a missed target is reported in the table, not as a failed `make bench`


if __name__ == "__main__":
    raise SystemExit(main())
