"""The years a report and its activities are dated by: one rule for the Facts (``dated``) and the graph (``okg:year``).

A new user's round 47 (B2): ``okg extract`` showed ``"year": null`` for most activities, the sentence naming no year
of its own, while the store dated them by the report's year (from its ``year:`` header, else its text): a user checking
the Facts before ingesting read the dates as missing. Each activity's Facts now says the years the store gives it and
where they come from (:func:`activity_years`), and the graph builder dates it by the same function.
"""
from __future__ import annotations

import re
from typing import Literal

_PERIOD = re.compile(r"(\d{4})(?:-(\d{4}))?")
#: Where an activity's years come from: its own sentence (a year it names, the years it looks back over), the report's
#: ``year:`` header, the report's year as okg reads it from the text (its date, its title, the years it names), or the
#: report's year guessed from the date the page was issued or posted (``issued:``, a page's date, the date in its
#: address: ``page date``, which the report's warning names; newuser36 A7, round 51).
Source = Literal["sentence", "header", "report text", "page date"]


def period(value: str) -> tuple[int, int] | None:
    """``(first, last)`` year of ``2023`` or ``2017-2021``; None for anything else.

    >>> period("2017-2021"), period("2023"), period("")
    ((2017, 2021), (2023, 2023), None)
    """
    match = _PERIOD.fullmatch(value.strip())
    if not match:
        return None
    first = int(match.group(1))
    return first, int(match.group(2) or first)


def activity_years(year: int | None, years: str | None, report: tuple[int, int] | None,
                   report_from: Source = "report text") -> tuple[tuple[int, int], Source] | None:
    """The years ``(first, last)`` an activity is stored with and their source: its sentence's own ``year``, else the
    ``years`` it looks back over (``2018-2022``), else the ``report``'s (``report_from``: where the report's year came
    from, ``header``, ``report text`` or ``page date``); None when none of them is known.

    >>> activity_years(2021, None, (2023, 2023)), activity_years(None, "2018-2022", (2022, 2022))
    (((2021, 2021), 'sentence'), ((2018, 2022), 'sentence'))
    >>> activity_years(None, None, (2023, 2023), "header"), activity_years(None, None, (2023, 2023))
    (((2023, 2023), 'header'), ((2023, 2023), 'report text'))
    >>> activity_years(None, None, (2022, 2022), "page date"), activity_years(None, None, None)
    (((2022, 2022), 'page date'), None)
    """
    if year:
        return (year, year), "sentence"
    if own := period(years or ""):
        return own, "sentence"
    if report is not None:
        return report, report_from
    return None


def spelt(years: tuple[int, int]) -> str:
    """``2023``, or ``2017-2021`` for several years (as a report's ``year`` is written).

    >>> spelt((2023, 2023)), spelt((2017, 2021))
    ('2023', '2017-2021')
    """
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
