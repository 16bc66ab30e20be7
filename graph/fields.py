"""The fields every fact row shares: its year or range, its zh/en labels, its evidence.

:mod:`graph.tables` and :mod:`graph.loop` shape rows of activities, statistics and loop steps
from :class:`graph.backends.Description` with these, so the fields are written once.
"""
from __future__ import annotations

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


#: A year filter: one year, a range ``(first, last)`` of years, or None for any.
YearFilter = int | tuple[int, int] | None


def covers(row: dict[str, Any], year: YearFilter) -> bool:
    """Whether a row of :func:`years` falls in ``year``: a row's range covers each of its years, and a range
    filter keeps a row any of whose years it holds (``(2019, 2020)`` keeps 2019, 2020 and 2017-2021, not 2018 or
    2021-2023); any row if None; an undated row none but None.

    >>> covers({"year_from": 2017, "year_to": 2021}, 2020), covers({"year_from": 2018, "year_to": 2018}, (2019, 2020))
    (True, False)
    """
    if year is None:
        return True
    first, last = (year, year) if isinstance(year, int) else year
    return row["year_from"] is not None and row["year_from"] <= last and first <= row["year_to"]


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
    an English label starts with an ASCII letter, a Chinese one does not)."""
    values = sorted(str(v) for v in d.props.get("label", []))
    zh = next((v for v in values if not v[:1].isascii()), None)
    en = next((v for v in values if v[:1].isascii()), None)
    return {"label": zh or en, "label_en": en or zh}


