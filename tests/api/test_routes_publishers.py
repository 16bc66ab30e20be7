"""A report several organs publish, on both stores (new users' reports, round 18): /reports lists every publisher and
finds the report under each publisher's area and their common one; each town's presidium conducts its own inspection,
so /coverage?organ= counts it for that town alone; /statistics finds the report's numbers under either publisher; an
export imported again keeps both publishers."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from api_helpers import BOTH_STORES, Api, api_of, upsert_text
from graph import Store
from graph.transfer import import_rdf
from shared_stores import SharedStore

ORGAN = "https://w3id.org/oversight-kg/id/organ/"
ANFENG, BAOYI = ORGAN + "寿县安丰镇人民代表大会", ORGAN + "寿县保义镇人民代表大会"
FOOD = "https://w3id.org/oversight-kg/id/law/中华人民共和国食品安全法"
TWO_TOWNS = ("寿县安丰镇、保义镇人民代表大会", "2022",
             "寿县两镇人大开展执法检查\n3月，安丰镇人大主席团对《中华人民共和国食品安全法》贯彻实施情况开展执法检查。\n"
             "保义镇人大主席团组织代表视察了农村公路建设工作。全年两镇人大共组织代表视察5次。")
ONE_TOWN = ("寿县安丰镇人民代表大会", "2022", "安丰镇人大主席团组织代表视察了集镇污水处理工作。")
IRIS: dict[str, str] = {}


def _upsert(db: Store, name: str, organ: str, year: str, text: str) -> None:
    built = upsert_text(db, name, text, url=f"http://example.org/towns/{name}", organ=organ, year=year, level="township")
    IRIS[name] = str(built.iri)


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    with shared_samples.writable(request.param) as db:
        _upsert(db, "two.txt", *TWO_TOWNS)
        _upsert(db, "one.txt", *ONE_TOWN)
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


def _reports(web: Api, **params: object) -> dict[str, dict]:
    return {row["iri"]: row for row in web.get("/reports", limit=200, **params)["items"]}


def test_reports_list_every_publisher_and_lie_in_each_publisher_s_area(web: Api) -> None:
    two = _reports(web)[IRIS["two.txt"]]
    assert sorted(two["publishers"]) == sorted([ANFENG, BAOYI]) and two["publisher"] in (ANFENG, BAOYI)
    assert set(two["publisher_labels"]) == {"寿县安丰镇人民代表大会", "寿县保义镇人民代表大会"}
    assert two["area"] == "寿县" and two["level"] == "township"
    for town in ("安丰镇", "保义镇", "寿县"):
        assert IRIS["two.txt"] in _reports(web, jurisdiction=town)
    assert IRIS["one.txt"] not in _reports(web, jurisdiction="保义镇")
    row = next(r for r in web.csv_rows("/reports", limit=200) if r["iri"] == IRIS["two.txt"])
    assert "; " in row["publishers"]  # the file lists them


def test_each_town_conducts_its_own_work(web: Api) -> None:
    # each town's presidium, the subject of its sentence, conducts (round 33: a body acting conducts)
    anfeng, baoyi = ANFENG + "主席团", BAOYI + "主席团"
    assert FOOD in {law["iri"] for law in web.get("/coverage", organ=anfeng, inspected="true", limit=200)["items"]}
    assert FOOD not in {law["iri"] for law in web.get("/coverage", organ=baoyi, inspected="true", limit=200)["items"]}
    visits = web.get("/activities", organ=baoyi, limit=200)["items"]
    assert {a["report"] for a in visits} == {IRIS["two.txt"]}
    areas = {row["label"]: row for row in web.get("/areas", limit=500)["items"]}
    assert areas["保义镇"]["reports_published"] == 1 and areas["安丰镇"]["reports_published"] == 2 and areas["寿县"]["reports_published"] == 2


def test_a_number_of_the_report_is_each_publisher_s(web: Api) -> None:
    for organ in (ANFENG, BAOYI):
        assert IRIS["two.txt"] in {s["report"] for s in web.get("/statistics", organ=organ, limit=200)["items"]}


def test_an_export_imported_again_keeps_both_publishers(store: Store, tmp_path: Path) -> None:
    from graph.backends.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path / "imported") as copy:
        assert import_rdf(copy, store.export("trig"), "trig")["inserted"] >= 2
        rows = {row["iri"]: row for row in copy.reports()}
        assert sorted(rows[IRIS["two.txt"]]["publishers"]) == sorted([ANFENG, BAOYI])
        assert import_rdf(copy, store.export("trig"), "trig").get("inserted", 0) == 0  # the same publishers: unchanged
