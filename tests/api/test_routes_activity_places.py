"""Where the work was done and who led it, on both stores (round 29, a first-time analyst's): ``/activities`` rows
carry ``places`` (area IRIs; names in files) and ``led_by``, ``place=`` filters by an area's full or short name, code
or IRI (the area or any within it), and the store gives back the report's graph with its places, leader and the
mentions stating them as they went in."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from rdflib import URIRef
from rdflib.compare import isomorphic

from api.tabular import cell
from api_helpers import BOTH_STORES, Api, api_of, upsert_text
from graph import Store
from ontology import OKG
from ontology.iri import entity
from shared_stores import SharedStore

HUBEI = ("hubei-wetlands.txt", "湖北省人民代表大会常务委员会",
         "2023年5月，省人大常委会副主任周先旺率执法检查组赴荆州市、洪湖市、监利市，检查《中华人民共和国湿地保护法》实施情况。")
XIAMEN = ("xiamen-renewal.txt", "厦门市人民代表大会常务委员会", "2023年，市人大常委会调研组赴思明区、湖里区开展城市更新专题调研。")
JINGZHOU, HONGHU, SIMING = (str(entity("area", code)) for code in ("421000", "421083", "350203"))

BUILT: dict[str, object] = {}


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    with shared_samples.writable(request.param) as db:
        for source, organ, text in (HUBEI, XIAMEN):
            BUILT[source] = upsert_text(db, source, text, organ=organ, year="2023")
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


def _of(web: Api, source: str, **params: str) -> list[dict]:
    report = str(BUILT[source].iri)  # type: ignore[attr-defined]
    return [a for a in web.items("/activities", **params) if a["report"] == report]


def test_rows_carry_places_and_leader(web: Api) -> None:
    (inspection,) = _of(web, HUBEI[0])
    assert inspection["places"] == sorted([JINGZHOU, HONGHU, str(entity("area", "421088"))])
    assert inspection["led_by"] == {"name": "周先旺", "title": "省人大常委会副主任"}
    (study,) = _of(web, XIAMEN[0])
    assert study["places"] == [SIMING, str(entity("area", "350206"))] and study["led_by"] is None
    assert study["subject"] == "城市更新"


@pytest.mark.parametrize("place", ["荆州市", "荆州", "421000", JINGZHOU, "湖北省", "洪湖市"])
def test_place_filters_by_the_area_or_one_within_it(web: Api, place: str) -> None:
    assert len(_of(web, HUBEI[0], place=place)) == 1
    assert _of(web, XIAMEN[0], place=place) == []


def test_place_filter_takes_the_other_places_and_refuses_an_area_held_by_nothing(web: Api) -> None:
    assert len(_of(web, XIAMEN[0], place="思明区")) == 1 and _of(web, HUBEI[0], place="思明区") == []
    assert "place" in web.get("/activities", expect=422, place="火星")["detail"]
    assert "place" in web.get("/activities", expect=422, place="阿勒泰地区")["detail"]  # no report, organ or place there


def test_files_name_the_places(web: Api) -> None:
    report = str(BUILT[HUBEI[0]].iri)  # type: ignore[attr-defined]
    (row,) = [r for r in web.csv_rows("/activities", place="洪湖") if r["report"] == report]
    assert all(name in row["places"] for name in ("荆州市", "洪湖市", "监利市"))


def test_the_store_gives_back_the_places_leader_and_their_mentions(store: Store) -> None:
    built = BUILT[HUBEI[0]]
    back = dict(store.report_graphs())[built.iri]  # type: ignore[attr-defined]
    assert isomorphic(back, built.graph)  # type: ignore[attr-defined]
    (act,) = {s for s, _, _ in back.triples((None, OKG.place, None))}
    assert {str(o) for o in back.objects(act, OKG.place)} >= {JINGZHOU, HONGHU}
    assert len(set(back.objects(act, OKG.detailedIn))) == 4 and isinstance(act, URIRef)


def test_files_name_the_leader_by_name_and_title(web: Api) -> None:
    """A new user's round 40, §5: the CSV's led_by cell was raw JSON ({"name": …, "title": …}); CSV and XLSX name the
    person as a reader writes one, the JSON keeps its object (above), a work without a leader an empty cell."""
    from openpyxl import load_workbook

    report = str(BUILT[HUBEI[0]].iri)  # type: ignore[attr-defined]
    rows = {row["report"]: row for row in web.csv_rows("/activities", year="2023")}
    assert rows[report]["led_by"] == "周先旺（省人大常委会副主任）"
    assert rows[str(BUILT[XIAMEN[0]].iri)]["led_by"] == ""  # type: ignore[attr-defined]
    answer = web.client.get("/activities", params={"year": "2023", "format": "xlsx"})
    header, *cells = load_workbook(io.BytesIO(answer.content), read_only=True).active.iter_rows(values_only=True)
    by_report = {row[header.index("report")]: row[header.index("led_by")] for row in cells}
    assert by_report[report] == "周先旺（省人大常委会副主任）"


@pytest.mark.parametrize(("value", "spelt"), [({"name": "王晓科", "title": "省人大常委会秘书长"}, "王晓科（省人大常委会秘书长）"),
                                              ({"name": "贺观群", "title": None}, "贺观群"),
                                              ({"name": "贺观群"}, "贺观群"),
                                              ({"title": "副主任"}, '{"title": "副主任"}'),
                                              ({"name": "x", "iri": "http://a"}, '{"name": "x", "iri": "http://a"}')])
def test_a_person_cell_and_other_objects(value: dict, spelt: str) -> None:
    """A person ({name, title}) reads as a person in a file's cell and in okg ask's table; another object stays JSON in
    a file (the table names an object by its label, title or name)."""
    from api.ask import _cell

    assert cell(value) == spelt
    if "name" in value and set(value) <= {"name", "title"}:
        assert _cell(value, {}) == spelt
