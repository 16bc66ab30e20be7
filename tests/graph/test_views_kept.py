"""The law views kept with the store (graph.views_kept, round 48) are read back by the next opening, on both stores,
only while the store is at the version they were kept at, and then equal a build from scratch; a stale or damaged
kept view is said in one line and built anew, never served."""
from __future__ import annotations

import dataclasses
import json
import logging
import random
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import Store, tables, views, views_kept
from graph.backends import Description, LawRow
from loaders import ReportGraph
from test_views import _variant

@pytest.fixture()
def reopen(request: pytest.FixtureRequest) -> Iterator:
    """``reopen(db)``: another opening of ``db``'s store (the embedded one closed first: one process holds it)."""
    opened: list[Store] = []

    def make(db: Store) -> Store:
        if db.name == "embedded":
            from graph.backends.embedded import EmbeddedStore

            db.close()
            again: Store = EmbeddedStore(Path(db.path))
        else:
            from graph.backends.neo4j import Neo4jStore

            server = request.getfixturevalue("neo4j_server")
            again = Neo4jStore(server.uri, server.user, server.password)
        opened.append(again)
        return again

    yield make
    for db in opened:
        db.close()


def _built_without_reading(db: Store) -> None:
    """Fail on any read the views' build or update makes: the views must come from what the store keeps."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the views were read from the graph, not read back")

    db.law_rows = refuse  # type: ignore[method-assign]
    db.graph_terms = refuse  # type: ignore[method-assign]
    db.graph_hashes = refuse  # type: ignore[method-assign]


def _allow_reading(db: Store) -> None:
    for name in ("law_rows", "graph_terms", "graph_hashes"):
        del db.__dict__[name]


def _equal_to_scratch(db: Store) -> None:
    state, scratch = db._law_views.current(db), views._build(db, db.graph_hashes())
    assert (state.hashes, state.terms, state.described) == (scratch.hashes, scratch.terms, scratch.described)
    assert {law: sorted(rows, key=repr) for law, rows in state.rows.items()} == {  # Neo4j gives rows in any order
        law: sorted(rows, key=repr) for law, rows in scratch.rows.items()}
    assert {iri: laws for iri, laws in state.depends.items() if laws} == {
        iri: laws for iri, laws in scratch.depends.items() if laws}
    assert db.laws() == tables.laws(db, None)
    assert db.laws(inspected=True, year=2023) == tables.laws(db, True, year=2023)
    assert db.coverage() == tables.coverage(db)


def _write(db: Store, reports: list[ReportGraph]) -> None:
    with db.keeping_views():
        for report in reports:
            db.upsert_report(report.iri, report.graph, report.content_hash)


def test_a_kept_view_is_read_back_and_equals_a_build_from_scratch(store: Store, reopen, corpus: list[ReportGraph],
                                                                    catalog: ReportGraph) -> None:
    _write(store, [*corpus[:5], catalog])
    before = store.laws()
    again = reopen(store)
    _built_without_reading(again)
    again._law_views.current(again)
    _allow_reading(again)
    assert again.laws() == before
    _equal_to_scratch(again)
    rng = random.Random(0)  # then kept by diffs from what was read back, as from a build
    again.upsert_report(corpus[1].iri, *_variant(corpus[1], rng))
    again.delete_report(corpus[2].iri)
    _equal_to_scratch(again)


def test_the_writes_of_a_command_keep_the_views_up_to_date(store: Store, reopen, corpus: list[ReportGraph]) -> None:
    """Two commands writing one after the other: the second reads back what the first kept, updates it by its own
    writes and keeps that; a third opening reads it back."""
    _write(store, corpus[:3])
    second = reopen(store)
    _write(second, corpus[3:6])
    third = reopen(second)
    _built_without_reading(third)
    third._law_views.current(third)
    _allow_reading(third)
    _equal_to_scratch(third)


def test_a_stale_kept_view_is_said_and_built_anew(store: Store, reopen, corpus: list[ReportGraph],
                                                   caplog: pytest.LogCaptureFixture) -> None:
    _write(store, corpus[:4])
    other = reopen(store)  # another writer, keeping nothing: the view kept is of the version before its write
    other.upsert_report(corpus[4].iri, corpus[4].graph, corpus[4].content_hash)
    again = reopen(other)
    with caplog.at_level(logging.WARNING, logger="okg.views"):
        _equal_to_scratch(again)
    said = [r.getMessage() for r in caplog.records if r.name == "okg.views"]
    assert len(said) == 1 and "stale" in said[0] and "built anew" in said[0]


@pytest.mark.parametrize("damage", ["cut", "flipped", "another format"])
def test_a_damaged_kept_view_is_said_and_built_anew(store: Store, reopen, corpus: list[ReportGraph],
                                                    caplog: pytest.LogCaptureFixture, damage: str) -> None:
    _write(store, corpus[:4])
    data = store.kept_view(views_kept.NAME)
    assert data is not None
    if damage == "cut":
        data = data[: len(data) // 2]
    elif damage == "flipped":
        data = data[:40] + bytes([data[40] ^ 0xFF]) + data[41:]
    else:
        data = zlib.compress(b'{"format": 0}')
    store.keep_view(views_kept.NAME, data)
    again = reopen(store)
    with caplog.at_level(logging.WARNING, logger="okg.views"):
        _equal_to_scratch(again)
    said = [r.getMessage() for r in caplog.records if r.name == "okg.views"]
    assert len(said) == 1 and "built anew" in said[0] and "\n" not in said[0]
    assert ("another format" if damage == "another format" else "damaged") in said[0]


def test_an_opening_without_views_keeps_nothing(store: Store, corpus: list[ReportGraph]) -> None:
    """A server stopping before any request asked for the views does not build them to keep them."""
    store.upsert_report(corpus[0].iri, corpus[0].graph, corpus[0].content_hash)
    store.keep_views()
    assert store.kept_view(views_kept.NAME) is None


@pytest.mark.parametrize("size", [0, 1, 3])
def test_the_views_are_kept_as_one_json_text_written_part_by_part(size: int) -> None:
    """perf48b: encode compresses the JSON part by part; the bytes are the one text the whole body dumps to (format
    1 unchanged: a file kept before reads back), for empty and non-empty graphs, rows and descriptions."""
    rows = {f"law{i}": [LawRow(law=f"law{i}", title=f"中华人民共和国第{i}法", level="national", activity=f"act{i}{j}",
                               evidence="执法检查", start=None, end=None, year=2020 + j, organ="常委会", year_from=None,
                               year_to=None, report=f"r{j}", organ_iri=None, follow_up=bool(j), draft=False,
                               follows_year=None, date=None) for j in range(i + 1)] for i in range(size)}
    described = {}
    for i in range(size):
        d = described[f"law{i}"] = Description(f"law{i}", {"Law", "Resource"})
        d.props.update({"label": f"第{i}法", "level": ["national", "local"][: i + 1]})
        d.rels.update({"repealedBy": [f"law{i + 1}"]} if i else {})
    kept = views_kept.Kept("v7", {f"g{i}": f"h{i}" for i in range(size)},
                           {f"g{i}": {f"iri{j}" for j in range(i)} for i in range(size)}, rows, described)
    whole = {"format": views_kept.FORMAT, "version": "v7", "hashes": kept.hashes,
             "terms": {g: sorted(iris) for g, iris in kept.terms.items()},
             "rows": [[getattr(row, f.name) for f in dataclasses.fields(LawRow)] for rs in rows.values() for row in rs],
             "described": [[d.iri, sorted(d.types), d.props, d.rels] for d in described.values()]}
    data = views_kept.encode(kept)
    assert zlib.decompress(data).decode("utf-8") == json.dumps(whole, ensure_ascii=False, separators=(",", ":"))
    assert views_kept.decode(data, "v7") == kept
