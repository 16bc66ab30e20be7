"""Oversight activities: which kind, where the text states it, with what laws and count.

A clause (comma-delimited) is the unit of evidence. Each kind has trigger
patterns; one clause may chain several kinds (听取审议…报告,并开展专题询问) and a
summary list is split into its counted items (报告52个、专项工作报告124个).
Consecutive clauses of one sentence stating the same kind are one activity.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import groupby
from typing import TYPE_CHECKING

from loaders.extract import accompanying, activity_counts, activity_retold, assisted, briefings, conductors, congress_groups, dating, filing_reviews, framing, inspection_briefers, leaders, methods_told, object_kinds, organs, own_reports, plans, ratings, report_lists, report_names, resolutions, review_results, suggestions, topic_laws, voters, work_reports
from loaders.extract.activity_counts import COUNT_UNITS
from loaders.extract.issues import issues_of
from loaders.extract.spans import Disjoint, Placed, Span, Stretches, start_after, strip_span
from loaders.extract.subjects import focus, law_topic, listed_subjects, shared_subjects, subject_of
from loaders.facts import Activity
from loaders.lexicon import alternation, areas
from loaders.lexicon.alternation import Alternation
from loaders.lexicon.first_chars import quick
from loaders.lexicon.normalise import normalised
from loaders.lexicon.numerals import arabic_dates, to_number
from loaders.lexicon.patterns import ACTION_YEAR, COUNT, COUNT_NUMERAL_CHARS, HAN_CHARS, NOT_DONE
from loaders.lexicon.tables import column
from loaders.lexicon.triggers import activity_class, follow_ups, inspecting_follow_ups, not_activities, not_activities_of_items, not_activities_onward, restatements, review_settings, triggers

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.laws import LawHit

# Kinds in the order they are tested, each with its phrasings (data/activity-triggers.csv); a clause may match several.
TRIGGERS = triggers()
# Follow-ups of earlier oversight (data/follow-ups.csv); those that check laws themselves (its `checks` column) inspect them.
FOLLOW_UP = follow_ups()
_INSPECTING_FOLLOW_UP = inspecting_follow_ups()
# Mentions that tell again an activity already stated (data/restatements.csv), by kind.
_RESTATED = restatements()
_ITEM_MARKS = re.compile("[、《(（“》)）”]")
_DIGIT_COUNT = re.compile(rf"\d+[{COUNT_UNITS}]")
# The count right after a report's noun (审议执法检查报告4项): inspection reports counted are the inspections counted.
_REPORTS_COUNT_AFTER = re.compile(rf"\s*{COUNT}\s*[个项份件]")
# The verb before what a clause examines or approves (审查批准…决算, 听取和审议县政府关于…情况): its object follows.
# (备案审查 names the filing review, no verb of the words after it)
_EXAMINES = re.compile(r"(?:听取(?:和|并|、)?(?:审议|审查|初审)|听取|审阅|初审(?!意见|结果|报告)|(?<!备案)审查(?:和|并)?批准|审议(?!意见|结果)|(?<!备案)审查(?!意见|结果)|批准)了?")
# Words of the congress acting on a budget, an audit or a filing (报告, 审议, 监督, 测评…): without one, a clause naming
# audit rectification or a budget states what others did or achieved (各被审计单位主动整改, 审计整改直接落实率为88.97%).
_OVERSEES = re.compile(r"听取|审议|审查|审阅|批准|报告|汇报|通报|监督|督办|督查|测评|询问|调研|视察|检查|跟踪|评议|备案|报备|清理|决议|决算|预算")
# Kinds that a report's subject decides instead of report_review.
_REPORT_KINDS = ("audit_oversight", "filing_review", "budget_review")
# How another kind of oversight was done (跟踪监督, 回头看, 落实情况进行跟踪检查, 在问政会上进行重点督办; a special or
# real-time campaign told bare after its object, 对部门预算执行情况开展专项监督: round 29): with that kind, no activity
# of its own.
_OVERSIGHT_MODE = re.compile(r"跟踪监督|全过程监督|督办|“?回头看”?|(?:落实|办理|进展)情况进行了?[^，,。；]{0,6}?检查"
                             r"|(?:开展|进行|实施)了?(?:专项|实时)监督")
_TOPIC_BEFORE = re.compile(rf"(?:开展|组织|进行|启动)了?([{HAN_CHARS}“”《》]{{0,20}})$")
# …or before its verb: 针对未成年人保护问题开展执法检查, 围绕食品安全进行执法检查.
# …or a title its object (对县级《X县河道管理办法》开展执法检查: a document no law catalog holds, which the near variant
# 对《…》实施情况开展执法检查 already names; a first-time analyst, round 30).
_TOPIC_LEAD = re.compile(r"(?:(?:针对|围绕|聚焦)[^，,。；]{2,30}?(?:问题|领域|工作|情况|安全|保护)"
                         r"|对[^，,。；《]{0,10}《[^》]+》[^，,。；]{0,12}?)(?:开展|进行|组织)了?$")
# Phrasings that name a kind of activity without stating one (data/not-activities.csv).
_SKIP_CLAUSE = not_activities()
# …and those whose object is the rest of their sentence (会议认为，…; 提出以下建议：一是…).
_SKIP_ONWARD = not_activities_onward()
# …and those that make one item of a list no activity (开展了镇人大创新实践工作调研、脱贫攻坚工作调研: the first).
_SKIP_ITEM = not_activities_of_items()
# The kinds of rules a trigger may name (备案审查条例, 满意度测评办法(试行)), right after it or at its title's end,
# where a decision or a guideline is one too (《…关于加强对审计查出问题整改情况监督的决定(草案)》: legislation, not
# oversight; 《关于人大预算审查监督重点向支出预算和政策拓展的指导意见》: a party or state guideline followed).
_RULES = re.compile(r"(?:工作)?(?:条例|办法|规定|规则|细则)")
_RULES_TITLE_END = re.compile(r"(?:条例|办法|规定|规则|细则|决定|(?:指导|实施|若干)意见|通知)(?:[(（][^)）]{1,6}[)）])?$")
# A clause that is the subject of a copula after it (…执法检查，是…); not one before a question (…跟踪检查。\n是否对《X法》
# 开展执法检查…: a first-time analyst, round 31, class 4, lost the follow-up before it).
_TOPIC = re.compile(r"^\s?是(?!否)")
# …unless the copula's predicate is a kind of work, naming the work its subject clause tells again (对统计法实施情况进行
# 检查，是十三届全国人大常委会开展的第一项执法检查，也是…以来的首次全国性执法检查: round 40): the subject clause is the
# event, the predicate no second one; a past event the predicate tells (这是继1998年对《X法》开展执法检查20年后，…) stays.
_KIND_PREDICATE = re.compile(r"^\s*(?:这|这也|也|还|更|正|则|就|即)?是(?!否)[^，,。；]*的[^，,。；]{0,16}"
                             r"(?:执法检查|检查|调研|视察|询问|问政|测评|评议)(?:工作|活动)?\s*$")
# A report made by its speaker under its title (人大主席某某作《人大主席团工作报告》): heard, unlike a title cited.
_MADE_TITLE = re.compile(r"(?:[作做]了?|所[作做]的?)《")
# The end of a 《》 title right after 报告, maybe past a note of its stage (…工作报告(草案)》).
# An inspection group's report by its title (执法检查组关于检查《X法》实施情况的报告, 执法检查组关于《X条例》执法检查情况的
# 报告, dev f11 f12 i12): not what a report just made tells (…向常委会会议作报告，介绍执法检查组关于检查X法实施情况, dev z01).
_GROUP_REPORT = re.compile(r"(?<!介绍)执法检查组[^，,。；]{0,4}?关于[^，,。；]{2,120}?(?:实施|执行|执法检查)情况")
_TITLE_CLOSE = re.compile(r"(?:[（(][^()（）]{1,8}[)）])?》")
# The plan or budget a report presents, named after it up to the clause's end.
_PRESENTED = re.compile(object_kinds.PRESENTED + r"(?=[，,。；;]|$)")
# How far before a counted 报告N个 its title is read (代表资格审查报告8个).
_TITLE_BEFORE = 12
# 加强计划和预决算审查监督: the aim a paragraph pursues, whose events the next clauses state; not stepping up the
# follow-up of deputies' proposals or suggestions (加大大会议案和建议督办力度, 不断加大代表建议督查督办力度: dev k27
# i20), which states that follow-up done.
_AIM_CLAUSE = re.compile(r"^\s*(?:持续|进一步|不断)?(?:加强|强化|深化|加大)(?![^，,。；]{0,16}(?:议案|建议)[^，,。；]{0,6}督)"
                         r"[^，,。；]{0,24}(?:审查监督|力度|工作)$")
# Laws named as the topic of a following inspection clause (围绕X法、Y条例落实情况,).
_LAWS_TOPIC = re.compile(r"(?:实施|落实|贯彻|执行)情况$")
# An inspection named in a list of the kinds of work done (开展调研、视察、执法检查等活动12次): the list states each.
_KINDS_LISTED = re.compile(r"(?:开展|组织|进行)了?[^，,。；]{0,30}、$")
# The subject of an administrative inspection: a department or its law-enforcement team.
_ADMIN_SUBJECT = re.compile(r"(?:局|厅|监管部门|执法部门|执法队|执法大队|支队)[^，,。；]{0,16}$")
# A paragraph's lead sentence naming a kind of work (精心组织专题调研。) is a heading.
_LEAD_WORDS = "精心|扎实|认真|切实|积极|着力|持续|全面|大力|不断|稳步|做好|抓好|开好|办好|用好|强化|加强|改进|创新|深化|完善"
_LEAD = re.compile(rf"^(?=[{HAN_CHARS}“”]{{2,14}}$).*(?:{_LEAD_WORDS})")
# A paragraph's inline heading: two short parallel phrases, maybe numbered, one of them an exhortation (二、扎实开展调研，
# 审定询问提纲。 深入调研精准找题，确保“问”中要害。 跟踪督办抓好落实，确保“问”出实效。): the sentences after it tell the work.
_PAIRED_HEADING = re.compile(rf"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.．、])?"
                             rf"(?![^，,]*(?:人大|常委会|委员会|政府|代表|会议))"  # a subject: a statement, no heading
                             rf"(?=[^，,]*(?:{_LEAD_WORDS}|深入|确保|聚焦|突出|注重|坚持)|.*[，,].*(?:{_LEAD_WORDS}|确保))"
                             rf"[{HAN_CHARS}“”]{{2,12}}[，,][{HAN_CHARS}“”]{{2,12}}$")


# A clause opening with what it acts on, then who or where (一般性建议办理情况由各代表小组进行测评，大会议案办理情况在
# 人代会上组织代表进行满意度测评, dev k27): each such clause is an activity of its own, not the one before continued.
_OWN_TOPIC = re.compile(r"^\s*[^，,。；]{2,30}?情况(?:由|在|经|交由)")
# A clause naming the report it acts on (…的报告进行专题询问，并首次对审计发现问题整改情况报告进行专题询问): another
# report, so another activity of the kind, not the one before continued (dev k02).
_OWN_REPORT = re.compile(r"^\s*(?:并|还|同时)?(?:首次|还|再次|专门|另)?对[^，,。；]{2,60}?报告(?:进行|开展)")
# Deputies voting on the year's projects (activity-classes.csv): an event of its own beside other work of kind other.
_VOTE = "LivelihoodProjectVote"
# A clause doing its work on each of several bodies or topics it lists (对A开展评议，分别对B、C、D四个部门…开展评议, dev
# x57): work of its own, one for each (:func:`_each_body_appraised`), not the clause before continued (round 39).
_EACH_LISTED = re.compile(r"^\s*(?:并|还|同时)?分别(?:对|就|围绕)[^，,。；]{2,60}?、")
# A group formed for an inspection, a visit or an appraisal (执法检查组, 视察组一行, 评议工作组, 评议调研小组): an
# investigation its sentence tells after it (视察组一行先后前往…，实地调研了…; 执法检查组…从5个设区市各选取一个乡镇进行
# 重点调研; 带领评议工作组对…开展走访调研) is a step of the group's work, not an activity of its own (round 40).
_OTHER_GROUP = re.compile(r"(?:执法检查|检查|视察|评议)(?:调研)?(?:工作)?小?组(?!织)")
# …unless a report or an investigation group of its own comes between (审议执法检查组关于…的报告、专题调研组关于…的调研报告).
_OWN_STUDY = re.compile(r"报告|调研组|[；;]")
# A clause forming the group that does the work, ending there (市人大常委会组织部分代表和法制委成员组成执法检查组; 县人大常委会
# 组成调研组): the work its sentence tells after it (，在某副主任的带领下，对我市《禁毒法》贯彻实施情况进行了执法检查) is that
# group's, one activity whatever laws the later clause names (round 50: az41, al41).
_GROUP_FORMED = re.compile(r"(?:组建|成立|组成(?!人员))了?[^，,。；]{0,16}?(?:执法检查|检查|视察|调研)(?:工作)?小?组$")
# Deputies looking at a site without the word 视察 (实地察看, 现场查看): a visit, or a step of an inspection.
_LOOK_ON_SITE = re.compile(r"(?:实地|现场)(?:查看|察看)")
# The body of a news item in brief, dated after its headline on the same line (…情况。8月24日，区人大常委会…).
_DATED = re.compile(r"\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日")
_HEADLINE_CHARS = 30
# A sentence about making law: its investigations serve a bill (立法调研, 就条例草案修改开展调研), not oversight; evaluating a
# law after its enactment (立法后评估) is oversight of how it works (dev ac21 s17).
_LEGISLATIVE = re.compile(r"立法(?!后评估)|(?:法|条例|规定|办法|决定)[（(]?(?:修订|修正)?草案")
# The plan of some oversight work (执法检查方案, 述职评议的工作方案), or deputies' activity deployed at a meeting
# (专题部署了城厢镇2023年“走访选民周”活动, dev h39's gold: planned): the work is still to come.
_PLAN_OF_WORK = re.compile(r"(?:检查|询问|视察|调研|评议|测评|督办)[^，,。；]{0,6}?(?:工作|实施)?方案"
                           r"|检查[^，,。；]{0,60}?实施情况的?(?:工作|实施)?方案"  # 关于检查《X法》实施情况的方案
                           r"|部署了?[^，,。；]{0,30}?活动$")
# The plan of an inspection named without its laws (主任会议讨论通过了执法检查工作方案): the inspection planned,
# when the text tells no other inspection (PROVENANCE-k-a, k16).
_INSPECTION_PLAN = re.compile(r"(?:工作|实施)?方案")
# A plan document the clause names, whose work is to come (…评选的实施方案, …主题活动的实施方案, 2023年监督工作计划,
# 人大代表小组活动计划, …述职活动的安排意见), not a plan's execution reported (…工作计划执行情况的报告) nor a report
# heard on a year's work and the next year's plan (…2020年工作情况和2021年工作计划的报告).
_PLAN_DOCUMENT = re.compile(r"(?:的|活动|监督|工作)(?:实施|工作)?(?:方案|计划)"
                            r"(?![^，,。；]{0,4}(?:执行|落实|实施|完成)情况|的?(?:报告|汇报))|安排意见")
# How reports to be heard are being prepared (听取了关于A、B、C三个专项工作报告的准备情况, …报告起草情况): the
# reviews are to come, whoever hears the preparation (a fresh user's round 22, F4: dev i14's gold has them planned).
_PREPARED = re.compile(r"(?:报告|汇报)的?(?:准备|筹备|起草|撰写)(?:工作)?(?:情况|进展)")
# A plan named as the ground of the work the clause reports (根据…《…视察活动的方案》通知要求，…组织开展…视察活动).
_GROUND = re.compile(r"(?:根据|按照|依据|依照)[^，,。；]{0,60}(?:方案|计划|安排|要点)")
_INSPECTION_PLAN_NAMED = re.compile(r"执法检查(?:工作|实施)?方案")
# The rest of a quoted suggestion or proposal after a trigger (“进一步加大督查和考评力度”等建议).
_QUOTED_PROPOSAL = re.compile(r"(?:[^，,。；”]{0,30}”)?(?:“[^”]{0,30}”)*(?:等|这[一个]?)?(?:建议|意见|议案|提案)")
# A sentence that tells the steps of an activity just reported (活动中，…; 视察期间，…), or what came right before or
# after it (视察前，主任对视察活动提出要求; 视察结束后，代表们按组进行了座谈: round 36, fresh ah43; readable golds give
# none of 14 such sentences an activity of its own); several kinds named so together, one in brackets as another's
# name (视察调研(检查)和执法检查前，要抓好学习培训: round 42, newuser27 §2), as one kind is.
_KIND_OF_WORK = r"(?:活动|视察|(?:执法)?检查|调研|督办|询问)(?:[(（](?:视察|(?:执法)?检查|调研|督办|询问)[)）])?"
_DURING = re.compile(rf"^\s*(?:集中|实地)?{_KIND_OF_WORK}(?:[、和及与]?{_KIND_OF_WORK}){{0,3}}(?:活动|工作)?"
                     r"(?:中|期间|过程中|前|之前|结束后|结束之后|完毕后)\s*$")
# What a sentence names is submitted to a coming session or sitting (决定将相关报告提请常委会第九次会议审议, 执法检查报告将
# 提请市人大常委会审议); not a report
# described by where it went (提请…大会审议的常委会工作报告以一组数据概括过去一年的监督工作: its figures are done),
# unless it is yet to go (需要提请…会议审议的有关文件); one told sent already (…的报告已提请…会议审议) is no intention.
_SUBMITTED = quick(r"(?P<yet>需要|[拟将需])?(?<!已)(?<!已经)(?:提请|提交)[^，,。；]{0,30}(?:会议|大会|常委会)[^，,。；]{0,4}(?:审议|讨论|表决)"
                        r"(?(yet)|(?!的))")
# A sentence after an intention or a proposed agenda that opens with the work, without a subject or a past marker in
# its first clause (议程还有：审议…。开展…专项评议。; 本次会议将听取和审议…3项，分别为…。听取和审议…报告等。): a further item.
_AGENDA_ITEM = re.compile(r"\s*(?:书面)?(?:听取|审议|审查|开展)(?![^，,。；]*?[了过])")
# A sentence listing what a plan holds, each 、-separated item a planned activity (监督工作计划包括A、B、C).
_CONTENTS = re.compile(r"(?:计划|要点|方案)(?:主要)?(?:包括|包含|内容有|分为)")
# The first and the next points of recommendations or judgements enumerated over sentences (会议对区政府提出以下建议：
# 一是…。二是开展“回头看”，…。): every point is what the organ should do, like the first.
_FIRST_POINT = re.compile(r"一是")
_NEXT_POINT = re.compile(r"^\s*(?:[二三四五六七八九十]是|[（(][二三四五六七八九十][)）])")
# The next point of an enumeration, told by the sentences after it (一是督查重点工程项目。).
_POINT = re.compile(rf"^(?:[一二三四五六七八九十]是|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[{HAN_CHARS}“”]{{2,12}}$")
# What a budget review is of: a budget's execution, its draft (not a resolution's: 决议草案), its adjustment,
# the final accounts or the year's plan (round 9: …计划执行情况与…计划, its own review beside the budget's).
# A clause approving another of them (…预算执行情况报告进行了审议，批准了2016年度市本级决算; 审查批准了…计划执行情况与
# 2025年计划，审查批准了…预算执行情况与2025年预算: a first-time analyst, round 35, finding 4) is another review;
# after a review of budgets in general (听取和审议预决算报告，依法审查批准区级决算) it is that one.
_BUDGET_OBJECTS = re.compile(r"计划|(?<!计划)执行|预算草案|调整|(?<!预)决算")


@dataclass
class Found:
    """One activity found: its kind, evidence span and count."""

    type: str
    span: Span
    count: int | None = None
    items: list[Span] = field(default_factory=list)
    laws: frozenset[str] = frozenset()
    status: str = "reported"  # or "planned": a plan's or an announcement's work
    heard: bool = False  # stated as a report heard (:mod:`report_lists`)
    of_laws: frozenset[str] | None = None  # one group of the laws its evidence names (:func:`_each_law_reported`)
    laws_told: tuple[str, ...] = ()  # the laws an earlier telling of the same event named (:mod:`activity_retold`)


# A speaker entrusted by the standing committee, in the clause before the one reporting to the plenary (市人大常委会主任某某
# 受市人大常委会委托，向大会报告了常委会过去五年的主要工作; …受市十五届人大常委会委托，向大会报告工作).
_ENTRUSTED_SPEAKER = re.compile(r"(?:委员长|主任|主席(?!团))[^，,。；]{0,6}受[^，,。；]{2,20}?委托$")
_TO_PLENARY = re.compile(r"向[^，,。；]{0,6}大会(?:作了?)?报告")


def _entrusted_speaker(text: str, before: Span, clause: Span) -> list[Span]:
    """The clause with the one ``before`` it as one item, where that names a speaker entrusted by the
    committee (:data:`_ENTRUSTED_SPEAKER`) and ``clause`` reports to the plenary (:data:`_TO_PLENARY`): the plenary
    hearing the committee's work report, whoever delivers it (genre README round 42 ruling 7; dev h11, h13). The
    speaker's own voice (我受…委托，向大会报告工作) names no speaker and stays none (round 14). ``[]`` otherwise."""
    if _TO_PLENARY.match(clause.text) and _ENTRUSTED_SPEAKER.search(before.text):
        return [Span(before.start, clause.end, text[before.start : clause.end])]
    return []


def _items(text: str, clause: Span, contents: bool = False) -> list[Span]:
    """A clause, or its 、-separated items when several of them state their own count or the clause
    lists what a plan holds (``contents``: 监督工作计划包括听取…报告、开展…监督)."""
    if "、" not in clause.text:
        return [clause]
    parts, begin, depth = [], clause.start, 0
    for mark in _ITEM_MARKS.finditer(text, clause.start, clause.end):
        char = mark.group()
        depth += char in "《(（“"
        depth -= char in "》)）”"
        if char == "、" and depth <= 0:
            parts.append(strip_span(text, begin, mark.start()))
            begin = mark.start() + 1
    parts.append(strip_span(text, begin, clause.end))
    if contents:
        return parts
    counted = [p for p in parts if _DIGIT_COUNT.search(p.text)]
    if len(counted) >= 2 and len(counted) == len(parts):
        return parts
    return _verb_phrases(text, parts) or [clause]


# One item of a 、-list of verb phrases, each ending with its own verb and kind (对9个部门的工作进行了评议、
# 对…负责人开展了述职评议、对7个县级部门开展了…满意度测评, dev l35).
_DONE_ITEM = re.compile(r"(?:进行|开展|组织)了?[^、，,。；]{1,20}$")
# One item of a 、-list of the topics worked on, each named with its kind (开展了A工作调研、B项目建设情况视察、C工作调查、
# D政策执行情况调研, dev q23): an activity each, as a list of reports heard is a review each.
# (the last may close the list: …情况调研等监督议题)
_TOPIC_ITEM = re.compile(r"[^、，,。；]{2,}?(?:工作|情况)(?:调研|视察)(?:等[^、，,。；]{0,6})?$")


def _verb_phrases(text: str, parts: list[Span]) -> list[Span]:
    """The items of a 、-list whose parts are verb phrases each stating its kind (:data:`_DONE_ITEM`) or topics each
    named with its kind (:data:`_TOPIC_ITEM`), with
    or without a count; a part before the first phrase (分年度、分批次对…进行了评议) joins the next, one after the
    last joins it; [] when fewer than two parts are such phrases (开展调研、视察、执法检查等活动: one verb)."""
    done = [i for i, p in enumerate(parts)
            if (m := _DONE_ITEM.search(p.text) or _TOPIC_ITEM.search(p.text)) and _states_a_kind(p.text, m.start())]
    if len(done) < 2:
        return []
    ends = [*done[:-1], len(parts) - 1]
    starts = [0, *(i + 1 for i in done[:-1])]
    return [strip_span(text, parts[a].start, parts[b].end) for a, b in zip(starts, ends)]


# A counted item of a list whose noun only its last item writes (听取和审议6项、书面审议5项专项工作报告).
_VERB_COUNTED = re.compile(rf"(?:听取和审议|听取审议|听取、审议|听取|审议)了?\s*{COUNT}\s*[项个件]$")


def _sharing_noun(item: Span, items: list[Span]) -> list[tuple[str, re.Match[str]]]:
    """The kinds of a counted item that states only its verb and count (听取和审议6项) before the last item of
    its list, which names the noun they share (书面审议5项专项工作报告): the last item's kinds, the item's own
    words as their evidence and count; none for any other item."""
    verb = _VERB_COUNTED.search(item.text)
    if verb is None or item is items[-1]:
        return []
    return [(kind, verb) for kind, _ in _kinds(items[-1])]


def _states_a_kind(text: str, pos: int = 0) -> bool:
    """Whether a trigger of some kind matches in ``text`` from ``pos``: only the kinds whose words
    ``text[pos:]`` holds (:func:`alternation.possible`) are searched. One search of all the kinds' alternatives
    together tried every one of them at every Han character (report_review's may start at any); most
    sentences hold the words of few kinds."""
    possible = alternation.possible(TRIGGERS, text[pos:] if pos else text)
    return any(pattern.search(text, pos) for kind, pattern in TRIGGERS.items() if kind in possible)


def _title_start(report: re.Match[str]) -> int:
    """Where the title of the report a trigger found starts: at the trigger (听取…报告), or before
    it for a counted list (代表资格审查报告8个)."""
    return max(0, report.start() - _TITLE_BEFORE) if report.group().startswith("报告") else report.start()


# The opinions on an earlier hearing, their carrying out followed up (对…会议听取《X法》汇报的审议意见落实情况开展督办,
# dev z23): the 督办 is work of its own beside the hearing retold (round 23 part b 3), not the way that hearing went.
_OPINIONS_FOLLOWED = re.compile(r"(?:报告|汇报)的?审议意见[^，,。；]{0,12}?(?:落实|办理|整改)情况")
# Work that studies its object on site or by inquiry: an audit's rectification, a budget or filed documents written
# before its verb are its topic (对2022年度…审计查出问题整改情况开展专题调研, 围绕预算、审计问题整改等方面开展监督调研:
# the golds' investigation or visit alone, dev o34, a18, b03, k22).
_STUDIES = frozenset({"investigation", "site_visit"})


def _kinds(item: Span) -> list[tuple[str, re.Match[str]]]:
    """Kinds stated in one item, each with its trigger match."""
    found: list[tuple[str, re.Match[str]]] = []
    possible = alternation.possible(TRIGGERS, item.text)  # the kinds whose rows' words the item holds: no other can match
    if not possible:
        return found
    for kind, pattern in TRIGGERS.items():
        match = _stated(pattern, item.text) if kind in possible else None
        if match and kind not in ("report_review", *_REPORT_KINDS):
            found.append((kind, match))
    report = _stated(TRIGGERS["report_review"], item.text) if "report_review" in possible else None
    # what the report is shows in its title, which a counted list (代表资格审查报告8个) writes before 报告; a bill
    # reviewed under its title (审议了县政府《关于提请将…资金列入本级财政预算的议案》) is what it asks, not a title cited
    titled = (bool(_TITLE_CLOSE.match(item.text, report.end())) and not _MADE_TITLE.search(report.group())
              and not report.group().endswith("议案")) if report else False
    if report and (not object_kinds.kinds_of(item.text[_title_start(report) : report.end()]) or titled):
        report = None  # a bill, credentials, a title cited (《政府工作报告》) or discussed in groups: not oversight
    if report:
        # the plan or budget the report presents, named after it (…计划执行情况的报告及2021年…计划), says what it is
        presented = _PRESENTED.match(item.text, report.end())
        parts = re.split(r"(?<=报告)(?:和|及|、|以及)", report.group())
        parts[-1] += presented.group() if presented else ""
        # what each report is (report-kinds.csv); its inspection, if any, the trigger above found, unless the
        # reports are counted (审议执法检查报告4项: a yearbook's four inspections, dev k15, PROVENANCE-k-a)
        counted = bool(_REPORTS_COUNT_AFTER.match(item.text, report.end()))
        found += [(kind, report) for kind in dict.fromkeys(k for p in parts for k in object_kinds.kinds_of(p))
                  if kind != "law_enforcement_inspection" or counted]
        if "执法检查报告" in report.group() and not counted:
            found = [(k, m) for k, m in found if k != "law_enforcement_inspection"]
    else:
        found += _examined(item, possible)
    # an inspection group's report named by its maker and title, which no hearing verb above read (会议研究了…执法检查组
    # 关于检查《X法》实施情况的报告; …分别代表…执法检查组作了关于检查…实施情况的报告): the inspection and its review
    group_report = _GROUP_REPORT.search(item.text) if not report else None
    if group_report and any(k == "law_enforcement_inspection" for k, _ in found):
        found.append(("report_review", group_report))
    kinds = {k for k, _ in found}
    # the first word of a visit and any 视察 after it (代表们前往…项目现场开展视察调研: the trip, then 视察调研; round 40)
    visits = [v for k, m in found if k == "site_visit"
              for v in [m, *(w for w in TRIGGERS["site_visit"].finditer(item.text, m.end()) if "视察" in w.group())]]
    if visits:  # 视察调研 is one visit; 视察、专题调研 are two activities
        found = [(k, m) for k, m in found if k != "investigation" or not any(_joined(v, m) for v in visits)]
    if len(kinds) > 1 and not _OPINIONS_FOLLOWED.search(item.text):  # 跟踪监督 of an audit is how it was done
        found = [(k, m) for k, m in found if k != "other" or not _OVERSIGHT_MODE.fullmatch(m.group())]
    studied = [m for k, m in found if k in _STUDIES]
    if studied:  # 对…审计查出问题整改情况开展专题调研: the audit's rectification is the topic studied, no audit oversight;
        # 调研规范性文件备案审查工作 (round 50, av19): the filing review named as work after the study's verb is its topic too
        found = [(k, m) for k, m in found
                 if k not in _REPORT_KINDS or not any(m.start() < s.start() or _studies(s, m) for s in studied)]
        # 调研《种子法》贯彻落实及执法检查等工作: the inspection work is what is studied, no inspection of its own
        found = [(k, m) for k, m in found if k != "law_enforcement_inspection" or not any(_studies(s, m) for s in studied)]
    rated = [m for k, m in found if k == "satisfaction_evaluation"]
    if rated:  # 对…审计查出问题整改满意度进行测评: the rectification is what is rated, no audit oversight (round 40)
        found = [(k, m) for k, m in found if k != "audit_oversight" or not any(m.start() < r.start() for r in rated)]
    first: dict[str, tuple[str, re.Match[str]]] = {}
    for kind, match in found:  # one of each kind: its first match
        first.setdefault(kind, (kind, match))
    return list(first.values())


def _examined(item: Span, possible: frozenset[str]) -> list[tuple[str, re.Match[str]]]:
    """The kinds of what a clause examines without hearing a report by name, when a budget, audit or filing
    trigger (data/activity-triggers.csv) fires in it: the kinds of the object after its verb, or of the clause
    when no verb comes before the trigger (:func:`object_kinds.kinds_of`, one per subject: 听取和审议县政府关于
    国民经济和社会发展计划、财政预算执行情况、审计工作及审计查出问题整改情况 is a review, a budget review and an audit
    oversight, dev k27), each with its trigger (or the verb, for a subject no trigger names); else, for an
    object of none of these kinds, the first trigger's kind. [] when no such trigger fires. ``possible``: the kinds
    whose triggers the item may hold (:func:`alternation.possible`), as :func:`_kinds` read them."""
    triggered = [(k, m) for k in _REPORT_KINDS if k in possible and (m := _stated(TRIGGERS[k], item.text))]
    if not triggered:
        return []
    first = min(m.start() for _, m in triggered)
    verb = None
    for verb in _EXAMINES.finditer(item.text, 0, first):
        pass
    if verb is None and not _OVERSEES.search(item.text):
        return []
    examined = item.text[verb.end() if verb else 0 :]
    kinds = object_kinds.kinds_of(examined)
    if not any(k in _REPORT_KINDS for k in kinds):
        return triggered[:1]
    own = dict(triggered)
    # a report the hearing rules did not take as heard (通过了《政府工作报告》、《…》: titles adopted) is no review here
    return [(kind, own.get(kind, verb or triggered[0][1])) for kind in dict.fromkeys(kinds)
            if kind != "report_review" or "报告" not in examined]


# A kind of work named as work after its words (执法检查等工作, 执法检查工作开展情况, 备案审查工作): the object of a verb
# before it.
_INSPECTION_WORK = re.compile(r"等?(?:工作|开展情况|情况)")
# What joins kinds of work listed side by side (开展调研和执法检查工作, 视察、调研、《X法》执法检查等工作): the second kind's
# words follow the first's mark, no object of the first between.
_KINDS_JOINED = ("、", "和", "及", "与", "以及", "并")


def _studies(study: re.Match[str], work: re.Match[str]) -> bool:
    """Whether an investigation's or a visit's trigger takes another kind's work, named as work, as its object: the
    study comes first, words stand between them that are no mere list mark, and the work is named as work (调研《种子法》
    贯彻落实及执法检查等工作, 调研全市执法检查工作开展情况: the study of how inspections go, one investigation, newuser29 §2;
    带队来我市调研规范性文件备案审查工作: round 50, av19); listed kinds (调研、执法检查等工作, 调研和《X法》执法检查工作) or an
    inspection of a law's implementation (调研后对…实施情况开展执法检查) are two."""
    gap = study.string[study.end() : work.start()].strip()
    return (study.start() < work.start() and gap != "" and not gap.startswith(_KINDS_JOINED)
            and _INSPECTION_WORK.match(study.string, work.end()) is not None)


def inspection_studied(text: str) -> bool:
    """Whether a clause's investigation or visit takes the inspection it names as its object (:func:`_studies`: 调研
    《种子法》贯彻落实及执法检查等工作): the clause then ties its laws to no inspection."""
    studies = [m for kind in _STUDIES for m in TRIGGERS[kind].finditer(text)]
    return any(_studies(study, inspection) for study in studies
               for inspection in TRIGGERS["law_enforcement_inspection"].finditer(text))


def _joined(visit: re.Match[str], other: re.Match[str]) -> bool:
    """Whether a visit and an investigation are one compound: touching (视察调研, 调研视察) or a pair of
    bare nouns (视察、调研活动); 视察、专题调研 and a longer list (视察、调研、执法检查) name two activities."""
    text = visit.string
    start, end = min(visit.start(), other.start()), max(visit.end(), other.end())
    gap = text[min(visit.end(), other.end()) : max(visit.start(), other.start())]
    # a longer list of kinds (视察、调研、执法检查等监督工作) names each kind
    in_list = text[start - 1 : start] == "、" or text[end : end + 1] == "、"
    return gap == "" or (other.group() == "调研" and gap in ("、", "和", "及") and not in_list)


def _stated(pattern: Alternation, text: str) -> re.Match[str] | None:
    """The first match of a kind's pattern that is not part of a name (:func:`_names_a_document`)."""
    first = pattern.search(text)
    if first is None or not _names_a_document(text, first):
        return first
    return next((m for m in pattern.finditer(text, first.end()) if not _names_a_document(text, m)), None)


def _names_a_document(text: str, match: re.Match[str]) -> bool:
    """Whether a trigger is part of a name: of rules, followed by their kind (备案审查条例,
    满意度测评办法) or inside their 《》 title (《…满意度测评办法(试行)》) or a notice's (《关于委托…开展X法执法检查的通知》:
    a document acted on or studied, whose work the text's own clauses tell; round 25, dev aa11 aa43 g15), or of a section, inside
    【】 (【预、决算审查监督】), or of a suggestion quoted (“进一步加大督查力度”等建议). A plan (…执法检查方案) or a bill on a budget
    (《关于提请审查批准…决算草案的议案》) still states its activity."""
    rest = text[match.end() :]
    before = text[: match.start()]
    if before.count("【") > before.count("】"):
        return True
    if before.count("“") > before.count("”") and _QUOTED_PROPOSAL.match(rest):
        return True
    if before.count("《") > before.count("》") and "》" in rest:
        return bool(_RULES_TITLE_END.search(rest[: rest.index("》")]))
    return bool(_RULES.match(rest))


def _is_inspection(item: Span, match: re.Match[str], counted: bool, has_laws: bool, alone: bool = False) -> bool:
    """An inspection the text reports: with its laws, its count, or its own topic.

    A bare 开展执法检查 with none of these refers to an inspection the report names, before or after it
    (积极开展执法检查 … 对《森林法》实施情况开展执法检查); ``alone``: the report names no other, so the
    inspection done that it tells bare (省人大常委会成立5个检查组，…开展执法检查工作) is one. 检查X实施情况 and
    对X实施情况进行检查 name what they checked, and so does the review opinion on its report (研究了…执法检查报告的审议
    意见书). 执法检查工作 is an event only with its laws or count, done
    (开展执法检查工作) when ``alone`` (加强执法检查工作 is not), or as the plan of one
    (执法检查工作方案, PROVENANCE-k-a). An inspection that
    a department makes (市场监管局开展执法检查) is administrative, not oversight.
    """
    if _ADMIN_SUBJECT.search(item.text[: match.start()]):
        return False
    if counted or has_laws:
        return True
    if _INSPECTION_PLAN.match(item.text, match.end()):
        return True
    done_alone = alone and bool(_DOING.search(item.text[: match.start()]))
    if item.text[match.end() : match.end() + 2] == "工作":
        return done_alone
    trigger = match.group()
    if (trigger.startswith("检查") and len(trigger) > 6) or re.search(r"进行|开展|跟踪|审议意见", trigger) or _LAUNCHED.search(trigger):
        return True
    topic = _TOPIC_BEFORE.search(item.text[: match.start()])
    listed = _KINDS_LISTED.search(item.text[: match.start()]) and item.text[match.end() : match.end() + 1] in "、等"
    return (bool(topic and topic.group(1)) or bool(_TOPIC_LEAD.search(item.text[: match.start()])) or bool(listed)
            or done_alone)


# The meeting launching an inspection, which its trigger reads only after the object it names (《X法》执法检查动员会,
# “四川条例”和“重庆决定”联合执法检查动员会: activity-triggers.csv; round 48, dev ax15 aw43, as ap27 aq03 m32's golds).
_LAUNCHED = re.compile(r"(?:动员|启动|部署|推进)会$")
# The verb that does an inspection right before its name (开展执法检查, 进行了执法检查, 组织执法检查).
_DOING = re.compile(r"(?:开展|进行|组织|实施)了?$")


def _is_lead(text: str, sentence: Span) -> bool:
    """A short sentence that opens its paragraph and names a kind of work (精心组织专题调研。) or is an inline
    heading of two exhortations (深入调研精准找题，确保“问”中要害。), or the headline of a news item in brief whose
    dated body follows (青浦集体调研体育改革情况。8月24日，…), or the next point of an enumeration (二是代表述职评议。)
    or a numbered heading written inline (三、专题询问。结合审议…开展专题询问。), which the sentences after it tell."""
    starts_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
    words = sentence.text.strip()
    headline = len(words) <= _HEADLINE_CHARS and bool(_DATED.match(text, sentence.end + 1))
    opens_paragraph = not text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start].strip()
    return (((starts_line and (bool(_LEAD.match(words)) or headline)) or bool(_POINT.match(words))
             or (opens_paragraph and bool(_PAIRED_HEADING.match(words))))
            and text[sentence.end : sentence.end + 1] == "。")


def _intention_at(sentence: Span) -> int | None:
    """Where a sentence's intention begins, from which its clauses are planned: its first 拟/将/明年
    (``plans.intention``: 常委会将听取…，开展…执法检查 plans both), or its start when it decides to submit what it
    names to a coming session (…报告的说明，决定将相关报告提请常委会会议审议); work that made what it submits is
    done (开展执法检查，…形成检查报告提请常委会会议审议: the submission alone is to come); None for none."""
    if submitted := _SUBMITTED.search(sentence.text):
        return sentence.start if "决定" in sentence.text[: submitted.start()] else sentence.start + submitted.start()
    future = plans.intention(sentence.text)
    return sentence.start + future.start() if future else None


def _planned(text: str, intention: int | None, clause: Span, first: Span) -> bool:
    """An intention stated at or before the clause (:func:`_intention_at`) that no clause told as done ends
    before it (``plans.governs``), the plan of the work
    named (会议讨论了《X条例》执法检查方案), reports being prepared (:data:`_PREPARED`), or what a plan holds
    listed (计划包括…)."""
    return ((intention is not None and intention < clause.end and plans.governs(text, intention, clause.end)) or bool(_CONTENTS.search(first.text))
            or bool(_PREPARED.search(clause.text))
            or ((bool(_PLAN_OF_WORK.search(clause.text)) or bool(_PLAN_DOCUMENT.search(clause.text)))
                and not _GROUND.search(clause.text)))


def hits(ctx: Context) -> list[Found]:
    """Every activity the text states as done (not planned), in text order.

    The law hits let a clause restating the laws of the inspection before it
    (开展“一法一条例”执法检查,检查X法和Y条例实施情况) continue that inspection
    instead of starting another. Sentences whose subject is a government
    department (:func:`organs.agency_sentences`) state no oversight activity.
    """
    text = ctx.text
    law_starts = [h.start for h in ctx.law_hits]
    agency = ctx.agency_sentences
    found: list[Found] = []
    headlines = _headlines_end(text)
    first_words = len(text) - len(text.lstrip())  # where the text's opening line starts
    continued = False  # the sentence before ended with ； a list of reports heard that runs on
    agenda = False  # the sentence before ended with ； an intention or a proposed agenda, which runs on
    proposing = False  # the sentence before stated an intention or a proposed agenda, whatever it ended with
    recommending = False  # the sentences before opened a judgement or recommendations and enumerate them (一是…)
    saying = False  # the sentence before, ending with ；, opened a judgement or an instruction that runs on past it
    bare: list[Found] = []  # the first inspection done told bare (开展执法检查工作): one only if no other is told
    for sentence in ctx.sentences:
        points_on = recommending and bool(_NEXT_POINT.match(sentence.text))
        recommending = points_on or (bool(_FIRST_POINT.search(sentence.text))
                                     and any(_SKIP_ONWARD(c.text) for c in ctx.clauses_of(sentence)))
        # what a speaker said runs on past a ； into a part with no subject of its own (费治文指出，…要不断加强学习…；
        # 做实代表视察献计，…: round 40); a part opening with an organ tells its own (会议指出：…；市人大常委会从2018年开始…)
        said_on = saying and not _opens_with_organ(ctx, sentence)
        saying = text[sentence.end : sentence.end + 1] in ("；", ";") and (
            said_on or any(_SKIP_ONWARD(c.text) for c in ctx.clauses_of(sentence)))
        was_continued = continued
        continued = report_lists.runs_on(text, sentence, False, was_continued)  # unless it lists reports (below)
        after_agenda = agenda or (proposing and bool(_AGENDA_ITEM.match(sentence.text)))
        proposing = after_agenda or bool(plans.intention(sentence.text))
        agenda = text[sentence.end : sentence.end + 1] in ("；", ";") and proposing
        if not (was_continued or _states_a_kind(sentence.text) or report_lists.hears(sentence.text)):
            continue
        if ctx.repeats.holds(sentence.start):
            continue  # a sentence told again word for word: one telling (Context.repeats)
        in_plan = ((after_agenda or ctx.plans.holds(sentence.start) or ctx.year_tasks.holds(sentence.start))
                   and not plans.recalled(sentence.text))
        if agency.holds(sentence.start):  # a department's own work; only the reports it made were heard
            found += _reports_heard(ctx, sentence, in_plan, _intention_at(sentence), law_starts)[0]
            continue
        title = plans.is_title_line(ctx.line_at(sentence.start), first=sentence.start < headlines,
                                    opening=sentence.start <= first_words)
        if (title and not ctx.plan_item_lines.holds(sentence.start)) or _is_lead(text, sentence):
            continue
        words = sentence.start + plans.after_number(sentence.text) if title else 0  # an item's words, past its number
        legislative = bool(_LEGISLATIVE.search(sentence.text))
        open_kinds: dict[str, Found] = {}
        sentence_clauses = ctx.clauses_of(sentence)
        during = bool(_DURING.match(sentence_clauses[0].text))
        contents = bool(_CONTENTS.search(sentence_clauses[0].text))
        intention = _intention_at(sentence)
        listed, heard = _reports_heard(ctx, sentence, in_plan, intention, law_starts, was_continued)
        continued = report_lists.runs_on(text, sentence, bool(listed), was_continued)
        start_of_sentence = len(found)
        found += listed
        open_kinds.update((f.type, f) for f in listed)  # a next clause of the same kind continues it
        pending: Span | None = None  # a clause naming laws that no activity has taken yet
        last_clause: dict[str, int] = {}  # the clause each open kind was last stated in
        judged = points_on or said_on  # a clause before opened a judgement, instruction or recommendation that runs on
        for index, clause in enumerate(sentence_clauses):
            judged = judged or _SKIP_ONWARD(clause.text)
            predicate = sentence_clauses[index + 1].text if index + 1 < len(sentence_clauses) else ""
            if ((not contents and (judged or _SKIP_CLAUSE(clause.text) or NOT_DONE.search(clause.text))) or _AIM_CLAUSE.match(clause.text)
                    or (_TOPIC.match(text[clause.end + 1 : clause.end + 4]) and not _KIND_PREDICATE.match(predicate))
                    or _KIND_PREDICATE.match(clause.text)):
                continue
            # work its clause tells under way (正在开展…) has begun, whatever plan or agenda holds it
            status = ("planned" if (in_plan or _planned(text, intention, clause, sentence_clauses[0]))
                      and not plans.under_way(clause.text) else "reported")
            clause_laws = bisect_left(law_starts, clause.start) < bisect_left(law_starts, clause.end)
            taken = False
            items = (_entrusted_speaker(text, sentence_clauses[index - 1], clause) if index else []) or _items(text, clause, contents)
            for item in items:
                if (contents and _SKIP_CLAUSE(item.text)) or _SKIP_ITEM(item.text):
                    continue  # a plan's contents are read item by item (立法调研、执法调研: only the second), and so is
                    # a study of congress work among others (镇人大创新实践工作调研、脱贫攻坚工作调研: only the second)
                item_legislative = bool(_LEGISLATIVE.search(item.text)) if contents else legislative
                item_laws = frozenset(h.canonical for h in ctx.law_hits[bisect_left(law_starts, item.start) : bisect_left(law_starts, item.end)])
                has_laws = bool(item_laws)
                for kind, match in _kinds(item) or _sharing_noun(item, items):
                    if during and kind not in ("report_review", *_REPORT_KINDS):
                        continue  # a step of the activity the sentence before reported
                    if heard.holds(item.start + match.start()) and kind in object_kinds.typed_kinds():
                        taken = True  # one of the reports heard, already an activity of its own
                        continue
                    count, counted = activity_counts.count(item, match)
                    begin = max(item.start, words)
                    if kind == "law_enforcement_inspection" and not has_laws and pending is not None:
                        begin, has_laws = pending.start, True  # 围绕X法、Y条例落实情况,开展执法检查
                    if kind == "law_enforcement_inspection" and not _is_inspection(item, match, counted, has_laws):
                        if not bare and _is_inspection(item, match, counted, has_laws, alone=True):
                            bare.append(Found(kind, strip_span(text, begin, item.end), count, laws=item_laws, status=status))
                        continue
                    if kind == "investigation" and (item_legislative or _step_of_group(text, sentence, item.start + match.start(), item.start + match.end())):
                        continue
                    taken = True
                    same = open_kinds.get(kind)
                    restated = same is not None and has_laws and (item_laws <= same.laws or _formed_bare(same))
                    separate_report = kind in _REPORT_KINDS and TRIGGERS["report_review"].search(item.text)
                    # only the next clause continues a summary count (先后三次组织视察,重点对…进行了视察); a later one
                    # states another activity
                    if (same and (same.count is None or last_clause.get(kind, -1) >= index - 1) and same.span.end <= item.start
                            and kind != "report_review" and count is None
                            and (not has_laws or restated) and not separate_report and not contents
                            and not (len(items) > 1 and (_DONE_ITEM.search(item.text) or _TOPIC_ITEM.search(item.text)))
                            and _same_budget(kind, same.span.text, item.text) and not _OWN_TOPIC.match(item.text)
                            and not _OWN_REPORT.match(item.text)
                            and not (same.count is None and _EACH_LISTED.match(item.text))
                            and not _other_class(kind, same.span.text, item.text)
                            and not (kind == "other" and _told_between(found[start_of_sentence:], same, item.start)
                                     and activity_class(kind, same.span.text) != activity_class(kind, item.text))):
                        same.span = Span(same.span.start, item.end, text[same.span.start : item.end])
                        same.laws |= item_laws  # a group formed names no law: the work it did names them
                        # a clause stating the work as to come makes it planned, whatever the clause it continues told
                        # (执法检查组第一次全体会议明确，全国人大常委会将启动…执法检查: the meeting was held, the inspection is to come)
                        same.status = "planned" if status == "planned" else same.status
                        last_clause[kind] = index
                        continue
                    open_kinds[kind] = Found(kind, strip_span(text, begin, item.end), count, laws=item_laws, status=status)
                    found.append(open_kinds[kind])
                    last_clause[kind] = index
            pending = clause if clause_laws and not taken and _LAWS_TOPIC.search(clause.text) else None
        found[start_of_sentence:] = _without_groups_formed(_without_inspection_steps(_as_fated(sentence_clauses, sorted(
            found[start_of_sentence:], key=lambda f: f.span.start))))
    found += _items_heard(ctx, found, law_starts)
    found = sorted(found + _items_of_kind(ctx, law_starts) + _assigned(ctx, law_starts), key=lambda f: f.span.start)
    if not any(f.type == "law_enforcement_inspection" for f in found):
        found = sorted(found + bare, key=lambda f: f.span.start)  # the one inspection the report tells, told bare
    found = sorted(_approved(ctx, found) + _methods_told(ctx, found), key=lambda f: f.span.start)
    found = _without_headings_told(ctx.text, _without_passages_repeated(ctx.text, _own_drafts_planned(found)))
    found = _without_run_in_headings(ctx.text, found)
    found = _without_topic_headings(ctx.text, _without_captions_told(ctx.text, _without_subtitles_told(ctx.text, found, headlines)))
    found = _without_inspection_briefings(_without_restated_inspections(_once_each_event(filing_reviews.one_for_its_own_report(ctx.text, filing_reviews.once_a_passage(
        ctx.text, _without_hearings_recalled(found))))))
    found = ratings.each_report_rated(ctx.text, voters.without_reports_to_voters(ctx.text, suggestions.once_a_sentence(ctx.text, found)))
    found = _without_rated_only(ctx, _without_field_briefings(ctx, _without_group_briefings(ctx, found)))
    found = review_results.once_per_document(found)
    found = _without_opinions_restating(_without_delegations_restating(_without_short_names_restated(_without_titles_retold(
        _without_reports_reheard(ctx, found)))))
    found = _without_opinions_on_reports_heard(text, _without_speakers_reports_named(ctx, _without_reports_pointed_back(found)))
    found = activity_retold.without_inquiries_retold(ctx, found)
    found = _without_approvals_of_budgets_examined(ctx, found)
    found = _own_report_reviewed(ctx, found, law_starts)
    held = work_reports.sessions(ctx.text, {name for _, _, name in ctx.area_hits})
    found = work_reports.once_each(work_reports.each_organ(work_reports.with_speakers(text, _each_law_reported(found))), held)
    return _inspections_reported(ctx, found)


def _opens_with_organ(ctx: Context, sentence: Span) -> bool:
    """Whether an organ's name opens ``sentence`` (white space and an opening quote aside): its subject."""
    lead = sentence.start + len(sentence.text) - len(sentence.text.lstrip(" \t\u3000“\n"))
    at = bisect_left(ctx.organ_starts, lead)
    return at < len(ctx.organ_starts) and ctx.organ_starts[at] == lead


def _step_of_group(text: str, sentence: Span, at: int, end: int) -> bool:
    """Whether the investigation whose word stands at ``at:end`` is a step of the work of a group its sentence names
    before it (:data:`_OTHER_GROUP`), no report or investigation group of its own between (:data:`_OWN_STUDY`), or
    is a word of that group's name (评议调研小组)."""
    groups = [g for g in _OTHER_GROUP.finditer(text, sentence.start, min(end + 4, sentence.end)) if g.start() < at]
    return bool(groups) and (groups[-1].end() >= end or not _OWN_STUDY.search(text, groups[-1].end(), at))


def _own_report_reviewed(ctx: Context, found: list[Found], law_starts: list[int]) -> list[Found]:
    """``found`` with the sitting's review of the report the text is (:func:`own_reports.report_span`: a report
    given to a standing committee in its own voice, or its dateline alone: :func:`own_reports.opening_dateline`), one per
    kind its title names that no activity found has
    (its title naming its kind, …审计工作报告, or its own voice, 受省政府委托，报告…审计工作情况, already told it; the
    inspection a group's report tells is told by its own sentence: 成立执法检查组…开展了执法检查); a report on one year's
    work of a kind :data:`own_reports.ONE_REVIEW` names is that review, which its body's words on the work are parts of
    (documents counted as received for filing too, a count and no review: genre README round 45 ruling 5)."""
    span = own_reports.report_span(ctx.text)
    if span is None:
        span = own_reports.opening_dateline(ctx.text)
        # under a dateline alone, the reporter's first words may tell the report (我受市人民政府委托，报告…审计情况)
        if span is None or any(f.type in _HEARD_KINDS and f.span.start < span.end + own_reports.HEAD for f in found):
            return found
    named = object_kinds.kinds_of(span.text)
    found = [f for f in found if not (f.type in named and f.type in own_reports.ONE_REVIEW)]
    told = {f.type for f in found}
    kinds = tuple(kind for kind in named if kind not in told)
    return sorted(found + _heard_found(ctx, report_lists.Heard(span, kinds), "reported", law_starts), key=lambda f: f.span.start)


# A congress body's own work report in draft, or its drafting explained (人大常委会工作报告(草案), 《区人大常委会工作
# 报告(审议稿)》, 人大常委会工作报告(稿), 省人大常委会工作报告稿, 市人大常委会工作报告起草情况的说明; one up for discussion,
# 县人大常委会工作报告(讨论稿), round 42), in any script (區人大常委會工作報告(草案)): not a draft sent to deputies for
# comment (工作报告(征求意见稿), reviewed as it is).
_OWN_DRAFT = re.compile(r"(?:常委会|常务委员会|人大|主席团)工作报告(?:稿|》?(?:[（(](?:草案|审议稿|讨论稿|送审稿|(?:大会)?报告稿|稿)[)）]|》?起草情况))")


def _own_drafts_planned(found: list[Found]) -> list[Found]:
    """``found`` with the reviews of a congress body's own draft work report (:data:`_OWN_DRAFT`) planned: the
    committee reads the report it will make to the coming session, which the session will review (the lead's round 13
    ruling: the committee's own draft work report is a planned report_review)."""
    return [replace(f, status="planned") if f.type == "report_review" and _OWN_DRAFT.search(normalised(f.span.text)) else f
            for f in found]


# The report an inspection group or the committee that inspected made (执法检查组关于检查《X法》实施情况的报告,
# 市人大财经委关于《X条例》实施情况执法检查的报告, …关于《X条例》执法检查情况的汇报: a fresh user's round 22, F9), not a
# government's report on what it rectified after the inspection (…执法检查指出问题整改情况的报告, …审议意见落实情况的报告)
# nor an inspection's plan (关于开展X执法检查的工作方案), nor a government's report on an inspection, which a meeting may
# hear before the committee's own (会议听取了市政府关于《X》执法检查的报告，决定将该报告提请常委会会议审议).
_INSPECTION_REPORT = re.compile(r"执法检查组关于(?![^，,。；]{0,160}?整改)|人大[^，,。；关]{0,12}?(?:委员会|委|常委会)关于"
                                r"(?![^，,。；]{0,160}?(?:整改|审议意见|方案|计划))[^，,。；]{0,160}?执法检查(?:工作)?(?:情况)?的(?:报告|汇报)")


# The report of a visit or an investigation, last in its words (…视察组关于…情况的视察报告, …调研组关于…的调研报告(书面),
# 专题调研报告): the kinds ``report-kinds.csv`` types by a report's head (round 32's ruling 2: typed by what it reports).
_FIELD_WORK_REPORT = re.compile(r"(?:视察|考察|调研|调查)(?:情况|成果)?的?(?:报告|汇报)》?(?:[（(][^)）]{0,4}[)）])?$")
_FIELD_WORK = {"site_visit", "investigation"}


# A meeting of an inspection told held (召开…执法检查动员会, 执法检查组第一次全体会议上了解到, 执法检查动员会举行, 执法检查组
# 召开推进会): the inspection has begun. One still to be held (将于…召开执法检查动员会, 计划于8月召开…) is not.
_LAUNCH_MEETING = re.compile(r"执法检查[^。；;，,]{0,12}?(?:第[一二三四五六七八九十]次)?(?:全体会议|全体成员会议|动员(?:大)?会|推进会|启动会|部署会)")
_MEETING_HELD_BEFORE = re.compile(r"(?:召开|举行)(?:了|的)?[^。；;，,]{0,30}$")
_MEETING_HELD_AFTER = re.compile(r"[^。；;，,]{0,2}?(?:举行|召开|上)")
_MEETING_TO_COME = re.compile(r"(?:[将拟]|计划|准备|定于)(?:于|在)?[^。；;，,]{0,12}?(?:召开|举行)")


def _launch_told(text: str) -> bool:
    """Whether ``text`` tells a meeting of an inspection held (:data:`_LAUNCH_MEETING`): held by its verb before it in
    its clause (召开的…第一次全体会议, 召开执法检查动员会) or inside it (执法检查组召开推进会), or told as held or as where
    news was heard after it (…动员会举行, …全体会议上获悉), not one still to come (:data:`_MEETING_TO_COME`)."""
    for meeting in _LAUNCH_MEETING.finditer(text):
        clause = start_after(text, meeting.start(), "。；;，,\n")
        before = text[clause : meeting.start()]
        if _MEETING_TO_COME.search(before + meeting.group()):
            continue
        if (_MEETING_HELD_BEFORE.search(before) or re.search("召开|举行", meeting.group())
                or _MEETING_HELD_AFTER.match(text, meeting.end())):
            return True
    return False


def launched(ctx: Context, found: list[Activity]) -> list[Activity]:
    """``found`` with an inspection told as to come (将启动…执法检查, 即将…开展执法检查, 将于近日分6个检查组…开展…执法
    检查) reported where the text tells a meeting of an inspection held (:func:`_launch_told`: its mobilisation meeting,
    its group's first plenary, a meeting pushing it on): news of the launch, the inspection begun, as the readable golds
    of every such item give it (dev aa03 aa11 l01 l10 p05 x17 y01: 7 of 7, five collection rounds). Work announced
    around it stays planned (its group's report to the committee: round 42 ruling 8), and so does an inspection inside
    a plan of the year (:attr:`Context.plans`). Applied after the activities told twice are merged
    (:func:`loaders.extract.coreference.merged`), which would read an earlier inspection of the law, now of the same
    status, as this one told again (dev aa03's 这是继1998年对…开展执法检查20年后, l10's 已连续三年对…)."""
    if not any(f.type == "law_enforcement_inspection" and f.status == "planned" for f in found) or not _launch_told(ctx.text):
        return found
    return [replace(f, status="reported") if (f.type == "law_enforcement_inspection" and f.status == "planned"
                                              and not ctx.plans.holds(ctx.view.index(f.start))) else f for f in found]


def _inspections_reported(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with all work told by its own report reported, though a coming meeting is to hear the report: an
    inspection by its group's or committee's report (:data:`_INSPECTION_REPORT`; 建议议程为：…；听取和审议…执法检查组关于
    检查…的报告), a visit or an investigation by its 视察报告 or 调研报告 (:data:`_FIELD_WORK_REPORT`; 审议…调研组关于…的
    调研报告): whoever made the report has done the work. Within a plan of the year (:attr:`Context.plans`) the work
    itself is still to come. Applied last: which activities the text states is decided as for any agenda item
    (a briefing heard within a reported inspection is a step of it; the group's report to a coming session is
    not). Source: the dev golds, 24 of 25 such inspections reported; the genre README's round 11 ruling and its part a
    (a 调研报告 on a coming agenda is an investigation reported), dev o02 o17 s05 t19 ac17."""
    return [replace(f, status="reported")
            if (f.status == "planned" and not ctx.plans.holds(f.span.start)
                and (f.type == "law_enforcement_inspection" and _INSPECTION_REPORT.search(f.span.text)
                     or f.type in _FIELD_WORK and _FIELD_WORK_REPORT.search(f.span.text))) else f
            for f in found]


# A report on a counted set of laws (关于检查《A》《B》等10件地方法规实施情况的报告): one inspection of them all.
_LAWS_COUNTED = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十]+)\s*[件部项]")
# Words of a law's topic that tie nothing together (实施《X法》办法 is X's; 中华人民共和国 names every national law).
_TOPIC_FRAME = re.compile(r"中华人民共和国|实施|[《》〈〉]")


# Inspections of several laws held one after another, each in its year (连续三年先后对A法、B法、C法开展执法检查,
# 连续开展了A法、B法等…的执法检查, A条例、B条例等法规实施当年就开展执法检查): one inspection per law, related or not
# (dev aa05 aa07 i08); 先后 alone also lists the inspections of one year (先后对《A法》《B条例》开展了执法检查: one, g39 a19).
_YEAR_BY_YEAR = re.compile(r"连续|实施当年")
# The plan of an inspection named by its title (《…开展〈X条例〉执法检查方案》): several named together are an inspection
# each (讨论并同意《…〈A法〉执法检查方案》《…〈B条例〉执法检查方案》, dev ad15).
_PLAN_TITLE = re.compile(r"执法检查(?:工作|实施)?方案》")


def _each_law_reported(found: list[Found]) -> list[Found]:
    """``found`` with an inspection whose report's title names unrelated laws (执法检查组关于检查《广东省社会救助条例》
    《广东省自主创新促进条例》实施情况的报告) repeated once per group of related laws, each with its group's laws
    (PROVENANCE-k-a, "One inspection report on several laws": dev j08 j10); related laws (a law and its
    province's 条例 or 实施办法, 行政处罚法、行政许可法、行政强制法) share words of their topics and stay one inspection.
    Inspections held in turn (:data:`_YEAR_BY_YEAR`), or whose plans are named one by one (:data:`_PLAN_TITLE`),
    are one per law. A follow-up of the reports (跟踪检查A法、B法、C法执法检查报告所提的建议: :data:`FOLLOW_UP`) is one
    piece of work however many reports it follows (newuser28 §13: one clause made two activities)."""
    out: list[Found] = []
    for hit in found:
        several = hit.type == "law_enforcement_inspection" and len(hit.laws) > 1
        if several and (_YEAR_BY_YEAR.search(hit.span.text) or len(_PLAN_TITLE.findall(hit.span.text)) > 1):
            groups = [frozenset({law}) for law in sorted(hit.laws)]
        elif (several and object_kinds.names_inspection_report(hit.span.text)
              and not _LAWS_COUNTED.search(hit.span.text) and not FOLLOW_UP.search(hit.span.text)):
            groups = _law_groups(hit.laws)
        else:
            groups = [hit.laws]
        out += [hit] if len(groups) < 2 else [replace(hit, laws=group, of_laws=group) for group in groups]
    return out


def _law_groups(laws: frozenset[str]) -> list[frozenset[str]]:
    """``laws`` in groups whose topics (:func:`subjects.subject_of`) share two characters in a row, in the
    order of their first law (sorted by name)."""
    pairs = {law: _bigrams(_TOPIC_FRAME.sub("", subject_of("law_enforcement_inspection", "", [law]))) for law in sorted(laws)}
    groups: list[tuple[set[str], set[str]]] = []  # (laws, their bigrams)
    for law, grams in pairs.items():
        joined = [g for g in groups if g[1] & grams]
        merged = ({law}, set(grams))
        for group in joined:
            merged[0].update(group[0])
            merged[1].update(group[1])
            groups.remove(group)
        groups.append(merged)
    return [frozenset(group) for group, _ in groups]


def _bigrams(words: str) -> set[str]:
    return {words[i : i + 2] for i in range(len(words) - 1)}


def _as_fated(clauses: list[Span], sentence_found: list[Found]) -> list[Found]:
    """A sentence's activities without those whose clause the clause after it tells called off (原计划开展《X法》执法检查，
    因故取消), and planned where it puts them off to a time to come (…，推迟到明年开展): :func:`plans.fates`."""
    fates = plans.fates(tuple(clause.text for clause in clauses))
    starts = [clause.start for clause in clauses]
    kept = []
    for hit in sentence_found:
        fate = fates[max(bisect_right(starts, hit.span.start) - 1, 0)] if clauses else None
        if fate == "later":
            hit.status = "planned"
        if fate != "off":
            kept.append(hit)
    return kept


# A meeting held to hear those concerned (调研座谈会, 座谈调研, 汇报会): beside an inspection of a law, its step.
_FORUM = re.compile(r"座谈|汇报会")


def _without_inspection_steps(sentence_found: list[Found]) -> list[Found]:
    """A sentence's activities without the looks on site it tells beside an inspection of a law
    (组织人大代表实地察看…情况，检查《X法》的执行情况): that look is a step of the inspection, as an
    inspection group's (率检查组实地查看) is; a visit named as such (视察) stays one. So is a forum held
    (开展《X条例》执法检查，召开调研座谈会，听取…: :data:`_FORUM`, round 40)."""
    if not any(f.type == "law_enforcement_inspection" and f.laws for f in sentence_found):
        return sentence_found
    return [f for f in sentence_found if not (f.type == "site_visit" and _LOOK_ON_SITE.search(f.span.text)
                                              and "视察" not in f.span.text)
            and not (f.type == "investigation" and _FORUM.search(f.span.text))]


def _formed_bare(found: Found) -> bool:
    """Whether ``found`` is a group formed for its work and nothing more (:data:`_GROUP_FORMED`, no law named): the
    clause after it telling the work with its laws goes on with it."""
    return not found.laws and _GROUP_FORMED.search(found.span.text) is not None


def _without_groups_formed(sentence_found: list[Found]) -> list[Found]:
    """A sentence's activities without a group formed for its work (:func:`_formed_bare`) when a later clause of the
    sentence tells the work as another kind: 县人大常委会组成调研组，对《X法》在该县的实施情况进行检查 is the inspection,
    its study group a step of it (round 50: al41's gold gives the inspection alone)."""
    return [f for f in sentence_found
            if not (_formed_bare(f) and any(g.type != f.type and g.span.start >= f.span.end for g in sentence_found))]


def _other_class(kind: str, told: str, clause: str) -> bool:
    """Whether a clause of kind ``other`` and the activity it would continue are a vote on projects and work of
    another narrower kind (``activity-classes.csv``), both named: 对…开展评议 and 票决产生了…民生实事项目 are an appraisal
    and a vote, two activities (dev x57, round 39). Other pairs of classes stay one activity: the suggestions told
    handed over and then answered (交由区政府办理的代表建议共计146件，现已全部办复) are one story, and a clause naming
    no class (…，进行了测评) may continue any."""
    if kind != "other":
        return False
    mine, before = activity_class(kind, clause), activity_class(kind, told)
    return None not in (mine, before) and mine != before and _VOTE in (mine, before)


def _told_between(sentence_found: list[Found], same: Found, start: int) -> bool:
    """Whether an activity of another kind was told after ``same`` and before ``start`` in the sentence: an ``other``
    clause after it of another narrower class (activity-classes.csv, none being one) is work of its own, not ``same``
    continued (并进行了工作评议，就…进行了集体视察，开展了“环保世纪行”活动: an appraisal, a visit and a campaign, dev m04);
    one of the same class goes on with it (议案交办以来…，组织代表开展了3次现场调研，…推进议案办理工作: one handling)."""
    return any(f.type != same.type and same.span.end <= f.span.start < start for f in sentence_found)


def _same_budget(kind: str, told: str, clause: str) -> bool:
    """Whether a clause may continue the activity ``told`` of its kind: any kind but a budget review, or
    one of budgets in general or of the objects (:data:`_BUDGET_OBJECTS`) the told review holds."""
    if kind != "budget_review":
        return True
    objects = set(_BUDGET_OBJECTS.findall(told))
    return not objects or set(_BUDGET_OBJECTS.findall(clause)) <= objects


# How far around an activity's words a passage told again is compared: a page's lead (核心提示, 摘要) repeating its
# body's paragraph, a copy syndicated twice into one page; two towns' sessions heard in the same words differ in the
# sentences around them.
_PASSAGE_AROUND = 50


def _without_passages_repeated(text: str, found: list[Found]) -> list[Found]:
    """Without the activities of a passage the page repeats verbatim: an activity of the same kind whose words
    and the :data:`_PASSAGE_AROUND` characters on each side within their line (after a lead's colon: 核心提示：)
    equal those of an earlier one elsewhere (dev p27's lead repeats its year's totals); activities sharing one span
    (the reports of one list) stay."""
    first_at: dict[tuple[str, str, str, str], int] = {}
    kept: list[Found] = []
    for hit in found:
        before = max(text.rfind(mark, max(0, hit.span.start - _PASSAGE_AROUND), hit.span.start) for mark in "\n：:") + 1
        after = text.find("\n", hit.span.end, hit.span.end + _PASSAGE_AROUND)
        key = (hit.type, text[max(before, hit.span.start - _PASSAGE_AROUND) : hit.span.start].lstrip(), hit.span.text,
               text[hit.span.end : hit.span.end + _PASSAGE_AROUND if after < 0 else after].rstrip())
        if first_at.setdefault(key, hit.span.start) == hit.span.start:
            kept.append(hit)
    return kept


def _once_each_event(found: list[Found]) -> list[Found]:
    """Without the mentions that tell again an event already stated (data/restatements.csv): after
    某镇组织代表开展视察活动, 代表们先后来到A、B等现场视察 is that visit's stops, not a second visit. A mention
    with a count or a law the event does not have states an event of its own, and so does any mention
    after a counted summary (开展视察调研21次) or after none. A visit announced (将组织代表视察) and then told
    (代表们视察了…) is one event too: the first mention stands for it. Events of a narrower kind (activity-classes.csv:
    a vote on livelihood projects among ``other`` activities) restate only the last of that narrower kind."""
    kept: list[Found] = []
    stated: dict[tuple[str, str | None], Found] = {}  # (kind, narrower kind) → the last event of that kind stated
    for hit in found:
        kind = (hit.type, activity_class(hit.type, hit.span.text))
        event = stated.get(kind)
        pattern = _RESTATED.get(hit.type)
        if (event is not None and pattern is not None and event.count is None and hit.count is None
                and hit.laws <= event.laws and not hit.heard and pattern.search(hit.span.text)):
            continue
        kept.append(hit)
        stated[kind] = hit
    return kept


def _without_headings_told(text: str, found: list[Found]) -> list[Found]:
    """Without the activities of a heading whose body tells them (听取一次专项报告。在…会议室，代表们听取了…的汇报;
    ——开展跟踪监督。2010年，…开展跟踪调研): a heading (:data:`_HEADING`, a line's opening verb phrase with no
    subject, no 了 and no comma, or :data:`_NUMBERED_HEADING`, a first-rank numbered line without a full stop) names
    the work its body, up to the next heading, states. It is dropped when the
    body states an activity of its kind, or any activity when the heading's kind is ``other`` (监督 named
    generally). A heading whose body states none (组织一次专题督查。代表们详细了解了…) is the activity itself.
    Source: a new user's reports (round 12: one event counted from a heading and from its body)."""
    headings = sorted([*_HEADING.finditer(text), *_NUMBERED_HEADING.finditer(text)], key=lambda m: m.start())
    if not headings:
        return found
    ordered = sorted(found, key=lambda f: f.span.start)  # the activities starting in a stretch: one slice
    starts = [f.span.start for f in ordered]
    dropped: set[int] = set()
    for index, heading in enumerate(headings):
        body_end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        named = ordered[bisect_left(starts, heading.start()) : bisect_left(starts, heading.end(1))]
        told = ordered[bisect_left(starts, heading.end()) : bisect_left(starts, body_end)]
        for hit in named:
            if any(f.type == hit.type or hit.type == "other" for f in told):
                dropped.add(id(hit))
    return [f for f in found if id(f) not in dropped]


# A run-in heading: a point of a work report (一是, （一）, 1、) announcing a field of oversight strengthened, in general
# (一是加强了对重大决策实施情况的监督。; （二）强化预算审查监督；), then its paragraph telling the work on the same line.
_RUN_IN_HEADING = re.compile(
    r"(?:^|(?<=[。；;\n]))[ \t\u3000]*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])"
    r"[ \t\u3000]*((?:进一步|着力|不断|切实|持续)?(?:加强|强化|深化|突出|注重|加大|推进|抓好|做好)了?"
    r"[^，,。；;：:\n]{0,30}?监督(?:工作|力度)?)[。；;：:]", re.M)


def _without_run_in_headings(text: str, found: list[Found]) -> list[Found]:
    """Without the ``other`` activity of a run-in heading (:data:`_RUN_IN_HEADING`: 一是加强了对重大决策实施情况的监督。)
    when the rest of its paragraph, up to the next point or the line's end, states an activity: the heading names the
    field, the sentences after it the work (…先后对…的决定落实情况进行了跟踪检查); a heading whose paragraph states none is
    the only telling and stays. Source: a first-time analyst, round 41 §13 (the heading stored as an activity, its
    evidence the heading)."""
    ordered = sorted(found, key=lambda f: f.span.start)
    starts = [f.span.start for f in ordered]
    dropped: set[int] = set()
    for heading in _RUN_IN_HEADING.finditer(text):
        line_end = text.find("\n", heading.end())
        following = _RUN_IN_POINT.search(text, heading.end(), line_end if line_end >= 0 else len(text))
        body_end = following.start() if following else (line_end if line_end >= 0 else len(text))
        named = ordered[bisect_left(starts, heading.start()) : bisect_left(starts, heading.end(1))]
        told = ordered[bisect_left(starts, heading.end()) : bisect_left(starts, body_end)]
        if told:
            dropped.update(id(hit) for hit in named if hit.type == "other")
    return [f for f in found if id(f) not in dropped]


# The next point of a paragraph of points (。二是…): where a run-in heading's body ends.
_RUN_IN_POINT = re.compile(r"(?<=[。；;])[ \t\u3000]*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）])")


def _without_topic_headings(text: str, found: list[Found]) -> list[Found]:
    """Without the activities of a topic heading alone on its line (代表建议办理。 / 代表建議辦理。, then its paragraph):
    a short line naming a field of work with no verb of doing it (:data:`_TOPIC_HEADING`; a heading led by one,
    开展专题询问, is read by :func:`_without_headings_told`) states nothing; the lines after it tell the work. Source:
    a second first-time analyst's round 35 (finding 4: such headings stored as activities, their evidence the heading)."""
    lines = Disjoint([m.span(1) for m in _TOPIC_HEADING.finditer(text)
                      if not _HEADING.match(m.group()) and text[m.end() : m.end() + 2].strip()])
    return [f for f in found if not lines.holds(f.span.start, f.span.end)]


def _without_subtitles_told(text: str, found: list[Found], headlines: int) -> list[Found]:
    """Without an activity a news item's subtitle states (a line before ``headlines``, :func:`_headlines_end`, with
    no full stop) that its body tells again: the same kind, the subtitle's laws among the body's, and most of the
    subtitle's words in the body's evidence (听取2018年中央决算报告 … 财政部部长刘昆作了关于2018年中央决算的报告) or in
    its lead, the body's first paragraph, when the lead tells it (创新监督方式 守护居民的钱袋子 市人大常委会首次对审计查出问题整改情况开展满意度测评 /
    2019年12月31日，…对…4单位审计查出问题整改情况开展满意度测评，这是…首次…: dev v13). A
    subtitle naming a law the body's count of the kind does not (开展《X法》执法检查 … 开展执法检查3次) stays.
    Source: round 17's subtitles (dev l03)."""
    def subtitle(f: Found) -> bool:
        line_end = text.find("\n", f.span.start)
        return f.span.start < headlines and "。" not in text[text.rfind("\n", 0, f.span.start) + 1 : line_end if line_end >= 0 else len(text)]

    subtitles = [f for f in found if subtitle(f)]
    if not subtitles:
        return found
    body = [f for f in found if f.span.start >= headlines]
    lead_end = text.find("\n", headlines)
    lead = text[headlines : lead_end if lead_end >= 0 else len(text)]
    told = {id(f) for f in subtitles for phrase in (_last_phrase(f.span.text),) if any(
        g.type == f.type and f.laws <= g.laws
        and (_mostly_in(phrase, g.span.text) or (g.span.start < headlines + len(lead) and _mostly_in(phrase, lead)))
        for g in body)}
    return [f for f in found if id(f) not in told]


# A photo's caption: a line ending with its photographer's credit (沈小军主持会议并进行询问。谭乃豪 摄; 会议现场。严立政摄;
# …新京报记者 李木易 摄; (本报记者王火炎航拍器摄)), after a full stop, a space or the line's start.
# The credit: maybe the outlet and 记者 or 通讯员, then a name of a few characters (maybe spaced: 王 欢) and 摄 (not 拍摄).
_CAPTION = re.compile(r"^[^\n]*?(?:[。\s]|^)[(（]?(?:[^。\n\s(（]{0,12}?(?:记者|通讯员)\s*)?[\u4e00-\u9fff·](?:[ \u3000]?[\u4e00-\u9fff·]){1,5}(?<!拍)\s*摄"
                      r"\s*[)）]?[ \t\u3000]*$", re.M)


# A picture's description (图为周农一行在…视察, 图为调研现场): what the photo shows, up to its sentence's end.
_PICTURE = re.compile(r"图为[^。\n]*")


def _without_captions_told(text: str, found: list[Found]) -> list[Found]:
    """Without an activity a photo's caption (:data:`_CAPTION`) states when the page's text outside its captions
    states one of that kind: the caption shows the event the article tells (沈小军主持会议并进行询问。谭乃豪 摄 / 进行满意度
    测评。谭乃豪 摄 above 举行联组会议，就…进行专题询问 … 还就…进行满意度测评: fresh an21), one event told twice. A caption
    telling work the text tells nowhere else (市人大常委会组建调研组，全面了解…。图为…。新京报记者 李木易 摄: dev ad11) is
    that work's only evidence and stays. A picture's description (:data:`_PICTURE`: 图为周农一行在雨花区的社区居家养老服务中心
    视察, the photo of a follow-up the sentence before tells: dev v11) states none. Source: round 38, one evidence per event
    (fresh an21)."""
    captions = Disjoint([m.span() for m in _CAPTION.finditer(text)])
    pictures = Disjoint([m.span() for m in _PICTURE.finditer(text)])
    if not (captions or pictures):
        return found

    def within(hit: Found, spans: Disjoint) -> bool:
        return spans.holds(hit.span.start, hit.span.end)

    kept = [hit for hit in found if not within(hit, pictures)]
    told = {hit.type for hit in kept if not within(hit, captions)}
    return [hit for hit in kept if not (within(hit, captions) and hit.type in told)]


def _last_phrase(headline: str) -> str:
    """The last of a headline's phrases, which a space parts (创新监督方式 守护居民的钱袋子 市人大常委会首次…开展满意度测评:
    the slogans before it name no event)."""
    return (headline.split() or [headline])[-1]


def _mostly_in(words: str, other: str) -> bool:
    """Whether most of the characters of ``words`` (three in five) occur in ``other``."""
    chars = set(words)
    return len(chars & set(other)) >= 0.6 * len(chars)


# A heading: at a line's start, after an optional mark (——, 一是, （一）, 一、, 1.), a verb phrase of work
# (听取一次专项报告, 开展跟踪监督, 开展专题询问) ended by 。 or the line's end, with no subject, comma or 了.
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:——|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])?[ \t\u3000]*"
    r"((?:听取|开展|组织|强化|加强|坚持|深化|推进|做好|抓好|抓实|做实|实施)[^，,。；;：:\n了]{1,12})(?:。|[ \t\u3000]*$)", re.M)


# A topic heading alone on its line (代表建议办理。, （三）加强备案审查。): an optional mark, a few words with no comma,
# digit or 了, a full stop, then the line's end (the heading's paragraph follows). A line with no full stop is a
# title or a list's item (4.关于城市更新工作情况的报告, 胡和平作政府工作报告: dev f18, m05), read as such.
_TOPIC_HEADING = re.compile(
    r"^[ \t\u3000]*(?:——|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])?[ \t\u3000]*"
    r"((?:(?!报告|報告|汇报|匯報)[^，,。；;：:\n了\d]){2,14})。[ \t\u3000]*\n", re.M)


# A first-rank numbered line without a full stop (二、审查和批准决算，听取和审议计划、预算的执行情况报告及审计工作报告),
# however long: a plan's section heading whose body lists the hearings it names (a new user's budget study, round 17:
# b01 counted the budget and audit reviews from the heading and again from its items).
# A line closed by ； is an item of the list its lines make, no heading (会议听取和审议了以下报告： / 一、…的报告； /
# 二、…的报告；, as :func:`plans.is_title_line` reads it; a first-time analyst, round 31, class 3).
_NUMBERED_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+、([^。\n]*[^。；;\n])$", re.M)


def _without_hearings_recalled(found: list[Found]) -> list[Found]:
    """Without a report's review named as the setting of what followed it (``setting`` rows of
    ``data/activity-mentions.csv``: 常委会组成人员在听取…所作的2023年工作推进情况报告后，…认为; 在听取…的汇报时;
    结合审议市人民政府关于…的报告开展专题询问): the review already stated, when an earlier review's evidence holds the
    subject the setting's report names (:func:`_recalled_subject`). One report is reviewed once (round 33 ruling 2); a
    report so named that no review before it heard (在听取县政府关于卫生工作情况的报告时 after 听取了…教育工作情况的报告;
    结合审议…报告开展专题询问 in a text that tells the review nowhere else, dev a01, b06) is one of its own. Source: a new
    user's reports (round 12: one event counted from a hearing and from the clause that recalls it) and a first-time
    analyst's plan (round 33: its inquiry item 结合审议 the report its first item reviews, planned twice)."""
    kept: list[Found] = []
    for hit in found:
        subject = _recalled_subject(hit.span.text) if hit.type == "report_review" else None
        if subject is not None and any(f.type == "report_review" and f.status == hit.status and subject in f.span.text
                                       for f in kept):
            continue
        kept.append(hit)
    return kept


_SETTINGS = review_settings()
# Where the parts of a report's name meet (市政府的工作情况, 区人民政府所作的工作推进情况, 县政府关于…), and the
# words any report's subject may end with (工作情况), which tell no report from another.
_NAME_PARTS = re.compile(r"的|关于|所作")
_GENERIC_END = re.compile(r"(?:工作|情况|进展|开展|专项|[《》])+$")
# Words pointing at reports named before (结合听取审议有关报告, 结合审议该报告): no name of their own.
_POINTERS = re.compile(r"^(?:有关|相关|上述|以上|该|此|这[个一项]?|各项)")


def _recalled_subject(evidence: str) -> str | None:
    """What a report named as a setting (:data:`_SETTINGS`) is about: the last part of its name (:data:`_NAME_PARTS`)
    that holds two or more characters besides the generic words at its end (…所作的2023年工作推进情况报告后 →
    2023年工作推进; 在认真听取和审议市政府的工作情况报告后 → 市政府; 结合审议市人民政府关于大运河文化保护传承利用情况的报告
    开展专题询问 → 大运河文化保护传承利用); empty when the setting names the report by no words of its own (结合审议报告
    情况进行专题询问, 结合听取审议有关报告开展专题询问: the review told before, dev z01, ae01); None when the evidence names
    no report as a setting."""
    recalled = next((found for setting in _SETTINGS if (found := setting.search(evidence))), None)
    if recalled is None:
        return None
    words = _POINTERS.sub("", recalled.group("report"))
    for part in reversed(_NAME_PARTS.split(words)):
        subject = _GENERIC_END.sub("", part)
        if len(subject) >= 2:
            return subject
    return "" if not _GENERIC_END.sub("", words) else None


# A session's delegations deliberating its reports named together (分代表团认真审议了政府、人大、财政预决算等5个报告;
# 各代表团分组审议两个报告; 主席团听取各代表团对各项报告的审议情况).
_DELEGATIONS = re.compile(r"代表团[^，,。；]{0,6}(?:审议|讨论|审查)")
_REPORTS_TOGETHER = re.compile(rf"(?:等|各项|上述|有关|(?:\d+|[{COUNT_NUMERAL_CHARS}]+)个)报告")


def _without_delegations_restating(found: list[Found]) -> list[Found]:
    """Without the delegations' deliberation of reports named only together (:data:`_REPORTS_TOGETHER`) after a
    report of that kind was told heard: the session's reviews, told again. Delegations deliberating reports they
    name (各代表团认真审议了全国人大常委会工作报告, as golds count) or with no hearing told before stay reviews.
    Source: dev t35, s35."""
    kinds_told: set[str] = set()
    kept: list[Found] = []
    for hit in found:
        if hit.type in kinds_told and _DELEGATIONS.search(hit.span.text) and _REPORTS_TOGETHER.search(hit.span.text):
            continue
        kept.append(hit)
        kinds_told.add(hit.type)
    return kept


# A budget's approval opening a clause (批准2021年省本级预算执行情况的报告和2022年省本级预算, 准予…), and its examination
# (审查四川省2021年预算执行情况及2022年预算草案的报告), the two halves of the congress's one budget review.
_APPROVAL = re.compile(r"^(?:批准|准予)了?")
_EXAMINATION = re.compile(r"^(?:审查|审议)了?(?!和?批准|、批准)")
_YEARS = re.compile(r"\d{4}(?=年)")


def _without_approvals_of_budgets_examined(ctx: Context, found: list[Found]) -> list[Found]:
    """Without a budget's approval (:data:`_APPROVAL`) that follows, in the same sentence and of the same status, the
    examination of the budget of its years (:data:`_EXAMINATION`: 审查四川省2021年预算执行情况及2022年预算草案的报告，
    批准2021年省本级预算执行情况的报告和2022年省本级预算): the congress examines the whole area's budget and approves its
    own level's, one review (the golds give the two clauses one activity, dev ah07 r15). An approval of other years, or
    with no examination before it in its sentence, stays. Source: round 47, readable dev's false budget reviews told
    twice."""
    kept: list[Found] = []
    for hit in found:
        if hit.type == "budget_review" and _APPROVAL.match(hit.span.text):
            sentence = ctx.sentence_holding(hit.span.start)
            years = set(_YEARS.findall(arabic_dates(hit.span.text)))
            if sentence is not None and years and any(
                    f.type == "budget_review" and f.status == hit.status and sentence.start <= f.span.start
                    and _EXAMINATION.match(f.span.text) and "预算" in f.span.text
                    and years <= set(_YEARS.findall(arabic_dates(f.span.text))) for f in kept):
                continue
        kept.append(hit)
    return kept


# Reports named only by words pointing back (分组审议了相关报告, 审议通过有关报告和人事任免事项); 各项报告 (其他各项工作
# 报告的决议, 审议通过各项报告并作出决议) names the session's reports, told or not, and is not read so (dev g24, x21).
_POINTED_REPORTS = re.compile(r"(?:相关|有关|上述|以上|这些)(?:专项工作|工作)?报告")


def _without_reports_pointed_back(found: list[Found]) -> list[Found]:
    """Without a review naming its reports only by words pointing back (:data:`_POINTED_REPORTS`: no 关于, title or
    other report besides) after a review of the same status was told: the sitting's reviews told again (组成人员还分组
    审议了相关报告和条例(草案) after 会议听取了…的报告; round 33 ruling 2: one report is reviewed once). With no review told
    before (会议审议通过了有关报告 alone) it stands for the reviews. Source: round 47, readable dev's false reviews
    retold (ag37, ai41)."""
    kept: list[Found] = []
    for hit in found:
        words = hit.span.text
        pointed = hit.type == "report_review" and _POINTED_REPORTS.search(words) is not None and not re.search(
            r"关于|《|报告", _POINTED_REPORTS.sub("", words))
        if pointed and any(f.type == "report_review" and f.status == hit.status for f in kept):
            continue
        kept.append(hit)
    return kept


# A review opinion adopted (以举手表决的方式通过了《关于进一步加强慈善法贯彻执行工作的审议意见》, 通过了对…报告的审议意见):
# group ``subject`` what it is on.
_OPINION_ADOPTED = re.compile(r"通过了?[^，,。；]{0,20}?《?(?:关于|对)(?P<subject>[^》，,。；]{2,60}?)的?审议意见》?")
# The words any opinion's subject may hold, which tell no report from another.
_OPINION_WORDS = re.compile(r"进一步|加强|做好|推进|贯彻|执行|落实|实施|工作|情况|报告|关于|[《》“”的]")
# Besides the kinds of a report heard (:data:`_HEARD_KINDS`), the work whose report an opinion may end (执法检查报告, 调研报告).
_REPORTED_WORK = frozenset({"law_enforcement_inspection", "investigation"})


def _without_opinions_restating(found: list[Found]) -> list[Found]:
    """Without the adoption of a review opinion on a report the text told heard before it: the end of that review,
    not another (听取和审议了…关于《慈善法》贯彻落实情况的执法检查报告 … 通过了《关于进一步加强慈善法贯彻执行工作的审议
    意见》). The opinion is on that report when its subject shares two pairs of characters with the report's words, past
    the words every subject holds (:data:`_OPINION_WORDS`); an opinion on a report not told heard stands for its review.
    Source: dev m24."""
    kept: list[Found] = []
    for hit in found:
        adopted = _OPINION_ADOPTED.search(hit.span.text) if hit.type == "report_review" else None
        if adopted:
            words = _OPINION_WORDS.sub(" ", adopted.group("subject").rsplit("关于", 1)[-1])  # not the organ reporting
            pairs = {words[i : i + 2] for i in range(len(words) - 1) if " " not in words[i : i + 2]}
            if any((f.type in _HEARD_KINDS or f.type in _REPORTED_WORK) and sum(pair in f.span.text for pair in pairs) >= 2
                   for f in kept):
                continue
        kept.append(hit)
    return kept


# The end of a clause, where a list of reports names the opinion on them all (关于《A》和《B》的初步审议意见;).
_CLAUSE_END = re.compile(r"[，,。；;]")


def _without_opinions_on_reports_heard(text: str, found: list[Found]) -> list[Found]:
    """Without a review whose evidence names a committee's opinion on a report (:func:`report_names.opinion_subject`:
    市人大财经委关于行政事业性国有资产管理情况的初步审议意见; a list's item, 关于《A》 of 关于《A》和《B》的初步审议意见, read
    to its clause's end in ``text``) when a hearing of the same status before it named that report
    (:func:`report_names.same_subject`): the sitting's result, told after its hearing, is that review (round 33 ruling 2:
    one report is reviewed once). An opinion on a report no hearing named (关于对…计划安排情况报告的初审意见 alone) stands
    for its review; a handling of an opinion (…审议意见研究处理情况的报告) is a follow-up and names no opinion so. Source:
    round 47, readable dev's false reviews told twice (ae23, o18)."""
    kept: list[Found] = []
    heard: list[tuple[str, tuple[str, str]]] = []  # (status, report name) of the hearings kept
    for hit in found:
        end = _CLAUSE_END.search(text, hit.span.end)
        rest = text[hit.span.end : end.start() if end else len(text)]
        subject = report_names.opinion_subject(hit.span.text, rest) if hit.type == "report_review" else None
        if subject is not None and any(status == hit.status and report_names.same_subject(subject, name)
                                       for status, name in heard):
            continue
        kept.append(hit)
        name = report_names.report_name(hit.span.text) if hit.type in _HEARD_KINDS and subject is None else None
        if name is not None:
            heard.append((hit.status, name))
    return kept


# A suggestion, motion or report named by its title in quotes (督办“关于加快…的建议”, 听取《关于…的报告》).
_QUOTED_TITLE = re.compile(r"[“《]([^“”《》。]{6,80}?(?:建议|议案|报告))[”》]")


def _without_titles_retold(found: list[Found]) -> list[Found]:
    """Without an activity that names, by its title in quotes, the suggestion, motion or report an earlier one of its
    kind and status named: a news item telling its event in the caption and again in the body (5月9日，…率队赴省民政厅
    督办“关于…的建议”。图为… / 5月9日，…赴省民政厅，督办“关于…的建议”: dev v11) tells one follow-up."""
    kept: list[Found] = []
    told: dict[tuple[str, str, str], tuple[int, int]] = {}  # (kind, status, title) → the span that told it first
    for hit in found:
        at = (hit.span.start, hit.span.end)
        titles = {(hit.type, hit.status, title) for title in _QUOTED_TITLE.findall(hit.span.text)}
        if titles and all(told.get(title, at) != at for title in titles):
            continue  # activities sharing one span (the reports of one list, an organ's copies) stay
        for title in titles:
            told.setdefault(title, at)
        kept.append(hit)
    return kept


# A report heard, named by its maker and title after the verb (听取区监委专项工作情况报告, 会议听取了区监委专项工作情况报告).
_HEARD_REPORT = re.compile(r"听取(?:并审议|和审议|审议)?了?(?P<report>[^，,。；;、：:“”《》]{6,60}?(?:报告|汇报))")


# A news item's lead: its opening sentence (or the one after its title) dated near its start (本报讯 (记者 某某)5月31日，…).
_LEAD_DATE = re.compile(r"\d{1,2}月\d{1,2}日")
_LEAD_DATE_REACH = 30
# A later sentence telling a sitting of its own (9月23日，乙镇召开…会议，会议听取和审议了政府工作报告): another hearing.
_OTHER_SITTING = re.compile(r"\d{1,2}月\d{1,2}日|召开|举行")


def _without_reports_reheard(ctx: Context, found: list[Found]) -> list[Found]:
    """Without a review of the same status, after the text's lead (:func:`_news_lead`), whose every report heard
    (:data:`_HEARD_REPORT`) a review of the lead named in the same words, or whose report's name is one a review of the
    lead named (:func:`report_names.same_report`: the same subject, the maker the same or unnamed by either, whatever the
    verb, scope word or quotes): a news item's lead telling the sitting's
    business (5月31日，…召开第二十二次会议，首次召开专题询问会、听取区监委专项工作情况报告并任命…) and its body telling the
    hearing again (会议听取了区监委专项工作情况报告; 会议听取和审议了…、县人民政府关于X的报告 / 会议听取了县人民政府关于
    X的报告; 区政府关于贯彻实施《Y法》情况的报告 / 区政府关于全区贯彻实施《Y法》情况的报告) hear one report (round 33
    ruling 2: one report is reviewed once; a first-time analyst's round 38: 区监委's report counted twice; round 46: the
    lead's list and the body's words, dev ai53 av59). A hearing told twice in the body is not read so: a text
    telling several towns' sessions hears each town's 政府工作报告 (dev p37), a report named in the body and again later
    is as often each organ's of one title (dev m06), and a later sentence dated or telling a sitting
    held (:data:`_OTHER_SITTING`) tells a hearing of its own."""
    lead = _news_lead(ctx, found[0].span.start) if found else None
    if lead is None:
        return found
    told = {(hit.status, m.group("report")) for hit in found if hit.type == "report_review" and hit.span.end <= lead.end
            for m in _HEARD_REPORT.finditer(hit.span.text)}
    named = [(hit.status, name) for hit in found if hit.type == "report_review" and hit.span.end <= lead.end
             and (name := report_names.report_name(hit.span.text)) is not None]
    kept: list[Found] = []
    for hit in found:
        later = hit.type == "report_review" and hit.span.start > lead.end
        reports = {(hit.status, m.group("report")) for m in _HEARD_REPORT.finditer(hit.span.text)} if later else set()
        name = report_names.report_name(hit.span.text) if later else None
        retold = bool(reports and reports <= told) or (name is not None and any(
            status == hit.status and report_names.same_report(name, other) for status, other in named))
        sentence = ctx.sentence_holding(hit.span.start) if retold else None
        if not retold or (sentence is not None and _OTHER_SITTING.search(sentence.text)):
            kept.append(hit)
    return kept


def _without_speakers_reports_named(ctx: Context, found: list[Found]) -> list[Found]:
    """Without a review of the same status as an earlier one whose report has the same name
    (:func:`report_names.same_report`) where just one of the two gives it by its speaker (:func:`report_names.spoken`),
    the other naming its maker: a report given by its speaker
    (代市长…列席会议，向会议作了绵阳市…计划执行情况的报告) and then heard by its maker's name (会议听取和审议了…市政府关于绵阳市
    …计划执行情况的报告), or the other way round, is one report heard (round 33 ruling 2), wherever in the text. Tellings
    neither of which is a speaker's are not read so (a list's items carry the maker of its head: each organ's report of
    one title, dev m06; each town's session, dev p37), nor a later one in a sentence dated or telling a sitting held (:data:`_OTHER_SITTING`).
    Source: round 47, readable dev's false reviews told twice (aj23)."""
    kept: list[Found] = []
    named: list[tuple[str, tuple[str, str], bool]] = []  # (status, report name, given by its speaker) of the reviews kept
    for hit in found:
        name = report_names.report_name(hit.span.text) if hit.type == "report_review" else None
        by_speaker = name is not None and report_names.spoken(hit.span.text)
        if name is not None and any(status == hit.status and by_speaker != spoken and (name[0] or other[0])
                                    and report_names.same_report(name, other) for status, other, spoken in named):
            sentence = ctx.sentence_holding(hit.span.start)
            if sentence is None or not _OTHER_SITTING.search(sentence.text):
                continue
        kept.append(hit)
        if name is not None:
            named.append((hit.status, name, by_speaker))
    return kept


def _news_lead(ctx: Context, at: int) -> Span | None:
    """The lead of a news item whose first activity stands at view offset ``at``: that activity's sentence when it is
    dated near its start (:data:`_LEAD_DATE`) and is the first of the text or the one after its title; or its paragraph
    when the paragraph opens dated and only header lines (a title, 来源:…, 阅读:…, a date: lines without a comma) come
    before it. None when the text opens otherwise."""
    sentence = ctx.sentence_holding(at)
    if sentence is None:
        return None
    index = ctx.sentences.index(sentence)
    if index <= 1 and _LEAD_DATE.search(sentence.text[:_LEAD_DATE_REACH]):
        return sentence
    text = ctx.text
    start = text.rfind("\n", 0, sentence.start) + 1
    end = text.find("\n", sentence.end)
    end = len(text) if end < 0 else end
    if not _LEAD_DATE.search(text[start : start + _LEAD_DATE_REACH]) or _COMMA.search(text[:start]):
        return None
    return Span(start, end, text[start:end])


# A comma: the lines before a news item's lead hold none (its title, 来源:…, 阅读:…, its date).
_COMMA = re.compile(r"[，,]")


# A report named in full and given a short name for the rest of the text (…的报告(下称决算报告), （以下简称“报告”）).
_SHORT_NAME = re.compile(r"[(（](?:以下|下文)?(?:简称|下称)[“《]?(?P<name>[^()（）“”《》，,。；]{2,12}?)[”》]?[)）]")


def _without_short_names_restated(found: list[Found]) -> list[Found]:
    """Without the later activities of a report's kind that name the report only by the short name the text gave
    it (听取了国务院关于2023年中央决算的报告(下称决算报告) … 部长向会议作决算报告 … 决算报告披露的“四大账本”):
    the one review, told again; an activity with a title of its own (关于…) is another. Source: dev t03."""
    kept: list[Found] = []
    named: list[tuple[str, str]] = []  # (kind, short name) of the reports named so far, in text order
    for hit in found:
        if "关于" not in hit.span.text and any(kind == hit.type and name in hit.span.text for kind, name in named):
            continue
        kept.append(hit)
        named += [(hit.type, short.group("name")) for short in _SHORT_NAME.finditer(hit.span.text)]
    return kept


def _without_inspection_briefings(found: list[Found]) -> list[Found]:
    """Without the briefings an inspection hears on the laws it checks (执法检查组…召开座谈会，分别听取了县政府关于
    《X法》贯彻落实情况的汇报): a step of that inspection, like its looks on site (FRESH-2026-11 'Steps of one
    inspection … a 座谈会 within it are not new activities'). A 汇报, or the work on them heard (听取街道贯彻实施《条例》有关工作
    情况), on laws an inspection told before it checks, not a report (报告) nor how review opinions were handled
    (审议意见…办理情况的汇报: a follow-up heard). The inspection must be told elsewhere: a title that tells the inspection
    itself (执法检查组关于《X条例》执法检查情况) is that inspection's report heard, a review (round 40's title class)."""
    kept: list[Found] = []
    inspected: dict[str, set[Span]] = {}
    for hit in found:
        if (hit.type == "report_review" and hit.laws
                and all(inspected.get(law, set()) - {hit.span} for law in hit.laws)
                and _BRIEFING.search(hit.span.text) and not _HEARD_AS_REPORT.search(hit.span.text)):
            continue
        if hit.type == "law_enforcement_inspection" and hit.status == "reported":
            for law in hit.laws:
                inspected.setdefault(law, set()).add(hit.span)
        kept.append(hit)
    return kept


# A briefing heard: 汇报 anywhere, the noun or the verb (听取了…的汇报; 县政府汇报了《X法》贯彻落实工作), or work heard ending
# in 情况 (听取街道贯彻实施《条例》有关工作情况, 某办汇报了关于贯彻执行X法情况: round 50, ag43 ao49); and what makes it a
# report heard on its own: a 报告, or the handling of review opinions.
_BRIEFING = re.compile(r"汇报|情况$")
_HEARD_AS_REPORT = re.compile(r"报告|审议|意见|整改|研究处理")


# A group named as a report's maker (执法检查组关于…的报告, 调研组关于…): its 组 before 关于, which :func:`_without_group_briefings`
# takes out of the words it reads for a group in the field.
_GROUP_AS_MAKER = re.compile(r"组(?=关于)")


def _without_group_briefings(ctx: Context, found: list[Found]) -> list[Found]:
    """Without the briefings an inspection's or a study's group hears in the field (调研组一行先后深入…。罗玉梅听取了…
    工作情况汇报; 调研组详细询问…，副区长作了关于…工作情况汇报): a 汇报 (no 报告, no handling of review opinions) told in a
    sentence that names a group of ``congress-groups.csv`` (执法检查组, 调研组, 督查组 …) before it, or after the sentence
    before it in its line that names one. The group's inspection or study is the activity; the organs briefing it are
    overseen by it (:func:`framing.briefed`). A visit's group (视察组) and deputies visiting (代表们视察了…，镇长汇报了…)
    hear reports, as the golds of visits have them (round 29: reports heard on a township's visits are reviews; with
    视察组 among the groups, validation lost a true review). A group named as the maker of a report heard before it
    (:data:`_GROUP_AS_MAKER`: 会议听取了…执法检查组关于检查《X法》实施情况的报告，听取了省某局局长某某作的关于…的汇报) is
    no group in the field: the sitting hears the department's briefing beside it, a review (15 readable golds give a
    department's 汇报 heard a review, 3 another kind; a first-time analyst's round 50 page, a province's sitting)."""
    kept: list[Found] = []
    for hit in found:
        if hit.type == "report_review" and "报告" not in hit.span.text and not _HEARD_AS_REPORT.search(hit.span.text):
            sentence = ctx.sentence_holding(hit.span.start)
            begin = sentence.start if sentence else hit.span.start
            before = ctx.sentence_holding(begin - 1) if begin > 0 and ctx.text[begin - 1] != "\n" else None
            if before is not None and "\n" not in ctx.text[before.start : begin]:
                begin = before.start
            if congress_groups.named(_GROUP_AS_MAKER.sub("", ctx.text[begin : hit.span.start]), but="视察"):
                continue
        kept.append(hit)
    return kept


def _without_field_briefings(ctx: Context, found: list[Found]) -> list[Found]:
    """Without the briefings (汇报, 介绍, 通报, 总结) heard during a visit, an inspection or a study rather than at a sitting
    (:func:`briefings.in_the_field`: 在随后召开的座谈会上，代表们听取了镇政府关于…的汇报; 实地察看…，听取相关负责人关于…
    的汇报): steps of that work, no review (round 33 ruling 4)."""
    return [hit for hit in found if not (hit.type in ("report_review", "budget_review") and briefings.briefed(hit.span.text)
                                         and briefings.in_the_field(ctx.text, hit.span.start, hit.span.text))]


def _without_rated_only(ctx: Context, found: list[Found]) -> list[Found]:
    """Without the reports a sentence names only as what it rates (会议对…的报告、…情况进行满意度测评:
    :func:`report_lists.rated_only`): the rating is the activity, a report a review only where the text tells it
    heard or reviewed (round 33 ruling 5)."""
    rated = [span for sentence in ctx.sentences if (span := report_lists.rated_only(ctx.text, sentence))]
    return [hit for hit in found if not (hit.type in ("report_review", *_REPORT_KINDS) and not report_lists.hears(hit.span.text)
                                         and any(hit.span.start < span.end and span.start < hit.span.end for span in rated))]


# The report on how an inspection's report and opinions were handled (关于研究处理X法执法检查报告及审议意见情况的
# 反馈报告, 关于落实X法执法检查报告和审议意见的报告, dev g01): a follow-up of that inspection, no restatement of it.
_HANDLING_REPORTED = re.compile(r"(?:研究处理|落实|办理)[^，,。；]{0,20}?执法检查报告(?:及|和|与)审议意见")
# A dateline (24.11.2015 12:31), which a numbered heading's pattern would take for 24.
_DATE_LINE = re.compile(r"\s*\d+[.．]\d")


def _headlines_end(text: str) -> int:
    """Where a news item's headlines end: at its body, the first line holding a full stop, or at the
    first numbered line (a plan's 一、…); after the first line when neither comes. A headline
    (repeated, or followed by a subtitle) restates the body."""
    offset, first = 0, text.find("\n")
    first = len(text) if first < 0 else first
    while (end := text.find("\n", offset)) >= 0:
        line = text[offset:end]
        if "。" in line or (plans.heading_rank(line) and not _DATE_LINE.match(line)):
            return offset or first
        offset = end + 1
    return first


# A heading naming one activity's parts (专项工作评议内容, 执法检查方式, 视察时间: round 47, aw41's notice of an appraisal;
# the words are activity-parts.csv): its items are what that one activity covers or how it runs, never activities of its kind.
_PARTS_HEADING = re.compile(rf"(?:{'|'.join(column('activity-parts', 'word'))})[:：]?\s*$")


def _items_of_kind(ctx: Context, law_starts: list[int]) -> list[Found]:
    """One activity per item without a verb of its own (1.乡村振兴工作情况) under a heading that names
    one kind of work (二、专题调研): the heading's kind, with the laws the item names. Under a heading that hears
    reports (一、听取专项工作报告) an item is the subject of a report heard, of the kinds its title would have
    (:func:`object_kinds.kinds_of`: 城市更新工作情况 a review, 2020年市财政决算草案 a budget review). A report's title
    (关于…的报告) is no such item: the lists of reports heard take it (:func:`_items_heard`), and neither is one
    under a heading naming an activity's parts (:data:`_PARTS_HEADING`: 二、专项工作评议内容 1.干部作风建设情况)."""
    found = []
    for item in ctx.plan_items:
        if _PARTS_HEADING.search(item.heading):
            continue
        heading = Span(0, len(item.heading), item.heading)  # 视察调研 names one kind, as in a sentence
        named = [k for k, _ in _kinds(heading)]
        kinds = [k for k in named if k not in ("report_review", *_REPORT_KINDS)]
        words = item.span.text
        if _states_a_kind(words) or _SKIP_CLAUSE(words) or words.endswith("报告"):
            continue
        if not kinds and "report_review" in named:  # a heading that hears reports: each item is a report's subject,
            if "报告" in words or "汇报" in words:  # unless it names the report, a title the lists of reports take
                continue
            kinds = list(object_kinds.kinds_of(words))
        elif len(kinds) != 1:
            continue
        span = item.span
        laws = frozenset(h.canonical for h in ctx.law_hits[bisect_left(law_starts, span.start) : bisect_left(law_starts, span.end)])
        status = "planned" if ctx.plans.holds(span.start) or plans.intention(item.heading) else "reported"
        found += [Found(kind, span, laws=laws, status=status) for kind in kinds]
    return found


def _assigned(ctx: Context, law_starts: list[int]) -> list[Found]:
    """One inspection per share of a divided inspection (其中，某区负责《X条例》), of the laws it names."""
    found = []
    for share in ctx.assignments:
        span = share.span
        laws = frozenset(h.canonical for h in ctx.law_hits[bisect_left(law_starts, span.start) : bisect_left(law_starts, span.end)])
        status = "planned" if ctx.plans.holds(span.start) or plans.intention(ctx.line_at(span.start)) else "reported"
        found.append(Found("law_enforcement_inspection", span, laws=laws, status=status))
    return found


def _approved(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with one review more per report a resolution approves that ``found`` does not review yet, and
    without what a resolution's own words restate of a review told elsewhere (:func:`resolutions.approved`)."""
    approved, restating = resolutions.approved(ctx.text, ctx.sentences, [(f.type, f.span) for f in found])
    return [f for i, f in enumerate(found) if i not in restating] + [
        Found(kind, span, status="planned" if ctx.plans.holds(span.start) else "reported", heard=True) for kind, span in approved]


def _methods_told(ctx: Context, found: list[Found]) -> list[Found]:
    """One activity per piece of work a congress body tells by its methods with a subject of its own
    (:func:`methods_told.told`), in a sentence ``found`` holds no activity of."""
    return [Found(kind, span, status="planned" if ctx.plans.holds(span.start) else "reported")
            for kind, span in methods_told.told(ctx.text, ctx.sentences, [f.span for f in found])]


def _items_heard(ctx: Context, found: list[Found], law_starts: list[int]) -> list[Found]:
    """One activity per kind of every report a plan lists under a heading that hears them
    (:func:`report_lists.listed_under_headings`), unless a sentence already gave it."""
    taken = Stretches([(f.span.start, f.span.end) for f in found])
    items = []
    for report in report_lists.listed_under_headings(ctx.text):
        if taken.holds(report.span.start):
            continue
        status = "planned" if ctx.plans.holds(report.span.start) or plans.intention(report.span.text) else "reported"
        items += _heard_found(ctx, report, status, law_starts)
    return items


def _heard_found(ctx: Context, report: report_lists.Heard, status: str, law_starts: list[int]) -> list[Found]:
    """One activity per kind of a report heard, with the laws its title names and the count of
    reports it states (国务院、最高人民法院20个工作报告)."""
    laws = frozenset(h.canonical for h in ctx.law_hits[bisect_left(law_starts, report.span.start) : bisect_left(law_starts, report.span.end)])
    count = activity_counts.reports_count(report.span.text)
    return [Found(kind, report.span, count, laws=laws, status=status, heard=True) for kind in report.kinds]


def _without_restated_inspections(found: list[Found]) -> list[Found]:
    """An inspection report heard is the inspection itself only when the text states that inspection
    nowhere else: 开展X法执法检查… 听取审议X法执法检查报告 is one inspection and one review, however the
    report is heard (分组审议了…关于检查X法实施情况的报告); inspection reports counted (审议执法检查报告4项) are the
    inspections a count already stated (开展执法检查4项) when it is the same number; an inspection report heard that
    names neither law nor count (开展X法执法检查，听取和审议了执法检查报告) is the inspection the text tells; and the plan of an inspection
    that names no law is the inspection the text tells elsewhere. A report on how an inspection's report and
    opinions were handled (:data:`_HANDLING_REPORTED`) is a follow-up, kept."""
    reported = [(f.heard or object_kinds.names_inspection_report(f.span.text)) and not _HANDLING_REPORTED.search(f.span.text)
                for f in found]
    own = [f for f, told in zip(found, reported) if f.type == "law_enforcement_inspection" and not told]
    stated = {law for f in own for law in f.laws}
    counts = {f.count for f in own if f.count is not None}  # 开展执法检查4项…审议执法检查报告4项: the same four
    kept = [f for f, told in zip(found, reported)
            if not (told and f.type == "law_enforcement_inspection"
                    and ((f.laws and f.laws <= stated) or (not f.laws and f.count in counts)
                         or (not f.laws and f.count is None and bool(own))))]
    # the plan of an inspection that names no law (研究审定执法检查方案) is the inspection the text tells, if any, and so is
    # one naming only laws an inspection told checks (…召开“一法一条例”执法检查动员会。会上，组织学习了《X法》和执法检查工作方案)
    plans = [f for f in kept if f.type == "law_enforcement_inspection" and f.count is None
             and _INSPECTION_PLAN_NAMED.search(f.span.text)]
    told = {law for f in kept if f.type == "law_enforcement_inspection" and f not in plans for law in f.laws}
    plans_only = [f for f in plans if f.laws <= told]
    if len(plans_only) < sum(f.type == "law_enforcement_inspection" for f in kept):
        kept = [f for f in kept if f not in plans_only]
    return kept


def _reports_heard(ctx: Context, sentence: Span, in_plan: bool, intention: int | None, law_starts: list[int],
                   continued: bool = False) -> tuple[list[Found], Stretches]:
    """One activity per kind of every report a sentence lists as heard (:mod:`report_lists`), and
    the stretches those reports take (a report that is not oversight takes its stretch too)."""
    clauses = ctx.clauses_of(sentence)
    first = clauses[0]
    judged = next((c.start for c in clauses if _SKIP_ONWARD(c.text)), sentence.end)  # 要求代表…，认真审议各项工作报告
    listed: list[Found] = []
    reports = report_lists.heard(ctx.text, sentence, continued)
    for report in reports:
        clause = ctx.clause_at(report.span.start) or first
        if _SKIP_CLAUSE(clause.text) or NOT_DONE.search(clause.text) or report.span.start >= judged:
            continue
        # the report's own words say whether it is a plan heard (…工作方案(草案) in a list of reports on work done)
        status = "planned" if in_plan or _planned(ctx.text, intention, report.span, first) else "reported"
        listed += _heard_found(ctx, report, status, law_starts)
    return listed, Stretches([(r.span.start, r.span.end) for r in reports])


def _outermost(hits: list[LawHit]) -> list[LawHit]:
    """Law mentions (in text order) not inside another's words: the national law a provincial measure's title
    names (《湖北省实施〈中华人民共和国中小企业促进法〉办法》) is the measure's, and an inspection of the measure
    does not concern it."""
    kept: list[LawHit] = []
    reach = -1
    for hit in hits:
        if hit.end <= reach and not (kept and (kept[-1].start, kept[-1].end) == (hit.start, hit.end)):
            continue
        kept.append(hit)
        reach = max(reach, hit.end)
    return kept


# What may stand before the next report of a list (、关于…, ，听取…, 和…).
_ITEM_GAP = "、，,；;和及与 \u3000"


def _unswallowed(text: str, found: list[Found]) -> list[Span]:
    """Each activity's span, cut where a report heard that it holds begins: a report's span never swallows the
    reports listed after it (关于A决算草案…的报告、关于B的审计工作报告、关于…执法检查…的报告，……审查和批准决算 was one
    budget review holding an agenda's nine laws). Only reports heard are cut, and only at a list's separator; a
    special inquiry held on a report (结合听取…报告，就…开展专题询问) holds that report and keeps it."""
    order = sorted(range(len(found)), key=lambda i: found[i].span.start)
    starts = [found[i].span.start for i in order]
    spans = [f.span for f in found]
    for index, hit in enumerate(found):
        span = hit.span
        if hit.type not in _HEARD_KINDS:
            continue
        inside = [found[i].span.start for i in order[bisect_right(starts, span.start) : bisect_left(starts, span.end)]
                  if found[i].span.end <= span.end and (found[i].type in _HEARD_KINDS or found[i].heard)
                  and text[found[i].span.start - 1] in _ITEM_GAP]
        if inside:
            spans[index] = strip_span(text, span.start, min(inside), _ITEM_GAP)
    return spans


def find(ctx: Context) -> list[Activity]:
    """The report's activities with their laws, subject, issue and the organs they oversaw."""
    law_starts = [h.start for h in ctx.law_hits]
    sentence_starts = [sentence.start for sentence in ctx.sentences]
    window = dating.year_window(ctx.metadata)
    activities = []
    shared = _shared_subjects(ctx.activity_hits)
    spans = _unswallowed(ctx.text, ctx.activity_hits)
    heard: dict[int, list[list[str]]] = {}  # a sentence → the organs of each report it heard (or work it appraised)
    # (start, index) of every report heard, for the inquiries and ratings that ask which lie inside them
    heard_starts = sorted((f.span.start, i) for i, f in enumerate(ctx.activity_hits) if f.type in _HEARD_KINDS) \
        if any(f.type in _OF_A_REPORT for f in ctx.activity_hits) else []
    last_heard: tuple[list[str], str] = ([], "")  # the organs and subject of the report last heard, for 该报告
    for index, found in enumerate(ctx.activity_hits):
        span = spans[index]
        first, last = bisect_left(law_starts, span.start), bisect_left(law_starts, span.end)
        in_span = ctx.law_hits[first:last]
        if found.type == "law_enforcement_inspection":  # the laws it checks, not those cited as its ground or studied
            in_span = [h for h, tie in zip(in_span, ctx.law_ties[first:last]) if tie is not None]
        laws = list(dict.fromkeys([*(h.canonical for h in _outermost(in_span)
                                     if found.of_laws is None or h.canonical in found.of_laws), *found.laws_told]))
        overseen, joint, conductor, assisting, each = organs.roles(ctx, span)
        if found.type in _OF_A_REPORT:
            overseen = _without_makers_heard_beside(ctx, index, overseen, heard_starts)
        conductor = (conductor or conductors.conductor(ctx, span, found.status == "planned")
                     or _plenary_hearer(ctx, found.type, span))
        if found.type == "special_inquiry" and not overseen:
            overseen = _answerers(ctx, span, sentence_starts)
        elif found.type == "report_review" and (bodies := work_reports.officer_bodies(span.text)):
            overseen = [maker for body in bodies for maker in _maker_of_body(ctx, body)]  # 院长甲、检察长乙先后作工作报告
        elif found.type == "report_review" and not overseen:
            overseen = _plenary_maker(ctx, span)
        if found.type in _HEARD_KINDS and not overseen:
            overseen = _maker_opening_part(ctx, found.type, span)
        if not overseen:
            overseen = framing.overseen(ctx, span)
        elif activity_class(found.type, span.text) == _APPRAISAL:  # 对县政府1名副县长、法院1名副院长，A局…等3个部门负责人的履职评议
            overseen = list(dict.fromkeys(framing.framed(ctx, span) + overseen))  # the bodies before its words too
        if index in shared:
            overseen = _overseen_by_part(ctx, span, overseen, shared[index])
        held = _sentence_of(sentence_starts, span)
        subject = shared.get(index) or subject_of(found.type, span.text, laws) or _focus_before(ctx, span, held)
        if overseen and (found.type in _HEARD_KINDS or activity_class(found.type, span.text) == _APPRAISAL):
            heard.setdefault(held, []).append(overseen)
            last_heard = (overseen, subject)
        elif found.type in _OF_A_REPORT and not overseen and _SEVERAL_REPORTS.search(span.text):
            overseen = _makers_of_several(span.text, heard.get(held) or heard.get(held - 1, []))
        elif found.type == "satisfaction_evaluation" and not overseen and _rates_what_was_heard(ctx.text, span):
            overseen = heard.get(held, [[]])[-1]
        if found.type in _OF_A_REPORT and _NAMED_AGAIN.search(span.text):
            overseen, subject = overseen or last_heard[0], subject or last_heard[1]
        start, end, evidence = ctx.span(span.start, span.end)
        # 已于2022年、2023年连续两年对…; 2020年、2022年，常委会对…: one in each year listed, none of this year's
        listed = dating.listed_years(arabic_dates(span.text)) or dating.listed_years(arabic_dates(ctx.sentences[held].text), opening=True)
        year = None if listed else _year_of(ctx, span, held, found.status == "planned", window)
        activities.append(Activity(type=found.type, evidence=evidence, start=start, end=end, laws=laws, subject=subject,
                                   count=found.count, overseen=overseen, jointly_with=joint, conducted_by=conductor, assisted_by=assisting,
                                   issues=issues_of(subject, span.text, found.type),
                                   status=_looked_back(found.status, None if year or listed else ctx.look_back(start)),
                                   follow_up=bool(FOLLOW_UP.search(_own_words(span.text, shared.get(index)))),
                                   year=year, years=None if year or listed else ctx.look_back(start)))
        activities[-1:] = _one_each_year(activities[-1], listed)
        activities += [_helped_alike(activities[-1], body, ctx.metadata.get("organ")) for body in each]
    activities = _laws_carried_to_inspection_reports(ctx.doc.text, _makers_carried_down_lists(ctx.doc.text, _one_organ_each(activities)))
    activities = inspection_briefers.overseen(ctx, _budgets_of_the_government(ctx, activities))
    activities = _made_by_congress_bodies(ctx, _laws_of_the_headline(ctx, _laws_by_topic(ctx, _laws_listed_after(ctx, activities))))
    activities = _each_body_appraised(ctx, _programmes_checked(assisted.conducted(ctx, activities)))
    activities = _inspections_followed(ctx, _tied_laws_carried(ctx, activities))
    activities = conductors.visitors_led(ctx, activity_counts.each_item_counted(ctx, activities))
    activities = conductors.each_their_own(ctx, conductors.councils_heard(ctx, conductors.askers(ctx, conductors.subjects_conduct(ctx, activities))))
    return accompanying.assisting(ctx, conductors.partners_before(ctx, activities))


def _one_each_year(act: Activity, listed: list[int]) -> list[Activity]:
    """``act`` once for each year ``listed`` as the time of its work (:func:`dating.listed_years`: 于2009年、2011年和2016年
    分别开展了…执法检查, 2019年和2021年两次对…), dated by that year, its count the years' own (两次 over two years: none);
    ``[act]`` for no list. A new user (round 36, finding 2) counted three national inspections where round 34's one
    activity over the range 2009-2016 read as one inspection some time in those years."""
    if not listed:
        return [act]
    years = list(dict.fromkeys(listed))
    count = None if act.count == len(years) else act.count
    return [replace(act, year=year, years=None, count=count) for year in years]


def _helped_alike(act: Activity, body: str, own: str | None) -> Activity:
    """The work ``body``, helped in one list with ``act``'s conductor (配合省、市人大常委会开展了《X法》执法检查), did
    on its own, alike: conducted by it (none when it is the report's organ ``own``), assisted by the organs assisting
    ``act`` but itself. One per body helped, as 分别 gives (:func:`conductors.each_their_own`): the report states
    that its organ helped each body's inspection, not one the bodies held together (a first-time analyst, round 35,
    finding 1: a phantom joint province–city inspection counted beside each body's own)."""
    return replace(act, conducted_by=None if body == own else body,
                   assisted_by=[name for name in act.assisted_by if name != body])


# A follow-up's words naming the inspection it follows: its report (执法检查报告及审议意见), opinions or findings.
_OF_AN_INSPECTION = re.compile(r"执法检查|检查报告")
# Words by which a follow-up names an object of its own (对…, 就…, 关于…, 围绕…, a title): one naming none
# (今年继续开展跟踪监督, 开展“回头看”) follows the work told right before it.
_OWN_OBJECT = re.compile(r"[对就《]|关于|围绕")


# A paragraph opening with the next step (下一步，…; 下一步…将…): what the work told before it will be followed by.
_NEXT_STEP_OPENS = re.compile(r"\s*下一步")


def _inspections_followed(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with a follow-up of an inspection whose own words name no law (听取市政府关于研究处理执法检查报告及
    审议意见情况的报告) concerning the laws of the nearest inspection told before it in its paragraph, whose report and
    opinions it follows (开展《X法》执法检查后，持续跟踪督办，听取…; 2022年，常委会对《X法》开展执法检查。今年听取了…);
    and a follow-up naming no object at all (:data:`_OWN_OBJECT`, no organ: 今年继续开展跟踪监督) concerning those of the
    activity told right before it in its paragraph when that is an inspection. A planned follow-up in a paragraph opening
    with the next step (:data:`_NEXT_STEP_OPENS`: 下一步，镇人大将持续跟踪督查，督促…) follows the work told before it in the text,
    whatever paragraph told it (genre README round 42 ruling 9, dev aq45). Sources: a first-time analyst's round
    29 (such a follow-up concerned no law) and round 30 (…开展了执法检查，今年继续开展跟踪监督 followed nothing)."""
    text = ctx.doc.text
    for index, act in enumerate(activities):
        if act.laws or not act.follow_up:
            continue
        first = text.rfind("\n", 0, act.start) + 1
        next_step = act.status == "planned" and bool(_NEXT_STEP_OPENS.match(text, first))
        if next_step:  # the next step a news item closes with (下一步，镇人大将持续跟踪督查，督促镇政府…): of the work told
            first = 0  # before it, whom it urges (the organ overseen) named or not
        told = [a for a in activities if first <= a.start and a.end <= act.start]
        if _OF_AN_INSPECTION.search(normalised(act.evidence)):
            before = [a for a in told if inspects_laws(a) and a.laws]
        elif told and (next_step or not act.overseen) and not _OWN_OBJECT.search(normalised(act.evidence)):
            before = [nearest] if inspects_laws(nearest := max(told, key=lambda a: a.end)) and nearest.laws else []
        else:
            continue
        if before:
            laws = list(max(before, key=lambda a: a.end).laws)
            # a subject that only names the follow-up (“回头看”) gives way to the laws' topics
            own = act.subject if act.subject and not FOLLOW_UP.fullmatch(act.subject.strip("“”\"")) else ""
            subject = own or subject_of(act.type, act.evidence, laws)
            activities[index] = replace(act, laws=laws, subject=subject,
                                        issues=act.issues or issues_of(subject, normalised(act.evidence), act.type))
    return activities


def _tied_laws_carried(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` carrying every law a clause ties to an inspection (``ctx.law_ties``), so a law is never inspected
    in the Facts without the activity that inspects it (:func:`inspects_laws`, the rule the graph counts by).

    The tie's clause gives its laws to the inspection that spans it, or to one of the report carrying a law of the same
    topic (:func:`subjects.law_topic`: 河道管理条例执法检查组 heading 《江苏省河道管理条例》's inspection); a report on how
    an inspection's report was handled (:data:`_HANDLING_REPORTED`) to the review of that report, then a follow-up; what
    is still to be done in an inspection told before (:func:`_restated`) to that inspection. Any other clause states
    work of its own (:func:`_tied_work`). Source: the orphan inspected laws of readable dev, round 25 (aa05, h05, k05,
    q03, q11, z11)."""
    carried = {law for act in activities if inspects_laws(act) for law in act.laws}
    ties: dict[tuple[int, int], list[str]] = {}
    for hit, tie in zip(ctx.law_hits, ctx.law_ties):
        if tie is not None and hit.canonical not in carried and hit.canonical not in ties.get((tie.start, tie.end), []):
            ties.setdefault((tie.start, tie.end), []).append(hit.canonical)
    read: dict[int, tuple[Activity, set[str] | None]] = {}

    def inspected_topics(index: int) -> set[str] | None:
        """The topics of the laws of ``activities[index]`` if it inspects them, else None: read once per activity
        (a report's ties each asked it of every activity, quadratic in a long report), again once it is replaced."""
        act = activities[index]
        known = read.get(index)
        if known is None or known[0] is not act:
            known = read[index] = (act, {law_topic(law) for law in act.laws} if inspects_laws(act) else None)
        return known[1]

    # the indices of the activities that inspect laws, in order: only they can hold a tie's laws (a report's ties each
    # read every activity, quadratic in a long report); kept as activities are replaced and added
    inspecting = [i for i in range(len(activities)) if inspected_topics(i) is not None]
    # every activity by where it lies, for the work a tie tells (its start, end, kind and status, which a
    # replacement keeps)
    placed = Placed([(act.start, act.end, act) for act in activities])

    def reread(index: int) -> None:
        """``inspecting`` again for ``activities[index]``, replaced or new."""
        at = bisect_left(inspecting, index)
        listed = at < len(inspecting) and inspecting[at] == index
        if inspected_topics(index) is None:
            del inspecting[at : at + listed]
        elif not listed:
            inspecting.insert(at, index)

    for (begin, stop), laws in ties.items():
        laws = [law for law in laws if law not in carried]
        start, end, _ = ctx.span(begin, stop)
        topics = {law_topic(law) for law in laws}
        holding = [i for i in inspecting if (act := activities[i]).start < end and start < act.end
                   or topics & inspected_topics(i)]
        carried.update(laws)
        if not laws:
            continue
        clause = ctx.clause_at(begin)
        if not holding and clause and _HANDLING_REPORTED.search(clause.text):  # the review of the handling report
            holding = [i for i, act in enumerate(activities)
                       if act.type == "report_review" and act.start < end and start < act.end]
        if not holding and clause and _restated(clause.text):  # the inspection told before
            holding = [i for i in inspecting if activities[i].start < start][-1:]
        if holding:
            act = activities[holding[0]]
            activities[holding[0]] = replace(act, laws=act.laws + laws, follow_up=act.follow_up or not inspects_laws(act))
            reread(holding[0])
            continue
        added = len(activities)
        activities += _tied_work(ctx, Span(begin, stop, ctx.text[begin:stop]), placed, laws)
        for index in range(added, len(activities)):
            reread(index)
            placed.add(activities[index].start, activities[index].end, activities[index])
    return activities


def _restated(clause: str) -> bool:
    """Whether ``clause`` tells what is still to be done in an inspection told before, in words the text states no
    work by (``not-activities.csv``: 执法检查组将对本次《X法》执法检查情况…汇总后形成报告): a step of that inspection."""
    return _SKIP_CLAUSE(clause) and bool(plans.intention(clause))


# A report's title, or its opening (…执法检查组关于检查工会法实施情, cut by the excerpt's end): 关于….
_REPORT_TITLE = re.compile(r"关于")
# A title in 《》, its inner 〈〉 titles included: its words name, they state no work.
_TITLE = re.compile(r"《[^《》]*》")


def _tied_work(ctx: Context, tie: Span, activities: Placed[Activity], laws: list[str]) -> list[Activity]:
    """The activities the clause ``tie`` states of ``laws`` it ties to an inspection, none of ``activities`` (the report's
    so far, by where they lie) carrying them (:func:`_tied_laws_carried`), typed as a complete title of its kind is: a report on how an inspection's report
    and opinions were handled is a follow-up review; an inspection's report, though its title is cut by the excerpt's
    or its clause's end (…执法检查组关于检查工会法实施情), is the inspection, reported (:func:`_inspections_reported`),
    and its review unless one is told; else the clause is the inspection (结合审议X法执法检查报告开展专题询问, 今年开展
    X法执法检查), also where other work spans it (a questionnaire told as part of the inspection: 开展的《刑事诉讼法》
    …问卷调查活动…这项执法检查工作今天还将继续, dev q23) or it tells a step still to come (:func:`_restated`, reported: the
    inspection is under way), since the tie says an inspection of them exists and no activity tells it (before round 26
    such a law lost its flag, the blind sets' inspected-law drop); not where the work spanning it is on a title that
    names an inspection, its clause stating none outside the title (a visit to how 《关于加强执法检查工作的决定》 is carried
    out): its law is then not inspected. A review takes the status of the report its paragraph hears
    nearest it (an agenda's items); work within a plan or a year's tasks is planned."""
    start, end, evidence = ctx.span(tie.start, tie.end)
    clause = ctx.clause_at(tie.start) or tie
    text = ctx.doc.text  # its paragraph [first, last), found once (not a slice per report): none if it spans a line
    first, last = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    last = -1 if "\n" in text[start:end] else len(text) if last < 0 else last
    # the reports its paragraph hears
    told = sorted((abs(act.start - start), act.status) for act in activities.touching(first, last)
                  if act.type in _HEARD_KINDS and first <= min(act.end, start) and max(act.start, end) <= last)
    in_plan = ctx.plans.holds(tie.start) or ctx.year_tasks.holds(tie.start)  # a plan's or a year's tasks
    planned = in_plan or bool(plans.intention(tie.text)) or bool(_PLAN_OF_WORK.search(tie.text))  # …执法检查方案的汇报
    heard = "planned" if planned or (told and told[0][1] == "planned") else "reported"
    cut = tie.text + ("" if tie.text.endswith("报告") else "报告" if tie.text.endswith("的") else "的报告")
    around = activities.touching(start, end)
    spanned = any(act.start < end and start < act.end for act in around)  # by other work
    reviewed = any(act.type == "report_review" and act.start < end and start < act.end for act in around)
    if _HANDLING_REPORTED.search(clause.text):
        kinds = [("report_review", heard, True)]
    elif _REPORT_TITLE.search(tie.text) and object_kinds.names_inspection_report(
            cut if tie.end in (clause.end, len(ctx.text.rstrip())) and not spanned else tie.text):
        inspected = "planned" if in_plan else "reported"
        kinds = [("law_enforcement_inspection", inspected, False)] + ([] if reviewed else [("report_review", heard, False)])
    elif (not spanned or is_inspection_context(_TITLE.sub("《》", clause.text))) and not inspection_studied(clause.text):
        # the inspection its clause ties the laws to, though other work spans it or a step of it is still to come
        ongoing = _restated(clause.text)  # 将对本次…执法检查情况…汇总: the inspection is under way, its step to come
        kinds = [("law_enforcement_inspection", "planned" if planned and not ongoing else "reported", False)]
    else:  # other work on a title naming an inspection (对《关于加强执法检查工作的决定》执行情况开展视察): none
        kinds = []
    held = _sentence_of([sentence.start for sentence in ctx.sentences], tie)  # its year as its sentence's (去年听取的…报告)
    return [Activity(type=kind, evidence=evidence, start=start, end=end, laws=list(laws),
                     subject=subject_of(kind, tie.text, laws), status=status, follow_up=follow_up,
                     conducted_by=conductors.conductor(ctx, tie, status == "planned"),
                     year=(year := _year_of(ctx, tie, held, status == "planned", dating.year_window(ctx.metadata))),
                     years=None if year else ctx.look_back(start))
            for kind, status, follow_up in kinds]


# Those questioned answering (副市长…和14个部门负责人到会回答询问, 18位部门负责人现场回答, …负责人应询, 市教育局、市住建局等
# 12个职能部门主要负责人…开诚布公地回答每个问题, 局长一一解答; not the format named: 政府部门“一把手”口头“解答”).
_ANSWERING = re.compile(r"(?:到会|现场|当场|认真|逐一|一一)?(?:回答|答复)(?:[^，,。；]{0,4}(?:询问|问题)|了|。|，|$)|应询|答询|作答|(?<!口头)(?<!口头“)“?解答|接受(?:专题)?询问")
# Heads of units present at the inquiry, named before their count (前来应询的是市政务和大数据局等13名相关单位负责人,
# 市教育局、市住建局等部门主要负责人到会): those it questions.
_HEADS = re.compile(rf"等\s*(?:{COUNT}[名个位])?(?:相关|有关)?(?:单位|部门)?(?:主要)?(?:负责人|负责同志)")
# A question put to those questioned, named after it (请问旅管委、县文体旅游广电局针对…采取了哪些措施, 向市食品药品监管局、
# 经信委等部门负责人提问).
_ASKING = re.compile(r"请问[^？?。！!]{2,60}|向[^，,。；;？?！!]{2,60}?(?:提问|发问|问询|询问)")
#: How many sentences from an inquiry's own its answerers may be named in: news of an inquiry tells its opening, its
#: format and then who answered (dev g12: the fourth sentence; a new user's report, round 18).
_ANSWER_SENTENCES = 4
#: A sentence resuming the inquiry told before it (专题询问会上，…向市食品药品监管局…等部门负责人提问, dev p13: a paragraph
#: of remarks between), read for its answerers within this many sentences of the inquiry's own.
_RESUMING = re.compile(r"(?:专题)?询问(?:会|会议)?(?:上|中|现场|期间)")
_RESUMED_SENTENCES = 12


def _plenary_hearer(ctx: Context, kind: str, span: Span) -> str | None:
    """The congress that hears a plenary work report (政府工作报告, 法院工作报告, 常委会工作报告: round 6's ruling), its
    publisher being whoever tells it (栗战书向十四届全国人大一次会议作《全国人民代表大会常务委员会工作报告》 in the
    standing committee's own report is the NPC's review, not the committee's); None for another review, or when the
    congress is the report's organ (its publisher conducts what it reports)."""
    if kind != "report_review" or work_reports.plenary_body(span.text) is None:
        return None
    congress = organs.own_area("assembly", ctx.jurisdiction)
    return congress if congress != ctx.metadata.get("organ") else None


def _looked_back(status: str, years: str | None) -> str:
    """``status``, unless the sentence looks back over ``years`` (五年来，常委会共开展执法检查21次): work of the past told as
    done, reported even under a plan's heading (a first-time analyst, round 31, class 7: planned work in past years)."""
    return "reported" if years else status


def _own_words(evidence: str, subject: str | None) -> str:
    """The words of ``evidence`` that are one activity's own: for one of several subjects a title shares
    (关于国土空间总体规划、营商环境工作审议意见整改落实情况: two reviews on one evidence), from its subject to the next
    、; else the whole evidence. A follow-up is the item's, not its list's."""
    at = evidence.find(subject) if subject else -1
    if at < 0:
        return evidence
    end = evidence.find("、", at + len(subject))
    return evidence[at : end if end >= 0 else len(evidence)]


def _year_of(ctx: Context, span: Span, held: int, planned: bool, window: range) -> int | None:
    """The year of the activity whose words are ``span`` in sentence ``held``: the year its work is put off to (推迟至
    2021年, ``planned`` work only), else the one its own words, its clause's or sentence's opening date it by, a year
    relative to the report's counted as :func:`dating.relative` reads it, else a planned agenda's or plan's opening
    year; None for the report's."""
    opening = ctx.sentences[held].text
    plan = dating.coming_year(ctx.metadata, ctx.plan_year_at(span.start)) if planned else None  # what 今年 names
    return ((dating.postponed_year(opening, ctx.metadata) if planned else None) or _year_in(span.text, window, ctx.metadata, plan)
            or _clause_year(ctx, span.start, plan) or dating.stated_year(opening, window)
            or dating.relative_year(opening, ctx.metadata, plan)
            or (_agenda_year(ctx, held, window) or _plan_year(ctx, held, window, plan) if planned else None))


def _agenda_year(ctx: Context, sentence: int, window: range) -> int | None:
    """The year of a coming meeting's agenda item: the date the meeting is given (:func:`dating.meeting_year`) in its
    sentence, in the ；-parts of the agenda before it, or in the sentence before the agenda (…会议将于2018年1月5日召开。
    建议会议的主要议程有：听取…；听取…；…), no further back than one full stop."""
    for index in range(sentence, -1, -1):
        told = ctx.sentences[index]
        if (year := dating.meeting_year(told.text, window)) is not None:
            return year
        if index < sentence and ctx.text[told.end : told.end + 1] not in "；;":
            return None  # a full stop before the agenda: nothing further back dates it
    return None


def _plan_year(ctx: Context, sentence: int, window: range, plan: int | None) -> int | None:
    """The year a plan told over several sentences opens with (2023年，常委会拟审议…法规草案。在监督方面，拟对…开展执法检查):
    the year (stated or 明年, 新的一年 …) opening the nearest sentence before ``sentence``, in its paragraph, of a run of
    sentences each stating an intention (:func:`plans.intention`) or an item of a list of the year's work
    (:attr:`Context.year_tasks`), ``plan`` what its 今年 names (:func:`dating.relative`); None when the run names none. Source: a fresh
    user's (round 19: a five-year report's plan for 2023 dated 2018–2022)."""
    for index in range(sentence - 1, -1, -1):
        told = ctx.sentences[index]
        planned = plans.intention(told.text) or ctx.year_tasks.holds(told.start)
        if "\n" in ctx.text[told.end : ctx.sentences[index + 1].start] or not planned:
            return None
        if (year := dating.stated_year(told.text, window) or dating.relative_year(told.text, ctx.metadata, plan)) is not None:
            return year
    return None


def _sentence_of(sentence_starts: list[int], span: Span) -> int:
    """The index of the sentence ``span`` starts in (``sentence_starts``: :attr:`Context.sentences`' starts)."""
    return max(0, bisect_left(sentence_starts, span.start + 1) - 1)


def _without_makers_heard_beside(ctx: Context, index: int, overseen: list[str], heard_starts: list[tuple[int, int]]
                                 ) -> list[str]:
    """``overseen`` of the inquiry or rating ``ctx.activity_hits[index]`` less the makers of the reports another activity
    heard in the next 、-item of its evidence, the inquiry or rating named before it (首次召开专题询问会、听取区监委专项工作
    情况报告并任命…: 区监委 reported; the inquiry was of the government, a later sentence says). A report heard and then
    inquired on or rated (听取…的报告并开展专题询问, …的报告并进行了满意度测评) is the inquiry's own: its maker stays. Source:
    a first-time analyst's round 38 (newuser22 §3: the inquiry's overseen organ taken from another report of the sitting).
    ``heard_starts``: ``(start, index)`` of every hit of :data:`_HEARD_KINDS`, sorted, so that only those starting inside
    the inquiry's span are read (each inquiry read every hit, quadratic in a long report)."""
    hit = ctx.activity_hits[index]
    span, trigger = hit.span, TRIGGERS[hit.type]
    inside = heard_starts[bisect_left(heard_starts, (span.start, -1)) : bisect_left(heard_starts, (span.end + 1, -1))]
    heard = {organ for _, i in inside if i != index and (other := ctx.activity_hits[i]).span.end <= span.end
             and ctx.text[span.start : other.span.start].rstrip().endswith("、")
             and trigger.search(ctx.text, span.start, other.span.start)
             for organ in organs.roles(ctx, other.span)[0]}
    return [organ for organ in overseen if organ not in heard]


def _answerers(ctx: Context, span: Span, sentence_starts: list[int]) -> list[str]:
    """The organs a special inquiry questioned, when its own words name none: those named before the
    answering verb (到会回答询问, 现场回答, 应询) or their heads' count (:data:`_HEADS`: 等13名相关单位负责人), or after the
    asking one (请问旅管委…, 向…提问) of its sentence or one of the next three, or a later one resuming the inquiry
    (:data:`_RESUMING`), as the genre's news
    of an inquiry tells who answered (市政府副市长及14个市政府有关部门负责人到会回答询问)."""
    first = _sentence_of(sentence_starts, span)
    for offset, sentence in enumerate(ctx.sentences[first : first + _RESUMED_SENTENCES]):
        if offset >= _ANSWER_SENTENCES and not _RESUMING.match(sentence.text.lstrip()):
            continue
        before = [m for m in (_ANSWERING.search(sentence.text), _HEADS.search(sentence.text)) if m]
        asking = _ASKING.search(sentence.text)
        named = [Span(sentence.start, sentence.start + m.start(), "") for m in before] + (
            [Span(sentence.start + asking.start(), sentence.start + asking.end(), "")] if asking else [])
        asked = [organ for words in named for organ in organs.roles(ctx, words)[0]]
        if asked:
            return list(dict.fromkeys(asked))
    return []


# The organ a plenary work report named by its kind alone is of (审议政府工作报告, 听取法院工作报告).
_PLENARY_MAKERS = {"政府": "government", "法院": "court", "检察院": "procuratorate"}
# The congress's own body's work report (常委会工作报告, 人大工作报告: work_reports' one name for it): above the townships
# that of the standing committee, which answers to the congress and reports its work to it (Constitution, Articles 69
# and 103); a township's presidium is the congress's own, no body it oversees.
_OWN_COMMITTEE_REPORT = "人大"
_STANDING = "常务委员会"


def _plenary_maker(ctx: Context, span: Span) -> list[str]:
    """The organ whose plenary work report a review hears when its words name the report by the organ's kind
    alone (审议政府工作报告 at the national congress: 国务院; 听取法院工作报告 in a county: its court; 常委会工作报告:
    the standing committee, :data:`_OWN_COMMITTEE_REPORT`): the report's own area's, as a congress hears its own
    area's government, courts and standing committee (Constitution, Articles 62, 69, 101, 103); none when the area
    is unnamed or the report's organ unknown (a new user's report, round 18: the congress's own standing committee
    was never overseen)."""
    return _maker_of_body(ctx, work_reports.plenary_body(span.text) or "")


def _maker_of_body(ctx: Context, body: str) -> list[str]:
    """The organ of the report's own area whose plenary work report is ``body``'s (政府, 法院, 检察院, 人大: its standing
    committee; :func:`_plenary_maker`), [] for none."""
    if body == _OWN_COMMITTEE_REPORT and ctx.jurisdiction.level not in (None, "township"):
        congress = organs.own_area("assembly", ctx.jurisdiction) if ctx.metadata.get("organ") else None
        return [congress + "常务委员会"] if congress else []
    kind = _PLENARY_MAKERS.get(body)
    maker = organs.own_area(kind, ctx.jurisdiction) if kind and ctx.metadata.get("organ") else None
    return [maker] if maker else []


# A rating told as the next step of a hearing: its own words open with 并 (…的报告，并进行满意度测评) or come after 后
# (听取…报告后，对…开展了满意度测评); not a total listed beside the reports counted (审议专项工作报告20项，开展…满意度测评各1次).
_NEXT_STEP = re.compile(r"并且?|随后|然后|会后")
_AFTER = re.compile(r"后[，,]?\s*$")


def _rates_what_was_heard(text: str, span: Span) -> bool:
    """Whether the rating at ``span`` rates the maker of the report its sentence heard before it (a fresh user's round
    21: g22's six ratings after reports heard overseen no one)."""
    return bool(_NEXT_STEP.match(span.text) or _AFTER.search(text, max(0, span.start - 3), span.start))


# A rating or an inquiry on the report last heard, named again by a demonstrative (常委会组成人员对该报告进行了满意度测评,
# 结合审议该报告开展专题询问): its maker and subject are that report's (a first-time analyst, round 28: rated no one,
# subject 该报告开展专题询问). 上述/以上报告 may point at several reports and is left to the sentence's own words.
_NAMED_AGAIN = re.compile(r"(?:该|此|这[个一]?)(?:项|份)?(?:工作)?报告")
_OF_A_REPORT = frozenset({"satisfaction_evaluation", "special_inquiry"})
# Several reports named together by their count or a plural demonstrative (对两个报告开展满意度测评, 对上述三项报告进行测评,
# 结合审议以上报告开展专题询问): group ``count`` their number, when written.
_SEVERAL_REPORTS = re.compile(rf"(?:上述|以上|前述|这)?(?P<count>\d+|[{COUNT_NUMERAL_CHARS}]+)[个项份](?:专项)?(?:工作)?报告"
                              r"|(?:上述|以上|前述|这些)(?:专项)?(?:工作)?报告")


def _makers_of_several(words: str, reports: list[list[str]]) -> list[str]:
    """The organs a rating or an inquiry on several reports named together (:data:`_SEVERAL_REPORTS` in ``words``)
    oversees: the makers of the reports its sentence heard before it, or else the sentence before (``reports``, each
    report's makers in text order), the last as many as its count when it gives one. A first-time analyst (round 18)
    found 听取审议了省高级人民法院关于…的报告，听取审议了省人民检察院关于…的报告，并首次对两个报告开展满意度测评 rating
    only the procuratorate: a rating or review of several reports oversees every reporting organ."""
    found = _SEVERAL_REPORTS.search(words)
    count = to_number(found.group("count")) if found and found.group("count") else None
    chosen = reports[-int(count):] if isinstance(count, int) and count > 0 else reports
    return list(dict.fromkeys(organ for makers in chosen for organ in makers))


# The class of a work appraisal (对市公安局、市交通运输局开展工作评议，并进行满意度测评): the rating after it rates the
# units appraised, as one after a hearing rates the report's maker.
_APPRAISAL = "WorkAppraisal"
# Reports heard or examined: their makers are the organs overseen.
_HEARD_KINDS = frozenset({"report_review", "budget_review", "audit_oversight", "filing_review"})
# What may stand between two titles of one list (，《B》、《C》和《D》).
_LIST_GAP = re.compile(r"[\s、，,；;和及与與以]*")  # in the original text: 與 too


def _heard(kind: str, words: str) -> bool:
    """Whether an activity of ``kind`` whose evidence reads ``words`` (normalised) is a report heard: of a hearing's
    kind, or a report typed by what it is (a visit's or an inspection's report, …视察报告审议意见落实情况的报告)."""
    return kind in _HEARD_KINDS or words.endswith(("报告", "汇报"))


# A congress body named as a report's maker (市人大法委关于…, 市人大常委会执法检查组的…报告, 财经(工)委的调研报告,
# 代表与选任工委督办工作情况的报告): the report is the congress's own, and oversees no government the list named before.
_CONGRESS_MAKER = re.compile(r"人大|工委|专委|委员会|(?<![托员])委(?![托员])|[查研察]组")
_MAKER_END = re.compile(r"关于|《|的")
# Where a report's title starts, past its maker and whoever presented it (…主任委员某某作的省人大常委会执法检查组关于…).
_TITLE_START = re.compile(r"关于|《")
# The group a standing committee forms for an inspection, named as a report's maker.
_GROUP = "执法检查组"


# The kinds a report heard stands for the work of (an inspection report, a research report, a visit's report); its
# review is the hearer's.
_WORK_REPORTED = ("law_enforcement_inspection", "investigation", "site_visit")


def _made_by_congress_bodies(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """The work a report heard tells (its inspection, research or visit) is conducted by the congress body its words
    name as the report's maker (听取了市人大民宗侨外工委关于检查《X条例》实施情况的报告, 农业农村工委关于…的调研报告), a
    committee or working body of the report's own organ, not by the organ hearing it, which reviews the report; a
    standing committee's inspection group named as the maker (省人大常委会执法检查组关于检查…的报告) makes it that
    committee's, whoever presented it (a committee's chair), or, another committee's, that group's, as a visiting
    group's is (:func:`organs.roles`), whoever published the news (委员长会议).
    Source: new users' organ networks (round 17: working bodies conducted only the reports they published; round 19:
    an inspection credited to the chair presenting the group's report, or to the council publishing it)."""
    own = ctx.metadata.get("organ") or ""
    congress = own.removesuffix("常务委员会")
    for index, act in enumerate(activities):
        if act.type not in _WORK_REPORTED:
            continue
        view_start = ctx.view.index(act.start)
        words = ctx.text[view_start : view_start + len(act.evidence)]
        title = _TITLE_START.search(words)
        maker_end = view_start + len(_maker_words(words))  # the maker's words end at its 的, at or before the title
        title_start = view_start + title.start() if title else maker_end
        before_title = [hit for hit in ctx.organ_hits[bisect_left(ctx.organ_starts, view_start) :
                                                      bisect_left(ctx.organ_starts, title_start)] if hit.is_organ]
        group = next((hit.canonical for hit in before_title if title
                      and hit.canonical.endswith(_GROUP) and hit.canonical.removesuffix(_GROUP).endswith("常务委员会")), None)
        if group:  # the standing committee's inspection group made it, whoever presented it (委员会主任委员…作的…执法检查组关于…)
            activities[index] = replace(act, conducted_by=None if group.removesuffix(_GROUP) == own else act.conducted_by or group)
            continue
        if act.conducted_by or not congress.endswith("人民代表大会"):
            continue
        bodies = [hit.canonical for hit in before_title if hit.start < maker_end
                  and hit.canonical.startswith(congress) and hit.canonical not in (own, congress)
                  and hit.canonical.endswith("委员会")  # a standing body, not a group formed for the work (检查组)
                  # nor, for an inspection (the standing committee's: Supervision Law, chapter 4), the body of the
                  # officer who presented its report (…监察和司法委员会副主任委员某某所作的…): a research report a committee's
                  # chair presents is the committee's own study
                  and not (act.type == "law_enforcement_inspection" and leaders.officer_after(ctx.text, hit.end))]
        if len(bodies) == 1 and act.type == "law_enforcement_inspection" and _own_inspection_told(ctx, own, act.laws):
            # the report's organ is told elsewhere doing that inspection (…委关于对食品安全法执法检查情况的报告 … 市人大常委会
            # 经过3个月的食品安全法执法检查): the committee made the report of its standing committee's inspection and
            # organised it (Supervision Law, chapter 4); newuser31 A1
            activities[index] = replace(act, assisted_by=list(dict.fromkeys([bodies[0], *act.assisted_by])))
        elif len(bodies) == 1:
            activities[index] = replace(act, conducted_by=bodies[0])
    return activities


#: An inspection told after the body doing it, in one clause (市人大常委会经过3个月的食品安全法执法检查).
_INSPECTION_AFTER = re.compile(r"[^，,。；;\n]{0,30}?执法检查")


def _own_inspection_told(ctx: Context, own: str, laws: list[str]) -> bool:
    """Whether the text names the report's organ ``own`` (a mention of it alone, not of one of its bodies) as the subject
    of an inspection of one of ``laws``, the law named between them in one clause (:data:`_INSPECTION_AFTER`)."""
    starts = set(ctx.organ_starts)
    for hit in ctx.organ_hits:
        if hit.canonical != own or hit.end in starts:
            continue
        told = _INSPECTION_AFTER.match(ctx.text, hit.end)
        between = ctx.law_hits[bisect_left(ctx.law_starts, hit.end) : bisect_left(ctx.law_starts, told.end())] if told else []
        if any(law.canonical in laws for law in between):
            return True
    return False


def _maker_words(words: str) -> str:
    """The words of a listed report before its title (关于…, 《…》) or its 的: where it names its maker."""
    found = _MAKER_END.search(words)
    return words[: found.start()] if found else ""


def _makers_carried_down_lists(text: str, activities: list[Activity]) -> list[Activity]:
    """Organs overseen that the text names once for several activities, carried to those that name none: the
    kinds of one report (an inspection report heard is an inspection and a review, on one evidence) oversee alike;
    a list of reports after one maker (听取和审议了县人民政府《A》，《B》和《C》; 县人民政府关于A的报告、关于B的报告)
    oversees that maker in every item that is a bare title (《…》, or 关于… without marks) right after the previous
    item (nothing but separators between), unless the item is a body's plenary work report (《…人大主席团工作报告》),
    whose maker its own words name, or names a congress body as its maker (:data:`_CONGRESS_MAKER`); a special
    inquiry held on a report heard in the same sentence (结合听取和审议市人民政府关于…的报告，就…开展专题询问)
    questions that report's maker (the 监督法's inquiries held while a report is reviewed). A list whose ；-parts
    open with their own makers (…；省法院关于…；省检察院关于…；关于…的报告) gives each part its maker: none is carried
    past a ； (a fresh user's round 22: the procuratorate was linked to the report after its part)."""
    read = [normalised(act.evidence) for act in activities]  # each evidence as the rules read it, once
    parts_made = _parts_with_makers(text, activities)
    carried: dict[int, int] = {}  # an item given the makers of the list's head → that head
    for index in range(1, len(activities)):
        act, before = activities[index], activities[index - 1]
        if act.overseen or not before.overseen:
            continue
        if (before.start, before.end) == (act.start, act.end):  # one report's two kinds (an inspection's, heard)
            activities[index] = replace(act, overseen=list(before.overseen))
            continue
        if not _heard(before.type, read[index - 1]) or before.end > act.start:
            continue
        words = read[index]
        # a title, or one without 《》 opening with 关于 or naming a report without its maker (2024年全县生态环境状况…的
        # 报告), or a report joined to the one before by 和/及 (…的综合报告和金融企业国有资产的专项报告: one maker's two
        # reports); a plenary work report (《…人大主席团工作报告》) is its body's own
        joined = bool(object_kinds.JOINED.match(normalised(text[before.end - 2 : act.start]), 2))
        titled = ((words.startswith(("《", "关于")) or words.endswith(("报告", "汇报")) or joined)
                  and work_reports.plenary_body(words) is None and not _CONGRESS_MAKER.search(_maker_words(words)))
        listed = (_heard(act.type, words) and titled and _LIST_GAP.fullmatch(text, before.end, act.start)
                  and not (_PART_END.search(text, before.end, act.start) and _sentence_start(text, act.start) in parts_made))
        asked = (act.type == "special_inquiry" and not _SENTENCE_END.search(text, before.end, act.start)
                 and not _reviews_own_report(activities, index))
        if listed or asked:
            activities[index] = replace(act, overseen=_makers_of(act.type, words, before.overseen))
            if listed:
                carried[index] = carried.get(index - 1, index - 1)
    return _respectively(activities, read, carried)


def _reviews_own_report(activities: list[Activity], index: int) -> bool:
    """Whether the inquiry at ``index`` is held on a report of its own words that no review before it tells (结合审议
    未成年人保护法执法检查报告开展专题询问 after 听取审议省高级人民法院关于…的报告): its occasion is a review of its own,
    on its evidence (round 34's setting rule), so it questions that report's maker, not the one heard before it (a
    first-time analyst, round 18: the court was carried to an inquiry on an inspection report)."""
    act = activities[index]
    return any((other.start, other.end) == (act.start, act.end) and other.type in _HEARD_KINDS
               for other in activities[max(0, index - 2) : index + 3] if other is not act)


def _maker_opening_part(ctx: Context, kind: str, span: Span) -> list[str]:
    """The organs that made a bare title (关于…的报告, 《…》) heard in a ；-part their name opens, whatever item comes
    between (…；省政府关于提请审议…议案的说明，关于2019年全省国有资产管理情况的报告，…: the bill's explanation is no
    activity to carry the maker from; a fresh user's round 22); none when the part opens otherwise."""
    if not span.text.startswith(("关于", "《")):
        return []
    part = start_after(ctx.text, span.start, "；;。\n")
    opening = _MAKER_OPENS.match(ctx.text, part, span.start)
    if opening is None or part == span.start:
        return []
    title = _TITLE_START.search(ctx.text, part, opening.end())
    makers = organs.roles(ctx, Span(part, title.start(), ctx.text[part : title.start()]))[0] if title else []
    return _makers_of(kind, span.text, makers) if makers else []


# Makers listed right before the first of the titles they made (市财政局、市科技局、市住建局等部门关于A、关于B…).
_MAKERS_THEN_TITLE = re.compile(r"(?:、[^、，,；;]{2,20}?)+?(?:等(?:部门|单位|机关))?关于")


def _respectively(activities: list[Activity], read: list[str], carried: dict[int, int]) -> list[Activity]:
    """A list of as many titles as the makers listed before the first (市财政局、市科技局、市住建局等部门关于A、关于B、关于C的
    报告): each title oversees the maker in its place, not all of them (a fresh user's round 22: all three bureaux were
    linked to each budget item). ``carried`` maps each item given its head's makers to that head."""
    heads: dict[int, list[int]] = {}
    for index, head in carried.items():
        heads.setdefault(head, []).append(index)
    for head, items in heads.items():
        makers = activities[head].overseen
        if len(makers) != len(items) + 1 or not _MAKERS_THEN_TITLE.search(read[head]):
            continue
        for maker, index in zip(makers, [head, *sorted(items)]):
            activities[index] = replace(activities[index], overseen=[maker])
    return activities


_PART_END = re.compile(r"[；;]")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts (past the last 。, ！, ？ or line break before it)."""
    return start_after(text, at, "。！？\n")


# A ；-part opening with its maker's name, then the title (省法院关于…, 县人民政府《…》), no hearing verb before it.
_MAKER_OPENS = re.compile(r"(?!听取|审议|审查|批准|并|会议)[^，,、；;《]{2,20}?(?:关于|《)")


def _parts_with_makers(text: str, activities: list[Activity]) -> set[int]:
    """The starts of the sentences in which an activity whose maker opens its words (:data:`_MAKER_OPENS`) opens a
    ；-part (…；省法院关于…的报告)."""
    return {_sentence_start(text, act.start) for act in activities
            if act.overseen and _PART_END.fullmatch(text[: act.start].rstrip()[-1:] or "x")
            and _MAKER_OPENS.match(normalised(act.evidence))}


# Bodies that make no plan, budget, final accounts or audit report: a court, a procuratorate, a supervisory commission,
# a congress or its standing committee (the government proposes the plan and budget and its audit office audits:
# 预算法 Articles 24, 89; 审计法 Article 4).
_NO_BUDGET_MAKER = re.compile(r"(?:法院|检察院|监察委员会|人民代表大会|常务委员会)$")
# An item's words naming a plan, budget, final accounts or audit report (计划报告, 财政预算报告).
_BUDGET_WORDS = re.compile(r"计划|预算|决算|审计")


# The verb of a review before its title, after which its words name what was reviewed and its maker (a subject before
# it reviews).
_REVIEWING = re.compile(r"审查|审议|听取|批准|讨论|通过")
# A committee's report on its review of the budget (…预算草案的审查结果报告): the congress's own.
_REVIEW_RESULT = "审查结果"


def _budgets_of_the_government(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """A review of a budget or final accounts whose words name no maker (常委会审查批准了2022年省级决算, 财政经济委员会对预算
    报告和预算草案进行了审查) oversees the government of the report's own area, which drafts its budget and final accounts
    and reports them (预算法 Articles 23–24: 国务院, every local government down to the township's); not one whose words
    name a congress body as the maker of what is heard, after the review's verb (听取市人大财经委关于…的报告:
    :data:`_CONGRESS_MAKER`), a committee's review result (:data:`_REVIEW_RESULT`), or another area (…各市预算). A
    first-time analyst (round 18) found a city's budget review overseeing no one, so 上饶市人民政府 never overseen."""
    government = organs.own_area("government", ctx.jurisdiction) if ctx.metadata.get("organ") else None
    if government is None:
        return activities
    own = ctx.jurisdiction.names
    for index, act in enumerate(activities):
        if act.type != "budget_review" or act.overseen:
            continue
        words = normalised(act.evidence)
        title = _TITLE_START.search(words)
        verb = _REVIEWING.search(words, 0, title.start() if title else len(words))
        heard = words[verb.end():] if verb else words
        maker = heard[: heard.find("关于")] if "关于" in heard else _maker_words(heard)
        others = [name for _, _, name in areas.names_in(words)
                  if not any(area.startswith(name) or name.startswith(area) for area in own)]
        if not (_CONGRESS_MAKER.search(maker) or _REVIEW_RESULT in words or others):
            activities[index] = replace(act, overseen=[government])
    return activities


def _makers_of(kind: str, words: str, makers: list[str]) -> list[str]:
    """The ``makers`` a carried item of ``kind`` (its ``words`` as the rules read them) oversees: all of them, but a plan,
    budget or audit item only the government's side (审议县人大常委会和“一府两院”工作报告、计划报告、财政预算报告: the
    court was linked to the plan and the budget; a fresh user's round 21)."""
    if kind in ("budget_review", "audit_oversight") or _BUDGET_WORDS.search(words):
        return [maker for maker in makers if not _NO_BUDGET_MAKER.search(maker)]
    return list(makers)


# A headline naming an inspection (麻章区人大常委会关于开展《中华人民共和国安全生产法》执法检查工作).
_HEADLINE_INSPECTS = re.compile(r"执法检查|检查[^，,。；]{0,40}实施情况")


def _laws_of_the_headline(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """A news item whose headline names the laws of its inspection (…关于开展《X法》执法检查工作) tells that inspection
    in its body, where the words may name no law (…分别带领执法检查组到麻章镇、太平镇开展执法检查): an inspection of
    the body naming no law, no topic and no count concerns the headline's laws. The headline states nothing itself
    (a heading is no statement)."""
    if not any(_lawless_inspection(a) for a in activities):
        return activities
    end = _headlines_end(ctx.text)
    headline = ctx.text[:end]
    laws = list(dict.fromkeys(h.canonical for h in ctx.law_hits if h.end <= end))
    if not laws or "。" in headline or not _HEADLINE_INSPECTS.search(headline):
        return activities  # (a text opening with a sentence has no headline: _headlines_end gives its first line)
    first_body = ctx.span(end, end)[0]
    return [replace(a, laws=laws) if _lawless_inspection(a) and a.count is None and a.start >= first_body else a
            for a in activities]


# Words that make a check one of laws even when it names none (执法检查; 检查…实施情况, 贯彻执行情况; a law's or a
# regulation's name left bare: 法律法规, 条例).
_OF_LAWS = re.compile(r"执法|法律|法规|条例|[^方办]法[》〉”]?(?:的)?(?:贯彻|实施|执行)|(?:实施|执行|施行)情况")


def _programmes_checked(activities: list[Activity]) -> list[Activity]:
    """``activities`` with a check that names no law and no law's implementation (带领检查组，对我市养老服务体系建设情况
    进行检查: a programme's progress checked) an ``other``: an inspection names the law it inspects (round 23 part c 4,
    dev z51); counted inspections (开展执法检查4项) and those of 执法检查 or of a law's implementation stay."""
    return [replace(act, type="other") if (_lawless_inspection(act) and act.count is None
                                          and not _OF_LAWS.search(normalised(act.evidence))) else act
            for act in activities]


def _lawless_inspection(act: Activity) -> bool:
    return act.type == "law_enforcement_inspection" and not act.laws


# What a counted inspection's next clause lists (开展了5项执法检查，涉及到种子法、安全生产法等; …，包括…; …，分别是…).
_LISTED_AFTER = re.compile(r"\s*[，,：:]\s*(?:涉及到?|包括|分别(?:是|为)|即)")
_LISTED_REACH = 12  # characters after the inspection read for that clause's opening (a gloss may stand in them)
_SENTENCE_END = re.compile(r"[。；;\n]")


def _laws_listed_after(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """An inspection naming no law whose next clause lists what it covered (在2023年开展了5项执法检查，涉及到种子法、
    安全生产法等多部法律) concerns the laws that clause ties to it, up to the sentence's end. Source: a new user's
    national coverage (round 17: the laws were marked inspected in the Facts, yet no inspection concerned them, so the
    graph listed them as never inspected)."""
    text = ctx.doc.text
    for index, act in enumerate(activities):
        if not (_lawless_inspection(act) and _LISTED_AFTER.match(normalised(text[act.end : act.end + _LISTED_REACH]))):
            continue
        stop = m.start() if (m := _SENTENCE_END.search(text, act.end)) else len(text)
        laws = {hit.canonical for hit, tie in zip(ctx.law_hits, ctx.law_ties)
                if tie is not None and act.end <= ctx.span(hit.start, hit.end)[0] < stop}
        if laws:
            activities[index] = replace(act, laws=sorted(laws))
    return activities


def _laws_by_topic(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """An inspection that names no law but its topic (率食品安全执法检查组…开展食品安全执法检查) concerns the one law of
    that topic the report names elsewhere (贯彻落实好新食品安全法): a topic 执法检查 checks a law, and the report's own
    mention says which; none when several laws of the report have that topic. A topic's 法律法规执法检查 concerns
    every law of the topic the report names (上海: 食品安全法律法规 → 食品安全法 and 上海市食品安全条例), as does a topic
    named with its related laws and no title (对农村土地承包及相关法律法规执行情况进行了检查 … 贯彻执行农村土地承包法;
    newuser31 A2, round 46): the topic's laws' words are :func:`topic_laws.words`'s, the rule :mod:`laws` reads too."""
    if not any(_lawless_inspection(a) for a in activities):
        return activities  # (most reports: the topics of their laws are not read)
    topics: dict[str, set[str]] = {}
    for title in {hit.canonical for hit in ctx.law_hits}:
        if len(topic := law_topic(title)) >= 2:
            topics.setdefault(topic, set()).add(title)
    for index, act in enumerate(activities):
        if not _lawless_inspection(act):
            continue
        words = normalised(act.evidence)
        one = {law for topic, laws in topics.items() if f"{topic}执法检查" in words for law in laws}
        every = {law for topic, laws in topics.items() if topic_laws.follow(words, topic) for law in laws}
        if every or len(one) == 1:
            activities[index] = replace(act, laws=sorted(every or one))
    return activities


# A report on a law's implementation (关于《X条例》实施情况的报告, 关于贯彻实施《X条例》情况报告: dev ab57), whose inspection
# report may follow it.
_IMPLEMENTATION = re.compile(r"(?:实施|执行|贯彻)(?:《[^《》]{2,60}》)?情况")


def _laws_carried_to_inspection_reports(text: str, activities: list[Activity]) -> list[Activity]:
    """An inspection report heard right after a report on a law's implementation, naming no law of its own, is
    of that law (听取和审议了市政府关于《X条例》实施情况的报告，及市人大常委会执法检查组的执法检查报告: the
    government reports on X, the inspection group on its inspection of X); so is the review of that inspection
    report (the same evidence). Only list separators may stand between the two reports (:data:`_LIST_GAP`). An
    inspection report whose title names its own topic (关于省辖淮河流域水污染防治执法检查情况的报告: the extractor reads
    its ``subject``) is of that topic, not of the law before it; one named by its kind (执法检查组的执法检查报告, 关于跟踪
    检查情况的报告) has no subject and is carried (a first-time analyst's A1, round 50: 安全生产法 was inspected by the
    committee that inspected water pollution)."""
    for index in range(1, len(activities)):
        act = activities[index]
        if not _lawless_inspection(act) or act.subject:
            continue
        before = next((activities[i] for i in range(index - 1, -1, -1) if activities[i].end <= act.start), None)
        if before is None:
            continue
        words = normalised(before.evidence)
        if (before.laws and _heard(before.type, words) and _IMPLEMENTATION.search(words)
                and _LIST_GAP.fullmatch(text, before.end, act.start)):
            for twin, other in enumerate(activities):
                if (other.start, other.end) == (act.start, act.end) and not other.laws:
                    activities[twin] = replace(other, laws=list(before.laws))
    return activities


def _one_organ_each(activities: list[Activity]) -> list[Activity]:
    """``activities`` with the reviews one evidence tells once per organ (``work_reports.each_organ``: 县政府、县法院、
    县检察院分别通报了…, officials of several organs making one report) each overseeing its own organ, in the order
    the text names them, when there are as many organs as reviews; else as they are. Source: a new user's organ
    network (round 17: every copy oversaw every organ, multiplying the edges)."""
    out: list[Activity] = []
    for _, told in groupby(activities, key=lambda act: (act.start, act.end, act.type)):
        copies = list(told)
        named = copies[0].overseen
        if (len(copies) > 1 and copies[0].type == "report_review" and len(named) == len(copies)
                and all(act.overseen == named for act in copies)):
            copies = [replace(act, overseen=[organ]) for act, organ in zip(copies, named)]
        out += copies
    return out


#: A government named as the owner of the departments appraised (市人民政府组成部门, 政府工作部门): no body appraised.
_DEPARTMENTS_OF = re.compile(r"政府(?:各|部分|有关|相关)?(?:组成|工作|职能)?部门")
#: A rating of several bodies told as one: through the reports they made (听取和测评了A局、B局工作情况的报告), the work
#: they did (对省公检法司机关…整改情况进行了满意度测评) or with their count (对A、B、C等4个部门进行满意度测评,
#: 对…4单位…开展满意度测评), as the golds give them (dev i15, o26, v13, x25, ae03); a bare list of the bodies rated
#: (对接受应询的A局、B局、C局进行了满意度测评, 对A局、B局等…单位的测评均为“满意”) is one rating per body (dev ae33,
#: ad41: round 29).
_RATED_TOGETHER = re.compile(r"报告|汇报|情况|[\d一二三四五六七八九十两]+\s*(?:个|家)?(?:政府)?(?:组成)?(?:部门|单位|局)")
_BODIES_LISTED = re.compile(r"对[^，,。；]*?(?:局|院|委|办|所|厅|署|中心)、")
#: Bodies appraised told together: a few named and their count after 等 (民政局、农业农村局等3个部门主要负责人的履职评议,
#: 对A、B等11个单位进行集中评议) or the officials counted (对县政府2名副县长、8名工作部门主要负责人…进行了履职评议): one
#: appraisal, as round 33 ruling 6 has a review of bodies counted together one (dev b02, ah41, ai53); every body named
#: with their count (对A、B、C、D、E5个部门进行工作评议) stays one per body (dev ab25, x57).
_APPRAISED_TOGETHER = re.compile(r"等\s*[\d一二三四五六七八九十两]+\s*(?:个|家)?(?:部门|单位)|[\d一二三四五六七八九十两]+\s*名")
#: A report told as made by each of several bodies in turn (7个部门负责同志逐一汇报了…, 分别汇报, 依次报告).
_IN_TURN = re.compile(r"(?:逐一|逐个|依次|分别|各自|先后)(?:就[^，,。；]{2,40}?)?(?:作了?|进行了?)?(?:汇报|报告)")


def _each_body_appraised(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with an appraisal of several bodies (an ``other`` whose words activity-classes.csv reads as a
    ``WorkAppraisal``: 对市教育局、…7个部门负责同志进行了工作评议) and a report their heads made in turn
    (:data:`_IN_TURN`: 7个部门负责同志逐一汇报了整改落实情况) one activity per body it oversees, each overseeing that
    body, in the order named; each appraisal's evidence is where the text names its body nearest the work
    (:func:`_named_at`); bodies appraised told together (:data:`_APPRAISED_TOGETHER`) are one appraisal. One rating of them all (满意度测评) stays one where their reports or their count tell them
    together (:data:`_RATED_TOGETHER`); a rating of a bare list of them is one per body. Source: the golds'
    convention, one activity per body appraised (rounds 20 part b 8, 21 part b 3, 23 part b 5: each appraised head a
    report and an appraisal, one rating per sitting); readable dev x23, x25 and the held set z's sitting appraising 16 departments (round 23's
    note) had one activity for all."""
    out: list[Activity] = []
    told = Counter((act.type, act.start, act.end) for act in activities)
    for act in activities:
        words = normalised(act.evidence)
        if len(act.overseen) < 2 or told[act.type, act.start, act.end] > 1:  # already one per organ (分别汇报 lists)
            out.append(act)
        elif act.type == "other" and activity_class("other", words) == "WorkAppraisal" and not _APPRAISED_TOGETHER.search(words):
            bodies = [organ for organ in act.overseen  # 市人民政府组成部门: the departments appraised, not the government
                      if not (organ.endswith("人民政府") and _DEPARTMENTS_OF.search(words))]
            out += [replace(act, overseen=[organ], **_named_at(ctx, organ, act)) for organ in bodies]
        elif act.type == "report_review" and _IN_TURN.search(words):
            if (bodies := work_reports.bodies_count(words)) is not None:  # 7个部门负责同志逐一汇报: one, counted
                out.append(replace(act, count=act.count or bodies))
            else:
                out += [replace(act, overseen=[organ]) for organ in act.overseen]
        elif (act.type == "satisfaction_evaluation" and _BODIES_LISTED.search(words)
              and not _RATED_TOGETHER.search(words)):
            out += [replace(act, overseen=[organ]) for organ in act.overseen]
        else:
            out.append(act)
    return out


def _named_at(ctx: Context, organ: str, act: Activity) -> dict[str, int | str]:
    """The original ``start``, ``end`` and ``evidence`` of the stretch from the activity's words to the mention of
    ``organ`` (a canonical name) nearest them, when that mention lies in the activity's sentence or the next ones
    :func:`framing.counted` reads a counted list from (:data:`framing.AFTER_SENTENCES`): the words that state the
    appraisal and name its body (…市教育局、市科技局…7个部门负责同志，围绕…进行了工作评议), so the graph still reads the
    kind of work in them; {} when no mention is that near (the activity keeps its words)."""
    at, starts = ctx.view.index(act.start), [sentence.start for sentence in ctx.sentences]
    first = max(0, bisect_right(starts, at) - 1)
    last = min(len(starts), bisect_left(starts, ctx.view.index(act.end)) + framing.AFTER_SENTENCES) - 1
    near = [hit for hit in ctx.organ_hits if hit.canonical == organ
            and ctx.sentences[first].start <= hit.start and hit.end <= ctx.sentences[max(first, last)].end]
    if not near:
        return {}
    hit = min(near, key=lambda h: abs(h.start - at))
    named_start, named_end, _ = ctx.span(hit.start, hit.end)
    start, end = min(act.start, named_start), max(act.end, named_end)
    return {"start": start, "end": end, "evidence": ctx.doc.text[start:end]}


def _overseen_by_part(ctx: Context, span: Span, overseen: list[str], part: str) -> list[str]:
    """The organs one copy of a shared title oversees: those its own part names (听取市中级人民法院、市人民检察院工作
    报告: the court's review oversees the court), all of them when its part names none or several. A part naming the
    congress's own body (省人大常委会、省高级人民法院、省人民检察院工作报告: :func:`work_reports.body_of` 人大) oversees
    the standing committee it names (:func:`_committee_named`), which :func:`organs.roles` leaves out as the
    congress's own: the standing committee answers to the congress and reports its work to it (Constitution, Articles
    69 and 103). Source: a new user's organ network (round 17: each of two split reviews oversaw both bodies, doubling
    the edges); round 43 (issue 10 §2.1: the standing committee's review oversaw the court and the procuratorate)."""
    named = [organ for organ in overseen if organ.endswith(part) or part.endswith(organ)]
    if len(named) != 1 and work_reports.body_of(part) == _OWN_COMMITTEE_REPORT:
        return _committee_named(ctx, span, part)
    return named if len(named) == 1 else overseen


def _committee_named(ctx: Context, span: Span, part: str) -> list[str]:
    """The standing committee whose mention in ``span`` ``part`` ends with (省人大常委会 → 江苏省人民代表大会常务委员会),
    else, named by its kind alone or in an area the organs table cannot place, the report's own area's
    (:func:`_maker_of_body`; none in a township, whose presidium is the congress's own body, overseeing no one)."""
    starts = ctx.organ_starts
    named = {hit.canonical for hit in ctx.organ_hits[bisect_left(starts, span.start) : bisect_left(starts, span.end)]
             if hit.kind == "congress" and hit.canonical.endswith(_STANDING) and part.endswith(ctx.text[hit.start : hit.end])}
    return list(named) if len(named) == 1 else _maker_of_body(ctx, _OWN_COMMITTEE_REPORT)


# Organs listed as the makers of one title, the last right before its 关于 (县人社局、县卫健委关于…): no subjects of it
# (a report they made together, 联合汇报, keeps round 47's reading).
_MAKERS_LISTED = re.compile(r"、([^、，,。；;《》“”]{2,20}?)关于")
_MADE_TOGETHER = re.compile(r"联合|共同|联名")


def _shared_subjects(found: list[Found]) -> dict[int, str]:
    """The subjects of the reports one title shares (A局、B局工作情况的报告: a review of each, on one evidence), by
    index in ``found``: each copy of the kind on that span takes its own part's subject (:func:`subjects.shared_subjects`),
    when the title has one part per copy; two copies never carry one joint subject. Reviews of several kinds on one
    span (招商服务、预算、审计等工作报告) take their parts kind by kind (:func:`subjects.listed_subjects`, round 47)."""
    spans: dict[tuple[int, int], list[int]] = {}
    for index, hit in enumerate(found):
        spans.setdefault((hit.span.start, hit.span.end), []).append(index)
    subjects: dict[int, str] = {}
    for on_span in spans.values():
        kinds = [found[i].type for i in on_span]
        listed = listed_subjects(found[on_span[0]].span.text, kinds) if len(set(kinds)) > 1 else []
        if any(listed):
            subjects.update((i, part) for i, part in zip(on_span, listed) if part)
            continue
        for kind in dict.fromkeys(kinds):
            indices = [i for i in on_span if found[i].type == kind]
            text = found[indices[0]].span.text
            makers = _MAKERS_LISTED.search(text)
            if makers is not None and object_kinds.reports_as_organ(makers.group(1)) and not _MADE_TOGETHER.search(text):
                continue  # each organ's report of one title (县人社局、县卫健委关于…的报告): its subject is the title's
            parts = shared_subjects(text) if len(indices) > 1 else []
            if len(parts) == len(indices):
                subjects.update(zip(indices, parts))
    return subjects


def _focus_before(ctx: Context, span: Span, held: int) -> str:
    """The topics the nearest clause of focus before ``span`` in its sentence (``held``, an index of ``ctx.sentences``)
    names (:func:`subjects.focus`: 聚焦A、B等关键环节，听取审议工作报告、开展专题询问 → A、B), when no activity is told in
    that clause or between it and ``span``; "" for none."""
    sentence = ctx.sentences[held]
    for clause in reversed([c for c in ctx.clauses_of(sentence) if c.end <= span.start]):
        if topic := focus(clause.text):
            told = [f for f in ctx.activity_hits if clause.start <= f.span.start < span.start]
            return "" if told else topic
    return ""


def _clause_year(ctx: Context, start: int, plan: int | None) -> int | None:
    """The year the clause holding view offset ``start``, else its sentence, opens with relative to the report's or
    to the year named before it in its paragraph (:func:`dating.clause_year`: …执法检查，今年继续开展跟踪监督; …，次年听取了…;
    2020年3月，…。当年11月，听取了…); ``plan``, for planned work, what its 今年 names (:func:`dating.relative`)."""
    for words in (ctx.clause_at(start), ctx.sentence_holding(start)):
        if words is not None:
            paragraph = ctx.text.rfind("\n", 0, words.start) + 1
            if (year := dating.clause_year(words.text, ctx.text[paragraph : words.start], ctx.metadata, plan)) is not None:
                return year
    return None


# The earlier work an activity builds on (在2009年对…开展专题调研的基础上): its years are that work's; so are those of an
# earlier piece of work named as its object after 对, 就 or 关于 (对2021年开展的《X法》执法检查发现问题的整改情况进行了跟踪检查,
# 就2022年组织的…视察所提意见的办理情况开展跟踪监督: the follow-up is of its own time; a first-time analyst, round 31, class 4),
# not the work itself told with its year (特别是2020年组织开展的《X条例》执法检查工作, dev a24).
_BUILT_ON = re.compile(r"在[^。；;]{0,80}?的?基础上"
                       r"|(?:对|就|关于|對|關於)\s*\d{4}\s*年度?(?:\d{1,2}\s*月份?)?[^，,。；;\d]{0,12}?(?:开展|進行|进行|组织|組織|举行|舉行|实施|實施|作出|提出|形成|開展)的")


def _year_in(evidence: str, window: range, metadata: dict[str, str], plan: int | None) -> int | None:
    """The year an activity's own evidence dates its action by, when it lies in ``window``, a year named relative to
    the report's as its digits (:func:`dating.in_digits`: 计划于明年3月对…, ``plan`` what 今年 names); a year of the earlier
    work it builds on or names as its object (在2009年…开展专题调研的基础上，又…开展跟踪调研; 对2021年开展的…执法检查发现
    问题的整改情况进行了跟踪检查: :data:`_BUILT_ON`) dates that work, not this one,
    unless that work is all the evidence holds (the activity is the earlier work: 在2014年开展…执法检查…的基础上)."""
    words = dating.in_digits(arabic_dates(evidence), metadata, plan)
    ended = len(words.rstrip("，, "))
    found = ACTION_YEAR.search(_BUILT_ON.sub(lambda m: m.group() if m.end() >= ended else "", words))
    return int(found.group(1)) if found and int(found.group(1)) in window else None


def inspects_laws(activity: Activity) -> bool:
    """Whether ``activity`` states that the laws it carries were inspected: an inspection, or a follow-up whose words
    state one (:func:`is_inspection_context` on its evidence, normalised). The one rule of which laws are inspected,
    as ``graph.inspections.inspects`` reads the stored activity (the lead's round-24 ruling, benchmarks/genre/README.md):
    a report's Facts mark inspected exactly the laws such an activity carries (``loaders/extract/__init__.py``)."""
    return states_inspection(activity.type == "law_enforcement_inspection", activity.follow_up, activity.evidence)


def states_inspection(inspection: bool, follow_up: bool, evidence: str) -> bool:
    """The rule of :func:`inspects_laws` on an activity's kind and words, whoever holds them (a report's Facts here,
    a stored activity in ``graph.inspections.inspects``): an inspection, or a follow-up whose evidence states one."""
    return inspection or (follow_up and is_inspection_context(normalised(evidence)))


def is_inspection_context(clause_text: str) -> bool:
    """Whether a clause ties the laws it names to an inspection of their implementation, or to a
    follow-up of one (跟踪监督X法执法检查审议意见落实情况, X条例实施情况“回头看”: :data:`_INSPECTING_FOLLOW_UP`). How the
    review opinions on a report about a law were handled (办理落实《关于贯彻实施〈X法〉审议意见》情况的报告) inspects
    nothing: a law is inspected only through an inspection or its stated follow-up (round 23 part b 3)."""
    return bool(TRIGGERS["law_enforcement_inspection"].search(clause_text) or re.search(r"(?<!行政)执法检查", clause_text)
                or _INSPECTING_FOLLOW_UP.search(clause_text))
