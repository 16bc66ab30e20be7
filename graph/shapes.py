"""The shapes of what a store's queries answer, defined once: the API's schemas are these models.

Each :class:`graph.store.Store` query returns plain JSON-ready data (dicts and lists) whose keys
are the fields of one model here: :meth:`~graph.store.Store.laws` rows are :class:`Law`,
:meth:`~graph.store.Store.activities` rows :class:`Activity` (a timeline's add ``stage``,
``loop``: :class:`LoopStep`, ``follows_up``, ``followed_up_by``), :meth:`~graph.store.Store.organs`
:class:`Organ`, :meth:`~graph.store.Store.reports` :class:`ReportSummary`,
:meth:`~graph.store.Store.report` :class:`ReportText`, :meth:`~graph.store.Store.statistics`
:class:`Statistic`, :meth:`~graph.store.Store.coverage` ``{"summary": [CoverageRow], "laws":
[CoverageLaw]}``, :meth:`~graph.store.Store.entity` :class:`Entity`,
:meth:`~graph.store.Store.search` :class:`Node`, :meth:`~graph.store.Store.neighbours`
:class:`Subgraph`, :meth:`~graph.store.Store.paths` :class:`Path`, and :mod:`graph.areas`
:class:`AreaRow`, and :mod:`graph.area_view` :class:`AreaCounts` (a listing), :class:`Area`
(one area) and :class:`AreaOrgan` (its organs). ``api.schemas`` serves
them as they are (a test holds both to it).
"""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.inspections import DEFINITION as INSPECTIONS

WETLAND = "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法"


def example(**values: Any) -> ConfigDict:
    """A model config carrying one example for OpenAPI."""
    return ConfigDict(json_schema_extra={"examples": [values]})


class Node(BaseModel):
    """A resource: its IRI, label and ontology classes (local names)."""

    iri: str
    label: str | None = None
    types: list[str] = []
    model_config = example(iri=WETLAND, label="中华人民共和国湿地保护法", types=["Law", "NationalLaw"])


class Hit(Node):
    """A resource found by name, and how the name matched (:func:`graph.search_index.find`)."""

    match: Literal["exact", "alias", "prefix", "suffix", "inside", "abbreviation"] = Field(
        description="How a name of it matched: is the query (a label, or an alias: short title, abbreviation, "
                    "short name), starts with it, ends with it, holds it, or holds its characters in order.")
    label_en: str | None = Field(None, description="A statistic's or an activity's English label (satisfaction rate 98% "
                                 "· 2024; Law-enforcement inspection · 2018), null where it has none or for another resource.")
    place: str | None = Field(None, description="Whose a statistic or an activity is, so hits of one kind and year read "
                              "apart in a list: a statistic's, the area of the report stating it, else the organ "
                              "publishing that report (满意率 98% · 2024 · 大埔县); an activity's, the organ that conducted "
                              "it (the first by name, 等 when more), else the bodies handling suggestions, else its report's "
                              "area or publisher (执法检查 · 2018 · 重庆市人民代表大会常务委员会); null for another resource.")


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
    unexpanded: list[str] = Field(default_factory=list, description=(
        "Nodes shown whose relationships were not walked: each has more than 100 (a long report, a national "
        "organ); ask for its own neighbourhood to see them. The answer is then truncated."))


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
    source: str | None = Field(None, description="The file or URL the report stating it was read from, as ingested (the URL its url: header gives, okg:sourceUrl, when it has one; else a path relative to the folder given to okg ingest, a file's name, or the URL read): the first of its report's sources")


class EntityEvidence(Evidence):
    """Where a report states an entity: ``iri`` is the mention, activity or statistic saying so."""

    iri: str
    types: list[str] = Field([], description="The classes of the fact saying so (Mention, an activity's, Statistic)")
    status: str | None = Field(None, description="reported (done) or planned, for an activity or a statistic; None "
                                                 "for a mention")
    words: str | None = Field(None, description="A mention's words naming the entity (《食品安全法》 as written); ``text`` "
                                                "is then the sentence of the report they lie in, ``start`` and ``end`` its "
                                                "offsets (round 50: the words alone were the law's name again)")


class Entity(Node):
    properties: dict[str, Any] = {}
    relations: list[Relation] = []
    evidence: list[EntityEvidence] = []


class LawEvidence(Evidence):
    activity: str
    inspection: int = 0  # which of the law's inspections (0 … times_inspected - 1) this statement states
    follow_up: bool = False  # a follow-up of that inspection (跟踪监督…审议意见落实情况), not a new one
    follows_year: int | None = Field(None, description="A follow-up's: the year of the inspection it names as its object "
                                     "(对2021年开展的…执法检查开展“回头看”: 2021; okg:followsUpYear), stored or not.")
    date: str | None = Field(None, description="The date its sentence gives the work, to the precision the words give "
                             "(4月12日: 2023-04-12; 8月上旬: 2023-08; 2021年，…: 2021; okg:date); it splits no count: two "
                             "reports' statements of one law's inspection by one organ in one year, on different months "
                             "or days, are the stages of one inspection.")
    year: int | None
    year_from: int | None = None  # a multi-year report's range (year None); a single year: both = year
    year_to: int | None = None


PLANNED_FOLLOW_UPS = ("Planned follow-ups of an inspection of it the reports state (听取…关于《X法》执法检查报告及审议意见研究"
                      "处理结果的报告 in a plan, 拟对…执法检查开展“回头看”): each names an inspection done before, so with "
                      "times_inspected 0 the law is followed_up_only (inspected=followed_up_only lists it), not never "
                      "inspected, though no inspection or follow-up done is counted (newuser36 A4). Under year, organ, "
                      "jurisdiction or report_level, those the filters select by their own year, organ, place and report "
                      "level.")
REPEALED = ("The law catalog marks it repealed, no longer in force (合同法, 婚姻法 since the 民法典; the laws the "
            "生态环境法典 replaced); false also for a law the catalog does not hold.")
REPEALED_ON = "The date it ceased to be in force (okg:repealedOn), where the catalog gives it; else null."
AMBIGUOUS = ("An ambiguous title (okg:AmbiguousLawTitle): the reports name it by a title several laws bear (城市绿化条例 "
             "a Wuhan district's report inspects: 武汉市城市绿化条例 or the State Council's), and it stands for whichever "
             "they mean, none chosen: its candidates; its law_level is null. Each reading's own row counts only the "
             "inspections naming it.")


#: What ``law_level`` is, beside ``level`` (newuser30 T6: ``level`` named the law's level on /laws and the report's on
#: /activities): the law's own level as the graph states it (okg:lawLevel).
LAW_LEVEL = ("The law's own level, as the graph states it (okg:lawLevel: 法律, 行政法规, 地方性法规 …); level, on every "
             "route that has it, is a report's (okg:level).")


class LawReading(BaseModel):
    """One law an ambiguous title may mean."""

    iri: str
    title: str | None
    law_level: str | None = None


class Law(BaseModel):
    """A law with its inspections: how often, when, by whom, and the sentences saying so."""

    iri: str
    title: str
    law_level: str | None = Field(description=LAW_LEVEL)
    times_inspected: int = Field(description="Distinct inspections of the law: one per conducting organs and "
                                 "year, however many reports state it (evidence holds every statement); a "
                                 "follow-up joins the latest inspection by the same organs up to its year; an "
                                 "activity without organ or year counts alone (graph.inspections.of_law); one only "
                                 "a follow-up states is counted in followed_up_only instead.")
    followed_up_only: int = Field(0, description="Inspections of it that only a follow-up in the stored reports states "
                                  "(a handling report of the inspection's review opinions, 跟踪检查): the inspection was "
                                  "reported before, in a report not stored; not in times_inspected, and the law is not "
                                  "never inspected.")
    planned_inspections: int = Field(0, description="Planned inspections of it the reports state (拟对…开展执法检查, "
                                     "将…开展执法检查; mentions with status planned, not a planned follow-up of an inspection's "
                                     "recommendations, 跟踪检查…执法检查报告所提建议, which planned_follow_ups counts), never in times_inspected: with "
                                     "times_inspected, followed_up_only and planned_follow_ups 0, a law never inspected but planned. Under year, organ, jurisdiction or "
                                     "report_level, those the filters select by their own year, organ, place and report level.")
    planned_follow_ups: int = Field(0, description=PLANNED_FOLLOW_UPS)
    draft_only: bool = Field(description="The reports name it only as a draft (a bill: 审议《X条例（草案）》, "
                             "X条例修订草案): no inspection and no other mention; listed only with drafts=true.")
    years: list[int] = Field(description="The single years its inspections are dated by (not its follow-ups': "
                             "follow_up_years).")
    periods: list[str] = Field(description="The ranges (\"2017-2021\") of inspections a multi-year report dates by its "
                               "range alone: no single year of it stands for them (a year filter matches each).")
    undated: int = Field(0, description="Its inspections no year dates (their reports state none: the explorer's "
                         "未标年份); each other inspection has its year in years or its range in periods.")
    follow_up_years: list[int] = Field([], description="The single years of its follow-ups (跟踪检查, a feedback report "
                                       "on an inspection heard: evidence with follow_up true) that are no year of the "
                                       "inspection they follow up, or of one no stored report states "
                                       "(followed_up_only).")
    followed_up_only_years: list[int] = Field([], description="The years of the inspections only a follow-up states "
                                              "(followed_up_only), where the follow-up names it (对2021年开展的…执法检查开展"
                                              "“回头看”: 2021; evidence follows_year).")
    organs: list[str] = Field(description="The organs conducting its inspections, those times_inspected counts (their "
                              "statements in evidence with follow_up false); a follow-up's organs are follow_up_organs.")
    follow_up_organs: list[str] = Field([], description="The organs of its follow-ups (evidence with follow_up true: "
                                        "跟踪检查, a handling report of an inspection's review opinions, and those of "
                                        "followed_up_only) that conduct none of the inspections counted; never in "
                                        "organs.")
    repealed: bool = Field(False, description=REPEALED)
    repealed_on: str | None = Field(None, description=REPEALED_ON)
    ambiguous: bool = Field(False, description=AMBIGUOUS)
    candidates: list[LawReading] = Field([], description="The laws an ambiguous title may mean (ambiguous true); else [].")
    reports: list[str] = Field(description="Every report naming the law: those stating its inspections and those in "
                               "its mentions. Under year, organ, jurisdiction or report_level: the reports of its evidence, the statements "
                               "the filter kept.")
    evidence: list[LawEvidence] = Field(description="The statements of its inspections (reported, and follow-ups).")
    mentions: list[EntityEvidence] = Field([], description="Every other statement naming it, by report and offset: a "
                                           "planned inspection's sentence (status planned), or the sentence a mention "
                                           "of its title lies in (types [Mention]), with its report and source "
                                           "(graph.law_mentions). Under year, organ, jurisdiction or report_level, the planned inspections the "
                                           "filters select and the other statements in the reports of its evidence.")
    evidence_total: int | None = Field(None, description="How many statements of its inspections there are; /laws "
                                       "lists the first evidence_limit in evidence, /laws/{id} every one.")
    mentions_total: int | None = Field(None, description="How many other statements name it; /laws lists the first "
                                       "mentions_limit in mentions, /laws/{id} every one.")


class Fact(BaseModel):
    """What every fact row shares (:mod:`graph.fields`): its labels, evidence sentence, offsets,
    year or range, and the report stating it."""

    label: str | None = None
    label_en: str | None = None
    evidence: str | None = None
    start: int | None = None
    end: int | None = None
    year: int | None = None
    year_from: int | None = Field(None, description="A multi-year report's range (year null); one year: both = year")
    year_to: int | None = None
    report: str | None = None
    source: str | None = Field(None, description="The file or URL the report stating it was read from, as ingested (the URL its url: header gives, okg:sourceUrl, when it has one; else a path relative to the folder given to okg ingest, a file's name, or the URL read): the first of its report's sources")


class Placed(BaseModel):
    """The level of the report stating a row (its ``okg:level``) and where it is from (:func:`graph.areas.place`): its
    ``okg:jurisdiction`` and the province it lies in, all null for a report with no jurisdiction."""

    level: str | None = Field(None, description="The report's level: national, province, city, county or township, "
                                                "as its header's level: states it (else its organ's name); not its "
                                                "area's, area_level, which is the level of the deepest area the "
                                                "text resolves (a township congress's report may lie in its county)")
    area: str | None = Field(None, description="The report's area (its okg:jurisdiction), by name: 汕头市潮阳区")
    area_code: str | None = Field(None, description="Its division code (440513; the nation's 000000)")
    area_level: str | None = Field(None, description="The area's level: national, province, city, county or township")
    province: str | None = Field(None, description="The province-level area it lies in (itself for a province; "
                                                   "null for the nation)")
    province_code: str | None = None


class LoopStep(Fact):
    """A step of the accountability loop tied to an activity: a finding, an inspection group's recommendation (检查组提出
    建议6条), a review opinion or a handling report (``type``: Finding, Recommendation, ReviewOpinion, HandlingReport)."""

    iri: str
    type: str
    relation: str
    responds_to: list[str] = []
    considered_by: list[str] = []


class Leader(BaseModel):
    """The person an activity's sentence says led its work (率, 带领, 带队), as written."""

    name: str
    title: str | None = Field(None, description="The post as written: 省人大常委会副主任, 副委员长")


class Activity(Placed, Fact):
    """An oversight activity, an event node with its evidence and its report's place; in a timeline, with its loop."""

    iri: str
    types: list[str] = []
    kind: str | None = None
    label: str | None = Field(None, description="kind · subject or law · year, in Chinese")
    label_en: str | None = Field(None, description="The same in English")
    status: str = Field("reported", description="reported (done) or planned")
    follow_up: bool = Field(False, description="A follow-up of earlier oversight (跟踪检查, 审议意见落实情况)")
    follows_year: int | None = Field(None, description="A follow-up's: the year of the inspection it names as its "
                                     "object (对2021年开展的…执法检查开展“回头看”: 2021; okg:followsUpYear); in a timeline "
                                     "follows_up then holds that year's inspection alone, when stored.")
    date: str | None = Field(None, description="The date its sentence gives the work, to the precision the words give "
                             "(4月12日: 2023-04-12; 8月上旬: 2023-08; 2021年，…: 2021; okg:date).")
    subject: str | None = None
    count: int | None = None
    laws: list[str] = []
    organs: list[str] = Field([], description="The organs that conducted it: the organ whose work it is and its joint "
                                              "partners (okg:conductedBy, okg:jointlyWith)")
    overseen: list[str] = []
    conducted_by: list[str] = Field([], description="The body whose work it is, as the graph has it (okg:conductedBy): "
                                                    "the report's organ for its own work, the committee that entrusted "
                                                    "it (受…委托) or the body it assisted (配合, 协助); empty when the "
                                                    "words name a set of bodies (各县市区人大常委会). organs less "
                                                    "jointly_with, so who carried the work out needs no subtraction")
    jointly_with: list[str] = Field([], description="Those of its conducting organs that joined the work as partners "
                                                    "(联合, 会同, 与…开展: okg:jointlyWith)")
    assisted_by: list[str] = Field([], description="Organs that assisted or accompanied the work without conducting it "
                                                   "(配合, 协助, 陪同: okg:assistedBy); never counted as conducting it")
    issues: list[str] = []
    places: list[str] = Field([], description="The areas where the work was done, as its sentence names them "
                                            "(赴荆州市、洪湖市检查…; 来我市: the report's own area), by IRI (by name in files)")
    led_by: Leader | None = Field(None, description="Who led the work, as its sentence names them (率, 带领, 带队)")
    stage: str | None = Field(None, description="In a timeline: inspection, review, follow_up, evaluation or other")
    loop: list[LoopStep] | None = Field(None, description="In a timeline: the findings, opinions and handling "
                                                          "reports tied to this activity")
    follows_up: list[str] | None = Field(None, description="In a timeline: earlier activities this one follows up, "
                                                           "in its report or across reports (same law and organ)")
    followed_up_by: list[str] | None = None


class Organ(Node):
    aliases: list[str] = []  # the names reports call it by (全国人大常委会, 区人大常委会)
    conducted: int = Field(0, description="Activities it reported done, alone or as a joint partner, not those it "
                                          "only assisted (/activities?organ=&status=reported lists them with those it "
                                          "was overseen in).")
    overseen: int = 0
    inspections: int = Field(0, description=f"Inspections it conducted, alone or with others (a joint one is each of "
                                            f"its organs', so the organs' sum is /stats' inspections_by_organ, above its "
                                            f"inspections). {INSPECTIONS}")
    follow_ups: int = Field(0, description="Follow-ups of earlier oversight it reported done (跟踪检查, a handling report "
                                           "of an inspection's review opinions heard: /activities?follow_up=true), apart "
                                           "from its inspections: one of an inspection no stored report states (reported "
                                           "in an earlier year's) is no inspection of its own.")
    reports_naming: int = Field(0, description="Reports naming it: those it published, those mentioning it and those "
                                               "stating an activity it conducted or was overseen in, whoever published "
                                               "them (/areas/{area}/organs counts reports_published, its own alone).")


class Deputy(Node):
    """A named deputy (okg:Deputy): one per name and place; a counted group (补选市人大代表4人) is no deputy, its number
    a statistic (/statistics)."""

    jurisdiction: str | None = Field(None, description="The area they are a deputy of: the area of the reports "
                                                       "naming them (okg:jurisdiction), by IRI (by name in a file)")
    area: str | None = Field(None, description="That area by name")
    area_code: str | None = Field(None, description="Its division code")
    area_level: str | None = Field(None, description="Its level: national, province, city, county or township")
    province: str | None = Field(None, description="The province-level area it lies in (null for the nation)")
    province_code: str | None = None
    reports: list[str] = Field([], description="The reports naming them, by IRI (by title in a file)")
    activities: list[str] = Field([], description="What they did: the activities involving them (okg:involvesDeputy: "
                                                  "told in the sentence naming them, one they took part in, asked at "
                                                  "or whose motion it handles), by IRI (by label in a file); each "
                                                  "one's sentence: GET /entities/{id}")
    kinds: list[str] = Field([], description="Those activities' kinds (SiteVisit, LawEnforcementInspection …), each once")


class ReportSummary(Placed):
    iri: str
    title: str | None = None
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    issued: str | None = None
    source: str | None = Field(None, description="The first of its sources: the URL to open when it has one, else its file")
    sources: list[str] = Field([], description="Where to open it: the URL its url: header gives (okg:sourceUrl) "
                                               "first, then every file (its path relative to the folder ingested, or "
                                               "its name) or URL the same text was read from (okg:sourceLocation), "
                                               "URLs first")
    publisher: str | None = None
    publisher_label: str | None = Field(None, description="The publisher's name (县人民代表大会常务委员会 for an organ "
                                                          "whose place the report leaves unnamed, whose IRI is the report's own); "
                                                          "of several publishers, the first of publishers")
    publishers: list[str] = Field([], description="Every organ that publishes the report (several when its header lists "
                                                  "them: 遂溪县洋青镇、北坡镇人民代表大会), by label")
    publisher_labels: list[str | None] = []
    model_config = ConfigDict(extra="allow")


class Span(BaseModel):
    iri: str
    types: list[str] = []
    start: int
    end: int
    text: str | None = None


class ReportText(ReportSummary):
    """A report with its text and the evidence spans stated in it, in the text's order: every one, or a page."""

    text: str
    spans: list[Span]
    spans_total: int = Field(description="How many evidence spans the report states; more than `spans` holds: "
                                         "page through them with offset")


class Statistic(Placed, Fact):
    iri: str
    measure: str | None = Field(None, description="What it counts: an activity kind (law_enforcement_inspection) "
                                                 "for a summary count of activities, else the report's words")
    measure_class: str | None = Field(None, description="The class of the measure-class scheme it counts in "
                                                       "(suggestions_received, standing_committee_meetings, "
                                                       "law_enforcement_inspection …; GET /statistics/measures); null "
                                                       "when none fits")
    value: float | int | None = None
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = Field(None, description="The body or topic the figure is of, as written, where the report "
                                                 "names one for it alone: the item of the list before 分别 in its place "
                                                 "(对县公安局、县市场监督管理局开展工作评议，满意率分别为92.5%和88.1%: "
                                                 "县公安局, 县市场监督管理局), or what a rating rated for its rate "
                                                 "(对审计查出问题整改情况报告开展满意度测评，满意率为96.8%: "
                                                 "审计查出问题整改情况报告); null otherwise")
    status: str = Field("reported", description="reported: a figure of work done; planned: a figure of a plan or an "
                                                "intention (全年拟安排…执法检查2项)")
    part_of: str | None = Field(None, description="The IRI of the total this figure is a part of, told after 其中, 包括, "
                                                 "含 or 分别 (开展执法检查84项，其中单一法律法规的执法检查62项: 62's is "
                                                 "84's); a part has no measure_class, so a class sums its totals once; "
                                                 "null for a figure of its own")
    parts: list[str] = Field([], description="The IRIs of the parts of this total (part_of), in the text's order")
    organ: str | None = Field(None, description="The organ whose report states the number (the report's "
                                                "publisher; of several, the first of organs); its label in CSV and XLSX")
    organs: list[str] = Field([], description="Every publisher of the report stating the number; labels in CSV and XLSX")


class CoverageRow(BaseModel):
    law_level: str | None = Field(description=LAW_LEVEL)
    category: str | None
    laws: int
    inspected: int = Field(description="Laws an inspection the stored reports state concerns.")
    followed_up_only: int = Field(0, description="Laws only a follow-up of an earlier inspection concerns (the "
                                  "inspection reported in a report not stored), reported or planned (planned_follow_ups): "
                                  "neither inspected here nor never inspected.")
    never_inspected: int


class CoverageLaw(BaseModel):
    iri: str
    title: str
    law_level: str | None = Field(None, description=LAW_LEVEL)
    category: str | None = None
    times_inspected: int
    followed_up_only: int = Field(0, description="Inspections of it that only a follow-up in the stored reports states "
                                  "(a handling report of the inspection's review opinions, 跟踪检查): the inspection was "
                                  "reported before, in a report not stored; not in times_inspected, and the law is not "
                                  "never inspected.")
    followed_up_only_years: list[int] = Field([], description="The years of those inspections, where the follow-up "
                                              "names it (对2021年开展的…执法检查开展“回头看”: 2021), as /laws gives them.")
    planned_follow_ups: int = Field(0, description=PLANNED_FOLLOW_UPS)
    in_catalog: bool = True
    repealed: bool = Field(False, description=REPEALED)
    repealed_on: str | None = Field(None, description=REPEALED_ON)
    ambiguous: bool = Field(False, description=AMBIGUOUS)
    candidates: list[LawReading] = Field([], description="The laws an ambiguous title may mean (ambiguous true); else [].")


class AreaRow(BaseModel):
    """An area as the graph states it."""

    iri: str
    code: str | None = Field(None, description="Division code (统计用区划代码), 6 or 9 digits; the nation's is 000000.")
    label: str | None = None
    short: str | None = Field(None, description="Short name (skos:altLabel), 新洲 for 新洲区.")
    level: str | None = Field(None, description="national, province, city, county or township.")


class WhatWasDone(BaseModel):
    """What organs did, counted as /activities and /coverage count it (:mod:`graph.area_view`)."""

    activities: int = Field(0, description="Activities they reported done (/activities?jurisdiction=&status=reported).")
    planned: int = Field(0, description="Activities they planned (&status=planned), never counted with those done.")
    inspections: int = Field(0, description=f"Law-enforcement inspections (执法检查) they conducted. {INSPECTIONS}")
    follow_ups: int = Field(0, description="Follow-ups of earlier oversight they reported done (跟踪检查, a handling report "
                                           "of an inspection's review opinions heard: /activities?follow_up=true); one of "
                                           "an inspection no stored report states is no inspection here.")
    other_activities: int = Field(0, description="Activities done that state no inspection (activities done "
                                                 "are inspections' statements and these).")
    laws_inspected: int = Field(0, description="Laws an inspection they conducted concerns "
                                               "(/coverage?jurisdiction=&inspected=true); never those only a follow-up "
                                               "concerns (laws_followed_up_only).")
    laws_followed_up_only: int = Field(0, description="Apart from laws_inspected, the laws only a follow-up concerns of an inspection "
                                                      "no stored report states (a handling report of its review opinions): "
                                                      "/laws?inspected=followed_up_only lists them.")
    overseen: int = Field(0, description="Activities reported done in which they were overseen: their reports heard, "
                                         "their work inspected, questioned or rated (/organs counts the same per organ).")


class TookPlace(BaseModel):
    """What was done in an area, whoever did it (an activity's ``okg:place``: 赴赣州市、吉安市… is work in each),
    counted apart from what the area's organs did: the two are never summed (:mod:`graph.area_view`)."""

    took_place_activities: int = Field(0, description="Activities reported done there or in a sub-area, by any organ "
                                                      "(/activities?place=&status=reported).")
    took_place_inspections: int = Field(0, description=f"The law-enforcement inspections those state. {INSPECTIONS}")
    took_place_laws_inspected: int = Field(0, description="The laws those inspected.")


class AreaCounts(TookPlace, WhatWasDone, AreaRow):
    """An area with what its organs did (by who did the work: the conducting organs' area, else the report's) and,
    apart, what took place there, sub-areas included."""

    reports_published: int = Field(0, description="Reports published there: whose jurisdiction is the area or a "
                                                  "sub-area, or whose publisher is an organ of it (/reports?jurisdiction=).")
    organs: int = Field(0, description="Organs in the area or its sub-areas.")


class AreaOrgan(WhatWasDone, Node):
    """An organ of an area with what it did."""

    area: str | None = Field(None, description="Division code of the organ's jurisdiction.")
    reports_published: int = Field(0, description="Reports it published (/organs counts reports_naming: every "
                                                  "report naming it, whoever published it).")


class Unplaced(BaseModel):
    """What the store holds in no area: no area's counts include it, so any area's may fall short of it."""

    reports: int = Field(0, description="Reports with no jurisdiction (no organ or place their text or header names).")
    activities: int = Field(0, description="Activities reported done with no conducting organ of a known area and, "
                                           "when they name none, no report of a known area.")
    planned: int = Field(0, description="Activities planned, likewise.")
    inspections: int = Field(0, description="Inspections (counted as /stats counts them) no statement of which an area "
                                            "holds: /areas/全国's inspections and these add up to /stats' inspections.")


class Area(AreaCounts):
    within: list[AreaRow] = Field([], description="The areas above, nearest first.")
    children: list[AreaCounts] = Field([], description="Direct sub-areas with a report or an activity, done by an "
                                                       "organ there or taking place there.")
    unplaced: Unplaced = Field(default_factory=Unplaced, description="What the store holds in no area, store-wide: "
                               "an area's counts are complete only when these are 0.")
