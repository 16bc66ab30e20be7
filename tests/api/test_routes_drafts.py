"""Drafts through the API, on both stores: a law the reports name only as a draft (a bill, 草案) is no law
never inspected. /laws leaves it out unless ``drafts=true`` and then marks it ``draft_only`` (so do its
CSV and XLSX); a law inspected or cited elsewhere stays a law; the mention says it names a draft, the
report links the law by okg:mentionsDraft, and the README's query for question 5 answers as /laws does."""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api_helpers import BOTH_STORES, Api, empty_store, path_id, with_catalog
from graph import Store
from law_drafts import CITED, DRAFTS, INSPECTED, with_draft_reports

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
NEVER_INSPECTED = README[README.index("**5. Which laws do the reports mention but never inspect?**"):]


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The draft reports beside the law catalog, in a store of each kind."""
    db = with_catalog(with_draft_reports(empty_store(request, tmp_path_factory)))
    yield db
    db.close()


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with TestClient(create_app(store), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield Api(client)


def _laws(web: Api, **params: object) -> dict[str, bool]:
    return {law["iri"]: law["draft_only"] for law in web.get("/laws", limit=1000, **params)["items"]}


def test_laws_never_inspected_leave_out_what_the_reports_name_only_as_drafts(web: Api) -> None:
    assert _laws(web, inspected="false") == {CITED: False}
    assert _laws(web, inspected="true") == {INSPECTED: False}
    everything = _laws(web)
    assert everything == {**_laws(web, inspected="false"), **_laws(web, inspected="true")}
    assert _laws(web, inspected="false", drafts="true") == {CITED: False, **dict.fromkeys(DRAFTS, True)}
    assert _laws(web, drafts="true") == {**everything, **dict.fromkeys(DRAFTS, True)}


def test_a_spreadsheet_of_the_laws_says_which_are_drafts(web: Api) -> None:
    response = web.client.get("/laws", params={"drafts": "true", "format": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {row["iri"]: row["draft_only"] for row in rows} == {
        CITED: "false", INSPECTED: "false", **dict.fromkeys(DRAFTS, "true")}


def test_a_draft_mention_says_so_and_the_report_links_the_law_as_a_draft(web: Api) -> None:
    law = web.get(f"/entities/{path_id(next(iter(sorted(DRAFTS))))}")
    assert {r["type"] for r in law["relations"] if r["direction"] == "in"} >= {"mentionsDraft", "mentionOf"}
    assert "mentionsLaw" not in {r["type"] for r in law["relations"]}
    mentions = [web.get(f"/entities/{path_id(e['iri'])}") for e in law["evidence"]]
    assert mentions and all("Mention" in m["types"] and m["properties"]["draft"] is True for m in mentions)
    cited = web.get(f"/entities/{path_id(CITED)}")
    assert {r["type"] for r in cited["relations"] if r["direction"] == "in"} >= {"mentionsDraft", "mentionsLaw"}
    flags = [web.get(f"/entities/{path_id(e['iri'])}")["properties"].get("draft") for e in cited["evidence"]]
    assert sorted(flags, key=str) == [None, True]


def test_the_readme_query_for_laws_never_inspected_answers_as_the_api_does(web: Api, store: Store) -> None:
    titles = {law["title"] for law in web.get("/laws", inspected="false", limit=1000)["items"]}
    if web.client.get("/sparql", params={"query": "ASK {}"}).status_code == 200:
        query = re.search(r"```sparql\n(.*?)```", NEVER_INSPECTED, flags=re.S)[1]  # type: ignore[index]
        bindings = web.client.get("/sparql", params={"query": query}).json()["results"]["bindings"]
        found = {row["law"]["value"] for row in bindings}
    else:
        query = re.search(r"```cypher\n(.*?)```", NEVER_INSPECTED, flags=re.S)[1]  # type: ignore[index]
        found = {row["law"].split("@")[0] for row in store.cypher(query, {})}
    assert found == titles == {"湖北省湖泊保护条例"}


def test_coverage_is_of_laws_in_force_whatever_drafts_the_reports_name(web: Api) -> None:
    """Coverage lists the catalog's laws (and laws inspected outside it): the national law a report names
    only as a revision draft is still in force and never inspected; a local bill is no row of it."""
    national = {law["iri"] for law in web.get("/coverage", law_level="法律", inspected="false", limit=1000)["items"]}
    assert "https://w3id.org/oversight-kg/id/law/中华人民共和国森林法" in national
    local = {law["iri"] for law in web.get("/coverage", law_level="地方性法规", limit=1000)["items"]}
    assert local == {INSPECTED}
