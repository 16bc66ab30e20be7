"""The RDF builder: one report's Facts → its named graph in the ontology's terms.

The graph holds only what this report states, so replacing the report replaces
exactly these triples. Types are materialised up to the ontology's top classes
so that asking for ``okg:OversightActivity`` finds every kind in either store.
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef

from loaders.build.report import add_period, describe_report, period, report_iri
from loaders.document import Document
from loaders.facts import Activity, Facts, Statistic
from ontology import ISSUE, OKG, iri, superclasses

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
LAW_LEVEL_CLASSES: dict[str, URIRef] = {
    "宪法": OKG.Constitution,
    "法律": OKG.NationalLaw,
    "行政法规": OKG.AdministrativeRegulation,
    "地方性法规": OKG.LocalRegulation,
    "自治条例": OKG.AutonomousRegulation,
    "单行条例": OKG.AutonomousRegulation,
    "规章": OKG.Rule,
    "部门规章": OKG.Rule,
    "地方政府规章": OKG.Rule,
    "决定": OKG.LegalDecision,
}


@dataclass(frozen=True)
class ReportGraph:
    """A report's IRI, its triples (the named graph) and its content hash."""

    iri: URIRef
    graph: Graph
    content_hash: str


def build(doc: Document, facts: Facts) -> ReportGraph:
    """Build the named graph of one report."""
    metadata = {**doc.metadata, **facts.report}
    builder = _Builder(report_iri(doc), period(metadata.get("year", "")))
    builder.report(doc, metadata)
    organs = {o.canonical for o in facts.organs}
    for name in sorted(organs):
        builder.g.add((builder.report_iri, OKG.mentionsOrgan, builder.organ(name)))
    for law in facts.laws:
        builder.g.add((builder.report_iri, OKG.mentionsLaw, builder.law(law.canonical, law.level)))
    levels = {law.canonical: law.level for law in facts.laws}
    for activity in facts.activities:
        # The graph does not tell planned work from work done yet (issue 11): a plan's activities
        # stay in the Facts JSON, so no count or "inspected" mixes them with what was reported.
        if activity.status == "reported":
            builder.activity(activity, levels)
    for stat in facts.statistics:
        builder.statistic(stat)
    for deputy in facts.deputies:
        if deputy.name:
            node = iri.entity("deputy", deputy.name)
            builder.typed(node, OKG.Deputy)
            builder.g.add((node, RDFS.label, Literal(deputy.name, lang="zh")))
            builder.g.add((node, OKG.statedIn, builder.report_iri))
    return ReportGraph(builder.report_iri, builder.g, doc.content_hash)


class _Builder:
    """Accumulates one report's triples; knows how each kind of node looks."""

    def __init__(self, report_iri: URIRef, years: tuple[int, int] | None) -> None:
        self.g = Graph()
        self.report_iri = report_iri
        self.years = years
        self.publisher: URIRef | None = None

    def typed(self, node: URIRef, cls: URIRef) -> None:
        for t in (cls, *superclasses(cls)):
            self.g.add((node, RDF.type, t))

    def report(self, doc: Document, metadata: dict[str, str]) -> None:
        r = self.report_iri
        self.typed(r, OKG.Report)
        describe_report(self.g, r, doc, metadata, self.years)
        if organ := metadata.get("organ"):
            self.publisher = self.organ(organ)
            self.g.add((r, OKG.publishedBy, self.publisher))

    def organ(self, name: str) -> URIRef:
        node = iri.entity("organ", name)
        self.typed(node, OKG.Organ)
        self.g.add((node, RDFS.label, Literal(name, lang="zh")))
        return node

    def law(self, title: str, level: str | None) -> URIRef:
        node = iri.entity("law", title)
        self.typed(node, LAW_LEVEL_CLASSES.get(level or "", OKG.Law))
        self.g.add((node, RDFS.label, Literal(title, lang="zh")))
        if level:
            self.g.add((node, OKG.lawLevel, Literal(level)))
        return node

    def evidence(self, node: URIRef, text: str, start: int, end: int) -> None:
        self.g.add((node, OKG.evidenceText, Literal(text)))
        self.g.add((node, OKG.startOffset, Literal(start, datatype=XSD.integer)))
        self.g.add((node, OKG.endOffset, Literal(end, datatype=XSD.integer)))
        self.g.add((node, OKG.statedIn, self.report_iri))
        add_period(self.g, node, self.years, OKG.year)

    def activity(self, act: Activity, levels: dict[str, str | None]) -> None:
        node = iri.fact(self.report_iri, "activity", act.start, act.end, act.type)
        self.typed(node, ACTIVITY_CLASSES[act.type])
        self.evidence(node, act.evidence, act.start, act.end)
        if self.publisher is not None:
            self.g.add((node, OKG.conductedBy, self.publisher))
        for title in act.laws:
            self.g.add((node, OKG.concernsLaw, self.law(title, levels.get(title))))
        for name in act.overseen:
            self.g.add((node, OKG.oversaw, self.organ(name)))
        for name in act.jointly_with:
            self.g.add((node, OKG.jointlyWith, self.organ(name)))
        if act.subject:
            self.g.add((node, OKG.subject, Literal(act.subject)))
        if act.count is not None:
            self.g.add((node, OKG.count, Literal(act.count, datatype=XSD.integer)))
        if act.issue:
            self.g.add((node, OKG.hasIssue, ISSUE[act.issue]))

    def statistic(self, stat: Statistic) -> None:
        node = iri.fact(self.report_iri, "statistic", stat.start, stat.end, f"{stat.what}|{stat.value}|{stat.unit}")
        self.typed(node, OKG.Statistic)
        self.evidence(node, stat.evidence, stat.start, stat.end)
        self.g.add((node, OKG.measure, Literal(stat.what)))
        self.g.add((node, OKG.value, Literal(stat.value, datatype=XSD.decimal)))
        self.g.add((node, OKG.unit, Literal(stat.unit)))
        if stat.qualifier:
            self.g.add((node, OKG.qualifier, Literal(stat.qualifier)))
