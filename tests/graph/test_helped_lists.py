"""An inspection a county helped several bodies with, stated beside those bodies' own reports of it, counts once per
body under the identity rule, with no partnership between the bodies (a first-time analyst, round 35, finding 1: 都昌's
配合省、市人大常委会开展了《长江保护法》执法检查 was one joint province–city inspection, counted beside each body's own).
On both stores."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph import Store, analytics
from loaders import load
from ontology import iri
from world import ingest

LAW = "中华人民共和国长江保护法"
JIANGXI, JIUJIANG, DUCHANG = ("江西省人民代表大会常务委员会", "九江市人民代表大会常务委员会", "都昌县人民代表大会常务委员会")
REPORTS = {
    "province": (JIANGXI, "常委会对《中华人民共和国长江保护法》实施情况开展执法检查。"),
    "city": (JIUJIANG, "市人大常委会对《中华人民共和国长江保护法》实施情况开展执法检查。"),
    "county": (DUCHANG, "常委会配合省、市人大常委会开展了《中华人民共和国长江保护法》执法检查。"),
}
ORGAN = {name: str(iri.entity("organ", name)) for name in (JIANGXI, JIUJIANG, DUCHANG)}


@pytest.fixture()
def helped(store: Store, tmp_path: Path) -> Store:
    graphs = []
    for name, (organ, text) in REPORTS.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(f"organ: {organ}\nyear: 2023\n\n{text}\n", encoding="utf-8")
        graphs.append(load(path))
    ingest(store, graphs)
    return store


def test_each_body_s_inspection_counts_once_and_the_county_none(helped: Store) -> None:
    law, = helped.laws(inspected=True)
    assert (law["title"], law["times_inspected"], len(law["evidence"])) == (LAW, 2, 4)
    organs = {row["iri"]: row["inspections"] for row in helped.organs()}
    assert (organs[ORGAN[JIANGXI]], organs[ORGAN[JIUJIANG]], organs.get(ORGAN[DUCHANG], 0)) == (1, 1, 0)
    told = [row for row in helped.activities() if row["assisted_by"]]
    assert sorted(row["organs"][0] for row in told) == sorted([ORGAN[JIANGXI], ORGAN[JIUJIANG]])
    assert all((row["jointly_with"], row["assisted_by"]) == ([], [ORGAN[DUCHANG]]) for row in told)


def test_no_partnership_between_the_bodies_helped(helped: Store) -> None:
    assert analytics.joint_activities(helped) == []
