"""A copy warned about as it was read goes after a clean copy of its text (a first-time analyst,
newuser19 §10: ``bad-not-really.pdf``, a text file under a ``.pdf`` name, stayed the copy its report was read from and
its first source after the clean ``.txt`` of the same text was ingested).

:func:`graph.identity.precedence` ranks, of copies alike in all else, the one whose file raised fewer warnings first; the
count is kept in the stored hash, so the rule holds across runs; ``sources`` lists the copy read first. The ranking is
decided above the store: the twelve orders and names run on the embedded store (``EMBEDDED_EMPTIED_ONLY``, round 50),
the tests of the count kept in the hash and of a warned copy whose header states more store warned and clean copies
and read their order back on Neo4j too.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from api.cli import SAMPLES
from api.ingest import IngestResult, write_reports
from api_helpers import EMBEDDED_EMPTIED_ONLY
from graph import Store
from graph.identity import Reading, source_digest
from loaders import load
from loaders.read.text import split_header

URL = "url: http://www.example.gov.cn/rd/2023.html\n"
ORGAN = "organ: 武汉市新洲区人大常委会\nyear: 2023\n"


@pytest.fixture()
def store(emptied_store: Store) -> Store:
    return emptied_store


def _text() -> str:
    return split_header((SAMPLES / "d03.txt").read_text(encoding="utf-8"))[1]


def _write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def _store(sources: list[str], store: Store) -> list[IngestResult]:
    return write_reports(store, [(source, load(source)) for source in sources])


def _read_from(store: Store) -> str | None:
    """The location whose digest the one stored report's hash names as the copy it was read from."""
    [row] = store.reports()
    return Reading.of(URIRef(row["iri"]), store.named_graph(URIRef(row["iri"])), store.report_hash(URIRef(row["iri"])) or "").source


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("warned_name", ["bad-not-really.pdf", "report.docx", "a-report.doc"])
@pytest.mark.parametrize("header", [URL + ORGAN, ORGAN], ids=["url", "no-url"])
@pytest.mark.parametrize("warned_first", [True, False], ids=["warned-first", "clean-first"])
def test_the_clean_copy_is_read_and_listed_first(store: Store, tmp_path: Path, warned_name: str, header: str,
                                                 warned_first: bool) -> None:
    text = header + "\n" + _text()
    warned, clean = _write(tmp_path / warned_name, text), _write(tmp_path / "zz-clean.txt", text)
    order = [warned, clean] if warned_first else [clean, warned]
    first, second = (_store([source], store)[0] for source in order)
    assert first.outcome == "inserted" and store.counts()["reports"] == 1
    if warned_first:
        assert second.outcome == "replaced"
        assert "reading its file raised no warnings, the other's 1" in (second.note or "")
    else:
        assert second.outcome == "duplicate"
    assert _read_from(store) == source_digest(clean)
    [row] = store.reports()
    files = [s for s in row["sources"] if not s.startswith("http")]
    assert files == ["zz-clean.txt", warned_name]
    assert row["sources"][0] == ("http://www.example.gov.cn/rd/2023.html" if URL in header else "zz-clean.txt")
    assert [r.outcome for r in _store(sorted(order), store)] == ["unchanged", "unchanged"]
    assert _read_from(store) == source_digest(clean)


def test_the_warning_count_is_kept_in_the_stored_hash(store: Store, tmp_path: Path) -> None:
    warned = _write(tmp_path / "bad-not-really.pdf", ORGAN + "\n" + _text())
    [result] = _store([warned], store)
    assert (store.report_hash(URIRef(result.report or "")) or "").split(" ")[7] == "1"


def test_a_warned_copy_whose_header_states_more_still_goes_first(store: Store, tmp_path: Path) -> None:
    """A warning is about the file, not its reading: a warned copy whose header says whose report it is goes before a
    clean one that does not (its reading gives the report its publisher and area)."""
    warned = _write(tmp_path / "named.pdf", ORGAN + "\n" + _text())
    clean = _write(tmp_path / "bare.txt", _text())
    _store([warned, clean], store)
    assert _read_from(store) == source_digest(warned)
    [row] = store.reports()
    assert row["sources"] == ["named.pdf", "bare.txt"]
