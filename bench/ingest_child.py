"""One timed ``casefile ingest``, run by ``ingest_speed.py`` in a child process of its own.

The child loads what the engine needs first (spaCy in this process for one job; the
worker processes for ``--jobs N``; a local Ray for ``--engine ray``), then times
:func:`casefile.service.ingest` alone and prints one JSON line: seconds, documents
stored and failed, records written, and the peak RSS: this process's own high-water mark
(``VmHWM``: not the parent's memory, which a forked child's ``ru_maxrss`` would include)
or, if larger, that of the worker processes it started and reaped (``RUSAGE_CHILDREN``).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time

from casefile import service
from casefile.engines import Engine, LocalEngine, PoolEngine
from casefile.store import Store


def prepared_engine(name: str, jobs: int) -> tuple[Engine, object]:
    """The engine, warmed up; and what to close afterwards (a pool, Ray) or None."""
    if name == "ray":
        import ray

        from casefile.engines.ray_engine import RayEngine, connect

        connect(ray, None)  # a local Ray on this machine's cores (not timed; actor start-up is)
        return RayEngine(), ray
    if jobs == 1:
        from casefile.extract import extract_text

        extract_text("The Lumen Watch said the Amberline Front shelled Ashbeck.")  # spaCy loaded, not timed
        return LocalEngine(), None
    pool = PoolEngine(jobs)
    pool.start()
    return pool, pool


def peak_rss_mb() -> float:
    """The larger of this process's ``VmHWM`` and its reaped children's peak RSS, in MB."""
    own_kb = 0
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                own_kb = int(line.split()[1])
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own_kb, children_kb) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--engine", choices=("local", "ray"), default="local")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("inputs", nargs="+")
    args = parser.parse_args(argv)

    engine, opened = prepared_engine(args.engine, args.jobs)
    try:
        with Store.open(args.db) as store:
            started = time.perf_counter()
            summary = service.ingest(args.inputs, store=store, engine=engine)
            seconds = time.perf_counter() - started
    finally:
        if isinstance(opened, PoolEngine):
            opened.close()
        elif opened is not None:
            opened.shutdown()  # type: ignore[attr-defined]
    counts = summary.counts
    print(json.dumps({
        "peak_rss_mb": peak_rss_mb(),
        "seconds": seconds,
        "stored": len(summary.stored),
        "failed": [o.error for o in summary.failed],
        "allegations": counts.allegations,
        "figures": counts.figures,
        "actors": counts.actors,
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
