"""Response models: the JSON shapes of graph.Store's queries, typed for OpenAPI."""
from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")
WETLAND = "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法"


def _example(**values: Any) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [values]})


class Error(BaseModel):
    """Every error: a message for people; validation errors add the details."""

    detail: str
    errors: list[dict[str, Any]] | None = None
    model_config = _example(detail="no entity https://w3id.org/oversight-kg/id/law/x")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": Error, "description": text} for code, text in (
        (404, "Unknown IRI"), (422, "Invalid input"), (501, "Not answered by this store"),
        (503, "The store failed"))
}


class Page(BaseModel, Generic[T]):
    """One page of a listing."""

    total: int = Field(description="Items matching, over all pages.")
    limit: int
    offset: int
    items: list[T]


class Health(BaseModel):
    status: Literal["ok"]
    store: str = Field(examples=["embedded"])


class Node(BaseModel):
    """A resource: its IRI, label and ontology classes (local names)."""

    iri: str
    label: str | None = None
    types: list[str] = []
    model_config = _example(iri=WETLAND, label="中华人民共和国湿地保护法", types=["Law", "NationalLaw"])


class GraphNode(Node):
    distance: int | None = Field(None, description="Hops from the entity asked about.")


class Edge(BaseModel):
    source: str
    target: str
    type: str = Field(examples=["concernsLaw"])


class Subgraph(BaseModel):
    """Nodes and edges; ``truncated`` when a limit cut the result."""

    nodes: list[GraphNode]
    edges: list[Edge]
    truncated: bool = False


class Path(BaseModel):
    length: int | None = None
    nodes: list[Node]
    edges: list[Edge]


class Relation(BaseModel):
    type: str
    direction: Literal["out", "in"]
    iri: str
    label: str | None = None
    types: list[str] = []


class Evidence(BaseModel):
    """A sentence of a report and its character offsets there."""

    text: str | None
    report: str | None
    start: int | None
    end: int | None


class EntityEvidence(Evidence):
    """Where a report states an entity: ``iri`` is the mention, activity or statistic saying so."""

    iri: str


class Entity(Node):
    properties: dict[str, Any] = {}
    relations: list[Relation] = []
    evidence: list[EntityEvidence] = []


class LawEvidence(Evidence):
    activity: str
    year: int | None
    year_from: int | None = None  # a multi-year report's range (year None); a single year: both = year
    year_to: int | None = None


class Law(BaseModel):
    """A law with its inspections: how often, when, by whom, and the sentences saying so."""

    iri: str
    title: str
    level: str | None
    times_inspected: int
    years: list[int]
    organs: list[str]
    reports: list[str]
    evidence: list[LawEvidence]


class LoopStep(BaseModel):
    """A step of the accountability loop tied to an activity: a finding, review opinion or handling report."""

    iri: str
    type: str
    relation: str
    label: str | None = None
    label_en: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    year: int | None = None
    report: str | None = None
    responds_to: list[str] = []
    considered_by: list[str] = []


class Activity(BaseModel):
    """An oversight activity, an event node with its evidence; in a timeline, with its loop."""

    iri: str
    types: list[str] = []
    kind: str | None = None
    label: str | None = Field(None, description="kind · subject or law · year, in Chinese")
    label_en: str | None = Field(None, description="The same in English")
    status: str = Field("reported", description="reported (done) or planned")
    follow_up: bool = Field(False, description="A follow-up of earlier oversight (跟踪检查, 审议意见落实情况)")
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    subject: str | None = None
    count: int | None = None
    report: str | None = None
    laws: list[str] = []
    organs: list[str] = []
    overseen: list[str] = []
    jointly_with: list[str] = []
    issues: list[str] = []
    stage: str | None = Field(None, description="In a timeline: inspection, review, follow_up, evaluation or other")
    loop: list[LoopStep] | None = Field(None, description="In a timeline: the findings, opinions and handling "
                                                          "reports tied to this activity")
    follows_up: list[str] | None = Field(None, description="In a timeline: earlier activities this one follows up, "
                                                           "in its report or across reports (same law and organ)")
    followed_up_by: list[str] | None = None


class Organ(Node):
    aliases: list[str] = []  # the names reports call it by (全国人大常委会, 区人大常委会)
    conducted: int = 0
    overseen: int = 0
    reports: int | list[str] = 0


class ReportSummary(BaseModel):
    iri: str
    title: str | None = None
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    issued: str | None = None
    source: str | None = None
    sources: list[str] = []  # every file (absolute path) or URL the same text was read from
    publisher: str | None = None
    model_config = ConfigDict(extra="allow")


class Span(BaseModel):
    iri: str
    types: list[str] = []
    start: int
    end: int
    text: str | None = None


class Segment(BaseModel):
    """A run of the text and the spans covering all of it (none: plain text)."""

    text: str
    start: int
    spans: list[str]


class Report(ReportSummary):
    """A report's text, its evidence spans, and the text cut into marked segments."""

    text: str
    spans: list[Span]
    segments: list[Segment]


class Statistic(BaseModel):
    iri: str
    measure: str | None = Field(None, description="What it counts: an activity kind (law_enforcement_inspection) "
                                                 "for a summary count of activities, else the report's words")
    label: str | None = None
    label_en: str | None = None
    value: float | int | None = None
    unit: str | None = None
    qualifier: str | None = None
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    evidence: str | None = None
    report: str | None = None
    start: int | None = None
    end: int | None = None


class CoverageRow(BaseModel):
    level: str | None
    category: str | None
    laws: int
    inspected: int
    never_inspected: int


class CoverageLaw(BaseModel):
    iri: str
    title: str
    level: str | None = None
    category: str | None = None
    times_inspected: int
    in_catalog: bool = True


class Coverage(Page[CoverageLaw]):
    """Catalog laws against inspections: a page of laws and a summary by level and category."""

    summary: list[CoverageRow]


class OntologyClass(BaseModel):
    name: str = Field(examples=["LawEnforcementInspection"])
    iri: str
    label_en: str | None
    label_zh: str | None
    superclasses: list[str]


class OntologyProperty(BaseModel):
    name: str = Field(examples=["concernsLaw"])
    iri: str
    label_en: str | None
    label_zh: str | None


class Ontology(BaseModel):
    """The ontology's classes and properties with their labels; the Turtle is at ``/ontology?format=ttl``."""

    iri: str
    classes: list[OntologyClass]
    properties: list[OntologyProperty] = []


INT64 = 2**63


def _sendable(value: Any, where: str) -> Any:
    """``value`` when Bolt can carry it: integers within 64 bits, text without lone surrogates."""
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return value
    if isinstance(value, int):
        if not -INT64 <= value < INT64:
            raise ValueError(f"{where}: {value} does not fit in a 64-bit integer")
        return value
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(f"{where}: not valid Unicode text (a lone surrogate)") from exc
        return value
    if isinstance(value, list):
        return [_sendable(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {_sendable(k, where): _sendable(v, f"{where}.{k}") for k, v in value.items()}
    raise ValueError(f"{where}: unsupported value")


class CypherQuery(BaseModel):
    query: str = Field(min_length=1, examples=["MATCH (l:Law) RETURN l.rdfs__label AS law LIMIT 5"])
    parameters: dict[str, Any] = {}

    @field_validator("query")
    @classmethod
    def _query_text(cls, value: str) -> str:
        return _sendable(value, "query")  # type: ignore[no-any-return]

    @field_validator("parameters")
    @classmethod
    def _parameter_values(cls, value: dict[str, Any]) -> dict[str, Any]:
        return _sendable(value, "parameters")  # type: ignore[no-any-return]


class CypherRows(BaseModel):
    rows: list[dict[str, Any]]
    truncated: str | None = Field(None, description="Why rows were cut (OKG_MAX_ROWS, OKG_MAX_RESULT_BYTES); null when none were")


class AnalyticsRows(Page[dict[str, Any]]):
    measure: str
