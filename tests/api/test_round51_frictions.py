"""A first-time analyst's frictions at round 51's end (newuser37 B2-B5), each against a real store.

B3: ``/laws?q=`` finds a law by every name ``/activities?law=`` resolves (a catalog short title, an abbreviation a
report defines or whose characters run in order in the title, traditional forms, a version note), by one matcher
(:func:`api.vocabulary.laws_named`).

B2: a SPARQL query whose process dies at the memory ceiling (an abort where no MemoryError could be raised) answers
the README's 400 with one line naming the ceiling, ``OKG_QUERY_MEMORY_BYTES`` and what to do, not "killed by signal 6".

B4: ``okg demo`` on a default store holding the samples and other reports says how many others, and its check of the
held samples says "checking", never "ingesting: N/11".

B5: an unknown path answers 404 in the API's error envelope saying where the routes are listed; a header's year and
month in figures (2023-05) is refused as a month, not as the range 2023-2005 run backwards; the SPARQL CSV and TSV
answers end with a line break."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from api.cli import SAMPLES, _others_held
from api.ingest import expand, ingest
from api_helpers import Api, catalog_api, demo_said, upsert_texts
from graph.backends.embedded import EmbeddedStore
from loaders import read
from loaders.read.errors import ReadError

ORGAN = "浙江省人民代表大会常务委员会"
FRAUD, WETLAND, SAFETY = "中华人民共和国反电信网络诈骗法", "中华人民共和国湿地保护法", "中华人民共和国安全生产法"
REPORTS = {
    "fraud-2023.txt": ("2023年，省人大常委会对《中华人民共和国反电信网络诈骗法》（下称“反电诈法”）贯彻实施情况开展执法检查。"
                       "检查组认为，反电诈法实施以来成效明显。", {"organ": ORGAN, "year": "2023"}),
    "wetland-2024.txt": ("2024年，省人大常委会对《中华人民共和国湿地保护法》开展执法检查。", {"organ": ORGAN, "year": "2024"}),
    "safety-2024.txt": ("2024年，省人大常委会对《中华人民共和国安全生产法》实施情况开展执法检查。", {"organ": ORGAN, "year": "2024"}),
}


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    with catalog_api(tmp_path_factory.mktemp("store"), REPORTS) as api:
        yield api


def _activity_laws(web: Api, law: str) -> set[str]:
    """The IRIs of the laws of the activities ``/activities?law=`` selects."""
    return {iri for row in web.get("/activities", law=law, limit=100)["items"] for iri in row["laws"]}


def _law_iris(web: Api, path: str, q: str) -> dict[str, str]:
    """``{title: iri}`` of the laws ``path`` (``/laws``, ``/coverage``) lists for ``q``."""
    return {row["title"]: row["iri"] for row in web.get(path, q=q, limit=1000)["items"]}


@pytest.mark.parametrize(("name", "title"), [
    ("反电诈法", FRAUD), ("反電詐法", FRAUD), ("反電信網絡詐騙法", FRAUD), ("《反电诈法》", FRAUD),
    ("湿地法", WETLAND), ("濕地保護法", WETLAND), ("湿地保护法（2022修正）", WETLAND),
    ("安全生产法", SAFETY), ("安全生產法", SAFETY), ("中华人民共和国安全生产法2021年修订", SAFETY),
])
def test_laws_q_finds_the_law_activities_law_resolves(web: Api, name: str, title: str) -> None:
    listed, covered = _law_iris(web, "/laws", name), _law_iris(web, "/coverage", name)
    assert title in listed and title in covered
    assert _activity_laws(web, name) == {listed[title]} == {covered[title]}


def test_a_name_of_no_law_still_finds_none(web: Api) -> None:
    assert web.get("/laws", q="没有这部法")["total"] == 0


@pytest.mark.parametrize("query", [
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f",
], ids=["cross-product count", "cross-product sort"])
def test_a_query_past_the_memory_ceiling_says_which_limit_and_what_to_do(web: Api, query: str) -> None:
    small = create_app(web.client.app.state.store, Settings(query_memory_bytes=64 * 2**20))
    with TestClient(small, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        answer = client.get("/sparql", params={"query": query})
    detail = answer.json()["detail"]
    assert answer.status_code == 400, answer.text
    assert "memory ceiling of 64 MiB" in detail and "OKG_QUERY_MEMORY_BYTES" in detail and "narrow it" in detail
    assert "signal 6" not in detail and "\n" not in detail


def test_others_held_counts_the_reports_of_other_texts_only(tmp_path: Path) -> None:
    samples = expand([SAMPLES])
    with EmbeddedStore(tmp_path / "store") as db:
        ingest(samples, db)
        assert _others_held(db, samples) == 0
        ingest(samples[:2], db)  # the same texts again: no other report
        assert _others_held(db, samples) == 0
        upsert_texts(db, dict(list(REPORTS.items())[:2]))
        assert _others_held(db, samples) == 2
        assert _others_held(db, [*samples, *REPORTS]) is None  # not every text held (a name no file has: unreadable)


def test_the_demo_on_a_store_with_another_report_says_so_and_checks_without_ingesting(tmp_path: Path) -> None:
    with EmbeddedStore(tmp_path / ".local" / "share" / "oversight-kg" / "store") as db:
        ingest(expand([SAMPLES]), db)
        upsert_texts(db, dict(list(REPORTS.items())[:1]))
    said = demo_said(tmp_path)
    held = [line for line in said.splitlines() if "holds the 11 sample reports already" in line]
    assert held and "and 1 other report " in held[0] and "lists all 12" in held[0], said
    assert "checking: 11/11 reports read" in said and "ingesting" not in said, said


@pytest.mark.parametrize("path", ["/nonexistent", "/api/laws", "/laws-inspected/x", "/nothing/"])
def test_an_unknown_path_answers_the_error_envelope_with_where_routes_are(web: Api, path: str) -> None:
    answer = web.client.get(path)
    assert answer.status_code == 404 and answer.headers["content-type"] == "application/json"
    assert answer.json() == {"detail": f"no route GET {path}: GET /docs lists the API's routes (GET /openapi.json as "
                                       "JSON), / is the explorer"}
    assert "no report names the law" in web.get("/laws/law/没有这部法", expect=404)["detail"]  # a route's own 404 stays


@pytest.mark.parametrize(("written", "year"), [("2023-05", 2023), ("2019-12", 2019), ("2024/03", 2024),
                                               ("２０２３－０５", 2023), ("2022～06", 2022)])
def test_a_header_year_with_a_month_in_figures_is_told_a_month_is_no_year(tmp_path: Path, written: str, year: int) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"year: {written}\n\n{year}年，县人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查。\n",
                    encoding="utf-8")
    with pytest.raises(ReadError) as refused:
        read(path)
    said = str(refused.value)
    assert f"a month in figures is not a year: write {year} " in said and "comes before" not in said, said


@pytest.mark.parametrize("query", ["SELECT ?law WHERE { ?law a okg:Law } LIMIT 3", "SELECT ?x WHERE { ?x a okg:Nothing }",
                                   "ASK { ?law a okg:Law }"], ids=["rows", "no row", "ask"])
@pytest.mark.parametrize("accept", ["text/csv", "text/tab-separated-values"])
def test_the_sparql_csv_and_tsv_end_with_a_line_break(web: Api, query: str, accept: str) -> None:
    answer = web.client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert answer.status_code == 200 and answer.content.endswith(b"\n"), answer.content[-40:]
