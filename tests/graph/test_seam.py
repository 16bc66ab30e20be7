"""The seam in graph/: one small public interface, no import cycle, versions instead of scans."""
from __future__ import annotations

import ast
import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from graph import Store, StoreError, shapes, tables
from graph.backends import Backend
from loaders import ReportGraph
from world import WETLAND, ingest, world_reports

GRAPH = Path(__file__).parents[2] / "graph"
SHAPERS = ("tables", "traverse", "projection", "export")  # what is shaped from the primitives alone


def _module(path: Path) -> str:
    parts = path.relative_to(GRAPH.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Every module of graph/ → the graph modules it imports anywhere (top level, in functions,
    under TYPE_CHECKING): ``from graph import x`` counts as importing ``graph.x`` when that is a module."""
    modules = {_module(p): p for p in GRAPH.rglob("*.py")}
    found: dict[str, set[str]] = {}
    for name, path in modules.items():
        deps: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
                deps.update(subs or {node.module})
        found[name] = {d for d in deps if d in modules and d != name}
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None."""
    state: dict[str, int] = {}  # 1 on the stack, 2 done
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                return stack[stack.index(dep):] + [dep]
            if dep not in state and (found := visit(dep)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_graph_has_no_import_cycle() -> None:
    imports = _imports()
    assert "graph.tables" in imports and "graph.backends" in imports  # the walk sees the package
    assert _cycle(imports) is None


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


@pytest.mark.parametrize("shaper", SHAPERS)
def test_shapers_import_the_interface_not_a_store(shaper: str) -> None:
    deps = _imports()[f"graph.{shaper}"]
    assert "graph.backends" in deps
    assert not deps & {"graph.store", "graph.backends.embedded", "graph.backends.neo4j"}


def test_the_stores_implement_the_interface_and_say_what_they_answer() -> None:
    from graph.backends.embedded import EmbeddedStore
    from graph.backends.neo4j import Neo4jStore

    assert issubclass(EmbeddedStore, Backend) and issubclass(Neo4jStore, Backend)
    assert EmbeddedStore.query_languages == {"sparql"} and Neo4jStore.query_languages == {"cypher"}
    private = {n for n in vars(Backend) if n.startswith("_") and not n.startswith("__")}
    # the write path only: the two writes and the record of the store's own writes (the reference mark carried across them)
    assert private <= {"_replace_report", "_replace_graphs", "_wrote", "_abc_impl"}


@pytest.mark.parametrize("kind", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_the_version_moves_with_every_write_and_only_then(fresh_store: Callable[[str], Store], kind: str) -> None:
    db = fresh_store(kind)
    first, second = world_reports()
    seen = [db.version()]
    assert db.version() == seen[-1]
    db.upsert_report(first.iri, first.graph, first.content_hash)
    seen.append(db.version())
    db.upsert_report(first.iri, first.graph, first.content_hash)  # unchanged: nothing written
    assert db.version() == seen[-1]
    ingest(db, [first])  # unchanged, grouped: nothing written either
    assert db.version() == seen[-1]
    db.replace_graphs([(second.iri, second.graph, second.content_hash)])
    seen.append(db.version())
    db.delete_report(first.iri)
    seen.append(db.version())
    assert len(set(seen)) == len(seen)


@pytest.mark.neo4j
def test_a_neo4j_store_sees_another_writers_version(fresh_store: Callable[[str], Store]) -> None:
    reader, writer = fresh_store("neo4j"), fresh_store("neo4j")  # two connections, as two processes have
    first, second = world_reports()
    ingest(reader, [first])
    before = reader.laws()
    assert not any(law["title"] == WETLAND and law["times_inspected"] == 2 for law in before)
    ingest(writer, [second])
    assert any(law["title"] == WETLAND and law["times_inspected"] == 2 for law in reader.laws())


@pytest.mark.parametrize("kind", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_cached_views_are_shared_read_only_and_fresh_after_a_write(fresh_store: Callable[[str], Store],
                                                                   kind: str) -> None:
    db = fresh_store(kind)
    first, second = world_reports()
    ingest(db, [first])
    laws, coverage = db.laws(), db.coverage()
    assert db.laws() is laws and db.coverage() is coverage  # no copy per request
    with pytest.raises(TypeError):
        laws[0]["times_inspected"] = 99
    with pytest.raises(TypeError):
        laws[0]["evidence"].append({})
    with pytest.raises(TypeError):
        coverage["laws"].clear()
    mine = copy.deepcopy(laws)
    mine[0]["evidence"].append({})  # a copy is the caller's own
    assert db.laws() == laws and len(db.laws()[0]["evidence"]) == len(mine[0]["evidence"]) - 1
    ingest(db, [second])
    wetland = next(law for law in db.laws() if law["title"] == WETLAND)
    assert wetland["times_inspected"] == 2 and db.laws() is not laws


@pytest.mark.parametrize("kind", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_statistics_are_read_once_per_version_and_shared_read_only(fresh_store: Callable[[str], Store],
                                                                   kind: str) -> None:
    db = fresh_store(kind)
    first, second = world_reports()
    ingest(db, [first])
    every, of_2023 = db.statistics(), db.statistics(year=2023)
    assert [s["value"] for s in every] == [s["value"] for s in of_2023] == [2]
    assert db.statistics() is every and db.statistics(year=2023) is of_2023  # no store read, no copy per request
    with pytest.raises(TypeError):
        every[0]["value"] = 99
    with pytest.raises(TypeError):
        of_2023.append({})
    ingest(db, [second])
    assert [(s["year"], s["value"]) for s in db.statistics()] == [(2022, 1), (2023, 2)]
    assert db.statistics() == tables.statistics(db, tables.statistic_rows(db))  # as read afresh
    of_2022 = db.statistics(year=2022)
    assert [s["value"] for s in of_2022] == [1] and db.statistics(organ=of_2022[0]["organ"]) == of_2022


def _fields(model: type[BaseModel]) -> set[str]:
    return set(model.model_fields)


def test_every_query_answers_in_its_shared_shape(fresh_store: Callable[[str], Store], catalog: ReportGraph) -> None:
    """The keys a store's rows carry are the fields of their model in graph.shapes, no more, no fewer
    (a timeline row adds the loop's four; a law's evidence and mention totals are the /laws route's, counted where it
    cuts the lists)."""
    db = fresh_store("embedded")
    ingest(db, [*world_reports(), catalog])
    law = db.laws(inspected=True)[0]
    organ = db.organs()[0]
    report = db.reports()[0]
    loop_fields = {"stage", "loop", "follows_up", "followed_up_by"}
    rows: list[tuple[type[BaseModel], dict[str, Any], set[str]]] = [
        (shapes.Law, law, {"evidence_total", "mentions_total"}), (shapes.LawEvidence, law["evidence"][0], set()),
        (shapes.Activity, db.activities()[0], loop_fields), (shapes.Activity, db.timeline(organ["iri"])[0], set()),
        (shapes.Organ, organ, set()), (shapes.ReportSummary, report, set()),
        (shapes.ReportText, db.report(report["iri"]) or {}, set()), (shapes.Statistic, db.statistics()[0], set()),
        (shapes.CoverageLaw, db.coverage()["laws"][0], set()), (shapes.CoverageRow, db.coverage()["summary"][0], set()),
        (shapes.Node, db.search("保护")[0], set()), (shapes.Entity, db.entity(law["iri"]) or {}, set()),
        (shapes.Subgraph, db.neighbours(law["iri"]), set()), (shapes.Path, db.paths(law["iri"], organ["iri"])[0], set()),
        (shapes.GraphNode, db.neighbours(law["iri"])["nodes"][0], set()),
    ]
    for model, row, absent in rows:
        assert set(row) == _fields(model) - absent, model.__name__
        model.model_validate(row)


def test_the_stores_settings_keep_their_variables_and_defaults(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    from graph import default_store_path
    from graph.settings import GraphSettings

    names = ("OKG_STORE", "NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "OKG_NEO4J_TIMEOUT",
             "OKG_NEO4J_RETRY_TIME", "OKG_QUERY_TIMEOUT", "OKG_NEO4J_HOME", "XDG_DATA_HOME")
    for name in names:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NEO4J_DATABASE", "")  # empty counts as unset, as before
    defaults = GraphSettings.from_env()
    assert (defaults.neo4j_uri, defaults.neo4j_user, defaults.neo4j_password, defaults.neo4j_database) == \
        (None, "neo4j", None, None)
    assert (defaults.neo4j_timeout, defaults.neo4j_retry_time, defaults.query_timeout) == (30, 15, 30)
    assert default_store_path() == Path.home() / ".local" / "share" / "oversight-kg" / "store"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_store_path() == tmp_path / "oversight-kg" / "store"
    monkeypatch.setenv("OKG_STORE", str(tmp_path / "mine"))
    monkeypatch.setenv("OKG_NEO4J_TIMEOUT", "2.5")
    assert default_store_path() == tmp_path / "mine" and GraphSettings.from_env().neo4j_timeout == 2.5
    monkeypatch.setenv("OKG_QUERY_TIMEOUT", "soon")
    with pytest.raises(StoreError, match="^OKG_QUERY_TIMEOUT: "):
        GraphSettings.from_env()


@pytest.mark.parametrize("kind", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_describe_by_keys_gives_the_relationships_named_on_both_stores(fresh_store: Callable[[str], Store],
                                                                       kind: str) -> None:
    """``keys`` naming a relationship gives it, and no other, on both stores (round 48: the law mentions read their
    targets alone, ``keys=("mentionOf",)``, which Neo4j's describe left out with every relationship)."""
    from loaders import load

    db = fresh_store(kind)
    ingest(db, [load(Path(__file__).parents[2] / "api" / "samples" / "seed.txt")])
    whole = db.describe(cls="Mention")
    aimed = db.describe(cls="Mention", keys=("mentionOf",))
    assert whole and {iri: d.rels["mentionOf"] for iri, d in aimed.items()} == {
        iri: d.rels["mentionOf"] for iri, d in whole.items()}
    assert all(set(d.rels) == {"mentionOf"} and not d.props for d in aimed.values())
