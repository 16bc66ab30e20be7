"""Areas on the samples, in both stores: the hierarchy, jurisdiction filters with sub-areas, drill-down
to the organs, and counts that agree with /activities, /coverage, /laws and /reports."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from api_helpers import EMBEDDED_ONLY, WETLAND, Api
from graph import Store
from shared_stores import SharedStore

XINZHOU, WUHAN, HUBEI, NATION = "420117", "420100", "420000", "000000"
NPCSC = "全国人民代表大会常务委员会"


def _inspected(api: Api, **params: str) -> set[str]:
    return {law["iri"] for law in api.get("/laws", inspected="true", limit=1000, **params)["items"]}


def test_xinzhou_lies_within_wuhan_within_hubei(api: Api) -> None:
    area = api.get(f"/areas/{XINZHOU}")
    assert (area["label"], area["short"], area["level"]) == ("新洲区", "新洲", "county")
    assert [(a["code"], a["label"], a["level"]) for a in area["within"]] == [
        (WUHAN, "武汉市", "city"), (HUBEI, "湖北省", "province"), (NATION, "中华人民共和国", "national")]
    assert area["reports_published"] >= 1 and area["activities"] >= 1


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
    assert codes == {WUHAN, HUBEI, NATION}


def test_jurisdiction_hubei_lists_the_wetland_law_among_inspected_laws(api: Api) -> None:
    hubei = _inspected(api, jurisdiction="湖北省")
    assert WETLAND in hubei
    assert hubei == _inspected(api, jurisdiction=HUBEI) == _inspected(api, jurisdiction="湖北")
    assert _inspected(api, jurisdiction=XINZHOU) == _inspected(api, jurisdiction="新洲") >= {WETLAND}
    assert _inspected(api, jurisdiction="武漢市") == _inspected(api, jurisdiction="4201")  # traditional, short code
    # the chain of areas as addresses write it
    assert _inspected(api, jurisdiction="湖北省武汉市新洲区") == _inspected(api, jurisdiction=XINZHOU)
    assert _inspected(api, jurisdiction="湖北省武汉市") == _inspected(api, jurisdiction="4201")


def test_an_area_includes_its_sub_areas_and_nothing_outside(api: Api) -> None:
    everything = _inspected(api)
    hubei, sichuan = _inspected(api, jurisdiction="湖北省"), _inspected(api, jurisdiction="四川省")
    assert hubei >= _inspected(api, jurisdiction=XINZHOU) and hubei and sichuan
    assert hubei < everything and sichuan < everything  # national organs' inspections are in neither
    assert _inspected(api, jurisdiction="云南省") <= everything
    organs = {o["iri"]: o["label"] for o in api.get("/organs", limit=1000)["items"]}
    acts = api.get("/activities", jurisdiction=WUHAN, limit=1000)["items"]
    # each conducted or assisted by an organ of 武汉 (round 47: work is placed by the bodies that assisted it too)
    assert acts and all(any(organs.get(o, "").startswith(("武汉市", "中共武汉市")) for o in (*a["organs"], *a["assisted_by"]))
                        for a in acts)
    laws = {law["iri"]: law["times_inspected"]
            for law in api.get("/coverage", jurisdiction="湖北省", inspected="true", limit=1000)["items"]}
    assert laws[WETLAND] >= 1 and set(laws) == hubei
    assert sum(laws.values()) < sum(law["times_inspected"]
                                    for law in api.get("/coverage", inspected="true", limit=1000)["items"])


def test_the_nation_is_the_root_area_and_holds_the_national_organs(api: Api) -> None:
    """全国 is an area (/areas lists it, level national, above every province); jurisdiction=全国 (or its
    code, IRI or English name) finds the national organs' inspections and everything within it."""
    nation = api.get("/areas/全国")
    assert (nation["code"], nation["label"], nation["short"], nation["level"], nation["within"]) == (
        NATION, "中华人民共和国", "全国", "national", [])
    assert HUBEI in {c["code"] for c in nation["children"]}
    assert [a["code"] for a in api.get("/areas", level="national")["items"]] == [NATION]
    assert api.get("/areas", limit=1)["items"][0]["code"] == NATION  # the root comes first
    here = {o["label"] for o in api.get(f"/areas/{NATION}/organs", sub_areas="false", limit=1000)["items"]}
    assert NPCSC in here and not any(label.startswith("湖北省") for label in here)
    national = _inspected(api, jurisdiction="全国")
    iri = api.get("/areas", level="national")["items"][0]["iri"]
    assert national == _inspected(api, jurisdiction=NATION) == _inspected(api, jurisdiction="national") \
        == _inspected(api, jurisdiction="China") == _inspected(api, jurisdiction=iri)
    npcsc = {law["iri"] for law in api.get("/laws", inspected="true", organ=NPCSC, limit=1000)["items"]}
    assert npcsc and npcsc <= national and not npcsc <= _inspected(api, jurisdiction=HUBEI)
    assert national >= _inspected(api, jurisdiction=HUBEI) | _inspected(api, jurisdiction="四川省")
    assert nation["activities"] == api.get("/activities", jurisdiction="全国", status="reported", limit=1)["total"] > 0


@pytest.mark.parametrize(("path", "params", "said"), [
    ("/laws", {"jurisdiction": "胡北省"}, "close: 湖北省"),
    ("/activities", {"jurisdiction": "新州区"}, "新洲区"),
    ("/coverage", {"jurisdiction": "990000"}, "no area has the division code"),
    ("/laws", {"jurisdiction": "朝阳区"}, "110105"),  # two 朝阳区, neither in the graph: the codes to choose from
    ("/laws", {"jurisdiction": "江西省武汉市"}, "no area is named"),  # a chain that does not hold together
])
def test_an_unknown_or_ambiguous_area_is_422_with_suggestions(api: Api, path: str, params: dict[str, str],
                                                             said: str) -> None:
    detail = api.get(path, 422, **params)["detail"]
    assert said in detail and "\n" not in detail


def test_every_area_id_the_api_gives_answers_pasted_back(api: Api) -> None:
    """/areas lists each area's IRI: URL-encoded or in its short form (as /entities takes ids), it names the area."""
    rows = api.get("/areas", limit=1000)["items"]
    assert any(row["code"] == XINZHOU for row in rows)
    for row in rows:
        short = row["iri"].removeprefix("https://w3id.org/oversight-kg/id/")
        for given in (quote(row["iri"], safe=""), short, quote(short)):
            assert api.get(f"/areas/{given}")["code"] == row["code"], given
        assert api.get(f"/areas/{short}/organs", limit=1)["total"] == api.get(f"/areas/{row['code']}/organs", limit=1)["total"]


@pytest.mark.parametrize("given", ["area/999999", quote("https://w3id.org/oversight-kg/id/area/999999", safe=""),
                                   "火星省", "area/火星省", "a/b/c"])
def test_an_unknown_area_id_is_a_404_saying_what_to_try(api: Api, given: str) -> None:
    for path in (f"/areas/{given}", f"/areas/{given}/organs"):
        detail = api.get(path, 404)["detail"]
        assert detail.startswith("area: ") and "\n" not in detail and ("division code" in detail or "no area" in detail), detail


@pytest.mark.parametrize(("words", "level"), [
    (("province", "provincial", "Provincial", "省", "省级", "自治区", "直辖市"), "province"),
    (("county", "县", "县级", "区", "县级市", "县级区", "縣級市"), "county"),
    (("national", "全国", "国家"), "national"),
    (("city", "市", "地级", "设区的市", "地级市", "地級市", " 地级市 "), "city"),
    (("township", "乡", "乡镇", "镇", "街道"), "township"),
])
def test_areas_take_the_level_words_a_report_header_takes(api: Api, words: tuple[str, ...], level: str) -> None:
    expected = [a["code"] for a in api.get("/areas", limit=1000)["items"] if a["level"] == level]
    for word in words:
        assert [a["code"] for a in api.get("/areas", level=word, limit=1000)["items"]] == expected, word
    for near_miss in ("星级", "村级", "城市", "地级市场"):  # a rank no level takes, a unit alone, more after it
        detail = api.get("/areas", 422, level=near_miss)["detail"]
        assert "provincial" in detail and "乡镇" in detail, near_miss


def test_drill_down_from_the_province(api: Api) -> None:
    hubei = api.get("/areas/湖北省")
    assert hubei["code"] == HUBEI and [a["code"] for a in hubei["within"]] == [NATION]
    wuhan = next(c for c in hubei["children"] if c["code"] == WUHAN)
    assert wuhan["reports_published"] >= 1 and wuhan["organs"] <= hubei["organs"]
    assert [c["code"] for c in api.get(f"/areas/{WUHAN}")["children"]] == [XINZHOU]
    assert {a["code"] for a in api.get("/areas", q="湖北")["items"]} == {HUBEI}
    assert api.get("/areas", q="4201")["items"][0]["label"] == "武汉市"
    assert "北京市" in api.get("/areas/北京市", 404)["detail"]
    assert "北京市" in api.get("/areas/北京市/organs", 404)["detail"]
    assert [a["code"] for a in api.get("/areas", level="province", limit=1000)["items"]] == sorted(
        a["code"] for a in api.get("/areas", limit=1000)["items"] if a["level"] == "province")


@pytest.mark.parametrize("route", ["/laws", "/activities", "/coverage"])
@pytest.mark.parametrize(("value", "named"), [
    ("火星", "火星街道 430102009"),  # a township of 长沙 the gazetteer knows, no report is from
    ("北京市", "110000"),  # a province-level area without a report
    ("430102", "芙蓉区 430102"),  # by code
    ("朝阳区", "110105"),  # several areas, none in the graph: the candidates, not "give the code"
])
def test_a_filter_on_an_area_the_store_holds_nothing_of_is_422_pointing_to_areas(
        api: Api, route: str, value: str, named: str) -> None:
    """An area no report or organ is from (nor from an area within it) would answer an empty listing,
    or on /coverage every law as never inspected, as if nothing had been done there: it is refused,
    naming the area and /areas, which lists the areas the store holds."""
    detail = api.get(route, 422, jurisdiction=value)["detail"]
    assert detail.startswith("jurisdiction:") and repr(value) in detail and named in detail, detail
    assert "GET /areas" in detail and "give the code" not in detail
    api.get(route, jurisdiction="云南省")  # an area the store holds answers 200, whatever it lists


def test_a_repeated_township_name_resolves_by_the_report_province(api: Api) -> None:
    """崔家桥镇 is in 安阳县 (河南) and 汉寿县 (湖南); the sample's header says 河南省."""
    town = api.get("/areas/崔家桥镇")
    assert town["code"] == "410522111"
    assert [a["label"] for a in town["within"]] == ["安阳县", "安阳市", "河南省", "中华人民共和国"]
    assert api.get("/areas/430722111", 404)


INSPECTION = "LawEnforcementInspection"


def _inspections(api: Api, **where: str) -> set[tuple[str, object]]:
    """The inspections the laws table and the activities list give, rebuilt as an analyst would from
    /laws (each law's row numbers its inspections: an inspection of two laws is one of each) and the reported
    inspections that name no law: those told by organs that inspected a named law in the same year are those
    inspections told again, the others one per organs and year (or their own, naming no organ or no year)."""
    listed = {a["iri"]: a for a in api.get("/activities", kind=INSPECTION, status="reported", limit=1000,
                                           **where)["items"]}

    def key(a: dict) -> tuple[object, object]:
        when = a["year"] or (a["year_from"], a["year_to"])
        return (tuple(sorted(a["organs"])), when) if a["organs"] and when != (None, None) else ("activity", a["iri"])

    found: set[tuple[str, object]] = set()
    held: set[tuple[object, object]] = set()
    for law in api.get("/laws", inspected="true", limit=1000, **where)["items"]:
        for e in _stated(law):
            found.add((law["iri"], e["inspection"]))
            if e["activity"] in listed:
                held.add(key(listed[e["activity"]]))
    conductor = where.get("organ")
    alone = [a for a in listed.values() if not a["laws"] and not a["follow_up"]
             and (conductor is None or conductor in a["organs"])]
    return found | {("", key(a)) for a in alone if key(a) not in held}


def _stated(law: dict) -> list[dict]:
    """A law's statements of the inspections the store states: not those only a follow-up states (round 30: its
    inspection reported before, counted in ``followed_up_only``)."""
    stated = {e["inspection"] for e in law["evidence"] if not e["follow_up"]}
    return [e for e in law["evidence"] if e["inspection"] in stated]


@EMBEDDED_ONLY  # Neo4j's counts are held to these by the next test (/coverage per area is the slow part)
def test_every_count_of_every_area_is_what_the_listings_give(api: Api) -> None:
    """Each area's counts (sub-areas included), and each of its own organs' counts, against
    /activities, /coverage, /laws, /organs and /reports filtered the same way."""
    inspected = api.get("/laws", inspected="true", limit=1000)["items"]  # each with the organs that inspected it
    published: dict[str, int] = {}
    for report in api.get("/reports", limit=1000)["items"]:
        published[report["publisher"]] = published.get(report["publisher"], 0) + 1
    listed = {o["iri"]: o for o in api.get("/organs", limit=1000)["items"]}
    done = api.get("/activities", status="reported", limit=1000)
    assert done["total"] == len(done["items"])
    direct: list[str] = []  # each organ listed at its own area
    anywhere: set[str] = set()
    took_place = 0
    for row in api.get("/areas", limit=1000)["items"]:
        code = row["code"]
        acts = api.get("/activities", jurisdiction=code, status="reported", limit=1000)["items"]
        planned = api.get("/activities", jurisdiction=code, status="planned", limit=1000)["items"]
        covered = api.get("/coverage", jurisdiction=code, inspected="true", limit=1)
        laws = covered["total"]
        assert covered["area"] == row, row["label"]  # inspections beside laws inspected: those naming no law show
        inspections = _inspections(api, jurisdiction=code)
        assert (row["activities"], row["planned"], row["inspections"], row["laws_inspected"]) == (
            len(acts), len(planned), len(inspections), laws), row["label"]
        by_law = api.get("/laws", inspected="true", jurisdiction=code, limit=1000)["items"]
        assert all(law["times_inspected"] for law in by_law), row["label"]
        followed = api.get("/laws", inspected="followed_up_only", jurisdiction=code, limit=1000)["items"]
        assert row["laws_followed_up_only"] == len(followed), row["label"]
        stating = {e["activity"] for law in [*by_law, *followed] for e in _stated(law)} | {
            a["iri"] for a in acts if INSPECTION in a["types"] and not a["laws"] and not a["follow_up"]}
        assert row["other_activities"] == sum(a["iri"] not in stating for a in acts), row["label"]
        # apart, by where the work took place, whoever did it (round 33): /activities?place= lists them
        there = api.get("/activities", place=code, status="reported", limit=1000)["items"] if row["took_place_activities"] else []
        assert row["took_place_activities"] == len(there), row["label"]
        assert row["took_place_inspections"] <= sum(INSPECTION in a["types"] or a["follow_up"] for a in there), row["label"]
        assert row["took_place_laws_inspected"] <= len({law for a in there for law in a["laws"]}), row["label"]
        took_place += row["took_place_activities"] > 0
        detail = api.get(f"/areas/{code}")
        if row["took_place_activities"] and detail["within"]:  # listed in the panel of the area above it
            assert code in [c["code"] for c in api.get(f"/areas/{detail['within'][0]['code']}")["children"]], row["label"]
        assert set(detail.pop("unplaced")) == {"reports", "activities", "planned", "inspections"}  # store-wide: its own test
        assert detail | {"within": [], "children": []} == row | {"within": [], "children": []}
        everyone = api.get(f"/areas/{code}/organs", limit=1000)["items"]
        assert len(everyone) == row["organs"]
        theirs = {o["iri"] for o in everyone}  # the activities its organs were overseen in (a fresh user's round 21)
        assert row["overseen"] == sum(not theirs.isdisjoint(a["overseen"]) for a in done["items"]), row["label"]
        anywhere |= {o["iri"] for o in everyone}
        for organ in api.get(f"/areas/{code}/organs", sub_areas="false", limit=1000)["items"]:
            direct.append(organ["iri"])
            assert organ["area"] == code and organ in everyone
            mine = listed.get(organ["iri"], {"conducted": 0, "inspections": 0, "overseen": 0})
            assert (organ["activities"], organ["inspections"], organ["overseen"]) == (
                mine["conducted"], mine["inspections"], mine["overseen"]), organ
            own = [a for a in acts if organ["iri"] in a["organs"]]
            assert (organ["activities"], organ["planned"], organ["inspections"], organ["laws_inspected"],
                    organ["reports_published"]) == (
                len(own), sum(organ["iri"] in a["organs"] for a in planned), len(_inspections(api, organ=organ["iri"])),
                sum(organ["label"] in law["organs"] for law in inspected), published.get(organ["iri"], 0)), organ
    assert len(direct) == len(set(direct)) and set(direct) == anywhere
    assert took_place, "the samples name places work was done in (赴…)"
    assert api.get("/stats")["inspections"] == len(_inspections(api)) == api.get(f"/areas/{NATION}")["inspections"]


@pytest.mark.neo4j
def test_both_stores_count_every_area_alike(shared_samples: SharedStore) -> None:
    embedded, neo4j = (shared_samples.read_only(kind).areas() for kind in ("embedded", "neo4j"))
    assert embedded["rows"] and neo4j == embedded


def test_an_area_lists_its_organs_most_active_first(api: Api) -> None:
    here = api.get(f"/areas/{XINZHOU}/organs", sub_areas="false")["items"]
    assert here[0]["label"] == "武汉市新洲区人民代表大会常务委员会" and here[0]["inspections"] >= 1
    assert [o["activities"] for o in here] == sorted((o["activities"] for o in here), reverse=True)
    hubei = {o["iri"] for o in api.get(f"/areas/{HUBEI}/organs", limit=1000)["items"]}
    assert {o["iri"] for o in here} < hubei
    assert {o["iri"] for o in api.get(f"/areas/{HUBEI}/organs", sub_areas="false")["items"]} < hubei


def test_an_area_says_what_the_store_holds_in_no_area(shared_samples: SharedStore) -> None:
    """A report whose place nothing names (a news item about 区人大常委会, no header) is in no area: every area's
    answer says how many reports and activities it cannot count, so the nation's totals never pass for all."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from loaders.build import build
    from loaders.extract import extract
    from loaders.read import Document

    with shared_samples.writable("embedded") as db:
        client = TestClient(create_app(db), base_url="http://127.0.0.1")
        before = client.get("/areas/全国").json()["unplaced"]
        doc = Document(text="11月2日，区人大常委会听取了区人民政府关于食品安全工作情况的报告，并开展食品安全法执法检查。",
                       source="unplaced-news.txt", metadata={"year": "2023"})
        built = build(doc, extract(doc))
        db.upsert_report(built.iri, built.graph, built.content_hash)
        nation = client.get("/areas/全国").json()
        listed = client.get("/activities", params={"status": "reported", "limit": 1}).json()["total"]
        placed = client.get("/activities", params={"status": "reported", "jurisdiction": "全国", "limit": 1}).json()["total"]
        reports = client.get("/reports", params={"limit": 1}).json()["total"]
        assert nation["unplaced"]["reports"] == before["reports"] + 1 == reports - nation["reports_published"]
        assert nation["unplaced"]["activities"] == listed - placed > before["activities"]
        assert client.get("/areas/湖北省").json()["unplaced"] == nation["unplaced"]


def test_coverage_without_an_area_states_no_area_counts(api: Api) -> None:
    assert api.get("/coverage", limit=1)["area"] is None


def test_an_organs_two_report_counts_have_two_names(api: Api) -> None:
    """A fresh user's round 22 (F8): /organs counted the reports naming an organ, /areas/{area}/organs those it
    published, both under ``reports``; each name now says which, in JSON and in the files' headers alike."""
    naming = {row["iri"]: row for row in api.items("/organs")}
    organs = api.items(f"/areas/{HUBEI}/organs")
    assert organs and all("reports" not in row for row in [*organs, *naming.values()])
    for organ in organs:
        mine = naming[organ["iri"]]
        stated = {a["report"] for a in api.items("/activities", organ=organ["iri"], status="reported")}
        assert mine["reports_naming"] >= max(organ["reports_published"], len(stated)), organ
    assert any(naming[o["iri"]]["reports_naming"] > o["reports_published"] for o in organs)
    assert "reports_naming" in api.csv_rows("/organs")[0]
    assert "reports_published" in api.csv_rows(f"/areas/{HUBEI}/organs")[0]
    assert "reports_published" in api.csv_rows("/areas")[0]


@pytest.mark.parametrize("sentence", [
    "常委会执法检查组赴赣州市、吉安市，对《中华人民共和国长江保护法》实施情况开展执法检查。",
    "常委会执法检查组深入赣州市、吉安市，对《中华人民共和国长江保护法》实施情况开展执法检查。",
    "常委会组成人员分两个组到赣州市、吉安市，对《中华人民共和国长江保护法》实施情况开展执法检查。",
])
def test_work_done_in_a_city_counts_there_apart_from_who_did_it(tmp_path: Path, sentence: str) -> None:
    """A fresh user's round 32: the province's inspection 赴赣州市、吉安市 left 赣州市 at 0 inspections in /areas, and
    江西省's panel listed no city. Each city now counts it as work that took place there (the province as work
    its organ did), and the province's children list the cities."""
    from api.ingest import expand, ingest
    from api_helpers import api_of
    from graph.backends.embedded import EmbeddedStore

    text = tmp_path / "report.txt"
    text.write_text("title: 江西省人大常委会工作报告\norgan: 江西省人民代表大会常务委员会\nyear: 2023\nlevel: province\n\n"
                    f"{sentence}\n", encoding="utf-8")
    with EmbeddedStore(tmp_path / "store") as store:
        ingest(expand([text]), store)
        with api_of(store) as web:
            ganzhou, province = web.get("/areas/赣州市"), web.get("/areas/江西省")
            assert (ganzhou["activities"], ganzhou["inspections"]) == (0, 0)  # no organ of 赣州 did it
            assert (ganzhou["took_place_activities"], ganzhou["took_place_inspections"],
                    ganzhou["took_place_laws_inspected"]) == (1, 1, 1)
            assert (province["activities"], province["inspections"], province["took_place_inspections"]) == (1, 1, 1)
            assert [c["label"] for c in province["children"]] == ["赣州市", "吉安市"]
            assert web.get("/activities", place="吉安市", status="reported")["total"] == 1
