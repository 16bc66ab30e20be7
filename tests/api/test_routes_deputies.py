"""Deputies through the API, on both stores (a first-time analyst's round 43, finding 8): ``/deputies`` lists the named
deputies in the listings' envelope, each with what they did (``okg:involvesDeputy``: the activities of the sentence
naming them); a counted group (补选市人大代表4人) is no deputy."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, path_id, upsert_text
from shared_stores import SharedStore

ORGAN = "丰县人民代表大会常务委员会"
TEXT = ("4月，县人大常委会组织开展集中视察，县人大代表张明华、李红参加视察。\n"
        "结合县十八届人大二次会议上王建军等10名代表提出的第3号议案办理工作，县人大常委会开展《中华人民共和国水污染防治法》执法检查。\n"
        "会议补选市人大代表4人。\n")
OURS = {"张明华", "李红", "王建军"}


@pytest.fixture(scope="module", params=BOTH_STORES)
def web(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Api]:
    header = {"organ": ORGAN, "year": "2024", "url": "http://example.org/deputies/fengxian"}
    with shared_samples.writable(request.param) as db, api_of(db) as api:
        upsert_text(db, "fengxian.txt", TEXT, **header)
        yield api


def _ours(web: Api, **params: str) -> dict[str, dict]:
    return {row["label"]: row for row in web.items("/deputies", jurisdiction="丰县", **params)}


def test_named_deputies_are_listed_with_their_place_and_no_counted_group(web: Api) -> None:
    rows = _ours(web)
    assert set(rows) == OURS
    assert {row["area_code"] for row in rows.values()} == {"320321"}
    assert all(row["reports"] == [rows["李红"]["reports"][0]] for row in rows.values())
    everyone = web.get("/deputies", limit=1000)
    assert everyone["total"] >= len(OURS) and not any(row["label"].endswith(("人", "名")) for row in everyone["items"])


def test_what_a_deputy_did_is_the_activity_of_the_sentence_naming_them(web: Api) -> None:
    rows = _ours(web)
    (visit,) = web.items("/activities", organ=ORGAN, kind="SiteVisit")
    assert rows["张明华"]["activities"] == rows["李红"]["activities"] == [visit["iri"]]
    assert rows["张明华"]["kinds"] == ["SiteVisit"]
    (inspection,) = web.items("/activities", organ=ORGAN, kind="执法检查")
    assert inspection["iri"] in rows["王建军"]["activities"] and visit["iri"] not in rows["王建军"]["activities"]
    assert "LawEnforcementInspection" in rows["王建军"]["kinds"]
    entity = web.get(f"/entities/{path_id(rows['王建军']['iri'])}")
    assert {(r["type"], r["direction"], r["iri"]) for r in entity["relations"]} >= {
        ("involvesDeputy", "in", inspection["iri"])}


@pytest.mark.parametrize(("params", "names"), [
    ({"q": "王建軍"}, {"王建军"}),  # either script, as /search
    ({"kind": "执法检查"}, {"王建军"}),
    ({"kind": "SiteVisit"}, {"张明华", "李红"}),
])
def test_filters(web: Api, params: dict[str, str], names: set[str]) -> None:
    assert set(_ours(web, **params)) == names


def test_a_file_names_what_each_deputy_did(web: Api) -> None:
    rows = {row["label"]: row for row in web.csv_rows("/deputies", jurisdiction="丰县")}
    assert set(rows) == OURS
    assert rows["张明华"]["activities"].startswith("视察") and rows["张明华"]["area"] == "丰县"
    assert web.get("/deputies", expect=422, kind="nothing")["detail"].startswith("kind")
