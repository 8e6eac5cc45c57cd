"""The actor gazetteer: the bundled data file and the loader's merge and validation rules."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from casefile.errors import LexiconError
from casefile.nlp.gazetteer import Gazetteer, Surface, bundled_path, load_gazetteer
from casefile.records import ACTOR_KINDS

# A fictional actor file: none of these names is real.
VARNIA = """
version = "0.1"

[[actor]]
name = "Republic of Varnia"
kind = "state"
aliases = ["Varnia"]
acronyms = ["RV"]
adjectives = ["Varnian"]
capitals = ["Tessaly"]
part_of = ""
note = "fictional state"

[[actor]]
name = "Ostrel Liberation Front"
kind = "armed_group"
aliases = ["Ostrel Front"]
acronyms = ["ORLF"]
adjectives = []
capitals = []
part_of = ""
note = "fictional armed group"

[[actor]]
name = "Brannock's Lancers"
kind = "armed_group"
aliases = []
acronyms = []
adjectives = []
capitals = []
part_of = "Ostrel Liberation Front"
note = "fictional armed wing"

[[actor]]
name = "Varnian Defence Corps"
kind = "armed_group"
aliases = []
acronyms = ["VDC"]
part_of = "Republic of Varnia"
note = "fictional armed forces; list fields may be left out"
"""


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def lookup(gazetteer: Gazetteer, text: str) -> list[Surface]:
    return [s for s in gazetteer.surfaces() if s.text == text]


def write(tmp_path: Path, text: str, name: str = "actors.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def entry(name: str, kind: str = "armed_group", **fields: object) -> str:
    lines = ["[[actor]]", f'name = "{name}"', f'kind = "{kind}"']
    for key, value in fields.items():
        rendered = "[" + ", ".join(f'"{v}"' for v in value) + "]" if isinstance(value, list) else f'"{value}"'
        lines.append(f"{key} = {rendered}")
    return "\n".join(lines) + "\n"


# --- the bundled file ---------------------------------------------------------------


def test_bundled_file_loads_with_a_version_and_hundreds_of_entries(gazetteer: Gazetteer) -> None:
    assert gazetteer.version == tomllib.loads(bundled_path().read_text(encoding="utf-8"))["version"]
    assert 400 <= len(gazetteer.entries) <= 900


def test_every_kind_is_an_actor_kind_and_every_kind_is_used(gazetteer: Gazetteer) -> None:
    kinds = {e.kind for e in gazetteer.entries}
    assert kinds <= set(ACTOR_KINDS)
    assert kinds == set(ACTOR_KINDS)


def test_every_part_of_names_an_existing_actor(gazetteer: Gazetteer) -> None:
    for e in gazetteer.entries:
        if e.part_of is not None:
            assert gazetteer.get(e.part_of) is not None, e.name


def test_every_entry_has_a_note_and_canonical_names_are_unique(gazetteer: Gazetteer) -> None:
    assert all(e.note for e in gazetteer.entries)
    names = [e.name.casefold() for e in gazetteer.entries]
    assert len(names) == len(set(names))


def test_no_surface_belongs_to_two_actors(gazetteer: Gazetteer) -> None:
    folded: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    for s in gazetteer.surfaces():
        bucket = exact if s.case_sensitive else folded
        bucket.setdefault(s.text if s.case_sensitive else s.text.casefold(), set()).add(s.name)
    assert {k: v for k, v in folded.items() if len(v) > 1} == {}
    assert {k: v for k, v in exact.items() if len(v) > 1} == {}
    for text, owners in exact.items():
        assert folded.get(text.casefold(), owners) == owners, text


def test_all_un_member_states_are_present(gazetteer: Gazetteer) -> None:
    members = [e for e in gazetteer.entries if e.kind == "state" and e.note.startswith("UN member state")]
    assert len(members) == 193
    for name in ("State of Palestine", "Holy See", "Kosovo", "Taiwan"):
        assert gazetteer.kind_of(name) == "state"


def test_notes_carry_no_judgement_words(gazetteer: Gazetteer) -> None:
    for e in gazetteer.entries:
        assert "terror" not in e.note.lower(), e.name


@pytest.mark.parametrize(
    ("text", "name", "form"),
    [
        ("Burmese", "Myanmar", "adjective"),
        ("Burma", "Myanmar", "alias"),
        ("Moscow", "Russia", "capital"),
        ("Kremlin", "Russia", "capital"),
        ("Russian Federation", "Russia", "alias"),
        ("Kyiv", "Ukraine", "capital"),
        ("Ukrainian", "Ukraine", "adjective"),
        ("HRW", "Human Rights Watch", "acronym"),
        ("Amnesty", "Amnesty International", "alias"),
        ("UN", "United Nations", "acronym"),
        ("U.N.", "United Nations", "acronym"),
        ("U.S.", "United States", "acronym"),
        ("USA", "United States", "acronym"),
        ("UK", "United Kingdom", "acronym"),
        ("DRC", "Democratic Republic of the Congo", "acronym"),
        ("DR Congo", "Democratic Republic of the Congo", "alias"),
        ("Congolese", "Democratic Republic of the Congo", "adjective"),
        ("Sudanese", "Sudan", "adjective"),
        ("South Sudanese", "South Sudan", "adjective"),
        ("Turkey", "Türkiye", "alias"),
        ("Turkiye", "Türkiye", "name"),
        ("IDF", "Israel Defense Forces", "acronym"),
        ("SAF", "Sudanese Armed Forces", "acronym"),
        ("RSF", "Rapid Support Forces", "acronym"),
        ("Reporters Without Borders", "Reporters Without Borders", "name"),
        ("Ezzedine Al Qassam Brigades", "Izz ad-Din al-Qassam Brigades", "alias"),
        ("Al Aqsa Martyrs\u2019 Brigades", "Al-Aqsa Martyrs' Brigades", "alias"),
        ("Al Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs' Brigades", "alias"),
        ("Ansar Allah", "Houthis", "alias"),
        ("Daesh", "Islamic State", "alias"),
        ("ISIL", "Islamic State", "acronym"),
        ("ICC", "International Criminal Court", "acronym"),
        ("World Court", "International Court of Justice", "alias"),
        ("Doctors Without Borders", "Médecins Sans Frontières", "alias"),
        ("UN human rights office", "OHCHR", "alias"),
        ("U.N. Security Council", "UN Security Council", "name"),
        ("Gaza health ministry", "Gaza Health Ministry", "name"),
    ],
)
def test_spot_checks(gazetteer: Gazetteer, text: str, name: str, form: str) -> None:
    found = [
        s for s in gazetteer.surfaces()
        if (s.text == text if s.case_sensitive else s.text.casefold() == text.casefold())
    ]
    assert [(s.name, s.form) for s in found] == [(name, form)]


def test_case_rules_per_form(gazetteer: Gazetteer) -> None:
    assert all(s.case_sensitive for s in lookup(gazetteer, "HRW"))
    assert all(s.case_sensitive for s in lookup(gazetteer, "Israeli"))
    assert not any(s.case_sensitive for s in lookup(gazetteer, "Human Rights Watch"))


def test_parts_and_kinds(gazetteer: Gazetteer) -> None:
    assert gazetteer.get("izz ad-din al-qassam brigades").part_of == "Hamas"
    assert gazetteer.get("Tatmadaw").part_of == "Myanmar"
    assert gazetteer.kind_of("Vladimir Putin") == "person"
    assert gazetteer.kind_of("OHCHR") == "un_body"
    assert gazetteer.kind_of("no such actor") is None
    assert gazetteer.get("no such actor") is None


def test_bundled_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer(())


# --- extra files ---------------------------------------------------------------------


def test_extra_file_is_merged(tmp_path: Path) -> None:
    merged = load_gazetteer([write(tmp_path, VARNIA)])
    bundled = load_gazetteer()
    assert len(merged.entries) == len(bundled.entries) + 4
    assert merged.version == f"{bundled.version}+0.1"
    varnia = merged.get("republic of varnia")
    assert varnia is not None and varnia.capitals == ("Tessaly",) and varnia.part_of is None
    assert [(s.name, s.form) for s in lookup(merged, "Varnian")] == [("Republic of Varnia", "adjective")]
    assert [(s.name, s.form) for s in lookup(merged, "Tessaly")] == [("Republic of Varnia", "capital")]
    assert [s.name for s in lookup(merged, "O.R.L.F.")] == ["Ostrel Liberation Front"]
    assert [s.text for s in merged.surfaces() if s.name == "Brannock's Lancers"] == [
        "Brannock's Lancers",
        "Brannock\u2019s Lancers",
    ]
    assert merged.get("Brannock's Lancers").part_of == "Ostrel Liberation Front"
    assert merged.kind_of("Varnian Defence Corps") == "armed_group"
    assert merged.get("Varnian Defence Corps").adjectives == ()
    assert merged.get("Human Rights Watch") is not None


def test_later_file_overrides_an_entry_with_the_same_name(tmp_path: Path) -> None:
    first = write(tmp_path, VARNIA, "first.toml")
    second = write(tmp_path, entry("Ostrel Liberation Front", "other", note="renamed kind"), "second.toml")
    merged = load_gazetteer([first, second])
    front = merged.get("Ostrel Liberation Front")
    assert front.kind == "other" and front.acronyms == ()
    assert [e.name for e in merged.entries].count("Ostrel Liberation Front") == 1
    # The bundled entries can be overridden the same way.
    amnesty = write(tmp_path, entry("Amnesty International", "ngo", aliases=["Amnesty"], note="local note"), "a.toml")
    assert load_gazetteer([amnesty]).get("Amnesty International").note == "local note"


# --- validation errors ---------------------------------------------------------------


def assert_error(path: Path, *fragments: str) -> None:
    with pytest.raises(LexiconError) as info:
        load_gazetteer([path])
    message = str(info.value)
    assert str(path) in message
    for fragment in fragments:
        assert fragment in message, message


def test_unknown_kind(tmp_path: Path) -> None:
    path = write(tmp_path, VARNIA + entry("Saltmarsh Syndicate", "gang"))
    assert_error(path, "entry 4", "'Saltmarsh Syndicate'", "'kind'", "'gang'")


def test_missing_name(tmp_path: Path) -> None:
    path = write(tmp_path, VARNIA + '[[actor]]\nkind = "ngo"\nnote = "no name"\n')
    assert_error(path, "entry 4", "'name'")


def test_part_of_an_unknown_actor(tmp_path: Path) -> None:
    path = write(tmp_path, entry("Quillon Brigade", part_of="Quillon Movement"))
    assert_error(path, "entry 0", "'Quillon Brigade'", "'part_of'", "'Quillon Movement'")


def test_part_of_cycle(tmp_path: Path) -> None:
    path = write(tmp_path, entry("Aldmere Guard", part_of="Aldmere Watch") + entry("Aldmere Watch", part_of="Aldmere Guard"))
    assert_error(path, "'part_of'", "loops")


def test_surface_claimed_twice_within_a_file(tmp_path: Path) -> None:
    path = write(tmp_path, VARNIA + entry("Orlon Freedom League", acronyms=["ORLF"]))
    assert_error(path, "'ORLF'", "'Ostrel Liberation Front'", "'Orlon Freedom League'", "entry 1", "entry 4")


def test_surface_clash_is_case_insensitive_for_names_and_aliases(tmp_path: Path) -> None:
    path = write(tmp_path, VARNIA + entry("Tessaly Council", "government_body", aliases=["OSTREL FRONT"]))
    assert_error(path, "'Ostrel Liberation Front'", "'Tessaly Council'", "'aliases'")
    # A case-insensitive alias also clashes with another actor's case-sensitive form.
    path = write(tmp_path, VARNIA + entry("Tessaly Council", "government_body", aliases=["varnian"]), "b.toml")
    assert_error(path, "'Republic of Varnia'", "'adjectives'", "'Tessaly Council'")


def test_a_form_in_the_users_file_is_taken_from_the_bundled_actor_that_had_it(tmp_path: Path) -> None:
    """A project's own gazetteer decides what its corpus's words stand for: a bundled actor gives
    up a form the user's file claims (the installed file is not the user's to edit)."""
    path = write(tmp_path, entry("Ostrel Liberation Front", acronyms=["HRW"]))
    gazetteer = load_gazetteer([path])
    owners = {s.name for s in gazetteer.surfaces() if s.text == "HRW"}
    assert owners == {"Ostrel Liberation Front"}
    assert gazetteer.get("Human Rights Watch") is not None  # the bundled actor keeps its name and other forms
    assert "HRW" not in gazetteer.get("Human Rights Watch").acronyms


def test_a_generated_variant_in_the_users_file_takes_the_bundled_form_it_comes_from(tmp_path: Path) -> None:
    # "U.N." is generated from the bundled "UN": claiming it takes both forms from the United Nations.
    path = write(tmp_path, entry("Unsworth Network", "ngo", acronyms=["U.N."]))
    gazetteer = load_gazetteer([path])
    assert {s.name for s in gazetteer.surfaces() if s.text in {"U.N.", "UN"}} == {"Unsworth Network"}


def test_two_user_files_claiming_one_form_is_still_an_error(tmp_path: Path) -> None:
    first = write(tmp_path, entry("Unsworth Network", "ngo", acronyms=["UNW"]), "a.toml")
    second = write(tmp_path, entry("Ulvane Watch", "ngo", acronyms=["UNW"]), "b.toml")
    with pytest.raises(LexiconError) as info:
        load_gazetteer([first, second])
    assert str(first) in str(info.value) and str(second) in str(info.value)


def test_duplicate_name_in_one_file(tmp_path: Path) -> None:
    path = write(tmp_path, VARNIA + entry("Republic of Varnia", "state"))
    assert_error(path, "entry 4", "'Republic of Varnia'", "entry 0")


def test_bad_field_types_and_unknown_fields(tmp_path: Path) -> None:
    path = write(tmp_path, '[[actor]]\nname = "Merrow Clan"\nkind = "armed_group"\naliases = "Merrows"\n')
    assert_error(path, "entry 0", "'Merrow Clan'", "'aliases'")
    path = write(tmp_path, '[[actor]]\nname = "Merrow Clan"\nkind = "armed_group"\nalias = ["Merrows"]\n', "b.toml")
    assert_error(path, "entry 0", "'Merrow Clan'", "alias")


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'version = "1"\n\n[[actor]]\nname = "Merrow Clan\nkind = "armed_group"\n')
    assert_error(path, "line 4")


def test_missing_file(tmp_path: Path) -> None:
    assert_error(tmp_path / "nowhere.toml", "cannot read")
