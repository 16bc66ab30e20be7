"""Report identity at ingest (issue 11, item 1): a report is named by its URL or its text, never by a file name;
one text is one report; an edited file replaces what it said. Which report a copy joins and what its note says are
decided above the store (``graph.identity``, ``api.ingest``) from the calls every store answers alike (``describe``
of the reports, ``graph_hashes``, ``named_graph``, ``report_hash``, ``upsert_reports``, ``replace_graphs``,
``delete_report``, the marks): the tests not marked ``EMBEDDED_EMPTIED_ONLY`` make each of those calls on Neo4j too
(an edited file replaced, copies taking over a reading and keeping their sources, a moved id's redirect, ids with
escapes, a report upserted as an import stores it, the rows' source names); the others run on the embedded store
(round 50)."""
from __future__ import annotations

import json
import shlex
from dataclasses import replace
from itertools import permutations
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import Graph, Literal, URIRef
from typer.testing import CliRunner
from fastapi.testclient import TestClient

from api.bulk_load import stage
from api.app import create_app
from api.cli import SAMPLES, app
from api.ingest import IngestResult, write_reports
from api_helpers import EMBEDDED_EMPTIED_ONLY
from graph import Store
from graph.identity import read_source
from loaders import load
from loaders.read.text import split_header
from ontology import OKG, iri as iris



@pytest.fixture()
def store(emptied_store: Store) -> Store:
    """An empty store of each kind (of the embedded kind under ``EMBEDDED_EMPTIED_ONLY``), one per module emptied for
    each test (the reference graphs kept)."""
    return emptied_store


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


@EMBEDDED_EMPTIED_ONLY
def test_two_different_files_of_one_name_are_two_readable_reports(store: Store, tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "report.txt", body("d01.txt"))
    second = write(tmp_path / "b" / "report.txt", body("d02.txt"))
    results = store_all([first, second], store)
    assert [r.outcome for r in results] == ["inserted", "inserted"]
    assert [r.source for r in results] == [first, second]  # as given, not the base name
    assert store.counts()["reports"] == 2
    iris = report_iris(store)
    assert len(set(iris)) == 2 and all("/report/sha256/" in iri and "%" not in iri for iri in iris)
    assert [row["source"] for row in store.reports()] == ["report.txt", "report.txt"]  # named alike, two reports
    again = store_all([second, first], store)  # and each file is still told from the other by where it is
    assert [r.outcome for r in again] == ["unchanged", "unchanged"] and report_iris(store) == iris


@EMBEDDED_EMPTIED_ONLY
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
    assert row["sources"] == ["report.txt", "copy.txt"]  # the copy it was read from first
    assert [r.outcome for r in store_all([first, copy], store)] == ["unchanged", "unchanged"]


@EMBEDDED_EMPTIED_ONLY
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


@EMBEDDED_EMPTIED_ONLY
def test_a_file_shared_with_a_copy_leaves_the_copy_when_edited(store: Store, tmp_path: Path) -> None:
    text = body("seed.txt")
    first, copy = write(tmp_path / "a.txt", text), write(tmp_path / "b.txt", text)
    store_all([first, copy], store)
    shared = report_iris(store)
    write(tmp_path / "a.txt", body("d01.txt"))
    assert [r.outcome for r in store_all([first], store)] == ["inserted"]
    rows = {row["iri"]: row["sources"] for row in store.reports()}
    assert rows[shared[0]] == ["b.txt"] and len(rows) == 2


@EMBEDDED_EMPTIED_ONLY
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


@pytest.mark.parametrize("url", [
    "https://changsha.example.com/xinwen/%25E7%259C%2581%25E5%258D%2581/48753421",  # a page's address encoded twice (a16)
    "http://www.example.gov.cn/rd/%25E6%258A%25A5.html?id=3",
])
def test_a_report_whose_url_holds_an_escape_is_found_by_its_iri_pasted_as_it_is(store: Store, tmp_path: Path, url: str) -> None:
    """The IRI keeps the page's own escape (%25E7…); pasted into the path as it is, or in its short form, it is
    decoded once on the way in and must still name the report."""
    [result] = store_all([write(tmp_path / "report.txt", f"url: {url}\n\n" + body("d02.txt"))], store)
    assert "%25" in result.report
    with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        for pasted in (result.report, result.report.removeprefix(iris.base())):
            answer = client.get("/reports/" + pasted)
            assert answer.status_code == 200 and answer.json()["iri"] == result.report, (pasted, answer.text[:200])


def test_an_escaped_slash_and_an_upper_case_host_name_the_report_they_name(store: Store, tmp_path: Path) -> None:
    """…/a%2Fb.html and …/a/b.html are two pages: each pasted id finds its own (the path arrives decoded, so the
    id as sent is read first); a host is minted lower-cased, so WWW.EXAMPLE.GOV.CN finds www.example.gov.cn."""
    escaped = write(tmp_path / "x.txt", "url: http://www.example.gov.cn/a%2Fb.html\n\n" + body("d02.txt"))
    plain = write(tmp_path / "y.txt", "url: http://www.example.gov.cn/a/b.html\n\n" + body("d03.txt"))
    results = {Path(r.source).stem: r.report for r in store_all([escaped, plain], store)}
    with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        for pasted, name in (("report/www.example.gov.cn/a%2Fb.html", "x"), ("report/www.example.gov.cn/a/b.html", "y"),
                             ("report/WWW.EXAMPLE.GOV.CN/a/b.html", "y")):
            answer = client.get("/reports/" + pasted)
            assert answer.status_code == 200 and answer.json()["iri"] == results[name], (pasted, answer.text[:200])


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
    [note] = [line for line in copy.output.splitlines() if "the same text as" in line]  # one line, whatever the width
    assert note.startswith("c/copy.txt: the same text as report https://w3id.org/oversight-kg/id/report/sha256/")
    assert "stored from a/report.txt: not stored again, c/copy.txt added to its sources" in note
    assert str(tmp_path) not in note  # every file named from here, as typed (round 39: stored paths were absolute)
    assert note.endswith("okg delete c/copy.txt takes this copy out again)")  # what to do, if it was a mistake
    stats = runner.invoke(app, ["stats", "--json", "--store", "store"])
    assert '"reports": 2' in stats.stdout


def test_a_copy_under_another_url_names_the_command_that_makes_its_header_count(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One text saved from two addresses: the copy whose header is not used says, in one line, which report it is the
    same text as and the ``okg delete`` to run; run as the line gives it, the report is read again with that copy's
    header (a first-time analyst, round 39: the line said the header was not used and not what to run). Which copy
    goes first is the header digest's choice: of the two orders, the one storing that copy first gives the line."""
    monkeypatch.chdir(tmp_path)
    text = body("d03.txt")
    urls = {name: f"http://www.example.gov.cn/rd/{name}.html" for name in ("a", "b")}
    for name, url in urls.items():
        write(tmp_path / f"{name}.txt", f"url: {url}\nyear: 2023\n\n" + text)
    runner = CliRunner()
    lines = {}
    for order in (("a", "b"), ("b", "a")):
        for name in order:
            result = runner.invoke(app, ["ingest", f"{name}.txt", "--store", "".join(order)])
            assert result.exit_code == 0, result.output
        lines[order] = [line for line in result.output.splitlines() if "the same text as report" in line]
    [(order, [line])] = [(order, found) for order, found in lines.items() if found]
    kept, copy = order
    assert line.startswith(f"{copy}.txt: the same text as report https://w3id.org/oversight-kg/id/report/www.example")
    assert f"its header (url: {urls[copy]}; year: 2023) was not used: the report keeps the header of {kept}.txt" in line
    command = line.split("run okg delete ", 1)[1].split(" (the copy the report is read from)")[0]
    assert shlex.split(command) == [f"{kept}.txt"] and str(tmp_path) not in line  # both files named from here
    dropped = runner.invoke(app, ["delete", *shlex.split(command), "--store", "".join(order)])
    assert dropped.exit_code == 0 and "1 source dropped" in dropped.output, dropped.output
    rows = json.loads(runner.invoke(app, ["ask", "reports", "--json", "--store", "".join(order)]).stdout)["items"]
    assert [row["source"] for row in rows] == [urls[copy]]  # read again from the copy left, its header used


def orders_for(store: Store, orders: list[list[str]]) -> list[list[str]]:
    """The orders of copies a test stores on ``store``: every one on the embedded store; on Neo4j the first two, one
    where no later copy displaces the stored reading and one where copies replace it, the store's own work (replacing
    a report, keeping its sources); which copy's reading wins is decided above the store, the same on both."""
    return orders if store.name == "embedded" else orders[:2]


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
    for order in orders_for(store, orders):
        for iri in report_iris(store):
            store.delete_report(URIRef(iri))
        for source in order:  # one run each, then the whole folder twice
            store_all([source], store)
        runs = [store_all(sorted(files.values()), store) for _ in range(2)]
        assert [r.outcome for r in runs[-1]] == ["unchanged"] * 4 and store.counts()["reports"] == 1
        stores.append(stored_graphs(store))
    assert all(found == stores[0] for found in stores[1:]) and len(stores) > 1
    [iri] = stores[0]
    assert iri.endswith("/report/www.example.gov.cn/rd/2023.html")
    [row] = store.reports()
    assert row["sources"] == ["http://www.example.gov.cn/rd/2023.html", "url.txt",
                              *sorted(Path(f).name for n, f in files.items() if n != "url")]
    assert row["year"] == 2023  # the URL of the reading kept first, then the file it was read from, then every other


@EMBEDDED_EMPTIED_ONLY
def test_a_copy_whose_header_is_not_used_says_so(store: Store, tmp_path: Path) -> None:
    files = copies_of_one_text(tmp_path)
    first, far = store_all([files["url"], files["far"]], store)
    assert far.outcome == "duplicate" and far.report == first.report
    assert f"{files['far']}: the same text as report {first.report}" in (far.note or "")
    assert "its header (year: 2010) was not used" in (far.note or "")
    assert "because it is named by its URL, the other only by its text" in (far.note or "")  # the rule that decided
    assert f"run okg delete {files['url']} (the copy the report is read from)" in (far.note or "")  # the command to run
    [again] = store_all([files["far"]], store)  # nothing written: said once, when it was added
    assert again.outcome == "unchanged" and again.report == first.report and again.note is None
    [bare] = store_all([files["bare"]], store)  # no header: nothing left unused
    assert bare.outcome == "duplicate" and "not used" not in (bare.note or "")


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("header", ["url: http://www.example.gov.cn/rd/2023.html\nyear: 2023\n\n",
                                    "organ: 武汉市新洲区人大常委会\nyear: 2023\n\n"])
def test_a_copy_of_an_imported_report_with_its_header_says_nothing_of_it(store: Store, tmp_path: Path, header: str) -> None:
    """An imported report's header digest is not known; a copy whose header gives the very reading imported is a
    source more, its header used in all but name (round 20: a fresh user read "its header … was not used" of two
    byte-identical headers). A copy whose header differs still says so."""
    from graph.canonical import content_hash

    text = body("d03.txt")
    imported = load(write(tmp_path / "a" / "report.txt", header + text))
    store.upsert_report(imported.iri, imported.graph, content_hash(imported.graph))  # as okg import stores it
    [same] = store_all([write(tmp_path / "b" / "copy.txt", header + text)], store)
    assert same.outcome == "duplicate" and "not used" not in (same.note or "")
    [other] = store_all([write(tmp_path / "c" / "other.txt", header.replace("2023", "2022") + text)], store)
    assert "its header (" in (other.note or "") and "year: 2022) was not used" in (other.note or "")


@EMBEDDED_EMPTIED_ONLY
def test_a_copy_that_goes_first_takes_over_the_stored_reading(store: Store, tmp_path: Path) -> None:
    files = copies_of_one_text(tmp_path)
    [bare] = store_all([files["bare"]], store)
    [url] = store_all([files["url"]], store)
    assert url.outcome == "replaced" and bare.report in (url.note or "") and "its reading replaces" in (url.note or "")
    assert "because it is named by its URL, the other only by its text" in (url.note or "")
    assert report_iris(store) == [url.report]
    assert store.reports()[0]["sources"] == ["http://www.example.gov.cn/rd/2023.html", "url.txt", "bare.txt"]


def test_the_iri_a_report_had_before_a_copy_took_over_leads_to_it(store: Store, tmp_path: Path) -> None:
    """An id kept from an export still finds its report after a better copy renamed it (308 to the new id);
    once that report is deleted, the old id names nothing (404)."""
    files = copies_of_one_text(tmp_path)
    [bare] = store_all([files["bare"]], store)
    [url] = store_all([files["url"]], store)
    with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        moved = client.get("/reports/" + bare.report.removeprefix(iris.base()), follow_redirects=False)
        assert moved.status_code == 308 and moved.headers["location"].endswith(url.report.removeprefix(iris.base()))
        paged = client.get("/reports/" + bare.report.removeprefix(iris.base()), params={"offset": 2, "limit": 5},
                           follow_redirects=False)  # the page asked for goes with it
        assert paged.headers["location"].endswith(url.report.removeprefix(iris.base()) + "?offset=2&limit=5")
        assert client.get("/reports/" + quote(bare.report, safe="")).json()["iri"] == url.report
        store.delete_report(URIRef(url.report))
        assert client.get("/reports/" + bare.report.removeprefix(iris.base())).status_code == 404


@EMBEDDED_EMPTIED_ONLY
def test_the_iri_a_file_named_before_its_url_was_corrected_leads_to_its_report(store: Store, tmp_path: Path) -> None:
    """A file whose ``url:`` header is corrected names its report anew; the id it had (kept in an export)
    answers 308 with the new one, through every later correction, and 404 once the report is deleted (``okg delete``
    of the file), though the file still lists an id it once had (round 27)."""
    from api.delete import delete_reports

    text = body("d03.txt")
    path = tmp_path / "0105.txt"
    urls = ["http://www.example.gov.cn/rd/0105.html", "http://www.example.gov.cn/rd/2023/0105.html",
            "http://www.example.gov.cn/rd/2023/0105b.html"]
    results = [store_all([write(path, f"url: {url}\nyear: 2023\n\n" + text)], store)[0] for url in urls]
    first, *later = results
    assert [r.outcome for r in results] == ["inserted", "replaced", "replaced"]
    assert f"replaces {first.report}, read from the same source before" in (later[0].note or "")
    assert report_iris(store) == [results[-1].report]
    with TestClient(create_app(store), base_url="http://127.0.0.1") as client:
        for old in results[:-1]:  # each id the file gave its report leads to the one it has now
            moved = client.get("/reports/" + old.report.removeprefix(iris.base()), follow_redirects=False)
            assert moved.status_code == 308
            assert moved.headers["location"].endswith(quote(results[-1].report.removeprefix(iris.base())))
            assert client.get("/reports/" + old.report.removeprefix(iris.base())).json()["iri"] == results[-1].report
        [gone] = delete_reports(store, [str(path)])
        assert gone.outcome == "deleted" and store.counts()["reports"] == 0
        for old in results:
            assert client.get("/reports/" + old.report.removeprefix(iris.base())).status_code == 404


@EMBEDDED_EMPTIED_ONLY
def test_an_edited_header_of_the_copy_read_replaces_it_though_copies_remain(store: Store, tmp_path: Path) -> None:
    files = copies_of_one_text(tmp_path)
    store_all([files["organ"], files["far"]], store)
    assert store.reports()[0]["year"] == 2023
    write(Path(files["organ"]), "organ: 武汉市新洲区人大常委会\nyear: 2022\n\n" + body("d03.txt"))
    [edited] = store_all([files["organ"]], store)
    assert edited.outcome == "replaced" and store.counts()["reports"] == 1
    [row] = store.reports()
    assert row["year"] == 2022 and len(row["sources"]) == 2


#: Every export format on the embedded store; on Neo4j one of each kind of reading (:func:`graph.export.export`): every
#: RDF format serializes one dataset of the store's report graphs (nq), and csv-edges and GraphML are the projection
#: csv-nodes reads with the same descriptions and sources. Each of the others (~1 s on Neo4j, the 12k triples of
#: the reference graphs read back each time) formats what those two read, the same code the embedded store runs.
EXPORTS = {"embedded": ("nq", "trig", "jsonld", "ttl", "nt", "csv-nodes", "csv-edges", "graphml"),
           "neo4j": ("nq", "csv-nodes")}


def test_the_path_a_report_was_read_from_is_in_no_graph_export_or_row(store: Store, tmp_path: Path) -> None:
    """The report names its file portably (round 19: exports and rows carried the ingesting machine's paths)."""
    path = write(tmp_path / "reports-of-a-user" / "report.txt", body("d01.txt"))
    store_all([path], store)
    for fmt in EXPORTS[store.name]:
        assert "reports-of-a-user" not in store.export(fmt), fmt  # type: ignore[arg-type]
    [line] = [line for line in store.export("nq").splitlines() if "sourceLocation" in line and '"report.txt"' in line]
    rows = [*store.reports(), *store.activities(), *store.statistics()]
    assert rows and all(row["source"] == "report.txt" for row in rows)
    assert all("reports-of-a-user" not in repr(row) for row in rows)


# One template notice (identical body text) as councils publish it on their own sites.
TEMPLATE = ("关于开展《中华人民共和国食品安全法》执法检查的通知\n为推动食品安全法的贯彻实施，常委会决定于2024年5月至6月对"
            "《中华人民共和国食品安全法》贯彻实施情况开展执法检查。执法检查组将听取市人民政府及有关部门的汇报，并深入乡镇、企业实地检查。\n")
GUANGHAN, MIANZHU = "广汉市人民代表大会常务委员会", "绵竹市人民代表大会常务委员会"
ORGAN = "https://w3id.org/oversight-kg/id/organ/"


def publications_of_one_text(folder: Path) -> dict[str, str]:
    """The template as two councils published it, the first reposted on another site under its short
    name, and copies founding no publication: the second council's without a URL, one with a URL and no
    organ, one with no header."""
    return {name: write(folder / f"{name}.txt", header + TEMPLATE) for name, header in (
        ("guanghan", f"url: http://www.ghrd.gov.cn/tzgg/2024/0412.html\norgan: {GUANGHAN}\nyear: 2024\n\n"),
        ("repost", "url: https://www.scrd.gov.cn/sxrd/2024/0415.html\norgan: 广汉市人大常委会\nyear: 2024\n\n"),
        ("mianzhu", f"url: http://www.mzrd.gov.cn/gg/2024/0410.html\norgan: {MIANZHU}\nyear: 2024\n\n"),
        ("mianzhu-no-url", "organ: 绵竹市人大常委会\nyear: 2024\n\n"),
        ("url-no-organ", "url: https://www.example.com/news/0416.html\nyear: 2024\n\n"),
        ("bare", ""))}


def by_publisher(store: Store) -> dict[str | None, list[str]]:
    """Each stored report's files (its sources but the URL its header gives, which goes first), by the organ that
    published it."""
    return {row["publisher"]: [s for s in row["sources"] if "://" not in s] for row in store.reports()}


@EMBEDDED_EMPTIED_ONLY
def test_one_text_published_by_two_councils_is_two_reports(store: Store, tmp_path: Path) -> None:
    files = publications_of_one_text(tmp_path)
    first, second = store_all([files["guanghan"], files["mianzhu"]], store)
    assert (first.outcome, second.outcome) == ("inserted", "inserted") and first.report != second.report
    assert f"the same text as {first.report}, published by another organ" in (second.note or "")
    assert by_publisher(store) == {ORGAN + GUANGHAN: ["guanghan.txt"], ORGAN + MIANZHU: ["mianzhu.txt"]}
    for organ, report in ((GUANGHAN, first.report), (MIANZHU, second.report)):
        [activity] = store.activities(organ=ORGAN + organ)  # each council's inspection, in its own report
        assert activity["report"] == report


@EMBEDDED_EMPTIED_ONLY
def test_publications_of_one_text_give_one_store_in_any_order_and_on_every_rerun(store: Store, tmp_path: Path) -> None:
    """Which report each copy joins depends on the copies alone: a repost under the publisher's short
    name joins its publication, a copy naming a publisher but no URL joins that publisher's, copies naming
    none join the first publication; never on which came first or how often the folder ran."""
    files = publications_of_one_text(tmp_path)
    names = list(files)
    orders = [names, names[::-1], ["bare", "mianzhu-no-url", "repost", "url-no-organ", "mianzhu", "guanghan"],
              ["url-no-organ", "guanghan", "bare", "mianzhu", "repost", "mianzhu-no-url"]]
    stores = []
    for order in orders_for(store, orders):
        for iri in report_iris(store):
            store.delete_report(URIRef(iri))
        for name in order:  # one run each: the store is already the same, before any rerun
            store_all([files[name]], store)
        stores.append(stored_graphs(store))
        runs = [store_all(sorted(files.values()), store) for _ in range(2)]  # then the whole folder twice
        assert [r.outcome for r in runs[0]] == [r.outcome for r in runs[1]] == ["unchanged"] * len(files)
        stores.append(stored_graphs(store))
    assert all(found == stores[0] for found in stores[1:])
    held = {publisher: {Path(s).stem for s in sources} for publisher, sources in by_publisher(store).items()}
    assert set(held) == {ORGAN + GUANGHAN, ORGAN + MIANZHU}
    assert {"guanghan", "repost"} <= held[ORGAN + GUANGHAN] and {"mianzhu", "mianzhu-no-url"} <= held[ORGAN + MIANZHU]
    assert any({"bare", "url-no-organ"} <= sources for sources in held.values())
    assert sum(map(len, held.values())) == len(files)
    for organ in (GUANGHAN, MIANZHU):
        assert len(store.activities(organ=ORGAN + organ)) == 1  # each counted once, however many copies


@EMBEDDED_EMPTIED_ONLY
def test_copies_under_one_url_are_one_report_whatever_organ_they_name(store: Store, tmp_path: Path) -> None:
    url = "url: http://www.ghrd.gov.cn/tzgg/2024/0412.html\n"
    first = write(tmp_path / "a.txt", f"{url}organ: {GUANGHAN}\n\n" + TEMPLATE)
    second = write(tmp_path / "b.txt", f"{url}organ: {MIANZHU}\n\n" + TEMPLATE)
    store_all([first, second], store)
    [row] = store.reports()
    assert row["sources"][0] == "http://www.ghrd.gov.cn/tzgg/2024/0412.html"
    read = read_source(row["sources"], store.report_hash(URIRef(row["iri"])) or "")
    assert sorted(row["sources"][1:]) == ["a.txt", "b.txt"] and row["sources"][1] == read  # the copy read first


def test_copies_without_a_url_name_no_publication_of_their_own(store: Store, tmp_path: Path) -> None:
    """Without a URL a report is named by its text (DESIGN.md Identity), and one text names one report."""
    first = write(tmp_path / "a.txt", f"organ: {GUANGHAN}\n\n" + TEMPLATE)
    second = write(tmp_path / "b.txt", f"organ: {MIANZHU}\n\n" + TEMPLATE)
    results = store_all([first, second], store)
    assert [r.outcome for r in results] == ["inserted", "duplicate"] and store.counts()["reports"] == 1


@EMBEDDED_EMPTIED_ONLY
def test_a_file_whose_organ_is_edited_moves_to_that_publication(store: Store, tmp_path: Path) -> None:
    files = publications_of_one_text(tmp_path)
    store_all([files["guanghan"], files["mianzhu"], files["mianzhu-no-url"]], store)
    assert store.counts()["reports"] == 2
    write(Path(files["mianzhu"]), f"url: http://www.mzrd.gov.cn/gg/2024/0410.html\norgan: {GUANGHAN}\n\n" + TEMPLATE)
    store_all([files["mianzhu"]], store)
    held = {publisher: {Path(s).stem for s in sources} for publisher, sources in by_publisher(store).items()}
    assert held == {ORGAN + GUANGHAN: {"guanghan", "mianzhu", "mianzhu-no-url"}}  # no publication of Mianzhu is left


def test_a_report_stored_before_publications_were_told_apart_is_replaced_once(store: Store, tmp_path: Path) -> None:
    source = write(tmp_path / "report.txt", f"url: http://www.ghrd.gov.cn/tzgg/2024/0412.html\norgan: {GUANGHAN}\n\n" + TEMPLATE)
    report = load(source)
    report.graph.set((report.iri, OKG.sourceLocation, Literal(str(Path(source).resolve()))))  # as round 11 named it
    store.upsert_report(report.iri, report.graph, " ".join(report.content_hash.split(" ")[:3]))  # round 11's hash
    assert [r.outcome for r in store_all([source], store)] == ["replaced"]
    assert [r.outcome for r in store_all([source], store)] == ["unchanged"]


def test_every_order_of_the_copies_leaves_one_set_of_graphs_and_hashes(tmp_path: Path) -> None:
    """All 720 orders of the six copies, placed as a first load places them (:func:`api.bulk_load.stage`,
    the rule ``okg ingest`` applies): the same graphs, and the same hashes (the loose copies each report
    holds), whichever came first."""
    built = [load(source) for source in publications_of_one_text(tmp_path).values()]

    def copy(graph: Graph) -> Graph:  # 720 copies of each graph are made: rdflib's store without contexts, which
        fresh = Graph(store="SimpleMemory", bind_namespaces="none")  # adds a triple in a third of the time, no bindings
        fresh.addN((s, p, o, fresh) for s, p, o in graph)
        return fresh

    def placed(order: tuple[int, ...]) -> dict[str, tuple[frozenset[tuple[str, ...]], str]]:
        fresh = [replace(built[i], graph=copy(built[i].graph)) for i in order]  # placing adds sources to a graph
        return {iri: (frozenset(tuple(map(str, t)) for t in graph), content_hash)
                for iri, (graph, content_hash) in stage(fresh).graphs.items()}

    first = placed(tuple(range(len(built))))
    assert len(first) == 2
    assert all(placed(order) == first for order in permutations(range(len(built))))


@EMBEDDED_EMPTIED_ONLY
def test_between_copies_named_by_their_text_the_note_gives_the_count_that_decided(store: Store, tmp_path: Path) -> None:
    """Neither copy has a URL: the header that states more goes first, and the note says so naming what each states
    (a fresh user read 'a URL goes before none' when neither had one)."""
    files = copies_of_one_text(tmp_path)
    store_all([files["organ"]], store)
    [far] = store_all([files["far"]], store)
    assert "its header (year: 2010) was not used" in (far.note or "")
    assert ("because both are named alike and its header states more of whose report it is (organ, year) than the "
            "other's (year)") in (far.note or "")
    assert "URL" not in (far.note or "")


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("misspelt", ["广汉市人大常委", "廣漢市人大常委會議"])
@pytest.mark.parametrize("misspelt_first", [True, False], ids=["misspelt-first", "misspelt-second"])
def test_a_copy_whose_organ_reads_as_no_organ_never_displaces_a_correct_one(
        store: Store, tmp_path: Path, misspelt: str, misspelt_first: bool) -> None:
    """Copies under one url: whose headers name the publisher rightly and misspelt (warned about, kept as an
    organ of its own) keep the right one's reading, in either order and across runs (a fresh user's round 22)."""
    url = "url: http://www.ghrd.gov.cn/tzgg/2024/0412.html\nlevel: county\n"
    right = write(tmp_path / "right.txt", f"{url}organ: {GUANGHAN}\n\n" + TEMPLATE)
    wrong = write(tmp_path / "wrong.txt", f"{url}organ: {misspelt}\n\n" + TEMPLATE)
    for batch in ([wrong], [right]) if misspelt_first else ([right], [wrong]):
        store_all(batch, store)
    assert list(by_publisher(store)) == [ORGAN + GUANGHAN]
    store_all([wrong, right], store)
    assert list(by_publisher(store)) == [ORGAN + GUANGHAN]


def test_a_corrected_copy_names_both_files_from_here_and_which_header_is_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new user's round 39, finding 14: a copy with a corrected `year:` was told its header was not used in a line
    naming the stored copy by its absolute path and the new one as typed. Both are named from the current directory
    (one outside it by its absolute path, the only name that works from here), the line says whose header the report
    keeps, and its `okg delete`, run from here as written, has the report read again with the corrected year."""
    monkeypatch.chdir(tmp_path)
    text = body("d03.txt")
    write(tmp_path / "reports" / "kept.txt", "url: http://www.example.gov.cn/rd/kept.html\nyear: 2020\n\n" + text)
    write(tmp_path / "odd" / "corrected.txt", "year: 2019\n\n" + text)
    outside = write(tmp_path.parent / f"{tmp_path.name}-elsewhere.txt", text)
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "reports", "--store", "store"]).exit_code == 0
    for typed in (str(outside), "odd/../odd/corrected.txt"):
        result = runner.invoke(app, ["ingest", typed, "--store", "store"])
        assert result.exit_code == 0 and "1 duplicate" in result.output, result.output
    [line] = [line for line in result.output.splitlines() if "the same text as report" in line]
    assert f"stored from {outside}, reports/kept.txt: not stored again, odd/corrected.txt added to its sources" in line
    assert str(tmp_path / "reports") not in line and str(tmp_path / "odd") not in line
    assert "its header (year: 2019) was not used: the report keeps the header of reports/kept.txt, because" in line
    command = line.split("run okg delete ", 1)[1].split(" (the copy the report is read from)")[0]
    assert shlex.split(command) == ["reports/kept.txt"]
    dropped = runner.invoke(app, ["delete", *shlex.split(command), "--store", "store"])
    assert dropped.exit_code == 0, dropped.output
    [row] = json.loads(runner.invoke(app, ["ask", "reports", "--json", "--store", "store"]).stdout)["items"]
    assert row["year"] == 2019  # read again from the copies left, the corrected header the one stating a year
    # the line says what changed and from whose header, naming the one report that stands (round 45, newuser30 T4)
    [line] = [line for line in dropped.stderr.splitlines() if "read again from" in line]
    assert line.endswith(f"now {row['iri']}: year 2020 → 2019, url http://www.example.gov.cn/rd/kept.html → none, "
                         "from odd/corrected.txt's header"), line


def test_a_delete_that_reads_a_report_again_names_the_one_report_left_and_the_year_it_moved_to(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """newuser30 T4: copies of one page, the first stating year 2018 and its URL, one with no header, one with the same
    URL and year 2019 (its header not used), one as the first. Deleting the first two copies that hold the reading
    reads the report again from the rest; the line named two report ids (the header-less copy's, read first, and the
    URL's) and not the year's move. Now a delete that reads it again with the same header says so, and the last names
    the one id and `year 2018 → 2019, from odd/c_year2019.txt's header`."""
    monkeypatch.chdir(tmp_path)
    text, url = body("d03.txt"), "http://www.example.gov.cn/rd/page.html"
    # the 2018 copies' headers state a field more, so theirs is the reading whatever the digests (the tester's, alike
    # in fields, were ranked by digest)
    write(tmp_path / "rep" / "first.txt", f"url: {url}\nlevel: county\nyear: 2018\n\n" + text)
    write(tmp_path / "odd" / "a_noheader.txt", text)
    write(tmp_path / "odd" / "b_same.txt", f"url: {url}\nlevel: county\nyear: 2018\n\n" + text)
    write(tmp_path / "odd" / "c_year2019.txt", f"url: {url}\nyear: 2019\n\n" + text)
    runner = CliRunner()
    for folder in ("rep", "odd"):
        assert runner.invoke(app, ["ingest", folder, "--store", "store"]).exit_code == 0
    lines = []
    for copy in ("rep/first.txt", "odd/b_same.txt"):
        dropped = runner.invoke(app, ["delete", copy, "--store", "store"])
        assert dropped.exit_code == 0, dropped.output
        lines += [line for line in dropped.stderr.splitlines() if "read again from" in line]
    [row] = json.loads(runner.invoke(app, ["ask", "reports", "--json", "--store", "store"]).stdout)["items"]
    assert row["year"] == 2019 and url in row["sources"]
    # the copy first.txt or b_same.txt (headers alike) holds the reading: dropping it while the other stays changes nothing
    assert all(line.endswith(f"now {row['iri']}: its year, organ and URL unchanged") for line in lines[:-1]), lines
    assert lines[-1].endswith(f"read again from odd/a_noheader.txt, odd/c_year2019.txt, now {row['iri']}: "
                             "year 2018 → 2019, from odd/c_year2019.txt's header"), lines[1]
