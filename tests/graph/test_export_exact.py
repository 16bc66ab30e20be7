"""Every export format of either store gives back each graph as it went in: each literal with its lexical form,
datatype and language tag (round 17: the Neo4j store's TriG wrote ``okg:value 4.0`` for ``"4"^^xsd:decimal``, and
rdflib's JSON-LD wrote ``1.0`` for ``"1.0E0"^^xsd:double``); and the property-graph exports (GraphML, CSV) are the
same on both stores, the ontology's blank nodes (skolemised on Neo4j) in neither."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import to_canonical_graph

from graph import Store
from graph.export import literal_n3
from graph.terms import OKG_NS, exact_literals
from graph.canonical import content_hash
from graph.transfer import import_rdf, parse

EX = "https://example.org/"
K = Namespace(OKG_NS)
LAW, STAT = URIRef(EX + "law/forest"), URIRef(EX + "statistic/1")
RDF_FORMATS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld", "ttl": "turtle", "nt": "nt"}
MERGED = {"ttl", "nt"}
NEO = pytest.mark.neo4j
STORES = ["embedded", pytest.param("neo4j", marks=NEO)]


def typed(text: str, datatype: URIRef) -> Literal:
    return Literal(text, datatype=datatype, normalize=False)


# Lexical forms a store or a writer could rebuild from the value: each must come back as written.
DECIMALS = ["4", "4.50", "-0.0", "+4", ".5", "04.5", "4.", "72", "1234567890123456789.5", "0", "0.5"]
DOUBLES = ["1.0E0", "0.123456789", "1.5E3", "-0", "INF", "NaN", "1e5", "4", "0.1"]
INTEGERS = ["01", "+5", "-0", "7", "9223372036854775808", "-12"]
BOOLEANS = ["1", "0", "true", "false"]
OTHERS = [typed("2024-02-09", XSD.date), typed("2023", XSD.gYear), typed("2023-02", XSD.gYearMonth),
          typed("x", URIRef("http://example.com/dt#custom")), Literal("森林法", lang="zh"),
          Literal("Forest Law", lang="en"), Literal("森林法", lang="zh-Hant"), Literal("森林法", lang="zh-Hans"),
          Literal("Forest Law", lang="en-GB"), Literal("a^^b"), Literal("mail@example"),
          Literal('a "quoted"\nline'), typed("plain", XSD.string)]
LITERALS = [*(typed(x, XSD.decimal) for x in DECIMALS), *(typed(x, XSD.double) for x in DOUBLES),
            *(typed(x, XSD.integer) for x in INTEGERS), *(typed(x, XSD.boolean) for x in BOOLEANS), *OTHERS]


def graphs() -> dict[URIRef, Graph]:
    """Two report graphs: every literal on a node one graph owns (the statistic) and on a node both state (the
    law: on Neo4j its values are found through the graphs' records), a blank node in each."""
    a, b = Graph(), Graph()
    for lit in LITERALS:
        a.add((STAT, K.value, lit))
        a.add((LAW, K.note, lit))
    a.add((STAT, RDF.type, K.Statistic))
    a.add((LAW, K.part, BNode()))
    b.add((LAW, RDFS.label, Literal("中华人民共和国森林法", lang="zh")))
    b.add((LAW, K.note, typed("4.0", XSD.decimal)))  # another form of one value a's graph states
    shape = BNode()
    b.add((LAW, K.part, shape))
    b.add((shape, K.value, typed("2.50", XSD.decimal)))
    return {URIRef(EX + "report/a"): a, URIRef(EX + "report/b"): b}


def _key(term: object) -> tuple[str, ...]:
    """A term compared by what RDF says it is: a literal by lexical form, datatype (xsd:string the same as
    none, RDF 1.1) and language tag as written; never by value."""
    if isinstance(term, Literal):
        datatype = "" if term.datatype in (None, XSD.string) else str(term.datatype)
        return ("literal", str(term), datatype, term.language or "")
    return (type(term).__name__, str(term))


def exact(g: Graph) -> set[tuple[tuple[str, ...], ...]]:
    """The graph's triples, blank nodes labelled canonically, terms as :func:`_key` compares them."""
    if any(isinstance(t, BNode) for triple in g for t in triple):
        g = to_canonical_graph(g)
    return {tuple(_key(t) for t in triple) for triple in g}


def read_back(text: str, fmt: str) -> dict[URIRef | None, Graph]:
    """An export's graphs, literals as written (rdflib's parsers, which keep a language tag's case)."""
    data = Dataset()
    with exact_literals():
        data.parse(data=text, format=RDF_FORMATS[fmt])
    found: dict[URIRef | None, Graph] = {}
    for s, p, o, g in data.quads((None, None, None, None)):
        name = None if fmt in MERGED else g
        found.setdefault(name, Graph()).add((s, p, o))
    return found


@pytest.mark.parametrize("fmt", sorted(RDF_FORMATS))
@pytest.mark.parametrize("kind", STORES)
def test_every_format_gives_each_graph_back_exactly(fresh_store: Callable[[str], Store], kind: str, fmt: str) -> None:
    db = fresh_store(kind)
    given = graphs()
    for iri, g in given.items():
        db.upsert_report(iri, g, content_hash(g))
    back = read_back(db.export(fmt), fmt)  # type: ignore[arg-type]
    if fmt in MERGED:
        union = Graph()
        for g in given.values():
            union += g
        assert exact(back[None]) ^ exact(union) == set()
    else:
        assert sorted(back) == sorted(given)
        for iri, g in given.items():
            assert exact(back[iri]) ^ exact(g) == set(), iri


GRAPH_FORMATS = ["trig", "nq", "jsonld"]  # the formats that keep each report's graph, as `okg import` takes them


@pytest.mark.parametrize("fmt", GRAPH_FORMATS)
@pytest.mark.parametrize(("source", "target"), [("embedded", "embedded"), pytest.param("embedded", "neo4j", marks=NEO),
                                                pytest.param("neo4j", "embedded", marks=NEO)])
def test_an_imported_export_exports_the_same(fresh_store: Callable[[str], Store], source: str, target: str,
                                             fmt: str) -> None:
    """Export → import → export gives the same graphs, each literal and language tag as written, and into a store of
    the same kind, without blank nodes (whose labels a store mints), the same text: the import changes nothing it
    is given (round 19: Oxigraph's parser lower-cased language tags, so ``@zh-Hans`` came back ``@zh-hans``)."""
    for given in (graphs(), {iri: _without_blank_nodes(g) for iri, g in graphs().items()}):
        src, dst = fresh_store(source), fresh_store(target)  # neo4j → neo4j would share the one database: not asked
        for iri, g in given.items():
            src.upsert_report(iri, g, content_hash(g))
        text = src.export(fmt)  # type: ignore[arg-type]
        assert import_rdf(dst, text, fmt) == {"inserted": 2}
        again = dst.export(fmt)  # type: ignore[arg-type]
        for iri, g in given.items():
            assert exact(read_back(again, fmt)[iri]) ^ exact(g) == set(), iri
        if source == target and not any(isinstance(t, BNode) for g in given.values() for triple in g for t in triple):
            assert again == text


def _without_blank_nodes(g: Graph) -> Graph:
    bare = Graph()
    for triple in g:
        if not any(isinstance(t, BNode) for t in triple):
            bare.add(triple)
    return bare


@pytest.mark.parametrize(("document", "tags"), [
    ('<urn:a> <urn:b> "x"@zh-Hans .', {"zh-Hans"}),
    ('<urn:a> <urn:b> "x"@zh-Hans .\n<urn:a> <urn:b> "y"@EN-gb .', {"zh-Hans", "EN-gb"}),
    ('<urn:a> <urn:b> "x"@zh-Hant .\n<urn:a> <urn:b> "y"@zh-hant .', {"zh-Hant", "zh-hant"}),  # one tag, two cases
    ('<urn:a> <urn:b> "said \\"@En\\" once"@en .\n<urn:a> <urn:b> "y"@zh .', {"en", "zh"}),  # "@En in a string
    ('<urn:a> <urn:b> "mail@Example"@zh-Hans .', {"zh-Hans"}),
])
@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_import_keeps_each_language_tag_as_written(document: str, tags: set[str], fmt: str) -> None:
    found = {o.language for o in parse(document, fmt)[None].objects()}
    assert found == tags


@pytest.mark.parametrize("kind", STORES)
def test_turtle_and_trig_declare_their_prefixes(fresh_store: Callable[[str], Store], kind: str) -> None:
    db = fresh_store(kind)
    for iri, g in graphs().items():
        db.upsert_report(iri, g, content_hash(g))
    for fmt in ("trig", "ttl"):
        text = db.export(fmt)  # type: ignore[arg-type]
        assert "@prefix okg: <https://w3id.org/oversight-kg/ontology#> ." in text and "okg:value" in text, fmt
        assert "<https://w3id.org/oversight-kg/ontology#value>" not in text, fmt
    for fmt in ("nq", "nt"):  # the last line ends the text, with no blank line after it; lines in one order
        text = db.export(fmt)  # type: ignore[arg-type]
        assert text.endswith(" .\n") and not text.endswith("\n\n"), fmt
        assert text.split("\n") == sorted(text.split("\n"))[1:] + [""], fmt


@pytest.mark.parametrize(("lit", "written"), [
    (typed("4", XSD.decimal), '"4"^^xsd:decimal'), (typed("4.50", XSD.decimal), "4.50"),
    (typed("-0.0", XSD.decimal), "-0.0"), (typed("4.", XSD.decimal), '"4."^^xsd:decimal'),
    (typed(".5", XSD.decimal), '".5"^^xsd:decimal'), (typed("04.5", XSD.decimal), '"04.5"^^xsd:decimal'),
    (typed("+4.5", XSD.decimal), '"+4.5"^^xsd:decimal'), (typed("0.5", XSD.decimal), "0.5"),
    (typed("1.0E0", XSD.double), "1.0E0"), (typed("0.123456789", XSD.double), '"0.123456789"^^xsd:double'),
    (typed("INF", XSD.double), '"INF"^^xsd:double'), (typed("7", XSD.integer), "7"),
    (typed("01", XSD.integer), '"01"^^xsd:integer'), (typed("+5", XSD.integer), '"+5"^^xsd:integer'),
    (typed("-0", XSD.integer), '"-0"^^xsd:integer'), (typed("-12", XSD.integer), "-12"),
    (typed("true", XSD.boolean), "true"), (typed("1", XSD.boolean), '"1"^^xsd:boolean'),
    (typed("2023", XSD.gYear), '"2023"^^xsd:gYear'), (Literal("森林法", lang="zh-Hant"), '"森林法"@zh-Hant'),
])
def test_a_literal_is_short_only_when_it_reads_back_the_same(lit: Literal, written: str) -> None:
    assert literal_n3(lit, lambda dt: "xsd:" + str(dt).rpartition("#")[2]) == written


@pytest.mark.neo4j
def test_property_graph_exports_are_the_same_on_both_stores(fresh_store: Callable[[str], Store]) -> None:
    """The whole store (``all``: the reference graphs too) and the data alone (``data``), from one filling of each
    store: filling Neo4j with the reference graphs took most of the test's time."""
    from api.ingest import ensure_reference_graphs
    from graph.backends import StoreError
    from ontology import ONTOLOGY_IRI

    embedded, neo4j = fresh_store("embedded"), fresh_store("neo4j")
    items = [(iri, g, content_hash(g)) for iri, g in graphs().items()]
    for db in (embedded, neo4j):
        ensure_reference_graphs(db)  # the ontology, whose lists and restrictions are blank nodes, and the catalog
        db.upsert_reports(items)
    ontology = embedded.named_graph(ONTOLOGY_IRI)
    assert ontology is not None and any(isinstance(t, BNode) for triple in ontology for t in triple)
    for part in ("all", "data", "reports", None):
        for fmt in ("graphml", "csv-nodes", "csv-edges"):
            text = neo4j.export(fmt, part)  # type: ignore[arg-type]
            assert text == embedded.export(fmt, part), (part, fmt)  # type: ignore[arg-type]
            assert ".well-known/genid/" not in text and (str(LAW) in text or fmt == "csv-edges"), (part, fmt)
    with pytest.raises(StoreError):
        neo4j.export("csv-edges", "ontology")
