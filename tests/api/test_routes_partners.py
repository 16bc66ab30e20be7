"""Routes on both stores for a joint inspection's partner and an assisting organ (a first-time analyst, round 32,
class 5): 崇阳县's joint inspection with 通山县 (newuser15's sentence) is in every organ filter and count of conducting
organs; a township presidium that helped its county inspect is shown assisting and counted as conducting nothing (the
presidium itself, the sentence's subject, since round 33; its township congress does nothing here)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, path_id, upsert_text
from shared_stores import SharedStore

TONGSHAN, CHONGYANG = "通山县人民代表大会常务委员会", "崇阳县人民代表大会常务委员会"
TONGYANG = "通山县通羊镇人民代表大会"
PRESIDIUM = TONGYANG + "主席团"  # the sentence's subject, the organ assisting
SEED = "中华人民共和国种子法"


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Api]:
    with shared_samples.writable(request.param) as db:
        upsert_text(db, "tongshan.txt", "县人大常委会与崇阳县人大常委会联合开展《中华人民共和国种子法》执法检查。\n",
                    organ=TONGSHAN, year="2023", url="http://example.org/partners/tongshan")
        upsert_text(db, "tongyang.txt", "镇人大主席团配合县人大常委会开展《中华人民共和国水土保持法》执法检查。\n",
                    organ=TONGYANG, year="2023", url="http://example.org/partners/tongyang")
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
