"""Commands reading the ledger as a whole: ``positions`` and ``claims`` (``figures --check`` is in ledger)."""

from __future__ import annotations

from typing import Annotated

import typer

from casefile import analysis
from casefile.cli import tables
from casefile.cli.ledger import _dicts, print_json
from casefile.cli.options import DbOption, JsonOption, open_store, out

SpeakerOption = Annotated[str | None, typer.Option(help="Only this speaker (part of its canonical name).")]
AccusedOption = Annotated[str | None, typer.Option(help="Only statements about this accused party (part of its name).")]
SeparateOption = Annotated[
    bool, typer.Option("--separate-organs", help="Keep a state's or organisation's organs (ministries, forces, "
                       "spokespeople) in timelines of their own instead of merging them into the party's.")
]


def positions(speaker: SpeakerOption = None, accused: AccusedOption = None, separate_organs: SeparateOption = False,
              as_json: JsonOption = False, db: DbOption = None) -> None:
    """Each party's position on each accused party over time: first, reiteration, escalation, de-escalation, retraction.

    Organs of one state or organisation (by the gazetteer's part_of links) are merged into
    its timeline; the "by" and "named" columns say which organ spoke and whom it named.
    """
    with open_store(db) as store:
        found = analysis.timelines(store, speaker=speaker, accused=accused, merge_organs=not separate_organs)
    if as_json:
        print_json(_dicts(found))
    else:
        out().print(tables.positions_table(found))


def claims(speaker: SpeakerOption = None, accused: AccusedOption = None, as_json: JsonOption = False,
           db: DbOption = None) -> None:
    """Claims (one accusation however often reported) with first and last report, count and linked denials."""
    with open_store(db) as store:
        found = analysis.claim_ledger(store, speaker=speaker, accused=accused)
    if as_json:
        print_json(_dicts(found))
    else:
        out().print(tables.claims_table(found))
