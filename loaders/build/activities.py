"""Activity, statistic and accountability-loop nodes of one report graph.

What a report states about its work (DESIGN.md):

- every activity and statistic carries ``okg:status`` ``"reported"`` or ``"planned"``, so counts keep them apart;
- a summary count (开展执法检查11项) is an ``okg:Statistic`` whose ``okg:measure`` is the activity
  kind (``law_enforcement_inspection``), not an activity instance: no instance carries a count; one naming its laws
  or what it was done on before its verb (聚焦物业服务管理、民生实事项目推进开展专题询问2次: ``subjects.done_on``) is
  also an activity on them, so what the work was about is not lost with the number, and so is one telling the times of
  one piece of work in sequence (先后两次组织代表现场视察: ``activity_counts.told_in_sequence``);
- a follow-up (跟踪检查, 回头看, 审议意见落实情况) is also an ``okg:FollowUpOversight``, and the
  laws it concerns count as inspected; when one statement gives the follow-up both as an inspection
  and as the hearing of its report, the inspection is the follow-up and the hearing a review, so
  the statement counts once among inspections and follow-ups;
- the loop's steps are ``okg:Finding`` (``hasFinding``), ``okg:Recommendation`` (``recommendationOf``: a fieldwork
  group's own suggestions), ``okg:ReviewOpinion`` (``opinionOn``) and
  ``okg:HandlingReport`` (``considered``, ``respondsTo``), linked within the report only, so that
  replacing a report replaces exactly its triples; links across reports are computed at query time
  (:mod:`graph.loop`).

An activity's places are ``okg:place`` links to the area nodes, its leader ``okg:leaderName`` and ``okg:leaderTitle``
(:mod:`loaders.extract.places`), each stated by an ``okg:Mention`` of the words (``okg:detailedIn``).

Every activity, statistic and step has an ``rdfs:label`` in Chinese and English: kind · subject or
law · year (执法检查 · 中华人民共和国森林法 · 2023), names as written; a statistic's English label names its measure
class and gives its amount in English (rectification rate 93.3% · 2025), and a statistic whose measure has no English
name (a figure's own words, no measure class) has the Chinese label only.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from rdflib import RDFS, XSD, Literal, URIRef

from loaders.build.areas import add_area
from loaders.facts import Activity, Facts, LoopStep, Statistic
from loaders.extract.measure_classes import LAWS_INSPECTED, measure_key, narrower_kind
from loaders.extract.work_reports import plenary_body
from loaders.lexicon import areas, organ_names
from loaders.lexicon.normalise import simplify
from loaders.lexicon.tables import rows
from loaders.years import activity_years, period
from ontology import ACTIVITY_CLASSES, ISSUE, MEASURE_CLASS, OKG, iri, load_ontology

if TYPE_CHECKING:
    from loaders.build.builder import _Builder
    from loaders.build.laws import LawNodes

LOOP_CLASSES: dict[str, URIRef] = {
    "finding": OKG.Finding,
    "review_opinion": OKG.ReviewOpinion,
    "handling_report": OKG.HandlingReport,
    "recommendation": OKG.Recommendation,
}
PLANNED = {"zh": "（计划）", "en": " (planned)"}
#: The label of a report heard whose words say only that it was heard (听取了…的报告): the class's own label
#: (听取和审议专项工作报告, Work report review) says it was reviewed too, more than the text (round 42, newuser27 §4).
HEARD = {"zh": "听取报告", "en": "Report heard"}
#: The label of a congress session's work report reviewed (政府工作报告, 法院工作报告, 主席团工作报告 at a plenary, any
#: level, a township's too: :func:`loaders.extract.work_reports.plenary_body`): the class's label names a 专项工作报告,
#: which a plenary's annual work report is not (round 6's ruling on plenary work reports; round 47, newuser33 A8).
PLENARY = {"zh": "听取和审议工作报告", "en": "Work report review (congress session)"}
#: The verbs that hear or review a report: 听取 alone, or with 审议/审查 (听取并审议, 听取和审议, 听取、审议), or 审议/审查 alone,
#: not as a noun of a title's words (审议意见落实情况的报告, 审议结果的报告, 审议稿).
_HEARING_VERB = re.compile(r"(?:听取|聽取)(?P<reviewed>(?:和|并|並|、)?(?:审议|審議|审查|審查))?"
                           r"|(?P<review>(?:审议|審議|审查|審查|审阅|審閱)(?!意见|意見|结果|結果|的|稿))")
#: A title's words (《…》), which name a document, never the verb of its hearing; and a sentence's end.
_TITLE_WORDS = re.compile(r"《[^《》]*》")
_SENTENCE_STOPS = "。！？!?\n"
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
INSPECTION = "law_enforcement_inspection"  # the Facts type of an inspection (ACTIVITY_CLASSES key)
#: An activity's ``date`` typed by its precision, by the dashes it holds: 2023, 2023-05, 2023-05-12 (okg:date's range).
_DATE_TYPES = (XSD.gYear, XSD.gYearMonth, XSD.date)


@lru_cache(maxsize=None)
def class_label(cls: URIRef, lang: str) -> str:
    """The ontology's ``rdfs:label`` of a class in ``lang`` (zh or en); the local name if it has none."""
    graph = _ontology()
    found = [str(o) for o in graph.objects(cls, RDFS.label) if getattr(o, "language", None) == lang]
    return min(found) if found else str(cls).rsplit("#", 1)[-1]


@lru_cache(maxsize=1)
def _ontology():  # noqa: ANN202 - an rdflib Graph, loaded once per process
    return load_ontology()


def label(kind: str, what: str, years: tuple[int, int] | None, lang: str) -> str:
    """``kind · what · year`` (or ``first–last`` for a multi-year report), leaving out the parts that are empty."""
    when = "" if years is None else str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}"
    return " · ".join(part for part in (kind, what, when) if part)


def narrower_class(kind: str, evidence: str) -> URIRef | None:
    """The narrower ontology class the words of an activity or a summary count of Facts type ``kind`` name
    (:func:`loaders.extract.measure_classes.narrower_kind`: 民生实事项目票决 of an ``other`` →
    ``okg:LivelihoodProjectVote``; 国有资产管理情况的报告 of a ``report_review`` → ``okg:StateAssetsOversight``), else None.
    The Facts keep the extraction contract's types."""
    narrower = narrower_kind(kind, evidence)
    return None if narrower is None else OKG[narrower]


def _classes(act: Activity, follow_up: bool) -> list[URIRef]:
    """The kinds an activity is typed with, the one its label names first: the narrower kind its words
    name, in place of OtherOversightActivity (none of the named kinds) or before its type's class
    (a plan review stays a work report review); FollowUpOversight for a follow-up, in place of
    OtherOversightActivity, which a follow-up makes more specific. An ``other`` whose words tell the handling bodies'
    handling of deputies' suggestions is a SuggestionHandling alone, no oversight activity (:func:`activity`)."""
    own, narrower = ACTIVITY_CLASSES[act.type], narrower_class(act.type, act.evidence)
    kinds = [own] if narrower is None else [narrower] if own == OKG.OtherOversightActivity else [narrower, own]
    if not follow_up or narrower == OKG.SuggestionHandling:  # the handling bodies' work, no oversight of any kind
        return kinds
    return [OKG.FollowUpOversight] if kinds == [OKG.OtherOversightActivity] else [*kinds, OKG.FollowUpOversight]


def heard_only(text: str, start: int, end: int) -> bool:
    """Whether the report a review's words (``text[start:end]``) tell was only heard: the last hearing verb of its
    sentence up to its end (:data:`_HEARING_VERB`; 听取了A、B的报告, or 听取了 after a ； in a list whose first reports were
    听取并审议了) is 听取 with no 审议 or 审查, and no 审议 follows in its clause (对…的报告进行了审议). False where no verb
    is told (a plenary's 作…工作报告, a counted 专项工作报告15个: the class's label stands) or the offsets are not the
    text's. Source: round 42, newuser27 §4 (听取了…执法检查报告审议意见落实情况的报告 labelled 听取和审议专项工作报告)."""
    if not 0 <= start < end <= len(text):
        return False
    opening = max(text.rfind(stop, 0, start) for stop in _SENTENCE_STOPS) + 1
    closing = clause_end.start() if (clause_end := _CLAUSE_END.search(text, end)) else len(text)
    before = _TITLE_WORDS.sub(lambda m: " " * len(m.group()), text[opening:end])
    verbs = list(_HEARING_VERB.finditer(before))
    if not verbs or verbs[-1].group("reviewed") or verbs[-1].group("review"):
        return False
    return not _HEARING_VERB.search(_TITLE_WORDS.sub(" ", text[end:closing]))


def _what(laws: list[str], subject: str) -> str:
    """The subject or the law an activity concerns, for its label (the first law, 等 for more)."""
    if laws:
        return laws[0] + ("等" if len(laws) > 1 else "")
    return subject


def add(builder: _Builder, facts: Facts, laws: LawNodes) -> list[URIRef | None]:
    """Add the report's activities, statistics and loop steps to ``builder.g``; the node of each of ``facts``'
    activities, None for one that makes none (a stated total: a statistic)."""
    from loaders.extract.stated_totals import stated_totals  # here: the API imports this module's names (round 51)

    inspections = {(act.start, act.end) for act in facts.activities if act.type == INSPECTION}
    told = Counter((act.start, act.end, act.type) for act in facts.activities)  # one statement of several bodies' work
    made = [not total for total in stated_totals(facts)]
    keys = iter(_discriminators([act for act, node in zip(facts.activities, made) if node], told))
    nodes = [activity(builder, act, laws, _follows_up(act, inspections), next(keys)) if node else None
             for act, node in zip(facts.activities, made)]
    figures = [statistic(builder, stat) for stat in facts.statistics]
    for stat, node in zip(facts.statistics, figures):
        if stat.part_of is not None:  # 其中单一…62项 of 共…84项: the total's part (loaders.extract.stat_parts)
            builder.g.add((node, OKG.partOf, figures[stat.part_of]))
    opinions: dict[int, URIRef] = {}
    for index, step in enumerate(facts.loop):
        node = loop_step(builder, step, [nodes[i] for i in step.activities if nodes[i] is not None])
        if step.type == "review_opinion":
            opinions[index] = node
        if step.responds_to in opinions:
            builder.g.add((node, OKG.respondsTo, opinions[step.responds_to]))
    return nodes


def _follows_up(act: Activity, inspections: set[tuple[int, int]]) -> bool:
    """Whether ``act`` is a follow-up node: a follow-up that is not the hearing of a report whose
    statement (its ``(start, end)``, one of ``inspections``) also gives the follow-up as an inspection."""
    return act.follow_up and (act.type == INSPECTION or (act.start, act.end) not in inspections)


def _discriminators(acts: list[Activity], told: Counter[tuple[int, int, str]]) -> list[str]:
    """The :func:`ontology.iri.fact` discriminator of each activity that makes a node (``acts``, in Facts order;
    ``told``: how many of the report's activities have each span and type): its type; with its conductor and year when
    another activity of its kind has its words (several bodies' each: 林州、汤阴…分别听取了本级政府的专项工作报告; one
    each year listed: 于2009年、2011年和2016年分别开展了…执法检查). Where these still leave several on one span (会议对
    市交通运输局、市教育局、市公安局的工作进行了满意度测评: three ratings, one conductor, one year), what each is about
    tells them apart: its laws, subject and the organs it oversaw, then, for activities alike in all of these (四个报告
    of one list), its ordinal among them (the second ``#2``). An activity no other shares a key with keeps the
    discriminator it always had, so its IRI is the one stored graphs hold."""
    first = [act.type + ((f"@{act.conducted_by}" if act.conducted_by else "") + (f"@{act.year}" if act.year else "")
                         if told[act.start, act.end, act.type] > 1 else "") for act in acts]
    spans = Counter((act.start, act.end, key) for act, key in zip(acts, first))
    alike: Counter[tuple[int, int, str]] = Counter()
    keys = []
    for act, key in zip(acts, first):
        if spans[act.start, act.end, key] > 1:
            key += f"#{'|'.join(act.laws)}/{act.subject}/{'|'.join(act.overseen)}"
            alike[act.start, act.end, key] += 1
            key += f"#{alike[act.start, act.end, key]}" if alike[act.start, act.end, key] > 1 else ""
        keys.append(key)
    return keys


def activity(builder: _Builder, act: Activity, laws: LawNodes, follow_up: bool, discriminator: str) -> URIRef:
    """One activity node (without its count: a summary count's number is a statistic); ``follow_up``:
    whether it is the statement's :class:`~ontology.OKG.FollowUpOversight` (see the module's docstring);
    ``discriminator``: what tells it apart from the report's other activities (:func:`_discriminators`)."""
    g = builder.g
    node = iri.fact(builder.report_iri, "activity", act.start, act.end, discriminator)
    classes = _classes(act, follow_up)
    for cls in classes:
        builder.typed(node, cls)
    dated = activity_years(act.year, act.years, builder.years)  # the rule the Facts' ``dated`` states (loaders.years)
    years = dated[0] if dated else None
    builder.evidence(node, act.evidence, act.start, act.end, years)
    g.add((node, OKG.status, Literal(act.status)))
    what = _what(act.laws, act.subject)
    shown = classes[-1] if follow_up else classes[0]
    heard = shown == OKG.WorkReportReview and heard_only(builder.text, act.start, act.end)
    plenary = shown == OKG.WorkReportReview and plenary_body(simplify(act.evidence)) is not None
    for lang in ("zh", "en"):
        kind = HEARD[lang] if heard else PLENARY[lang] if plenary else class_label(shown, lang)
        text = label(kind + (PLANNED[lang] if act.status == "planned" else ""), what, years, lang)
        g.add((node, RDFS.label, Literal(text, lang=lang)))
    if OKG.SuggestionHandling in classes:
        _handlers(builder, node, act)
        return node
    if act.conducted_by:  # another body's work (the report's organ assisted it: ``assisted_by``)
        if not organ_names.is_collective(act.conducted_by):  # a set of bodies (各县市区人大常委会) is no organ node
            g.add((node, OKG.conductedBy, builder.organs.conductor(act.conducted_by)))
    elif builder.conductor is not None:
        g.add((node, OKG.conductedBy, builder.conductor))
    for title in act.laws:
        g.add((node, OKG.concernsLaw, laws.node(title)))  # an ambiguous title's own node, with its readings
    for name in act.overseen:
        g.add((node, OKG.oversaw, builder.organ(name)))
    for name in act.jointly_with:  # a joint partner conducts the work too (okg:jointlyWith ⊑ okg:conductedBy)
        if not organ_names.is_collective(name):
            g.add((node, OKG.jointlyWith, builder.organs.conductor(name)))
    for name in act.assisted_by:  # helped the conductor's work, conducting none of it
        g.add((node, OKG.assistedBy, builder.organ(name)))
    if act.subject:
        g.add((node, OKG.subject, Literal(act.subject)))
    if act.follows_year:  # the year of the inspection it follows up, as its words name it (对2021年开展的…执法检查开展回头看)
        g.add((node, OKG.followsUpYear, Literal(act.follows_year, datatype=XSD.integer)))
    if act.date:  # the date its sentence gives the work (4月12日，…): okg:date ⊑ dcterms:date, typed by its precision
        g.add((node, OKG.date, Literal(act.date, datatype=_DATE_TYPES[act.date.count("-")])))
    for notation in act.issues:
        g.add((node, OKG.hasIssue, ISSUE[notation]))
    _places_and_leader(builder, node, act)
    return node


def _handlers(builder: _Builder, node: URIRef, act: Activity) -> None:
    """The subject and the bodies (``okg:handledBy``) of a handling of deputies' suggestions, conducted by no congress:
    the organs its Facts name at the work (``overseen``, ``conducted_by``: 归属省政府系统组织办理的778件建议), else the
    report's area's government, which organises the handling of the suggestions its area's bodies take on (the
    rules on deputies' suggestions of the NPC and of local congresses: 交由…承办单位办理, 本级人民政府组织办理; a first-time
    analyst's finding: 352件建议已全部办结 was credited to the standing committee, round 36)."""
    named = [name for name in (*act.overseen, act.conducted_by) if name and not organ_names.is_collective(name)]
    for name in named or filter(None, [builder.government]):
        builder.g.add((node, OKG.handledBy, builder.organ(name)))
    if act.subject:
        builder.g.add((node, OKG.subject, Literal(act.subject)))


def _places_and_leader(builder: _Builder, node: URIRef, act: Activity) -> None:
    """Where the activity's work was done (``okg:place`` the area node, with its chain) and who led it
    (``okg:leaderName``, ``okg:leaderTitle``), each with the mention of the words stating it (``okg:detailedIn``):
    often outside the activity's evidence, in its sentence."""
    from loaders.build.mentions import mention_node  # here: the API imports this module's names (round 51, start-up)

    g = builder.g
    for place in act.places:
        if (area := areas.by_code(str(place["code"]))) is None:
            continue
        area_node = add_area(g, area)
        g.add((node, OKG.place, area_node))
        words = mention_node(builder, "area", area.code, str(place["mention"]), int(place["start"]), int(place["end"]))
        g.add((words, OKG.mentionOf, area_node))
        g.add((node, OKG.detailedIn, words))
    if leader := act.led_by:
        g.add((node, OKG.leaderName, Literal(leader["name"])))
        g.add((node, OKG.leaderTitle, Literal(leader["title"])))
        words = mention_node(builder, "leader", str(leader["name"]), str(leader["mention"]), int(leader["start"]),
                             int(leader["end"]))
        g.add((words, OKG.resolution, Literal("person")))
        g.add((node, OKG.detailedIn, words))


def statistic(builder: _Builder, stat: Statistic) -> URIRef:
    """One statistic node; a summary count's measure is its activity kind, or the narrower kind its words name
    when that kind is ``other`` (4次专项工作评议: ``work_appraisal``, of the class the activities it counts are typed with),
    except a count of the laws inspections checked (检查6部法律实施情况: ``laws_inspected``), measured in its words as any
    other figure, so that ``measure=law_enforcement_inspection`` sums inspections only (a first-time analyst's round 33);
    its measure class, when it has one, is the concept of that code in the measure-class scheme (``okg:measureClass``)."""
    g = builder.g
    narrower = narrower_class(stat.kind, stat.evidence) if stat.kind == "other" else None
    kind = None if stat.measure_class == LAWS_INSPECTED else stat.kind  # laws checked are measured in the report's words
    node = iri.fact(builder.report_iri, "statistic", stat.start, stat.end, f"{stat.what}|{stat.value}|{stat.unit}")
    builder.typed(node, OKG.Statistic)
    years = period(stat.years or "") or builder.years
    builder.evidence(node, stat.evidence, stat.start, stat.end, years)
    g.add((node, OKG.measure, Literal(measure_key(narrower) if narrower else kind or stat.what)))
    g.add((node, OKG.value, Literal(stat.value, datatype=XSD.decimal)))
    g.add((node, OKG.unit, Literal(stat.unit)))
    g.add((node, OKG.status, Literal(stat.status)))
    if stat.measure_class:
        g.add((node, OKG.measureClass, MEASURE_CLASS[stat.measure_class]))
    if stat.qualifier:
        g.add((node, OKG.qualifier, Literal(stat.qualifier)))
    if stat.subject:  # the body or topic of a 分别 list's percentage (县公安局)
        g.add((node, OKG.subject, Literal(stat.subject)))
    amounts = {"zh": f"{stat.value}{stat.qualifier or ''}{stat.unit}", "en": _english_amount(stat)}
    named = (narrower or ACTIVITY_CLASSES[kind]) if kind else None
    measures = {"zh": class_label(named, "zh") if named else stat.what,
                "en": class_label(named, "en") if named else _english_measure(stat.measure_class)}
    for lang, measure in measures.items():
        if not measure:  # no English name of what it counts: no English label rather than Chinese tagged English
            continue
        planned = PLANNED[lang] if stat.status == "planned" else ""
        words = label(f"{measure}{planned} {amounts[lang]}", stat.subject or "", years, lang)
        g.add((node, RDFS.label, Literal(words, lang=lang)))
    return node


def _english_measure(code: str | None) -> str | None:
    """The English label of measure class ``code`` as the measure-class scheme gives it (its first labelled row of
    ``measure-classes.csv``, or an activity kind's class label), else None: a figure's own words (整改率,
    审查规范性文件) have no English in the graph (a first-time analyst's round 35, finding 7)."""
    from loaders.build.measure_scheme import labels  # the scheme's module builds on this one's classes

    scheme = labels()
    return scheme[code][1] or None if code in scheme else None


@lru_cache(maxsize=1)
def _amount_words() -> dict[tuple[str, str], str]:
    """``{(kind, written): English}`` of ``amount-words.csv``: units (%, 亿元) and qualifiers (余, 近)."""
    return {(row["kind"], row["written"]): row["en"] for row in rows("amount-words")}


def _english_amount(stat: Statistic) -> str:
    """The figure in English: its qualifier's English before the number (over 120), its unit's after it (93.3%,
    8039.4 ×100m yuan); a counting word with no row (件, 个, 人次) is left out, the measure saying what is counted."""
    words = _amount_words()
    qualifier = words.get(("qualifier", stat.qualifier or ""), "")
    unit = words.get(("unit", stat.unit), "")
    return f"{qualifier + ' ' if qualifier else ''}{stat.value}{unit if unit == '%' or not unit else ' ' + unit}"


def loop_step(builder: _Builder, step: LoopStep, activities: list[URIRef]) -> URIRef:
    """A finding, review opinion, handling report or recommendation, linked to the activities it belongs to."""
    g = builder.g
    cls = LOOP_CLASSES[step.type]
    node = iri.fact(builder.report_iri, step.type.replace("_", "-"), step.start, step.end)
    builder.typed(node, cls)
    builder.evidence(node, step.evidence, step.start, step.end)
    for lang in ("zh", "en"):
        g.add((node, RDFS.label, Literal(label(class_label(cls, lang), _what(step.laws, ""), builder.years, lang), lang=lang)))
    link = {"finding": lambda a: (a, OKG.hasFinding, node), "review_opinion": lambda a: (node, OKG.opinionOn, a),
            "handling_report": lambda a: (a, OKG.considered, node),
            "recommendation": lambda a: (node, OKG.recommendationOf, a)}[step.type]
    for act in activities:
        g.add(link(act))
    return node
