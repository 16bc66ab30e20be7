"""``okg ask laws`` on a store holding one long report (round 49, newuser34 B7): the law mentions are asked for by one
query on the embedded store (:meth:`graph.backends.Backend.mentions_aimed`), which must find what describing every
mention found; a read-only opening builds the laws views without the IRIs each graph holds (it can never update them)
and answers the same laws table as a writable one. The time is a benchmark's (``benchmarks/ask_big_report.py``)."""
from __future__ import annotations

from pathlib import Path

from api.ingest import ingest, write_reports
from graph import Store, open_store
from graph.backends import Backend
from loaders import load
from ontology import iri as iris

#: Sentences naming laws in each way a mention is kept: inspected (covered by the inspection's statement), named in
#: passing, in a planned inspection, and a law named twice in one sentence.
TEXT = ("2023年5月，县人大常委会对《中华人民共和国森林法》贯彻实施情况开展执法检查。\n"
        "会议指出，要认真贯彻《中华人民共和国监督法》和《中华人民共和国代表法》，依法履职。\n"
        "2024年，县人大常委会拟对《中华人民共和国水法》开展执法检查。\n"
        "检查组要求对照《中华人民共和国森林法》，再学习《中华人民共和国森林法》的有关条款。\n")
HEADER = "url: http://www.example.gov.cn/rd/b7.html\norgan: 长子县人民代表大会常务委员会\nyear: 2023\n\n"


def _statements(found: dict) -> dict[str, tuple]:
    return {iri: (sorted(d.types), sorted(d.rels["mentionOf"]), d.rel("statedIn"), d.one("startOffset"),
                  d.one("endOffset"), d.one("evidenceText")) for iri, d in found.items()}


def test_the_law_mentions_one_query_finds_are_those_describing_every_mention_finds(emptied_store: Store,
                                                                                    tmp_path: Path) -> None:
    report = tmp_path / "b7.txt"
    report.write_text(HEADER + TEXT, encoding="utf-8")
    [result] = write_reports(emptied_store, [(str(report), load(str(report)))])
    assert result.outcome == "inserted"
    laws = f"{iris.base()}law/"
    found = _statements(emptied_store.mentions_aimed(laws))
    assert found == _statements(Backend.mentions_aimed(emptied_store, laws))
    assert sorted(words for *_, words in found.values()) == sorted(
        f"中华人民共和国{title}" for title in ("森林法", "森林法", "森林法", "监督法", "代表法", "水法"))
    assert all(target.startswith(laws) for _, targets, *_ in found.values() for target in targets)
    rows = {row["title"]: row for row in emptied_store.laws(None)}
    assert [m["text"] for m in rows["中华人民共和国各级人民代表大会常务委员会监督法"]["mentions"]] == [TEXT.splitlines()[1].rstrip("。")]
    assert [m["text"] for m in rows["中华人民共和国森林法"]["mentions"]] == [TEXT.splitlines()[3].rstrip("。")]


def test_a_read_only_opening_answers_the_laws_table_a_writable_one_does(tmp_path: Path) -> None:
    report = tmp_path / "b7.txt"
    report.write_text(HEADER + TEXT, encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        [result] = ingest([str(report)], store)
        assert result.outcome == "inserted"
        written = store.laws(None)
    with open_store(tmp_path / "store", access="read") as store:
        assert store.read_only and store.laws(None) == written
