"""How a user query's time limit and its mistakes are answered (a new user's round 39, finding 15): a query stopped at
the time limit is no fault of its text and answers 504 with one line naming the limit and its setting, on /sparql
(embedded store) and /cypher (Neo4j) alike, apart from a full queue's 503 with Retry-After (newuser36 B3, round 51);
a syntax error answers 400 without the query process importing the main script's modules
afresh (the `okg` script's CLI, 0.3 s idle and 2 s under load, before every query)."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cli import SAMPLES
from api.ingest import expand, ingest
from graph.backends.embedded import EmbeddedStore

ROOT = Path(__file__).parents[2]
LIMIT = 1.0  # seconds
#: A cross product of every triple three ways: far past the limit on the samples.
HEAVY_SPARQL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
HEAVY_CYPHER = "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n"


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with EmbeddedStore(tmp_path_factory.mktemp("time-limit"), query_timeout=LIMIT) as store:
        ingest(expand([SAMPLES])[:3], store)
        with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
            yield client


def _one_line_504(answer: Any, what: str, setting: str) -> None:
    assert answer.status_code == 504, answer.text[:300]
    detail = answer.json()["detail"]
    assert "\n" not in detail and detail.startswith(f"{what} stopped at the time limit of 1 s") and setting in detail
    assert "retry-after" not in answer.headers  # the same query would meet the same limit: no busy server's answer


def test_a_sparql_query_stopped_at_the_time_limit_answers_504_naming_the_limit(embedded: TestClient) -> None:
    _one_line_504(embedded.get("/sparql", params={"query": HEAVY_SPARQL}), "SPARQL query", "OKG_QUERY_TIMEOUT")
    mistaken = embedded.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o "})  # the text's fault: 400
    assert mistaken.status_code == 400 and mistaken.json()["detail"].startswith("syntax error at line 1, column 27")
    assert embedded.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


@pytest.mark.parametrize(("path", "method"), [("/sparql", "get"), ("/sparql", "post"), ("/cypher", "post")])
def test_the_openapi_document_gives_every_query_route_its_504(embedded: TestClient, path: str, method: str) -> None:
    """The OpenAPI document says what the README's limits table and :func:`api.routes.query.timed_out` answer: /cypher
    listed no 504 in round 51 while answering it."""
    responses = embedded.get("/openapi.json").json()["paths"][path][method]["responses"]
    assert "504" in responses and "OKG_QUERY_TIMEOUT" in responses["504"]["description"], responses.keys()

@pytest.mark.neo4j
def test_a_cypher_query_stopped_at_the_time_limit_answers_504_naming_the_limit(neo4j_server: Any) -> None:
    from graph.backends.neo4j import Neo4jStore

    with Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password, timeout=LIMIT) as store, \
            TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        _one_line_504(client.post("/cypher", json={"query": HEAVY_CYPHER}), "Cypher query", "OKG_NEO4J_TIMEOUT")
        mistaken = client.post("/cypher", json={"query": "MATCH (n RETURN n"})
        assert mistaken.status_code == 400 and "line 1" in mistaken.json()["detail"]


#: A script as `okg` is one: an installed module it imports at its top (counting its runs in a file; on PYTHONPATH,
#: as the fork server, started by `python -c`, finds installed modules), the query under its guard.
SCRIPT = """
import sys
import counted_import
from graph import StoreError
from graph.backends.embedded import EmbeddedStore

if __name__ == "__main__":
    with EmbeddedStore(sys.argv[1]) as store:
        for _ in range(3):
            store.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 1")
        try:
            store.sparql("SELECT * WHERE { ?s ?p ?o ")
        except StoreError as exc:
            print("refused:", exc)
"""


def test_the_query_process_imports_nothing_of_the_main_script_afresh(tmp_path: Path) -> None:
    """multiprocessing runs the main script again in each process it starts: what the script imports is preloaded
    in the fork server, so the module runs in this script and the fork server, never once per query."""
    runs = tmp_path / "runs"
    (tmp_path / "counted_import.py").write_text(f"with open({str(runs)!r}, 'a') as f:\n    f.write('run\\n')\n")
    script = tmp_path / "script.py"
    script.write_text(SCRIPT)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "store")], cwd=ROOT, capture_output=True,
                          text=True, timeout=300, env=env)
    assert done.returncode == 0 and done.stdout.startswith("refused: not a SPARQL query"), done.stderr[-2000:]
    assert runs.read_text().count("run") == 2, "the script's own run and the fork server's, none per query"


def test_okg_serve_starts_the_query_processes_fork_server_before_the_first_query(tmp_path: Path) -> None:
    """The fork server imports the query modules, 1.5 to 3 s on a busy machine that the first query waited for
    (its 2 s answer to a syntax error): `okg serve` starts it as it starts serving."""
    import time

    import psutil

    from api_helpers import okg_serve

    with EmbeddedStore(tmp_path / "store") as store:
        ingest(expand([SAMPLES])[:1], store)
    with okg_serve(tmp_path / "store") as (server, _):
        deadline, found = time.monotonic() + 60, []
        while not found and time.monotonic() < deadline:
            found = [p for p in psutil.Process(server.pid).children()
                     if "multiprocessing.forkserver" in " ".join(p.cmdline())]
            time.sleep(0.2)
    assert found, "no fork server beside okg serve before any query"
