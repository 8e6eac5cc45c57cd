"""The review API's shapes: a record with its id and review state, decisions sent in, the audit trail.

The editable fields and their checks are defined once in :mod:`casefile.store.review`;
the request models here mirror them so ``/openapi.json`` documents every field (null only
where a record may leave the field empty). A value of the wrong type, range or choice, or
a null for a field every record has, is a 422 naming the field; the store checks again and
refuses what only it can judge (a correction that changes nothing, ``low`` above ``high``)
with a 400.
"""

from __future__ import annotations

from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from casefile.records import ACTS, CATEGORIES, FIGURE_CATEGORIES, Allegation, Figure, Limitation
from casefile.store import ReviewedRecord
from casefile.store.review import MAX_NOTE, MAX_SHORT, MAX_TEXT

R = TypeVar("R")
F = TypeVar("F")

Kind = Literal["allegation", "figure", "limitation"]
ReviewStatus = Literal["machine", "new", "accepted", "rejected", "corrected"]
Category = Literal[CATEGORIES]  # type: ignore[valid-type]
Act = Literal[ACTS]  # type: ignore[valid-type]
FigureCategory = Literal[FIGURE_CATEGORIES]  # type: ignore[valid-type]
Name = Annotated[str, Field(min_length=1, max_length=MAX_TEXT)]
Short = Annotated[str, Field(max_length=MAX_SHORT)]
Count = Annotated[int, Field(ge=0)]


class Reviewed(BaseModel, Generic[R]):
    """A stored record with its id and review state.

    ``status``: ``machine`` (as extracted), ``new`` (added by a re-extraction), ``accepted``,
    ``rejected`` or ``corrected``. ``machine``: the extractor's own values of a corrected record.
    """

    kind: Kind
    id: int
    document: str
    status: ReviewStatus
    reviewed_by: str | None
    reviewed_at: str | None
    record: R
    machine: dict[str, Any] | None

    @classmethod
    def of(cls, reviewed: ReviewedRecord) -> Reviewed[R]:
        return cls(
            kind=reviewed.kind, id=reviewed.id, document=reviewed.document, status=reviewed.status,  # type: ignore[arg-type]
            reviewed_by=reviewed.reviewed_by, reviewed_at=reviewed.reviewed_at, record=reviewed.record,  # type: ignore[arg-type]
            machine=reviewed.machine,
        )


class DocumentRecords(BaseModel):
    """Every allegation, figure and limitation of a document with ids and review states (rejected ones too)."""

    document: str
    allegations: list[Reviewed[Allegation]]
    figures: list[Reviewed[Figure]]
    limitations: list[Reviewed[Limitation]]


class _Fields(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _no_default(schema: dict[str, Any]) -> None:
    schema.pop("default", None)


def _omittable() -> Any:
    """A field that may be left out but never sent as null (a record always has one).

    Its default (None: "not sent") stays out of the OpenAPI schema, and an explicit null
    is a 422 naming the field, like any other value of the wrong type.
    """
    return Field(default=None, json_schema_extra=_no_default)


class AllegationFields(_Fields):
    """New values for an allegation: send only the fields to change (null only where a field may be empty)."""

    speaker: Name = _omittable()
    speaker_person: Name | None = None
    accused: Name = _omittable()
    categories: Annotated[list[Category], Field(min_length=1)] = _omittable()
    acts: list[Act] = _omittable()
    stance: Literal["asserts", "denies"] = _omittable()
    hedged: bool = _omittable()
    certainty: Annotated[float, Field(ge=0, le=1)] = _omittable()
    responsibility: Literal["principal", "lesser"] | None = None
    statement_date: Short | None = None


class FigureFields(_Fields):
    """New values for a figure: send only the fields to change (null only where a field may be empty)."""

    value: Count = _omittable()
    low: Count | None = None
    high: Count | None = None
    qualifier: Short | None = None
    what: Name = _omittable()
    category: FigureCategory = _omittable()
    attributed_to: Name | None = None


class LimitationFields(_Fields):
    """New values for a limitation: send only the fields to change."""

    speaker: Name = _omittable()
    about: Annotated[str, Field(min_length=1)] = _omittable()


class ReviewIn(BaseModel, Generic[F]):
    """A decision on one record. ``fields`` only with ``correct`` (at least one that changes)."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "reject", "correct"]
    fields: F | None = None
    note: Annotated[str, Field(max_length=MAX_NOTE)] | None = None

    def changes(self) -> dict[str, Any] | None:
        """The fields the client set (an explicit null included), as the store takes them."""
        fields: Any = self.fields
        return None if fields is None else fields.model_dump(exclude_unset=True)
