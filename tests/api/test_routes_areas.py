"""Areas on the samples, in both stores: the hierarchy, jurisdiction filters with sub-areas, drill-down."""
from __future__ import annotations

import pytest

from api_helpers import WETLAND, Api
from graph import Store

XINZHOU, WUHAN, HUBEI = "420117", "420100", "420000"


def _inspected(api: Api, **params: str) -> set[str]:
    return {law["iri"] for law in api.get("/laws", inspected="true", limit=1000, **params)["items"]}


def test_xinzhou_lies_within_wuhan_within_hubei(api: Api) -> None:
    area = api.get(f"/areas/{XINZHOU}")
    assert (area["label"], area["short"], area["level"]) == ("新洲区", "新洲", "county")
    assert [(a["code"], a["label"], a["level"]) for a in area["within"]] == [
        (WUHAN, "武汉市", "city"), (HUBEI, "湖北省", "province")]
    assert area["reports"] >= 1 and area["activities"] >= 1


def test_a_store_follows_within_as_a_path(sample_store: Store) -> None:
    """The graph states direct parents only; each store's own language reaches the province in one pattern."""
    if sample_store.name == "embedded":
        rows = sample_store.sparql(
            "PREFIX okg: <https://w3id.org/oversight-kg/ontology#> SELECT DISTINCT ?code WHERE { "
            "?a okg:divisionCode '420117' ; okg:within+ ?up . ?up okg:divisionCode ?code }")["results"]["bindings"]
        codes = {row["code"]["value"] for row in rows}
    else:
        rows = sample_store.cypher("MATCH (a:AdministrativeArea {divisionCode: '420117'})-[:within*1..3]->(up) "
                                   "RETURN DISTINCT up.divisionCode AS code")
        codes = {row["code"] for row in rows}
    assert codes == {WUHAN, HUBEI}


def test_jurisdiction_hubei_lists_the_wetland_law_among_inspected_laws(api: Api) -> None:
    hubei = _inspected(api, jurisdiction="湖北省")
    assert WETLAND in hubei
    assert hubei == _inspected(api, jurisdiction=HUBEI) == _inspected(api, jurisdiction="湖北")
    assert _inspected(api, jurisdiction=XINZHOU) == _inspected(api, jurisdiction="新洲") >= {WETLAND}
    assert _inspected(api, jurisdiction="武漢市") == _inspected(api, jurisdiction="4201")  # traditional, short code


def test_an_area_includes_its_sub_areas_and_nothing_outside(api: Api) -> None:
    everything = _inspected(api)
    hubei, sichuan = _inspected(api, jurisdiction="湖北省"), _inspected(api, jurisdiction="四川省")
    assert hubei >= _inspected(api, jurisdiction=XINZHOU) and hubei and sichuan
    assert hubei < everything and sichuan < everything  # national organs' inspections are in neither
    assert _inspected(api, jurisdiction="云南省") <= everything
    organs = {o["iri"]: o["label"] for o in api.get("/organs", limit=1000)["items"]}
    acts = api.get("/activities", jurisdiction=WUHAN, limit=1000)["items"]
    assert acts and all(any(organs.get(o, "").startswith(("武汉市", "中共武汉市")) for o in a["organs"]) for a in acts)
    assert api.get("/activities", jurisdiction="北京市")["total"] == 0
    laws = {law["iri"]: law["times_inspected"]
            for law in api.get("/coverage", jurisdiction="湖北省", inspected="true", limit=1000)["items"]}
    assert laws[WETLAND] >= 1 and set(laws) == hubei
    assert sum(laws.values()) < sum(law["times_inspected"]
                                    for law in api.get("/coverage", inspected="true", limit=1000)["items"])


@pytest.mark.parametrize(("path", "params", "said"), [
    ("/laws", {"jurisdiction": "胡北省"}, "close: 湖北省"),
    ("/activities", {"jurisdiction": "新州区"}, "新洲区"),
    ("/coverage", {"jurisdiction": "990000"}, "no area has the division code"),
    ("/laws", {"jurisdiction": "朝阳区"}, "110105"),  # two 朝阳区, neither in the graph: the codes to choose from
    ("/areas/火星省", {}, "no area is named"),
])
def test_an_unknown_or_ambiguous_area_is_422_with_suggestions(api: Api, path: str, params: dict[str, str],
                                                             said: str) -> None:
    detail = api.get(path, 422, **params)["detail"]
    assert said in detail and "\n" not in detail


def test_drill_down_from_the_province(api: Api) -> None:
    hubei = api.get("/areas/湖北省")
    assert hubei["code"] == HUBEI and hubei["within"] == []
    wuhan = next(c for c in hubei["children"] if c["code"] == WUHAN)
    assert wuhan["reports"] >= 1 and wuhan["organs"] <= hubei["organs"]
    assert [c["code"] for c in api.get(f"/areas/{WUHAN}")["children"]] == [XINZHOU]
    assert {a["code"] for a in api.get("/areas", q="湖北")["items"]} == {HUBEI}
    assert api.get("/areas", q="4201")["items"][0]["label"] == "武汉市"
    assert "北京市" in api.get("/areas/北京市", 404)["detail"]


def test_a_repeated_township_name_resolves_by_the_report_province(api: Api) -> None:
    """崔家桥镇 is in 安阳县 (河南) and 汉寿县 (湖南); the sample's header says 河南省."""
    town = api.get("/areas/崔家桥镇")
    assert town["code"] == "410522111"
    assert [a["label"] for a in town["within"]] == ["安阳县", "安阳市", "河南省"]
    assert api.get("/areas/430722111", 404)
