"""Each activity's Facts say the years the store dates it by and where they come from (``dated``), by the rule the
graph's ``okg:year`` follows (:mod:`loaders.years`; a new user's round 47, B2: ``"year": null`` in ``okg extract``
read as a missing date while ``/activities`` showed the report's year). Phrasings in both scripts."""
from __future__ import annotations

import pytest
from rdflib import RDF, URIRef

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from ontology import OKG

ORGAN = "汉阴县人民代表大会常务委员会"
CASES = [  # (header, text, the years and source expected of every activity)
    ({"organ": ORGAN, "year": "2023"}, "县人大常委会听取和审议了县人民政府关于营商环境工作情况的报告。", ("2023", "header")),
    ({"organ": ORGAN, "year": "2023"}, "縣人大常委會聽取和審議了縣人民政府關於營商環境工作情況的報告。", ("2023", "header")),
    ({"organ": ORGAN, "year": "2017-2021"}, "常委会组织开展《中华人民共和国森林法》执法检查。", ("2017-2021", "header")),
    ({"organ": ORGAN}, "县人大常委会2022年工作报告\n常委会听取和审议了县人民政府关于林长制工作情况的报告。",
     ("2022", "report text")),
    ({"organ": ORGAN}, "縣人大常委會2022年工作報告\n常委會對《中華人民共和國森林法》實施情況開展執法檢查。",
     ("2022", "report text")),
    ({"organ": ORGAN, "year": "2023"}, "2021年，常委会对《中华人民共和国森林法》实施情况开展了执法检查。", ("2021", "sentence")),
    ({"organ": ORGAN, "year": "2022"}, "五年来，常委会对《中华人民共和国森林法》实施情况开展了执法检查。", ("2018-2022", "sentence")),
]


def facts_and_graph(header: dict[str, str], text: str) -> tuple[list[dict], object]:
    doc = Document(text=text, source="r.txt", metadata=header)
    facts = extract(doc)
    return facts.to_json()["activities"], build(doc, facts).graph


@pytest.mark.parametrize(("header", "text", "expected"), CASES)
def test_every_activity_says_the_years_it_is_stored_with_and_where_they_come_from(
        header: dict[str, str], text: str, expected: tuple[str, str]) -> None:
    activities, _ = facts_and_graph(header, text)
    assert activities and all(act["dated"] == {"years": expected[0], "from": expected[1]} for act in activities), activities


@pytest.mark.parametrize(("header", "text", "expected"), CASES)
def test_the_graph_dates_each_activity_as_its_facts_say(header: dict[str, str], text: str,
                                                         expected: tuple[str, str]) -> None:
    activities, g = facts_and_graph(header, text)
    stored = {}
    for node in g.subjects(RDF.type, OKG.OversightActivity):
        assert isinstance(node, URIRef)
        span = (g.value(node, OKG.startOffset).toPython(), g.value(node, OKG.endOffset).toPython())
        single, first, last = (g.value(node, p) for p in (OKG.year, OKG.yearFrom, OKG.yearTo))
        stored[span] = str(single) if single is not None else f"{first}-{last}"
    assert stored and {(act["start"], act["end"]): act["dated"]["years"] for act in activities} == stored


def test_an_activity_of_a_report_without_any_year_is_dated_by_nothing() -> None:
    activities, _ = facts_and_graph({"organ": ORGAN}, "常委会听取和审议了县人民政府关于林长制工作情况的报告。")
    assert activities and all(act["dated"] is None for act in activities)
