"""Deputies' suggestions handled by the bodies they went to are the handling bodies' work, not the congress's oversight
(first-time analysts newuser16 r5, newuser18 a09, newuser19 §4, round 36): the Facts keep the `other` activity of round
32's ruling 3, the graph types it ``okg:SuggestionHandling``, no ``okg:OversightActivity``, credited by ``okg:handledBy``
to the bodies named, else to the report's area's government; the congress's own supervision stays
``okg:SuggestionSupervision``, conducted by the congress."""
from __future__ import annotations

import pytest
from rdflib import RDF, URIRef

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from ontology import OKG, iri, validate

COUNTY = "武汉市新洲区人民代表大会常务委员会"


def graph_of(text: str, organ: str = COUNTY, level: str = "county"):
    doc = Document(text=text, source="r.txt", metadata={"organ": organ, "level": level, "year": "2024"})
    facts = extract(doc)
    assert any(act.type == "other" for act in facts.activities), facts.activities  # the Facts keep ruling 3's activity
    return build(doc, facts).graph


def organ(name: str) -> URIRef:
    return iri.entity("organ", name)


@pytest.mark.parametrize("text", [
    "截至9月底，328件建议全部办结，办结率100%。",  # the probes' phrasings (newuser18 a09, newuser19 §4, newuser16 r5)
    "代表提出的856件建议已全部办结答复。",
    "大会期间代表提出的352件建议已全部办结。",
    "其余的166件代表建议已办理完毕。",  # dev h26, w15, q19, t39 (readable)
    "其他建议均办理完毕并答复代表。",
    "445件建议已全部办结并答复代表。",
    "代表提出的建議按規定全部辦結并分別答復代表。",
    "交通部门扎实办理代表议案，推动问题解决。",  # dev ad41, j03: a handling body at the work
    "各承办单位把办理代表建议同贯彻落实党中央决策部署结合起来。",
])
def test_suggestions_told_handled_are_the_handling_bodies_work(text: str) -> None:
    g = graph_of(text)
    handled = list(g.subjects(RDF.type, OKG.SuggestionHandling))
    assert len(handled) == 1
    node, = handled
    assert (node, RDF.type, OKG.OversightActivity) not in g and (node, OKG.conductedBy, None) not in g
    assert list(g.objects(node, OKG.handledBy)) == [organ("武汉市新洲区人民政府")]  # the area's government: none named
    assert not list(g.subjects(RDF.type, OKG.OversightActivity))
    assert validate(g) == []


@pytest.mark.parametrize(("organ_name", "level", "government"), [
    ("宜春市人民代表大会常务委员会", "city", "宜春市人民政府"),
    ("浙江省人民代表大会常务委员会", "province", "浙江省人民政府"),
    ("全国人民代表大会常务委员会", "national", "中华人民共和国国务院"),
])
def test_a_handling_naming_no_body_is_its_area_s_government(organ_name: str, level: str, government: str) -> None:
    g = graph_of("代表提出的建议已全部办结。", organ_name, level)
    node, = g.subjects(RDF.type, OKG.SuggestionHandling)
    assert list(g.objects(node, OKG.handledBy)) == [organ(government)]


def test_a_handling_naming_its_body_is_that_body_s() -> None:
    g = graph_of("归属省政府系统组织办理的778件建议已全部办理完毕。", "湖北省人民代表大会常务委员会", "province")  # dev ah09
    node, = g.subjects(RDF.type, OKG.SuggestionHandling)
    assert list(g.objects(node, OKG.handledBy)) == [organ("湖北省人民政府")]


@pytest.mark.parametrize("text", [
    "主任会议确定10件重点督办建议，由市人大常委会主任、副主任领衔督办。",
    "常委会重点督办代表建议12件。",
    "常委会办公厅和有关专门委员会认真协调督办。",
    "常委会组织代表对建议办理情况进行检查，推动建议全部办结。",  # the congress's check, the result its aim
    "县人大常委会副主任对政府及政府相关部门办理人大代表建议提出了意见建议。",  # dev af43: the handling as its object
])
def test_the_congress_s_own_supervision_stays_its_oversight(text: str) -> None:
    g = graph_of(text)
    assert not list(g.subjects(RDF.type, OKG.SuggestionHandling))
    supervised = list(g.subjects(RDF.type, OKG.SuggestionSupervision))
    assert supervised and all(str(body).endswith(("常务委员会", "办公厅"))  # the committee, or its office told
                              for node in supervised for body in g.objects(node, OKG.conductedBy))
    assert all((node, OKG.conductedBy, None) in g for node in supervised)
