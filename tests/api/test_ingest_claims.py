"""Different texts under one ``url:`` (round 22, F2): within one run the later is refused naming both files; across
runs a different text replaces the stored one and says which and how much differs; a text or header that lost
characters in an earlier encoding never displaces a reading that lost fewer. Which text wins and what the note says are
decided above the store (``api.ingest``'s claims, ``api.text_change``): the tests of a later run's replacing text and
of an intact text replacing a damaged one in its run make its store calls on Neo4j too (a report replaced in place
under its URL, its text read back); the others run on the embedded store (``EMBEDDED_EMPTIED_ONLY``, round 50)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import URIRef

from api.ingest import IngestResult, write_reports
from api_helpers import EMBEDDED_EMPTIED_ONLY
from graph import Store
from loaders import load
import test_ingest_identity
from test_ingest_identity import body, write

store = test_ingest_identity.store  # the fixture: an empty store of each kind (the embedded one if so marked)

URL = "http://www.example.gov.cn/rdgz/2024/0115.html"


def run(store: Store, *sources: str) -> list[IngestResult]:
    """One ingest run of ``sources`` (as :func:`api.ingest.ingest` writes them, without its worker)."""
    return write_reports(store, [(source, load(source)) for source in sources])


def texts(store: Store) -> list[str]:
    return [store.report(row["iri"])["text"] for row in store.reports()]  # type: ignore[index]


def big5(text: str) -> str:
    """``text`` as a Big5 encoder leaves a simplified one: each character Big5 lacks turned into ``?``."""
    return text.encode("big5", errors="replace").decode("big5")


def torn_utf8(text: str) -> str:
    """``text`` with the last byte of every tenth Chinese character lost, decoded with replacement (U+FFFD)."""
    data = bytearray()
    for number, char in enumerate(text):
        encoded = char.encode("utf-8")
        data += encoded[:-1] if len(encoded) == 3 and number % 10 == 5 else encoded
    return data.decode("utf-8", errors="replace")


HEADERS = {  # one URL, written as a header gives it; the IRI is minted from its host lower-cased
    "same": (f"url: {URL}\n\n", f"url: {URL}\n\n"),
    "host case": (f"url: {URL}\n\n", f"url: {URL.replace('www.example.gov.cn', 'WWW.Example.gov.cn')}\n\n"),
    "with organ": (f"url: {URL}\norgan: 武汉市人大常委会\n\n", f"url: {URL}\nyear: 2024\n\n"),
}


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("headers", HEADERS.values(), ids=HEADERS)
def test_two_texts_under_one_url_in_one_run_refuse_the_later_and_hold_on_rerun(store: Store, tmp_path: Path,
                                                                               headers: tuple[str, str]) -> None:
    part1 = write(tmp_path / "same" / "part1.txt", headers[0] + body("d01.txt"))
    part2 = write(tmp_path / "same" / "part2.txt", headers[1] + body("d02.txt"))
    first = run(store, part1, part2)
    assert [r.outcome for r in first] == ["inserted", "failed"]
    error = " ".join((first[1].error or "").split())
    assert part2 in error and part1 in error and "?page=2" in error and "none of its" in error
    assert texts(store) == [body("d01.txt")]
    for _ in range(2):  # never flip-flops: the same outcome on every rerun
        assert [r.outcome for r in run(store, part1, part2)] == ["unchanged", "failed"]
        assert texts(store) == [body("d01.txt")]


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("second", [f"{URL}?page=2", URL.replace(".html", "_2.html"), URL.replace("http:", "https:") + "#2"])
def test_each_part_under_its_own_url_is_a_report_of_its_own(store: Store, tmp_path: Path, second: str) -> None:
    """The near misses: each part under its own url: (?page=2, …_2.html), as the refusal advises, is a report of its
    own; a URL that differs only in its scheme and fragment names the same page, so the two texts still conflict."""
    part1 = write(tmp_path / "part1.txt", f"url: {URL}\n\n" + body("d01.txt"))
    part2 = write(tmp_path / "part2.txt", f"url: {second}\n\n" + body("d02.txt"))
    if "#" in second:
        assert [r.outcome for r in run(store, part1, part2)] == ["inserted", "failed"]
        return
    assert [r.outcome for r in run(store, part1, part2)] == ["inserted", "inserted"]
    assert [r.outcome for r in run(store, part1, part2)] == ["unchanged", "unchanged"]
    assert sorted(texts(store)) == sorted([body("d01.txt"), body("d02.txt")])


@pytest.mark.parametrize("other", ["d02.txt", "seed.txt"])
def test_a_different_text_in_a_later_run_replaces_the_stored_one_and_says_which_and_how_much(
        store: Store, tmp_path: Path, other: str) -> None:
    part1 = write(tmp_path / "part1.txt", f"url: {URL}\n\n" + body("d01.txt"))
    part2 = write(tmp_path / "part2.txt", f"url: {URL}\n\n" + body(other))
    run(store, part1)
    [result] = run(store, part2)
    note = " ".join((result.note or "").split())
    assert result.outcome == "replaced" and "a copy of the same text" not in note
    assert "a different text under the url: of the stored report" in note and "read from part1.txt" in note
    lines = len([line for line in body("d01.txt").splitlines() if line.strip()])
    assert f"none of its {lines} lines is in this one" in note and f"{URL}?page=2" in note
    assert texts(store) == [body(other)]


@EMBEDDED_EMPTIED_ONLY
def test_an_edited_file_says_how_much_of_its_text_changed(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    text = body("seed.txt")
    source = write(path, f"url: {URL}\n\n" + text)
    run(store, source)
    lines = [line for line in text.splitlines() if line.strip()]
    write(path, f"url: {URL}\n\n" + "\n".join(lines[:-1] + ["本次会议共审议议案三件。"]))
    [result] = run(store, source)
    note = " ".join((result.note or "").split())
    assert result.outcome == "replaced"
    assert "a different text under the url: of the stored report" in note and "read from report.txt:" in note
    assert "it replaces that text, whose facts are gone (1 of its " in note
    assert "lines are not in this one; " in note
    assert "?page=2" not in note  # the file's own text changed: no parts of a page to tell apart
    [header_only] = run(store, write(path, f"url: {URL}\nyear: 2024\n\n" + "\n".join(lines[:-1] + ["本次会议共审议议案三件。"])))
    assert header_only.outcome == "replaced" and "text changed" not in (header_only.note or "")  # the same text


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("edited", ["copy.txt", "origin.txt"])
def test_an_edited_copy_names_every_file_the_stored_text_was_read_from(store: Store, tmp_path: Path,
                                                                       edited: str) -> None:
    """A new user's round 47, B5: a second file with a stored report's text (a copy, added to its sources), edited,
    was told "its text changed since it was stored", the file after it "a different text under the url:"; one
    message for both now names the files the stored text was read from, and the parts' advice, since another gave it."""
    text = body("seed.txt")
    origin = write(tmp_path / "origin.txt", f"url: {URL}\n\n" + text)
    copy = write(tmp_path / "copy.txt", f"url: {URL}\n\n" + text)
    run(store, origin)
    run(store, copy)
    lines = [line for line in text.splitlines() if line.strip()]
    [result] = run(store, write(tmp_path / edited, f"url: {URL}\n\n" + "\n".join(lines[:-1] + ["本次会议共审议议案三件。"])))
    note = " ".join((result.note or "").split())
    assert result.outcome == "replaced", result
    assert "a different text under the url: of the stored report" in note and "read from copy.txt, origin.txt:" in note
    assert f"{URL}?page=2" in note and "text changed since" not in note


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("damage", [big5, torn_utf8])
def test_a_damaged_text_never_replaces_an_intact_one_under_its_url(store: Store, tmp_path: Path,
                                                                  damage: Callable[[str], str]) -> None:
    text = body("d03.txt")
    good = write(tmp_path / "good.txt", f"url: {URL}\n\n" + text)
    bad = write(tmp_path / "bad.txt", f"url: {URL}\n\n" + damage(text))
    run(store, good)
    [refused] = run(store, bad)
    assert refused.outcome == "failed" and bad in (refused.error or "") and "good.txt" in (refused.error or "")
    assert "lost" in (refused.error or "") and texts(store) == [text]
    # in one run, whichever comes first: the intact text is stored, the damaged one refused or replaced
    for iri in [row["iri"] for row in store.reports()]:
        store.delete_report(URIRef(iri))
    first = run(store, bad, good)
    assert [r.outcome for r in first] == ["inserted", "replaced"] and "lost more characters" in (first[1].note or "")
    assert texts(store) == [text]
    assert [r.outcome for r in run(store, bad, good)] == ["failed", "unchanged"]


def test_an_intact_text_replaces_a_damaged_one_and_a_damaged_one_never_an_intact_one_of_the_run(
        store: Store, tmp_path: Path) -> None:
    text = body("d03.txt")
    bad = write(tmp_path / "bad.txt", f"url: {URL}\n\n" + big5(text))
    run(store, bad)
    good = write(tmp_path / "good.txt", f"url: {URL}\n\n" + text)
    [result] = run(store, good)
    assert result.outcome == "replaced" and "read from bad.txt" in (result.note or "") and texts(store) == [text]
    other = write(tmp_path / "other.txt", f"url: {URL}\n\n" + big5(body("d02.txt")))
    assert [r.outcome for r in run(store, good, other)] == ["unchanged", "failed"]


def test_a_damaged_text_is_warned_about_when_stored_and_an_intact_one_is_not(tmp_path: Path,
                                                                          tmp_path_factory: pytest.TempPathFactory) -> None:
    from api.ingest import ingest
    from graph.backends.embedded import EmbeddedStore

    bad = write(tmp_path / "bad.txt", big5(body("d01.txt")))
    good = write(tmp_path / "good.txt", body("d02.txt"))
    with EmbeddedStore(tmp_path_factory.mktemp("store")) as db:
        results = {Path(r.source).name: r for r in ingest([bad, good], db)}
    assert [w for w in results["bad.txt"].warnings if "its text has lost" in w and "bad.txt" in w]
    assert not [w for w in results["good.txt"].warnings if "lost" in w]


@EMBEDDED_EMPTIED_ONLY
def test_a_copy_whose_header_lost_characters_never_takes_over_a_good_reading(store: Store, tmp_path: Path) -> None:
    """The same text under the same URL, its organ damaged (湘西…人民代表大?常?委??) and its header stating more: its
    organ reads as none, so it goes after the good one (``graph.identity.precedence``) and is a copy whose header is
    not used; the good reading stays."""
    text = body("d03.txt")
    good = write(tmp_path / "b05.txt", f"url: {URL}\norgan: 湘西土家族苗族自治州人民代表大会常务委员会\n\n" + text)
    bad = write(tmp_path / "big5_b05.txt", f"url: {URL}\norgan: {big5('湘西土家族苗族自治州人民代表大会常务委员会')}\n"
                                           "level: city\nyear: 2025\n\n" + text)
    run(store, good)
    [second] = run(store, bad)
    assert second.outcome == "duplicate", second
    [row] = store.reports()  # the damaged copy holds the same text: one more source of it, its header unused
    assert row["publisher"].endswith("湘西土家族苗族自治州人民代表大会常务委员会")
    assert row["sources"] == [URL, "b05.txt", "big5_b05.txt"]


def test_a_copy_whose_header_is_not_used_is_not_warned_about_its_header(tmp_path: Path,
                                                                         tmp_path_factory: pytest.TempPathFactory) -> None:
    """Round 22, F12: a copy without year: was warned that no year is known, though the stored report has one."""
    from api.ingest import ingest
    from graph.backends.embedded import EmbeddedStore

    text = body("d03.txt")
    dated = write(tmp_path / "dated.txt", f"url: {URL}\nyear: 2023\n\n" + text)
    bare = write(tmp_path / "bare.txt", text)
    with EmbeddedStore(tmp_path_factory.mktemp("store")) as db:
        ingest([dated], db)
        [copy] = ingest([bare], db)
        assert copy.outcome == "duplicate" and not copy.warnings
        assert db.reports()[0]["year"] == 2023
    with EmbeddedStore(tmp_path_factory.mktemp("store")) as db:
        [alone] = ingest([bare], db)  # stored from it, its doubt is said
        assert alone.outcome == "inserted" and any("year:" in w for w in alone.warnings)
