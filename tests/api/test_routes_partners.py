"""Routes on both stores for a joint inspection's partner and an assisting organ (a first-time analyst, round 32,
class 5): 崇阳县's joint inspection with 通山县 (newuser15's sentence) is in every organ filter and count of conducting
organs; a township presidium that helped its county inspect is shown assisting and counted as conducting nothing (the
presidium itself, the sentence's subject, since round 33; its township congress does nothing here). Round 46: a district
inspecting in step with its city (与市人大常委会同步开展) has no partner, and an inspection a congress's report tells is
its standing committee's, in the Facts, the graph and /laws alike."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, path_id, upsert_text
from shared_stores import SharedStore

TONGSHAN, CHONGYANG = "通山县人民代表大会常务委员会", "崇阳县人民代表大会常务委员会"
TONGYANG = "通山县通羊镇人民代表大会"
PRESIDIUM = TONGYANG + "主席团"  # the sentence's subject, the organ assisting
SEED = "中华人民共和国种子法"
PUTUO, SHANGHAI = "上海市普陀区人民代表大会常务委员会", "上海市人民代表大会常务委员会"  # 与…同步开展: no partner (round 46)
CHANGDE_CONGRESS = "常德市人民代表大会"  # an inspection its report tells: its standing committee's (round 46)


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Api]:
    with shared_samples.writable(request.param) as db:
        upsert_text(db, "tongshan.txt", "县人大常委会与崇阳县人大常委会联合开展《中华人民共和国种子法》执法检查。\n",
                    organ=TONGSHAN, year="2023", url="http://example.org/partners/tongshan")
        upsert_text(db, "tongyang.txt", "镇人大主席团配合县人大常委会开展《中华人民共和国水土保持法》执法检查。\n",
                    organ=TONGYANG, year="2023", url="http://example.org/partners/tongyang")
        upsert_text(db, "putuo.txt", "区人大常委会与市人大常委会同步开展《中华人民共和国消防法》执法检查。\n",
                    organ=PUTUO, year="2023", url="http://example.org/partners/putuo")
        upsert_text(db, "congress.txt", "一年来，对《中华人民共和国水法》实施情况开展了执法检查。\n",
                    organ=CHANGDE_CONGRESS, year="2023", url="http://example.org/partners/congress")
        with api_of(db) as api:
            yield api


def _organ(web: Api, name: str) -> dict:
    (row,) = [row for row in web.items("/organs", q=name) if row["label"] == name]
    return row


def test_the_partner_is_in_every_organ_filter_and_count(web: Api) -> None:
    (joint,) = web.items("/activities", organ=CHONGYANG)
    assert joint["laws"][0].endswith(SEED) and len(joint["organs"]) == 2 and joint["assisted_by"] == []
    assert [row["title"] for row in web.items("/laws", organ=CHONGYANG, inspected="true")] == [SEED]
    assert (_organ(web, CHONGYANG)["conducted"], _organ(web, CHONGYANG)["inspections"]) == (1, 1)
    assert web.get("/areas/崇阳县")["inspections"] == 1
    covered = web.get("/coverage", organ=CHONGYANG, inspected="true", limit=200)["items"]
    assert [(row["title"], row["times_inspected"]) for row in covered] == [(SEED, 1)]


def test_the_assisting_township_conducts_nothing_and_shows_assisting(web: Api) -> None:
    assert web.items("/activities", organ=PRESIDIUM) == []
    assert (_organ(web, PRESIDIUM)["conducted"], _organ(web, PRESIDIUM)["inspections"]) == (0, 0)
    timeline = web.get(f"/organs/{path_id(_organ(web, PRESIDIUM)['iri'])}/timeline", limit=100)["items"]
    assert [row["assisted_by"] == [_organ(web, PRESIDIUM)["iri"]] for row in timeline] == [True]
    assert timeline[0]["organs"] == [_organ(web, TONGSHAN)["iri"]]


def test_work_each_level_does_in_step_names_no_partner(web: Api) -> None:
    (own,) = [row for row in web.items("/activities", organ=PUTUO) if row["laws"][0].endswith("中华人民共和国消防法")]
    assert own["organs"] == [_organ(web, PUTUO)["iri"]] and own["assisted_by"] == []
    assert [row["title"] for row in web.items("/laws", organ=SHANGHAI, inspected="true")] == []
    assert [row["title"] for row in web.items("/laws", organ=PUTUO, inspected="true")] == ["中华人民共和国消防法"]


def test_an_inspection_a_congress_s_report_tells_is_its_standing_committee_s(web: Api) -> None:
    committee = CHANGDE_CONGRESS + "常务委员会"
    assert [row["title"] for row in web.items("/laws", organ=committee, inspected="true")] == ["中华人民共和国水法"]
    (row,) = web.items("/activities", organ=committee)
    assert row["organs"] == [_organ(web, committee)["iri"]]  # the graph's okg:conductedBy: the committee, not the congress


def test_a_joint_inspection_is_a_pair_of_joint_activities(web: Api) -> None:
    """/analytics/joint-activities pairs the organs that conducted one activity together (联合开展), and an organ that
    only assisted (配合) pairs with none (graph.analytics.joint_activities)."""
    pairs = [{row["source"]["label"], row["target"]["label"]} for row in web.get("/analytics/joint-activities", limit=50)["items"]]
    assert {TONGSHAN, CHONGYANG} in pairs
    assert not any(PRESIDIUM in pair for pair in pairs)
