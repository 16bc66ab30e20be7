"""Which statements are one inspection once activities carry dates (graph.inspections.of_law, okg:date): a new user's
round 36, finding 3b. Two reports' inspections of one law by one organ in one year are two when their dates differ by
month or day, one when the dates are the same or a month holds the day; the dates one report gives are the stages of
its one inspection; a report dating it by no month joins the earliest; a follow-up joins the latest dated before it."""
from __future__ import annotations

import pytest

from graph.backends import LawRow
from graph.inspections import of_law

LAW, ORGAN = "law:water", "organ:xinzhou"


def _rows(*statements: tuple[str, str, str | None], follow_up: str | None = None) -> list[LawRow]:
    """A law's rows, each ``(activity, report, date)`` an inspection by one organ in 2023; ``follow_up`` the date of a
    follow-up in a report of its own (``""`` for one undated)."""
    rows = [LawRow(LAW, "水污染防治法", "法律", activity=a, report=r, start=0, end=1, year=2023, organ_iri=ORGAN, date=d)
            for a, r, d in statements]
    if follow_up is not None:
        rows.append(LawRow(LAW, "水污染防治法", "法律", activity="follow", report="r-follow", start=0, end=1, year=2023,
                           organ_iri=ORGAN, follow_up=True, date=follow_up or None))
    return rows


def _count(rows: list[LawRow]) -> int:
    return len({key for activity, key in of_law(rows).items() if activity != "follow"})


@pytest.mark.parametrize(("statements", "inspections"), [
    ((("a", "r1", "2023-04-12"), ("b", "r2", "2023-05-08")), 2),  # two days of two months
    ((("a", "r1", "2023-05-08"), ("b", "r2", "2023-05-20")), 2),  # two days of one month
    ((("a", "r1", "2023-05"), ("b", "r2", "2023-06")), 2),  # two months
    ((("a", "r1", "2023-05-08"), ("b", "r2", "2023-05-08")), 1),  # the same day
    ((("a", "r1", "2023-05"), ("b", "r2", "2023-05-16")), 1),  # a month holding the day
    ((("a", "r1", None), ("b", "r2", "2023-05-08")), 1),  # undated joins the dated one
    ((("a", "r1", "2023"), ("b", "r2", "2023-05-08")), 1),  # a year alone is no date that tells apart
    ((("a", "r1", None), ("b", "r2", None)), 1),  # no dates: one per organ and year, as before
    ((("a", "r1", "2023-06-30"), ("b", "r1", "2023-08-17")), 1),  # one report's stages: launch and field visit
    ((("a", "r1", "2023-06-30"), ("b", "r1", "2023-08-17"), ("c", "r2", "2023-08-17")), 1),  # another joins a stage
    ((("a", "r1", None), ("b", "r2", "2023-04-12"), ("c", "r3", "2023-05-08")), 2),  # the new user's p1, p2, p3
])
def test_dates_tell_two_reports_inspections_apart(statements: tuple, inspections: int) -> None:
    assert _count(_rows(*statements)) == inspections


def test_an_undated_report_joins_the_earliest_dated_inspection() -> None:
    keys = of_law(_rows(("a", "r1", None), ("b", "r2", "2023-05-08"), ("c", "r3", "2023-04-12")))
    assert keys["a"] == keys["c"] != keys["b"]


@pytest.mark.parametrize(("on", "joins"), [("2023-06-20", "b"), ("2023-04-30", "a"), ("", "b")])
def test_a_follow_up_joins_the_latest_inspection_dated_before_it(on: str, joins: str) -> None:
    keys = of_law(_rows(("a", "r1", "2023-04-12"), ("b", "r2", "2023-05-08"), follow_up=on))
    assert keys["follow"] == keys[joins]
