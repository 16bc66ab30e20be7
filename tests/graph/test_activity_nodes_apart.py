"""Activities sharing their words are nodes of their own, on both stores (round 36's note: three satisfaction ratings of
one sentence were one ``/activities`` row, an activity's IRI being keyed by its span and type).

What tells them apart is what each is about (its laws, subject, the organs it oversaw), then its ordinal among
activities alike in all of these; an activity whose span and type no other shares keeps the IRI stored graphs hold.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import URIRef

from graph import Store
from loaders import load
from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from ontology import OKG, iri
from world import ingest

CITY = "冷水江市人民代表大会常务委员会"


def _built(text: str) -> tuple[Facts, set[URIRef], URIRef]:
    doc = Document(text=text, source="t.txt", metadata={"organ": CITY, "year": "2023"})
    facts = extract(doc)
    built = build(doc, facts)
    return facts, {node for node in built.graph.subjects(OKG.statedIn, built.iri) if "/activity/" in node}, built.iri


@pytest.mark.parametrize("text", [
    "2023年，常委会会议对市交通运输局、市教育局、市公安局的工作进行了满意度测评。",  # one rating per bureau
    "会议对市民政局、市农业农村局和市乡村振兴局开展了工作评议，并进行满意度测评。",  # one appraisal per bureau
    "常委会听取和审议了市人民政府、市中级人民法院、市人民检察院关于办理市人大代表建议情况的报告。",  # one review per report
    "经过投票表决，对市交通局、教育局、公安局、人社局等重点议案、建议办理单位的测评均为满意。",  # dev ad41's wording
    "会议听取和审议市人大常委会和“一府两院”工作报告。",  # dev ag35: four reviews alike in all but their ordinal
])
def test_each_activity_of_one_sentence_is_a_node(text: str) -> None:
    facts, nodes, _ = _built(text)
    shared = Counter((act.start, act.end, act.type) for act in facts.activities)
    assert max(shared.values()) > 1, "the sentence no longer gives several activities of one kind"
    assert len(nodes) == len(facts.activities)


def test_an_activity_alone_on_its_words_keeps_its_stored_iri() -> None:
    """The IRI of an activity no other shares a span and type with is ``iri.fact(report, "activity", start, end, type)``,
    as before (every such activity's IRI on the dev set's Facts is unchanged: 4,105 of 4,105)."""
    facts, nodes, report = _built("常委会开展《中华人民共和国森林法》执法检查。会议对市公安局、市司法局进行满意度测评。")
    inspection = next(act for act in facts.activities if act.type == "law_enforcement_inspection")
    assert iri.fact(report, "activity", inspection.start, inspection.end, inspection.type) in nodes


def test_bodies_each_hearing_their_own_government_keep_their_conductors_iris() -> None:
    """Activities told apart by conductor (round 33's discriminator) keep it: their IRIs do not change."""
    text = "孝南区人大常委会和汉川市人大常委会分别听取和审议了本级政府关于安全生产工作情况的报告。"
    doc = Document(text=text, source="t.txt", metadata={"organ": "孝感市人民代表大会常务委员会"})
    facts = extract(doc)
    built = build(doc, facts)
    expected = {iri.fact(built.iri, "activity", act.start, act.end, f"{act.type}@{act.conducted_by}")
                for act in facts.activities}
    assert len(expected) == 2 and expected <= set(built.graph.subjects())


def test_three_ratings_are_three_rows(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "lengshuijiang.txt"
    path.write_text(f"organ: {CITY}\nlevel: county\nyear: 2023\n\n"
                    "2023年，常委会会议对市交通运输局、市教育局、市公安局的工作进行了满意度测评。\n", encoding="utf-8")
    ingest(store, [load(path)])
    rows = [row for row in store.activities() if row["kind"] == "SatisfactionEvaluation"]
    overseen = sorted(body.rsplit("/", 1)[-1] for row in rows for body in row["overseen"])
    assert overseen == ["冷水江市交通运输局", "冷水江市公安局", "冷水江市教育局"]
    assert len({row["iri"] for row in rows}) == 3
