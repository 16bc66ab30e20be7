"""The fields every fact row shares: its year or range, its zh/en labels, its evidence.

:mod:`graph.tables` and :mod:`graph.loop` shape rows of activities, statistics and loop steps
from :class:`graph.backends.Description` with these, so the fields are written once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.backends import Description


def years(year: int | None, first: int | None, last: int | None) -> dict[str, int | None]:
    """``{"year", "year_from", "year_to"}`` of a fact or report: one year (``year``) or the range
    of a multi-year report (``year`` None); all None when undated."""
    if year is not None:
        return {"year": year, "year_from": year, "year_to": year}
    if first is not None and last is not None:
        return {"year": None, "year_from": first, "year_to": last}
    return {"year": None, "year_from": None, "year_to": None}


@dataclass(frozen=True)
class Years:
    """A year filter with its reading of ranges: the years ``first`` to ``last``; ``ranges`` also keeps a row dated by
    a range that runs beyond them (a term report's 2017-2021 total for 2020), which is left out otherwise."""

    first: int
    last: int
    ranges: bool = False


#: A year filter: one year, a range ``(first, last)`` of years, :class:`Years`, or None for any.
YearFilter = int | tuple[int, int] | Years | None


def span(year: YearFilter) -> Years | None:
    """``year`` as :class:`Years` (an int its one year, a pair its range), None for None."""
    if year is None or isinstance(year, Years):
        return year
    return Years(year, year) if isinstance(year, int) else Years(*year)


def covers(row: dict[str, Any], year: YearFilter) -> bool:
    """Whether a row of :func:`years` is dated in ``year``: its year, or its whole range, lies in the filter's years
    (``2020`` keeps 2020, not 2017-2021; ``(2017, 2021)`` keeps both); with :attr:`Years.ranges`, a row any of whose
    years the filter holds (``2020`` keeps 2017-2021 too). Any row if None; an undated row none but None.

    Round 33 (a fresh user's round 32: ``/statistics?measure=law_enforcement_inspection&year=2020`` summed 广安's
    2017-2021 total of 28 and 宜昌's 2019-2023 total of 23 with the rows of 2020): a multi-year statement says the work
    happened somewhere in its term, not in the year asked, so a year's rows are its own unless ranges are asked for.

    >>> covers({"year_from": 2017, "year_to": 2021}, 2020), covers({"year_from": 2017, "year_to": 2021}, Years(2020, 2020, True))
    (False, True)
    >>> covers({"year_from": 2018, "year_to": 2018}, (2019, 2020)), covers({"year_from": 2019, "year_to": 2020}, (2018, 2021))
    (False, True)
    """
    wanted = span(year)
    if wanted is None:
        return True
    if row["year_from"] is None:
        return False
    if wanted.ranges:
        return row["year_from"] <= wanted.last and wanted.first <= row["year_to"]
    return wanted.first <= row["year_from"] and row["year_to"] <= wanted.last


#: The links naming an activity's conducting organs: the organ whose work it is (``okg:conductedBy``) and its joint
#: partners (``okg:jointlyWith`` ⊑ ``okg:conductedBy``: 联合, 会同, 与…开展); an organ that only assisted the work
#: (``okg:assistedBy``: 配合, 协助, 陪同) is none. Every count and filter of conducting organs reads these (round 32).
CONDUCTING = ("conductedBy", "jointlyWith")


def conductors(d: Description) -> list[str]:
    """The IRIs of the organs that conducted the activity ``d`` (:data:`CONDUCTING`), sorted, each once."""
    return sorted({organ for rel in CONDUCTING for organ in d.rels.get(rel, [])})


def evidence(d: Description) -> dict[str, Any]:
    return {"evidence": d.one("evidenceText"), "start": d.one("startOffset"), "end": d.one("endOffset"),
            **years(d.one("year"), d.one("yearFrom"), d.one("yearTo")), "report": d.rel("statedIn")}


def labels(d: Description) -> dict[str, str | None]:
    """``{"label", "label_en"}`` of a fact node whose builder wrote a zh and an en label (kind first:
    an English label starts with an ASCII letter, a Chinese one does not); ``label_en`` None where the node has no
    English label (a statistic whose measure has no English name: round 35, its Chinese label is no English one)."""
    values = sorted(str(v) for v in d.props.get("label", []))
    zh = next((v for v in values if not v[:1].isascii()), None)
    en = next((v for v in values if v[:1].isascii()), None)
    return {"label": zh or en, "label_en": en}


