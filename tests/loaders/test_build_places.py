"""An activity's places and leader in its report's graph (round 29): ``okg:place`` links to the area nodes (with their
chain up to the nation), the leader as ``okg:leaderName`` / ``okg:leaderTitle``, and each stated by a mention of the
words (``okg:detailedIn``): the provenance of what lies outside the activity's evidence, in its sentence."""
from __future__ import annotations

from rdflib import RDF, Literal, URIRef

from loaders.build import build
from loaders.extract import extract
from loaders.read import Document
from ontology import OKG, validate
from ontology.iri import entity

TEXT = "2023年5月，省人大常委会副主任周先旺率执法检查组赴荆州市、洪湖市、监利市，检查《湿地保护法》实施情况。"


def _graph():  # noqa: ANN202 - an rdflib Graph
    doc = Document(text=TEXT, source="hubei.txt", metadata={"organ": "湖北省人民代表大会常务委员会", "year": "2023"})
    return build(doc, extract(doc)).graph


def test_the_places_are_links_to_the_area_nodes_and_the_leader_literals() -> None:
    g = _graph()
    (act,) = set(g.subjects(RDF.type, OKG.LawEnforcementInspection))
    assert set(g.objects(act, OKG.place)) == {entity("area", code) for code in ("421000", "421083", "421088")}
    assert g.value(entity("area", "421083"), OKG.within) == entity("area", "421000")  # 洪湖市 in 荆州市
    assert (g.value(act, OKG.leaderName), g.value(act, OKG.leaderTitle)) == (Literal("周先旺"), Literal("省人大常委会副主任"))


def test_each_place_and_the_leader_keep_the_words_stating_them() -> None:
    g = _graph()
    (act,) = set(g.subjects(RDF.type, OKG.LawEnforcementInspection))
    evidence = str(g.value(act, OKG.evidenceText))
    assert "荆州市" not in evidence  # the inspection's clause: the places are in the sentence before it
    words: dict[URIRef, str] = {}
    for mention in g.objects(act, OKG.detailedIn):
        start, end = int(g.value(mention, OKG.startOffset)), int(g.value(mention, OKG.endOffset))
        assert TEXT[start:end] == str(g.value(mention, OKG.evidenceText))
        words[g.value(mention, OKG.mentionOf) or g.value(mention, OKG.resolution)] = TEXT[start:end]
    assert words == {entity("area", "421000"): "荆州市", entity("area", "421083"): "洪湖市",
                     entity("area", "421088"): "监利市", Literal("person"): "省人大常委会副主任周先旺"}


def test_the_graph_conforms_to_the_shapes() -> None:
    assert validate(_graph()) == []
