"""HTML pages: the main text (no navigation, scripts or comments) and page metadata."""

from __future__ import annotations

from urllib.parse import urlsplit

import trafilatura

from casefile.errors import SourceError
from casefile.records import SourceDocument, iso_day, normalize_text


def read_html(origin: str, raw: bytes, *, url: str | None = None) -> SourceDocument:
    """The article text of a page via trafilatura, with title, publisher and date.

    Recall is favoured over precision: a missed paragraph loses allegations, while
    a stray boilerplate line only costs a little noise.
    """
    try:
        tree = trafilatura.load_html(raw)
        if tree is not None:
            # <noscript> holds "enable JavaScript" nags, not the article: a script-only page has no text.
            for element in tree.xpath("//noscript"):
                element.drop_tree()
        extracted = trafilatura.extract(
            tree if tree is not None else raw, url=url, favor_recall=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, output_format="txt",
        )
        metadata = trafilatura.extract_metadata(trafilatura.load_html(raw), default_url=url)
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed pages
        raise SourceError(origin, f"could not parse HTML: {exc}", "check the file is an HTML page") from exc
    text = normalize_text(extracted or "")
    if not text.strip():
        raise SourceError(
            origin, "no main text found in HTML", "save the article page itself, or paste its text as .txt"
        )
    title = getattr(metadata, "title", None) or None
    publisher = getattr(metadata, "sitename", None) or getattr(metadata, "hostname", None) or _host(url)
    return SourceDocument(
        origin=origin, media_type="text/html", text=text, raw=raw, title=title,
        publisher=publisher, published=iso_day(getattr(metadata, "date", None)),
    )



def _host(url: str | None) -> str | None:
    return (urlsplit(url).hostname or None) if url else None
