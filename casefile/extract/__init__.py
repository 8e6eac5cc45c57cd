"""extract: spaCy annotations → typed records (allegations, figures, actors, limitations).

Public API (stable; used by ``casefile.service`` and the CLI):

- ``extract_document(source: SourceDocument) -> Extraction``
- ``extract_text(text: str, *, document: str = "", published: date | None = None) -> Extraction``
- ``to_schema(extraction: Extraction) -> dict`` — ``{"allegations": [...], "figures": [...]}``
  in the field names and vocabularies of shared/eval/SCHEMA.md, plus evidence offsets.
"""

from casefile.extract.api import extract_document, extract_text, to_schema

__all__ = ["extract_document", "extract_text", "to_schema"]
