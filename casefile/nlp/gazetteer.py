"""The actor gazetteer: who can speak or be accused, loaded from ``data/actors.toml``.

Each ``[[actor]]`` entry gives a canonical name, a kind (one of ``ACTOR_KINDS``) and the
forms that stand for it in text. Names and aliases match case-insensitively; acronyms,
demonym adjectives and capital-city metonyms match case-sensitively. :meth:`Gazetteer.surfaces`
also yields the spelling variants writers use without our listing them: both apostrophes
(``'`` and ``’``), dotted acronyms (``UN`` / ``U.N.``) and names without diacritics
(``Türkiye`` / ``Turkiye``).

Extra files of the same schema (a project's own actors, a fictional sample corpus) are merged
over the bundled file; a later entry with the same canonical name replaces the earlier one, and a
form (alias, acronym, adjective, capital) a user's file gives its actor is taken from any bundled
actor that also had it. Two of the user's own actors claiming one form is an error.
Every problem is a :class:`~casefile.errors.LexiconError` naming the file, the entry and the field.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from casefile.errors import LexiconError
from casefile.records import ACTOR_KINDS

Form = Literal["name", "alias", "acronym", "adjective", "capital"]

# The list fields of an entry, with the surface form each one gives.
LIST_FIELDS: dict[str, Form] = {
    "aliases": "alias",
    "acronyms": "acronym",
    "adjectives": "adjective",
    "capitals": "capital",
}
# The field each form comes from, for error messages.
FORM_FIELDS: dict[str, str] = {"name": "name", **{form: field for field, form in LIST_FIELDS.items()}}
# Forms matched case-insensitively; the rest must match as written.
CASE_INSENSITIVE_FORMS = frozenset({"name", "alias"})
ENTRY_KEYS = frozenset({"name", "kind", "part_of", "note", *LIST_FIELDS})

APOSTROPHES = ("'", "\u2019")
# An acronym written plainly ("UN") or dotted ("U.N."); variants are made for 2-4 letters.
PLAIN_ACRONYM = re.compile(r"[A-Z]{2,4}")
DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,4}")
# A short acronym inside a longer name: "UN Security Council" / "U.N. Security Council".
NAME_ACRONYM = re.compile(r"(?<![\w.])(?:[A-Z]{2,3}|(?:[A-Z]\.){2,3})(?![\w.])")
TOML_LINE = re.compile(r"at line (\d+)")


@dataclass(frozen=True)
class GazetteerEntry:
    """One actor: canonical name, kind and the forms that stand for it."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    acronyms: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    part_of: str | None
    note: str


@dataclass(frozen=True)
class Surface:
    """A string to look for in text, the actor it stands for and how it must be matched."""

    text: str
    name: str
    kind: str
    form: Form
    case_sensitive: bool


@dataclass(frozen=True)
class Gazetteer:
    """The merged, validated actor entries."""

    version: str
    entries: tuple[GazetteerEntry, ...]

    def surfaces(self) -> Iterator[Surface]:
        """Every matchable form of every actor, spelling variants included, each once."""
        for entry in self.entries:
            yield from _entry_surfaces(entry)

    def get(self, name: str) -> GazetteerEntry | None:
        """The entry whose canonical name is ``name`` (case-insensitive), or None."""
        return self._by_name().get(name.casefold())

    def kind_of(self, name: str) -> str | None:
        """The kind of the actor with canonical name ``name``, or None when unknown."""
        entry = self.get(name)
        return entry.kind if entry is not None else None

    def _by_name(self) -> dict[str, GazetteerEntry]:
        # Built once per instance; the dataclass is frozen, so set it past __setattr__.
        index = self.__dict__.get("_index")
        if index is None:
            index = {entry.name.casefold(): entry for entry in self.entries}
            object.__setattr__(self, "_index", index)
        return index


def load_gazetteer(paths: Sequence[Path] = ()) -> Gazetteer:
    """The bundled gazetteer merged with the extra files in ``paths``, in order.

    Raises :class:`LexiconError` when a file cannot be read or parsed, or an entry is
    malformed, names an unknown ``part_of`` or claims a surface another actor has.
    """
    return _load(tuple(Path(p) for p in paths))


def bundled_path() -> Path:
    """Where the bundled ``actors.toml`` is installed."""
    return Path(str(resources.files("casefile.nlp") / "data" / "actors.toml"))


@lru_cache(maxsize=8)
def _load(paths: tuple[Path, ...]) -> Gazetteer:
    merged: dict[str, GazetteerEntry] = {}
    origins: dict[str, str] = {}  # casefolded name -> "file: entry N (name)"
    versions = []
    bundled: set[str] = set()  # entries whose last word is the bundled file's
    for path in (bundled_path(), *paths):
        version, entries = _read_file(path)
        if version:
            versions.append(version)
        for index, entry in enumerate(entries):
            key = entry.name.casefold()
            merged.pop(key, None)  # a replaced entry moves to its new place in the order
            merged[key] = entry
            origins[key] = _where(path, index, entry.name)
            (bundled.add if path == bundled_path() else bundled.discard)(key)
    _yield_to_the_users_forms(merged, bundled)
    gazetteer = Gazetteer(version="+".join(versions), entries=tuple(merged.values()))
    _check_part_of(gazetteer, origins)
    _check_surfaces(gazetteer, origins)
    return gazetteer


def _where(path: Path, index: int, name: str) -> str:
    return f"{path}: [[actor]] entry {index} ({name!r})"


def _read_file(path: Path) -> tuple[str, list[GazetteerEntry]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: cannot read the actor gazetteer ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = TOML_LINE.search(str(exc))
        where = f"line {line.group(1)}" if line else "somewhere"
        raise LexiconError(f"{path}: {where}: invalid TOML ({exc}); fix the syntax there") from exc
    unknown = sorted(set(data) - {"version", "actor"})
    if unknown:
        raise LexiconError(
            f"{path}: unknown top-level key(s) {', '.join(unknown)}; expected 'version' and [[actor]] tables"
        )
    version = data.get("version", "")
    if not isinstance(version, str):
        raise LexiconError(f"{path}: version={version!r}: expected a string such as \"2026.11.1\"")
    raw = data.get("actor", [])
    if not isinstance(raw, list):
        raise LexiconError(f"{path}: 'actor' must be an array of tables, written [[actor]]")
    entries = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        entry = _entry(path, index, item)
        key = entry.name.casefold()
        if key in seen:
            raise LexiconError(
                f"{_where(path, index, entry.name)}: field 'name': the same canonical name as entry "
                f"{seen[key]}; merge the two entries"
            )
        seen[key] = index
        entries.append(entry)
    return version, entries


def _entry(path: Path, index: int, item: object) -> GazetteerEntry:
    if not isinstance(item, dict):
        raise LexiconError(f"{path}: [[actor]] entry {index}: expected a table of fields")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise LexiconError(
            f"{path}: [[actor]] entry {index} (no name): field 'name' is missing or empty; "
            "give the actor's canonical name"
        )
    where = _where(path, index, name)
    unknown = sorted(set(item) - ENTRY_KEYS)
    if unknown:
        raise LexiconError(
            f"{where}: unknown field(s) {', '.join(unknown)}; expected {', '.join(sorted(ENTRY_KEYS))}"
        )
    kind = item.get("kind")
    if kind not in ACTOR_KINDS:
        raise LexiconError(f"{where}: field 'kind': {kind!r} is not a kind; expected one of {', '.join(ACTOR_KINDS)}")
    lists: dict[str, tuple[str, ...]] = {}
    for field in LIST_FIELDS:
        value = item.get(field, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise LexiconError(f"{where}: field {field!r}: expected a list of non-empty strings, got {value!r}")
        lists[field] = tuple(v.strip() for v in value)
    part_of = item.get("part_of", "")
    note = item.get("note", "")
    for field, value in (("part_of", part_of), ("note", note)):
        if not isinstance(value, str):
            raise LexiconError(f"{where}: field {field!r}: expected a string, got {value!r}")
    return GazetteerEntry(
        name=name.strip(),
        kind=kind,
        part_of=part_of.strip() or None,
        note=note.strip(),
        **lists,
    )


def _check_part_of(gazetteer: Gazetteer, origins: dict[str, str]) -> None:
    for entry in gazetteer.entries:
        if entry.part_of is None:
            continue
        where = origins[entry.name.casefold()]
        if gazetteer.get(entry.part_of) is None:
            raise LexiconError(
                f"{where}: field 'part_of': {entry.part_of!r} is not the canonical name of any actor; "
                "add that actor or correct the name"
            )
        # Follow the chain to catch an actor that is (indirectly) part of itself.
        seen = {entry.name.casefold()}
        parent = gazetteer.get(entry.part_of)
        while parent is not None:
            if parent.name.casefold() in seen:
                raise LexiconError(f"{where}: field 'part_of': the chain of parents loops back; break the cycle")
            seen.add(parent.name.casefold())
            parent = gazetteer.get(parent.part_of) if parent.part_of else None


def _yield_to_the_users_forms(merged: dict[str, GazetteerEntry], bundled: set[str]) -> None:
    """A form the user's own file gives its actor ("OLA", "General Assembly") is taken out of
    the bundled entry that also had it: the user's corpus decides what its words stand for.
    Two of the user's own files claiming one form is still an error."""
    users = {s.text.casefold() for key, e in merged.items() if key not in bundled for s in _entry_surfaces(e)}
    for key in bundled:
        entry = merged[key]
        kept = {
            field: tuple(t for t in getattr(entry, field) if not {v.casefold() for v in _variants(t, acronym=field == "acronyms")} & users)
            for field in LIST_FIELDS
        }
        if any(kept[field] != getattr(entry, field) for field in LIST_FIELDS):
            merged[key] = replace(entry, **kept)


def _check_surfaces(gazetteer: Gazetteer, origins: dict[str, str]) -> None:
    # Case-insensitive forms clash with anything equal when casefolded; case-sensitive
    # forms clash with each other only when written the same.
    folded: dict[str, Surface] = {}
    exact: dict[str, Surface] = {}
    by_fold: dict[str, list[Surface]] = {}
    for surface in gazetteer.surfaces():
        key = surface.text.casefold()
        if surface.case_sensitive:
            rivals = [exact.get(surface.text), folded.get(key)]
            exact.setdefault(surface.text, surface)
            by_fold.setdefault(key, []).append(surface)
        else:
            rivals = [folded.get(key), *by_fold.get(key, [])]
            folded.setdefault(key, surface)
        for rival in rivals:
            if rival is not None and rival.name != surface.name:
                raise LexiconError(_clash(surface, rival, origins))


def _clash(surface: Surface, rival: Surface, origins: dict[str, str]) -> str:
    def describe(s: Surface) -> str:
        match = "case-sensitive" if s.case_sensitive else "case-insensitive"
        return f"{origins[s.name.casefold()]} field {FORM_FIELDS[s.form]!r} ({match} {s.text!r})"

    return (
        f"surface {surface.text!r} is claimed by two actors: {describe(rival)} and {describe(surface)}; "
        "give it to one of them (leave an ambiguous form out, with a comment)"
    )


def _entry_surfaces(entry: GazetteerEntry) -> Iterator[Surface]:
    seen: set[tuple[str, bool]] = set()
    forms: list[tuple[Form, str]] = [("name", entry.name)]
    for field, form in LIST_FIELDS.items():
        forms.extend((form, text) for text in getattr(entry, field))
    for form, text in forms:
        case_sensitive = form not in CASE_INSENSITIVE_FORMS
        for variant in _variants(text, acronym=form == "acronym"):
            key = (variant if case_sensitive else variant.casefold(), case_sensitive)
            if key in seen:
                continue
            seen.add(key)
            yield Surface(variant, entry.name, entry.kind, form, case_sensitive)


def _variants(text: str, *, acronym: bool) -> list[str]:
    """``text`` and the ways writers vary it: dots in acronyms, apostrophes, diacritics."""
    found = [text]
    if acronym and PLAIN_ACRONYM.fullmatch(text):
        found.append(".".join(text) + ".")
    elif acronym and DOTTED_ACRONYM.fullmatch(text):
        found.append(text.replace(".", ""))
    elif not acronym:
        toggled = NAME_ACRONYM.sub(_toggle_dots, text)
        if toggled != text:
            found.append(toggled)
    found.extend([_ascii(t) for t in found])
    straight, curly = APOSTROPHES
    found.extend([t.replace(straight, curly) for t in found] + [t.replace(curly, straight) for t in found])
    return list(dict.fromkeys(found))


def _toggle_dots(match: re.Match[str]) -> str:
    token = match.group(0)
    return token.replace(".", "") if "." in token else ".".join(token) + "."


def _ascii(text: str) -> str:
    """``text`` without combining marks: "Türkiye" -> "Turkiye", "Bogotá" -> "Bogota"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)
