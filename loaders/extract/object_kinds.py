"""What an object heard, examined or approved is: its activity kinds, from the head of its title.

One decision for every place that types an object of oversight (a report heard, a budget examined, a
resolution approving a report, a field of work heard without the word 报告): the rows of
``lexicon/data/report-kinds.csv`` read against the object's title, first matching row first. In a
Chinese title the head comes last (…的审计工作报告, …执法检查报告, …情况的调研报告), so rows anchored at the
end (``$``) say what the report is whatever it is about; the other rows name its field (预算, 审计,
备案审查). A title several reports share (计划执行情况、预算执行情况和审计工作报告) is one object per subject
(:func:`subjects`). An object no row names is a ``report_review``; one whose rows give no kind (bills,
credentials, personnel) is the congress's own business and no oversight: ``()``.

Used by :mod:`report_lists` (lists of reports heard), :mod:`activities` (the report a clause hears,
the object a clause examines) and :mod:`resolutions` (reports a resolution approves).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract import work_reports
from loaders.lexicon.literals import Gate
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import ABOUT_AFTER, COUNT, LIST_JOINERS
from loaders.lexicon.tables import rows

#: The plan or budget a report presents, named right after it (及2021年国民经济和社会发展计划), when the item ends there;
#: not after a work report (政府工作报告和…计划: two documents).
PRESENTED = r"(?<!工作报告)(?:和|及|以及|与)[^、，,；;。报]{0,30}?(?:(?<!工作)计划|预算)(?:草案)?》?"
#: The review opinion on the report just named (…的调查报告及相应的审议意见, …报告及其审议意见): no report of its own.
ITS_OPINION = r"(?:和|及|以及)(?:其|相应的?)?审议意见"
# Two reports joined by 和/及 (预算执行情况的报告和决算草案的报告), a comprehensive report and its special report
# too (国有资产管理情况的综合报告和行政事业性国有资产管理情况的专项报告: two activities, the lead's round 13
# ruling); not 报告及审议意见…的报告 (one report on how a report and its review opinion were handled, :data:`ITS_OPINION`,
# which also joins a report to the opinion on it: …的调查报告及相应的审议意见(草案), dev ac37), nor two reports whose
# review opinions one report handles (关于研究处理对…综合报告和…专项报告审议意见的报告, dev f05), nor a report and the
# plan or budget it presents (:data:`PRESENTED`: …计划执行情况的报告及2021年国民经济和社会发展计划, …预算草案的报告及
# 2024年市本级预算草案: one examination, the round 29 ruling on dev ad25 aa37).
JOINED = re.compile(r"(?:(?<=报告|汇报)|(?<=报告》|汇报》))(?!" + PRESENTED + r"$)(?!" + ITS_OPINION + r")(?:和|及|以及)"
                    r"(?![^、，,；;。]*?报告》?的?审议意见)")
_ITS_OPINION_END = re.compile(ITS_OPINION + "$")
# How a report was tabled, after its title: in writing, as a draft for comment or the committee's draft.
_HOW_TABLED = re.compile(r"[(（](?:书面|征求意见稿|审议稿|草案|稿)[)）]》?$")
# A draft sent out for comment (…工作报告(征求意见稿), 对政府工作报告草稿的意见): consultation on a document not yet adopted,
# no report on work done, so no oversight of any kind (genre README round 41 ruling 4); not a report on its drafting
# (《市人大常委会工作报告(征求意见稿)》起草情况汇报: the committee's own report in the making, activities._OWN_DRAFT).
_FOR_COMMENT = re.compile(r"征求意见稿[)）]?》?$|草稿的?意见$")
# The parts of a title several reports share (:func:`subjects`): an organ that reports (a government,
# court, procuratorate, congress or department: 市水利局, 市政府外事办公室, 人大, “两院”), …
# (市高院, 市中院: a court named short, round 41's ruling 3 on several bodies before one title)
_REPORTING_ORGAN = re.compile(r"(?:政府|国务院|法院|[高中]院|检察院|两院|两高|监委|监察委员会|委员会|人大|常委会|局|办|办公室|厅|委)”?$")
# … a state of some work (计划执行情况, 预算执行, …的审计工作报告), a plan examined (国民经济和社会发展计划,
# …规划纲要), …
_STATE = re.compile(r"情况$|报告$|执行$")
_PLAN = re.compile(r"计划$|规划$|纲要$")
# … the organ and 关于 before the first subject, the bare word before 和/及 (财政及人大), a counted list.
_ABOUT = re.compile(r"^[^、，,；;]{0,30}?关于")
_SHORT_PART = re.compile(r"[^、，,；;（()）《》“”]{1,2}")
_SHORT_JOINED = re.compile(r"(?:^|、)[^、，,；;（()）《》“”]{1,2}[和及]")
# The last of a list of states of work and the head they share (…和C工作情况的报告): :func:`_joins_subjects`.
_LAST_STATE = re.compile(r"[^、，,；;《》和及]+情况的?(?:报告|汇报)?")
# 和/及/以及 between the subjects of a shared title (:func:`_joins_subjects`); also without 、: the organs
# whose work reports are named together (人大常委会和“一府两院”工作报告).
_ORGAN_JOINT = re.compile(r"以及|和|及")
# A joint's character inside a word (普及义务教育, 涉及民生, 惠及群众, 及时办理, 和谐社区, 和平利用): no joint at all (newuser28
# §13: 关于增强自主创新能力、普及义务教育等专题工作报告 gave a report on 普); matched one character before the joint.
_IN_A_WORD = re.compile(r"(?:普|涉|惠|危|波|遍|触|顾|企|论|殃)及|.及(?:时|早)|.和(?:谐|平|睦|美)|[温缓共总饱调]和")
# The characters :func:`subjects` reads a title at: brackets and quotes (its depth), 、 and the joints' first characters.
_SUBJECT_MARKS = re.compile(r"[《(（“》)）”、和及以]")
# What separates organs listed before a shared title (市政府、市法院和市检察院).
_ORGAN_SEPARATOR = re.compile(r"、|以及|和|及")
_ORGANS_JOINED = re.compile(r"^[^关]*?(?:政府|国务院|法院|检察院|常委会|常务委员会|人大)”?(?:以及|和|及)[^关]*工作报告$")
# Kinds that each report of a shared title is one of; any other kind is one review of its field.
_EACH_REPORT = ("report_review", "investigation", "site_visit")
# The organ making a report, up to its 关于 (市人大预算委员会关于…), outside any 《》 title; not a group named
# for its work (执法检查组关于…, 调研组关于…), whose name says what the report is.
_MAKER = re.compile(r"^[^《》“”、，,；;]{2,30}?(?:委员会|委|局|厅|办|院|政府)关于")
# A list of subjects closed by 等 before the head they share (…、…等工作报告, …等情况报告): :func:`subjects`.
_SUMMARY = re.compile(r"等[^、，,；;]{0,8}报告$")
# The plan report named by its field alone in a list of reports (审查计划报告和预算报告, 计划、财政报告, 年度计划, 计划草案报告: dev p21): the
# year's plan execution examined with the next plan's draft, a ``budget_review`` like the budget beside it and one
# of its own (round 13 ruling: k28 j32). Beside an audit report (计划、预算、审计工作报告, 计划、预决算、审计工作报告8个)
# the list is the standing committee's, to which the audit is reported (预算法 art. 77-79, 审计法 art. 4), and
# its plan report is the plan's execution heard in the year: a ``report_review`` (round 13: an execution report
# alone). A plan named in full (国民经济和社会发展计划) or by its execution (计划执行情况) is read by the table.
_BARE_PLAN = re.compile(r"^(?:关于)?(?:年度)?计划(?:草案)?(?:工作)?(?:报告)?$")
_PLAN_KINDS = {False: "budget_review", True: "report_review"}  # by whether an audit report is beside it
# The plan a budget review examines, not the budget (…计划执行情况与…计划草案, …计划报告和计划草案): beside the budget in
# one list (…计划执行情况与…计划、…预算执行情况和…预算草案的报告) it is a review of its own, as a resolution on each is
# (resolutions._OBJECTS, dev j01 k01; dev ab03 ad03 w17).
_PLAN_EXAMINED = re.compile(r"^(?!.*(?:预算|决算)).*计划")
# A five-year outline examined (…“十四五”规划和2035年远景目标纲要) is a budget review of its own beside the year's plan and
# budget (round 40 ruling 2; dev n23 y25: the financial committee's review of the outline, the plan and the budget is three).
_OUTLINE_EXAMINED = re.compile(r"^(?!.*(?:预算|决算)).*纲要")

# The speakers named before the report they made (委员A、委员B分别作的执法检查组关于…的报告): who spoke, not what.
_SPEAKERS = re.compile(r"^[^《》“”，,；;]{2,80}?(?:分别|所)?作的(?=[^《》“”，,；;]{0,40}关于)")
_COUNTED_TITLE = re.compile(rf"{COUNT}{ABOUT_AFTER}?\s*[个项份]")
# The total after a list of reports (A报告、B报告…等六个报告): the reports listed, counted, when it counts them all.
_LIST_TOTAL = re.compile(rf"等\s*{COUNT}\s*[个项份](?:工作)?报告$")
#: A list of reports named one by one and counted (A、B、C三个专项报告, “A”和“B”两个议案办理情况报告, A、B、C等四个专项工作
#: 报告): the count totals the reports named, each one report (:func:`counted_reports`).
_COUNTED_TOTAL = re.compile(rf"等?\s*{COUNT}\s*[个项份][^、，,；;。“”《》()（）和及]{{0,8}}?(?:报告|汇报)$")
_COUNTED_JOINT = re.compile(f"[{LIST_JOINERS}]")
#: Organs told as making one report together (A、B、C、D联合作的关于…的报告, …共同提交的关于…, 关于…的联合报告): one
#: report, one review whose overseen are all of them (newuser23's class 1, round 39). Without such a word a list of organs
#: before one title is one report each (市法院、市检察院…关于代表建议办理情况的报告, the golds of dev l13, p15, t19).
JOINTLY = re.compile(r"(?:联合|共同|联名)(?:向[^，,。；;、]{0,16})?(?:所?作的?|提交的?|起草的?|形成的?|报送的?)?[的了]?(?=关于|《)|联合(?:调研|检查)?报告")
# A 《》 title inside a shared title: its numerals name it (《…第七个五年法治宣传教育的决议》), they count no reports.
_INNER_TITLE = re.compile(r"《[^《》]*》")


@lru_cache(maxsize=1)
def _kind_rules() -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    return tuple((tuple(k for k in row["kinds"].split() if k != "-"), re.compile(row["pattern"])) for row in rows("report-kinds"))


@lru_cache(maxsize=1)
def _rule_gate() -> Gate[int]:
    """Which rows (by index) may match a title: one scan of their words instead of a search per row."""
    return Gate({index: pattern.pattern for index, (_, pattern) in enumerate(_kind_rules())})


def _matching(title: str) -> list[tuple[tuple[str, ...], re.Pattern[str]]]:
    """The rows whose pattern matches ``title``, in the table's order."""
    possible = _rule_gate().possible(title)
    return [(kinds, pattern) for index, (kinds, pattern) in enumerate(_kind_rules())
            if index in possible and pattern.search(title)]


@lru_cache(maxsize=1)
def typed_kinds() -> frozenset[str]:
    """Every kind a report heard may be (report_review and the table's): a trigger of another kind
    in a heard report's words (听取和测评了…的报告) is an activity of its own."""
    return frozenset({"report_review", *(kind for kinds, _ in _kind_rules() for kind in kinds)})


def kinds_of(title: str) -> tuple[str, ...]:
    """The kinds of one item of a list: of each report it joins with 和/及 (without repeats), and
    of each subject a list shares one 报告 between (:func:`subjects`, one kind per subject, repeats
    kept: four departments' reports are four reviews); none for the congress's own business
    (bills, credentials, its work report) nor for a draft sent out for comment (:data:`_FOR_COMMENT`).

    >>> kinds_of("政府工作报告和财政预决算报告")
    ('report_review', 'budget_review')
    >>> kinds_of("关于计划执行情况、预算执行情况、审计工作情况的报告")
    ('report_review', 'budget_review', 'audit_oversight')

    What the shared report is, said by its last words (…、…情况的调研报告), is every subject's kind.
    """
    if _FOR_COMMENT.search(title):
        return ()
    joined = [part.rstrip("》") for part in JOINED.split(_ITS_OPINION_END.sub("", _HOW_TABLED.sub("", title)))]
    if len(joined) > 1:
        return _one_per_object([(part, _kinds_of_one(part)) for part in joined], each=())
    parts = subjects(joined[0])
    if len(parts) < 2 or not _kinds_of_one(joined[0]):
        return _one_per_object([(joined[0], _kinds_of_one(joined[0]))], each=())
    ending = next((kinds for kinds, pattern in _matching(joined[0]) if pattern.pattern.endswith("$")), None)
    if ending:
        return ending * len(parts)
    if (shared := _organs_sharing(parts)):
        return shared * len(parts)
    # a collective name (“一府两院”, “两院”) is the work report of each organ it stands for
    return _one_per_object([(part, (kind,)) for part in parts for kind in (_kinds_of_one(part) or ("report_review",))
                            for _ in range(work_reports.collective(part) if kind == "report_review" else 1)],
                           each=_EACH_REPORT)


#: An organ's name opening the last part of a list of organs (市旅游局三家部门预算…报告): :func:`_organs_sharing`.
_ORGAN_OPENS = re.compile(r"[^、，,；;（()）《》“”]{1,12}?(?:局|委员会|委|办|厅|院|政府)")


def _organs_sharing(parts: list[str]) -> tuple[str, ...]:
    """The kinds of the report each organ of a list made, when every part before the last is an organ that reports
    (:func:`reports_as_organ`), the last opens with one (:data:`_ORGAN_OPENS`) and names a report of a kind of its own
    (市科技局、市城管局、市旅游局三家部门预算重点监督单位的预算执行情况报告: each bureau's budget execution, three budget
    reviews); () otherwise: a work report (区政府、区法院、区检察院工作报告) is each organ's review already, and a field
    after organs (镇政府、人大、财政工作报告) is a report of its own. Source: round 51, dev ba07 (held set ``ba``), p15."""
    if (len(parts) < 2 or not _ORGAN_OPENS.match(parts[-1].strip())
            or not all(reports_as_organ(part.strip()) for part in parts[:-1])):
        return ()
    kinds = _kinds_of_one(parts[-1])
    return kinds if kinds and "report_review" not in kinds else ()


def _one_per_object(items: list[tuple[str, tuple[str, ...]]], each: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of the reports ``items`` name (each a title and its kinds), in order: a kind of ``each`` once per
    report, any other once (the budget's or the audit's parts, 预算、决算, are one review of it), the plan examined
    with the budget once more (:data:`_PLAN_EXAMINED`), and a five-year outline once more again
    (:data:`_OUTLINE_EXAMINED`); a plan report named by its field alone (:data:`_BARE_PLAN`)
    is one of its own, typed by whether an audit report is among them."""
    audited = any("audit_oversight" in kinds for _, kinds in items)
    found: list[str] = []
    seen: set[tuple[str, str]] = set()
    for title, kinds in items:
        if _BARE_PLAN.match(_ABOUT.sub("", title.strip().lstrip("《"))):
            found.append(_PLAN_KINDS[audited])
            continue
        for kind in kinds:
            examined = (kind, _examined(title) if kind == "budget_review" else "")
            if kind in each or examined not in seen:
                found.append(kind)
                seen.add(examined)
    return tuple(found)


def _examined(title: str) -> str:
    """What a budget review's title examines, as one of its own beside the others of a list: ``outline``, ``plan``,
    else the budget (``""``)."""
    if _OUTLINE_EXAMINED.search(title):
        return "outline"
    return "plan" if _PLAN_EXAMINED.search(title) else ""


def _kinds_of_one(title: str) -> tuple[str, ...]:
    """The kinds of one report by its title: the first matching row of the table, else report_review.

    A summary of several fields (计划、预算、审计等工作报告: the work reports of a year) is a work report.
    The organ that reports, before 关于, says nothing of what (预算委员会关于规划纲要草案的初审意见), nor do the
    speakers who made it (主任委员A、主任委员B分别作的执法检查组关于…的报告).
    """
    title = _SPEAKERS.sub("", title)
    about = _MAKER.match(title)
    title = (title[about.end() :] if about else title).lstrip("《")  # a title in 《》 is read from its first word
    matched = [kinds for kinds, _ in _matching(title)]
    if matched and not any(matched):
        return ()  # only the congress's own business (代表议案审议结果的报告, 人事任免议案)
    if not matched or ("、" in title and len(matched) > 1):
        return ("report_review",)
    return matched[0]


# A report's title within a clause: from the clause's start, or past the last verb that hears it, to 报告.
_CLAUSE_REPORT = re.compile(r"[^，,。；;]*?报告")
# A plan of work heard, not its report (关于《X条例》执法检查方案的汇报, …执法检查工作方案(草案)的说明): the work is to come.
_PLAN_HEARD = re.compile(r"方案(?:[（(]草案[)）])?》?(?:有关情况)?的?(?:汇报|说明)?(?:的?报告)?$")
_HEARS = re.compile(r"听取|审阅|初审(?!意见|结果|报告)|审议(?!意见|结果)|审查(?!意见|结果)")


def names_inspection_report(words: str) -> bool:
    """Whether ``words`` (a clause or an activity's evidence) name the report of a law enforcement inspection:
    a report whose title (past the verb that hears it) this table types ``law_enforcement_inspection`` (X法执法
    检查报告, 关于检查《X法》实施情况的报告, 执法检查组关于…的报告), as a list of reports heard types it; not
    an inspection done and a report heard (开展X法执法检查、听取审议相关报告), nor the plan of an inspection heard
    (:data:`_PLAN_HEARD`: 听取了…关于《X条例》执法检查方案的汇报, a first-time analyst's round 27, read as an
    inspection done; dev j09 k16's golds have the inspection planned)."""
    for clause in _CLAUSE_REPORT.finditer(words):
        verb = None
        for verb in _HEARS.finditer(clause.group()):
            pass
        if _PLAN_HEARD.search(clause.group()):
            continue
        if "law_enforcement_inspection" in kinds_of(clause.group()[verb.end() if verb else 0 :]):
            return True
    return False


def subjects(title: str) -> list[str]:
    """The subjects of a title that several reports share (A局、B局工作情况的报告; 计划执行情况、预算
    执行情况和审计工作报告; 政府、财政及人大工作报告), each its own report; ``[title]`` for one report.

    A title is shared when every 、-separated part (and a 和/及 after a bare word of one or two
    characters) is a report's subject on its own: an organ that reports (:data:`_REPORTING_ORGAN`),
    a state of some work (…情况, …报告) or a kind of report the table names (预算, 决算, 审计). A report
    on two fields of one work (关于城乡供水、污水处理工作情况的报告) has a part that is none of these; a total
    that counts every report listed (A报告、B报告等两个报告, :data:`_LIST_TOTAL`) is left off;
    the reports a list counts (国务院、最高人民法院20个工作报告) are one counted item, and a summary of
    fields (计划、预算、审计、环保等工作报告) one work report, unlike a summary of organs (区政府、区法院、
    区检察院等工作报告), of states of work (…建设情况、…工作情况等专项工作报告) or of pieces of work
    (:func:`_work_items`: 律师管理、河长制、经济开发区建设等工作报告, one report each whatever the parts name).
    """
    if counted := counted_reports(title):
        return counted
    if JOINTLY.search(_INNER_TITLE.sub("《》", title)):
        return [title]  # one report the organs made together
    if _committees_one_report(title):
        return [title]
    if len(bodies := _bodies_before(title)) > 1:
        return bodies
    listed = bool(_SUMMARY.search(title))
    total = _LIST_TOTAL.search(title)
    if total and to_number(total.group("n")) == title.count("、", 0, total.start()) + 1:
        title = title[: total.start()]
    if ("、" not in title and not _SHORT_JOINED.search(title) and not _ORGANS_JOINED.search(title)
            or _COUNTED_TITLE.search(_INNER_TITLE.sub("《》", title))):
        return [title]
    parts, begin, depth = [], 0, 0
    for mark in _SUBJECT_MARKS.finditer(title):  # only these characters open, close or join anything
        position, char = mark.start(), mark.group()
        depth += char in "《(（“"
        depth -= char in "》)）”"
        joint = (_ORGAN_JOINT.match(title, position) if depth <= 0 and char in "和及以"
                 and not _IN_A_WORD.match(title, max(position - 1, 0)) else None)
        rest = title[position + len(joint.group()) :] if joint and parts else None  # after a joint that may close a list
        if depth <= 0 and (char == "、" or (joint and _joins_subjects(title[:position], title[begin:position], rest))):
            parts.append(title[begin:position])
            begin = position + (len(joint.group()) if joint else 1)
    parts.append(title[begin:])
    # a plan named alone (国民经济和社会发展计划) is a subject of its own in a list of fields examined; in a
    # report's title (国民经济和社会发展计划、预算的执行情况报告) it shares that report's head
    titled = title.endswith(("报告", "汇报", "》"))
    if len(parts) < 2:
        return [title]
    if listed and _work_items(title, parts):
        return parts
    if not (_fields_heard(title, parts) or all(_is_subject(part, titled) for part in parts)):
        return [title]
    # a summary of fields is one work report; of organs (区政府、区法院、区检察院等工作报告) or of states of
    # work (A建设情况、B工作情况等专项工作报告), one report each
    if listed and not all(_REPORTING_ORGAN.search(words) or _STATE.search(words)
                          for words in (_SUMMARY.sub("", part) for part in parts)):
        return [title]
    return parts


def counted_reports(title: str) -> list[str]:
    """The reports a counted list names one by one (:data:`_COUNTED_TOTAL`: 企业国有资产、行政事业性国有资产、国有自然资源
    资产三个专项报告 → its three subjects), when its parts, split at 、 and at a last 和/及/与 outside quotes and brackets,
    are as many as the count (a name's own 和, 国民经济和社会发展计划, splits nothing); [] otherwise. Source: the genre's convention that a count is for events the text does not
    name one by one (round 20 part b 5); readable dev q31, i14, x57 give one review per report so named."""
    total = _COUNTED_TOTAL.search(title)
    if total is None or (number := to_number(total.group("n"))) is None or number < 2:
        return []
    listed = _ABOUT.sub("", title[: total.start()])
    joints, depth = [], 0
    for index, char in enumerate(listed):  # the joints outside quotes and brackets
        depth += char in "《(（“"
        depth -= char in "》)）”"
        if depth <= 0 and _COUNTED_JOINT.fullmatch(char):
            joints.append(index)
    commas = [index for index in joints if listed[index] == "、"]
    # the list's last joint, after its last 、, or after a quoted or titled name or a state of work (“A”和“B”, A情况和B情况):
    # not a 和 inside a name
    last = [index for index in joints if listed[index] != "、" and index > (commas[-1] if commas else -1)
            and (commas or listed[index - 1 : index] in ("”", "》") or listed[index - 2 : index] == "情况")][-1:]
    parts = [listed[begin + 1 : end] for begin, end in zip([-1, *commas, *last], [*commas, *last, len(listed)])]
    return parts if len(parts) == number and all(part.strip() for part in parts) else []


#: Words telling one piece of work, not fields each reported on: its aspects (关于A、B、C等方面的汇报) or the objects of one
#: verb (关于对A、B、C进行述职评议工作情况的报告).
_ONE_WORK = re.compile(r"方面|^对")
_MOST_FIELDS = 3
_FIELD_WORDS = 4


def _fields_heard(title: str, parts: list[str]) -> bool:
    """Whether a 关于 title lists at least :data:`_MOST_FIELDS` fields of work, one report each (市人民政府关于全市深化
    公安执法规范化建设、精准脱贫、外事侨务工作情况的报告: three reviews), each part a subject (:func:`_is_subject`) or of at
    least :data:`_FIELD_WORDS` characters, unless the words tell one piece of work (:data:`_ONE_WORK`). Two fields
    (关于城乡供水、污水处理工作情况的报告, 关于优化营商环境、促进实体经济发展情况的报告) stay one report on one work. Source:
    readable dev l16 and ab21 give a review per field; issue 10 §2.1 (one activity per report a list tells)."""
    about = _ABOUT.match(title)
    return (about is not None and len(parts) >= _MOST_FIELDS and not _ONE_WORK.search(title[about.end() :])
            and all(_is_subject(part, True) or len(_ABOUT.sub("", part).strip()) >= _FIELD_WORDS for part in parts))


# The longest name of a bare field of work (计划, 科技, 医疗卫生, 华侨权益): a list of such names closed by 等 sums up the
# fields a year's reports covered (../shared/corpus d01: 计划、预算、决算、审计、环保等工作报告, one work report).
_FIELD_NAME = 4


def _work_items(title: str, parts: list[str]) -> bool:
    """Whether the parts of a list closed by 等 (:data:`_SUMMARY`) name pieces of work, one report each, rather than
    bare fields: after a 关于 (县政府关于耕地保护、…、河长制、经济开发区建设等工作报告, dev q25) or with one part longer than
    a field's name (计划执行、财政决算、…、国有资产管理等情况报告, dev x39)."""
    return bool(_ABOUT.match(title)) or any(len(_SUMMARY.sub("", part).strip()) > _FIELD_NAME for part in parts)


def reports_as_organ(words: str) -> bool:
    """Whether ``words`` end with an organ that reports (:data:`_REPORTING_ORGAN`: 县政府, 市中级人民法院, 县审计局,
    “两院”), as a subject of a shared title or one of the organs that each made a report (:mod:`work_reports`)."""
    return bool(_REPORTING_ORGAN.search(words))


# The organs named before a title's 关于 (市人大常委会代表工委和市政府、市高院、市检察院关于…): a list of bodies, whatever the
# title after it lists.
_BODIES_BEFORE = re.compile(r"^(?P<bodies>[^关《》“”()（）]{4,80}?)(?=关于)")


#: A committee's name ending some words (监察司法委, 社会建设委员会, 预算工委).
_COMMITTEE_END = re.compile(r"(?:委员会|委)$")


@lru_cache(maxsize=1)
def _congress_committee() -> re.Pattern[str]:
    """A congress's own committee ending some words: a name of ``congress-committees.csv`` (财经委, 法制委员会), or any
    committee the words place in a congress (市人大社会委, 省人大监察和司法委员会)."""
    names = sorted({row[column] for row in rows("congress-committees") if row["body"] == "congress"
                    for column in ("written", "full") if row[column]}, key=len, reverse=True)
    return re.compile(r"(?:人大[^、，,；;]{0,16}?(?:委员会|委)|" + "|".join(map(re.escape, names)) + r")$")


def _committees_one_report(title: str) -> bool:
    """Whether the bodies before one shared 关于 title (:data:`_BODIES_BEFORE`) are all the congress's own committees (the
    first one named so, :func:`_congress_committee`, the others committees after it), the title telling no 分别: one document, one review (genre README round 47, the lead's answer 3 to the aligner: several
    committees before one title without 分别, 市人大法制委、财经委关于代表议案审议结果的报告, give one review; with it,
    A委员会、B委员会分别关于…, one each)."""
    found = _BODIES_BEFORE.match(title)
    if found is None or "分别" in title:
        return False
    first, *rest = _ORGAN_SEPARATOR.split(found.group("bodies"))  # the list's congress named once (市人大法制委、监察司法委)
    return bool(rest) and bool(_congress_committee().search(first)) and all(_COMMITTEE_END.search(part) for part in rest)


def _bodies_before(title: str) -> list[str]:
    """The bodies listed before one shared 关于 title, each its own report on it (genre README round 41 ruling 3: several
    bodies before one shared title made several reports; round 6: one review per report), the last keeping the title:
    ``[]`` where the words before 关于 are not all organs that report (:func:`reports_as_organ`) or the title
    lists several subjects (区财政局、区审计局关于决算及审计情况、预算调整方案的汇报: each body reports its own part)."""
    found = _BODIES_BEFORE.match(title)
    if found is None:
        return []
    parts, shared = _ORGAN_SEPARATOR.split(found.group("bodies")), title[found.end():]
    if len(parts) < 2 or not all(part and reports_as_organ(part) for part in parts) or len(subjects(shared)) > 1:
        return []
    return parts[:-1] + [parts[-1] + shared]  # as a list of organs split at 、 gives them (市法院、市检察院关于…)


def _joins_subjects(title: str, before: str, rest: str | None) -> bool:
    """Whether a 和/及/以及 after ``before`` (``title``: the title up to the joint) joins two subjects of a shared title:
    after a bare word of one or two characters (财政及人大), after an organ that reports where no 关于 comes before the
    joint (县人民法院以及县人民检察院工作报告; 代表工委和市政府、市高院、市检察院关于…的报告, several bodies before one
    title, round 41's ruling 3; not 关于政府和社会资本合作情况的报告), or between the last two states
    of work (…情况) of a list of them: ``rest``, the words after the joint when a 、 came before it, is the last
    state and the shared head (关于A安排情况、B安排情况和C工作情况的报告 is three reports, as 关于A情况、B情况、C情况的报告
    is, round 27, dev ac41; not a year's plan execution and the next plan, 计划执行情况及2017年…计划, one review)."""
    return (bool(_SHORT_PART.fullmatch(before)) or ("关于" not in title and bool(_REPORTING_ORGAN.search(before)))
            or (rest is not None and before.endswith("情况") and bool(_LAST_STATE.fullmatch(rest))))


def _is_subject(part: str, titled: bool) -> bool:
    """Whether one part of a shared title is a report's subject on its own (:func:`subjects`); a plan
    named alone is one only outside a report's title (not ``titled``)."""
    words = _ABOUT.sub("", part.strip())
    return bool(words) and bool(_REPORTING_ORGAN.search(words) or _STATE.search(words) or (not titled and _PLAN.search(words))
                                or _BARE_PLAN.match(words) or any(kinds for kinds, _ in _matching(words)))


