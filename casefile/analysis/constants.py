"""Domain knowledge the analysis layer applies, kept apart from the logic that uses it.

Each entry says where it comes from; change the order or the cue lists here, not in code.
"""

from __future__ import annotations

# Severity order of the legal categories, least to most grave (legal-taxonomy reference,
# "Severity order used for position changes"). Categories outside it (aggression,
# ethnic_cleansing, terrorism, other_crime) never make a step an escalation or a de-escalation.
SEVERITY: tuple[str, ...] = (
    "human_rights_violations",
    "ihl_violations",
    "war_crimes",
    "crimes_against_humanity",
    "genocide",
)

# Prefix of a statement date that places the statement before the given day
# ("before 2025-12-11", written by the extractor for "had earlier accused ...").
BEFORE_PREFIX = "before "

# Figure categories that count a running total which should only grow as it is revised
# (the dead stay dead); a later, lower value is flagged. Stocks such as `hostages`,
# `detained` or `displaced` may fall for good reasons (releases, returns).
CUMULATIVE_CATEGORIES: frozenset[str] = frozenset({"killed", "injured", "died_in_captivity"})

# --- cues for relations between figures of one sentence --------------------------------
# Words just before a number making it a part of the figure before it in the sentence
# ("251 people, including 44 ...", "340 people, among them 52 children").
PART_BEFORE_CUES: tuple[str, ...] = ("including", "among them", "among whom", "of whom", "among which")

# Words right after a number making it a part of the nearest earlier figure
# ("eleven of them children", "22 of whom were children").
PART_AFTER_CUES: tuple[str, ...] = ("of them", "of whom", "of those")

# Words between two numbers making the first a part of the second ("47 of the 64 people").
PART_OF_NEXT_CUES: tuple[str, ...] = ("of the", "out of", "out of the")

# A sentence opening with one of these and a number: later numbers of the sentence are
# parts of that number ("Of the 288 adults, 31 were released").
WHOLE_OPENERS: tuple[str, ...] = ("of the", "out of the", "out of", "of these", "of those")

# A sentence opening with one of these and no number: its numbers are parts of the last
# number of the sentence before ("... 112 people were killed. Among the dead were 47 women").
PARTS_OPENERS: tuple[str, ...] = ("among the", "among them", "of them", "of these", "of those", "they included")

# How far after a total's sentence to look for the numbers completing a sum, and how many.
SUM_WINDOW_SENTENCES = 2
SUM_MAX_EXTRA_PARTS = 4

# Words ignored when comparing what two figures count ("people killed" ~ "killed").
WHAT_STOPWORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "by", "and", "or", "to", "from", "since", "people", "person"}
)
# Share of words two figures' `what` must have in common (Jaccard) to be counted together.
WHAT_SIMILARITY = 0.5

# Numbers written as words, to find a figure's number in its evidence ("eleven of them").
NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    1: ("one",), 2: ("two",), 3: ("three",), 4: ("four",), 5: ("five",), 6: ("six",), 7: ("seven",),
    8: ("eight",), 9: ("nine",), 10: ("ten",), 11: ("eleven",), 12: ("twelve",), 13: ("thirteen",),
    14: ("fourteen",), 15: ("fifteen",), 16: ("sixteen",), 17: ("seventeen",), 18: ("eighteen",),
    19: ("nineteen",), 20: ("twenty",), 30: ("thirty",), 40: ("forty",), 50: ("fifty",),
}

# Capitalized words that name no place or party, ignored when telling which events two
# figures are about ("14 March" says nothing about where).
NOT_NAMES: frozenset[str] = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "the", "a", "an", "in", "of", "at", "on", "i", "he", "she", "it", "they", "we"}
)
