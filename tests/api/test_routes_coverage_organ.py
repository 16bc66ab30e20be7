"""Coverage by organ, on both stores: ``/coverage?organ=`` counts the inspections ``/laws?organ=`` selects (a congress
named loosely: its institution, the standing committee and bodies), so the laws a national body never inspected can be
asked apart from those any area inspected; a coverage list longer than a page is had whole as a file; and repealed laws
are marked and filtered, the laws never inspected being those in force in the period unless asked."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api_helpers import BOTH_STORES, Api
from graph import Store
from loaders import extracted
from loaders.build import build
from loaders.document import Document
from shared_stores import SharedStore

LAW = "https://w3id.org/oversight-kg/id/law/中华人民共和国"
FOREST, SEED, GRASSLAND, SOIL, CONTRACT, MARRIAGE = (LAW + name for name in (
    "森林法", "种子法", "草原法", "土壤污染防治法", "合同法", "婚姻法"))
#: file → (publisher, text): inspections by the national standing committee, its inspection group, a special
#: committee of the NPC, and a province.
REPORTS = {
    "npcsc.txt": ("全国人民代表大会常务委员会", "2023年，全国人大常委会对《中华人民共和国森林法》开展执法检查。"),
    "group.txt": ("湖北省人民代表大会常务委员会", "2023年，全国人大常委会执法检查组来我省检查《中华人民共和国草原法》实施情况。"),
    "committee.txt": ("全国人民代表大会环境与资源保护委员会",
                      "2023年，全国人大环境与资源保护委员会对《中华人民共和国土壤污染防治法》开展执法检查。"),
    "hubei.txt": ("湖北省人民代表大会常务委员会", "2023年，省人大常委会对《中华人民共和国种子法》开展执法检查。"),
    "contract.txt": ("湖北省人民代表大会常务委员会", "2023年，省人大常委会对《中华人民共和国合同法》开展执法检查。"),
    # a township congress: its presidium's own inspection, and a city's inspection the presidium assisted
    "township.txt": ("浏阳市大瑶镇人民代表大会", "2023年，镇人大主席团组织代表对《中华人民共和国消防法》实施情况开展执法检查，"
                     "配合浏阳市人大常委会对大瑶镇开展《中华人民共和国农产品质量安全法》执法检查。"),
}
FIRE, PRODUCE = LAW + "消防法", LAW + "农产品质量安全法"
#: Names of national organs as analysts type them: the institution (短名, full name, traditional) or one organ.
NATIONAL = ["全国人大", "全国人民代表大会", "全國人大", "全国人民代表大会常务委员会", "全国人大常委会",
            "全国人民代表大会环境与资源保护委员会"]
INSTITUTION = NATIONAL[:3]


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    with shared_samples.writable(request.param) as db:
        for name, (organ, text) in REPORTS.items():
            doc = Document(text=text, source=name, metadata={"url": f"http://example.org/coverage/{name}",
                                                             "organ": organ, "year": "2023"})
            built = build(doc, extracted(doc))
            db.upsert_report(built.iri, built.graph, built.content_hash)
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    settings = Settings(max_limit=200)  # coverage lists every catalog law: several pages of 200
    with TestClient(create_app(store, settings), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield Api(client)


def _coverage(web: Api, **params: object) -> dict[str, dict]:
    """Every coverage row the filters select, by IRI (read as the file, which holds them all)."""
    return {row["iri"]: row for row in web.csv_rows("/coverage", **params)}


@pytest.mark.parametrize("organ", INSTITUTION)
def test_never_inspected_by_the_national_congress_is_not_never_inspected_in_the_country(web: Api, organ: str) -> None:
    never = _coverage(web, organ=organ, inspected="false")
    inspected = _coverage(web, organ=organ, inspected="true")
    assert {FOREST, GRASSLAND, SOIL} <= inspected.keys() and not {FOREST, GRASSLAND, SOIL} & never.keys()
    assert SEED in never  # a province inspected it, the national bodies never did …
    assert SEED in _coverage(web, jurisdiction="全国", inspected="true")  # … which the nation's area takes in
    assert SEED not in _coverage(web, jurisdiction="全国", inspected="false")


@pytest.mark.parametrize("organ", NATIONAL + ["湖北省人大常委会", "湖北省人大"])
def test_coverage_by_organ_counts_what_the_laws_table_counts_for_it(web: Api, organ: str) -> None:
    laws = {law["iri"]: law["times_inspected"]
            for law in web.get("/laws", inspected="true", organ=organ, limit=200)["items"]}
    coverage = web.get("/coverage", organ=organ, inspected="true", limit=200)
    assert laws and {law["iri"]: law["times_inspected"] for law in coverage["items"]} == laws
    every = web.get("/coverage", organ=organ, limit=1)
    for cell in every["summary"]:
        assert cell["inspected"] + cell["never_inspected"] == cell["laws"]
    assert sum(cell["inspected"] for cell in every["summary"]) <= len(laws)


def test_one_standing_committee_is_one_organ_as_on_the_laws_table(web: Api) -> None:
    one = _coverage(web, organ="全国人民代表大会常务委员会", inspected="true")
    assert FOREST in one and SOIL not in one  # its congress's special committee is not it


@pytest.mark.parametrize("organ", ["人大常委会", "常委会", "没有这个机关"])
def test_an_organ_coverage_cannot_read_is_refused_as_the_laws_table_refuses_it(web: Api, organ: str) -> None:
    assert web.get("/coverage", 422, organ=organ)["detail"] == web.get("/laws", 422, organ=organ)["detail"]


@pytest.mark.parametrize("path", ["/coverage", "/laws", "/activities", "/reports"])
def test_a_limit_past_the_largest_page_says_how_to_have_every_row(web: Api, path: str) -> None:
    detail = web.get(path, 422, limit=201)["detail"]
    assert "allowed range: 1–200" in detail and "offset=200" in detail and "format=csv" in detail  # one range (round 48)


@pytest.mark.parametrize(("path", "params"), [("/search", {"q": "法"}), ("/laws/law/中华人民共和国森林法/timeline", {})])
def test_a_listing_without_files_names_only_the_pages(web: Api, path: str, params: dict[str, str]) -> None:
    detail = web.get(path, 422, limit=201, **params)["detail"]
    assert "offset=200" in detail and "format=csv" not in detail


@pytest.mark.parametrize("params", [{}, {"inspected": "false"}, {"organ": "全国人大", "inspected": "false"}])
def test_the_file_holds_the_whole_coverage_list_the_pages_hold(web: Api, params: dict[str, str]) -> None:
    total = web.get("/coverage", limit=1, **params)["total"]
    assert total > 200
    pages = [row["iri"] for offset in range(0, total, 200)
             for row in web.get("/coverage", limit=200, offset=offset, **params)["items"]]
    answer = web.client.get("/coverage", params={**params, "format": "csv"})
    assert answer.headers["X-Total-Count"] == str(total)
    assert [row["iri"] for row in web.csv_rows("/coverage", **params)] == pages


def test_never_inspected_means_in_force_in_the_period_unless_repealed_laws_are_asked_for(web: Api) -> None:
    """Round 27, a first-time analyst: 合同法 and 婚姻法 (repealed by the 民法典) were listed never inspected; round 30,
    another: so were no laws the 生态环境法典 repealed in 2026, though in force in every report's year. The default is
    the laws in force at some point of the period (here from 2017, the samples' first year; from 2021 on, no 婚姻法)."""
    never = _coverage(web, inspected="false")
    assert MARRIAGE in never and never[MARRIAGE]["repealed_on"] == "2021-01-01"  # in force in 2017–2020
    assert MARRIAGE not in _coverage(web, inspected="false", year="2021")
    in_force = _coverage(web, inspected="false", repealed="false")
    assert MARRIAGE not in in_force and {row["repealed"] for row in in_force.values()} == {"false"}
    assert never.keys() - in_force.keys() == {iri for iri, row in never.items() if row["repealed"] == "true"}
    gone = _coverage(web, inspected="false", repealed="true")
    assert MARRIAGE in gone and {row["repealed"] for row in gone.values()} == {"true"}
    assert _coverage(web, inspected="false", repealed="any").keys() == in_force.keys() | gone.keys()
    assert not in_force.keys() & gone.keys()
    every = _coverage(web)  # without inspected=false, repealed laws are rows as any other
    assert every[CONTRACT]["repealed"] == every[MARRIAGE]["repealed"] == "true" and every[CONTRACT]["times_inspected"] == "1"
    assert every[FOREST]["repealed"] == "false" and {"repealed", "repealed_on"} <= every[FOREST].keys()


@pytest.mark.parametrize("repealed", ["true", "false"])
def test_the_laws_table_marks_and_filters_repealed_laws(web: Api, repealed: str) -> None:
    laws = web.get("/laws", repealed=repealed, limit=200)["items"]
    assert laws and {law["repealed"] for law in laws} == {repealed == "true"}
    assert (CONTRACT in {law["iri"] for law in laws}) == (repealed == "true")
    assert web.get("/laws", repealed=repealed)["total"] + web.get("/laws", repealed={"true": "false", "false": "true"}[
        repealed])["total"] == web.get("/laws")["total"]
    assert {row["repealed"] for row in web.csv_rows("/laws", repealed=repealed)} == {repealed}


@pytest.mark.parametrize("organ", ["大瑶镇人大", "浏阳市大瑶镇人民代表大会", "浏阳市大瑶镇人大主席团"])
def test_a_township_congress_takes_in_its_presidium_on_every_route(web: Api, organ: str) -> None:
    """Round 34 (a first-time analyst: ``/coverage?organ=<a township congress>`` without its presidium's work): a
    congress's name means the institution, the congress and its own bodies (a township's presidium, a standing
    committee's committees), on every route taking ``organ=`` alike (``api.vocabulary.organ_filter``); its presidium's
    name means that body, which does the township congress's work between sessions. Work the presidium only assisted
    (配合浏阳市人大常委会…执法检查) is the city's, in the row's ``assisted_by``, selected by no ``organ=``: an inspection
    is counted once, by who conducted it."""
    covered = set(_coverage(web, organ=organ, inspected="true"))
    laws = {law["iri"] for law in web.get("/laws", inspected="true", organ=organ, limit=200)["items"]}
    done = web.get("/activities", organ=organ, kind="执法检查", limit=200)["items"]
    assert covered == laws == {law for a in done for law in a["laws"]} == {FIRE}
    assert PRODUCE not in covered and PRODUCE in set(_coverage(web, organ="浏阳市人大常委会", inspected="true"))
    (assisted,) = web.get("/activities", organ="浏阳市人大常委会", kind="执法检查", limit=200)["items"]
    assert assisted["assisted_by"] and "主席团" in assisted["assisted_by"][0]
