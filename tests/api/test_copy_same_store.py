"""``okg copy --to-neo4j`` after a delete: the report deleted from the embedded store is named and kept without
``--prune`` and deleted with it, after which the README's question pairs answer alike on the two stores (round 41,
newuser26 §1: Neo4j kept a deleted report and Cypher answered 4 inspections where SPARQL answered 3)."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from api.cli import SAMPLES, app
from api_helpers import empty_store
from shared_stores import SharedStore
from graph.backends.embedded import EmbeddedStore
from graph.backends.neo4j import Neo4jStore
from test_readme import _cells, answers

pytestmark = pytest.mark.neo4j


@pytest.fixture()
def neo4j(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, neo4j_server: Any,
          monkeypatch: pytest.MonkeyPatch) -> Iterator[Neo4jStore]:
    """The session's Neo4j, emptied, selected for okg by NEO4J_URI."""
    request.param = "neo4j"
    db = empty_store(request, tmp_path_factory)
    monkeypatch.delenv("OKG_STORE", raising=False)
    for name, value in (("NEO4J_URI", neo4j_server.uri), ("NEO4J_USER", neo4j_server.user),
                        ("NEO4J_PASSWORD", neo4j_server.password)):
        monkeypatch.setenv(name, value)
    yield db  # type: ignore[misc]
    db.close()


def _okg(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stderr


def _reports(db: Any) -> set[str]:
    return {row["iri"] for row in db.reports()}


def test_a_copy_after_a_delete_names_what_neo4j_keeps_and_prune_makes_it_the_same_store(
        neo4j: Neo4jStore, shared_samples: SharedStore) -> None:
    # a copy of the session's samples store (what `okg ingest` of the samples writes; hard links, not an ingest)
    reports, store = SAMPLES, shared_samples.copy_path()
    code, said = _okg("copy", "--to-neo4j", "--store", str(store))
    assert code == 0 and "kept" not in said and "removed" not in said, said
    with EmbeddedStore(store, access="read") as embedded:
        before = _reports(embedded)
    assert _reports(neo4j) == before
    # reports counted as okg stats counts them, the other graphs apart (round 43, newuser28 §5: 23 graphs, 21 reports)
    stats = json.loads(CliRunner().invoke(app, ["stats", "--json", "--store", str(store)]).stdout)
    assert f"embedded → neo4j: {stats['reports']} reports ({stats['reports']} inserted); other graphs (the law " \
           "catalog, the ontology): " in said, said

    assert _okg("delete", str(reports / "seed.txt"), "--store", str(store))[0] == 0
    with EmbeddedStore(store, access="read") as embedded:
        gone = before - _reports(embedded)
    assert len(gone) == 1

    code, said = _okg("copy", "--to-neo4j", "--store", str(store))  # the default keeps it, and says so
    assert code == 0, said
    # the first line says so, before anything is written (round 45, newuser30 T1: read past after the summary)
    warning, summary = said.strip().splitlines()[0], said.strip().splitlines()[-1]
    assert f"{len(before) - 1} reports ({len(before) - 1} unchanged), 1 kept (not in embedded); " in summary, said
    assert "removed" not in summary, said
    assert warning.startswith("warning: neo4j holds 1 report embedded does not (") and next(iter(gone)) in warning, said
    assert "they are kept, so the two stores will answer differently" in warning
    assert "okg copy --to-neo4j --prune deletes them" in warning
    assert _reports(neo4j) == before

    code, said = _okg("copy", "--to-neo4j", "--prune", "--store", str(store))
    assert code == 0 and "), 1 removed (not in embedded); other graphs" in said.strip().splitlines()[-1], said
    assert said.startswith("note: neo4j holds 1 report embedded does not (") and "--prune deletes them" in said, said
    with EmbeddedStore(store, access="read") as embedded:
        assert _reports(neo4j) == _reports(embedded) == before - gone
        assert neo4j.counts() == embedded.counts()
        with TestClient(create_app(embedded), base_url="http://127.0.0.1") as client:
            rows = {question: answers(client, embedded, question) for question in (1, 3, 5, 6, 8, 9)}
            assert all(rows[question] for question in (1, 6, 8))
            for question, sparql in rows.items():
                assert _cells(answers(client, neo4j, question)) == _cells(sparql), question
    code, said = _okg("copy", "--to-neo4j", "--prune", "--store", str(store))  # nothing more to remove
    assert code == 0 and "removed" not in said and "kept" not in said, said
