"""Where a report was read from, named the same on every machine (round 19, from analysts who could not open the
source of a row, and found ``/home/…`` paths of the ingesting machine in exports): a report's graph states each file
by its path relative to the folder ingested (a URL as it is), every row stated in a report names that source, and an
export imported elsewhere is the same store: ingesting the files again skips them, on both stores."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from api.ingest import Found, ingest, scan, write_reports
from api.delete import delete_reports
from api_helpers import BOTH_STORES, empty_store
from graph import Store
from graph.canonical import content_hash
from graph.transfer import copy, import_rdf
from loaders import load
from api.cli import SAMPLES
from shared_stores import wipe

EXPORTS = ("nq", "trig", "jsonld", "ttl", "nt", "csv-nodes", "csv-edges", "graphml")


@pytest.fixture(params=BOTH_STORES)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """An empty store of each kind."""
    with empty_store(request, tmp_path_factory) as db:
        yield db


def folder(root: Path) -> Path:
    """A folder of three reports, one in a sub-folder: a text named by a URL header, one named by its text, one
    whose header names its organ."""
    reports = root / "corpus-of-a-user"
    for name, sample in (("2023/a.txt", "d01.txt"), ("b.txt", "d03.txt"), ("c.txt", "seed.txt")):
        (reports / name).parent.mkdir(parents=True, exist_ok=True)
        (reports / name).write_text((SAMPLES / sample).read_text(encoding="utf-8"), encoding="utf-8")
    return reports


def store_folder(reports: Path, store: Store) -> list[str]:
    """The outcomes of storing ``reports`` as ``okg ingest`` does, without its worker process."""
    return [r.outcome for r in write_reports(store, [(s, load(s, s.name)) for s in scan([reports])[0]
                                                     if isinstance(s, Found)])]


def graphs(store: Store) -> dict[str, str]:
    """Each stored report's content hash (:func:`graph.canonical.content_hash` of its triples as stored)."""
    return {iri: content_hash(store.named_graph(URIRef(iri)) or Graph()) for iri in
            sorted(row["iri"] for row in store.reports())}


@pytest.mark.parametrize(("given", "names"), [
    ("corpus-of-a-user", ["2023/a.txt", "b.txt", "c.txt"]),  # a folder: each file by its path inside it
    ("corpus-of-a-user/2023", ["a.txt"]),  # a sub-folder: relative to it
    ("corpus-of-a-user/b.txt", ["b.txt"]),  # a file by itself: its name
    ("corpus-of-a-user/2023/../b.txt", ["b.txt"]),
])
def test_scan_names_each_file_relative_to_what_was_given(tmp_path: Path, given: str, names: list[str]) -> None:
    folder(tmp_path)
    found = scan([tmp_path / given])[0]
    assert [f.name for f in found if isinstance(f, Found)] == names
    assert all(str(tmp_path) in f for f in found)  # the path as given still reads it


def test_every_row_names_its_report_s_source_and_no_path_of_this_machine(store: Store, tmp_path: Path) -> None:
    """Each store's rows and exports; on the embedded store through ``ingest``, whose report worker the name
    crosses by its pipe (the worker is the same for both stores: Neo4j stores what it builds as ``okg ingest`` does,
    without the worker and the reference graphs, which hold no source)."""
    reports = folder(tmp_path)
    if store.name == "embedded":
        results = ingest(scan([reports])[0], store)
        assert [r.outcome for r in results] == ["inserted"] * 3, [r.error for r in results]
    else:
        assert store_folder(reports, store) == ["inserted"] * 3
    sources = {row["iri"]: row["sources"] for row in store.reports()}
    assert sorted(sources.values()) == [  # the header's URL first, then the file; no URL (url: unknown …): the file
        ["c.txt"], ["http://81.cn/2019qglhzt/2019-03/08/content_9445319_2.htm", "2023/a.txt"],
        ["https://yn.yunnan.cn/system/2019/02/03/030195087_01.shtml", "b.txt"]]
    rows = [*store.activities(), *store.statistics()]
    assert rows and all(row["source"] == sources[row["report"]][0] for row in rows)
    assert {row["source"] for row in rows} >= {"http://81.cn/2019qglhzt/2019-03/08/content_9445319_2.htm", "c.txt"}
    evidence = [e for law in store.laws(True) for e in law["evidence"]]
    assert evidence and all(e["source"] == sources[e["report"]][0] for e in evidence)
    law = store.entity(store.laws(True)[0]["iri"])
    assert law and law["evidence"] and all(e["source"] == sources[e["report"]][0] for e in law["evidence"])
    for fmt in EXPORTS:
        assert str(tmp_path) not in store.export(fmt), fmt  # type: ignore[arg-type]
    assert str(tmp_path) not in repr([*store.reports(), *rows, *evidence])


@pytest.mark.parametrize(("header", "url"), [
    ("url: http://www.example.gov.cn/rd/2023/1.html\n", "http://www.example.gov.cn/rd/2023/1.html"),
    ("url: https://www.example.gov.cn/rd/1.jsp?id=3 \n", "https://www.example.gov.cn/rd/1.jsp?id=3"),
    ("网址：https://www.example.gov.cn/rd/湖.html\n", "https://www.example.gov.cn/rd/湖.html"),
    ("網址: HTTP://WWW.Example.gov.cn/rd/2.html\n", "HTTP://WWW.Example.gov.cn/rd/2.html"),  # as written
    ("链接：http://www.example.gov.cn/x\n", "http://www.example.gov.cn/x"),
    ("url: unknown (a page of whrd.gov.cn)\n", None),  # no URL: nothing to open but the file
    ("url: www.example.gov.cn/rd/1.html\n", None),  # no scheme: no URL
    ("organ: 武汉市新洲区人民代表大会常务委员会\n", None),
])
def test_the_header_url_is_the_report_s_first_source_everywhere(tmp_path: Path, header: str, url: str | None) -> None:
    """The ``url:`` header is stated as ``okg:sourceUrl``, written as given, and is the first of ``sources`` and the
    ``source`` of every row the report states, its file kept after it (round 20: ``source`` was ``f19.txt``, and the
    URL survived only in the IRI, without its scheme)."""
    from graph.backends.embedded import EmbeddedStore
    from ontology import OKG

    path = tmp_path / "in" / "r.txt"
    path.parent.mkdir()
    path.write_text(header + "\n" + (SAMPLES / "d03.txt").read_text(encoding="utf-8").split("\n\n", 1)[1], encoding="utf-8")
    report = load(str(path), "r.txt")
    assert [str(o) for o in report.graph.objects(report.iri, OKG.sourceUrl)] == ([url] if url else [])
    with EmbeddedStore(tmp_path / "store") as store:
        write_reports(store, [(str(path), report)])
        [row] = store.reports()
        assert row["sources"] == ([url] if url else []) + ["r.txt"]
        rows = [*store.activities(), *store.statistics()]
        assert rows and {r["source"] for r in rows} == {row["sources"][0]}
        nodes = store.export("csv-nodes")
        assert f",{report.iri},{row['sources'][0]}" in nodes  # csv-nodes: each fact's report and its source


@pytest.mark.parametrize(("store", "fmt"), [
    *(("embedded", fmt) for fmt in ("trig", "nq", "jsonld")),
    # Neo4j's export of every format serialises one dataset read from it, trig and nq by the writers the embedded
    # store's native export does not use; JSON-LD's writer and every reader run on the embedded store's as on it
    *(pytest.param("neo4j", fmt, marks=pytest.mark.neo4j) for fmt in ("trig", "nq")),
], indirect=["store"])
def test_ingest_export_import_then_ingest_again_skips_every_report(store: Store, tmp_path: Path, fmt: str) -> None:
    """The import is the store the export was made from: the same graphs, and the files it was read from are
    unchanged reports (before: each was rewritten, the import having kept no hash of its copy). An edited file
    still replaces its report."""
    reports = folder(tmp_path)
    assert store_folder(reports, store) == ["inserted"] * 3
    before, text = graphs(store), store.export(fmt)  # type: ignore[arg-type]
    wipe(store) if store.name == "neo4j" else None
    target = store if store.name == "neo4j" else empty_embedded(tmp_path)
    assert graphs(target) == {}
    assert import_rdf(target, text, fmt) == {"inserted": 3}
    assert graphs(target) == before
    assert sorted(row["sources"][0] for row in target.reports())[1:] == [  # the URL to open survives the import
        "http://81.cn/2019qglhzt/2019-03/08/content_9445319_2.htm", "https://yn.yunnan.cn/system/2019/02/03/030195087_01.shtml"]
    assert store_folder(reports, target) == ["unchanged"] * 3
    assert store_folder(reports, target) == ["unchanged"] * 3 and graphs(target) == before
    assert delete_reports(target, [], missing=True) == []  # its files are named, not paths of this machine
    edited = reports / "c.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n另行文字。", encoding="utf-8")
    assert store_folder(reports, target) == ["unchanged", "unchanged", "replaced"]  # a new text, its old reading gone
    assert len(graphs(target)) == 3 and graphs(target) != before


def empty_embedded(tmp_path: Path) -> Store:
    from graph.backends.embedded import EmbeddedStore

    return EmbeddedStore(tmp_path / "imported")


@pytest.mark.neo4j
def test_a_copied_store_skips_the_files_it_was_read_from(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """``okg copy`` keeps each graph's stored hash (before: the content hash alone, so the copy rewrote them all)."""
    from graph.backends.embedded import EmbeddedStore
    from graph.backends.neo4j import Neo4jStore

    server = request.getfixturevalue("neo4j_server")
    reports = folder(tmp_path)
    with EmbeddedStore(tmp_path / "store") as embedded, Neo4jStore(server.uri, server.user, server.password) as neo4j:
        wipe(neo4j)
        store_folder(reports, embedded)
        assert copy(embedded, neo4j) == {"inserted": 3}
        assert store_folder(reports, neo4j) == ["unchanged"] * 3
        assert graphs(neo4j) == graphs(embedded)


def test_okg_import_then_ingest_rewrites_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the commands: the imported reference graphs (ontology, law catalog) are this okg's and are kept
    (before: the first ingest after an import rewrote both), and every report is ``unchanged``."""
    from typer.testing import CliRunner

    from api.cli import app
    from api.ingest import ensure_reference_graphs
    from graph.backends.embedded import EmbeddedStore

    monkeypatch.delenv("OKG_STORE", raising=False)
    reports, first, second, dump = folder(tmp_path), tmp_path / "first", tmp_path / "second", tmp_path / "all.nq"
    run = CliRunner().invoke
    assert run(app, ["ingest", str(reports), "--store", str(first)]).exit_code == 0
    assert run(app, ["export", "--format", "nq", "--out", str(dump), "--store", str(first)]).exit_code == 0
    imported = run(app, ["import", str(dump), "--store", str(second)])
    assert imported.exit_code == 0 and "3 report graph(s), 2 reference graph(s)" in imported.stderr, imported.output
    with EmbeddedStore(second) as db:
        assert ensure_reference_graphs(db) == ["unchanged", "unchanged"]
    again = run(app, ["ingest", str(reports), "--store", str(second), "--json"])
    assert again.exit_code == 0 and [json.loads(line)["outcome"] for line in again.stdout.splitlines()] == ["unchanged"] * 3
