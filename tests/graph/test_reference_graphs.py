"""Reference graphs (ontology, law catalog) are compared by content and repaired, and not read back
while the store and their sources are as they were when last found right."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from api import ingest
from api.ingest import REFERENCE_GRAPHS, REFERENCE_MARK, ensure_reference_graphs
from graph import Store
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


def test_a_changed_reference_file_rewrites_its_graph(store: Store, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
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
