"""PDF files: the text layer page by page, with each page's place in the final text."""

from __future__ import annotations

import io
import logging
from datetime import date

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError

from casefile.errors import SourceError
from casefile.records import Page, SourceDocument, normalize_text

PAGE_SEPARATOR = "\n\n"
LIST_MARKS = frozenset({"- ", "• ", "– ", "* "})
_DAMAGED_HINT = "re-download it or open and re-save it in a PDF viewer"

# pypdf logs repairs ("EOF marker not found") to stderr; a damaged file is reported once, as a SourceError.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(origin: str, raw: bytes) -> SourceDocument:
    """The text of every page, joined by a blank line; ``pages`` maps offsets to pages."""
    reader = _open(origin, raw)
    try:
        page_texts = [unwrap_lines(normalize_text(page.extract_text() or "")) for page in reader.pages]
    except FileNotDecryptedError as exc:
        raise SourceError(origin, "encrypted PDF", "decrypt it first, e.g. qpdf --decrypt") from exc
    except Exception as exc:  # pypdf raises many kinds on broken content streams
        raise SourceError(origin, f"damaged or truncated PDF ({exc})", _DAMAGED_HINT) from exc
    if not any(page_texts):
        raise SourceError(
            origin, "PDF has no text layer (scanned images only?)",
            "run OCR first, e.g. `ocrmypdf in.pdf out.pdf`, and read the result",
        )
    text, pages = join_pages(page_texts)
    title, published = _metadata(reader)
    return SourceDocument(
        origin=origin, media_type="application/pdf", text=text, raw=raw,
        title=title, published=published, pages=pages,
    )


def unwrap_lines(page_text: str) -> str:
    """The page with the layout's line wraps joined back into paragraphs.

    A PDF's text layer breaks every printed line; sentences would be cut where the line ends
    and each line read as a paragraph of its own. A line break is kept where a paragraph or
    heading ends: before a blank line, or after a line that is short for the page and ends
    a sentence (or has no words at all), with the next line starting a new one.
    """
    lines = page_text.split("\n")
    widths = sorted(len(line) for line in lines if line.strip())
    if len(widths) < 3:
        return page_text
    typical = widths[len(widths) * 3 // 4]  # a full line's width (upper quartile)
    out: list[str] = []
    in_item = False
    for index, line in enumerate(lines):
        out.append(line)
        in_item = line.lstrip()[:2] in LIST_MARKS or (in_item and bool(line.strip()))
        if index == len(lines) - 1:
            break
        following = lines[index + 1]
        if not line.strip() or not following.strip():
            out.append("\n")
        elif in_item and line.rstrip()[-1:] in {".", "!", "?", ";"}:
            out.append("\n")  # a list item ends with its sentence
            in_item = False
        elif (
            _ends_paragraph(line, following, typical)
            or _is_heading(following, lines[index + 2 : index + 3], typical)
            or following.lstrip()[:2] in LIST_MARKS  # a list item
        ):
            out.append("\n")
        elif line.endswith("-") and following[:1].isalpha():
            pass  # "cease-" + "fire": the hyphen stays, no space
        else:
            out.append(" ")
    return "".join(out)


def _is_heading(line: str, after: list[str], typical: int) -> bool:
    """A short line of a few words with no closing punctuation, before a line that starts anew."""
    stripped = line.strip()
    return (
        0 < len(stripped.split()) <= 8 and len(stripped) < 0.6 * typical
        and stripped[-1:].isalnum() and stripped[:1].isupper()
        and (not after or after[0].lstrip()[:1].isupper())
    )


def _ends_paragraph(line: str, following: str, typical: int) -> bool:
    short = len(line.rstrip()) < 0.75 * typical
    ends_sentence = line.rstrip()[-1:] in {".", "!", "?", ":", "”", '"', "’"}
    starts_anew = following.lstrip()[:1].isupper() or following.lstrip()[:1] in {"•", "-", "–", "(", "“", '"'} or following.lstrip()[:1].isdigit()
    heading = short and not ends_sentence and starts_anew and len(line.split()) <= 12
    return (short and ends_sentence and starts_anew) or heading


def join_pages(page_texts: list[str]) -> tuple[str, tuple[Page, ...]]:
    """Join normalized page texts; each :class:`Page` slices exactly its page's text.

    Empty pages get a zero-width span and add no separator, so the joined text is
    already normalized (no leading or doubled blank runs) and offsets stay true.
    """
    parts: list[str] = []
    pages: list[Page] = []
    position = 0
    for number, page_text in enumerate(page_texts, start=1):
        if page_text:
            if parts:
                parts.append(PAGE_SEPARATOR)
                position += len(PAGE_SEPARATOR)
            parts.append(page_text)
        pages.append(Page(number=number, start=position, end=position + len(page_text)))
        position += len(page_text)
    return "".join(parts), tuple(pages)


def _open(origin: str, raw: bytes) -> pypdf.PdfReader:
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and reader.decrypt("") == pypdf.PasswordType.NOT_DECRYPTED:
            raise SourceError(origin, "encrypted PDF", "it needs a password; decrypt it first, e.g. qpdf --decrypt")
        if len(reader.pages) == 0:
            raise SourceError(origin, "damaged or truncated PDF (no pages)", _DAMAGED_HINT)
    except SourceError:
        raise
    except DependencyError as exc:
        raise SourceError(origin, f"encrypted PDF ({exc})", "decrypt it first, e.g. qpdf --decrypt") from exc
    except Exception as exc:  # PdfReadError, and truncated files also raise stream, key and value errors
        raise SourceError(origin, f"damaged or truncated PDF ({exc})", _DAMAGED_HINT) from exc
    return reader


def _metadata(reader: pypdf.PdfReader) -> tuple[str | None, date | None]:
    """Title and creation date from the document info, when present and well formed."""
    try:
        info = reader.metadata
        if info is None:
            return None, None
        title = (info.title or "").strip() or None
        created = info.creation_date
    except Exception:  # malformed metadata must not cost the text
        return None, None
    return title, created.date() if created else None
