"""A counted activity told as the times of one piece of work in sequence (先后两次组织代表现场视察) is the work done, an
activity node as well as the statistic of its count; a total of a kind (开展视察12次, 累计, 共) stays a statistic only
(a first-time analyst's round 38, newuser22 §3: 岳阳's two site visits were a statistic and no activity)."""
from __future__ import annotations

import pytest
from rdflib import RDF, Literal

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from ontology import OKG, validate

CITY = "岳阳市人民代表大会常务委员会"


def _graph(text: str):
    doc = Document(text=text, source="r.txt", metadata={"organ": CITY, "year": "2015"})
    return build(doc, extract(doc)).graph


@pytest.mark.parametrize("text, kind", [
    ("为办理好代表的这些建议，常委会先后两次组织代表现场视察，听取承办单位汇报办理情况。", OKG.SiteVisit),
    ("常委会先后三次组织代表视察城区道路建设。", OKG.SiteVisit),
    ("常委會先後兩次組織代表現場視察。", OKG.SiteVisit),
])
def test_times_told_in_sequence_are_an_activity(text: str, kind) -> None:
    g = _graph(text)
    assert list(g.subjects(RDF.type, kind)) and list(g.subjects(OKG.measure, Literal("site_visit")))
    assert validate(g) == []


@pytest.mark.parametrize("text", [
    "一年来，常委会共组织代表视察12次。",
    "全年开展视察调研21次。",
])
def test_a_total_stays_a_statistic(text: str) -> None:
    g = _graph(text)
    assert list(g.subjects(RDF.type, OKG.OversightActivity)) == []
