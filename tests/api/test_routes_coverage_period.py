"""Coverage's laws never inspected are the laws in force at some point of the period asked, on both stores (round 30, a
first-time analyst: the laws the 生态环境法典 repealed on 2026-08-15, 环境保护法 and 大气污染防治法 among them, were missing
from the laws never inspected in reports of 2015–2025, when they were in force and inspected constantly).

A law repealed after the period began (its ``repealed_on``, from the catalog) is listed; one repealed before it, or on no
date the catalog gives (信访条例, repealed with no date in the first list), is left out and
counted in ``repealed_left_out``; ``repealed=true|false`` keep their meaning (repealed now, in force now)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from api.ask import notes
from api_helpers import Api, ModuleStore, api_of, path_id, upsert_text
from graph import Store

LAW = "https://w3id.org/oversight-kg/id/law/中华人民共和国"
EP, AIR, CONTRACT, FOREIGN, LAND = (LAW + name for name in ("环境保护法", "大气污染防治法", "合同法", "外资企业法",
                                                             "农村土地承包法"))  # LAND: in force (round 31)
PETITIONS = "https://w3id.org/oversight-kg/id/law/信访条例"  # repealed, on no date the catalog gives
DEMOLITION = "https://w3id.org/oversight-kg/id/law/城市房屋拆迁管理条例"  # repealed 2011-01-21
HUBEI = "湖北省人民代表大会常务委员会"


@pytest.fixture(scope="module")
def store(module_store: ModuleStore) -> Store:
    """A 2019 report inspecting 大气污染防治法 and a 2020 one naming no environmental law at all."""
    db = module_store.empty()
    upsert_text(db, "air2019.txt", "2019年，省人大常委会对《中华人民共和国大气污染防治法》开展执法检查。",
                organ=HUBEI, year="2019", url="http://example.org/period/air2019")
    upsert_text(db, "food2020.txt", "2020年，省人大常委会听取和审议省人民政府关于食品安全工作情况的报告。",
                organ=HUBEI, year="2020", url="http://example.org/period/food2020")
    return db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as client:
        yield client


def _never(web: Api, **params: object) -> dict[str, dict]:
    """The laws never inspected as the JSON pages list them, by IRI, and the answer's counts."""
    first = web.get("/coverage", inspected="false", limit=1, **params)
    rows = {row["iri"]: row for offset in range(0, first["total"], 200)
            for row in web.get("/coverage", inspected="false", limit=200, offset=offset, **params)["items"]}
    return {"rows": rows, "left_out": first["repealed_left_out"], "period_from": first["period_from"]}


@pytest.mark.parametrize(("year", "listed"), [
    ("2019", {EP, CONTRACT, FOREIGN, LAND}),  # in force in 2019; 大气污染防治法 inspected then
    ("2015-2025", {EP, CONTRACT, FOREIGN, LAND}),  # a range: in force from its first year, the 2019 inspection in it
    ("2020", {EP, AIR, CONTRACT, LAND}),  # 外资企业法: repealed on 2020-01-01 (外商投资法 art. 42), in force on no day of 2020
    ("2021", {EP, AIR, LAND}),  # 合同法: repealed on 2021-01-01 (民法典 art. 1260)
    ("2026", {EP, AIR, LAND}),  # repealed on 2026-08-15 (生态环境法典 art. 1242), in force for part of 2026
    ("2027", {LAND}),
])
def test_never_inspected_lists_the_laws_in_force_in_the_period(web: Api, year: str, listed: set[str]) -> None:
    found = _never(web, year=year)
    never = found["rows"]
    asked = {EP, AIR, CONTRACT, FOREIGN, DEMOLITION, LAND, PETITIONS}
    assert asked & never.keys() == listed
    assert found["period_from"] == int(year[:4])
    if EP in never:
        assert never[EP]["repealed"] is True and never[EP]["repealed_on"] == "2026-08-15"
        assert never[EP]["times_inspected"] == 0
    every = _never(web, year=year, repealed="any")["rows"]
    assert found["left_out"] == len(every) - len(never) > 0  # 城市房屋拆迁管理条例, 信访条例 at least
    assert {DEMOLITION, PETITIONS} <= every.keys() - never.keys()


def test_the_air_law_inspected_in_2019_is_no_law_never_inspected_that_year(web: Api) -> None:
    assert AIR not in _never(web, year="2019")["rows"] and AIR in _never(web, year="2020")["rows"]


def test_without_a_year_the_period_begins_with_the_stores_earliest_report(web: Api) -> None:
    found = _never(web)
    assert found["period_from"] == 2019
    assert {EP, CONTRACT, FOREIGN} <= found["rows"].keys() and AIR not in found["rows"]
    assert found["rows"].keys() == _never(web, year="2019-2020")["rows"].keys()


@pytest.mark.parametrize("repealed", ["true", "false"])
def test_repealed_true_and_false_still_mean_repealed_now_and_in_force_now(web: Api, repealed: str) -> None:
    found = _never(web, year="2019", repealed=repealed)
    assert {row["repealed"] for row in found["rows"].values()} == {repealed == "true"}
    assert (EP in found["rows"]) == (repealed == "true")
    every = _never(web, year="2019", repealed="any")
    assert found["left_out"] == (len(every["rows"]) - len(found["rows"]) if repealed == "false" else 0)
    assert every["left_out"] == 0


def test_the_file_holds_the_rows_the_pages_hold_and_says_what_it_left_out(web: Api) -> None:
    pages = _never(web, year="2019")
    assert [row["iri"] for row in web.csv_rows("/coverage", inspected="false", year="2019")] == list(pages["rows"])
    answer = web.client.get("/coverage", params={"inspected": "false", "year": "2019", "format": "csv"})
    assert answer.headers["X-Repealed-Left-Out"] == str(pages["left_out"])
    ep = next(row for row in web.csv_rows("/coverage", inspected="false", year="2019") if row["iri"] == EP)
    assert ep["repealed_on"] == "2026-08-15"


@pytest.mark.parametrize(("law", "since"), [(AIR, "2026-08-15"), (CONTRACT, "2021-01-01"), (FOREIGN, "2020-01-01"),
                                           (DEMOLITION, "2011-01-21"), (PETITIONS, None)])
def test_coverage_and_the_entity_give_the_date_the_catalog_gives(web: Api, law: str, since: str | None) -> None:
    repealed = {row["iri"]: row for row in web.items("/coverage", repealed="true")}
    assert repealed[law]["repealed"] is True and repealed[law]["repealed_on"] == since
    props = web.get(f"/entities/{path_id(law)}")["properties"]
    assert props["repealed"] is True and props.get("repealedOn") == since


def test_a_repeal_no_law_in_force_states_is_none(web: Api) -> None:
    """农村土地承包法: the law package's 已废止 alone, with no repealing act, is not taken (round 31, a first-time analyst)."""
    assert LAND not in {row["iri"] for row in web.items("/coverage", repealed="true")}
    assert web.get(f"/entities/{path_id(LAND)}")["properties"]["repealed"] is False


def test_the_laws_table_gives_a_named_laws_repeal_date(web: Api) -> None:
    air = next(law for law in web.items("/laws") if law["iri"] == AIR)
    assert (air["repealed"], air["repealed_on"]) == (True, "2026-08-15")
    assert web.get("/laws/law/中华人民共和国大气污染防治法")["repealed_on"] == "2026-08-15"


def test_okg_ask_says_how_many_laws_it_left_out(web: Api) -> None:
    body = web.get("/coverage", inspected="false", year="2019", limit=1)
    assert notes(body) == [f"{body['repealed_left_out']} laws repealed before the period (2019) or on no known date "
                           "are left out (repealed=any lists them)"]
    assert notes(web.get("/coverage", inspected="false", repealed="any", limit=1)) == []


def test_okg_ask_says_when_no_row_matches(web: Api) -> None:
    """An empty listing is said in a line, where its table would print nothing (a first-time analyst, round 34)."""
    empty = web.get("/laws", inspected="true", year="1990")
    assert empty["items"] == [] and notes(empty)[0].startswith("no rows: nothing stored matches these filters")
    assert not any(line.startswith("no rows") for line in notes(web.get("/laws", inspected="true")))

