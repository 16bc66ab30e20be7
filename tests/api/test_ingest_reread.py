"""An unchanged source is found unchanged before it is extracted, by its text, header, name and the extractor's
version (round 22: 100 unchanged files took 8 s, each extracted again first); progress counts each report read,
and reports read are written within seconds, each still whole or not at all."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef

import api.ingest
from api.cli import SAMPLES
from api.ingest import IngestResult, expand, ingest, prepare
from api.reread import Stored, stamp, stored_reading
from graph import Store
from graph.backends.embedded import EmbeddedStore
from graph.identity import Index
from loaders import read


@pytest.fixture
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with EmbeddedStore(tmp_path_factory.mktemp("store")) as db:
        yield db


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Four sample reports, one in a sub-folder (named ``sub/…`` in its graph)."""
    for name in ("d01.txt", "d02.txt", "d03.txt", "sub/d04.txt"):
        target = tmp_path / "corpus" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((SAMPLES / Path(name).name).read_text(encoding="utf-8"), encoding="utf-8")
    return tmp_path / "corpus"


def test_a_source_read_as_stored_is_not_extracted_and_any_other_is(store: Store, folder: Path) -> None:
    [source] = [s for s in expand([folder]) if s.endswith("d01.txt")]
    [first] = ingest([source], store)
    doc = read(source)
    stored = Stored(first.report or "", stamp(doc.content_hash), doc.metadata_hash)
    assert prepare(source, stored=stored) == IngestResult(source, "unchanged", first.report)
    for other in (Stored(stored.iri, doc.content_hash, doc.metadata_hash),  # stored by an okg without the stamp
                  Stored(stored.iri, stored.content, "0" * 64)):  # another header
        built = prepare(source, stored=other)
        assert not isinstance(built, IngestResult) and str(built.iri) == first.report  # extracted


def test_the_stored_reading_of_a_source_is_found_only_under_its_own_name(store: Store, folder: Path) -> None:
    sources = expand([folder])
    ingest(sources, store)
    index, hashes = Index(store), store.graph_hashes()
    nested = next(s for s in sources if s.endswith("d04.txt"))
    assert stored_reading(index, hashes, nested, "sub/d04.txt") is not None
    assert stored_reading(index, hashes, nested, "d04.txt") is None  # given by itself it is named otherwise
    assert stored_reading(index, hashes, str(folder / "nowhere.txt"), "nowhere.txt") is None


def test_an_unchanged_folder_is_unchanged_without_extraction_and_a_new_extractor_reads_it_again(
        store: Store, folder: Path) -> None:
    sources = expand([folder])
    first = ingest(sources, store)
    assert [r.outcome for r in first] == ["inserted"] * 4
    again = ingest(sources, store)
    assert [r.outcome for r in again] == ["unchanged"] * 4
    assert all(r.triples == 0 and not r.warnings for r in again)  # found before extraction: nothing built
    for row in store.reports():  # as a store another extractor version wrote: every hash's first part differs
        iri = URIRef(row["iri"])
        parts = (store.report_hash(iri) or "").split(" ")
        store.upsert_report(iri, store.named_graph(iri), " ".join(["0" * 64, *parts[1:]]))  # type: ignore[arg-type]
    assert [r.outcome for r in ingest(sources, store)] == ["replaced"] * 4  # extracted again
    assert [r.outcome for r in ingest(sources, store)] == ["unchanged"] * 4


def test_a_folder_given_from_another_level_is_extracted_again_with_its_new_names(store: Store, folder: Path) -> None:
    ingest(expand([folder]), store)
    nested = expand([folder / "sub"])  # d04.txt named by itself now, not sub/d04.txt
    [result] = ingest(nested, store)
    assert result.outcome == "replaced"
    [sources] = [row["sources"] for row in store.reports() if row["iri"] == result.report]
    assert sources[-1] == "d04.txt" and "sub/d04.txt" not in sources  # after the URL its header gives


def test_the_extractor_version_changes_with_any_file_it_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import api.reread as reread

    roots = [tmp_path / "loaders", tmp_path / "ontology"]
    for root in roots:
        root.mkdir()
    (roots[0] / "extract.py").write_text("RULE = 1\n")
    (roots[1] / "okg.ttl").write_text("# terms\n")
    monkeypatch.setattr(reread, "EXTRACTOR_ROOTS", tuple(roots))
    versions = []
    for change in (lambda: None, lambda: (roots[0] / "extract.py").write_text("RULE = 2\n"),
                   lambda: (roots[1] / "okg.ttl").write_text("# terms, one more\n"),
                   lambda: (roots[0] / "lexicon.csv").write_text("name\n")):
        change()
        reread.extractor_version.cache_clear()
        versions.append(reread.extractor_version())
    reread.extractor_version.cache_clear()
    assert len(set(versions)) == 4


def test_progress_hears_each_report_read_and_results_follow_within_the_write_time(
        store: Store, folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each source is heard once read, before its result; with a write time of 0 s every report read is written
    before the next is read (round 22: the bar sat at 0/100 while 50 reports waited for their group)."""
    monkeypatch.setattr(api.ingest, "WRITE_SECONDS", 0.0)
    sources = expand([folder])
    events: list[tuple[str, str]] = []
    results = ingest(sources, store, on_done=lambda r: events.append(("done", r.source)),
                     on_read=lambda s: events.append(("read", s)))
    assert [r.outcome for r in results] == ["inserted"] * 4
    assert events == [(kind, s) for s in sources for kind in ("read", "done")]
    monkeypatch.setattr(api.ingest, "WRITE_SECONDS", 3600.0)  # and by count alone they wait for the group
    for iri in [row["iri"] for row in store.reports()]:
        store.delete_report(URIRef(iri))
    events.clear()
    ingest(sources, store, on_done=lambda r: events.append(("done", r.source)), on_read=lambda s: events.append(("read", s)))
    assert events == [*(("read", s) for s in sources), *(("done", s) for s in sources)]
