"""Which ``url:`` names a report stored from copies under two addresses (round 49, newuser34 B5: the smaller digest of
the header decided, so a later copy under a mistyped address renamed a correct report and every row's ``source``).

The address stored first keeps naming the report; a later copy under another address whose header states as much is
kept as another source, its result a ``duplicate`` whose one-line note names both addresses and how to rename the
report. Renaming is explicit: correct the ``url:`` of the file the report was read from and ingest it again, or
``okg delete`` that file (the report is read again from the copy left); either way the old id answers 308 to the new.
On both stores, by ``okg ingest`` and by its hand-off to a running ``okg serve``."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.delete import delete_reports
from api.ingest import IngestResult, write_reports
from api.settings import Settings
from api_helpers import okg_serve
from graph import Store
from graph.backends.embedded import EmbeddedStore
from loaders import load
from ontology import iri as iris

ROOT = Path(__file__).parents[2]
ENV = {**os.environ, "NEO4J_URI": "", "NO_COLOR": "1"}
#: Reports of three kinds of body, each told once under its right address and once under a mistyped one.
TEXTS = {
    "inspection": ("2024年11月，长子县人大常委会执法检查组对《中华人民共和国大气污染防治法》贯彻实施情况开展执法检查。\n",
                   "organ: 长子县人民代表大会常务委员会\nyear: 2024\n"),
    "inquiry": ("2023年6月，重庆市人大常委会就全市义务教育均衡发展工作开展专题询问，市政府有关部门负责人到会应询。\n",
                "organ: 重庆市人民代表大会常务委员会\nyear: 2023\n"),
}
RIGHT = "http://cq.cri.cn/{kind}/20240601/a.html"
TYPO = "http://cq.cri.cn/{kind}copy/20240601/a.html"


@pytest.fixture()
def store(emptied_store: Store) -> Store:
    return emptied_store


def _file(folder: Path, kind: str, name: str, url: str) -> str:
    text, header = TEXTS[kind]
    path = folder / f"{kind}-{name}.txt"
    path.write_text(f"url: {url.format(kind=kind)}\n{header}\n{text}", encoding="utf-8")
    return str(path)


def _store(store: Store, *paths: str) -> list[IngestResult]:
    return write_reports(store, [(path, load(path)) for path in paths])


def _named(url: str, kind: str) -> str:
    return str(iris.report_for_url(url.format(kind=kind)))


@pytest.mark.parametrize("kind", sorted(TEXTS))
@pytest.mark.parametrize("first", ["right", "typo"])
def test_the_address_stored_first_names_the_report_and_the_other_is_a_source(
        store: Store, tmp_path: Path, kind: str, first: str) -> None:
    files = {"right": _file(tmp_path, kind, "right", RIGHT), "typo": _file(tmp_path, kind, "typo", TYPO)}
    urls = {"right": RIGHT.format(kind=kind), "typo": TYPO.format(kind=kind)}
    later = "typo" if first == "right" else "right"
    inserted, copy = _store(store, files[first], files[later])
    assert (inserted.outcome, copy.outcome) == ("inserted", "duplicate")
    [report] = store.reports()
    assert report["iri"] == str(iris.report_for_url(urls[first]))
    assert Path(files[later]).name in report["sources"] and urls[later] not in report["sources"]
    assert {row["source"] for row in store.activities()} == {urls[first]}
    note = copy.note or ""
    assert "\n" not in note and report["iri"] in note and urls[later] in note, note  # both addresses, one line
    assert "address stored first keeps naming the report" in note and "308" in note, note
    again = _store(store, files[first], files[later])  # either file again: nothing changes
    assert [r.outcome for r in again] == ["unchanged", "unchanged"] and store.reports()[0]["iri"] == report["iri"]


def _redirects(store: Store, old: str, new: str) -> None:
    with TestClient(create_app(store, Settings(allowed_hosts=["testserver"])), follow_redirects=False) as client:
        answer = client.get(f"/reports/{old.removeprefix(iris.base())}")
        assert answer.status_code == 308 and new.removeprefix(iris.base()) in answer.headers["location"], answer.text


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_correcting_the_url_of_the_file_read_renames_the_report_and_its_old_id_redirects(
        store: Store, tmp_path: Path, kind: str) -> None:
    wrong, right = _file(tmp_path, kind, "a", TYPO), _file(tmp_path, kind, "b", RIGHT)
    _store(store, wrong, right)
    old = store.reports()[0]["iri"]
    assert old == _named(TYPO, kind)
    Path(wrong).write_text(Path(wrong).read_text(encoding="utf-8").replace(TYPO.format(kind=kind), RIGHT.format(kind=kind)),
                           encoding="utf-8")
    [result] = _store(store, wrong)
    assert result.outcome == "replaced", result
    [report] = store.reports()
    assert report["iri"] == _named(RIGHT, kind) and {Path(wrong).name, Path(right).name} <= set(report["sources"])
    assert {row["source"] for row in store.activities()} == {RIGHT.format(kind=kind)}
    _redirects(store, old, report["iri"])


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_deleting_the_wrong_copy_renames_the_report_and_its_old_id_redirects(store: Store, tmp_path: Path,
                                                                            kind: str) -> None:
    wrong, right = _file(tmp_path, kind, "a", TYPO), _file(tmp_path, kind, "b", RIGHT)
    _store(store, wrong, right)
    old = store.reports()[0]["iri"]
    [result] = delete_reports(store, [wrong])
    assert result.outcome == "source dropped" and "read again" in (result.note or ""), result
    [report] = store.reports()
    assert report["iri"] == _named(RIGHT, kind) and Path(wrong).name not in report["sources"] and Path(right).name in report["sources"]
    _redirects(store, old, report["iri"])


def test_a_copy_handed_to_okg_serve_keeps_the_name_the_report_was_stored_under(tmp_path: Path) -> None:
    right, typo = _file(tmp_path, "inspection", "right", RIGHT), _file(tmp_path, "inspection", "typo", TYPO)
    path = tmp_path / "store"
    with EmbeddedStore(path) as opened:
        _store(opened, right)
    with okg_serve(path) as (_, url):
        done = subprocess.run([sys.executable, "-m", "api", "ingest", "--store", str(path), typo], cwd=ROOT,
                              capture_output=True, text=True, timeout=600, env=ENV)
        said = " ".join(done.stderr.split())
        assert done.returncode == 0 and "1 duplicate" in said, said
        assert "address stored first keeps naming the report" in " ".join((done.stdout + done.stderr).split())
        [report] = httpx.get(f"{url}/reports", timeout=60).json()["items"]
        assert report["iri"] == _named(RIGHT, "inspection")
        sources = {row["source"] for row in httpx.get(f"{url}/activities", timeout=60).json()["items"]}
        assert sources == {RIGHT.format(kind="inspection")}
