"""Report identity at ingest (issue 11, item 1), on both stores: a report is named by its URL or
its text, never by a file name; one text is one report; an edited file replaces what it said."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef
from typer.testing import CliRunner

from api.cli import SAMPLES, app
from api.ingest import IngestResult, write_reports
from api_helpers import BOTH_STORES, empty_store
from graph import Store
from loaders import load
from loaders.read.text import split_header



@pytest.fixture(params=BOTH_STORES)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """An empty store of each kind."""
    with empty_store(request, tmp_path_factory) as db:
        yield db


def body(sample: str) -> str:
    """A sample report's text without its header: nothing but the text names it."""
    return split_header((SAMPLES / sample).read_text(encoding="utf-8"))[1]


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def store_all(sources: list[str], store: Store) -> list[IngestResult]:
    """What :func:`ingest` writes, without its worker process and reference graphs (slow)."""
    return write_reports(store, [(source, load(source)) for source in sources])


def report_iris(store: Store) -> list[str]:
    return sorted(row["iri"] for row in store.reports())


def inspections(store: Store) -> dict[str, int]:
    return {row["iri"]: row["times_inspected"] for row in store.laws(True)}


def test_two_different_files_of_one_name_are_two_readable_reports(store: Store, tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "report.txt", body("d01.txt"))
    second = write(tmp_path / "b" / "report.txt", body("d02.txt"))
    results = store_all([first, second], store)
    assert [r.outcome for r in results] == ["inserted", "inserted"]
    assert [r.source for r in results] == [first, second]  # as given, not the base name
    assert store.counts()["reports"] == 2
    iris = report_iris(store)
    assert len(set(iris)) == 2 and all("/report/sha256/" in iri and "%" not in iri for iri in iris)
    assert {row["source"] for row in store.reports()} == {str(Path(first).absolute()), str(Path(second).absolute())}


def test_one_text_under_two_names_is_one_report_counted_once(store: Store, tmp_path: Path) -> None:
    text = body("seed.txt")
    first = write(tmp_path / "a" / "report.txt", text)
    store_all([first], store)
    once = inspections(store)
    assert once and store.counts()["reports"] == 1

    copy = write(tmp_path / "c" / "copy.txt", text.replace("\n", "\r\n"))  # line ends do not make a new text
    [result] = store_all([copy], store)
    assert result.outcome == "duplicate" and result.report == report_iris(store)[0]
    assert copy in (result.note or "") and str(Path(first).absolute()) in (result.note or "")
    assert store.counts()["reports"] == 1
    assert inspections(store) == once
    [row] = store.reports()
    assert row["sources"] == sorted([str(Path(first).absolute()), str(Path(copy).absolute())])
    assert [r.outcome for r in store_all([first, copy], store)] == ["unchanged", "unchanged"]


def test_the_same_text_twice_in_one_batch_is_stored_once(store: Store, tmp_path: Path) -> None:
    text = body("d03.txt")
    sources = [write(tmp_path / name, text) for name in ("x.txt", "y.txt")]
    assert [r.outcome for r in store_all(sources, store)] == ["inserted", "duplicate"]
    assert store.counts()["reports"] == 1


def test_an_edited_file_replaces_what_it_said_before(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    source = write(path, body("seed.txt"))
    store_all([source], store)
    old = report_iris(store)
    write(path, body("d01.txt"))
    [result] = store_all([source], store)
    assert result.outcome == "replaced" and old[0] in (result.note or "")
    assert report_iris(store) == [result.report] != old
    assert store.report(result.report)["text"] == body("d01.txt")  # type: ignore[index]
    assert store.named_graph(old[0]) is None


def test_a_file_shared_with_a_copy_leaves_the_copy_when_edited(store: Store, tmp_path: Path) -> None:
    text = body("seed.txt")
    first, copy = write(tmp_path / "a.txt", text), write(tmp_path / "b.txt", text)
    store_all([first, copy], store)
    shared = report_iris(store)
    write(tmp_path / "a.txt", body("d01.txt"))
    assert [r.outcome for r in store_all([first], store)] == ["inserted"]
    rows = {row["iri"]: row["sources"] for row in store.reports()}
    assert rows[shared[0]] == [str(Path(copy).absolute())] and len(rows) == 2


def test_a_header_edit_replaces_the_report_in_place(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    text = body("seed.txt")
    source = write(path, "year: 2022\n\n" + text)
    store_all([source], store)
    write(path, "year: 2023\n\n" + text)
    [result] = store_all([source], store)
    assert result.outcome == "replaced"
    assert [(row["iri"], row["year"]) for row in store.reports()] == [(result.report, 2023)]


def test_a_report_with_a_url_is_named_by_it_readably(store: Store, tmp_path: Path) -> None:
    url = "http://www.example.gov.cn/rdgz/2024/%E6%8A%A5%E5%91%8A.html"
    source = write(tmp_path / "report.txt", f"url: {url}\n\n" + body("d02.txt"))
    [result] = store_all([source], store)
    assert result.report == "https://w3id.org/oversight-kg/id/report/www.example.gov.cn/rdgz/2024/报告.html"
    assert report_iris(store) == [result.report]


def test_okg_ingest_shows_paths_as_given_and_names_both_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "a" / "report.txt", body("d01.txt"))
    write(tmp_path / "b" / "report.txt", body("d02.txt"))
    write(tmp_path / "c" / "copy.txt", body("d01.txt"))
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", "a", "b", "--store", "store"])
    assert first.exit_code == 0, first.output
    assert "a/report.txt" in first.output and "b/report.txt" in first.output and "2 inserted" in first.output
    copy = runner.invoke(app, ["ingest", "c/copy.txt", "--store", "store"])
    assert copy.exit_code == 0 and "1 duplicate" in copy.output, copy.output
    note = " ".join(copy.output.split())
    assert "c/copy.txt: the same text as" in note and str(tmp_path / "a" / "report.txt") in note
    stats = runner.invoke(app, ["stats", "--json", "--store", "store"])
    assert '"reports": 2' in stats.stdout


def stored_graphs(store: Store) -> dict[str, set[tuple[str, ...]]]:
    """Every stored report's triples, by report IRI: what two stores must agree on to be the same."""
    return {iri: {tuple(map(str, t)) for t in store.named_graph(URIRef(iri)) or ()} for iri in report_iris(store)}


def copies_of_one_text(folder: Path) -> dict[str, str]:
    """One text in four files: with a URL header, with an organ and a year, with another year, with none."""
    text = body("d03.txt")
    return {name: write(folder / f"{name}.txt", header + text) for name, header in (
        ("url", "url: http://www.example.gov.cn/rd/2023.html\nyear: 2023\n\n"),
        ("organ", "organ: 武汉市新洲区人大常委会\nyear: 2023\n\n"), ("far", "year: 2010\n\n"), ("bare", ""))}


def test_copies_of_one_text_give_one_store_in_any_order_and_on_every_rerun(store: Store, tmp_path: Path) -> None:
    """Which copy's header a report is read with depends on the copies alone (a URL first, then the header
    that states more), never on which came first, what else the batch held or how often it ran."""
    files = copies_of_one_text(tmp_path)
    orders = [[files["url"], files["organ"], files["far"], files["bare"]],
              [files["bare"], files["far"], files["organ"], files["url"]],
              [files["organ"], files["bare"], files["url"], files["far"]]]
    stores = []
    for order in orders:
        for iri in report_iris(store):
            store.delete_report(URIRef(iri))
        for source in order:  # one run each, then the whole folder twice
            store_all([source], store)
        runs = [store_all(sorted(files.values()), store) for _ in range(2)]
        assert [r.outcome for r in runs[-1]] == ["unchanged"] * 4 and store.counts()["reports"] == 1
        stores.append(stored_graphs(store))
    assert stores[0] == stores[1] == stores[2]
    [iri] = stores[0]
    assert iri.endswith("/report/www.example.gov.cn/rd/2023.html")
    [row] = store.reports()
    assert row["sources"] == sorted(str(Path(f).absolute()) for f in files.values()) and row["year"] == 2023


def test_a_copy_whose_header_is_not_used_says_so(store: Store, tmp_path: Path) -> None:
    files = copies_of_one_text(tmp_path)
    first, far = store_all([files["url"], files["far"]], store)
    assert far.outcome == "duplicate" and far.report == first.report
    assert f"{files['far']}: the same text as {first.report}" in (far.note or "")
    assert "its header (year: 2010) was not used" in (far.note or "")
    [again] = store_all([files["far"]], store)
    assert again.outcome == "unchanged" and again.report == first.report
    assert "its header (year: 2010) was not used" in (again.note or "")
    [bare] = store_all([files["bare"]], store)  # no header: nothing left unused
    assert bare.outcome == "duplicate" and "not used" not in (bare.note or "")


def test_a_copy_that_goes_first_takes_over_the_stored_reading(store: Store, tmp_path: Path) -> None:
    files = copies_of_one_text(tmp_path)
    [bare] = store_all([files["bare"]], store)
    [url] = store_all([files["url"]], store)
    assert url.outcome == "replaced" and bare.report in (url.note or "") and "its reading replaces" in (url.note or "")
    assert report_iris(store) == [url.report]
    assert store.reports()[0]["sources"] == sorted(str(Path(files[n]).absolute()) for n in ("bare", "url"))


def test_an_edited_header_of_the_copy_read_replaces_it_though_copies_remain(store: Store, tmp_path: Path) -> None:
    files = copies_of_one_text(tmp_path)
    store_all([files["organ"], files["far"]], store)
    assert store.reports()[0]["year"] == 2023
    write(Path(files["organ"]), "organ: 武汉市新洲区人大常委会\nyear: 2022\n\n" + body("d03.txt"))
    [edited] = store_all([files["organ"]], store)
    assert edited.outcome == "replaced" and store.counts()["reports"] == 1
    [row] = store.reports()
    assert row["year"] == 2022 and len(row["sources"]) == 2


def test_the_path_a_report_was_read_from_is_stated_once_and_nowhere_else(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "reports-of-a-user" / "report.txt", body("d01.txt"))
    store_all([path], store)
    assert path not in (store.report_hash(URIRef(report_iris(store)[0])) or "")  # identity keeps a digest of it
    lines = [line for line in store.export("nq").splitlines() if "reports-of-a-user" in line]
    assert len(lines) == 1 and "sourceLocation" in lines[0]
