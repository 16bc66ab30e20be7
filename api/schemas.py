"""Response models for OpenAPI: the shapes of the store's answers (:mod:`graph.shapes`, shared, not
written again) and what only the API adds (pages, errors, segments, queries)."""
from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, Field, field_validator

from graph.shapes import (Activity, AreaCounts, CoverageLaw, CoverageRow, Deputy, Entity, Hit, Law, Node, Organ, Path,
                          ReportSummary, ReportText, Statistic, Subgraph, example)

__all__ = ["ERRORS", "Activity", "AnalyticsRows", "Coverage", "CypherQuery", "CypherRows", "Deputy", "Entity", "Error",
           "Health", "Hit", "Law", "Measure", "Node", "Ontology", "Organ", "Page", "Path", "Report", "ReportSummary", "Statistic", "Subgraph"]
T = TypeVar("T")


class Error(BaseModel):
    """Every error: a message for people; validation errors add the details."""

    detail: str
    errors: list[dict[str, Any]] | None = None
    model_config = example(detail="no entity https://w3id.org/oversight-kg/id/law/x")


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


class DatedPage(Page[T], Generic[T]):
    """A page of a listing of dated rows (activities, statistics), saying how many rows ``year=`` left out for a
    range reaching beyond it (:func:`api.params.ranges_left_out`)."""

    ranges_left_out: int = Field(0, description=(
        "With year= and no include_ranges=true: the rows dated by a range that runs beyond the year asked (a "
        "2017-2021 total for year=2020), left out so that a year's rows are its own; include_ranges=true lists them, "
        "each with its span (year null, year_from, year_to). 0 without year=. Files give it in X-Ranges-Left-Out."))


class Health(BaseModel):
    status: Literal["ok"]
    store: str = Field(examples=["embedded"])


class Segment(BaseModel):
    """A run of the text and the spans covering all of it (none: plain text)."""

    text: str
    start: int
    spans: list[str]


class Report(ReportText):
    """A report's text, its evidence spans (a page of them: ``limit`` from ``offset`` on), and the text cut into
    segments marked with those spans."""

    limit: int
    offset: int
    segments: list[Segment]


class Coverage(Page[CoverageLaw]):
    """Catalog laws against inspections: a page of laws and a summary by level and category."""

    summary: list[CoverageRow]
    area: AreaCounts | None = Field(None, description=(
        "With jurisdiction: the area's counts, as /areas/{area} gives them. More `inspections` than `laws_inspected` "
        "means inspections its reports state without naming a law (开展执法检查6项), which no law's row can show: "
        "a law listed as never inspected there may have been one of them."))
    repealed_left_out: int = Field(0, description=(
        "Repealed laws the list leaves out: with inspected=false and repealed unset, those repealed before the period "
        "began or on no date the catalog gives; with repealed=false, every repealed law; repealed=any lists them."))
    period_from: int | None = Field(None, description=(
        "The period's first year: year='s first, else the earliest year of the store's reports (null: none dated); "
        "with inspected=false, a law repealed after 1 January of it is listed."))
    years_without_reports: list[int] = Field([], description=(
        "The years of year= no stored report covers: the answer for them is a fact (no inspection stated), but it "
        "rests on no report; /reports lists the years held."))


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


class Issue(BaseModel):
    """A concept of the issue scheme (``ontology/issues.ttl``), as ``/activities?issue=`` takes it."""

    iri: str = Field(examples=["https://w3id.org/oversight-kg/id/issue/ecology-air"])
    notation: str | None = Field(None, examples=["ecology-air"])
    label_zh: str | None = Field(None, examples=["大气污染防治"])
    label_en: str | None = Field(None, examples=["Air pollution control"])
    alt_labels: list[str] = Field(description="The zh alternative labels, each of this concept only (大气污染, 扬尘)")
    broader: str | None = Field(None, description="The IRI of the issue above it; null for a top issue")


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


class Year(BaseModel):
    """A year something in the store is dated in by itself (:meth:`graph.store.Store.years`)."""

    year: int = Field(examples=[2021])
    reports: int = Field(description="Reports dated in that year alone (``/reports?year=`` finds them)")
    activities: int = Field(description="Activities dated in that year alone, reported and planned")
    statistics: int = Field(description="Statistics dated in that year alone")


class Measure(BaseModel):
    """A measure the store's statistics carry (:func:`api.vocabulary.measures`)."""

    measure_class: str | None = Field(None, description="The class these statistics count in (a code of the "
                                                       "measure-class scheme); null for words no class holds")
    class_label: str | None = Field(None, description="The class's zh label (代表建议)")
    class_label_en: str | None = None
    measure: str = Field(examples=["law_enforcement_inspection", "常委会会议"])
    statistics: int = Field(description="Statistics carrying it in that class")
    kind: str | None = Field(None, description="The activity class a stated total counts (LawEnforcementInspection); "
                                               "null for the report's own words")
    label: str | None = Field(None, description="The kind's zh label, or the words")
    label_en: str | None = None


class CypherRows(BaseModel):
    rows: list[dict[str, Any]]
    truncated: str | None = Field(None, description="Why rows were cut (OKG_MAX_ROWS, OKG_MAX_RESULT_BYTES); null when none were")


class AnalyticsRows(Page[dict[str, Any]]):
    measure: str
