"""``okg delete``: a report goes by its id (IRI, short form, URL) or by the file it was read from, taking with it what
no other report states; a file shared with a copy only leaves its sources; a renamed file's old report can be pruned
(--missing); unknown ids fail one line each, the others are done. Which report an argument names, and what is said of
it, is decided above the store (``api.delete``, from the reports' rows): the tests of a report deleted with what only it
states and of a file that only leaves its sources make the delete's store calls on Neo4j too; the others run on the
embedded store (``EMBEDDED_OKG``, round 50)."""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from rdflib import URIRef
from typer.testing import CliRunner, Result

from api.cli import SAMPLES, app
from api.ingest import write_reports
from api_helpers import BOTH_STORES, empty_store
from graph import Store
from loaders import load
from loaders.read.text import split_header
from ontology import iri as iris

AIR = iris.base() + "law/中华人民共和国大气污染防治法"
SICHUAN = iris.base() + "organ/四川省人民代表大会常务委员会"
D04 = iris.base() + "report/hbbyyq.com/html/.lltt.201806t20180613_66126.html"
# Narrow :func:`okg` to the embedded store, for a test of how arguments are read (see the module's docstring).
EMBEDDED_OKG = pytest.mark.parametrize("okg", ["embedded"], indirect=True)


@pytest.fixture(params=BOTH_STORES)
def okg(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Callable[..., Result], Callable[[], contextlib.AbstractContextManager[Store]]]]:
    """``(run, opened)``: ``run(*args)`` runs okg on an empty store of each kind, ``opened()`` opens that store
    (the embedded one is one process's at a time: closed again before the next run)."""
    monkeypatch.delenv("OKG_STORE", raising=False)
    db = empty_store(request, tmp_path_factory)
    if request.param == "embedded":
        path = db.path  # type: ignore[attr-defined]
        db.close()
        where = ["--store", str(path)]

        def opened() -> contextlib.AbstractContextManager[Store]:
            from graph.backends.embedded import EmbeddedStore

            return EmbeddedStore(path)
    else:
        server = request.getfixturevalue("neo4j_server")
        for name, value in (("NEO4J_URI", server.uri), ("NEO4J_USER", server.user), ("NEO4J_PASSWORD", server.password)):
            monkeypatch.setenv(name, value)
        where = ["--neo4j"]

        @contextlib.contextmanager
        def opened() -> Iterator[Store]:  # type: ignore[misc]
            yield db

    def run(*args: str) -> Result:
        return CliRunner().invoke(app, [*args, *where])

    yield run, opened
    db.close()


def write(path: Path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def body(sample: str) -> str:
    return split_header((SAMPLES / sample).read_text(encoding="utf-8"))[1]


def stored(opened: Callable[[], contextlib.AbstractContextManager[Store]], *paths: str) -> dict[str, list[str]]:
    """Store ``paths`` (as ingest does, without its worker) and answer the reports' sources by IRI."""
    with opened() as db:
        if paths:
            write_reports(db, [(p, load(p)) for p in paths])
        return {row["iri"]: row["sources"] for row in db.reports()}


def test_a_report_goes_by_its_id_with_what_no_other_report_states(okg, tmp_path: Path) -> None:
    run, opened = okg
    d04, d05 = (write(tmp_path / name, (SAMPLES / name).read_text(encoding="utf-8")) for name in ("d04.txt", "d05.txt"))
    reports = stored(opened, d04, d05)
    assert D04 in reports and len(reports) == 2
    with opened() as db:
        assert db.entity(SICHUAN) is not None and db.entity(AIR) is not None
        air_before = {row["report"] for row in db.timeline(AIR)}
    result = run("delete", "https://hbbyyq.com/html/.lltt.201806t20180613_66126.html")  # the URL it is named by
    assert result.exit_code == 0, result.output
    assert D04 in result.stdout and "deleted" in result.stdout and "1 deleted" in result.stderr  # the table, the tally
    assert D04 not in result.stderr
    with opened() as db:
        assert [row["iri"] for row in db.reports()] == [r for r in reports if r != D04]
        assert db.named_graph(URIRef(D04)) is None and db.report(D04) is None
        assert db.entity(SICHUAN) is None  # only the deleted report stated it
        assert db.entity(AIR) is not None  # the other report states it too
        assert {row["report"] for row in db.timeline(AIR)} == air_before - {D04}
        assert db.find("四川省人大常委会", ["Organ"])["items"] == []  # the search index forgot it too
    again = run("delete", D04.removeprefix(iris.base()))  # short form; gone already
    assert again.exit_code == 1 and f"report/{D04.removeprefix(iris.base() + 'report/')}" in again.stderr
    assert "no report is stored as" in again.stderr


@EMBEDDED_OKG
def test_a_report_goes_by_its_url_percent_encoded_as_an_address_bar_gives_it(okg, tmp_path: Path) -> None:
    """``https%3A%2F%2F…`` (a first-time analyst, round 30, pasting what /reports/{id} took) was read as a file
    path under the current directory."""
    run, opened = okg
    stored(opened, write(tmp_path / "d04.txt", (SAMPLES / "d04.txt").read_text(encoding="utf-8")))
    result = run("delete", quote("https://hbbyyq.com/html/.lltt.201806t20180613_66126.html", safe=""))
    assert result.exit_code == 0 and "1 deleted" in result.stderr, result.output
    with opened() as db:
        assert db.reports() == []


@EMBEDDED_OKG
def test_a_renamed_and_edited_file_leaves_its_old_report_until_deleted_by_path_or_pruned(okg, tmp_path: Path) -> None:
    run, opened = okg
    old = write(tmp_path / "old.txt", body("seed.txt"))  # no url: named by its text
    stored(opened, old)
    Path(old).unlink()
    new = write(tmp_path / "new.txt", body("d01.txt"))
    reports = stored(opened, new)
    assert len(reports) == 2  # the old report's facts are still there
    [kept] = [iri for iri, sources in reports.items() if sources == ["new.txt"]]

    dry = run("delete", "--missing", "--dry-run")
    assert dry.exit_code == 0 and "dry run" in dry.stderr and "1 would be deleted" in dry.stderr, dry.output
    assert "would be deleted" in " ".join(dry.stdout.split()) and " deleted " not in dry.stdout.replace("be deleted", ""), dry.output
    assert stored(opened) == reports  # nothing written

    pruned = run("delete", "--missing")
    assert pruned.exit_code == 0 and old in " ".join(pruned.stdout.split()), pruned.output
    assert list(stored(opened)) == [kept]

    stored(opened, write(tmp_path / "third.txt", body("d03.txt")))
    by_path = run("delete", str(tmp_path / "third.txt"))  # an existing file, named by its path
    assert by_path.exit_code == 0 and "1 deleted" in by_path.stderr, by_path.output
    assert list(stored(opened)) == [kept]


def test_a_file_shared_with_a_copy_only_leaves_its_sources(okg, tmp_path: Path) -> None:
    run, opened = okg
    first, copy = write(tmp_path / "a.txt", body("seed.txt")), write(tmp_path / "b.txt", body("seed.txt"))
    [(iri, sources)] = stored(opened, first, copy).items()
    assert sources == ["a.txt", "b.txt"]
    result = run("delete", first)
    assert result.exit_code == 0 and "source dropped" in result.stderr and "0 deleted" in result.stderr, result.output
    assert stored(opened) == {iri: ["b.txt"]}
    with opened() as db:  # the copy left reads as the report and is still unchanged on its next ingest
        assert [r.outcome for r in write_reports(db, [(copy, load(copy))])] == ["unchanged"]
    assert run("delete", copy).exit_code == 0
    assert stored(opened) == {}


@EMBEDDED_OKG
def test_unknown_ids_fail_one_line_each_and_the_others_are_deleted(okg, tmp_path: Path) -> None:
    run, opened = okg
    known = write(tmp_path / "known.txt", body("d02.txt"))
    [iri] = stored(opened, known)
    unknown = ["report/nowhere.example/a.html", str(tmp_path / "never-ingested.txt"), "https://nowhere.example/b.html"]
    result = run("delete", unknown[0], iri, unknown[1], unknown[2])
    assert result.exit_code == 1, result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed) == 3 and all(u in line for u, line in zip(unknown, failed)), result.stderr
    assert "no report is stored as" in failed[0] and "no stored report was read from" in failed[1]
    assert "1 deleted" in result.stderr and "3 failed" in result.stderr
    assert stored(opened) == {}


@EMBEDDED_OKG
def test_delete_without_anything_to_delete_is_refused(okg) -> None:
    run, _ = okg
    result = run("delete")
    assert result.exit_code == 2 and "--missing" in result.stderr


@EMBEDDED_OKG
def test_a_source_named_by_an_earlier_arguments_report_says_it_is_deleted_already(okg, tmp_path: Path) -> None:
    """Round 22, F12: `okg delete --dry-run ID FILE` said of FILE "no stored report was read from" it; the report
    read from it was deleted by argument 1, and it says so (not a failure), written or dry run, id or name first."""
    run, opened = okg
    source = write(tmp_path / "odd" / "big.txt", body("d02.txt"))
    [iri] = stored(opened, source)
    for dry, outcome, tally in ((["--dry-run"], "would already be deleted", "1 would be deleted"),
                                ([], "already deleted", "1 deleted")):
        result = run("delete", *dry, iri, source)
        assert result.exit_code == 0, result.output
        text = " ".join(result.stderr.split())
        assert f"{outcome} (by argument 1)" in " ".join(result.stdout.split()) and "no stored report was read" not in text
        assert tally in text and "0 failed" in text
    assert stored(opened) == {}


@EMBEDDED_OKG
def test_a_source_pasted_as_reports_lists_it_is_deleted_and_an_ambiguous_name_is_refused(
        okg, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Round 22, F12: /reports lists a file by its path relative to the folder ingested (odd/big.txt → big.txt,
    2023/d01.txt), which is no path from where okg delete runs: it names that file's report; a name two stored files
    share lists their paths; a file that exists there is that file, never another one of its name."""
    from api.ingest import expand

    run, opened = okg
    for name, sample in (("2023/d01.txt", "d01.txt"), ("2023/d03.txt", "d03.txt"), ("2024/d03.txt", "d02.txt"),
                         ("x/shared.txt", "seed.txt"), ("y/shared.txt", "d04.txt")):
        write(tmp_path / "corpus" / name, body(sample))
    with opened() as db:
        write_reports(db, [(s, load(s, s.name)) for s in expand([tmp_path / "corpus"])])  # type: ignore[attr-defined]
        listed = sorted(s for row in db.reports() for s in row["sources"])
    assert "2023/d01.txt" in listed and "x/shared.txt" in listed
    monkeypatch.chdir(tmp_path)  # where the user runs okg: no 2023/ here
    result = run("delete", "2023/d01.txt", "./2023/d03.txt")
    assert result.exit_code == 0 and "2 deleted" in result.stderr, result.output
    write(tmp_path / "x" / "shared.txt", body("d05.txt"))  # a file of that name here, never ingested
    refused = run("delete", "x/shared.txt")
    assert refused.exit_code == 1 and "no stored report was read from" in refused.stderr
    with opened() as db:
        assert sorted(s for row in db.reports() for s in row["sources"]) == ["2024/d03.txt", "x/shared.txt", "y/shared.txt"]
        write_reports(db, [(s, load(s, s.name)) for s in expand([tmp_path / "corpus" / "x", tmp_path / "corpus" / "y"])])  # type: ignore[attr-defined]
    ambiguous = run("delete", "shared.txt")  # x/ and y/ given by themselves: both named shared.txt
    text = " ".join(ambiguous.stderr.split())
    assert ambiguous.exit_code == 1 and "several stored files are listed under this name" in text
    assert str(tmp_path / "corpus" / "x" / "shared.txt") in text and str(tmp_path / "corpus" / "y" / "shared.txt") in text
