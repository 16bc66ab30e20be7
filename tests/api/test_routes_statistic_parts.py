"""A total and its breakdown (round 41, newuser26 §2): the parts told after 其中, 包括, 含 or 分别 are tied to their total
(``okg:partOf``, ``part_of`` and ``parts`` on ``/statistics``), on both stores, and only the total is of the class, so that
the sum of ``/statistics?measure_class=`` counts the total once where it counted every part again."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, upsert_text
from graph import Store
from ontology import OKG
from shared_stores import SharedStore

#: Phrasings written for the class: a total, its parts after 其中 (one nested under a colon across ；), after 包括, and 含.
REPORTS = {
    "parts-a.txt": ("某州人民代表大会常务委员会", "2022",
                    "近年来，州、县两级人大常委会共开展执法检查30项，其中单一法规的执法检查20项，合并执法检查10项，"
                    "其中：州人大常委会开展了8项执法检查；各县人大常委会共开展执法检查22项。"),
    "parts-b.txt": ("某市人民代表大会常务委员会", "2022",
                    "全年召开常委会会议12次，包括临时常委会会议3次。大会期间受理代表建议120件（含闭会期间建议20件）。"),
}


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    with shared_samples.writable(request.param) as db:
        for name, (organ, year, text) in REPORTS.items():
            built = upsert_text(db, name, text, organ=organ, year=year)
            assert (None, OKG.partOf, None) in built.graph
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


def test_a_class_sums_the_total_once(web: Api) -> None:
    every = {r["iri"]: r for r in web.items("/statistics")}
    inspections = [r for r in web.items("/statistics", measure_class="law_enforcement_inspection")
                   if r["iri"] in every and r["value"] in (30, 20, 10, 8, 22)]
    assert [r["value"] for r in inspections] == [30]
    total = inspections[0]
    parts = [every[iri] for iri in total["parts"]]
    assert [p["value"] for p in parts] == [20, 10, 8, 22]
    assert {p["part_of"] for p in parts} == {total["iri"]} and total["part_of"] is None
    assert {p["measure_class"] for p in parts} == {None}


@pytest.mark.parametrize(("total", "part", "code"), [(12, 3, "standing_committee_meetings"),
                                                         (120, 20, "suggestions_received")])
def test_parts_after_baokuo_and_han_are_parts(web: Api, total: int, part: int, code: str) -> None:
    rows = web.items("/statistics", measure_class=code)
    totals = [r for r in rows if r["value"] == total]
    assert len(totals) == 1 and not [r for r in rows if r["value"] == part]
    every = {r["iri"]: r for r in web.items("/statistics")}
    assert [every[iri]["value"] for iri in totals[0]["parts"]] == [part]
