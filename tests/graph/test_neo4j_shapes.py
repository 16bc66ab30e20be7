"""Each Neo4j property has one shape across the database, decided by the ontology (``graph.n10s.node_values``):
a property okg.ttl declares functional is a single value, every other one a list, whatever number of values a
node happens to have. So a research question asked in SPARQL on the embedded store and in Cypher on Neo4j
gets the same answer where a property has one value on some nodes and two on others (round 19: a law's
``rdfs__label`` was a string until a second graph or an English label made it a list, and ``=`` or
``CONTAINS`` silently missed it). A functional property the data gives two values keeps the least as its
value and the others in ``_okgAlso_<name>``, losslessly; a store of round 13's shapes is reshaped on open.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS
from rdflib.compare import isomorphic

from graph import Store, n10s
from graph import neo4j_layout as layout
from graph.terms import OKG_NS
from graph.canonical import content_hash
from ontology import OKG, functional_properties

pytestmark = pytest.mark.neo4j
EX = Namespace("https://example.org/shapes/")
K = Namespace(OKG_NS)
FOREST, WETLAND_HB, WETLAND = EX["law/forest"], EX["law/hubei-wetland"], EX["law/wetland"]
PREFIXES = "PREFIX okg: <https://w3id.org/oversight-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def report_one() -> Graph:
    """Every property of every node with one value."""
    g = Graph()
    for law, title, level in ((FOREST, "中华人民共和国森林法", "法律"), (WETLAND_HB, "湖北省湿地保护条例", "地方性法规")):
        g.add((law, RDF.type, K.Law))
        g.add((law, RDFS.label, Literal(title, lang="zh")))
        g.add((law, K.lawLevel, Literal(level)))
    for act, year, status, subject, law in ((EX.a1, 2023, "reported", "森林保护", FOREST),
                                            (EX.a2, 2024, "planned", "湿地", WETLAND_HB)):
        g.add((act, RDF.type, K.LawEnforcementInspection))
        g.add((act, K.year, Literal(year)))
        g.add((act, K.status, Literal(status)))
        g.add((act, K.subject, Literal(subject)))
        g.add((act, K.concernsLaw, law))
    g.add((EX.s1, RDF.type, K.Statistic))
    g.add((EX.s1, K.measure, Literal("law_enforcement_inspection")))
    g.add((EX.s1, K.value, Literal("3", datatype=XSD.decimal)))
    g.add((EX.s1, K.status, Literal("reported")))
    g.add((EX["report-1"], RDF.type, K.Report))
    g.add((EX["report-1"], DCTERMS.issued, Literal("2024-03-01", datatype=XSD.date)))
    return g


def report_two() -> Graph:
    """Two values on some nodes: a second label (in this graph, or beside report one's), two subjects, two
    measures; and functional properties the data contradicts: two years, two statuses, a second law level."""
    g = Graph()
    g.add((WETLAND_HB, RDFS.label, Literal("Hubei Wetland Protection Regulations", lang="en")))
    g.add((WETLAND_HB, K.lawLevel, Literal("规章")))
    g.add((WETLAND, RDF.type, K.Law))
    g.add((WETLAND, RDFS.label, Literal("中华人民共和国湿地保护法", lang="zh")))
    g.add((WETLAND, RDFS.label, Literal("Wetlands Protection Law", lang="en")))
    g.add((WETLAND, K.lawLevel, Literal("法律")))
    for act, years, statuses, subjects, law in ((EX.a3, [2023, 2024], ["reported"], ["湿地保护", "河湖长制"], WETLAND),
                                                (EX.a4, [2024], ["reported", "planned"], ["森林"], FOREST)):
        g.add((act, RDF.type, K.LawEnforcementInspection))
        g.add((act, K.concernsLaw, law))
        for year in years:
            g.add((act, K.year, Literal(year)))
        for status in statuses:
            g.add((act, K.status, Literal(status)))
        for subject in subjects:
            g.add((act, K.subject, Literal(subject)))
    g.add((EX.s2, RDF.type, K.Statistic))
    g.add((EX.s2, K.measure, Literal("law_enforcement_inspection")))
    g.add((EX.s2, K.measure, Literal("执法检查")))
    g.add((EX.s2, K.value, Literal("2", datatype=XSD.decimal)))
    g.add((EX.s2, K.status, Literal("reported")))
    g.add((EX["report-2"], RDF.type, K.Report))
    g.add((EX["report-2"], DCTERMS.issued, Literal("2025-01-09", datatype=XSD.date)))
    return g


GRAPHS = {EX["report-1"]: report_one(), EX["report-2"]: report_two()}


def fill(db: Store) -> Store:
    db.upsert_reports([(g, graph, content_hash(graph)) for g, graph in GRAPHS.items()])
    return db


@pytest.fixture()
def pair(fresh_store: Callable[[str], Store]) -> tuple[Store, Store]:
    """The same two graphs on the embedded store and on Neo4j."""
    return fill(fresh_store("embedded")), fill(fresh_store("neo4j"))


def plain(value: Any) -> Any:
    """An answer's value, comparable across the two stores (numbers as floats)."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return float(value)
    return value


def sparql_rows(db: Store, query: str) -> list[tuple[Any, ...]]:
    answer = db.sparql(PREFIXES + query)  # type: ignore[attr-defined]
    names = answer["head"]["vars"]
    rows = []
    for binding in answer["results"]["bindings"]:
        row = []
        for name in names:
            term = binding[name]
            number = term.get("datatype", "").startswith(str(XSD)) and term["datatype"] != str(XSD.string)
            row.append(plain(Decimal(term["value"])) if number else term["value"])
        rows.append(tuple(row))
    return sorted(rows)


def cypher_rows(db: Store, query: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(plain(v) for v in row.values()) for row in db.cypher(query))


# (question, SPARQL on the embedded store, Cypher on Neo4j in the shapes the README documents, the answer)
QUESTIONS = [
    ("which law is titled 湖北省湿地保护条例 (a label beside another graph's English one)",
     'SELECT DISTINCT ?l WHERE { ?l a okg:Law ; rdfs:label "湖北省湿地保护条例"@zh }',
     "MATCH (l:Law) WHERE '湖北省湿地保护条例@zh' IN l.rdfs__label RETURN l.uri AS l",
     [(str(WETLAND_HB),)]),
    ("which laws have a Chinese title containing 湿地",
     'SELECT DISTINCT ?l WHERE { ?l a okg:Law ; rdfs:label ?t FILTER(LANG(?t) = "zh" && CONTAINS(STR(?t), "湿地")) }',
     "MATCH (l:Law) WHERE any(t IN l.rdfs__label WHERE t ENDS WITH '@zh' AND t CONTAINS '湿地') RETURN l.uri AS l",
     [(str(WETLAND_HB),), (str(WETLAND),)]),
    ("each law's Chinese title",
     'SELECT DISTINCT ?l (STR(?t) AS ?title) WHERE { ?l a okg:Law ; rdfs:label ?t FILTER(LANG(?t) = "zh") }',
     "MATCH (l:Law) UNWIND l.rdfs__label AS t WITH l, t WHERE t ENDS WITH '@zh' "
     "RETURN l.uri AS l, split(t, '@')[0] AS title",
     [(str(FOREST), "中华人民共和国森林法"), (str(WETLAND), "中华人民共和国湿地保护法"), (str(WETLAND_HB), "湖北省湿地保护条例")]),
    ("how many inspections name each subject",
     "SELECT ?s (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a okg:LawEnforcementInspection ; okg:subject ?s } GROUP BY ?s",
     "MATCH (a:LawEnforcementInspection) UNWIND a.subject AS s RETURN s, count(DISTINCT a) AS n",
     [("森林", 1.0), ("森林保护", 1.0), ("河湖长制", 1.0), ("湿地", 1.0), ("湿地保护", 1.0)]),
    ("the summed value of the statistics of each measure",
     "SELECT ?m (SUM(?v) AS ?total) WHERE { ?s a okg:Statistic ; okg:measure ?m ; okg:value ?v } GROUP BY ?m",
     "MATCH (s:Statistic) UNWIND s.measure AS m RETURN m, sum(toFloat(split(s.value, '^^')[0])) AS total",
     [("law_enforcement_inspection", 5.0), ("执法检查", 2.0)]),
    ("how many inspections of each year (a year the data gives twice counts in both)",
     "SELECT ?y (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a okg:LawEnforcementInspection ; okg:year ?y } GROUP BY ?y",
     "MATCH (a:LawEnforcementInspection) UNWIND [a.year] + coalesce(a._okgAlso_year, []) AS y "
     "RETURN y, count(DISTINCT a) AS n",
     [(2023.0, 2.0), (2024.0, 3.0)]),
    ("which laws were inspected as reported (a status the data gives twice)",
     'SELECT DISTINCT ?l WHERE { ?a okg:status "reported" ; okg:concernsLaw ?l }',
     "MATCH (a:LawEnforcementInspection)-[:concernsLaw]->(l:Law) "
     "WHERE 'reported' IN [a.status] + coalesce(a._okgAlso_status, []) RETURN DISTINCT l.uri AS l",
     [(str(FOREST),), (str(WETLAND),)]),
    ("how many laws of each level (two reports giving one law two levels)",
     "SELECT ?v (COUNT(DISTINCT ?l) AS ?n) WHERE { ?l a okg:Law ; okg:lawLevel ?v } GROUP BY ?v",
     "MATCH (l:Law) UNWIND [l.lawLevel] + coalesce(l._okgAlso_lawLevel, []) AS v RETURN v, count(DISTINCT l) AS n",
     [("地方性法规", 1.0), ("法律", 2.0), ("规章", 1.0)]),
    ("which reports were issued in 2025 or later (a report has one issue date: a DATE, not a list of one)",
     'SELECT ?r WHERE { ?r a okg:Report ; <http://purl.org/dc/terms/issued> ?d FILTER(?d >= "2025-01-01"^^<%s>) }' % XSD.date,
     "MATCH (r:Report) WHERE r.dct__issued >= date('2025-01-01') RETURN r.uri AS r",
     [(str(EX["report-2"]),)]),
]


@pytest.mark.parametrize(("sparql", "cypher", "answer"), [q[1:] for q in QUESTIONS], ids=[q[0] for q in QUESTIONS])
def test_a_question_gets_the_same_answer_in_sparql_and_in_cypher(pair: tuple[Store, Store], sparql: str, cypher: str,
                                                                  answer: list[tuple[Any, ...]]) -> None:
    embedded, neo4j = pair
    assert sparql_rows(embedded, sparql) == sorted(answer)
    assert cypher_rows(neo4j, cypher) == sorted(answer)


def shapes(db: Any) -> dict[str, set[bool]]:
    """Per property name of the report graphs' nodes, whether its values are lists."""
    found: dict[str, set[bool]] = defaultdict(set)
    for row in db._driver.execute_query("MATCH (n:Resource) UNWIND keys(n) AS k "
                                        "RETURN k, collect(DISTINCT n[k] IS :: LIST<ANY>) AS lists").records:
        found[row["k"]].update(row["lists"])
    return found


def test_every_property_has_one_shape_the_ontology_decides(fresh_store: Callable[[str], Store], corpus: list,
                                                             catalog: Any) -> None:
    db = fresh_store("neo4j")
    db.upsert_reports([(str(rg.iri), rg.graph, rg.content_hash) for rg in [*corpus, catalog]])
    fill(db)
    functional = n10s.functional_keys()
    for key, lists in shapes(db).items():
        if key == "uri":
            assert lists == {False}
        elif key == "graphs" or key.startswith(n10s.ALSO):
            assert lists == {True}, key
        else:
            assert lists == {key not in functional}, key
    assert {"rdfs__label", "subject", "measure", "year", "status", "lawLevel", "evidenceText"} <= set(shapes(db))


def test_the_functional_properties_are_the_okg_properties_the_shapes_cap_at_one_value() -> None:
    """The ontology's declaration agrees with shapes.ttl: every okg property a shape caps at one value is declared
    functional; of those declared beyond the shapes, each is one the data model states once (a date, a flag)."""
    from ontology import SH, load_shapes

    shapes_graph = load_shapes()
    capped = {p for prop in shapes_graph.subjects(SH.maxCount, Literal(1))
              for p in shapes_graph.objects(prop, SH.path) if str(p).startswith(OKG_NS)}
    literal_capped = capped - {OKG.statedIn, OKG.mentionOf, OKG.measureClass, OKG.partOf}  # relationships, whatever their count
    assert literal_capped <= functional_properties()
    assert not {OKG.subject, OKG.measure, OKG.shortTitle} & functional_properties()
    # bare names or a well-known prefix's (dct__issued): no store's prefix table decides them
    assert all("__" not in key or key.split("__")[0] in n10s.KNOWN_PREFIXES for key in n10s.functional_keys())
    assert "dct__issued" in n10s.functional_keys() and "dct__title" not in n10s.functional_keys()


def node(db: Any, iri: URIRef) -> dict[str, Any]:
    return db._driver.execute_query("MATCH (n:Resource {uri: $u}) RETURN properties(n) AS p", u=str(iri)).records[0]["p"]


def test_a_label_is_a_list_before_and_after_a_second_one_comes(fresh_store: Callable[[str], Store]) -> None:
    db = fresh_store("neo4j")
    one = report_one()
    db.upsert_report(EX["report-1"], one, content_hash(one))
    assert node(db, WETLAND_HB)["rdfs__label"] == ["湖北省湿地保护条例@zh"]
    assert node(db, WETLAND_HB)["lawLevel"] == "地方性法规" and node(db, EX.a1)["year"] == 2023
    fill(db)
    assert node(db, WETLAND_HB)["rdfs__label"] == ["Hubei Wetland Protection Regulations@en", "湖北省湿地保护条例@zh"]


def test_a_functional_property_given_two_values_keeps_both_and_the_least_is_its_value(
        fresh_store: Callable[[str], Store]) -> None:
    db = fill(fresh_store("neo4j"))
    law, a3, a4 = node(db, WETLAND_HB), node(db, EX.a3), node(db, EX.a4)
    assert (law["lawLevel"], law["_okgAlso_lawLevel"]) == ("地方性法规", ["规章"])  # across graphs
    assert (a3["year"], a3["_okgAlso_year"]) == (2023, [2024])  # in one graph
    assert (a4["status"], a4["_okgAlso_status"]) == ("planned", ["reported"])
    assert db.entity(str(EX.a3))["properties"]["year"] == [2023, 2024]  # the API reads both, as the embedded store
    back = dict(db.report_graphs())
    assert all(isomorphic(back[g], graph) for g, graph in GRAPHS.items())
    assert db.delete_report(EX["report-2"])  # report one's level alone is left: a value again, nothing beside it
    assert "_okgAlso_lawLevel" not in node(db, WETLAND_HB) and node(db, WETLAND_HB)["lawLevel"] == "地方性法规"
    assert isomorphic(dict(db.report_graphs())[EX["report-1"]], GRAPHS[EX["report-1"]])


def test_a_conflict_of_types_stays_lossless() -> None:
    """Values of one functional property in two datatypes: the least native, the others one list of string forms."""
    ns = n10s.Namespaces()
    row = n10s.node_values({"year": [Literal("2024", datatype=XSD.gYear), Literal(2023), Literal(2025)],
                            "rdfs__label": [Literal("x"), Literal(1)]}, ns)
    assert row == {"year": 2023, "_okgAlso_year": ["2024^^xsd__gYear", "2025^^xsd__integer"],
                   "rdfs__label": ["1^^xsd__integer", "x"]}
    kept: dict[str, set[Literal]] = defaultdict(set)
    for key, item in layout.stored_values(row):
        kept[key].add(n10s.literal(item, ns))
    assert kept == {"year": {Literal("2024", datatype=XSD.gYear), Literal(2023), Literal(2025)},
                    "rdfs__label": {Literal("x"), Literal(1)}}


def round_13_values(literals: list[Literal], ns: n10s.Namespaces) -> Any:
    """A property as round 13 stored it: a single value when the node had one, else a sorted list."""
    items = sorted(set(literals), key=lambda lit: (str(lit), lit.language or "", str(lit.datatype or "")))
    stored = [n10s.value(lit, ns) for lit in items]
    if len(stored) == 1:
        return stored[0]
    return stored if len({type(v) for v in stored}) == 1 else [n10s.value(lit, ns, native=False) for lit in items]


def to_round_13_shapes(db: Any) -> None:
    """Rewrite every node's properties in round 13's shapes, make its text index on labels, forget the mark."""
    run = db._driver.execute_query
    ns = db._namespaces()
    for row in run("MATCH (n:Resource) RETURN n.uri AS u, properties(n) AS p").records:
        kept: dict[str, list[Literal]] = defaultdict(list)
        for key, item in layout.stored_values(row["p"]):
            kept[key].append(n10s.literal(item, ns))
        props = {**{k: row["p"][k] for k in layout.BOOKKEEPING if k in row["p"]},
                 **{k: round_13_values(v, ns) for k, v in kept.items()}}
        run("MATCH (n:Resource {uri: $u}) SET n = $p", u=row["u"], p=props)
    run("CREATE TEXT INDEX okg_label_text IF NOT EXISTS FOR (r:Resource) ON (r.rdfs__label)")
    run("MATCH (m:_OkgMark {key: 'neo4j-layout'}) DELETE m")


def test_a_store_of_rounds_14_to_34_gets_its_issue_dates_as_single_values_on_open(
        fresh_store: Callable[[str], Store], neo4j_server: Any) -> None:
    """Rounds 14–34 kept ``dct__issued`` as a list of one DATE (round 35, a first-time analyst's finding 6:
    ``r.dct__issued >= date(…)`` answered 0); opened now, the store gives each report its one date."""
    from graph.backends.neo4j import Neo4jStore

    db = fill(fresh_store("neo4j"))
    run = db._driver.execute_query
    run("MATCH (r:Report) SET r.dct__issued = [r.dct__issued]")
    run("MATCH (m:_OkgMark {key: 'neo4j-layout'}) SET m.value = '14'")
    assert run("MATCH (r:Report) WHERE r.dct__issued >= date('2025-01-01') RETURN count(r) AS n").records[0]["n"] == 0
    reopened = Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    try:
        assert reopened.mark(layout.LAYOUT_MARK) == layout.LAYOUT
        found = reopened._driver.execute_query("MATCH (r:Report) WHERE r.dct__issued >= date('2025-01-01') "
                                               "RETURN collect(r.uri) AS r").records[0]["r"]
        assert found == [str(EX["report-2"])]
        back = dict(reopened.report_graphs())
        assert all(isomorphic(back[g], graph) for g, graph in GRAPHS.items())
    finally:
        reopened.close()


def test_a_store_of_round_13_shapes_is_reshaped_on_open(fresh_store: Callable[[str], Store], neo4j_server: Any) -> None:
    from graph.backends.neo4j import Neo4jStore

    db = fill(fresh_store("neo4j"))
    before = {u: node(db, u) for u in (WETLAND_HB, WETLAND, FOREST, EX.a1, EX.a3, EX.a4, EX.s2)}
    to_round_13_shapes(db)
    assert node(db, FOREST)["rdfs__label"] == "中华人民共和国森林法@zh" and node(db, EX.a3)["year"] == [2023, 2024]
    reopened = Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password)
    try:
        assert {u: node(reopened, u) for u in before} == before
        assert reopened.mark(layout.LAYOUT_MARK) == layout.LAYOUT
        indexes = reopened._driver.execute_query("SHOW INDEXES YIELD name RETURN collect(name) AS n").records[0]["n"]
        assert "okg_label_text" not in indexes
        back = dict(reopened.report_graphs())
        assert all(isomorphic(back[g], graph) for g, graph in GRAPHS.items())
        assert reopened.delete_report(EX["report-2"]) and node(reopened, WETLAND_HB)["rdfs__label"] == ["湖北省湿地保护条例@zh"]
    finally:
        reopened.close()
