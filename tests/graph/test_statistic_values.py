"""The README's Cypher reading of a statistic's value (an ``xsd:decimal`` kept as ``"42^^xsd__decimal"``, as n10s
keeps custom datatypes) gives the numbers ``/statistics`` gives (round 17: ``sum(s.value)`` is no sum of strings)."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest
from world import ingest

from graph import Store
from loaders import ReportGraph

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
LAYOUT = README[README.index("## Neo4j layout"):README.index("## Limits and guarantees")]


@pytest.mark.neo4j
def test_the_readme_sums_stated_totals_as_statistics_lists_them(fresh_store: Callable[[str], Store],
                                                               corpus: list[ReportGraph]) -> None:
    db = fresh_store("neo4j")
    ingest(db, corpus)
    [query] = re.findall(r"```cypher\n(.*?)```", LAYOUT, flags=re.S)
    rows = db.cypher(query)
    expected: dict[str, float] = defaultdict(float)
    for row in db.statistics(measure_class="law_enforcement_inspection", status="reported"):
        expected[row["report"]] += row["value"]
    assert expected and {row["report"]: row["inspections"] for row in rows} == dict(expected)
    stored = db.cypher("MATCH (s:Statistic) RETURN DISTINCT s.value AS v")
    assert stored and all(str(row["v"]).endswith("^^xsd__decimal") for row in stored), stored[:3]
