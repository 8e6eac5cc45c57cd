"""Engines: ``--jobs 2`` and the Ray engine store exactly what one process stores.

The inputs are the bundled fictional samples (``samples/corpus``, with their gazetteer
``samples/actors.toml``); ingest runs for real (the spaCy model, worker processes, a
local Ray) into real SQLite ledgers, which are then compared document by document and
record by record. Ray is required when ``CI=true``; elsewhere its tests are skipped,
with the reason, when the ``ray`` extra is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from casefile import service
from casefile.engines import LocalEngine, PoolEngine
from casefile.engines.pool import DIED
from casefile.extract import extract_document
from casefile.records import Extraction, SourceDocument
from casefile.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "corpus"
ACTORS = ROOT / "samples" / "actors.toml"
FAULT_MARK = "Velmoran extractor fault"  # a document containing this makes the test extractors fail


@pytest.fixture(scope="module", autouse=True)
def sample_actors() -> Iterator[None]:
    """The samples' own fictional gazetteer, for this process and every worker it starts."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CASEFILE_ACTORS", str(ACTORS))
        yield


def cli(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real ``casefile`` command in a subprocess (so ``--jobs`` starts real worker processes)."""
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True, text=True, timeout=600, cwd=ROOT, check=False,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


def ledger(db: Path) -> dict[str, dict[str, Any]]:
    """Everything stored, per document id: metadata (not the ingest time), raw bytes, records."""
    with Store.open(f"sqlite:///{db}") as store:
        return {
            doc.id: {
                "document": {k: v for k, v in asdict(doc).items() if k != "ingested_at"},
                "raw": store.raw_bytes(doc.id),
                "extraction": store.extraction(doc.id),
            }
            for doc in store.documents()
        }


def assert_same_ledger(got: dict[str, dict[str, Any]], expected: dict[str, dict[str, Any]]) -> None:
    assert sorted(got) == sorted(expected)
    for doc_id, want in expected.items():
        have = got[doc_id]
        assert have["document"] == want["document"], doc_id
        assert have["raw"] == want["raw"], doc_id
        for kind in ("allegations", "figures", "actors", "limitations"):
            assert getattr(have["extraction"], kind) == getattr(want["extraction"], kind), (doc_id, kind)


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The samples ingested by ``casefile ingest`` in one process: the reference ledger."""
    db = tmp_path_factory.mktemp("jobs1") / "ledger.db"
    done = cli("ingest", "--db", db, CORPUS)
    assert done.returncode == 0, done.stderr
    stored = ledger(db)
    assert len(stored) == len([p for p in CORPUS.iterdir() if not p.name.startswith(".")])
    assert sum(len(d["extraction"].allegations) for d in stored.values()) > 10  # a real ledger, not an empty one
    assert sum(len(d["extraction"].figures) for d in stored.values()) > 10
    return stored


def test_jobs_2_stores_the_same_records_as_one_process(
    one_process: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    db = tmp_path / "jobs2.db"
    done = cli("ingest", "--jobs", "2", "--db", db, CORPUS)

    assert done.returncode == 0, done.stderr
    assert_same_ledger(ledger(db), one_process)
    assert "12 documents stored" in done.stdout


def test_jobs_2_reports_bad_files_and_stores_the_rest(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = sorted(CORPUS.glob("*.txt"))[:3]
    for path in good:
        (inbox / path.name).write_bytes(path.read_bytes())
    (inbox / "2025-01-01-broken.pdf").write_bytes(b"%PDF-1.7\nthis is not really a PDF\n")
    (inbox / "2025-01-02-empty.txt").write_text("", encoding="utf-8")
    db = tmp_path / "ledger.db"

    done = cli("ingest", "--jobs", "2", "--db", db, inbox, tmp_path / "missing.md")

    assert done.returncode == 1
    failed = [line for line in done.stdout.splitlines() if line.startswith("failed")]
    assert len(failed) == 3
    assert "2025-01-01-broken.pdf" in failed[0] and "2025-01-02-empty.txt" in failed[1] and "missing.md" in failed[2]
    assert "3 documents stored" in done.stdout and "3 failed" in done.stdout
    assert len(ledger(db)) == 3


def extract_unless_marked(source: SourceDocument) -> Extraction:
    """The real extractor, except on a document carrying :data:`FAULT_MARK` (an extractor bug)."""
    if FAULT_MARK in source.text:
        raise ValueError("cannot parse the marked paragraph")
    return extract_document(source)


def die_on_marked(source: SourceDocument) -> Extraction:
    """The real extractor, except that a marked document kills its worker process."""
    if FAULT_MARK in source.text:
        os._exit(3)
    return extract_document(source)


def marked_inbox(tmp_path: Path) -> list[str]:
    """Two sample stories around a fictional story carrying the fault mark."""
    first, last = sorted(CORPUS.glob("*.txt"))[:2]
    marked = tmp_path / "marked.txt"
    marked.write_text(f"The Velmoran ministry said the talks would resume. {FAULT_MARK}.\n", encoding="utf-8")
    return [str(first), str(marked), str(last)]


@pytest.mark.parametrize(
    ("extract", "error"),
    [(extract_unless_marked, "extraction failed (ValueError: cannot parse the marked paragraph)"), (die_on_marked, DIED)],
    ids=["raises", "kills-its-worker"],
)
def test_a_document_failing_in_a_worker_fails_alone(extract: Any, error: str, tmp_path: Path) -> None:
    items = marked_inbox(tmp_path)
    with Store.open(f"sqlite:///{tmp_path / 'ledger.db'}") as store:
        summary = service.ingest(items, store=store, engine=PoolEngine(2, extract=extract))
        stored_ids = {doc.id for doc in store.documents()}

    assert [o.status for o in summary.outcomes] == ["stored", "failed", "stored"]
    assert error in (summary.outcomes[1].error or "") and items[1] in (summary.outcomes[1].error or "")
    assert stored_ids == {summary.outcomes[0].document_id, summary.outcomes[2].document_id}


def test_local_and_pool_engines_yield_the_same_order_and_results(tmp_path: Path) -> None:
    items = marked_inbox(tmp_path)
    from casefile.sources import read_source

    sources = [read_source(item) for item in items]
    local = list(LocalEngine(extract_unless_marked).run(sources))
    pooled = list(PoolEngine(2, extract=extract_unless_marked, ahead=1).run(iter(sources)))

    assert all(got is given for (got, _), given in zip(pooled, sources, strict=True))  # raw bytes and all
    assert [r for _, r in pooled] == [r for _, r in local]


def test_parsing_in_batches_stores_the_same_records_as_one_document_at_a_time(
    one_process: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    """The CLI's local engine parses the samples together (``nlp.pipe``); ``batch=1`` parses each alone."""
    db = tmp_path / "one-at-a-time.db"
    with Store.open(f"sqlite:///{db}") as store:
        summary = service.ingest([str(CORPUS)], store=store, engine=LocalEngine(batch=1))

    assert len(summary.stored) == len(one_process)
    assert_same_ledger(ledger(db), one_process)


def test_the_ray_engine_without_ray_says_how_to_install_it(tmp_path: Path) -> None:
    hidden = tmp_path / "no-ray"
    hidden.mkdir()
    (hidden / "ray.py").write_text("raise ImportError(\"No module named 'ray'\", name='ray')\n", encoding="utf-8")

    done = cli("ingest", "--engine", "ray", "--db", tmp_path / "x.db", CORPUS, env={"PYTHONPATH": str(hidden)})

    assert done.returncode == 2
    assert "pip install 'casefile[ray]'" in done.stderr
    assert not (tmp_path / "x.db").exists() or not ledger(tmp_path / "x.db")


def test_address_without_the_ray_engine_is_a_usage_error(tmp_path: Path) -> None:
    done = cli("ingest", "--address", "auto", "--db", tmp_path / "x.db", CORPUS)
    assert done.returncode == 2
    assert "--engine ray" in done.stderr


# --- Ray: one local cluster for the module ----------------------------------------------


@pytest.fixture(scope="module")
def local_ray() -> Iterator[Any]:
    if importlib.util.find_spec("ray") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but ray is not installed: `make setup` installs .[test,ray]")
        pytest.skip("ray is not installed (pip install 'casefile[ray]'); the Ray engine is not tested")
    import ray

    from casefile.engines.ray_engine import connect

    assert connect(ray, None)  # what `casefile ingest --engine ray` does without --address
    try:
        yield ray
    finally:
        ray.shutdown()


@pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")  # Ray Data's own settings
def test_ray_engine_stores_the_same_records_as_one_process(
    local_ray: Any, one_process: dict[str, dict[str, Any]], tmp_path: Path
) -> None:
    from casefile.engines.ray_engine import RayEngine

    db = tmp_path / "ray.db"
    items = [*service.expand([str(CORPUS)]), str(tmp_path / "missing.txt")]
    with Store.open(f"sqlite:///{db}") as store:
        summary = service.ingest(items, store=store, engine=RayEngine(batch_size=2))

    assert [o.status for o in summary.outcomes] == ["stored"] * len(one_process) + ["failed"]
    assert local_ray.is_initialized()  # the engine used the running Ray and left it running
    assert_same_ledger(ledger(db), one_process)
