"""Where the reports name a law besides its inspections (graph.law_mentions): a long report's mentions cost what
they are, not what they are times its sentences."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import loaders.extract.spans
from graph.backends.embedded import EmbeddedStore
from graph.law_mentions import mentions_of_laws
from loaders import load
from ontology import OKG
from ontology import iri as iris

SAMPLES = Path(__file__).parents[2] / "api" / "samples"
COPIES = 30


class _Listed(list):
    """Sentences that count how often they are walked through, in ``walks`` shared by all."""

    walks = [0]

    def __iter__(self) -> Any:
        self.walks[0] += 1
        return super().__iter__()


def test_a_long_reports_sentences_are_walked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A report whose body is a sample's 30 times, each copy's sentences told apart (a sentence told again word for
    word keeps no mentions of its own, round 41): its sentences are listed once for all its mentions (each mention
    listed them again: a fresh user's 2 MB report made the first /laws take 63 s, round 26), and each mention keeps
    the sentence it lies in, once per sentence, in the text's order. The sample names laws outside its inspections'
    sentences (d07's mentions were its organs', which no law row lists: round 48, B7)."""
    header, body = (SAMPLES / "d08.txt").read_text(encoding="utf-8").split("\n\n", 1)
    path = tmp_path / "long.txt"
    copies = (body.rstrip("\n").replace("。", f"（第{n}份）。") + "\n" for n in range(1, COPIES + 1))
    path.write_text(header + "\n\n" + "".join(copies), encoding="utf-8")
    report = load(path)
    text = str(next(report.graph.objects(report.iri, OKG.fullText)))
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.upsert_report(report.iri, report.graph, report.content_hash)
        cut = loaders.extract.spans.sentences
        monkeypatch.setattr(loaders.extract.spans, "sentences", lambda t: _Listed(cut(t)))
        _Listed.walks[0] = 0
        found = mentions_of_laws(store)
    finally:
        store.close()
    mentions = [m for rows in found.values() for m in rows if m["status"] is None]
    assert len(mentions) >= COPIES and _Listed.walks[0] == 1
    for rows in found.values():
        assert rows == sorted(rows, key=lambda m: (m["report"], m["start"], m["end"], m["status"] is None, m["iri"]))
        assert len({(m["start"], m["end"]) for m in rows}) == len(rows)
    assert all(text[m["start"]:m["end"]] == m["text"] for m in mentions)



@pytest.mark.parametrize("sample", ["seed.txt", "d07.txt"])
def test_only_the_mentions_of_laws_are_described_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       sample: str) -> None:
    """A new user's round 48, B7: a report's mentions of organs outnumber its laws' (6,000 inspection sentences, 18,000
    mentions), and every one was described with its report, offsets and words for ``/laws``. The mentions' targets are
    read alone first; only a law's mentions are described whole, and every law's mentions are still listed. Round 49
    (api49, B7): the store reads the mentions aimed at a law in one query (``mentions_aimed``), so what it returns is
    what is read whole."""
    report = load(SAMPLES / sample)
    store = EmbeddedStore(tmp_path / "store")
    try:
        store.upsert_report(report.iri, report.graph, report.content_hash)
        targets = {iri: d.rels["mentionOf"] for iri, d in store.describe(cls="Mention").items()}
        asked: list[list[str]] = []
        aimed = store.mentions_aimed

        def spied(prefix: str) -> Any:
            read = aimed(prefix)
            asked.append(list(read))
            return read

        monkeypatch.setattr(store, "mentions_aimed", spied)
        found = mentions_of_laws(store)
    finally:
        store.close()
    laws = f"{iris.base()}law/"
    assert any(not target.startswith(laws) for named in targets.values() for target in named)  # organs named too
    whole = [iri for iris_asked in asked for iri in iris_asked if iri in targets]
    assert whole and all(any(t.startswith(laws) for t in targets[iri]) for iri in whole)
    named_laws = {t for named in targets.values() for t in named if t.startswith(laws)}
    assert set(found) <= named_laws and all(law.startswith(laws) for law in found)
    assert {m["iri"] for rows in found.values() for m in rows if m["status"] is None} <= set(whole)
