"""Named deputies in the graph: one node per name and place, every mention traceable to its words."""
from __future__ import annotations

from rdflib import RDF, RDFS, Graph, URIRef

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from ontology import OKG, validate

TEXT = "2023年，镇人大代表张伟、陈丽提出建议23件，均已办复。"


def graph_of(organ: str | None, text: str = TEXT, source: str = "r.txt") -> Graph:
    doc = Document(text=text, source=source, metadata={"organ": organ, "year": "2023"} if organ else {"year": "2023"})
    return build(doc, extract(doc)).graph


def deputies(g: Graph) -> dict[str, URIRef]:
    return {str(g.value(node, RDFS.label)): node for node in g.subjects(RDF.type, OKG.Deputy)}


def test_a_deputy_is_one_node_per_place_and_two_places_keep_two() -> None:
    one = graph_of("安吉县孝丰镇人民代表大会主席团", source="a.txt")
    again = graph_of("安吉县孝丰镇人民代表大会主席团", "孝丰镇人大代表张伟在会上发言。", source="b.txt")
    other = graph_of("兴化市兴东镇人民代表大会主席团", source="c.txt")
    assert deputies(one)["张伟"] == deputies(again)["张伟"]  # one place's reports share their deputy
    assert deputies(one)["张伟"] != deputies(other)["张伟"]  # a namesake elsewhere is someone else


def test_every_deputy_mention_holds_its_words() -> None:
    g = graph_of("安吉县孝丰镇人民代表大会主席团")
    for name, node in deputies(g).items():
        (mention,) = g.subjects(OKG.mentionOf, node)
        words = str(g.value(mention, OKG.evidenceText))
        start, end = int(g.value(mention, OKG.startOffset)), int(g.value(mention, OKG.endOffset))
        assert name in words and TEXT[start:end] == words
    assert validate(g) == []


def test_without_a_place_a_deputy_is_the_reports_own() -> None:
    first, second = graph_of(None), graph_of(None, "2022年，镇人大代表张伟提出建议5件。")  # two reports (by their text)
    assert deputies(first)["张伟"] != deputies(second)["张伟"]


def test_a_placed_deputy_carries_the_place_of_the_report_naming_them() -> None:
    """Two namesakes of two places are told apart by more than their IRIs: each has its okg:jurisdiction."""
    g = graph_of("安吉县孝丰镇人民代表大会主席团")
    place = g.value(next(g.subjects(RDF.type, OKG.Report)), OKG.jurisdiction)
    assert place is not None and {g.value(node, OKG.jurisdiction) for node in deputies(g).values()} == {place}
    assert not list(graph_of(None).objects(None, OKG.jurisdiction))  # no place, none invented
