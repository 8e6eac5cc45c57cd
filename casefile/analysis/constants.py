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

# --- what a figure counts (its unit), for grouping figures across documents ----------------
# Nouns of a figure's `what` naming what is counted, by lemma, and the unit they count in.
# The first such noun of the `what` is its head ("women dead" counts women); a `what` with
# none counts its last remaining word ("separate incidents" counts incidents), and a `what`
# of category words alone ("killed", "freed") counts people.
UNIT_NOUNS: dict[str, str] = {
    "people": "people", "person": "people", "individual": "people", "toll": "people", "victim": "people",
    "life": "people", "soul": "people", "death": "people", "dead": "people", "fatality": "people",
    "casualty": "people", "total": "people", "tally": "people", "number": "people", "figure": "people",
    "child": "children", "minor": "children", "kid": "children",
    "woman": "women", "man": "men",
    "civilian": "civilians", "noncombatant": "civilians",
    "fighter": "fighters", "militant": "fighters", "combatant": "fighters", "gunman": "fighters",
    "insurgent": "fighters", "rebel": "fighters",
    "soldier": "soldiers", "troop": "soldiers", "serviceman": "soldiers",
    "hostage": "hostages", "captive": "hostages", "abductee": "hostages",
    "detainee": "detainees", "prisoner": "detainees",
    "refugee": "refugees",
    "body": "bodies", "corpse": "bodies",
    "journalist": "journalists", "reporter": "journalists",
}
# Units that, in a figure of the given category, are just the people the category counts
# ("47 hostages" and "47 people held" are both hostages counted as people). Releases keep
# their unit: freed hostages and prisoners freed in exchange for them are two figures.
OWN_UNITS: dict[str, frozenset[str]] = {
    "hostages": frozenset({"hostages"}),
    "detained": frozenset({"detainees"}),
}
DEFAULT_UNIT = "people"
# Plural forms the suffix rules get wrong.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "people", "children": "child", "men": "man", "women": "woman", "lives": "life",
    "police": "police", "dead": "dead", "media": "media", "personnel": "personnel", "news": "news",
}
# Words of a `what` that never name what is counted: articles, numbers' companions and the
# verbs and adjectives of the categories themselves.
WHAT_IGNORED: frozenset[str] = frozenset({
    "the", "a", "an", "of", "in", "on", "at", "by", "and", "or", "to", "from", "since", "some", "about",
    "more", "than", "least", "other", "others", "separate", "estimated", "further", "additional", "new",
    "killed", "killing", "kill", "died", "die", "wounded", "wound", "wounds", "injured", "injury", "held",
    "hold", "holds", "detained", "detention", "freed", "released", "release", "abducted", "abduction",
    "displaced", "missing", "arrested", "lost", "taken", "seized", "remain", "remaining", "still",
})

# --- what event or period a figure is about ------------------------------------------------
# Weights of a name by how near the figure it stands: in the figure's clause, elsewhere in
# its sentence, in the neighbouring sentences or the document's title. A figure whose
# sentence names no place and whose clause speaks of a toll already introduced ("the
# office put the toll at 900", BACK_REFERENCES) continues the sentence before: that
# sentence's names then weigh as its own sentence's.
SCOPE_WEIGHTS: dict[str, int] = {"clause": 3, "sentence": 2, "nearby": 1}
BACK_REFERENCES: tuple[str, ...] = (
    "the toll", "the death toll", "the figure", "the number", "the tally", "the total", "the count",
    "this figure", "that figure", "this toll",
)
# Share of the longer words capitalized that makes a line a headline in title case, whose
# capitals say nothing about which words are names.
TITLE_CASE_SHARE = 0.8
# How many sentences either side of the figure's own count as its neighbourhood.
SCOPE_NEARBY_SENTENCES = 1
# Added to the match of two figures with the same value (a later report citing the figure),
# for values of at least CITED_MIN_VALUE: small numbers coincide too often to tell a
# citation from chance.
SAME_VALUE_BONUS = 2
CITED_MIN_VALUE = 10
# The least score (match + bonus) that puts a figure in a group: a name shared only through
# the neighbouring sentences or the title (weight 1) is not enough unless the value is one
# another document already gave.
MIN_GROUP_SCORE = 2
# Reports of one event's toll more than this many days (six months) apart are not grouped
# unless the later gives a value already reported (recalling the figure) or both name the
# same month: a toll is revised within months, and two attacks on one town a year apart
# are two figures. Counts over a period ("since March") and
# stocks (below) are compared across any time.
EVENT_WINDOW_DAYS = 183
# Categories counting a state as of the report date (people held, displaced, missing), which
# rise and fall as people are taken, freed or return: compared across any time.
STOCK_CATEGORIES: frozenset[str] = frozenset({"hostages", "detained", "displaced", "missing"})
# Words marking a count over a period (a running toll) and words marking one event; a
# figure of the one kind is never grouped with a figure of the other.
PERIOD_CUES: tuple[str, ...] = ("since", "so far", "to date", "in total", "cumulative", "altogether", "until now")
EVENT_CUES: tuple[str, ...] = (
    "attack", "strike", "airstrike", "raid", "shelling", "bombing", "massacre", "explosion", "ambush",
    "assault", "incident", "blast",
)
# Actor kinds whose names in a figure's sentence say who speaks or is accused, not what
# event is counted: their names (as the store saw them written) are masked before reading
# a figure's scope. Places and unrecognised names are kept.
PARTY_KINDS: frozenset[str] = frozenset(
    {"state", "armed_group", "ngo", "un_body", "court", "government_body", "media", "person"}
)

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
     "saturday", "sunday", "the", "a", "an", "in", "of", "at", "on", "i", "he", "she", "it", "they", "we",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)

# --- organs of one party -----------------------------------------------------------------
# Actor kinds that speak and act for the whole they are `part_of` in the gazetteer: a
# ministry or the armed forces for their state, a spokesperson or official for their
# government or organisation, an armed wing for its movement. Their statements, and the
# accusations made against them, are merged into the whole's position timeline (each step
# still names the organ), and they deny on its behalf. Courts, UN bodies, commissions and
# other mandated bodies are not merged into what created them: a court, a commission of
# inquiry or a special rapporteur is a voice of its own. An actor whose kind is unknown
# (a bare `part_of` mapping) is taken at its link.
ORGAN_KINDS: frozenset[str] = frozenset({"government_body", "armed_group", "person"})
