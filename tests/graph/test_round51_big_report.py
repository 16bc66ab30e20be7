"""Round 51 (newuser37 B1): a report naming one thing thousands of times keeps a bounded number of its mentions.

A 3.6 MB report of 20,000 numbered inspection sentences over 10 laws stated 80,000 mention nodes (24 of its 28
triples a line); the server writing it peaked at 1.32 GB. A report keeps at most
:data:`loaders.build.mentions.MENTIONS_KEPT` mention nodes of one thing, its first by offset, says how many there are
in a warning, and keeps its direct link to each law whole. The cap is the report graph's, before any store: the
shape is tested on the built graph."""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import RDF

from loaders.build import build
from loaders.build.mentions import MENTIONS_KEPT
from loaders.document import Document
from loaders.extract import extract
from ontology import OKG

LAWS = ("中华人民共和国湿地保护法", "中华人民共和国森林法", "中华人民共和国畜牧法")
LAWS_TRADITIONAL = ("中華人民共和國濕地保護法", "中華人民共和國森林法", "中華人民共和國畜牧法")
#: Numbered sentences of one shape, each over a law of a few (the numbers make no two lines the same).
SHAPES = (
    "第{n}项,区人大常委会对《{law}》贯彻实施情况开展执法检查,检查组赴{n}号点实地察看,听取了区林业局的汇报。",
    "{n}. 县人大常委会组织开展《{law}》执法检查，深入{n}个村实地查看。",
    "第{n}項，區人大常委會對《{law}》貫徹實施情況開展執法檢查，檢查組赴{n}號點實地察看。",
)


def _built(shape: str, laws: tuple[str, ...], lines: int) -> tuple[Counter[str], set[str], tuple[str, ...], object]:
    text = "\n".join(shape.format(n=n, law=laws[n % len(laws)]) for n in range(lines)) + "\n"
    doc = Document(text=text, source="big.txt", metadata={"organ": "武汉市新洲区人民代表大会常务委员会",
                                                          "level": "county", "year": "2023"})
    report = build(doc, extract(doc))
    g = report.graph
    named: Counter[str] = Counter(str(g.value(m, OKG.mentionOf)) for m in g.subjects(RDF.type, OKG.Mention)
                                  if g.value(m, OKG.mentionOf) is not None)
    linked = {str(law) for law in g.objects(report.iri, OKG.mentionsLaw)}
    return named, linked, report.warnings, g


@pytest.mark.parametrize(("shape", "laws"), [(SHAPES[0], LAWS), (SHAPES[1], LAWS), (SHAPES[2], LAWS_TRADITIONAL)])
def test_a_report_naming_one_thing_past_the_cap_keeps_the_cap_and_says_how_many(shape: str, laws: tuple[str, ...]) -> None:
    lines = MENTIONS_KEPT + 40
    named, linked, warnings, _ = _built(shape, laws, lines)
    assert named and max(named.values()) == MENTIONS_KEPT  # the committee named on every line: capped
    assert len(linked) == len(laws)  # every law still linked from the report
    said = [w for w in warnings if f"more than {MENTIONS_KEPT} times" in w]
    assert len(said) == 1 and f"{lines:,}" in said[0]


def test_a_report_under_the_cap_keeps_every_mention_and_says_nothing() -> None:
    named, linked, warnings, _ = _built(SHAPES[0], LAWS, 30)
    assert sorted(named.values(), reverse=True)[:1] == [30]  # the committee, once a line
    assert {named[law] for law in linked} == {10}  # each law on every third line, all kept
    assert not [w for w in warnings if "times each" in w]


def test_the_kept_mentions_are_the_first_by_offset() -> None:
    lines = MENTIONS_KEPT + 40
    _, _, _, g = _built(SHAPES[0], LAWS, lines)
    cut = len("".join(SHAPES[0].format(n=n, law=LAWS[n % len(LAWS)]) + "\n" for n in range(MENTIONS_KEPT)))
    starts: dict[str, list[int]] = {}
    for m in g.subjects(RDF.type, OKG.Mention):
        if (thing := g.value(m, OKG.mentionOf)) is not None:
            starts.setdefault(str(thing), []).append(int(g.value(m, OKG.startOffset)))
    capped = [found for found in starts.values() if len(found) == MENTIONS_KEPT]
    assert capped  # the committee, the group and the bureau, once a line each
    assert all(max(found) < cut for found in capped)  # all in the first MENTIONS_KEPT lines, none in the last 40
