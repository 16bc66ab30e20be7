"""Who did what, on both stores (round 30, a first-time analyst's): a leader named after the work or heading its group
reaches ``/activities``' ``led_by``; a visiting body's group told on by its bare name gives the host no phantom group in
``/organs``; and a finding of other means (依托预算联网监督系统…发现问题43个) is tied to no activity told before it, as the
timeline of the audit heard shows."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, path_id, upsert_text
from shared_stores import SharedStore

ORGAN = "襄阳市人民代表大会常务委员会"
TEXT = ("5月，市人大常委会组织开展《中华人民共和国水法》执法检查，由副主任王建国带队，深入5个县市区检查。\n"
        "6月，省人大常委会副主任周先旺率执法检查组来我市检查《中华人民共和国湿地保护法》实施情况。检查组听取了市政府的汇报。\n"
        "市人大常委会听取和审议了市政府关于2022年度市级预算执行和其他财政收支的审计工作报告。"
        "依托预算联网监督系统，全年发出预警信息156条，发现问题43个。\n")


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Api]:
    with shared_samples.writable(request.param) as db:
        upsert_text(db, "xiangyang.txt", TEXT, organ=ORGAN, year="2023", url="http://example.org/who-led/xiangyang")
        with api_of(db) as api:
            yield api


def _ours(web: Api, **params: str) -> list[dict]:
    return [row for row in web.items("/activities", organ=ORGAN, **params)]


def test_the_leader_named_after_the_work_is_listed(web: Api) -> None:
    (water,) = [row for row in _ours(web, kind="执法检查") if row["laws"] and row["laws"][0].endswith("水法")]
    assert water["led_by"] == {"name": "王建国", "title": "副主任"}


@pytest.mark.parametrize(("query", "law"), [("王建国", "水法"), ("王建國", "水法"), ("周先旺", "湿地保护法")])
def test_a_leader_is_found_by_search_through_the_work_they_led(web: Api, query: str, law: str) -> None:
    """A person is no node (okg:leaderName on the activity): searching the name, in either script, finds the work led
    (round 30's first-time analyst: "No results" for a leader)."""
    found = {hit["iri"] for hit in web.get("/search", q=query, limit=20)["items"]}
    (row,) = [row for row in web.items("/activities", kind="执法检查", year=2023) if row["iri"] in found]
    assert row["led_by"]["name"] == query.replace("國", "国") and row["laws"][0].endswith(law)


def test_the_visitors_group_gives_the_host_no_group(web: Api) -> None:
    """(A group is no row of ``/organs`` since round 33: search finds it, as the graph keeps it.)"""
    groups = {hit["label"] for hit in web.get("/search", q="执法检查组", type="InspectionGroup", limit=100)["items"]}
    assert "湖北省人民代表大会常务委员会执法检查组" in groups and ORGAN + "执法检查组" not in groups


def test_a_finding_of_other_means_is_tied_to_no_audit(web: Api) -> None:
    (audit,) = [row for row in _ours(web) if "审计工作报告" in (row["evidence"] or "")]
    timeline = web.get(f"/organs/{path_id(audit['organs'][0])}/timeline", limit=1000)
    (row,) = [r for r in timeline["items"] if r["iri"] == audit["iri"]]
    assert [step for step in row["loop"] if step["type"] == "Finding"] == []
