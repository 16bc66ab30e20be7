"""The API's app and its parts import only what they use (round 51, start-up): importing ``api.app`` ran no
extractor's module, no graph algorithm's library and no Neo4j driver, which the app needs only when a request asks
(an organ filter, /analytics, a Neo4j store). A module-import check in a fresh interpreter, not a timing test: the
CPU time is measured in ``benchmarks/startup.py``.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Modules ``import api.app`` used to import and never ran: the extraction pipeline and its finders (through
#: ``loaders/build/__init__.py`` and ``loaders/extract/__init__.py``, and through the builder's parts the routes read:
#: areas, activities, laws), the builder, networkx, the Neo4j driver.
UNUSED_AT_START = ("loaders.extract.pipeline", "loaders.extract.activities", "loaders.extract.organs",
                   "loaders.extract.deputies", "loaders.extract.statistics", "loaders.extract.laws",
                   "loaders.extract.organs_courts", "loaders.extract.stated_totals", "loaders.build.builder",
                   "loaders.build.mentions", "networkx", "neo4j", "graph.cypher_worker")


def _imported(statement: str) -> set[str]:
    probe = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                          timeout=120)
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_app_imports_no_extractor_graph_library_or_driver() -> None:
    modules = _imported("import api.app")
    assert "api.vocabulary" in modules and "api.routes.analytics" in modules  # the app really was imported
    assert sorted(modules & set(UNUSED_AT_START)) == []


@pytest.mark.parametrize("part", ["loaders.build.areas", "loaders.build.measure_scheme", "loaders.extract.jurisdiction",
                                  "loaders.extract.measure_classes", "graph.analytics"])
def test_importing_one_part_imports_no_pipeline(part: str) -> None:
    """A part of the builder, of the extractor or the analytics' names import neither pipeline nor networkx."""
    modules = _imported(f"import {part}")
    assert part in modules
    assert sorted(modules & {"loaders.extract.pipeline", "loaders.build.builder", "loaders.extract.activities",
                             "networkx"}) == []


def test_the_packages_names_are_there_on_first_use() -> None:
    """``from loaders.extract import extract`` and ``from loaders.build import build`` still give the pipeline's and
    the builder's own objects (re-exported on first use), and a name neither has is an AttributeError."""
    import loaders.build
    import loaders.extract
    from loaders.build import ReportGraph, build, builder, header_stated
    from loaders.extract import FINDERS, extract, pipeline

    assert (extract, FINDERS) == (pipeline.extract, pipeline.FINDERS)
    assert (build, ReportGraph, header_stated) == (builder.build, builder.ReportGraph, builder.header_stated)
    for package in (loaders.build, loaders.extract):
        with pytest.raises(AttributeError, match="no attribute 'missing'"):
            getattr(package, "missing")


def test_an_organ_filter_still_reads_the_extractors_organs() -> None:
    """The vocabulary imports the extractor's organs on first use: a placeless name is still told from a placed one."""
    from api.vocabulary import _placeless

    assert _placeless("人大常委会") and not _placeless("全国人大常委会")


def test_the_fork_server_preloads_the_query_module_of_the_stores_languages_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """An embedded store answers SPARQL only: its fork server preloads the SPARQL worker, not the Cypher one (the
    Neo4j driver, 0.5 CPU-s); a Neo4j store's the Cypher worker; a language no worker answers is refused."""
    from multiprocessing import forkserver

    from graph import query_process

    preloaded: list[list[str]] = []
    monkeypatch.setattr(forkserver, "ensure_running", lambda: None)  # the preload set, no server started
    monkeypatch.setattr(query_process.multiprocessing.get_context("forkserver"), "set_forkserver_preload",
                        lambda modules: preloaded.append(list(modules)))
    query_process.warm(frozenset({"sparql"}))
    query_process.warm(frozenset({"cypher"}))
    query_process.warm(frozenset({"cypher", "sparql"}))
    assert [[m for m in names if m.startswith("graph.")] for names in preloaded] == [
        ["graph.sparql_worker"], ["graph.cypher_worker"], ["graph.cypher_worker", "graph.sparql_worker"]]
    with pytest.raises(KeyError):
        query_process.warm(frozenset({"gremlin"}))
