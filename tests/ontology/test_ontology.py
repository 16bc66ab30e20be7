"""The ontology, the issue taxonomy and the shapes: complete, bilingual, aligned, enforced."""
from __future__ import annotations

import doctest

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

import ontology
from ontology import (
    DCTERMS, ELI, ISSUE, ISSUE_SCHEME, OKG, ONTOLOGY_IRI, OWL, RDF, RDFS, SH, SKOS,
    issue_keywords, load_ontology, load_shapes, subclasses, superclasses, validate,
)

ID = Namespace("https://w3id.org/oversight-kg/id/")
# rdflib's XSD namespace warns when pytest inspects module globals, so keep it out of them.
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
INTEGER, NON_NEGATIVE, DECIMAL = (URIRef(XSD_NS + n) for n in ("integer", "nonNegativeInteger", "decimal"))
OKG_NS = str(OKG)
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def okg_only() -> Graph:
    return Graph().parse(ontology.OKG_TTL)


def _terms(g: Graph, *types: URIRef) -> set[URIRef]:
    return {
        s for t in types for s in g.subjects(RDF.type, t)
        if isinstance(s, URIRef) and str(s).startswith(OKG_NS)
    }


def _langs(g: Graph, s: URIRef, p: URIRef) -> set[str | None]:
    return {o.language for o in g.objects(s, p) if isinstance(o, Literal)}


# --- the Turtle files -------------------------------------------------------------

def test_files_parse() -> None:
    for path in (ontology.OKG_TTL, ontology.ISSUES_TTL, ontology.SHAPES_TTL):
        assert len(Graph().parse(path)) > 100, path


def test_ontology_header(okg_only: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in okg_only
    assert okg_only.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert okg_only.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert {"en", "zh"} <= _langs(okg_only, ONTOLOGY_IRI, DCTERMS.title)


def test_every_term_is_bilingual_commented_and_typed(okg_only: Graph) -> None:
    terms = _terms(okg_only, *TERM_TYPES)
    assert len(terms) > 100
    for term in terms:
        assert {"zh", "en"} <= _langs(okg_only, term, RDFS.label), term
        assert "en" in _langs(okg_only, term, RDFS.comment), term


def test_every_property_has_domain_and_range(okg_only: Graph) -> None:
    for prop in _terms(okg_only, OWL.ObjectProperty, OWL.DatatypeProperty):
        assert okg_only.value(prop, RDFS.domain) is not None, prop
        assert okg_only.value(prop, RDFS.range) is not None, prop
    for prop in _terms(okg_only, OWL.DatatypeProperty):  # an XSD datatype, or a union of them (okg:date's precisions)
        kind = okg_only.value(prop, RDFS.range)
        members = list(Collection(okg_only, okg_only.value(kind, OWL.unionOf))) if isinstance(kind, BNode) else [kind]
        assert members and all(str(m).startswith(XSD_NS) for m in members), prop


def test_every_class_is_rooted_in_a_standard_vocabulary(okg_only: Graph) -> None:
    """Each class reaches a non-okg superclass (ELI, ORG, FOAF, PROV, SKOS, DCTERMS, QB)."""
    for cls in _terms(okg_only, OWL.Class):
        ancestors = set(okg_only.transitive_objects(cls, RDFS.subClassOf)) - {cls}
        assert any(not str(a).startswith(OKG_NS) for a in ancestors), cls


def test_alignment_axioms(okg_only: Graph) -> None:
    expected = [
        (OKG.Law, ELI.LegalResource),
        (OKG.Organ, URIRef("http://www.w3.org/ns/org#FormalOrganization")),
        (OKG.Deputy, URIRef("http://xmlns.com/foaf/0.1/Person")),
        (OKG.OversightActivity, URIRef("http://www.w3.org/ns/prov#Activity")),
        (OKG.Issue, SKOS.Concept),
        (OKG.Report, URIRef("http://xmlns.com/foaf/0.1/Document")),
    ]
    for sub, sup in expected:
        assert (sub, RDFS.subClassOf, sup) in okg_only


def test_external_terms_of_closed_vocabularies_exist(okg_only: Graph) -> None:
    """Every ORG/PROV/FOAF/SKOS/DCTERMS/QB term we align to is a real term of that vocabulary."""
    from rdflib.namespace import DCTERMS as DCT, FOAF, ORG, PROV, QB
    closed = [DCT, FOAF, ORG, PROV, QB, SKOS, ELI, ontology.ELI_DL, ontology.OA]
    for s, p, o in okg_only:
        for node in (p, o):
            if not isinstance(node, URIRef):
                continue
            for ns in closed:
                local = str(node)[len(str(ns)):]
                if str(node).startswith(str(ns)) and local:
                    assert local in ns, node  # DefinedNamespace membership


# --- the Python namespace agrees with the Turtle -----------------------------------

def test_python_namespace_equals_turtle(okg_only: Graph) -> None:
    in_turtle = {str(t)[len(OKG_NS):] for t in _terms(okg_only, *TERM_TYPES)}
    in_python = set(OKG.__annotations__)
    assert in_python - in_turtle == set(), "defined in Python only"
    assert in_turtle - in_python == set(), "defined in Turtle only"


def test_misspelt_term_raises() -> None:
    with pytest.raises(AttributeError):
        OKG.LawEnforcmentInspection  # noqa: B018 - deliberately misspelt


def test_terms_the_builder_relies_on() -> None:
    for name in (
        "Report Law Constitution NationalLaw AdministrativeRegulation LocalRegulation "
        "AutonomousRegulation Rule LegalDecision OversightActivity LawEnforcementInspection "
        "SpecialInquiry WorkReportReview Investigation SiteVisit SatisfactionEvaluation "
        "FilingReview BudgetReview AuditOversight OtherOversightActivity Organ "
        "AdministrativeArea Deputy Issue Statistic statedIn conductedBy oversaw concernsLaw "
        "jointlyWith hasIssue mentionsLaw mentionsOrgan publishedBy jurisdiction within "
        "evidenceText startOffset endOffset year coversYear subject count lawLevel measure "
        "value unit qualifier sourceLocation sourceUrl contentHash fullText"
    ).split():
        assert getattr(OKG, name) == URIRef(OKG_NS + name)


def test_superclasses_and_subclasses() -> None:
    assert superclasses(OKG.LawEnforcementInspection) == [OKG.OversightActivity]
    assert superclasses(OKG.NationalLaw) == [OKG.Law]
    assert superclasses(OKG.Report) == []
    assert superclasses(OKG.Issue) == []  # skos:Concept is outside okg
    kinds = set(subclasses(OKG.OversightActivity))
    assert {OKG.LawEnforcementInspection, OKG.OtherOversightActivity} <= kinds
    assert OKG.OversightActivity not in kinds


def test_shape_lists_every_activity_kind() -> None:
    shapes = load_shapes()
    listed: set[URIRef] = set()
    for lst in shapes.objects(None, SH["in"]):
        members = list(Collection(shapes, lst))
        if OKG.LawEnforcementInspection in members:
            listed = set(members)
    assert listed == set(subclasses(OKG.OversightActivity))


def test_doctests() -> None:
    failures, _ = doctest.testmod(ontology)
    assert failures == 0


# --- the issue taxonomy --------------------------------------------------------

def test_issue_scheme(onto: Graph) -> None:
    tops = set(onto.objects(ISSUE_SCHEME, SKOS.hasTopConcept))
    assert len(tops) >= 20
    assert tops == set(onto.subjects(SKOS.topConceptOf, ISSUE_SCHEME))
    concepts = set(onto.subjects(SKOS.inScheme, ISSUE_SCHEME))
    assert tops < concepts
    for c in concepts:
        assert (c, RDF.type, OKG.Issue) in onto and (c, RDF.type, SKOS.Concept) in onto
        assert _langs(onto, c, SKOS.prefLabel) == {"zh", "en"}, c
        slug = str(onto.value(c, SKOS.notation))
        assert c == ISSUE[slug] and slug.isascii()
        assert _langs(onto, c, SKOS.altLabel) == {"zh"}, c
        for parent in onto.objects(c, SKOS.broader):
            assert (parent, SKOS.narrower, c) in onto
    for name in ("ecology", "work-safety", "education", "social-security", "budget", "justice"):
        assert ISSUE[name] in tops


def test_issue_keywords() -> None:
    kw = issue_keywords(top_level=True)
    for word in ("湿地", "大气污染", "环境保护", "污染防治", "河湖", "森林", "生态环境"):
        assert kw[word] == ISSUE["ecology"], word
    assert kw["安全生产"] == ISSUE["work-safety"]
    assert kw["社会救助"] == ISSUE["social-security"]
    assert issue_keywords()["社会救助"] == ISSUE["social-assistance"]
    assert len(kw) > 300


# --- the shapes -----------------------------------------------------------------

TEXT = "一年来，常委会开展《中华人民共和国湿地保护法》执法检查，召开常委会会议9次。"


def _valid_report() -> Graph:
    g = Graph()
    report, act, stat = ID["report/r1"], ID["activity/r1-9-31"], ID["statistic/r1-32-41"]
    law, organ, area = ID["law/wetland"], ID["organ/xz-sc"], ID["area/xz"]
    add = g.add
    add((report, RDF.type, OKG.Report))
    add((report, DCTERMS.title, Literal("新洲区人大常委会工作报告", lang="zh")))
    add((report, OKG.fullText, Literal(TEXT)))
    add((report, OKG.coversYear, Literal(2023, datatype=INTEGER)))
    add((report, OKG.publishedBy, organ))
    add((report, OKG.mentionsLaw, law))
    for t in (OKG.LawEnforcementInspection, *superclasses(OKG.LawEnforcementInspection)):
        add((act, RDF.type, t))
    s, e = TEXT.index("开展"), TEXT.index("，召开")
    add((act, OKG.statedIn, report))
    add((act, OKG.evidenceText, Literal(TEXT[s:e])))
    add((act, OKG.startOffset, Literal(s, datatype=INTEGER)))
    add((act, OKG.endOffset, Literal(e, datatype=INTEGER)))
    add((act, OKG.conductedBy, organ))
    add((act, OKG.concernsLaw, law))
    add((act, OKG.hasIssue, ISSUE["ecology-nature"]))
    add((act, OKG.year, Literal(2023, datatype=INTEGER)))
    add((act, OKG.subject, Literal("湿地保护")))
    add((law, RDF.type, OKG.NationalLaw))
    add((law, RDF.type, OKG.Law))
    add((law, RDFS.label, Literal("中华人民共和国湿地保护法", lang="zh")))
    add((law, OKG.lawLevel, Literal("法律")))
    add((organ, RDF.type, OKG.StandingCommittee))
    add((organ, RDFS.label, Literal("武汉市新洲区人民代表大会常务委员会", lang="zh")))
    add((organ, OKG.jurisdiction, area))
    add((area, RDF.type, OKG.CountyLevelArea))
    add((area, RDFS.label, Literal("新洲区", lang="zh")))
    s, e = TEXT.index("召开"), len(TEXT) - 1
    add((stat, RDF.type, OKG.Statistic))
    add((stat, OKG.statedIn, report))
    add((stat, OKG.evidenceText, Literal(TEXT[s:e])))
    add((stat, OKG.startOffset, Literal(s, datatype=NON_NEGATIVE)))
    add((stat, OKG.endOffset, Literal(e, datatype=NON_NEGATIVE)))
    add((stat, OKG.measure, Literal("常委会会议")))
    add((stat, OKG.value, Literal(9, datatype=DECIMAL)))  # an int in a decimal, as the builder writes
    add((stat, OKG.unit, Literal("次")))
    return g


ACT = ID["activity/r1-9-31"]


def test_valid_report_conforms() -> None:
    g = _valid_report()
    before = len(g)
    assert validate(g, include_warnings=True) == []
    assert len(g) == before  # the data graph is not modified


def test_dataset_is_validated_per_named_graph() -> None:
    from rdflib import Dataset
    ds = Dataset()
    named = ds.graph(ID["report/r1"])
    for triple in _valid_report():
        named.add(triple)
    assert validate(ds) == []
    named.remove((ACT, OKG.evidenceText, None))
    assert any("evidence text" in line for line in validate(ds))


def _broken(*remove: tuple, add: tuple = ()) -> list[str]:
    g = _valid_report()
    for pattern in remove:
        g.remove(pattern)
    for triple in add:
        g.add(triple)
    return validate(g, include_warnings=True)


@pytest.mark.parametrize(
    ("remove", "add", "expected"),
    [
        ([(ACT, OKG.evidenceText, None)], (), "okg:evidenceText"),
        ([(ACT, OKG.statedIn, None)], (), "report that states it"),
        ([(ACT, RDF.type, OKG.LawEnforcementInspection)], (), "specific kind"),
        ([(ACT, OKG.endOffset, None)], [(ACT, OKG.endOffset, Literal(3, datatype=INTEGER))],
         "smaller than the end offset"),
        ([(ACT, OKG.startOffset, None)], [(ACT, OKG.startOffset, Literal(-1, datatype=INTEGER))],
         "okg:startOffset"),
        ([(ACT, OKG.startOffset, None)], [(ACT, OKG.startOffset, Literal("9"))], "okg:startOffset"),
        ([(ID["law/wetland"], OKG.lawLevel, None)], (), "level"),
        ([(ID["law/wetland"], RDFS.label, None)], (), "Chinese title"),
        ([(ID["statistic/r1-32-41"], OKG.unit, None)], (), "unit"),
        ([(ID["statistic/r1-32-41"], OKG.value, None)], (), "numeric value"),
        ([], [(ACT, OKG.hasIssue, ISSUE["no-such-issue"])], "issue taxonomy"),
        ([], [(ACT, OKG.conductedBy, ID["law/wetland"])], "okg:Organ"),
        ([], [(ID["area/xz"], OKG.within, ID["area/xz"])], "within itself"),
        ([(ACT, OKG.evidenceText, None)], [(ACT, OKG.evidenceText, Literal("开展《中华"))],
         "not as long as its offsets"),
    ],
)
def test_shapes_catch_broken_graphs(remove, add, expected) -> None:
    problems = _broken(*remove, add=add)
    assert any(expected in line for line in problems), problems
    assert all(line.startswith(("<", "warning: ")) for line in problems)


def test_mismatched_evidence_is_a_warning() -> None:
    g = _valid_report()
    g.set((ACT, OKG.evidenceText, Literal("X" * len(str(g.value(ACT, OKG.evidenceText))))))
    assert validate(g) == []
    assert any(line.startswith("warning:") and "full text" in line
               for line in validate(g, include_warnings=True))


def test_problem_lines_are_plain_words() -> None:
    (line,) = _broken((ACT, OKG.statedIn, None))
    assert line.startswith(f"<{ACT}> okg:statedIn: ")
    assert line.endswith("(okg:statedIn).")
    assert "sh:" not in line and "http://www.w3.org/ns/shacl" not in line


# --- documentation ---------------------------------------------------------------

def test_build_docs(tmp_path) -> None:
    from ontology.docs import build_docs  # pylode is a dependency: its absence fails here, never skips

    index = build_docs(tmp_path / "docs")
    page = index.read_text(encoding="utf-8")
    assert index.name == "index.html"
    for text in ("LawEnforcementInspection", "执法检查", "statedIn", "人大监督知识图谱本体"):
        assert text in page, text
    issues = (index.parent / "issues.html").read_text(encoding="utf-8")
    assert 'charset="utf-8"' in issues and "生态环境" in issues and "湿地" in issues
    assert {"okg.ttl", "issues.ttl", "shapes.ttl"} <= {p.name for p in index.parent.iterdir()}
