"""Uploaded files into the ledger: each saved under its own name in a temporary folder and
ingested through :func:`casefile.service.ingest`, one call per file, so a bad file fails alone.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from casefile.api.schemas import UploadOutcome
from casefile.errors import CasefileError
from casefile.service import ingest
from casefile.store import Store

_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


@dataclass(frozen=True)
class Upload:
    filename: str
    data: bytes


class TooLarge(Exception):
    """An upload is larger than ``casefile.config.max_source_bytes()``."""


def safe_name(filename: str | None) -> str:
    """The file's base name with anything unusual replaced (keeps the extension that picks the reader)."""
    base = Path((filename or "").replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip(" .")
    return cleaned[:120] or "upload.txt"


def ingest_uploads(store: Store, uploads: list[Upload], *, max_bytes: int) -> list[UploadOutcome]:
    """Ingest every upload; returns one outcome per file, in order. Raises TooLarge first if any is too big."""
    for upload in uploads:
        if len(upload.data) > max_bytes:
            raise TooLarge(f"{safe_name(upload.filename)} is {len(upload.data)} bytes; the limit is {max_bytes} bytes")
    return [_ingest_one(store, upload) for upload in uploads]


def _ingest_one(store: Store, upload: Upload) -> UploadOutcome:
    name = safe_name(upload.filename)
    with tempfile.TemporaryDirectory(prefix="casefile-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(upload.data)
        try:
            summary = ingest([str(path)], store=store, origin=f"upload:{name}")
        except CasefileError as exc:
            return UploadOutcome(filename=name, status="failed", error=str(exc).replace(str(path), name))
    outcome = summary.outcomes[0]
    return UploadOutcome(
        filename=name,
        status=outcome.status,
        document_id=outcome.document_id,
        title=outcome.title,
        allegations=outcome.counts.allegations,
        figures=outcome.counts.figures,
        actors=outcome.counts.actors,
        error=outcome.error.replace(str(path), name) if outcome.error else None,
    )
