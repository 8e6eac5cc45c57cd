"""engines: where extraction runs — this process, a local process pool, or a Ray cluster.

Every engine has one method, ``run(sources) -> iterator of (source, extraction or
ExtractionFailed)``, in input order (see :class:`~casefile.engines.base.Engine`);
:func:`casefile.service.ingest` reads the sources, hands them to an engine and writes
the results to the store in order, so every engine stores exactly the same records.
"""

from __future__ import annotations

from casefile.engines.base import Engine, ExtractionFailed, Result
from casefile.engines.local import LocalEngine
from casefile.engines.pool import PoolEngine
from casefile.errors import InputError

ENGINES = ("local", "ray")


def make_engine(name: str = "local", *, jobs: int | None = None, address: str | None = None) -> Engine:
    """The engine for ``casefile ingest --engine NAME --jobs N --address A``.

    ``local`` runs in this process with ``jobs`` ≤ 1 and in a pool of ``jobs`` processes
    otherwise; ``ray`` uses ``jobs`` actors when given, else every CPU of the cluster.
    """
    if jobs is not None and jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {jobs}")
    if name == "ray":
        from casefile.engines.ray_engine import RayEngine, import_ray

        import_ray()  # fail before any document is read if the extra is missing
        return RayEngine(address=address, actors=jobs)
    if name != "local":
        raise InputError(f"unknown engine {name!r}; expected one of: {', '.join(ENGINES)}")
    if address is not None:
        raise InputError("--address is for --engine ray; add --engine ray or drop --address")
    if jobs is None or jobs == 1:
        return LocalEngine()
    return PoolEngine(jobs)


__all__ = ["ENGINES", "Engine", "ExtractionFailed", "LocalEngine", "PoolEngine", "Result", "make_engine"]
