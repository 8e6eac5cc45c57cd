"""``--jobs N``: extraction in N worker processes on this machine, results in input order.

Each worker loads the spaCy pipeline once (at start) and extracts whole documents; the
parent reads sources, feeds the pool at most ``ahead`` documents per worker in advance
(so memory stays bounded however long the batch) and gets results back in order, so the
store is written in document order exactly as with one process.

Workers are started with ``spawn``: the parent may already run threads (the progress
bar's), which ``fork`` would copy half-way.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from casefile.engines.base import (
    ExtractionFailed,
    Extractor,
    Result,
    default_extract,
    extract_safely,
    for_worker,
    warm_up,
)
from casefile.records import SourceDocument

DIED = "the worker process died while extracting this document (out of memory?)"


@dataclass
class PoolEngine:
    """Extraction in ``jobs`` processes; ``extract`` must be a module-level (picklable) function."""

    jobs: int
    extract: Extractor = default_extract
    ahead: int = 2
    name: str = "pool"
    _pool: ProcessPoolExecutor | None = field(default=None, init=False, repr=False)

    def run(self, sources: Iterable[SourceDocument]) -> Iterator[tuple[SourceDocument, Result]]:
        if self.jobs < 1:
            raise ValueError(f"jobs must be at least 1, not {self.jobs}")
        pending = iter(sources)
        inflight: deque[tuple[SourceDocument, Future[Result]]] = deque()
        started_here = self._pool is None
        try:
            while True:
                while len(inflight) < self.jobs * self.ahead and (source := next(pending, None)) is not None:
                    inflight.append((source, self._submit(source)))
                if not inflight:
                    return
                source, future = inflight.popleft()
                try:
                    result = future.result()
                except BrokenProcessPool:
                    result = self._after_crash(source, inflight)
                yield source, result
        finally:
            if started_here:
                self._shutdown()

    def start(self) -> None:
        """Start the workers now and wait for them to load spaCy; :meth:`close` stops them.

        Optional: :meth:`run` starts (and stops) a pool itself. A benchmark starts it first
        so that only the work is timed.
        """
        for future in [self._executor().submit(warm_up) for _ in range(self.jobs)]:
            future.result()

    def close(self) -> None:
        self._shutdown()

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"), initializer=warm_up
            )
        return self._pool

    def _submit(self, source: SourceDocument) -> Future[Result]:
        return self._executor().submit(extract_safely, self.extract, for_worker(source))

    def _after_crash(self, source: SourceDocument, inflight: deque[tuple[SourceDocument, Future[Result]]]) -> Result:
        """A worker died: retry this document alone in a fresh pool, then resubmit the rest.

        Only a document that kills a worker on its own fails; the others in flight with it
        are extracted again.
        """
        self._shutdown()
        try:
            result = self._submit(source).result()
        except BrokenProcessPool:
            self._shutdown()
            result = ExtractionFailed(DIED)
        waiting = [s for s, _ in inflight]
        inflight.clear()
        inflight.extend((s, self._submit(s)) for s in waiting)
        return result

    def _shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
