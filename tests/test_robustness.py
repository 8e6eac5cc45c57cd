"""Bad input, crashes and concurrent writers: ``casefile ingest`` as a real subprocess.

Every party, place and number here is invented.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from casefile import service
from casefile.errors import SourceError
from casefile.extract import extract_document
from casefile.sources import read_source
from casefile.store import Store
from casefile.store.maintenance import check
from test_sources import image_only_pdf, make_pdf

GOOD_STORY = (
    "date 2025-04-02\n"
    "The Harrowgate Rights Monitor accused the Republic of Velmora of war crimes in the Tessin valley.\n"
    "At least 27 people were killed, according to the Tessin Health Office.\n"
)
SCRIPT_ONLY_PAGE = b"""<!DOCTYPE html><html><head><title>Loading</title>
<script>window.app = {start: function () { return 1; }};</script></head>
<body><script src="/bundle.js"></script><iframe src="http://127.0.0.1:9/embed"></iframe>
<noscript>Enable JavaScript.</noscript></body></html>"""
LONG_RUN = " ".join(["velmoran", "ledger", "dalvik", "tessin", "ostrel", "harrowgate"] * 42_000)  # ~2 MB, no full stop


def ingest(*args: str | Path, env: dict[str, str] | None = None, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", "ingest", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=timeout,
    )


def lines_for(stdout: str) -> dict[str, str]:
    """The outcome line of each item, keyed by the file or URL's last path part."""
    found: dict[str, str] = {}
    for line in stdout.splitlines():
        if line.startswith(("stored", "failed", "known")):
            for word in line.split():
                name = word.rstrip(":").rsplit("/", 1)[-1]
                if name:
                    found.setdefault(name, line)
    return found


# --- a local server that fails --------------------------------------------------------


class _Failing(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/slow":
            time.sleep(4)
        status = {"/broken": 500, "/slow": 200}.get(self.path, 404)
        body = b"The Republic of Velmora denied it."
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Failing)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# --- bad input, end to end ---------------------------------------------------------------


@pytest.fixture
def bad_inbox(tmp_path: Path) -> Path:
    """A directory of bad files, files that only look bad, and one good fictional story."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    files: dict[str, bytes] = {
        "good.txt": GOOD_STORY.encode(),
        "empty.txt": b"",
        "binary.txt": bytes(range(256)) * 8,
        "utf16.txt": "The Ostrel Liberation Front denied holding 14 hostages in Medra.".encode("utf-16"),
        "cp1252.txt": "The Dalvik Caf\u00e9 Union \u2013 a fictional group \u2013 said 9 people were injured.".encode("cp1252"),
        "bad-utf8.md": b"Civic Watch International said \xff\xfe 5 people were detained in Tessin.",
        "cut.pdf": make_pdf()[:900],
        "locked.pdf": make_pdf(owner_password="owner-secret", user_password="reader-secret"),
        "scan.pdf": image_only_pdf(),
        "scripts.html": SCRIPT_ONLY_PAGE,
        "huge.txt": b"The Velmora archive. " * 160_000,  # 3.36 MB, over the 3 MB limit set below
        "long-run.txt": LONG_RUN.encode(),  # under the limit, but one 2 MB "sentence"
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    (inbox / "gone.txt").symlink_to(inbox / "deleted-before-reading.txt")  # unreadable even as root
    if os.geteuid() != 0:
        locked = inbox / "locked.txt"
        locked.write_text("The Tessin Health Office said 3 people died.", encoding="utf-8")
        locked.chmod(0)
    return inbox


EXPECTED_FAILURES = {
    "empty.txt": "empty file",
    "binary.txt": "looks binary",
    "cut.pdf": "damaged or truncated PDF",
    "locked.pdf": "encrypted PDF",
    "scan.pdf": "no text layer",
    "scripts.html": "no main text found in HTML",
    "huge.txt": "too large",
    "long-run.txt": "no sentence end",
    "gone.txt": "no such file",
    "nowhere": "404",
    "broken": "500",
    "slow": "timed out",
}


def test_ingest_a_directory_of_bad_files(bad_inbox: Path, db_path: Path, server: str) -> None:
    started = time.monotonic()
    result = ingest(bad_inbox, f"{server}/nowhere", f"{server}/broken", f"{server}/slow", "--db", db_path,
                    env={"CASEFILE_MAX_BYTES": "3000000", "CASEFILE_TIMEOUT": "1"})
    elapsed = time.monotonic() - started

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert elapsed < 60, f"took {elapsed:.0f}s"
    found = lines_for(result.stdout)
    for name in ("good.txt", "utf16.txt", "cp1252.txt", "bad-utf8.md"):  # decoded, not rejected
        assert found[name].startswith("stored"), found.get(name)
    for name, reason in EXPECTED_FAILURES.items():
        line = found[name]
        assert line.startswith("failed") and reason in line, line
        assert "(" in line, f"no hint on what to do: {line}"
    if os.geteuid() != 0:
        assert "permission denied" in found["locked.txt"]
    failed = len(EXPECTED_FAILURES) + (os.geteuid() != 0)
    assert "4 documents stored" in result.stdout and f"{failed} failed" in result.stdout

    with Store.open(f"sqlite:///{db_path}") as store:
        assert store.counts()["documents"] == 4
        texts = {doc.origin.rsplit("/", 1)[-1]: doc.text for doc in store.documents()}
    assert "Dalvik Caf\u00e9 Union \u2013 a fictional group" in texts["cp1252.txt"]
    assert "Ostrel Liberation Front" in texts["utf16.txt"]
    assert check(f"sqlite:///{db_path}") == []


def test_a_long_run_of_words_fails_fast_and_clearly(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(LONG_RUN, encoding="utf-8")
    started = time.monotonic()
    with pytest.raises(SourceError) as info:
        read_source(str(path))
    assert time.monotonic() - started < 5
    assert info.value.origin == str(path)
    assert "no sentence end or line break" in info.value.reason and "split it" in info.value.hint


def test_long_text_with_line_breaks_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(("The Velmora archive lists the convoy routes of the valley " * 300 + "\n") * 20, encoding="utf-8")
    assert len(read_source(str(path)).text) > 300_000


def test_an_extractor_failure_fails_that_item_only(tmp_path: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("The Ostrel Liberation Front denied the report.", encoding="utf-8")
    second.write_text("The Republic of Velmora denied the report.", encoding="utf-8")
    real = service.extract_document

    def flaky(source):  # type: ignore[no-untyped-def]
        if source.origin == str(first):
            raise OverflowError("cannot convert float infinity to integer")
        return real(source)

    monkeypatch.setattr(service, "extract_document", flaky)
    with Store.open(f"sqlite:///{db_path}") as store:
        summary = service.ingest([str(first), str(second)], store=store)
    [failed] = summary.failed
    assert failed.item == str(first) and "extraction failed (OverflowError" in (failed.error or "")
    assert failed.error and failed.error.startswith(str(first))
    assert [o.item for o in summary.stored] == [str(second)]


# --- crash safety --------------------------------------------------------------------------


def write_batch(folder: Path, count: int, *, tag: str) -> list[Path]:
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        text = (
            f"date 2025-0{1 + n % 9}-1{n % 10}\n"
            f"The Harrowgate Rights Monitor accused the Republic of Velmora of war crimes in {tag} district {n}. "
            f"At least {n + 11} people were killed and {n + 30} were injured, the Tessin Health Office said. "
            f"Velmora's foreign ministry rejected the accusation as baseless. "
            f"Civic Watch International said the Ostrel Liberation Front held {n + 4} hostages in {tag}. "
            f"The monitor said it could not verify who fired the shells on day {n}.\n"
        )
        path = folder / f"{tag}-{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def documents_in(db: Path) -> int:
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0
    try:
        return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        connection.close()


def assert_each_document_whole(db: Path) -> list[str]:
    """Every stored document holds exactly what a fresh extraction of its text gives."""
    assert check(f"sqlite:///{db}") == []
    with Store.open(f"sqlite:///{db}") as store:
        stored = store.documents()
        for doc in stored:
            fresh = extract_document(read_source(doc.origin))
            assert fresh.document == doc.id
            assert store.extraction(doc.id) == fresh, doc.origin
        return [doc.origin for doc in stored]


def test_a_killed_ingest_leaves_whole_documents_and_a_rerun_finishes(tmp_path: Path, db_path: Path) -> None:
    batch = write_batch(tmp_path / "batch", 30, tag="Dalvik")
    argv = [sys.executable, "-m", "casefile", "ingest", str(batch[0].parent), "--db", str(db_path)]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while documents_in(db_path) < 1 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the batch finished before it could be killed"

    survivors = assert_each_document_whole(db_path)
    assert 1 <= len(survivors) < 30

    rerun = ingest(batch[0].parent, "--db", db_path)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(survivors)} already known" in rerun.stdout
    assert sorted(assert_each_document_whole(db_path)) == sorted(map(str, batch))
    with Store.open(f"sqlite:///{db_path}") as store:
        assert store.counts()["documents"] == 30


def test_two_processes_ingest_into_one_database_at_once(tmp_path: Path, db_path: Path) -> None:
    north = write_batch(tmp_path / "north", 4, tag="Medra")
    south = write_batch(tmp_path / "south", 4, tag="Tessin")
    processes = [
        subprocess.Popen([sys.executable, "-m", "casefile", "ingest", str(batch[0].parent), "--db", str(db_path)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for batch in (north, south)
    ]
    results = [p.communicate(timeout=240) for p in processes]
    for process, (stdout, stderr) in zip(processes, results, strict=True):
        assert process.returncode == 0, stderr
        assert "4 documents stored" in stdout and "Traceback" not in stderr
    assert sorted(assert_each_document_whole(db_path)) == sorted(map(str, north + south))
