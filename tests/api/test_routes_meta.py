"""Health, counts, ontology, export, OpenAPI, error shapes, and the explorer's files.

``/export`` passes its format and part to ``Store.export``: the RDF files read back whole and the tables of the graph
run on the embedded store alone (``EMBEDDED_ONLY``, round 51), as ``tests/graph/test_export_exact`` proves Neo4j's
exports the same: every RDF format gives each graph back exactly (``test_every_format_gives_each_graph_back_exactly``),
and GraphML, csv-nodes and csv-edges of every part, the reference graphs held, are the embedded store's text
(``test_property_graph_exports_are_the_same_on_both_stores``). The data and the ontology exported apart and the
catalog on request keep both stores (their RDF parts are asked of Neo4j nowhere else). The OpenAPI document, the
ontology's routes (``okg.ttl``), the explorer's files and the unknown routes ask no store, so the embedded one alone."""
from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph

from api.deps import Settings, resolve_iri
from api_helpers import EMBEDDED_ONLY, WETLAND, Api


def test_health_and_stats(api: Api) -> None:
    assert api.get("/health")["status"] == "ok"
    stats = api.get("/stats")
    assert stats["reports"] == 11 and stats["Law"] > 0
    assert stats["laws_inspected"] == api.get("/laws", inspected="true", limit=1)["total"] > 0


def test_the_years_listed_are_those_each_listings_year_filter_finds_with_their_counts(api: Api) -> None:
    """``/years`` (the explorer's year menu, round 42) counts what ``?year=`` finds in each year, and no year besides:
    the samples' multi-year report (2017-2021) adds none of its years alone."""
    listed = api.get("/years", limit=1000)
    assert listed["total"] == len(listed["items"]) > 1
    assert [row["year"] for row in listed["items"]] == sorted(row["year"] for row in listed["items"])
    for row in listed["items"]:
        found = {kind: api.get(f"/{kind}", year=str(row["year"]), limit=1)["total"]
                 for kind in ("reports", "activities", "statistics")}
        assert found == {kind: row[kind] for kind in found} and any(found.values()), row
    dated = {r["year"] for kind in ("reports", "activities", "statistics")
             for r in api.get(f"/{kind}", limit=1000)["items"] if r["year"] is not None}
    assert {row["year"] for row in listed["items"]} == dated


@EMBEDDED_ONLY
def test_ontology_classes_have_both_labels(api: Api, client: TestClient) -> None:
    classes = {c["name"]: c for c in api.get("/ontology")["classes"]}
    inspection = classes["LawEnforcementInspection"]
    assert inspection["label_zh"] == "执法检查" and inspection["label_en"]
    assert "OversightActivity" in inspection["superclasses"]
    turtle = client.get("/ontology", params={"format": "ttl"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    assert len(Graph().parse(data=turtle.text, format="turtle")) > 100


@EMBEDDED_ONLY
@pytest.mark.parametrize(("fmt", "parse"), [("nq", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_export_rdf_round_trips(client: TestClient, fmt: str, parse: str) -> None:
    response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200 and "attachment" in response.headers["content-disposition"]
    dataset = Dataset()
    dataset.parse(data=response.text, format=parse)
    assert len(dataset) > 1000 or sum(len(g) for g in dataset.graphs()) > 1000


@EMBEDDED_ONLY
def test_export_csv_and_graphml_and_bad_format(client: TestClient) -> None:
    nodes = client.get("/export", params={"format": "csv-nodes"})
    assert nodes.headers["content-type"].startswith("text/csv") and WETLAND in nodes.text
    assert "<graphml" in client.get("/export", params={"format": "graphml"}).text
    assert client.get("/export", params={"format": "xlsx"}).status_code == 422


@EMBEDDED_ONLY
@pytest.mark.parametrize("fmt", ["csv-nodes", "csv-edges", "graphml"])
@pytest.mark.parametrize("part", [None, "all"])
def test_a_table_of_the_graph_holds_data_not_the_ontology(client: TestClient, fmt: str, part: str | None) -> None:
    """Issue 13's "the ontology exported apart from the data": a fresh user's round 32 found ``okg export --format
    csv-nodes`` opening with eli:Activity, eli:DraftLegislationWork … as blank rows; every table holds the data,
    a node's classes in its ``types`` column, and the ontology comes as RDF (``part=ontology``)."""
    from ontology import OKG

    text = client.get("/export", params={"format": fmt, **({"part": part} if part else {})}).text
    assert ("<graphml" if fmt == "graphml" else "湿地保护法") in text and "eli/ontology#" not in text and "eli-draft-legislation-ontology#" not in text
    assert f"{OKG}Law," not in text and f'"{OKG}Law"' not in text
    if fmt == "csv-nodes":
        rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
        assert rows[0]["label"] and rows[0]["types"], rows[0]


def test_a_table_of_the_graph_holds_what_the_reports_state_and_the_catalog_on_request(client: TestClient) -> None:
    """A first-time analyst, round 33: ``csv-nodes`` held the 650 administrative regulations and 324 national laws of
    the catalog, its measure classes and issues, and counting "laws in the data" from it counted the catalog. A table
    holds by default the resources the reports name (every law a report names, with its catalog level); ``part=data``
    or ``all`` adds the catalog and the schemes; RDF's default stays everything, ``part=reports`` its report graphs."""
    def law_rows(part: str | None) -> dict[str, dict[str, str]]:
        text = client.get("/export", params={"format": "csv-nodes", **({"part": part} if part else {})}).text
        rows = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
        return {row["iri"]: row for row in rows if "Law" in row["types"].split(";")}

    listed = client.get("/laws", params={"limit": 1000}).json()["items"]
    named = {law["iri"] for law in listed}
    read_as = {c if isinstance(c, str) else c["iri"] for law in listed for c in law.get("candidates") or []}
    default, reports, catalog = law_rows(None), law_rows("reports"), law_rows("data")
    assert default == reports and named <= set(default) <= named | read_as and WETLAND in default  # an ambiguous
    # title's candidate readings are laws the report names too
    assert set(default) < set(catalog) and len(catalog) > len(default) + 900 and law_rows("all") == catalog
    assert {row["level"] for row in default.values() if "NationalLaw" in row["types"]} == {"法律"}
    edges = client.get("/export", params={"format": "csv-edges"}).text.splitlines()[1:]
    assert all(line.split(",")[0] not in set(catalog) - named for line in edges)
    quads = Dataset()
    quads.parse(data=client.get("/export", params={"format": "nq", "part": "reports"}).text, format="nquads")
    reports_listed = {r["iri"] for r in client.get("/reports", params={"limit": 1000}).json()["items"]}
    assert {str(g.identifier) for g in quads.graphs() if len(g)} == reports_listed


@EMBEDDED_ONLY
def test_openapi_has_stable_operation_ids_and_examples(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    ids = {op["operationId"] for path in spec["paths"].values() for op in path.values()}
    assert ids >= {"health", "stats", "search", "getEntity", "neighbors", "paths", "listLaws", "lawTimeline",
                   "listActivities", "listOrgans", "coverage", "listReports", "getReport", "sparqlGet",
                   "sparqlPost", "cypher", "export", "ontology", "analytics", "listStatistics", "organTimeline"}
    assert "/" not in spec["paths"] and "/vendor/{name}" not in spec["paths"]
    assert "examples" in json.dumps(spec["paths"]["/search"]) and "Error" in spec["components"]["schemas"]


@EMBEDDED_ONLY
def test_unknown_route_and_method_are_json(client: TestClient) -> None:
    assert client.get("/nothing").json() == {"detail": "no route GET /nothing: GET /docs lists the API's routes "
                                                       "(GET /openapi.json as JSON), / is the explorer"}
    assert client.delete("/laws").status_code == 405


@EMBEDDED_ONLY
def test_explorer_page_is_utf8_offline_and_serves_the_library(client: TestClient) -> None:
    page = client.get("/")
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert '<meta charset="utf-8">' in page.text
    assert "http://" not in page.text and "https://" not in page.text  # no CDN
    assert "default-src 'self'" in page.headers["content-security-policy"]
    library = client.get("/vendor/vis-network.min.js")
    assert library.status_code == 200 and "vis-network" in library.text[:300]
    css = client.get("/explorer/explorer.css").text
    assert "Noto Sans CJK SC" in css
    for name in ("explorer.js", "i18n.js"):
        assert client.get(f"/explorer/{name}").status_code == 200
    assert client.get("/explorer/../app.py").status_code == 404
    assert client.get("/vendor/other.js").status_code == 404


def test_short_and_full_iris_resolve_alike() -> None:
    assert resolve_iri("law/中华人民共和国湿地保护法") == resolve_iri(WETLAND) == WETLAND
    assert resolve_iri("urn:x:y") == "urn:x:y"
    for bad in ("", "law", "https://x.org/a b", "<law/x>", "law/x\ny", "x" * 3000):
        with pytest.raises(Exception, match="422|IRI"):
            resolve_iri(bad)


def test_settings_refuse_unsafe_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OKG_API_KEY", "short")
    with pytest.raises(ValueError, match="OKG_API_KEY"):
        Settings.from_env()
    monkeypatch.setenv("OKG_API_KEY", "k" * 32)
    monkeypatch.setenv("OKG_MAX_LIMIT", "0")
    with pytest.raises(ValueError, match="OKG_MAX_LIMIT"):
        Settings.from_env()


@EMBEDDED_ONLY
def test_ontology_by_accept_header(client) -> None:
    from rdflib import Graph

    from ontology import OKG

    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle")
    jsonld = client.get("/ontology", headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    for response, fmt in ((turtle, "turtle"), (jsonld, "json-ld")):
        graph = Graph().parse(data=response.text, format=fmt)
        assert (OKG.LawEnforcementInspection, None, None) in graph
    assert client.get("/ontology").json()["classes"]


def test_export_the_data_and_the_ontology_apart(client: TestClient) -> None:
    from rdflib import OWL, RDF, Graph

    from ontology import OKG, ONTOLOGY_IRI

    ontology = Graph().parse(data=client.get("/export", params={"part": "ontology"}).text, format="turtle")
    data = Graph().parse(data=client.get("/export", params={"part": "data"}).text, format="turtle")
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology and (OKG.Law, RDF.type, OWL.Class) in ontology
    assert not {(ONTOLOGY_IRI, RDF.type, OWL.Ontology), (OKG.Law, RDF.type, OWL.Class)} & set(data)
    assert not set(ontology.subjects(RDF.type, OKG.Law)) and set(data.subjects(RDF.type, OKG.Law))
    nodes = client.get("/export", params={"format": "csv-nodes", "part": "data"}).text
    assert WETLAND in nodes and "ontology#" not in nodes
    assert client.get("/export", params={"format": "csv-nodes", "part": "ontology"}).status_code == 422
