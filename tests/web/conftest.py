"""A real ``casefile serve`` on 127.0.0.1 over a temporary SQLite ledger of fictional documents.

The ledger is filled in-process (the model loads once per session), then the server runs
as a subprocess, as a user would start it. Browser tests use Debian's Chromium at
/usr/bin/chromium: skipped with a reason on a machine without it, failed when ``CI=true``.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from casefile.service import ingest
from casefile.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from fixtures_text import REVIEW_NOTE, VARNIA_REPORT, XSS_TEXT  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
MAX_BYTES = 100_000  # the server's upload limit in these tests


@dataclass(frozen=True)
class Served:
    url: str
    token: str
    report_id: str
    xss_id: str
    folder: Path
    review_id: str = ""  # a document whose records the review tests decide on


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"casefile serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/api/counts", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"casefile serve did not answer within 30 s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory, fictional_actor_files: str) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("web")
    db = folder / "web.db"
    (report, xss, review), token = fill_ledger(db, folder, actors=fictional_actor_files, token_name="web-tests")
    with serving(db, folder / "serve.log", actors=fictional_actor_files) as url:
        yield Served(url, token, str(report.document_id), str(xss.document_id), folder, str(review.document_id))


def fill_ledger(db: Path, folder: Path, *, actors: str, token_name: str) -> tuple[list[Any], str]:
    """Ingest the three fictional documents into ``db`` (in-process) and make a write token: (outcomes, secret)."""
    (folder / "varnia-report.txt").write_text(VARNIA_REPORT, encoding="utf-8")
    (folder / "harbour-notes.txt").write_text(XSS_TEXT, encoding="utf-8")
    (folder / "zemaryn-note.txt").write_text(REVIEW_NOTE, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEFILE_ACTORS", actors)
        with Store.open(f"sqlite:///{db}") as store:
            names = ("varnia-report.txt", "harbour-notes.txt", "zemaryn-note.txt")
            summary = ingest([str(folder / name) for name in names], store=store)
            token = store.create_token(token_name)
    assert [o.status for o in summary.outcomes] == ["stored"] * 3, summary
    return list(summary.outcomes), token


def csrf_of(page: httpx.Response) -> str:
    """The CSRF token a server-rendered form carries."""
    return page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]


@dataclass(frozen=True)
class Writable:
    """A server of its own whose ledger tests may change at will; ``log`` is its output (one line per request)."""

    url: str
    token: str
    log: Path
    review_id: str


@pytest.fixture(scope="session")
def writable(tmp_path_factory: pytest.TempPathFactory, fictional_actor_files: str) -> Iterator[Writable]:
    folder = tmp_path_factory.mktemp("writable")
    (_, _, review), token = fill_ledger(folder / "w.db", folder, actors=fictional_actor_files, token_name="writer")
    with serving(folder / "w.db", folder / "serve.log", actors=fictional_actor_files, log_level="info") as url:
        yield Writable(url, token, folder / "serve.log", str(review.document_id))


@contextmanager
def serving(
    db: Path, log: Path, *, actors: str, max_bytes: int = MAX_BYTES, log_level: str = "warning"
) -> Iterator[str]:
    """``casefile serve`` on a free loopback port over ``db``, its output (unbuffered) in ``log``; yields the URL."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "CASEFILE_ACTORS": actors, "CASEFILE_MAX_BYTES": str(max_bytes), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "casefile", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db),
               "--log-level", log_level]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        _wait_until_up(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but {CHROMIUM} is missing: the browser tests are required (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1200, "height": 700})  # type: ignore[attr-defined]
    try:
        yield context.new_page()
    finally:
        context.close()
