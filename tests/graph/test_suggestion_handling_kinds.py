"""Who is credited with what, on both stores (round 36, part credit).

- Deputies' suggestions handled by the bodies they went to (328件建议全部办结) are ``okg:SuggestionHandling``, credited to
  the handling side: no row of ``/activities``, no conducting or overseen count in ``/organs``, no kind in the nodes
  export's activity kinds; the congress's own supervision (领衔督办) stays its ``SuggestionSupervision`` (first-time
  analysts newuser16 r5, newuser18 a09, newuser19 §4).
- The ``kind`` column of an activity typed with several classes is the one its words narrow its Facts type to: a plan
  examined with its execution, a ``BudgetReview`` too, is a ``PlanReview``; a state-assets report heard a
  ``StateAssetsOversight`` (the first class by name had given ``BudgetReview``).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from graph import Store
from graph.export import csv_table
from loaders import load
from ontology import iri
from world import ingest

CITY = "宜春市人民代表大会常务委员会"
GOVERNMENT = "宜春市人民政府"
TEXT = ("截至9月底，328件建议全部办结，办结率100%。主任会议确定10件重点督办建议，由市人大常委会主任、副主任领衔督办。"
        "常委会审查批准了2024年国民经济和社会发展计划执行情况与2025年计划。"
        "常委会听取和审议了市人民政府关于2023年度国有资产管理情况的综合报告。")


@pytest.fixture()
def stored(store: Store, tmp_path: Path) -> Store:
    path = tmp_path / "yichun.txt"
    path.write_text(f"organ: {CITY}\nlevel: city\nyear: 2024\n\n{TEXT}\n", encoding="utf-8")
    ingest(store, [load(path)])
    return store


def test_suggestions_handled_are_no_oversight_of_the_congress(stored: Store) -> None:
    rows = stored.activities()
    assert not any("办结" in row["evidence"] for row in rows)
    supervision, = (row for row in rows if row["kind"] == "SuggestionSupervision")
    assert supervision["organs"] == [str(iri.entity("organ", CITY))]
    organs = {row["label"]: row for row in stored.organs()}
    assert organs[CITY]["conducted"] == len(rows) == 3  # the supervision, the plan review, the assets review
    government = str(iri.entity("organ", GOVERNMENT))  # overseen by the plan and the assets reviews, not by its handling
    assert organs[GOVERNMENT]["overseen"] == sum(government in row["overseen"] for row in rows) == 2
    handling, = stored.describe(cls="SuggestionHandling").values()
    assert handling.rels["handledBy"] == [government] and "conductedBy" not in handling.rels
    assert handling.one("status") == "reported"


def test_the_kind_is_the_class_the_words_narrow_to(stored: Store) -> None:
    kinds = {row["evidence"][:6]: (row["kind"], row["types"]) for row in stored.activities()}
    plan = next(v for k, v in kinds.items() if k.startswith("常委会审查批"))
    assets = next(v for k, v in kinds.items() if k.startswith("听取和审议") or k.startswith("常委会听取"))
    assert plan[0] == "PlanReview" and "BudgetReview" in plan[1]
    assert assets[0] == "StateAssetsOversight" and "WorkReportReview" in assets[1]
    by_kind = {row["kind"] for row in csv.DictReader(io.StringIO(csv_table(stored, "nodes")))}
    assert {"PlanReview", "StateAssetsOversight", "SuggestionSupervision", "SuggestionHandling"} <= by_kind
    assert "BudgetReview" not in by_kind and "WorkReportReview" not in by_kind
