"""Reference graphs (ontology, law catalog) are compared by content and repaired, and not read back
while the store and their sources are as they were when last found right."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from api import ingest
from api.ingest import REFERENCE_GRAPHS, REFERENCE_MARK, ensure_reference_graphs
from graph import Store
from graph.backends import OwnWrites
from graph.terms import OKG_NS, local_name


def test_a_damaged_reference_graph_is_repaired(store: Store) -> None:
    assert ensure_reference_graphs(store) == ["inserted", "inserted"]
    assert ensure_reference_graphs(store) == ["unchanged", "unchanged"]
    ontology = REFERENCE_GRAPHS[0][0]
    good = store.named_graph(ontology)
    assert good is not None and store.named_graph(URIRef("https://example.org/none")) is None
    damaged = Graph()  # what the old layout made of it: every predicate folded into okg:
    for s, p, o in good:
        damaged.add((s, URIRef(OKG_NS + local_name(p)), o))
    store._replace_report(ontology, damaged, store.report_hash(ontology) or "")  # same hash, other content
    assert ensure_reference_graphs(store) == ["replaced", "unchanged"]
    assert isomorphic(store.named_graph(ontology), good)


def _reading_fails(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on the store refuses to read a graph back: a check that reads one fails."""
    def refuse(iri: URIRef) -> None:
        raise AssertionError(f"read back {iri}")

    monkeypatch.setattr(store, "named_graph", refuse)


def test_a_store_unchanged_since_its_check_is_not_read_back(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ensure_reference_graphs(store) == ["inserted", "inserted"]
    assert ensure_reference_graphs(store) == ["unchanged", "unchanged"]  # checked, and marked
    version = store.version()
    assert store.mark(REFERENCE_MARK) is not None and store.version() == version  # a mark is no write
    with monkeypatch.context() as patch:
        _reading_fails(store, patch)
        assert ensure_reference_graphs(store) == ["unchanged", "unchanged"]
    store.upsert_report(URIRef("https://example.org/report/1"), Graph().parse(
        data='<https://example.org/a> <https://example.org/b> "c" .', format="nt"), "h1")
    _reading_fails(store, monkeypatch)
    with pytest.raises(AssertionError, match="read back"):  # any write since: checked again
        ensure_reference_graphs(store)


def test_a_changed_reference_file_rewrites_its_graph(fresh_store: Callable[[str], Store], monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    """On the embedded store only (round 50, suite time): the sources' digest is ingest's, above the store; a reference
    graph replaced in Neo4j is :func:`test_a_damaged_reference_graph_is_repaired`'s."""
    store = fresh_store("embedded")
    ensure_reference_graphs(store)
    assert ensure_reference_graphs(store) == ["unchanged", "unchanged"]
    (iri, sources, build), *rest = REFERENCE_GRAPHS
    edited = tmp_path / sources[0].name
    edited.write_bytes(sources[0].read_bytes() + b"\n# edited\n")
    monkeypatch.setattr(ingest, "REFERENCE_GRAPHS", ((iri, (edited, *sources[1:]), build), *rest))
    assert ensure_reference_graphs(store) == ["replaced", "unchanged"]


def test_a_reference_graph_tampered_with_after_reopening_is_repaired(tmp_path: Path) -> None:
    from graph.backends.embedded import EmbeddedStore

    ontology = REFERENCE_GRAPHS[0][0]
    with EmbeddedStore(tmp_path / "s") as db:
        ensure_reference_graphs(db)
        assert ensure_reference_graphs(db) == ["unchanged", "unchanged"]
        good = db.named_graph(ontology)
    with EmbeddedStore(tmp_path / "s") as db:  # the version survives reopening: nothing read back
        db.named_graph = None  # type: ignore[assignment,method-assign]
        assert ensure_reference_graphs(db) == ["unchanged", "unchanged"]
    with EmbeddedStore(tmp_path / "s") as db:  # written behind okg's back under the old hash
        assert good is not None
        damaged = Graph()
        for s, p, o in good:
            damaged.add((s, URIRef(OKG_NS + local_name(p)), o))
        db._replace_report(ontology, damaged, db.report_hash(ontology) or "")
    with EmbeddedStore(tmp_path / "s") as db:
        assert ensure_reference_graphs(db) == ["replaced", "unchanged"]
        assert isomorphic(db.named_graph(ontology), good)


def _report(folder: Path, n: int) -> str:
    """A one-report file, the ``n``-th of its kind (its own address and year)."""
    path = folder / f"r{n}.txt"
    path.write_text(f"url: http://www.example.gov.cn/rd/{n}.html\norgan: 长子县人民代表大会常务委员会\nlevel: county\n"
                    f"year: {2000 + n}\n\n{2000 + n}年，县人大常委会对《中华人民共和国大气污染防治法》贯彻实施情况开展执法检查。\n",
                    encoding="utf-8")
    return str(path)


def _reference_reads(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[URIRef]:
    """The reference graphs the store is asked for from here on (the store answers as ever)."""
    asked: list[URIRef] = []
    read = store.named_graph

    def counted(iri: URIRef) -> Graph | None:
        if iri in {reference for reference, _, _ in REFERENCE_GRAPHS}:
            asked.append(iri)
        return read(iri)

    monkeypatch.setattr(store, "named_graph", counted)
    return asked


def test_an_ingest_after_an_ingest_reads_no_reference_graph_back(fresh_store: Callable[[str], Store], tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The first ingest loads the reference graphs and its own writes carry the mark on; the next reads nothing back.
    On the embedded store only (round 50, suite time): on Neo4j an ingest after an ingest that found them right reads
    nothing back in :func:`test_a_write_by_another_between_two_ingests_has_the_next_check_and_repair`'s last step."""
    store = fresh_store("embedded")
    assert [r.outcome for r in ingest.ingest([_report(tmp_path, 1)], store)] == ["inserted"]
    asked = _reference_reads(store, monkeypatch)
    for n in (2, 3):
        assert [r.outcome for r in ingest.ingest([_report(tmp_path, n)], store)] == ["inserted"]
    assert asked == []
    assert ensure_reference_graphs(store) == ["unchanged", "unchanged"] and asked == []


def _another_writer(store: Store, request: pytest.FixtureRequest) -> Store:
    """A writer of the store's graphs other than an ingest into ``store``: another store object on the same Neo4j
    database, as another process has; on the embedded store, which one process holds, the same object outside the
    ingest."""
    from graph.backends.neo4j import Neo4jStore

    if not isinstance(store, Neo4jStore):
        return store
    server = request.getfixturevalue("neo4j_server")
    other = Neo4jStore(server.uri, server.user, server.password)
    request.addfinalizer(other.close)
    return other


def test_a_write_by_another_between_two_ingests_has_the_next_check_and_repair(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    ingest.ingest([_report(tmp_path, 1)], store)
    ingest.ingest([_report(tmp_path, 2)], store)
    ontology = REFERENCE_GRAPHS[0][0]
    good = store.named_graph(ontology)
    assert good is not None
    damaged = Graph()  # what the old layout made of it: every predicate folded into okg:
    for s, p, o in good:
        damaged.add((s, URIRef(OKG_NS + local_name(p)), o))
    _another_writer(store, request)._replace_report(ontology, damaged, store.report_hash(ontology) or "")
    asked = _reference_reads(store, monkeypatch)
    assert [r.outcome for r in ingest.ingest([_report(tmp_path, 3)], store)] == ["inserted"]
    assert sorted(asked) == sorted(iri for iri, _, _ in REFERENCE_GRAPHS)  # read back, and repaired
    assert isomorphic(store.named_graph(ontology), good)
    del asked[:]
    ingest.ingest([_report(tmp_path, 4)], store)
    assert asked == []  # found right, and marked again


@pytest.mark.neo4j
def test_a_cypher_write_on_the_database_between_two_ingests_has_the_next_check(
        request: pytest.FixtureRequest, fresh_store: Callable[[str], Store], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A write straight through the driver that moves the version, as every okg writer's does, and nothing else."""
    from graph.neo4j_layout import BUMP_VERSION

    store = fresh_store("neo4j")
    ingest.ingest([_report(tmp_path, 1)], store)
    ingest.ingest([_report(tmp_path, 2)], store)
    store._driver.execute_query(BUMP_VERSION)  # type: ignore[attr-defined]
    asked = _reference_reads(store, monkeypatch)
    ingest.ingest([_report(tmp_path, 3)], store)
    assert sorted(asked) == sorted(iri for iri, _, _ in REFERENCE_GRAPHS)


@pytest.mark.parametrize(("moves", "since"), [
    ([], "a"),  # nothing written: the version as it was
    ([("a", "b"), ("b", "c")], "c"),  # one write after another, the first from the version asked about
    ([("x", "a"), ("a", "b")], "b"),  # an earlier write led to it
    ([("a", "b"), ("c", "d")], None),  # another writer moved b to c between them
    ([("x", "y")], None),  # another writer moved a to x before them
])
def test_own_writes_follow_on_only_where_no_one_else_wrote_between(moves: list[tuple[str, str]],
                                                                   since: str | None) -> None:
    assert OwnWrites(moves).since("a") == since
