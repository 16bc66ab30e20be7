"""Lists of reports heard: one activity per report, typed by what the report is.

A session communiqué or a plan hears several reports under one verb
(会议听取和审议了A的报告、B的报告，以及C的报告); each report is one activity, and
its kinds come from ``lexicon/data/report-kinds.csv`` (an inspection report is a
``law_enforcement_inspection`` and a ``report_review``; a final-accounts report is
a ``budget_review``; anything else is a ``report_review``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from loaders.extract import plans
from loaders.extract.object_kinds import ITS_OPINION, JOINED, PRESENTED, kinds_of
from loaders.extract.spans import Span, strip_span
from loaders.lexicon.first_chars import quick
from loaders.lexicon.patterns import ABOUT_AFTER, COUNT
from loaders.lexicon.tables import rows

# The verb a speaker makes a report with, maybe named and come to the session (负责同志作了…报告, 部长刘昆作了…报告,
# 市长朱林森到会作…报告): the row of activity-triggers.csv that is this verb followed by its report (:data:`_MADE`);
# a list reads the titles after the verb itself.
_MADE = "[^，,。；]{0,80}报告"


def _speaker_verb() -> str:
    """The verb part of the one report_review row of activity-triggers.csv that ends with :data:`_MADE`.

    Raises ``ValueError`` when the table holds no such row or several.
    """
    verbs = [row["pattern"].removesuffix(_MADE) for row in rows("activity-triggers")
             if row["kind"] == "report_review" and row["pattern"].endswith(_MADE)]
    if len(verbs) != 1:
        raise ValueError(f"activity-triggers.csv: {len(verbs)} report_review rows end with {_MADE}, expected one (a speaker's verb)")
    return verbs[0]


# The verb that hears (or reads: 审阅; or examines first: 初审, a session's reports before it opens) the reports, or the one a speaker makes them with (:func:`_speaker_verb`).
# (代表们分组审议: deputies discussing a session's report in groups is part of the session, not a hearing; a sitting that
# deliberates in groups, 会议分组审议了A报告和B报告, hears each, as the golds give one report so deliberated: round 49, ay03)
# (审议意见, 审议结果, 审查意见 are nouns: the opinion or result of a review, not a hearing)
# (讨论了…报告: a council of chairpersons going through the reports of a coming session)
# (听取和测评: reports heard and rated at once, the rating its own activity)
# (表决通过…建议办理情况的报告, …议案审议结果的报告: a report on deputies' suggestions or motions voted on is heard, round 47
# ruling 2, dev n13 o25; other votes, on resolutions or the committee's own work report, are no hearing)
# (听取…报告3项，分别为…: a counted summary whose reports the list after it names, each heard, dev i11)
# (听取和审议了以下报告：A；B, 听取了如下5个报告：, 审议了： a list announced before a colon: the announcement is the verb's,
# no report of its own, and each report after the colon is heard; a first-time analyst, round 31, class 3)
# (书面印发了: reports tabled in writing to the members; 财经委提交了…调研报告: a congress committee's or group's
# own reports tabled at the meeting, dev a14 i15, not the reports organs send it: 各单位提交了…书面报告)
_VERB_TEXT = (rf"(?:听取|审议|审查)[^，,。；;：:]{{0,6}}?(?:(?:以下|下列|如下)[^，,。；;：:]{{0,12}}?)?[：:]|"
              rf"(?:听取|审议)[^，,。；;]{{0,40}}?报告\s*{COUNT.replace('?P<n>', '')}\s*[个项件份][，,：:]?\s*(?:分别为|分别是|包括|即)[：:]?|"
                   r"(?<!(?<!会议)分组)(?:听取(?:和|并|、)?(?:审议|测评|初审)|听取|审阅|初审(?!意见|结果|报告)|审议(?!意见|结果)|(?<!资格)审查(?:和|并)?批准|(?<!资格)审查(?!意见|结果)|(?<=大会)批准|讨论|表决通过(?=了?[^，,。；;]{0,60}?(?:建议|议案)[^，,。；;]{0,30}?(?:办理|审议结果)))(?:了|通过了)?"
                   rf"|{_speaker_verb()}|(?:书面)?印发了|(?<=[委组])提交了")
_VERB = quick(_VERB_TEXT)
# Adopting the review opinions on reports (会议原则通过关于A情况报告、B报告等2个报告的审议意见; 审议通过了A报告的审议意见;
# B报告的审议意见; …履职情况报告的评议意见): each report is reviewed, as the trigger row 通过了…报告的审议意见 reads one
# (round 26, dev ab37 w39); in a sentence that adopts such opinions, 通过 is a verb of the list. A council of
# chairpersons studying or settling the opinions' drafts (研究了…、关于A的报告的审议意见、关于B的报告的审议意见, dev aw11)
# closes those reviews as adopting them does (round 47 ruling 4: the opinion is its review's result).
_ADOPTING = r"(?:(?:原则|研究)?通过|研究(?!处理)|审定)了?"
_ADOPTED = re.compile(_ADOPTING + r"[^。；;]{0,300}?(?:报告|》)的?(?:审议|评议|初审)意见")
_ADOPTING_VERB = quick(_VERB_TEXT + "|" + _ADOPTING)
# Where one report of the list ends: 报告 (or 审议意见, or the handling of one: …报告审议意见的研究处理情况,
# …审议意见的整改落实情况, a report on it whose title drops 的报告) before a separator or the end of the
# sentence. 、, ； and 以及 separate items; reports joined by 和/及 (综合报告和专项报告) are one
# item of the list that :func:`heard` cuts into its reports.
# A 汇报 is a report when it has a title (关于…的汇报), not an inspection's briefing (听取了工作汇报); so are review
# opinions (关于…的审议意见), not the groups' opinions a session hears (听取了各组审议意见, dev b13).
# 》: a title in 《》 (县政府《关于…的报告》), which the next title may follow directly (《A的报告》《B的报告》), its draft
# mark maybe inside (《…的调查报告(草案)》《…》, review opinions in draft: 关于《…报告》的审议意见(草案)、…, round 29,
# dev ae27); a report with the plan or budget it presents (…执行情况的报告及2021年…计划, :data:`object_kinds.PRESENTED`)
# ends after them, inside a 《》 title too (《…执行情况报告及本年度…计划》《…》, dev ae59);
# (书面): a report tabled in writing; (征求意见稿): a draft sent to deputies for comment; a work report's (审议稿),
# (讨论稿, dev aw11), (草案), (稿): a draft before the session (《区人大常委会工作报告(审议稿)》和…, dev o25), and a titled report's (草案) after
# its 》 (书面审议通过了《…预算执行情况和…预算草案报告》(草案), dev r39); 《…》及: the
# last title of a list, before what else was reviewed; 报告的说明: a report explained to the council of chairpersons
# before it goes to the session; white space after a title ends it too (a page that lost its
# full stops: …的报告(书面) 会议听取了…, dev g17), unless a count set apart follows (专项工作报告 21 个); so does a 等
# that closes the list before the clause ends (…关于我市城市规划与管理情况的报告等。, …的报告等；审议…: round 27, dev j14
# ac17), not one before the list's count (…的报告等两个报告, :data:`_TOTAL`); and so does a draft joined to the last
# report at the clause's end (…的报告和2020年度…工作方案(草案)。, …综合报告和《…规定(修订草案)》: a bill, no report;
# round 27, dev o27 r31), not the opinion on that report (…的调查报告及相应的审议意见(草案)。, :data:`object_kinds.ITS_OPINION`).
# A state of work (…进展情况, …落实情况; not a village's election or a plan's drafting) ends a report of the
# list only after a report it is joined to (…工作报告和…实事工程半年实施进展情况, dev g27), as the next 关于 title, or
# before one when no 报告 or 汇报 follows in the sentence (``titled``: 听取省政府关于A建设情况、关于B…, a list of 关于 titles
# whose shared 报告 the excerpt's end cut off, dev a12 j08; one that follows shares it, :data:`_SHARED`).
# A plan heard (听取和审议新版城市总体规划, 审议并表决通过了《某镇总体规划(2018-2035)》) is an object of the list
# too, not a bill: right after the verb, or after another item when its title is in 《》 (not 决定同意这个规划).
# A list the hearing verb governs through a noun that closes it (听取了各代表团审议A报告、审查B报告(的)情况的汇报; 审议了
# 对A报告、B报告的审查意见): the last report ends before that noun (``wrapped``), and only as an item after
# another, since one report's review opinion heard (听取关于A报告的审议意见) is no hearing of that report.
_REPORT_END = re.compile(r"报告" + PRESENTED + r"(?=\s*(?:[《、，,；;]|以及|$))|"
                         r"报告(?P<wrapped>(?:情况)?的(?:审议|审查|评议|初审)?意见(?:的?汇报)?|的?(?:审议|审查){0,2}情况的?汇报)(?=\s*(?:[、，,；;。]|以及|并|$))|"
                         r"(?:报告(?:的说明)?|汇报|审议意见(?:的?(?:研究处理|办理落实|办理|整改落实|整改|落实)情况)?)(?:(?<=工作报告)[(（](?:审议稿|讨论稿|草案|稿)[)）]》?(?=\s*(?:[《及和、，,；;]|以及|并|$))|(?:[(（]草案[)）])?》(?=\s*(?:[《及]|和\s*《))|》?(?:[(（](?:书面|征求意见稿)[)）]|(?<=》)[(（]草案[)）]|[(（]草案[)）]》?)?(?=\s*(?:[、，,；;]|以及|并|等\s*(?:[，,；;。]|$)|(?!" + ITS_OPINION + r")(?:和|及)[^、，,；;。]{2,60}?[(（][^()（）]{0,4}草案[)）]》?\s*(?:[，,；;。]|$)|$)|\s(?!\s*[\d一二两三四五六七八九十百]+\s*[个项件份])))"
                         r"|(?<=进展|完成|实施|落实|办理|执行|工作|建设|发展)(?P<state>情况)(?=\s*(?:[，,；;。]|$)|(?P<titled>、\s*关于))"
                         r"|(?<=规划)(?P<plan>(?:[(（][^()（）《》]{1,20}[)）])?(?:》(?:草案)?(?=\s*(?:[、，,；;。]|$))|(?=\s*(?:[，,；;。]|$))))")
_SHARED_END = re.compile(r"报告|汇报")
# The delegations' deliberation of several organs' work reports heard (听取了各代表团审议市人大常委会、市中级人民法院、
# 市人民检察院3个工作报告的情况汇报): one review per report deliberated, as the golds give it (af21, af39, y25; round 48,
# ax49), unlike one report's deliberation or opinion, which is no hearing of it; the delegations' examination (审查) is
# their deliberation, and a briefing may name the reports after 对 with the deliberation after them (各代表团对A、B、C报告
# 审议审查情况的汇报; round 49, ay53 ay63).
_SEVERAL_DELIBERATED = re.compile(r"(?:(?:审议|审查)了?|对)(?P<list>[^，,。；]{2,80}?、[^，,。；]{2,80}?报告)"
                                  r"(?:(?<=工作报告)(?:[(（][^()（）]{0,6}[)）])?的?(?:审议|审查)?|(?:审议|审查){1,2})情况的?汇报$")
# The items of such a list, which share its last 报告 (政府工作、计划、预算、建议办理情况报告: four reports).
_DELIBERATED_ITEM = re.compile(r"、|和|及")
# Separators and connectors in front of the next report, then maybe its own verb (…报告，听取审议了…; 讨论并审查了…),
# and the 等 that closed the list before (…的报告等；审议省检察院关于…).
_SEPARATOR = re.compile(r"(?:[、，,；;\s]|以及|还|并(?=听取|审议|审查)|等(?=\s*[，,；;。]))+")
_OWN_VERB = re.compile(r"(?:听取(?:和|并|、)?(?:审议)?|审议(?!意见|结果)|审查(?!意见|结果))了?")
# A counted list (听取审议39个报告) is a statistic of reports, not a list of them.
_COUNTED = re.compile(rf"^{COUNT}{ABOUT_AFTER}?\s*[个项件份]")
# The total after a list of titles (…》和《…》4个报告, …》等三个报告): the reports just listed, counted.
_TOTAL = re.compile(rf"》\s*等?\s*{COUNT.replace('?P<n>', '')}\s*[个项份](?:工作)?报告$")
_TOTAL_WIDTH = 12
# A stretch that is not one report's title: another clause has begun (not a comma inside a quoted
# slogan the title names: 关于“巩固…成果,强化队伍建设”的工作报告, nor one inside a 《》 title it names: 研究处理《…关于
# 打击…经济犯罪,助力优化营商环境工作情况的审议意见》情况的报告, round 29, dev g22).
_NOT_A_TITLE = re.compile(r"[，,：:]")
_QUOTED = re.compile(r"“[^“”]{0,60}”|《[^《》]{0,80}》")
# A comma inside one 关于 title, between the tasks or the topic it names and the rest of the title (关于落实乡村振兴战略，
# 开展美丽乡村建设情况的报告; 关于民生实事项目,进展情况的报告, dev x45 ag29; a first-time analyst, round 38 §4): the words on
# either side name no report, no other title, no bill, and the words after it no verb of hearing or speaker, so the
# comma breaks no clause.
_TITLE_COMMA = re.compile(r"(?<=关于)(?:(?!报告|汇报|关于|说明|议案|决定)[^，,。；;：:《》]){2,60}[，,]"
                          r"(?=(?:(?!报告|汇报|关于|听取|审议|审查|作了|做了|会议|现)[^，,。；;：:《》]){1,40}?的?(?:报告|汇报)$)")
# A clause of its own after a list's comma, with its own speakers' verb (…履职情况报告，A主任、B厅长作了履职情况报告):
# not a title of the list (所作的…报告 is one: 副镇长所作的《…》报告).
_OWN_SPEAKERS = re.compile(r"(?<!所)(?:作|做)了")
_MAX_TITLE = 300
# Reports sharing one final 报告 (A关于X情况、B关于Y情况和关于Z情况的报告): a separator whose next
# words hold the next report's own 关于 (cut only where the words before held a 关于 too), before any 报告 or 汇报 ends
# a title: past one, that 关于 opens the report after it, and the 、 joins one title's tasks (关于加强A、维护B情况的报告
# 和关于C的报告: two reports; round 49, ay01).
_SHARED = re.compile(r"(?:、|和|及|以及)(?=(?:(?!报告|汇报)[^、，,；;《》“”]){0,20}?关于)")
# Organs listed before the first of several 关于 titles sharing one 报告 (市财政局、市科技局、市住建局等部门关于A情况、
# 关于B情况、关于C情况的报告, dev o15): they make the titles among them, each title one report, not each organ one
# more as before a single title (市法院、市检察院、…关于代表建议办理情况的报告: each its own, dev l13).
_MAKERS = re.compile(r"[^《》“”，,；;、关]{2,20}(?:、[^《》“”，,；;、关]{2,20})+(?=关于)")
# A bill's explanation heard before a report (关于《X条例（草案）》的说明以及关于…的报告): legislation, left out;
# a report's explanation (关于…执行情况报告的说明, dev f34) is that report, heard.
_EXPLANATION = re.compile(r"(?<!报告的)说明(?:以及|和|及|、)")
# A plan's numbered items under a heading that hears them (一、听取专项工作报告 / （一）听取区政府专项
#报告 / 1.关于…的报告): the heading holds the verb, each item one report (or several, 、-joined).
_HEARING_HEADING = re.compile(r"听取|审议|审查")
# …maybe after the organ that makes it (县人民政府关于…的报告) and before a note of month or body ((6月)).
# …or under a line whose hearing verb announces them before its colon (会议听取和审议了以下报告： / 一、省人民政府关于…的报告；),
# a sitting's communiqué (a first-time analyst, round 31, class 3).
_ANNOUNCING = re.compile(r"(?:听取|审议|审查)[^。；;]*[：:]\s*$")
# An item that holds its own hearing verb before the title (（一）拟于4月听取和审议…的报告) states itself: the
# activity rules read it, and the heading's list must not read it again (a first-time analyst, round 32: two reviews each).
_REPORT_ITEM = re.compile(r"(?:(?!听取|审议|审查)[^。，,：:]){0,30}?关于[^。，,：:]{2,200}(?:报告|汇报)")
_NOTE = re.compile(r"\s*[（(][^（()）]{1,30}[)）]\s*$")


# Titles a hearing verb lists with commas, each opening with 关于 (审议了关于…的说明,关于…的报告,关于…(草案)).
_ABOUT_RUN = re.compile(r"(?:[，,]\s*)?关于[^，,。；;]*(?:[，,]\s*关于[^，,。；;]*)+")
# Reports named before the verb that reviews or rates them (会议对A的报告、B的专项工作报告，以及C情况、D情况等
# 专项工作报告进行满意度测评; 对上半年预算执行情况报告、审计报告进行了审议): the list between 对 and the verb,
# which may go on past a comma with 以及.
_NAMED_BEFORE = re.compile(r"(?<![针相绝面])对(?P<list>(?:[^。；;，,：:]|[，,](?=以及))+?)"
                           r"(?:进行|开展)了?[^，,。；;]{0,4}?(?:满意度)?(?P<verb>测评|审议|审查|初审)")
# The items of such a list end with 报告, 汇报, a state of work (情况) or a title's 》, before 、 or 以及
# (区科学技术局、区统计局工作情况的报告 is one item, which :func:`kinds_of` reads as two reports).
_NAMED_SEPARATOR = re.compile(r"(?:(?<=报告)|(?<=汇报)|(?<=情况)|(?<=》))(?:、|[，,]?以及)|(?<=》)(?=《)")
_NAMED_ITEM = re.compile(r"(?:报告|汇报|情况)(?:[(（]草案[)）])?》?(?:[(（](?:书面|征求意见稿)[)）])?$")


@dataclass(frozen=True)
class Heard:
    """One report of a list: its span (the first includes the verb) and its kinds (none: not oversight)."""

    span: Span
    kinds: tuple[str, ...]


# The next ；-part of a sentence that opens with another title (…；关于…的调研报告、…，同意…), maybe after the
# organ making it (…的起草说明；市政府关于…预算执行情况的报告；…).
_NEXT_TITLE = re.compile(r"\s*(?:[^《》“”、，,；;。]{1,30}?(?:委员会|委|局|厅|办|院|政府))?关于")


def hears(text: str) -> bool:
    """Whether ``text`` holds a verb that hears reports (:data:`_VERB`), however far its reports run after it
    (会议听取了A局、B局等部门关于…情况、关于…情况、关于…情况的报告: 听取 and 报告 100 characters apart)."""
    return bool(_VERB.search(text) or _ADOPTED.search(text))


def runs_on(text: str, part: Span, listed: bool, continued: bool) -> bool:
    """Whether the next ；-part of a sentence goes on with the list of reports heard that ``part``
    (which ``listed`` some reports, or ``continued`` a list) holds: after a list ending with ；, or
    after a part with a hearing verb or one that went on with a list, when the next part opens
    with another title (会议听取关于…的审议结果，决定提请…；关于…的编制情况，同意…；关于…的调研报告、
    关于…的审议意见，同意转省政府研究处理: one verb, items whose decisions follow each)."""
    if text[part.end : part.end + 1] not in ("；", ";"):
        return False
    return listed or ((continued or bool(_VERB.search(part.text))) and bool(_NEXT_TITLE.match(text, part.end + 1)))


def heard(text: str, sentence: Span, continued: bool = False) -> list[Heard]:
    """The reports a sentence says were heard, in text order, each with its kinds; [] when it lists none.

    A report follows a hearing verb or, in a list, the report before it; only the
    first report's evidence holds the verb. ``continued``: the sentence goes on
    with the list of the sentence before (…的报告；关于…的报告).
    """
    adopted = bool(_ADOPTED.search(text, sentence.start, sentence.end))
    verbs = _ADOPTING_VERB if adopted else _VERB
    named = named_before(text, sentence)
    named_end = named[-1].span.end if named else -1
    found: list[Heard] = []
    position, chained = sentence.start, continued
    for end in _REPORT_END.finditer(text, sentence.start, sentence.end):
        cut_off = end.group("titled") and not _SHARED_END.search(text, end.end(), sentence.end)
        if end.group("state") and not (cut_off or JOINED.search(text, position, end.start()) or (
                chained and _NEXT_TITLE.match(text, _after(_SEPARATOR, text, position, end.start())))):
            continue  # a state of work named alone is no report's title
        several = _SEVERAL_DELIBERATED.search(text, position, end.end()) if end.group("wrapped") else None
        if end.group("wrapped") and not chained and not adopted and not several:
            continue  # one report's review opinion, or the deliberation of one report, is not a list, unless adopted
        if named and named[0].span.start <= end.start() < named_end:
            position, chained = named_end, False  # a report of the list named before its verb
            continue
        title_start = begin = None
        close = end.start("wrapped") if end.group("wrapped") else end.end()
        total = _TOTAL.search(text, max(position, end.start() - _TOTAL_WIDTH), close)
        stop = total.start() + 1 if total else close  # the list's total (…》4个报告) is no title
        if chained and not (end.group("plan") is not None and "》" not in end.group("plan")):
            begin = _past_bills(text, _after(_SEPARATOR, text, position, stop), stop)
            title_start = _after(_OWN_VERB, text, begin, stop)
        if title_start is None or not _is_title(text[title_start : stop], first=False):
            verb = next((v for v in verbs.finditer(text, position, end.start())
                         if _is_title(text[_past_bills(text, _after(_SEPARATOR, text, v.end(), stop), stop, _is_business) : stop],
                                      first=True)), None)
            run = _about_run(text, [*(v.end() for v in verbs.finditer(text, position, end.start())),
                                    *([position] if found else [])], stop)
            if verb is None and run is None:
                position, chained = end.end(), False
                continue
            if verb is None:  # the last of 关于 titles a verb lists with commas (审议了关于…的说明,关于…的报告)
                begin = title_start = run
            else:
                # a second verb after the first (讨论还审查了计划、预算工作报告) is no part of the title
                opening = _after(_SEPARATOR, text, verb.end(), stop)
                past = _past_bills(text, opening, stop, _is_business)
                title_start = _after(_OWN_VERB, text, past, stop)
                begin = _speaker_start(text, position, verb.start())
                if _WORK_NAME.search(text, position, verb.start()):  # 备案审查 inside a title: the title is the clause's
                    begin = title_start = _clause_start(text, position, verb.start())
                if past > opening:  # the congress's business first (:func:`_is_business`): heard, no oversight, not the report's words
                    found.append(Heard(strip_span(text, begin, past), ()))
                    begin = past
        found += _reports(text, begin, title_start, stop)
        if several:
            found[-1] = Heard(found[-1].span, _deliberated(several.group("list")))
        position, chained = end.end(), True
    return _approvals_joined(text, sorted(found + named, key=lambda report: report.span.start))


def _deliberated(title: str) -> tuple[str, ...]:
    """The kinds of the reports a delegations' deliberation names (:data:`_SEVERAL_DELIBERATED`): each item with the
    list's last 报告 (政府工作、规划纲要、计划、预算、民生实事和建议办理情况报告: 政府工作报告, 规划纲要报告, …, dev ay63)
    where that reads more reports than the list as one title (:func:`object_kinds.kinds_of`, which reads the organs
    of 人大、法院、检察院工作报告 and a collective 法检“两院” one report each, af21 ay53)."""
    whole = kinds_of(title)
    each = tuple(kind for item in _DELIBERATED_ITEM.split(title.removesuffix("报告")) for kind in kinds_of(item + "报告"))
    return each if len(each) > len(whole) else whole


# A budget approved right after its report was examined (审查…预算执行情况的报告及…预算草案，批准…预算执行情况的报告和…预算:
# an agenda item of the plenary, dev ad25 o30): one budget review, the examination's and the approval's words together.
_APPROVAL = re.compile(r"[，,、\s]*批准")


def _approvals_joined(text: str, reports: list[Heard]) -> list[Heard]:
    """``reports`` with each budget approval (:data:`_APPROVAL`) joined to the budget report examined just before it."""
    joined: list[Heard] = []
    for report in reports:
        before = joined[-1] if joined else None
        if (before and before.kinds == report.kinds == ("budget_review",)
                and _APPROVAL.fullmatch(text, before.span.end, report.span.start + 2)):
            joined[-1] = Heard(Span(before.span.start, report.span.end, text[before.span.start : report.span.end]), before.kinds)
            continue
        joined.append(report)
    return joined


# A draft or an explanation the list names between its reports (关于…的决定(草案)、关于开展…的决议(草案)，
# 调研组关于…的调研报告): a bill, no report, after which the list goes on; not a report joined to the explanation
# after it (…实施情况的报告和…候选项目的说明、…, :func:`_reports`).
_BILL_ITEM = re.compile(r"(?![^、，,；;]*?(?:报告|汇报)(?:和|及|以及))[^、，,；;]*?(?:草案|审议稿|说明)[)）]?(?:》)?")
# Decisions and name lists a verb adopts before the reports it lists (审议并表决通过了关于修改《…规则》的决定,…名单,
# 市人民政府关于研究处理…审议意见的报告、…, dev ae33): the congress's own business; the reports after them are heard.
_ADOPTED_ITEM = re.compile(r"(?![^、，,；;]*?(?:报告|汇报))[^、，,；;]*?(?:的决定|的决议|名单)")
_BILL_SEPARATOR = re.compile(r"[、，,]")


def _is_bill(item: str) -> bool:
    """Whether a list's item between its reports is a bill (:data:`_BILL_ITEM`)."""
    return _BILL_ITEM.fullmatch(item) is not None


def _is_business(item: str) -> bool:
    """Whether an item a verb names before its reports is the congress's own business: a decision or a name list
    (:data:`_ADOPTED_ITEM`), or a bill that is no oversight (市人民政府有关人事议案的说明; not the explanation of a
    bill on the budget's debt quota, dev g05)."""
    return _ADOPTED_ITEM.fullmatch(item) is not None or (_is_bill(item) and not kinds_of(item))


def _past_bills(text: str, start: int, stop: int, bill: Callable[[str], bool] = _is_bill) -> int:
    """Where the next report of a list starts from ``start``: past the bills it names first (``bill`` says which,
    separated by 、 or a comma outside any 《》 or （）), or ``start`` when it names none."""
    begin, depth = start, 0
    for position in range(start, stop):
        char = text[position]
        depth += char in "《(（“〈"
        depth -= char in "》)）”〉"
        if depth <= 0 and _BILL_SEPARATOR.match(char):
            if not bill(text[begin:position]):
                break
            begin = position + 1
    return begin


def _about_run(text: str, starts: list[int], stop: int) -> int | None:
    """Where the last title starts of a run of 关于 titles that commas separate, from one of
    ``starts`` (after a hearing verb, or after the report before) to ``stop``: 会议审议了关于《…条例
    (修订草案)》(二次审议稿),关于…的报告; None when no start begins such a run."""
    for start in starts:
        if _ABOUT_RUN.fullmatch(text, start, stop):
            last = max(text.rfind("，", start, stop), text.rfind(",", start, stop))
            return _after(_SEPARATOR, text, last, stop) if last >= 0 else None
    return None


def rated_only(text: str, sentence: Span) -> Span | None:
    """The words naming what ``sentence`` only rates (会议对A的报告、B情况进行满意度测评: from 对 to the verb), None where
    it rates nothing or also hears or reviews what it names (对…听取并测评): the reports named there are the rating's
    object, no reviews of their own (round 33 ruling 5, dev o27, j19)."""
    listed = _NAMED_BEFORE.search(text, sentence.start, sentence.end)
    if listed is None or listed.group("verb") != "测评" or _VERB.search(listed.group("list")):
        return None
    return Span(listed.start(), listed.start("verb"), text[listed.start() : listed.start("verb")])


def named_before(text: str, sentence: Span) -> list[Heard]:
    """The reports a sentence names before the verb that reviews or rates them (:data:`_NAMED_BEFORE`),
    in text order, each with its kinds; [] when the words between 对 and the verb are not all reports, or when the verb
    only rates them (会议对…的报告、…情况进行满意度测评: the rating is the activity, each report a review only where the
    text tells it heard or reviewed: round 33 ruling 5, dev o27 against j19)."""
    listed = _NAMED_BEFORE.search(text, sentence.start, sentence.end)
    if listed is None or listed.group("verb") == "测评":
        return []
    items, begin = [], listed.start("list")
    for separator in [*_NAMED_SEPARATOR.finditer(text, begin, listed.end("list")), None]:
        end = separator.start() if separator else listed.end("list")
        items.append((begin, end))
        begin = separator.end() if separator else end
    # a state of work (…情况) is a report's title only when a later item's 报告 ends it (A情况、B情况等专项工作报告)
    shared = [text[end : end + 1] == "、" for _, end in items[:-1]] + [False]
    if not all(_NAMED_ITEM.search(text, start, end) and _is_title(text[start:end], first=True)
               and (together or not text[start:end].endswith("情况")) for (start, end), together in zip(items, shared)):
        return []
    # the first report's evidence holds the 对 that names them all, as a verb before a list
    return [report for index, (start, end) in enumerate(items)
            for report in _reports(text, listed.start() if index == 0 else start, start, end)]


def listed_under_headings(text: str) -> list[Heard]:
    """The reports a plan lists as numbered items under a heading that hears them, in text order.

    An item is a line numbered as a heading (1. / （一） / 一、) whose words are one or more report
    titles (关于…的报告、…的综合报告) and nothing else; some heading above it holds 听取, 审议 or
    审查, or the unnumbered line before the list announces it with such a verb before its colon
    (:data:`_ANNOUNCING`). Each report is read as a continuation of the heading's list (:func:`heard`).
    """
    found: list[Heard] = []
    open_headings: list[tuple[int, str]] = []  # (rank, line), outermost first
    announced = False  # the last unnumbered line announces the list after its colon (会议听取和审议了以下报告：)
    offset = 0
    for line in text.split("\n"):
        rank = plans.heading_rank(line)
        if rank:
            while open_headings and open_headings[-1][0] >= rank:
                open_headings.pop()
            body_start = offset + plans.after_number(line)
            body = line.rstrip().rstrip("。.；;")
            body_end = offset + len(_NOTE.sub("", body) if body.endswith(("）", ")")) else body)
            if ((announced or any(_HEARING_HEADING.search(heading) for _, heading in open_headings))
                    and _REPORT_ITEM.match(text, body_start, body_end)):
                found += heard(text, Span(body_start, body_end, text[body_start:body_end]), continued=True)
            open_headings.append((rank, line))
        elif line.strip():
            announced = bool(_ANNOUNCING.search(line))
        offset += len(line) + 1
    return found


def _reports(text: str, begin: int, title_start: int, end: int) -> list[Heard]:
    """The reports of one item of a list (``begin``: its evidence start, ``title_start``: its
    title's): the reports it joins with 和/及 apart, a bill's explanation before them left out."""
    explained = None
    for explained in _EXPLANATION.finditer(text, title_start, end):
        pass
    found = []
    if explained:  # the explanation is heard too, and is no oversight; a report joined before it (A的报告和B的说明) is one
        for joint in JOINED.finditer(text, title_start, explained.start()):
            found.append(Heard(strip_span(text, begin, joint.start()), kinds_of(text[title_start : joint.start()])))
            begin = title_start = joint.end()
        found.append(Heard(strip_span(text, begin, explained.start() + 2), ()))
        begin = title_start = explained.end()
    cuts = _cuts(text, title_start, end)
    if any(cut.re is _SHARED for cut in cuts):  # the organs before the first of several 关于 titles make them
        title_start = _after(_MAKERS, text, title_start, end)
    for joint in cuts:
        if text[title_start : joint.start()].strip():  # a 及 that opens the item joins it to the report before
            found.append(Heard(strip_span(text, begin, joint.start()), kinds_of(text[title_start : joint.start()])))
        begin = title_start = joint.end()
    return [*found, Heard(strip_span(text, begin, end), kinds_of(text[title_start:end]))]


def _cuts(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Where one item of a list holds several reports: 报告和 (:data:`object_kinds.JOINED`), and the separators
    of reports sharing one final 报告 (:data:`_SHARED`), never inside a 《》 title."""
    cuts, last = [], start
    for cut in sorted([*JOINED.finditer(text, start, end), *_SHARED.finditer(text, start, end)], key=lambda m: m.start()):
        before = text[last : cut.start()]
        shared = cut.re is _SHARED
        inside_title = before.count("《") > before.count("》")  # one document (《…的报告和…的说明》)
        if cut.start() < last or inside_title or (shared and ("关于" not in before or before.count("《") != before.count("》"))):
            continue
        cuts.append(cut)
        last = cut.end()
    return cuts


# A speaker's verb (:func:`_speaker_verb`) opens at the last character of the speaker's post (the 长 of 副院长, the 任 of
# 主任, the 组 of 评议组); the speaker's words open after the clause's separator before it.
_SPEAKER = re.compile(_speaker_verb())
_SPEAKER_OPENS = re.compile(r"[，,。；;、：:\n]")


def _speaker_start(text: str, position: int, start: int) -> int:
    """Where the evidence of a report made by a speaker whose verb (:data:`_VERB`) matched at ``start`` opens: the
    clause of the speaker's post and name when the verb is a speaker's (县法院副院长朱聚才作了关于…的报告, not
    长朱聚才作了…: a first-time analyst, round 41 §11: an evidence span never starts mid-word), else ``start``; never
    before ``position`` (the end of the report before it in the sentence)."""
    if not _SPEAKER.match(text, start):
        return start
    return _clause_start(text, position, start)


#: 审查 closing the name of a kind of work (备案审查, 合宪性审查) right before a matched verb: no hearing verb but a word of the
#: title it stands in (…法制委关于2022年规范性文件备案审查工作情况的报告, after a verb whose list a comma breaks): that title
#: opens with its clause, one report, not its tail cut off as a second (a first-time analyst's round 48, A8; 资格审查 is
#: no verb for :data:`_VERB` either).
_WORK_NAME = re.compile(r"(?:备案|合宪性)$")


def _clause_start(text: str, position: int, start: int) -> int:
    """Where the clause holding ``start`` opens (after :data:`_SPEAKER_OPENS`' last separator before it, its white space
    skipped), never before ``position``."""
    opens = max((m.end() for m in _SPEAKER_OPENS.finditer(text, position, start)), default=position)
    words = text[opens:start]
    return opens + len(words) - len(words.lstrip())


def _after(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where ``pattern`` matched at ``start`` ends (``start`` when it does not match)."""
    lead = pattern.match(text, start, end)
    return lead.end() if lead else start


def _is_title(title: str, first: bool) -> bool:
    """Whether a stretch ending in 报告 is one report's title (no clause break, not a count, not
    the tail of a 《》 title, not the bare noun: 常委会组成人员对报告进行了认真审议)."""
    return (len(title.strip()) > 2 and len(title) <= _MAX_TITLE and not _NOT_A_TITLE.search(_TITLE_COMMA.sub("", _QUOTED.sub("", title)))
            and not _OWN_SPEAKERS.search(title)
            and (not title.endswith(("汇报", "审议意见")) or "关于" in title)
            and title.count("》") <= title.count("《") and not (first and _COUNTED.match(title)))
