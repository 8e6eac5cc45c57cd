"""``--engine ray``: extraction on a Ray cluster with Ray Data.

The pipeline for each window of documents is ``from_items`` (the sources, pickled, raw
bytes left behind) → ``map_batches(RayExtractor)`` on an actor pool, one actor per CPU,
each loading spaCy once → rows streamed back to the driver. Ray Data's streaming
executor applies backpressure: it stops feeding actors while the driver has not taken
the results (the driver writes them to the store as they come). Results are put back in
input order on the driver, so the store sees exactly what the local engine would write.

Windows of ``window`` documents bound the driver's memory on very large batches; each
window starts a fresh actor pool, so a window should hold minutes of work.

Ray is an optional extra (``pip install 'casefile[ray]'``): nothing here imports it
before :meth:`RayEngine.run`.
"""

from __future__ import annotations

import itertools
import logging
import os
import pickle
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from casefile.engines.base import (
    Result,
    default_extract,
    extract_safely,
    for_worker,
    warm_up,
)
from casefile.errors import CasefileError, InputError
from casefile.nlp.pipeline import ACTORS_ENV_VAR
from casefile.records import SourceDocument

INSTALL_HINT = "pip install 'casefile[ray]'"
QUIET_LOGGERS = ("ray", "ray.data", "ray.data._internal.execution.streaming_executor")


def import_ray() -> Any:
    """The ``ray`` module with Ray Data, or an :class:`InputError` saying how to install it."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise InputError(
            f"--engine ray needs Ray, which is not installed ({exc.name or exc}); "
            f"install the extra with: {INSTALL_HINT}"
        ) from exc
    return ray


class RayExtractor:
    """The Ray Data callable class: one per actor, spaCy loaded once in its constructor."""

    def __init__(self) -> None:
        warm_up()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        results = [
            pickle.dumps(extract_safely(default_extract, pickle.loads(blob)), protocol=pickle.HIGHEST_PROTOCOL)
            for blob in batch["source"]
        ]
        return {"seq": batch["seq"], "result": np.array(results, dtype=object)}


@dataclass
class RayEngine:
    """Ray Data extraction; ``address`` is ``auto``, ``ray://host:port`` or None (start a local Ray).

    ``actors``: extraction actors (default: every CPU of the cluster). ``batch_size``:
    documents per actor call.
    """

    address: str | None = None
    actors: int | None = None
    batch_size: int = 4
    window: int = 2000
    name: str = "ray"

    def run(self, sources: Iterable[SourceDocument]) -> Iterator[tuple[SourceDocument, Result]]:
        ray = import_ray()
        started = connect(ray, self.address)
        try:
            pending = iter(sources)
            while window := list(itertools.islice(pending, self.window)):
                yield from self._run_window(ray, window)
        finally:
            if started:
                ray.shutdown()

    def _restarts(self) -> dict[str, int]:
        """On this machine alone, a dead actor is not restarted (Ray would only log that it could be).

        On a cluster Ray Data restarts actors lost with a node, as it does by default.
        """
        return {"max_restarts": 0} if self.address is None else {}

    def _run_window(self, ray: Any, window: list[SourceDocument]) -> Iterator[tuple[SourceDocument, Result]]:
        items = [
            {"seq": seq, "source": pickle.dumps(for_worker(source), protocol=pickle.HIGHEST_PROTOCOL)}
            for seq, source in enumerate(window)
        ]
        actors = self.actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        with warnings.catch_warnings():  # max_restarts has no named parameter yet in Ray 2.60
            warnings.filterwarnings("ignore", message="`ray_remote_args` is deprecated")
            dataset = ray.data.from_items(items).map_batches(
                RayExtractor,
                # the driver's gazetteer files (on a remote cluster, these paths must exist on every node)
                runtime_env={"env_vars": {ACTORS_ENV_VAR: os.environ.get(ACTORS_ENV_VAR, "")}},
                batch_size=self.batch_size,
                compute=ray.data.ActorPoolStrategy(size=min(actors, len(window))),
                num_cpus=1,
                **self._restarts(),
            )
        try:
            yield from _in_order(window, dataset.iter_rows())
        except ray.exceptions.RayError as exc:
            raise CasefileError(
                f"the Ray run failed ({type(exc).__name__}: {exc}); documents stored before it stay stored"
            ) from exc


def _in_order(window: list[SourceDocument], rows: Iterable[dict[str, Any]]) -> Iterator[tuple[SourceDocument, Result]]:
    """Rows as they finish, yielded in input order (the few that finish early wait)."""
    waiting: dict[int, Result] = {}
    following = 0
    for row in rows:
        waiting[int(row["seq"])] = pickle.loads(row["result"])
        while following in waiting:
            yield window[following], waiting.pop(following)
            following += 1
    if following != len(window):
        raise CasefileError(f"the Ray run returned {following} of {len(window)} documents")


def connect(ray: Any, address: str | None) -> bool:
    """Join the cluster at ``address`` or start a local Ray on this machine's cores.

    Returns True when this call started (or joined) Ray, so the engine shuts it down
    after; an already initialised Ray (e.g. a test's) is used as it is.
    """
    _quiet(ray)
    if ray.is_initialized():
        return False
    try:
        if address is None:
            ray.init(
                num_cpus=os.cpu_count(),
                include_dashboard=False,
                logging_level=logging.ERROR,
                log_to_driver=False,
            )
        else:
            ray.init(address=address, logging_level=logging.ERROR, log_to_driver=False)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        where = f"the Ray cluster at {address}" if address else "a local Ray"
        raise InputError(f"could not start or reach {where}: {exc}; check --address (auto, ray://HOST:10001)") from exc
    return True


def _quiet(ray: Any) -> None:
    """No Ray Data progress bars or per-run log lines: the CLI draws its own progress."""
    ray.data.DataContext.get_current().enable_progress_bars = False
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
