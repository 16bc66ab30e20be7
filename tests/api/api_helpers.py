"""Helpers the API tests share (a module of its own: ``conftest`` is not importable by name)."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cli import SAMPLES
from api.ingest import REFERENCE_GRAPHS, ensure_reference_graphs, expand, ingest
from graph import Store
from graph.backends.embedded import EmbeddedStore
from loaders import read
from loaders.build import build
from loaders.build.catalog import build_catalog
from loaders.document import Document
from loaders.extract import extract
from loaders.build.report import report_iri
from shared_stores import drop_but_reference, state, wipe

# Browser screenshots: a temporary folder unless OKG_SCREENSHOT_DIR names one.
ARTIFACTS = Path(os.environ.get("OKG_SCREENSHOT_DIR") or Path(tempfile.gettempdir()) / "oversight-kg-screenshots")
WETLAND = "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法"
# The seed sample's IRI: its header names no URL, so its text does (…/report/sha256/…).
SEED_REPORT = str(report_iri(read(SAMPLES / "seed.txt")))
# Narrow the two-store `sample_store` fixture to the store a query language belongs to, or to the embedded store for
# a test whose code sits above the store (round 50: the Neo4j test asking the same store query named where it is used).
EMBEDDED_ONLY = pytest.mark.parametrize("sample_store", ["embedded"], indirect=True)
# Narrow the two-store `module_store` (`emptied_store`) to the embedded one for a test of a rule decided above the store
# (which report a copy joins, what a note says): round 50, where a Neo4j test of its module writes through the same
# store calls (named where it is used), as `graph/backends`' contract tests prove both stores answer them alike.
EMBEDDED_EMPTIED_ONLY = pytest.mark.parametrize("module_store", ["embedded"], indirect=True)
NEO4J_ONLY = pytest.mark.parametrize("sample_store", [pytest.param("neo4j", marks=pytest.mark.neo4j)], indirect=True)


def shot(page: Any, name: str) -> Path:
    """A screenshot of ``page`` in :data:`ARTIFACTS`; its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


BOTH_STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def empty_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A fresh, empty store of the kind ``request.param`` names (the session's Neo4j, wiped)."""
    if request.param == "embedded":
        from graph.backends.embedded import EmbeddedStore

        return EmbeddedStore(tmp_path_factory.mktemp("store"))
    from graph.backends.neo4j import Neo4jStore

    server = request.getfixturevalue("neo4j_server")
    db = Neo4jStore(server.uri, server.user, server.password)
    wipe(db)
    return db


#: The state (:func:`shared_stores.state`) of the session's Neo4j database holding the reference graphs alone, by the
#: server's URI, once a :class:`ModuleStore` wrote them there: the next module's store starts from it when the
#: database still holds them.
_REFERENCES_ONLY: dict[str, str] = {}


class ModuleStore:
    """One store of the kind ``request.param`` names for the tests of a module that each want an empty store: emptied
    between them instead of opened anew and loaded with the reference graphs each time (seconds per test on Neo4j).
    :meth:`empty` gives it holding the reference graphs alone, as any store is after its first ingest: every other
    graph taken out, then checked against :func:`shared_stores.state` of the store first made so; a store that holds
    anything else then (a node a delete left) is replaced by a new one, so each test starts from the same store.
    The deletes (:func:`shared_stores.drop_but_reference`) carry the reference graphs' check mark on (the rule ingest
    follows after its own writes): when the test's last write was an ingest's, nothing else wrote since, so its next
    ingest reads the ontology and the catalog back no more than a user's second ingest does (round 49: that read-back
    and hash was most of each test's ingest into Neo4j); a test that wrote otherwise leaves the mark behind, and
    the next ingest checks them. On Neo4j a module's store starts from the session's database as the module before
    left it, emptied so, when that holds the same as the first store so made (:data:`_REFERENCES_ONLY`): writing the
    ontology and the catalog into a wiped database was 9.5 JVM CPU-s (round 48) at every such module."""

    def __init__(self, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> None:
        self._request, self._paths = request, tmp_path_factory
        self._db: Store | None = None
        self._state = ""
        self.made = 0  # stores made, the first included

    def empty(self) -> Store:
        if self._db is not None:
            if drop_but_reference(self._db) == self._state:
                return self._db
            self._db.close()
        if (reused := self._references_only()) is not None:
            self._db = reused
            return reused
        self._db = empty_store(self._request, self._paths)
        self.made += 1
        ensure_reference_graphs(self._db)
        self._state = state(self._db)
        if self._request.param == "neo4j":
            _REFERENCES_ONLY[self._request.getfixturevalue("neo4j_server").uri] = self._state
        return self._db

    def _references_only(self) -> Store | None:
        """The session's Neo4j database emptied but for the reference graphs, when it then holds what a store this
        class made held (:data:`_REFERENCES_ONLY`); None otherwise (an embedded store, or anything else left)."""
        if self._request.param != "neo4j":
            return None
        from graph.backends.neo4j import Neo4jStore

        server = self._request.getfixturevalue("neo4j_server")
        if (known := _REFERENCES_ONLY.get(server.uri)) is None:
            return None
        db = Neo4jStore(server.uri, server.user, server.password)
        if {str(iri) for iri, _, _ in REFERENCE_GRAPHS} <= db.graph_hashes().keys() and drop_but_reference(db) == known:
            self._state = known
            return db
        db.close()
        return None

    def close(self) -> None:
        if self._db is not None:
            self._db.close()


def with_samples(db: Store) -> Store:
    """The store after ingesting the bundled sample reports, none of which may fail."""
    failed = [r.error for r in ingest(expand([SAMPLES]), db) if r.outcome == "failed"]
    assert not failed, failed
    return db


def open_explorer(chromium: Any, url: str) -> Iterator[Any]:
    """A fresh page on the explorer at ``url``, ready once the app has loaded its first data;
    no script error may happen while it is open."""
    context = chromium.new_context(viewport={"width": 1400, "height": 860}, locale="zh-CN", accept_downloads=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(url + "/")
    tab.wait_for_selector("body[data-ready=true]", timeout=15_000)
    yield tab
    context.close()
    assert not errors, errors


def wait_until_serving(server: subprocess.Popen[str], url: str) -> None:
    """Return once the `okg` process ``server`` answers ``url``/health; fail, with its stderr, should it end first
    or not answer within 120 s."""
    deadline = time.monotonic() + 120
    while True:
        assert server.poll() is None, server.communicate()[1]
        if answering(url):
            return
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.3)


def answering(url: str) -> bool:
    """Whether a server answers ``url``/health with 200 now (not yet listening: False)."""
    try:
        return httpx.get(f"{url}/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


@contextlib.contextmanager
def okg_serve(store: Path, **env: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """`okg serve` on the embedded ``store`` in a process of its own (``env`` added to this one's, Neo4j unset),
    answering: the process and its base URL. Killed at the end if a test left it running."""
    import sys

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "api", "serve", "--store", str(store), "--port", str(port)],
                              env={**os.environ, "NEO4J_URI": "", **env}, cwd=Path(__file__).parents[2],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(server, url)
        yield server, url
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def okg_in_process(*words: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """An `okg` command run in this process (the same entry point, ``api.cli.app``, with NEO4J_URI unset and no
    colour, in ``cwd`` if given), answered as :func:`subprocess.run` would: for tests about what a command answers or
    does beside another process (a server, a writer), without a new interpreter's imports (~2 CPU-s of each `okg`
    started, round 49). Tests of the process itself (a signal, two commands racing) and one test per command start
    `okg`, so the installed entry point stays covered."""
    from typer.testing import CliRunner

    from api.cli import app

    with contextlib.chdir(cwd) if cwd else contextlib.nullcontext():
        done = CliRunner().invoke(app, list(words), env={"NEO4J_URI": "", "NO_COLOR": "1"})
    said = done.stderr
    if done.exception is not None and not isinstance(done.exception, SystemExit):
        # CliRunner catches what the command raised (exit code 1, nothing on stderr); `okg` would print the
        # traceback, so the assertion that shows stderr shows it too
        said += "".join(traceback.format_exception(done.exception))
    return subprocess.CompletedProcess(["okg", *words], done.exit_code, done.stdout, said)


def demo_said(home: Path) -> str:
    """``okg demo`` with ``home`` as HOME (its default store under it) until it serves, then stopped: what it wrote on
    stderr."""
    port = free_port()
    env = {name: value for name, value in os.environ.items() if name not in ("OKG_STORE", "XDG_DATA_HOME", "NEO4J_URI")}
    proc = subprocess.Popen([sys.executable, "-m", "api", "demo", "--port", str(port)], env={**env, "HOME": str(home)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("okg demo did not start serving within 120 s")
    finally:
        proc.terminate()
        _, said = proc.communicate(timeout=30)
    return said


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(app: Any) -> Iterator[str]:
    """A real uvicorn serving ``app`` on a free loopback port, in a thread; its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(), log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(10)


def upsert_text(db: Store, source: str, text: str, **metadata: str) -> Any:
    """Extract, build and store one report given as text with its header's ``metadata``; the built report (its
    ``iri`` and ``graph``)."""
    doc = Document(text=text, source=source, metadata=metadata)
    built = build(doc, extract(doc))
    db.upsert_report(built.iri, built.graph, built.content_hash)
    return built


def upsert_texts(db: Store, reports: Mapping[str, tuple[str, Mapping[str, str]]]) -> Store:
    """``db`` after :func:`upsert_text` of each report given as ``{source: (text, header metadata)}``: a test module's
    reports stored in one call (its fixture returns it)."""
    for source, (text, header) in reports.items():
        upsert_text(db, source, text, **header)
    return db


@contextlib.contextmanager
def api_of(store: Store) -> Iterator[Api]:
    """The API over ``store``, as a test client checking statuses (:class:`Api`)."""
    with TestClient(create_app(store), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        yield Api(client)


def with_catalog(db: Store) -> Store:
    """``db`` after storing the law catalog: a module's laws beside the catalog's, for the law listings and
    ``/coverage`` (its fixture returns it)."""
    catalog = build_catalog()
    db.upsert_report(catalog.iri, catalog.graph, catalog.content_hash)
    return db


@contextlib.contextmanager
def catalog_api(folder: Path, reports: Mapping[str, tuple[str, Mapping[str, str]]]) -> Iterator[Api]:
    """The API (:func:`api_of`) over an embedded store in ``folder`` holding the law catalog (:func:`with_catalog`) and
    ``reports`` (:func:`upsert_texts`)."""
    with EmbeddedStore(folder) as db:
        with api_of(upsert_texts(with_catalog(db), reports)) as api:
            yield api


def path_id(iri: str) -> str:
    """An IRI as a path segment: every reserved character encoded."""
    return quote(iri, safe="")


class Api:
    """GET helpers that check the status and return the JSON body."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def get(self, path: str, expect: int = 200, **params: Any) -> Any:
        response = self.client.get(path, params=params or None)
        assert response.status_code == expect, (path, response.status_code, response.text[:500])
        body = response.json()
        if expect >= 400:
            assert isinstance(body["detail"], str) and body["detail"], body
        return body

    def items(self, path: str, **params: Any) -> list[dict[str, Any]]:
        """The rows of a listing, up to 1000 of them."""
        return self.get(path, limit=1000, **params)["items"]

    def csv_rows(self, path: str, **params: Any) -> list[dict[str, str]]:
        """Every row of a listing's CSV file (``format=csv``), by column name."""
        import csv
        import io

        answer = self.client.get(path, params={**params, "format": "csv"})
        assert answer.status_code == 200, answer.text[:300]
        return list(csv.DictReader(io.StringIO(answer.content.decode("utf-8-sig"))))
