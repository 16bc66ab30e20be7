"""The small world the query tests share: two reports, their names, and helpers."""
from __future__ import annotations

from typing import Any

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Graph, Literal, URIRef

from graph import Store
from loaders import ReportGraph
from ontology import OKG

def ingest(db: Store, graphs: list[ReportGraph]) -> list[str]:
    """Store ``graphs`` in one :meth:`graph.Store.upsert_reports` call (as ``okg ingest`` and ``okg import`` write), each
    report's outcome in order. Not one ``upsert_report`` per graph: on Neo4j each is a transaction of its own (its
    locks, its write statement, its names, a version bump): the 11 samples one by one took 3.7–10.1 JVM CPU-s on a
    test server, grouped 0.2–1.3 (round 51, suite time). Tests of one report's write call ``upsert_report``."""
    return list(db.upsert_reports([(rg.iri, rg.graph, rg.content_hash) for rg in graphs]))


WETLAND = "中华人民共和国湿地保护法"
FOREST = "中华人民共和国森林法"
XINZHOU = "武汉市新洲区人民代表大会常务委员会"
WUHAN = "武汉市人民代表大会常务委员会"
HUBEI = "湖北省人民代表大会常务委员会"
XINZHOU_GOV = "武汉市新洲区人民政府"
LAW = URIRef("https://example.org/law/wetland")


def labelled_law() -> Graph:
    """A law with labels in two languages, an alias and a short title (its names), a labelled blank node
    (not indexed), a comment (no name) and a decimal (a literal a store may write in another form)."""
    g = Graph()
    g.add((LAW, RDF.type, OKG.Law))
    g.add((LAW, RDF.type, OKG.NationalLaw))
    g.add((LAW, RDFS.label, Literal("中华人民共和国湿地保护法", lang="zh")))
    g.add((LAW, RDFS.label, Literal("Wetland Protection Law", lang="en")))
    g.add((LAW, SKOS.altLabel, Literal("湿地保护法", lang="zh")))
    g.add((LAW, URIRef(str(OKG) + "shortTitle"), Literal("湿地法")))
    g.add((BNode("b1"), RDFS.label, Literal("a blank node is not indexed")))
    g.add((LAW, RDFS.comment, Literal("not a name")))
    g.add((LAW, URIRef(str(OKG) + "articles"), Literal("1.0", datatype=XSD.decimal)))
    return g


def world_reports() -> list[ReportGraph]:
    """Two small reports: a (2023, 新洲区, wetland + forest, jointly with 武汉市) and b (2022, 湖北省, wetland)."""
    from loaders.document import Document
    from loaders.facts import Activity, Facts, LawMention, Statistic
    from loaders.build import build

    def one(name: str, organ: str, year: str, sentence: str, laws: list[str], **activity: object) -> ReportGraph:
        text = f"前言。{sentence}结语。"
        start, end = 3, 3 + len(sentence)
        doc = Document(text=text, source=f"/reports/{name}.txt",
                       metadata={"organ": organ, "year": year, "title": f"Annual Work Report {name.upper()}"})
        facts = Facts(
            laws=[LawMention(mention=t, canonical=t, inspected=True, start=start, end=end, level="法律") for t in laws],
            activities=[Activity(type="law_enforcement_inspection", evidence=sentence, start=start, end=end,
                                 laws=laws, **activity)],  # type: ignore[arg-type]
            statistics=[Statistic(evidence=sentence, what="执法检查", value=len(laws), unit="项", start=start, end=end)],
        )
        return build(doc, facts)

    return [
        one("a", XINZHOU, "2023", "联合开展湿地保护法、森林法执法检查。", [WETLAND, FOREST], subject="湿地保护",
            overseen=[XINZHOU_GOV], jointly_with=[WUHAN], issues=["ecology-nature"]),
        one("b", HUBEI, "2022", "开展湿地保护法执法检查。", [WETLAND]),
    ]


JOINT_PAIR = {XINZHOU, WUHAN}


def answers(db: Store) -> dict[str, Any]:
    """Everything an analyst reads, as plain data, for comparing stores."""
    law = db.laws(inspected=True)[0]["iri"]
    organ = db.organs()[0]["iri"]
    return {
        "laws": db.laws(), "coverage": db.coverage(), "statistics": db.statistics(),
        "activities": db.activities(), "organs": db.organs(), "reports": db.reports(),
        "search": db.search("保护"), "entity": db.entity(law), "timeline": db.timeline(organ),
        "neighbours": db.neighbours(law, depth=2, limit=100), "paths": db.paths(law, organ),
        "filtered": db.laws(year=2023, level="法律"),
    }
