"""Numbers in running text: find them, read their value, and tell counts from non-counts."""

from __future__ import annotations

import re

UNITS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD = "|".join(ONES[1:] + list(TENS))
# "1,221", "19 546" (a thin or plain space between groups), "1.2 million", "forty-one", "two hundred".
NUMBER = re.compile(
    r"(?<![\w.,-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.])|\d+(?:\.\d+)?"
    r"|(?:" + _WORD + r")(?:[- ](?:" + "|".join(ONES[1:10]) + r"))?(?:\s+hundred)?|(?<=\ba )(?:hundred|thousand))"
    r"(?:[\s-](?P<unit>thousand|million|billion))?(?![\w-])",
    re.IGNORECASE,
)
# A range opens with "between" and closes with "and"/"to": the second number is the range's high end.
RANGE = re.compile(r"\bbetween\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)
RANGE_SECOND = re.compile(r"\bbetween\s+[\w,.\u00a0\u202f\u2009 -]+?\s+(?:and|to)\s+$", re.IGNORECASE)
RANGE_LINK = re.compile(r"\s*(?:and|to|-|–)\s*")
# A number with a unit of time, size or money after it is not a count of people.
UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per cent|-year|-page|-day|-week|-month|-km|km|kilomet|mile|metre|meter|-member|-hour|"
    r"-minute|-strong|years? old|p\.m\.|a\.m\.|pages?\b|[ap]m\b|hours?\b|minutes?\b|days?\b|weeks?\b|"
    r"months?\b|years?\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b|dollars?\b|euros?\b|pounds?\b|tonnes?\b|tons?\b|kg\b)",
    re.IGNORECASE,
)
# ... or with a currency sign, an article, page or resolution number, or an age before it.
MARK_BEFORE = re.compile(
    r"(?:[$€£]|\bus\$|\bno\.|\barticles?|\bresolutions?|\bpages?|\bparagraphs?|\bchapters?|\bsections?|"
    r"\bage[ds]?|\bcolumn|\bgroup of|\bnumber|\bunit|\bbrigade|\bbattalion)\s*$",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    r"\b(?:day|week|month|year|decade|century|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{4}|\d+(?:st|nd|rd|th)\b"
)
# A four-digit number after a month, a day or "in"/"since" is a year ("Oct. 7, 2023 attacks").
YEAR_BEFORE = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\d{1,2},|\b(?:in|since|of|until|by|from|during|after|before|early|late|mid|spring|summer|autumn|winter)(?:\s+the)?)\s*-?$",
    re.IGNORECASE,
)
# "one" is mostly a pronoun or determiner; a count only after a qualifier.
ONE_AS_COUNT = re.compile(r"(?:only|just|at least|least|than|killing|killed)\s*$", re.IGNORECASE)


def parse_number(text: str) -> int | None:
    """``"1,221"`` → 1221, ``"forty-one"`` → 41, ``"1.2 million"`` → 1200000; None if not a count."""
    m = NUMBER.fullmatch(text.strip())
    if not m:
        return None
    return number_value(m.group("num"), m.group("unit"))


def number_value(num: str, unit: str | None) -> int | None:
    """The integer a matched number stands for; None when it is not whole (``"2.5"`` people)."""
    value = _word_value(num) if num[0].isalpha() else _digit_value(num)
    if value is None:
        return None
    if unit:
        value *= UNITS[unit.lower()]
    return int(value) if value == int(value) else None


def _word_value(num: str) -> float | None:
    words = num.lower().replace("-", " ").split()
    if words == ["hundred"] or words == ["thousand"]:
        return 100.0 if words[0] == "hundred" else 1000.0  # "a hundred", "a thousand"
    base = TENS.get(words[0], ONES.index(words[0]) if words[0] in ONES else 0)
    if len(words) > 1 and words[1] in ONES:
        base += ONES.index(words[1])
    if words[-1] == "hundred":
        base *= 100
    return float(base)


# Longest run of digits read as a count: no casualty figure comes near 16 digits, and floats
# are exact up to 2**53 (16 digits).
MAX_DIGITS = 16


def _digit_value(num: str) -> float | None:
    digits = re.sub(r"[,\u00a0\u202f\u2009 ]", "", num)
    if len(digits.split(".")[0]) > MAX_DIGITS:
        return None  # an identifier or a serial number, not a count
    try:
        return float(digits)
    except ValueError:
        return None


def looks_like_non_count(text: str, start: int, end: int, m: re.Match[str]) -> bool:
    """True for percentages, ages, money, article numbers, durations, decimals, years and list numbers."""
    before, after = text[max(0, start - 14):start], text[end:end + 14]
    if UNIT_AFTER.match(after) or MARK_BEFORE.search(before) or _range_partner_has_unit(text, end):
        return True
    if is_list_marker(text, start, end):
        return True
    if "." in m.group("num") and not m.group("unit"):
        return True
    return is_year(m.group("num"), before) and not m.group("unit")


def is_list_marker(text: str, start: int, end: int) -> bool:
    """A number that numbers an item of a list: "4." or "4)" opening a line, "(3)" or "[3]"
    alone in brackets, "2)" closing a bracket it did not open ("demands: 1) the release …").

    A count always belongs to a phrase (a noun, a verb); a list number stands before its item,
    cut off from it by a full stop or a bracket.
    """
    line = text[text.rfind("\n", 0, start) + 1:start]
    closer, spacing = text[end:end + 1], text[end + 1:end + 2]
    if not line.strip() and closer in {".", ")"} and (not spacing or spacing.isspace()):
        return True  # "4. The Guard is …" opening a line
    if (closer, line[-1:]) in {(")", "("), ("]", "[")}:
        return True  # "(3)", "[3]": nothing but the number between the brackets
    unopened = line.rfind("(") <= line.rfind(")")
    return closer == ")" and unopened and line.rstrip()[-1:] in {":", ";", ","}  # "demands: 1) the …"


def _range_partner_has_unit(text: str, end: int) -> bool:
    """ "12 to 13 per cent", "5-10 km": the low end of a range shares the unit written after the high end."""
    link = RANGE_LINK.match(text, end)
    if not link or link.end() == end:
        return False
    second = NUMBER.match(text, link.end())
    return bool(second) and bool(UNIT_AFTER.match(text[second.end():second.end() + 14]))


def is_bare_one(text: str, start: int, m: re.Match[str]) -> bool:
    """ "one" with no qualifier before it ("one of the", "one such case" after "only" is a count)."""
    before = text[max(0, start - 14):start]
    return m.group("num").lower() == "one" and not m.group("unit") and not ONE_AS_COUNT.search(before)


def is_year(num: str, before: str) -> bool:
    """A four-digit number between 1800 and 2100 that follows a date or a time preposition."""
    return num.isdigit() and len(num) == 4 and 1800 <= int(num) <= 2100 and bool(YEAR_BEFORE.search(before))
