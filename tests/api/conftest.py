"""Fixtures of the API tests: the sample corpus in either store, a test client, a live server,
and Debian's Chromium driven by Playwright (installed here when missing)."""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api_helpers import BOTH_STORES, Api, ModuleStore, open_explorer, serving, with_samples
from graph import Store
from loop_reports import with_loop_reports
from shared_stores import SharedStore
from unavailable import unavailable

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def shared_samples(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SharedStore]:
    """The bundled sample reports, ingested once per store kind for the session's readers."""

    def open_store(kind: str) -> Store:
        if kind == "embedded":
            from graph.backends.embedded import EmbeddedStore

            return EmbeddedStore(tmp_path_factory.mktemp("shared-samples"))
        from graph.backends.neo4j import Neo4jStore

        server = request.getfixturevalue("readers_neo4j_server")
        return Neo4jStore(server.uri, server.user, server.password)

    samples = SharedStore(with_samples, open_store, lambda: tmp_path_factory.mktemp("samples-copy"))
    yield samples
    samples.close()


@pytest.fixture(scope="module", params=BOTH_STORES)
def module_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleStore]:
    """One store of each kind for the module, which :func:`emptied_store` empties for each test."""
    reused = ModuleStore(request, tmp_path_factory)
    yield reused
    reused.close()


@pytest.fixture()
def emptied_store(module_store: ModuleStore) -> Store:
    """An empty store of each kind but for the reference graphs (:meth:`api_helpers.ModuleStore.empty`)."""
    return module_store.empty()


@pytest.fixture(scope="module", params=BOTH_STORES)
def sample_store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    """The bundled sample reports in the session's store of each kind, for tests that only read:
    the store must hold the same after the module."""
    yield shared_samples.read_only(request.param)
    shared_samples.check_unchanged(request.param, request.module.__name__)


@pytest.fixture(scope="module")
def client(sample_store: Store) -> Iterator[TestClient]:
    """A client of the app over the sample store; errors come back as responses."""
    with TestClient(create_app(sample_store), base_url="http://127.0.0.1", raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def api(client: TestClient) -> Api:
    return Api(client)


# --- the browser ---------------------------------------------------------------------------


def _install_chromium() -> None:
    """apt-get Debian's Chromium and a CJK font, once; a clear error when that fails. One test worker
    at a time (apt fails rather than waits on its lock): a second one finds them installed."""
    with open(Path(tempfile.gettempdir()) / "oversight-kg-chromium.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        have_font = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout.strip() \
            if shutil.which("fc-list") else ""
        if os.path.exists(CHROMIUM) and have_font:
            return
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", "chromium", "fonts-noto-cjk"]):
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
            if done.returncode != 0:
                raise RuntimeError(f"`{' '.join(command)}` failed ({done.returncode}); the browser tests need "
                                   f"Debian's chromium and fonts-noto-cjk:\n{done.stderr[-2000:]}")


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless Chromium under Playwright; under CI=true a failure fails, elsewhere it skips."""
    try:
        _install_chromium()
        from playwright.sync_api import sync_playwright

        manager = sync_playwright().start()
        browser = manager.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
    except Exception as exc:  # noqa: BLE001 - reported as a failure or a skip
        unavailable(f"the browser cannot run here: {exc}")
    try:
        yield browser
    finally:
        browser.close()
        manager.stop()


@pytest.fixture(scope="session")
def live_server(shared_samples: SharedStore) -> Iterator[str]:
    """The shared embedded samples, served by a real uvicorn (for tests that only read)."""
    with serving(create_app(shared_samples.read_only("embedded"))) as url:
        yield url


@pytest.fixture(scope="module")
def empty_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An empty embedded store, served by a real uvicorn."""
    from graph.backends.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path_factory.mktemp("empty")) as db, serving(create_app(db)) as url:
        yield url


@pytest.fixture()
def page(chromium: Any, live_server: str) -> Iterator[Any]:
    """The explorer on the sample corpus."""
    yield from open_explorer(chromium, live_server)


@pytest.fixture(scope="module")
def loop_server(shared_samples: SharedStore) -> Iterator[str]:
    """The samples with the accountability loop's reports (loop_reports: an inspection, its follow-up, a plan),
    served by a real uvicorn for one module."""
    with shared_samples.writable("embedded") as db, serving(create_app(with_loop_reports(db))) as url:
        yield url


@pytest.fixture()
def loop_page(chromium: Any, loop_server: str) -> Iterator[Any]:
    """The explorer on :func:`loop_server`."""
    yield from open_explorer(chromium, loop_server)
