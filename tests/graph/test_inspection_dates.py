"""Dates tell no inspection apart (graph.inspections.of_law, okg:date): a new user's round 36, finding 3b asked that
two reports' inspections of one law by one organ in one year, dated 4月12日 and 5月8日, count two. Round 37 measured
that rule and kept the dates for reading only: an inspection is a campaign of stages that news items report on
different days (its launch, each field visit, its report heard), far more often than one organ inspects one law twice
in a year, so dates splitting a count made one inspection several. One per organs and year, whatever the dates."""
from __future__ import annotations

import pytest

from graph.backends import LawRow
from graph.inspections import of_law

LAW, ORGAN = "law:water", "organ:xinzhou"


def _rows(*statements: tuple[str, str, str | None]) -> list[LawRow]:
    """A law's rows, each ``(activity, report, date)`` an inspection by one organ in 2023."""
    return [LawRow(LAW, "水污染防治法", "法律", activity=a, report=r, start=0, end=1, year=2023, organ_iri=ORGAN, date=d)
            for a, r, d in statements]


@pytest.mark.parametrize("statements", [
    (("a", "r1", "2023-04-12"), ("b", "r2", "2023-05-08")),  # two news items: its launch and a field visit
    (("a", "r1", "2023-05-08"), ("b", "r2", "2023-05-20")),  # two field visits of one month
    (("a", "r1", "2023-06-30"), ("b", "r1", "2023-08-17")),  # one report's stages
    (("a", "r1", None), ("b", "r2", "2023-04-12"), ("c", "r3", "2023-05-08")),  # a work report beside two news items
])
def test_dated_statements_of_one_organ_in_one_year_are_one_inspection(statements: tuple) -> None:
    assert len(set(of_law(_rows(*statements)).values())) == 1
