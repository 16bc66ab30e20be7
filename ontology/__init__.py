"""The oversight-kg ontology: namespaces, term constants, loading and validation.

The Turtle files next to this module are the source of truth:

* ``okg.ttl`` – the OWL ontology (classes, properties, bilingual labels,
  alignments to ELI, ORG, FOAF, PROV-O, SKOS, Dublin Core, Data Cube);
* ``issues.ttl`` – the SKOS concept scheme of oversight issues, with the
  Chinese keywords the extractor matches against an activity's subject;
* ``shapes.ttl`` – the SHACL shapes every report graph must pass.

``OKG`` is a closed namespace: a misspelt term raises instead of silently
minting a new predicate, and a test keeps it equal to the terms of okg.ttl.

>>> OKG.LawEnforcementInspection
rdflib.term.URIRef('https://w3id.org/oversight-kg/ontology#LawEnforcementInspection')
>>> [str(c).rsplit("#", 1)[1] for c in superclasses(OKG.StandingCommittee)]
['Organ']
"""

import functools
from pathlib import Path

from rdflib import ConjunctiveGraph, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SH,
    SKOS,
    XSD,
    DefinedNamespace,
)
from rdflib.term import Node

__all__ = [
    "ONTOLOGY_DIR", "OKG_TTL", "ISSUES_TTL", "SHAPES_TTL",
    "ONTOLOGY_IRI", "ISSUE", "ISSUE_SCHEME", "MEASURE_CLASS", "MEASURE_SCHEME", "PREFIXES", "ACTIVITY_CLASSES",
    "OKG", "ELI", "ELI_DL", "OA",
    "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "QB", "RDF", "RDFS", "SH", "SKOS", "XSD",
    "bind_prefixes", "functional_properties", "single_valued_properties", "load_ontology", "load_shapes", "superclasses", "subclasses",
    "issue_and_narrower", "issue_keywords", "validate",
]

ONTOLOGY_DIR = Path(__file__).resolve().parent
OKG_TTL = ONTOLOGY_DIR / "okg.ttl"
ISSUES_TTL = ONTOLOGY_DIR / "issues.ttl"
SHAPES_TTL = ONTOLOGY_DIR / "shapes.ttl"

ONTOLOGY_IRI = URIRef("https://w3id.org/oversight-kg/ontology")
ISSUE = Namespace("https://w3id.org/oversight-kg/id/issue/")
ISSUE_SCHEME = URIRef("https://w3id.org/oversight-kg/id/issue-scheme")
MEASURE_CLASS = Namespace("https://w3id.org/oversight-kg/id/measure-class/")
MEASURE_SCHEME = URIRef("https://w3id.org/oversight-kg/id/measure-class-scheme")


class OKG(DefinedNamespace):
    """Terms of ``okg.ttl``; a term not listed here raises ``AttributeError``."""

    _fail = True
    _NS = Namespace("https://w3id.org/oversight-kg/ontology#")

    # Documents
    Report: URIRef
    ReviewOpinion: URIRef
    HandlingReport: URIRef
    Recommendation: URIRef
    Proposal: URIRef
    Suggestion: URIRef
    # Laws and their levels
    Law: URIRef
    Constitution: URIRef
    NationalLaw: URIRef
    AdministrativeRegulation: URIRef
    LocalRegulation: URIRef
    AutonomousRegulation: URIRef
    Rule: URIRef
    LegalDecision: URIRef
    JudicialInterpretation: URIRef
    NormativeDocument: URIRef
    LawPart: URIRef
    AmbiguousLawTitle: URIRef
    # Oversight activities
    OversightActivity: URIRef
    LawEnforcementInspection: URIRef
    SpecialInquiry: URIRef
    WorkReportReview: URIRef
    Investigation: URIRef
    SiteVisit: URIRef
    SatisfactionEvaluation: URIRef
    FilingReview: URIRef
    BudgetReview: URIRef
    AuditOversight: URIRef
    PlanReview: URIRef
    StateAssetsOversight: URIRef
    ThematicDeliberation: URIRef
    WorkAppraisal: URIRef
    LivelihoodProjectVote: URIRef
    FollowUpOversight: URIRef
    Interpellation: URIRef
    SpecificQuestionInvestigation: URIRef
    SuggestionSupervision: URIRef
    SuggestionHandling: URIRef
    OtherOversightActivity: URIRef
    # Accountability loop
    Finding: URIRef
    # Organs
    Organ: URIRef
    PeoplesCongress: URIRef
    StandingCommittee: URIRef
    CongressCommittee: URIRef
    SpecialCommittee: URIRef
    WorkingBody: URIRef
    InspectionGroup: URIRef
    Government: URIRef
    GovernmentDepartment: URIRef
    SupervisoryCommission: URIRef
    Court: URIRef
    Procuratorate: URIRef
    PartyOrgan: URIRef
    OtherOrgan: URIRef
    # Areas
    AdministrativeArea: URIRef
    Country: URIRef
    ProvinceLevelArea: URIRef
    PrefectureLevelArea: URIRef
    CountyLevelArea: URIRef
    TownshipLevelArea: URIRef
    # People, issues, numbers, meetings
    Deputy: URIRef
    Issue: URIRef
    Statistic: URIRef
    MeasureClass: URIRef
    Meeting: URIRef
    CongressSession: URIRef
    StandingCommitteeSession: URIRef
    ChairpersonsMeeting: URIRef
    # Where a report names a law or an organ
    Mention: URIRef

    # Object properties
    statedIn: URIRef
    conductedBy: URIRef
    jointlyWith: URIRef
    assistedBy: URIRef
    handledBy: URIRef
    involvesDeputy: URIRef
    oversaw: URIRef
    concernsLaw: URIRef
    hasIssue: URIRef
    measureClass: URIRef
    mentionsLaw: URIRef
    mentionsDraft: URIRef
    mentionsOrgan: URIRef
    mentionOf: URIRef
    candidate: URIRef
    publishedBy: URIRef
    jurisdiction: URIRef
    within: URIRef
    place: URIRef
    detailedIn: URIRef
    subOrganOf: URIRef
    deputyOf: URIRef
    passedBy: URIRef
    duringMeeting: URIRef
    convenedBy: URIRef
    partOf: URIRef
    partOfLaw: URIRef
    hasFinding: URIRef
    opinionOn: URIRef
    addressesFinding: URIRef
    addressedTo: URIRef
    respondsTo: URIRef
    submittedBy: URIRef
    considered: URIRef
    followsUp: URIRef
    recommendationOf: URIRef

    # Datatype properties
    evidenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    year: URIRef
    followsUpYear: URIRef
    coversYear: URIRef
    level: URIRef
    publisherTerm: URIRef
    yearFrom: URIRef
    yearTo: URIRef
    date: URIRef
    subject: URIRef
    status: URIRef
    count: URIRef
    lawLevel: URIRef
    lawCategory: URIRef
    shortTitle: URIRef
    promulgatedOn: URIRef
    inForceFrom: URIRef
    repealedOn: URIRef
    repealed: URIRef
    measure: URIRef
    value: URIRef
    unit: URIRef
    qualifier: URIRef
    sourceLocation: URIRef
    sourceUrl: URIRef
    contentHash: URIRef
    divisionCode: URIRef
    fullText: URIRef
    sessionNumber: URIRef
    handlingStatus: URIRef
    draft: URIRef
    resolution: URIRef
    leaderName: URIRef
    leaderTitle: URIRef


class ELI(DefinedNamespace):
    """The ELI terms okg.ttl relies on (each checked against the ELI ontology)."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/ontology#")

    LegalResource: URIRef
    LegalResourceSubdivision: URIRef
    LegalExpression: URIRef
    Work: URIRef
    AdministrativeArea: URIRef
    jurisdiction: URIRef
    passed_by: URIRef
    cites: URIRef
    based_on: URIRef
    is_part_of: URIRef
    is_about: URIRef
    title: URIRef
    title_short: URIRef
    date_document: URIRef
    first_date_entry_in_force: URIRef
    date_no_longer_in_force: URIRef
    in_force: URIRef
    type_document: URIRef


class ELI_DL(DefinedNamespace):  # noqa: N801 - mirrors the eli-dl prefix
    """ELI for draft legislation and parliamentary activities."""

    _fail = True
    _NS = Namespace("http://data.europa.eu/eli/eli-draft-legislation-ontology#")

    Activity: URIRef
    DraftLegislationWork: URIRef
    ParliamentaryTerm: URIRef
    #: A person taking part in an activity (the European Parliament's open data give it on activities and on
    #: eli-dl:Participation nodes; /work/shared/notes/ontology-alignment.md): okg:involvesDeputy's rdfs:seeAlso.
    had_participant_person: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation terms that okg's evidence properties correspond to."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


#: The class of each activity type of the extraction contract (DESIGN.md's Facts ``type``): the kind an activity of
#: that type has unless its words name a narrower one (``loaders/lexicon/data/activity-classes.csv``), read by the
#: builder and by the listings' ``kind`` (:func:`graph.tables.activity_kind`).
ACTIVITY_CLASSES: dict[str, URIRef] = {
    "law_enforcement_inspection": OKG.LawEnforcementInspection,
    "special_inquiry": OKG.SpecialInquiry,
    "report_review": OKG.WorkReportReview,
    "investigation": OKG.Investigation,
    "site_visit": OKG.SiteVisit,
    "satisfaction_evaluation": OKG.SatisfactionEvaluation,
    "filing_review": OKG.FilingReview,
    "budget_review": OKG.BudgetReview,
    "audit_oversight": OKG.AuditOversight,
    "other": OKG.OtherOversightActivity,
}

PREFIXES: dict[str, object] = {
    "okg": OKG, "issue": ISSUE, "eli": ELI, "eli-dl": ELI_DL, "oa": OA,
    "org": ORG, "foaf": FOAF, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS,
    "qb": QB, "owl": OWL, "rdfs": RDFS, "xsd": XSD, "sh": SH,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes (okg, eli, org, prov, …) on *graph* and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, str(namespace), replace=True)
    return graph


def load_ontology() -> Graph:
    """Return a new graph holding okg.ttl and issues.ttl.

    >>> g = load_ontology()
    >>> (OKG.Issue, RDFS.subClassOf, SKOS.Concept) in g
    True
    """
    graph = bind_prefixes(Graph())
    graph.parse(OKG_TTL, format="turtle")
    graph.parse(ISSUES_TTL, format="turtle")
    return graph


def load_shapes() -> Graph:
    """Return a new graph holding the SHACL shapes of shapes.ttl."""
    return bind_prefixes(Graph()).parse(SHAPES_TTL, format="turtle")


@functools.lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_ontology()


@functools.lru_cache(maxsize=1)
def _shapes() -> Graph:
    return load_shapes()


@functools.lru_cache(maxsize=1)
def functional_properties() -> frozenset[URIRef]:
    """The okg properties okg.ttl declares ``owl:FunctionalProperty``: one value per subject.

    >>> OKG.year in functional_properties(), OKG.subject in functional_properties()
    (True, False)
    """
    graph = _ontology()
    return frozenset(p for p in graph.subjects(RDF.type, OWL.FunctionalProperty)
                     if isinstance(p, URIRef) and str(p).startswith(str(OKG)))


@functools.lru_cache(maxsize=1)
def single_valued_properties() -> frozenset[URIRef]:
    """The properties a node holds one value of: the :func:`functional_properties`, and each property of another
    vocabulary that shapes.ttl caps at one value in every shape naming it (``dcterms:issued``: a report has one issue
    date). Our ontology declares nothing about other vocabularies' terms, so their count is the shapes' to say; the
    Neo4j layout stores these as single values (a first-time analyst's round 35, finding 6: ``r.dct__issued >= date(…)``
    met a list and answered 0).

    >>> from rdflib.namespace import DCTERMS
    >>> DCTERMS.issued in single_valued_properties(), DCTERMS.title in single_valued_properties()
    (True, False)
    """
    shapes = _shapes()
    caps: dict[URIRef, set[int | None]] = {}
    for shape, path in shapes.subject_objects(SH.path):
        if isinstance(path, URIRef) and not str(path).startswith(str(OKG)):
            count = shapes.value(shape, SH.maxCount)
            caps.setdefault(path, set()).add(None if count is None else int(count))
    return functional_properties() | frozenset(p for p, counts in caps.items() if counts == {1})


def _closure(cls: URIRef, step) -> list[URIRef]:
    """Breadth-first closure over okg classes, nearest first, without *cls*."""
    okg = str(OKG)
    seen: list[URIRef] = []
    frontier = [URIRef(cls)]
    while frontier:
        nxt: list[URIRef] = []
        for node in frontier:
            for other in sorted(step(node)):
                if isinstance(other, URIRef) and str(other).startswith(okg) \
                        and other != cls and other not in seen:
                    seen.append(other)
                    nxt.append(other)
        frontier = nxt
    return seen


@functools.lru_cache(maxsize=None)
def _superclasses(cls: URIRef) -> tuple[URIRef, ...]:
    g = _ontology()
    return tuple(_closure(cls, lambda c: g.objects(c, RDFS.subClassOf)))


@functools.lru_cache(maxsize=None)
def _subclasses(cls: URIRef) -> tuple[URIRef, ...]:
    g = _ontology()
    return tuple(_closure(cls, lambda c: g.subjects(RDFS.subClassOf, c)))


def superclasses(cls: URIRef) -> list[URIRef]:
    """The okg superclasses of *cls*, transitively, nearest first (not *cls* itself).

    Used to materialise types, so that asking for okg:OversightActivity (or
    the Neo4j label ``OversightActivity``) finds every kind of activity.
    Classes outside okg (prov:Activity, skos:Concept, …) are left out.

    >>> superclasses(OKG.LawEnforcementInspection) == [OKG.OversightActivity]
    True
    >>> superclasses(OKG.OversightActivity)
    []
    """
    return list(_superclasses(URIRef(cls)))


def subclasses(cls: URIRef) -> list[URIRef]:
    """The okg subclasses of *cls*, transitively, nearest first (not *cls* itself).

    >>> OKG.Rule in subclasses(OKG.Law)
    True
    """
    return list(_subclasses(URIRef(cls)))


def issue_keywords(top_level: bool = False) -> dict[str, URIRef]:
    """Map each Chinese keyword of the issue scheme to its issue concept.

    Keywords are the @zh prefLabel and altLabels of every concept; each keyword
    belongs to one concept only. With ``top_level=True`` every keyword maps to
    the top concept above its own (湿地 → issue:ecology instead of
    issue:ecology-nature).

    >>> issue_keywords()["湿地"] == ISSUE["ecology-nature"]
    True
    >>> issue_keywords(top_level=True)["湿地"] == ISSUE["ecology"]
    True
    """
    g = _ontology()
    keywords: dict[str, URIRef] = {}
    for concept in sorted(g.subjects(SKOS.inScheme, ISSUE_SCHEME)):
        target = concept
        if top_level:
            while (parent := g.value(target, SKOS.broader)) is not None:
                target = parent
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in g.objects(concept, predicate):
                if isinstance(label, Literal) and label.language == "zh":
                    keywords[str(label)] = target
    return keywords


def issue_and_narrower(concept: str) -> frozenset[str]:
    """The issue concept ``concept`` (an IRI) with every concept under it in the issue scheme, at any depth: SKOS
    makes skos:narrower the inverse of skos:broader (SKOS Reference §8.6.2), and the scheme states either. A filter
    by a concept reads it so, as a thesaurus search "explodes" a term into its narrower terms; an IRI no concept
    of the scheme holds is itself alone.

    >>> sorted(iri.rsplit("/", 1)[1] for iri in issue_and_narrower(str(ISSUE["justice"])))[:3]
    ['justice', 'justice-courts', 'justice-legal-publicity']
    >>> issue_and_narrower(str(ISSUE["ecology-air"])) == {str(ISSUE["ecology-air"])}
    True
    """
    g = _ontology()
    found, todo = {URIRef(concept)}, [URIRef(concept)]
    while todo:
        node = todo.pop()
        for under in (*g.subjects(SKOS.broader, node), *g.objects(node, SKOS.narrower)):
            if isinstance(under, URIRef) and under not in found:
                found.add(under)
                todo.append(under)
    return frozenset(map(str, found))


def _short(node: Node | None, graph: Graph) -> str:
    if node is None:
        return ""
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # pragma: no cover - rdflib refuses odd IRIs
            return f"<{node}>"
    if isinstance(node, Literal):
        return repr(str(node))
    return f"[{node}]"  # a blank node, e.g. a property path


def validate(graph: Graph, include_warnings: bool = False) -> list[str]:
    """Validate a report graph against shapes.ttl; return one line per problem.

    Each line names the focus node, the property path and says what is wrong,
    in plain words; an empty list means the graph conforms. Warnings
    (probably wrong, possibly legitimate) are left out unless
    *include_warnings* is true, and are then prefixed with ``warning:``.
    okg.ttl and issues.ttl are mixed into a copy of the data first, so
    subclasses and issue concepts count; *graph* itself is not changed. A
    ``Dataset`` is validated graph by graph.

    >>> validate(Graph())
    []
    """
    import pyshacl  # imported lazily: it is slow to import and only needed here

    if isinstance(graph, Dataset):  # one report per named graph
        parts = [g for g in graph.graphs() if len(g)]
    elif isinstance(graph, ConjunctiveGraph):
        parts = [g for g in graph.contexts() if len(g)]
    else:
        parts = [graph]
    lines: set[str] = set()
    for part in parts:
        # pyshacl's own ont_graph mix-in copies only RDFS/OWL axioms, not the
        # SKOS issue concepts, so merge everything into a working copy.
        # Literals are rebuilt from their lexical form, as a store round-trip
        # would: Literal(24, datatype=XSD.decimal) holds an int, which pyshacl
        # would otherwise reject as not a decimal.
        work = Graph()
        for s, p, o in part:
            if isinstance(o, Literal):
                o = Literal(str(o), lang=o.language, datatype=o.datatype)
            work.add((s, p, o))
        for triple in _ontology():
            work.add(triple)
        _conforms, results, _text = pyshacl.validate(
            work, shacl_graph=_shapes(), inference="none", allow_warnings=True, inplace=True
        )
        lines.update(_result_lines(results, include_warnings))
    return sorted(lines)


def _result_lines(results: Graph, include_warnings: bool) -> list[str]:
    names = bind_prefixes(Graph())
    lines: list[str] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        if severity != SH.Violation and not include_warnings:
            continue
        focus = _short(results.value(result, SH.focusNode), names)
        path = _short(results.value(result, SH.resultPath), names)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        message = messages[0] if messages else "does not conform to the shapes"
        value = results.value(result, SH.value)
        line = f"{focus} {path}: {message}" if path else f"{focus}: {message}"
        if value is not None and str(value) != str(results.value(result, SH.focusNode)):
            line += f" (value: {_short(value, names)})"
        if severity != SH.Violation:
            line = "warning: " + line
        lines.append(line)
    return lines
