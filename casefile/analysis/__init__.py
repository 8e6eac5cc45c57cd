"""analysis: what the stored ledger says once its records are read together.

- :mod:`~casefile.analysis.claims`: allegations repeated across sentences and documents
  grouped into claims with their reports;
- :mod:`~casefile.analysis.positions`: each speaker's position on each accused party
  over time (first, reiteration, escalation, de-escalation, retraction);
- :mod:`~casefile.analysis.denials`: denials linked to the claims they answer;
- :mod:`~casefile.analysis.figure_checks`: sums and parts within a document, and
  figures compared across documents.

:mod:`~casefile.analysis.api` runs them over a store; the other modules work on records
alone, so they are tested on records built by hand.
"""

from casefile.analysis.api import ClaimEntry, claim_ledger, figure_report, timelines
from casefile.analysis.claims import Claim, DatedAllegation, Report, date_allegations, group_claims
from casefile.analysis.denials import DenialIndex, DenialLink, link_denials
from casefile.analysis.figure_checks import FigureGroup, FigureReport, Relation, check_document, check_figures
from casefile.analysis.positions import Step, Timeline, build_timelines

__all__ = [
    "Claim", "ClaimEntry", "DatedAllegation", "DenialIndex", "DenialLink", "FigureGroup", "FigureReport",
    "Relation", "Report", "Step", "Timeline", "build_timelines", "check_document", "check_figures",
    "claim_ledger", "date_allegations", "figure_report", "group_claims", "link_denials", "timelines",
]
