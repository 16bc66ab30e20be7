"""``/laws``' ``planned_inspections`` counts planned inspections, not a plan's follow-up of an inspection's
recommendations (newuser28 §13: 跟踪检查…执法检查报告所提的建议 made each law planned for inspection); one follow-up
clause over several laws' reports is one piece of work. Embedded store only: the count is the tables' (``graph.tables``),
the same code for both stores."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import Api, api_of, upsert_text
from shared_stores import SharedStore

ID = "https://w3id.org/oversight-kg/id/law/"
FARMING, LAND, PATENT = (ID + "中华人民共和国农业法", ID + "中华人民共和国土地管理法", ID + "中华人民共和国专利法")
PLAN = ("今年常委会监督工作有两个重点：一是跟踪检查土地管理法、农业法执法检查报告所提建议的落实情况。"
        "二是对专利法进行执法检查。")


@pytest.fixture(scope="module")
def web(shared_samples: SharedStore) -> Iterator[Api]:
    with shared_samples.writable("embedded") as db:
        upsert_text(db, "plan-2006.txt", PLAN, url="http://example.org/round43/plan-2006.txt",
                    organ="全国人民代表大会常务委员会", year="2006")
        with api_of(db) as api:
            yield api


def test_a_planned_follow_up_is_no_planned_inspection(web: Api) -> None:
    rows = {row["iri"]: row for row in web.items("/laws")}
    assert rows[PATENT]["planned_inspections"] == 1
    for law in (FARMING, LAND):
        assert rows[law]["planned_inspections"] == 0, law
        assert any(m["status"] == "planned" for m in rows[law]["mentions"]), law  # still named where it is planned


def test_one_follow_up_clause_over_several_laws_is_one_activity(web: Api) -> None:
    follow_ups = [row for row in web.items("/activities", law=FARMING) if row.get("follow_up")]
    assert len(follow_ups) == 1
