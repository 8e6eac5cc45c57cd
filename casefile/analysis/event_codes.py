"""The nearest CAMEO code and PLOVER event type of an allegation, for event-data tools.

casefile records *who said whom did what*; event coders (CAMEO, PLOVER) record a
``source`` actor doing something to a ``target`` actor. An allegation maps onto one
verbal event: the speaker accuses (or denies for) the accused. The tables below are data,
not logic; change them here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# CAMEO codebook (Schrodt, CAMEO Conflict and Mediation Event Observations Event and
# Actor Codebook, v1.1b3, 2012), chapter 2, cue category 11 "Disapprove", code 112
# "Accuse, not specified below" and its sub-codes 1121-1124. Code 1125 (espionage,
# treason) has no casefile category.
CAMEO_ACCUSE = "112"
CAMEO_LABELS: dict[str, str] = {
    "112": "Accuse, not specified below",
    "1121": "Accuse of crime, corruption",
    "1122": "Accuse of human rights abuses",
    "1123": "Accuse of aggression",
    "1124": "Accuse of war crimes",
    # Cue category 01 "Make public statement", code 016 "Deny responsibility". CAMEO
    # codes the accused denying its own responsibility; a third party denying on the
    # accused's behalf has no closer code, so it gets 016 too.
    "016": "Deny responsibility",
}
CAMEO_DENY = "016"

# casefile category -> CAMEO 112x sub-code (categories: casefile.records.CATEGORIES).
CAMEO_BY_CATEGORY: dict[str, str] = {
    "war_crimes": "1124",
    "crimes_against_humanity": "1124",  # CAMEO has no separate code; 1124 is the nearest
    "genocide": "1124",  # likewise: atrocity crimes are coded as war crimes
    "ihl_violations": "1124",  # violations of the law of armed conflict
    "ethnic_cleansing": "1124",
    "human_rights_violations": "1122",
    "aggression": "1123",
    "terrorism": "1121",  # an ordinary-crime accusation in CAMEO's scheme
    "other_crime": "1121",
}

# An allegation with several categories gets the first of these codes among them: the
# most specific accusation wins (war crimes over human rights over aggression over crime).
CAMEO_PRECEDENCE: tuple[str, ...] = ("1124", "1122", "1123", "1121")

# PLOVER (Political Language Ontology for Verifiable Event Records, 2021 ontology):
# ACCUSE is the event type for verbal accusations. PLOVER has no "deny" event type, so a
# denial is also ACCUSE and keeps its stance (``denies``) beside it; see PLOVER_DENY_NOTE.
PLOVER_ACCUSE = "ACCUSE"
PLOVER_DENY_NOTE = "PLOVER has no deny event type: coded ACCUSE, read with casefile stance 'denies'"


@dataclass(frozen=True)
class EventCode:
    """An allegation's nearest CAMEO code (with its codebook label) and PLOVER event type."""

    cameo: str
    cameo_label: str
    plover: str
    note: str | None = None


def event_code(stance: str, categories: Iterable[str]) -> EventCode:
    """The CAMEO and PLOVER codes for an allegation of ``stance`` over ``categories``.

    ``denies`` is CAMEO 016 whatever the categories; ``asserts`` is the most specific
    112x sub-code of its categories (:data:`CAMEO_PRECEDENCE`), or 112 without one.
    Raises ValueError for a stance other than ``asserts`` or ``denies``.
    """
    if stance == "denies":
        return EventCode(CAMEO_DENY, CAMEO_LABELS[CAMEO_DENY], PLOVER_ACCUSE, PLOVER_DENY_NOTE)
    if stance != "asserts":
        raise ValueError(f"unknown stance {stance!r}; expected 'asserts' or 'denies'")
    codes = {CAMEO_BY_CATEGORY[c] for c in categories if c in CAMEO_BY_CATEGORY}
    cameo = next((code for code in CAMEO_PRECEDENCE if code in codes), CAMEO_ACCUSE)
    return EventCode(cameo, CAMEO_LABELS[cameo], PLOVER_ACCUSE)
