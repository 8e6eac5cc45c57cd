"""analysis: what the stored ledger says once its records are read together.

- :mod:`~casefile.analysis.claims`: allegations repeated across sentences and documents
  grouped into claims with their reports;
- :mod:`~casefile.analysis.organs`: which actors speak for which party (a ministry, the
  armed forces or a spokesperson for their state), from the gazetteer's ``part_of`` links;
- :mod:`~casefile.analysis.positions`: each party's position on each accused party
  over time (first, reiteration, escalation, de-escalation, retraction), organs merged;
- :mod:`~casefile.analysis.denials`: denials linked to the claims they answer;
- :mod:`~casefile.analysis.figure_checks`: sums and parts within a document;
- :mod:`~casefile.analysis.figure_groups` (with :mod:`~casefile.analysis.figure_scope`):
  reports of one figure across documents, with low / best / high and falls flagged.

:mod:`~casefile.analysis.api` runs them over a store; the other modules work on records
alone, so they are tested on records built by hand.
"""

from casefile.analysis.api import ClaimEntry, claim_ledger, figure_report, timelines
from casefile.analysis.claims import Claim, DatedAllegation, Report, date_allegations, group_claims
from casefile.analysis.denials import DenialIndex, DenialLink, link_denials
from casefile.analysis.figure_checks import FigureGroup, FigureReport, Relation, check_document, check_figures
from casefile.analysis.figure_groups import Estimate, Fall, FigureValue, StatedRange
from casefile.analysis.organs import Parties
from casefile.analysis.positions import Step, Timeline, build_timelines

__all__ = [
    "Claim", "ClaimEntry", "DatedAllegation", "DenialIndex", "DenialLink", "Estimate", "Fall", "FigureGroup",
    "FigureReport", "FigureValue", "Parties", "Relation", "Report", "StatedRange", "Step", "Timeline",
    "build_timelines", "check_document", "check_figures",
    "claim_ledger", "date_allegations", "figure_report", "group_claims", "link_denials", "timelines",
]
