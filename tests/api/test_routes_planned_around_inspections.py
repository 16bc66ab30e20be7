"""The work announced around an inspection (round 42, rulings 8 and 9: its group's report to the committee, a
follow-up as the next step) through the API: planned, of the inspection's laws, listed apart from the work done and
never counted as an inspection or a follow-up done (a planned follow-up of an inspection shows the law was inspected
before: round 51). One embedded store for the module: the rows read here come from
``graph.loop.inspection_rows`` and the listings' shared code, the same on Neo4j (its README queries are compared with
the embedded store's in ``test_readme.py``)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api_helpers import Api, upsert_text, with_catalog
from graph.backends.embedded import EmbeddedStore

ORGAN = "武汉市新洲区人民代表大会常务委员会"
LAW = "https://w3id.org/oversight-kg/id/law/"
FLOOD = LAW + "中华人民共和国防洪法"  # planned only: its inspection, the group's report and nothing done
WATER = LAW + "中华人民共和国水法"  # only a planned follow-up of an inspection no report states
FIRE = LAW + "中华人民共和国消防法"  # inspected, with its follow-up announced as the next step
REPORTS = {
    "plan.txt": "区人大常委会将于9月对《中华人民共和国防洪法》开展执法检查。10月下旬，执法检查组将向区人大常委会报告执法检查情况。",
    "water.txt": "下一步，区人大常委会将持续跟踪监督《中华人民共和国水法》执法检查审议意见落实情况。",
    "fire.txt": "2024年5月，区人大常委会对《中华人民共和国消防法》开展执法检查。\n"
                "下一步，区人大常委会将持续跟踪督查，督促区人民政府抓好整改。",
}


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with EmbeddedStore(tmp_path_factory.mktemp("store")) as db:
        with_catalog(db)
        for name, text in REPORTS.items():
            upsert_text(db, name, text, organ=ORGAN, year="2024")
        with TestClient(create_app(db), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
            yield Api(client)


def _kinds(web: Api, law: str, status: str) -> list[str]:
    return sorted(row["kind"] for row in web.items("/activities", law=law, status=status))


def test_the_work_announced_around_an_inspection_is_listed_planned_with_its_laws(web: Api) -> None:
    assert _kinds(web, FLOOD, "planned") == ["LawEnforcementInspection", "WorkReportReview"]
    assert _kinds(web, FLOOD, "reported") == []
    assert _kinds(web, FIRE, "reported") == ["LawEnforcementInspection"]
    assert [row["status"] for row in web.items("/activities", law=FIRE) if row["follow_up"]] == ["planned"]
    assert _kinds(web, WATER, "reported") == [] and [row["follow_up"] for row in web.items("/activities", law=WATER,
                                                                                       status="planned")] == [True]


def test_planned_work_makes_no_law_inspected_nor_followed_up(web: Api) -> None:
    """No inspection or follow-up done is counted for planned work; but a planned follow-up of a law's inspection
    (将持续跟踪监督《水法》执法检查审议意见落实情况) names review opinions of an inspection done before, so the law is
    listed followed up only (``planned_follow_ups`` 1), not never inspected (round 51, newuser36 A4)."""
    inspected = {law["iri"] for law in web.items("/laws", inspected="true")}
    followed = {law["iri"]: law for law in web.items("/laws", inspected="followed_up_only")}
    assert inspected == {FIRE} and set(followed) == {WATER}
    water = followed[WATER]
    assert (water["times_inspected"], water["followed_up_only"], water["planned_follow_ups"]) == (0, 0, 1)
    never = {law["iri"] for law in web.items("/coverage", inspected="false", year=2024)}
    assert FLOOD in never and not never & {WATER, FIRE}
    flood = web.get("/laws/中华人民共和国防洪法")
    assert flood["times_inspected"] == 0 and flood["followed_up_only"] == 0 and flood["planned_follow_ups"] == 0
    assert [m["status"] for m in flood["mentions"] if m["status"]] == ["planned"]  # the plan's sentence, marked


def test_stats_count_the_planned_apart(web: Api) -> None:
    counts = web.get("/stats")
    assert counts["reported_activities"] == len(web.items("/activities", status="reported")) == 1
    assert counts["planned_activities"] == len(web.items("/activities", status="planned")) == 4
