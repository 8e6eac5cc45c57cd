"""casefile.sources: real files in tmp_path, a real PDF writer and a real HTTP server."""

from __future__ import annotations

import io
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pypdf
import pytest
from fpdf import FPDF

from casefile.errors import SourceError, UnsupportedSourceError
from casefile.records import normalize_text
from casefile.sources import SUPPORTED_EXTENSIONS, expand_inputs, read_source
from casefile.sources.dateline import split_dateline
from casefile.sources.pdf import join_pages, unwrap_lines

SEED_DIR = Path(__file__).parents[1].parent / "shared" / "seed"

STORY = (
    "Civic Watch International said the Republic of Varnia shelled the town of Medra.\n"
    "The Ostrel Liberation Front said 42 civilians were killed."
)

PAGE_TEXTS = (
    "Page one: Civic Watch International accuses the Republic of Varnia of war crimes in Medra.",
    "Page two: The Ostrel Liberation Front denies holding 17 hostages in the northern hills.",
    "Page three: The Varnian ministry rejects the findings as biased and incomplete.",
)

HTML_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Varnia accused of abuses in Medra</title>
<meta property="og:site_name" content="Civic Watch International">
<meta property="article:published_time" content="2024-05-14T09:00:00Z">
<script>var trackingSecret = "zzqq-tracker-token";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/about">About the watchdog team</a> <a href="/donate">Donate today</a></nav>
<article>
<h1>Varnia accused of abuses in Medra</h1>
<p>Civic Watch International said on Tuesday that forces of the Republic of Varnia committed war
crimes in the Ostrel valley during the spring offensive against the town of Medra.</p>
<p>The Ostrel Liberation Front denied holding hostages and said that 42 civilians had been killed
in the shelling of Medra, a figure the watchdog could not independently verify.</p>
<p>The government of Varnia rejected the report as fabricated and said its forces had only
targeted fighters of the armed group, not the homes of civilians.</p>
<iframe src="http://127.0.0.1:9/frame">iframe fallback zzqq-frame-text</iframe>
</article>
<footer>Copyright 2024</footer>
</body></html>
"""


# ---------------------------------------------------------------- helpers


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return str(path)


def make_pdf(
    pages: tuple[str, ...] = PAGE_TEXTS,
    *,
    title: str | None = None,
    created: datetime | None = None,
    user_password: str | None = None,
    owner_password: str | None = None,
) -> bytes:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if title:
        pdf.set_title(title)
    if created:
        pdf.set_creation_date(created)
    if owner_password:
        pdf.set_encryption(owner_password=owner_password, user_password=user_password)
    for page_text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, page_text)
    return bytes(pdf.output())


def image_only_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(20, 20, 80, 60, style="F")
    return bytes(pdf.output())


def reason_of(item: str, **kwargs: object) -> str:
    with pytest.raises(SourceError) as info:
        read_source(item, **kwargs)  # type: ignore[arg-type]
    assert info.value.origin == ("<stdin>" if item == "-" else item)
    return info.value.reason


# ---------------------------------------------------------------- date line


@pytest.mark.parametrize(
    ("text", "published", "rest"),
    [
        (" date 2025-12-11 Civic Watch said", date(2025, 12, 11), "Civic Watch said"),
        ("date 2025-12-11\nCivic Watch said", date(2025, 12, 11), "Civic Watch said"),
        ("\n\n  date 2024-02-29\r\n\nCivic Watch said", date(2024, 2, 29), "Civic Watch said"),
        ("date 2025-12-11", date(2025, 12, 11), ""),
        ("date 2025-13-45 Civic Watch said", None, "date 2025-13-45 Civic Watch said"),
        ("date 2025-12-111 Civic Watch said", None, "date 2025-12-111 Civic Watch said"),
        ("Civic Watch said on date 2025-12-11", None, "Civic Watch said on date 2025-12-11"),
    ],
)
def test_split_dateline(text: str, published: date | None, rest: str) -> None:
    assert split_dateline(text) == (published, rest)


# ---------------------------------------------------------------- text and markdown


def test_txt_plain(tmp_path: Path) -> None:
    path = write(tmp_path, "story.txt", STORY + "  \r\n")
    document = read_source(path)
    assert document.origin == path
    assert document.media_type == "text/plain"
    assert document.text == normalize_text(STORY)
    assert document.raw == (STORY + "  \r\n").encode()
    assert document.published is None
    assert document.pages == ()
    assert document.page_at(0) is None


def test_txt_dateline_same_line(tmp_path: Path) -> None:
    document = read_source(write(tmp_path, "story.txt", " date 2025-03-04 " + STORY))
    assert document.published == date(2025, 3, 4)
    assert document.text.startswith("Civic Watch International said")


def test_txt_dateline_own_line(tmp_path: Path) -> None:
    document = read_source(write(tmp_path, "story.txt", "date 2025-03-04\n\n" + STORY))
    assert document.published == date(2025, 3, 4)
    assert document.text == STORY


def test_txt_invalid_dateline_stays(tmp_path: Path) -> None:
    document = read_source(write(tmp_path, "story.txt", "date 2025-13-45 " + STORY))
    assert document.published is None
    assert document.text.startswith("date 2025-13-45 Civic Watch")


def test_markdown(tmp_path: Path) -> None:
    source = "date 2024-11-02\n# Medra report\n\n*Civic Watch International* accuses Varnia.\n"
    document = read_source(write(tmp_path, "notes.MD", source))
    assert document.media_type == "text/markdown"
    assert document.published == date(2024, 11, 2)
    assert document.text == "# Medra report\n\n*Civic Watch International* accuses Varnia."


def test_utf8_bom(tmp_path: Path) -> None:
    document = read_source(write(tmp_path, "bom.txt", b"\xef\xbb\xbfdate 2024-01-05 Varnia denied it."))
    assert document.published == date(2024, 1, 5)
    assert document.text == "Varnia denied it."


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    raw = ("\ufeff" if encoding == "utf-16-be" else "") + "Civic Watch: “Varnia’s forces” killed 12."
    data = raw.encode(encoding)
    document = read_source(write(tmp_path, "wide.txt", data))
    assert document.text == "Civic Watch: “Varnia’s forces” killed 12."
    assert document.raw == data


def test_cp1252_decoded(tmp_path: Path) -> None:
    data = "The Front’s statement — “no hostages” — cost €5.".encode("cp1252")
    document = read_source(write(tmp_path, "legacy.txt", data))
    assert document.text == "The Front’s statement — “no hostages” — cost €5."


def test_invalid_utf8_falls_back(tmp_path: Path) -> None:
    data = b"Caf\xe9 owners in Medra said \xff\xfe\xfd was written."
    document = read_source(write(tmp_path, "mixed.txt", data))
    assert document.text.startswith("Café owners in Medra")


def test_nfc_normalized(tmp_path: Path) -> None:
    document = read_source(write(tmp_path, "nfd.txt", "Cafe\u0301 in Medra"))
    assert document.text == "Caf\u00e9 in Medra"


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    assert reason_of(write(tmp_path, "empty.txt", content)) == "empty file"


def test_only_dateline_is_empty(tmp_path: Path) -> None:
    assert "empty file" in reason_of(write(tmp_path, "dateonly.txt", "date 2024-01-01\n"))


def test_binary_with_txt_extension(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20
    assert reason_of(write(tmp_path, "image.txt", data)) == "looks binary, not text"


def test_oversize(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_MAX_BYTES", "100")
    with pytest.raises(SourceError) as info:
        read_source(write(tmp_path, "big.txt", "Varnia " * 50))
    assert "350" in info.value.reason and "100" in info.value.reason
    assert "CASEFILE_MAX_BYTES" in info.value.hint


def test_bad_max_bytes_setting_is_source_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_MAX_BYTES", "lots")
    assert "CASEFILE_MAX_BYTES" in reason_of(write(tmp_path, "story.txt", STORY))


# ---------------------------------------------------------------- file errors


def test_missing_file(tmp_path: Path) -> None:
    assert reason_of(str(tmp_path / "absent.txt")) == "no such file"


def test_unsupported_extension(tmp_path: Path) -> None:
    path = write(tmp_path, "sheet.docx", b"PK\x03\x04")
    with pytest.raises(UnsupportedSourceError) as info:
        read_source(path)
    assert info.value.origin == path
    for extension in SUPPORTED_EXTENSIONS:
        assert extension in info.value.hint


def test_directory_is_clear_error(tmp_path: Path) -> None:
    assert "directory" in reason_of(str(tmp_path))


UNPRIVILEGED_UID = 65534  # "nobody": root reads every file, so as root the check runs as this user


def _read_all_as_unprivileged(folder: Path) -> list[str]:
    """What reading ``folder`` gives, one line per file, in a forked child that drops to
    ``UNPRIVILEGED_UID`` first when we are root (as in CI)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(reader)
            if os.geteuid() == 0:
                os.setgroups([])
                os.setgid(UNPRIVILEGED_UID)
                os.setuid(UNPRIVILEGED_UID)
            lines = []
            for path in expand_inputs([str(folder)]):
                try:
                    read_source(path)
                    lines.append(f"read {Path(path).name}")
                except SourceError as exc:
                    lines.append(f"error {Path(str(exc.origin)).name} {exc.reason}")
            os.write(writer, "\n".join(lines).encode())
        except BaseException as exc:  # noqa: BLE001  (reported to the parent through the pipe)
            os.write(writer, f"child failed: {exc!r}".encode())
            status = 1
        finally:
            os._exit(status)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        output = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, output
    return sorted(output.splitlines())


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX permissions")
def test_unreadable_file_in_a_directory() -> None:
    """A file the user may not read gets its own error; the readable one beside it is read."""
    folder = Path(tempfile.mkdtemp(prefix="casefile-perm-"))
    try:
        write(folder, "secret.txt", STORY)
        write(folder, "open.txt", STORY)
        os.chmod(folder / "secret.txt", 0)
        os.chmod(folder / "open.txt", 0o644)
        os.chmod(folder, 0o755)
        assert _read_all_as_unprivileged(folder) == ["error secret.txt permission denied", "read open.txt"]
    finally:
        os.chmod(folder / "secret.txt", 0o600)
        shutil.rmtree(folder)


# ---------------------------------------------------------------- HTML


def test_html(tmp_path: Path) -> None:
    path = write(tmp_path, "article.html", HTML_PAGE)
    document = read_source(path)
    assert document.media_type == "text/html"
    assert document.raw == HTML_PAGE
    assert document.title and "Varnia accused of abuses" in document.title
    assert document.publisher == "Civic Watch International"
    assert document.published == date(2024, 5, 14)
    assert "forces of the Republic of Varnia committed war crimes in the Ostrel valley" in document.text
    assert "The Ostrel Liberation Front denied holding hostages" in document.text
    assert "The government of Varnia rejected the report" in document.text
    for boilerplate in ("zzqq", "trackingSecret", "Donate today", "About the watchdog team"):
        assert boilerplate not in document.text
    paragraphs = [line for line in document.text.split("\n") if line]
    assert any(line.startswith("Civic Watch International said on Tuesday") for line in paragraphs)
    assert any(line.startswith("The Ostrel Liberation Front denied") for line in paragraphs)


def test_htm_extension(tmp_path: Path) -> None:
    document = read_source(write(tmp_path, "article.htm", HTML_PAGE))
    assert document.media_type == "text/html"


def test_html_without_main_text(tmp_path: Path) -> None:
    page = b"<html><head><title>x</title><script>var a = 1;</script></head><body><nav></nav></body></html>"
    assert reason_of(write(tmp_path, "blank.html", page)) == "no main text found in HTML"


# ---------------------------------------------------------------- PDF


def test_pdf_pages_and_offsets(tmp_path: Path) -> None:
    created = datetime(2024, 3, 5, 10, 0, tzinfo=timezone.utc)
    raw = make_pdf(title="Medra inquiry", created=created)
    document = read_source(write(tmp_path, "report.pdf", raw))
    assert document.media_type == "application/pdf"
    assert document.raw == raw
    assert document.title == "Medra inquiry"
    assert document.published == date(2024, 3, 5)
    assert [page.number for page in document.pages] == [1, 2, 3]
    assert normalize_text(document.text) == document.text
    expected = [normalize_text(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(raw)).pages]
    assert document.text == "\n\n".join(expected)
    for page, page_text, marker in zip(document.pages, expected, ("Page one", "Page two", "Page three")):
        assert document.text[page.start : page.end] == page_text
        assert marker in page_text
        assert document.page_at(document.text.index(marker)) == page.number
        assert document.page_at(page.end - 1) == page.number
    assert document.page_at(document.pages[0].end) is None  # the blank line between pages


WRAPPED_REPORT = (
    "Findings\n"
    "The Ostrel Liberation Front committed crimes against humanity when its fighters abducted civilians "
    "in the Varnian town of Hallorn, the Veridane Rights Initiative said in a report published today. "
    "The organisation had earlier accused the Front of war crimes over the same attack.\n"
    "Methodology\n"
    "The report draws on interviews with survivors, relatives, doctors and officials conducted in Varnia "
    "between March and August, and on the analysis of videos and photographs."
)


def test_pdf_line_wraps_are_joined_into_paragraphs(tmp_path: Path) -> None:
    raw = make_pdf((WRAPPED_REPORT,))
    printed = pypdf.PdfReader(io.BytesIO(raw)).pages[0].extract_text()
    assert printed.count("\n") >= 6, "the fixture must wrap its paragraphs over several printed lines"
    text = read_source(write(tmp_path, "wrapped.pdf", raw)).text
    assert text.split("\n") == [line for line in WRAPPED_REPORT.split("\n")]


def test_unwrap_lines_keeps_list_items_and_short_closing_lines() -> None:
    page = (
        "The report makes recommendations to every party to the conflict in Ostrelia, and to\n"
        "the states that host their talks, about hostages and about accountability for crimes.\n"
        "- Release all remaining hostages at once and return the bodies of those who died.\n"
        "- Remove from their posts commanders suspected of ordering the crimes documented.\n"
        "It was published today."
    )
    assert unwrap_lines(page).split("\n") == [
        "The report makes recommendations to every party to the conflict in Ostrelia, and to the states that "
        "host their talks, about hostages and about accountability for crimes.",
        "- Release all remaining hostages at once and return the bodies of those who died.",
        "- Remove from their posts commanders suspected of ordering the crimes documented.",
        "It was published today.",
    ]


def test_join_pages_with_empty_pages() -> None:
    text, pages = join_pages(["", "alpha", "", "beta", ""])
    assert text == "alpha\n\nbeta"
    assert normalize_text(text) == text
    assert [(p.number, text[p.start : p.end]) for p in pages] == [
        (1, ""), (2, "alpha"), (3, ""), (4, "beta"), (5, ""),
    ]


def test_pdf_encrypted(tmp_path: Path) -> None:
    raw = make_pdf(owner_password="owner-pass", user_password="reader-pass")
    assert "encrypted PDF" in reason_of(write(tmp_path, "locked.pdf", raw))


def test_pdf_encrypted_with_empty_user_password_reads(tmp_path: Path) -> None:
    raw = make_pdf(owner_password="owner-pass", user_password="")
    document = read_source(write(tmp_path, "restricted.pdf", raw))
    assert "Page two" in document.text


def test_pdf_truncated(tmp_path: Path) -> None:
    raw = make_pdf()
    assert "damaged or truncated PDF" in reason_of(write(tmp_path, "cut.pdf", raw[: len(raw) // 2]))


def test_pdf_garbage(tmp_path: Path) -> None:
    assert "damaged or truncated PDF" in reason_of(write(tmp_path, "junk.pdf", b"%PDF-1.7\nnot really"))


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as info:
        read_source(write(tmp_path, "scan.pdf", image_only_pdf()))
    assert "no text layer" in info.value.reason
    assert "OCR" in info.value.hint and "ocrmypdf" in info.value.hint


# ---------------------------------------------------------------- directories


def test_expand_inputs_recurses_sorted(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in ("b.txt", "a.md", "sub/c.pdf", "sub/deeper/d.html", "sub/e.htm", "z.TXT"):
        write(root, name, "x")
    for name in ("notes.docx", "image.png", ".hidden.txt", ".git/config.txt", "sub/.cache/f.txt", "README"):
        write(root, name, "x")
    expanded = list(expand_inputs([str(root)]))
    relative = [os.path.relpath(item, root) for item in expanded]
    assert relative == ["a.md", "b.txt", "sub/c.pdf", "sub/deeper/d.html", "sub/e.htm", "z.TXT"]
    assert all(item.startswith(str(root)) for item in expanded)


def test_expand_inputs_passes_others_through(tmp_path: Path) -> None:
    single = write(tmp_path, "one.txt", "x")
    items = [single, "-", "https://example.org/a", "http://example.org/b.pdf", "missing/file.txt", "odd.xyz"]
    assert list(expand_inputs(items)) == items


def test_expand_then_read_reports_per_item(tmp_path: Path) -> None:
    write(tmp_path, "docs/good.txt", STORY)
    write(tmp_path, "docs/empty.txt", "")
    results: dict[str, str] = {}
    for item in expand_inputs([str(tmp_path / "docs"), str(tmp_path / "gone.txt")]):
        try:
            results[Path(item).name] = read_source(item).text[:11]
        except SourceError as exc:
            results[Path(item).name] = exc.reason
    assert results == {"empty.txt": "empty file", "good.txt": "Civic Watch", "gone.txt": "no such file"}


# ---------------------------------------------------------------- stdin


def test_stdin_text() -> None:
    document = read_source("-", stdin=io.BytesIO(b"date 2023-07-08\n" + STORY.encode()))
    assert document.origin == "<stdin>"
    assert document.media_type == "text/plain"
    assert document.published == date(2023, 7, 8)
    assert document.text == STORY


def test_stdin_html() -> None:
    document = read_source("-", stdin=io.BytesIO(b"\n  " + HTML_PAGE))
    assert document.media_type == "text/html"
    assert document.publisher == "Civic Watch International"


def test_stdin_pdf() -> None:
    document = read_source("-", stdin=io.BytesIO(make_pdf()))
    assert document.media_type == "application/pdf"
    assert len(document.pages) == 3


def test_stdin_empty() -> None:
    assert reason_of("-", stdin=io.BytesIO(b"")) == "empty file"


def test_stdin_oversize(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_MAX_BYTES", "10")
    assert "too large" in reason_of("-", stdin=io.BytesIO(b"Varnia " * 10))


# ---------------------------------------------------------------- URLs

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/news/article": (200, "text/html; charset=utf-8", HTML_PAGE),
    "/files/report": (200, "application/pdf", make_pdf()),
    "/plain": (200, "text/plain; charset=utf-8", b"date 2022-09-10 The Ostrel Liberation Front denied it."),
    "/latin.txt": (200, "text/plain; charset=iso-8859-1", "Caf\u00e9 in Medra".encode("latin-1")),
    "/download/story.txt": (200, "application/octet-stream", STORY.encode()),
    "/sheet": (200, "application/vnd.ms-excel", b"\xd0\xcf\x11\xe0"),
    "/broken": (500, "text/plain", b"internal error"),
    "/big": (200, "text/plain", b"Varnia " * 2000),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/article")
            self.end_headers()
            return
        status, content_type, body = ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html(server: str) -> None:
    url = f"{server}/news/article"
    document = read_source(url)
    assert document.origin == url
    assert document.media_type == "text/html"
    assert document.raw == HTML_PAGE
    assert document.publisher == "Civic Watch International"
    assert document.published == date(2024, 5, 14)
    assert "The Ostrel Liberation Front denied holding hostages" in document.text
    assert "trackingSecret" not in document.text


def test_url_redirect_followed(server: str) -> None:
    document = read_source(f"{server}/moved")
    assert document.origin == f"{server}/moved"
    assert document.media_type == "text/html"


def test_url_pdf_by_content_type(server: str) -> None:
    document = read_source(f"{server}/files/report")
    assert document.media_type == "application/pdf"
    assert [page.number for page in document.pages] == [1, 2, 3]
    assert document.publisher == "127.0.0.1"


def test_url_plain_text(server: str) -> None:
    document = read_source(f"{server}/plain")
    assert document.media_type == "text/plain"
    assert document.published == date(2022, 9, 10)
    assert document.text == "The Ostrel Liberation Front denied it."
    assert document.publisher == "127.0.0.1"


def test_url_declared_charset(server: str) -> None:
    assert read_source(f"{server}/latin.txt").text == "Caf\u00e9 in Medra"


def test_url_falls_back_to_extension(server: str) -> None:
    document = read_source(f"{server}/download/story.txt")
    assert document.media_type == "text/plain"
    assert document.text == STORY


def test_url_unsupported_content_type(server: str) -> None:
    with pytest.raises(UnsupportedSourceError) as info:
        read_source(f"{server}/sheet")
    assert "application/vnd.ms-excel" in info.value.reason


@pytest.mark.parametrize(("path", "status"), [("/nowhere", "404"), ("/broken", "500")])
def test_url_http_errors(server: str, path: str, status: str) -> None:
    url = f"{server}{path}"
    reason = reason_of(url)
    assert status in reason


def test_url_timeout(server: str) -> None:
    with pytest.raises(SourceError) as info:
        read_source(f"{server}/slow", timeout=0.2)
    assert "timed out" in info.value.reason
    assert "retry" in info.value.hint


def test_url_connection_refused() -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), _Handler) as httpd:
        port = httpd.server_address[1]  # bound, then closed: nothing listens there
    with pytest.raises(SourceError) as info:
        read_source(f"http://127.0.0.1:{port}/news/article")
    assert "connection failed" in info.value.reason
    assert "retry" in info.value.hint


def test_url_oversize(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_MAX_BYTES", "1000")
    with pytest.raises(SourceError) as info:
        read_source(f"{server}/big")
    assert "too large" in info.value.reason
    assert "CASEFILE_MAX_BYTES" in info.value.hint


# ---------------------------------------------------------------- the seed story


def test_seed_story() -> None:
    path = SEED_DIR / "amnesty-report-2025-12-11.txt"
    if not path.exists():
        pytest.skip(f"seed story not found at {path}")
    document = read_source(str(path))
    assert document.published == date(2025, 12, 11)
    assert document.text.startswith("Amnesty International")
    assert document.raw == path.read_bytes()


def test_cp1252_undefined_bytes_still_decode(tmp_path: Path) -> None:
    document = read_source(write(tmp_path, "odd.txt", b"Medra \x81\x8d report \x93quoted\x94"))
    assert document.text == "Medra \x81\x8d report “quoted”"


def test_nul_late_in_text_is_binary(tmp_path: Path) -> None:
    data = STORY.encode() * 300 + b"\x00tail"
    assert reason_of(write(tmp_path, "late.txt", data)) == "looks binary, not text"
