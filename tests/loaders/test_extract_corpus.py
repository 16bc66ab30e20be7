"""Every fact of every corpus report points at its own text: text[start:end] == mention/evidence."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.read import read

FIXTURES = Path(__file__).resolve().parents[2] / "api" / "samples"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
FILES = sorted({p.name: p for d in (FIXTURES, SHARED) if d.is_dir() for p in d.glob("*.txt")}.values())


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_offset_slices_its_mention_or_evidence(path):
    doc = read(path)
    facts = extract(doc)
    for item in facts.laws + facts.organs + facts.deputies:
        assert doc.text[item.start : item.end] == item.mention
    for item in facts.activities + facts.statistics:
        assert doc.text[item.start : item.end] == item.evidence
    for law in facts.laws:
        assert law.evidence is None or law.evidence in doc.text


def test_seed_inspected_laws():
    seed = next(p for p in FILES if p.name == "seed.txt")
    inspected = {law.canonical for law in extract(read(seed)).laws if law.inspected}
    assert {"中华人民共和国湿地保护法", "武汉市蔬菜农药残留监督管理条例", "中华人民共和国渔业法", "中华人民共和国森林法"} <= inspected


def test_corpus_is_present():
    assert FILES, "no corpus reports found"
