"""A statistic's measure class: the one class of a controlled vocabulary an analyst groups the figure under.

A statistic keeps its measure as the report words it (召开常委会会议, 举行常委会会议, 常委会会议 …: ~900 ways on the
dev reports), which nobody can group or sum. Its class is one code for what is counted:

- a total whose measure names activities of several kinds (开展执法检查、视察调研、专题询问21次, 执法检查执法调研23次)
  counts no one kind: ``oversight_activities``, whatever row its words would fit (a fresh user found such totals
  summed as inspections, round 19);
- a summary count of inspections in laws (检查6部法律实施情况) counts the laws checked: ``laws_inspected``;
- a summary count of activities (开展执法检查11项) is counted in its kind: the Facts type
  (``law_enforcement_inspection``), or the narrower kind its words name when the type is ``other``
  (4次专项工作评议 → ``work_appraisal``, the class's local name in the types' style: :func:`measure_key`);
- any other figure takes the first row of ``data/measure-classes.csv`` whose units hold its unit and whose
  pattern its measure holds (代表建议 件 → ``suggestions_received``; 满意率 % → ``satisfaction_rate``), else the first
  such row whose pattern the stretch it was read from holds (常委会组成人员 51名出席会议 → ``attendance_present``:
  the measure is often only the words before the number), else none;
- the second figure of a pair (提出各类审议意见16件63条) counts the first's parts: ``document_points``, whatever the
  measure's words, so a class sum counts each document once (:data:`POINTS`; a first-time analyst's round 43 found a
  ``review_opinions`` sum of 79 for 16 opinions);
- of opinions and suggestions, those raised in a piece of work (视察后提出意见建议12条, 代表“三进”活动中提出意见256条)
  are ``opinions_raised`` when the words of their sentence up to the figure hold that row's pattern and name no
  congress session nor its suggestions (会议期间, 大会, 闭会, 代表建议 …); the others are the deputies' suggestions
  submitted to the congress, ``suggestions_received``: a class is summed, and the two counted together mixed
  92 suggestions with 268 opinions of visits (round 27, first-time analysts);
- a figure of a sentence naming the documents filed with a standing committee (报送备案, 规范性文件) up to it counts those
  documents, whatever law its measure names (设区的市地方性法规96件 filed, 督促…修改或者废止规范性文件29件):
  ``documents_corrected`` or ``documents_filed``, a part of their total (其中…12件) none (:func:`filed_documents`; a second
  first-time analyst's round 35 found 204 documents filed summed as laws passed).

- a satisfaction rate is the result of a rating of something other than suggestions' handling (a report, a body's or
  a deputy's work, projects: ``rating_satisfaction_rate``) when the clause nearest before it, or its own, naming a
  rating or suggestions names a rating and no suggestions (对审计查出问题整改情况报告开展满意度测评，满意率为96.8%); else
  deputies' satisfaction with the handling of suggestions, ``satisfaction_rate`` (代表提出建议892件，已全部办结，代表满意率为
  98.1%): a class averaged, and a first-time analyst's round 34 found the two averaged as one (:func:`rated_or_handled`);
- persons counted after a list joining deputies with persons of other kinds (与两院院士、企业家、人大代表、一线科研人员共200余人
  座谈, 代表及工作人员共17人) are ``participants``, and persons of other kinds alone (选民代表20余人, 8名常委会组成人员和…代表's
  8) no class: no deputies count (:func:`_persons_of_kinds`; newuser30 E6, round 45);
- units whose opinions a piece of work heard or sought (听取…等120余家单位的意见建议, 征求了36个部门的意见) are
  ``units_consulted``, not ``units_overseen`` (:func:`_consulted`; newuser30 E6, round 45);
- problems found whose clause up to the figure tells their rectification done or not yet (已整改到位70个, 对尚未完成整改的
  5个问题明确时限) are ``problems_rectified`` or ``problems_pending``, parts of the problems found, never summed with them.

Measure and evidence are read as the rules read the text (simplified, glosses dropped: 建議 as 建议).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.facts import Statistic
from loaders.lexicon.normalise import normalised
from loaders.lexicon.tables import rows
from loaders.lexicon.triggers import activity_class, triggers


#: The class of a total of activities of several kinds (a row of ``data/measure-classes.csv``, which labels it).
MIXED = "oversight_activities"


#: A kind a measure may name beside another without counting two: a satisfaction evaluation rates work of another
#: kind (审计查出问题整改满意度测评).
_RATING = "satisfaction_evaluation"
#: A visit of inquiry (视察调研, 调研视察) is one site visit, as the extractor counts it (全年开展视察调研21次).
_ONE_VISIT = re.compile("视察调研|调研视察")
#: A measure counting laws (调研检查10件法律法规的实施情况) counts the laws of one work, whatever its verbs.
_LAWS = re.compile("法律|法规|条例")
#: A summary count of inspections counted in laws (检查6部法律实施情况, 开展执法检查5部, 检查5件法律实施情况) counts the laws
#: checked, not inspections (round 30 part a 6: 部 counts laws): the ``laws_inspected`` class, never summed with the totals
#: of inspections (a first-time analyst's round 33); a count in 件 is of laws only where its measure names them.
INSPECTION, LAWS_INSPECTED = "law_enforcement_inspection", "laws_inspected"
_LAWS_UNITS = ("部", "件")


def counts_laws(stat: Statistic, code: str | None = None) -> bool:
    """Whether ``stat``, a count of inspections (its kind, or ``code``, the class its words gave it, is
    :data:`INSPECTION`), counts the laws they checked (:data:`LAWS_INSPECTED`): a total told with no activity counted
    (a plan's heading 执法检查（3部）) counts laws in 部 as a summary count does (round 35, a fresh user's class 6: the
    two were of two classes)."""
    return INSPECTION in (stat.kind, code) and stat.unit in _LAWS_UNITS and (
        stat.unit == _LAWS_UNITS[0] or _LAWS.search(normalised(stat.what)) is not None)


#: A count of deputies' motions handled or supervised (办理代表议案487件, 督办议案5件) counts motions, not the suggestions
#: the supervision's kind names (代表建议督办): the ``proposals`` class; motions counted with suggestions (办理议案和建议)
#: stay that supervision. Source: a fresh user's round 22 (议案 are motions to the congress, 建议 suggestions).
_SUPERVISION = "SuggestionSupervision"
_MOTIONS, _SUGGESTIONS = re.compile("议案"), re.compile("建议|意见|批评")
PROPOSALS = "proposals"
#: Deputies' suggestions submitted to the congress, and the opinions raised in a piece of work (rows of the table).
SUBMITTED, RAISED = "suggestions_received", "opinions_raised"
#: Words of a sentence saying its suggestions are those submitted to the congress (大会期间代表共提出建议, 闭会期间,
#: 代表团以代表团名义提出, 市十七届人大一次会议以来共收到, 在镇十六届人大七次会议上共提出): dev readable h25, p35, g37, q19.
#: Suggestions the congress received (五年来…集中视察759人次，共收到建议、批评和意见1342件: dev ak05) are those submitted to it.
_SUBMITTED_WORDS = re.compile("会议期间|会期|会议上|次会议|大会|人代会|闭会|代表团|以来|代表建议|议案|收到")


#: A measure naming areas by their levels only (州市, 县市区, 乡镇, 各县区) counted in 个: the figure counts areas, which no
#: class counts (镇52名人大代表 counts deputies, whose measure lost its noun);
#: the words of its evidence (推动全省16个州市出台实施意见) tell what the areas did, not what is counted (a first-time
#: analyst's round 30: 16 prefectures issuing opinions were summed as 16 laws made).
_AREAS = re.compile(r"(?:全[省市州县区])?各?(?:[省市州盟县区旗乡镇]|街道|自治[州县旗])+")


#: Areas by their levels (:data:`_AREAS`) or their congresses' committees (5个区县人大常委会) counted beside work of a kind:
#: the areas it covered, not times the work was done (a new user, round 36, finding 4: 委托…5个区县…开展执法检查 summed
#: as five inspections), and so are areas' congresses counted beside no activity (委托4个区人大常委会…: round 38).
_AREAS_BODIES = re.compile(_AREAS.pattern + r"(?:人大常委会|人大|人民代表大会常务委员会)?")
#: The class of areas a piece of work covered, and of laws passed counted with no verb of their own (rows of the table).
AREAS_COVERED, _LAWS_PASSED = "areas_covered", "laws_passed"


#: The points of documents counted right before them in their measure (提出各类审议意见16件63条 → 63 of measure
#: 提出各类审议意见16件): the second unit of a pair counts the first's parts (a row of the table, read on the measure alone,
#: not on the evidence, whose words may end with a later count: newuser28 §9).
POINTS = "document_points"


@lru_cache(maxsize=8)
def _row(code: str) -> MeasureClass:
    """The table's first row of ``code`` (a class the code reads by name: :data:`POINTS`, :data:`PARTICIPANTS`,
    :data:`CONSULTED`), found once, not among every row for each statistic; LookupError naming the table and the
    class when the table lost the row."""
    found = next((row for row in classes() if row.code == code), None)
    if found is None:
        raise LookupError(f"loaders/lexicon/data/measure-classes.csv: no row of class {code!r}, which the extractor "
                          "reads by name: restore the row")
    return found


def pattern_of(code: str) -> re.Pattern[str]:
    """The words naming class ``code`` (its table row's pattern), for the extractor's rules that read a class's words
    before a figure: the choices of a rating's votes (``rating_votes``: 满意票25票), the forms it hands out
    (``rating_forms``: 发出测评表28张), the verbs of attending (``attendance_present``, ``attendance_nonvoting``);
    LookupError as :func:`_row`."""
    return _row(code).pattern


def units_of(code: str) -> re.Pattern[str]:
    """The units class ``code`` counts in (its table row's ``units``), for the extractor's rules that admit a unit only
    for that class: 张 only for the forms of a rating or a vote (``rating_forms``: 发出测评表28张); LookupError as
    :func:`_row`."""
    return _row(code).units


@lru_cache(maxsize=16)
def units_in(role: str) -> tuple[str, ...]:
    """The units of ``data/count-units.csv`` whose ``role`` is ``role``, in the table's order, for the extractor's rules
    that read a unit by what it counts: ``votes`` (票, only after a rating's choice), ``articles`` (条, none of a law's
    text), ``revisions`` (处, only a law's revisions), ``split`` (组, 路, only right after 分), ``laws`` (部, inspections
    one per law), ``money`` (万元, 亿元, only the oversight's money), ``served`` (户, 所, only where members went),
    ``person`` (名, 人, 位, the units a Chinese 一 counts with), ``classes`` (类, only classes of counted work).

    Round 48 (the reviewer's leftover of round 47: these lists were constants of ``statistics.py``). LookupError naming
    the table when no row has the role, so a renamed or lost role fails at import, never silently admits every unit.
    """
    found = tuple(row["unit"] for row in rows("count-units") if row["role"] == role)
    if not found:
        raise LookupError(f"loaders/lexicon/data/count-units.csv: no unit of role {role!r}, which the extractor reads "
                          "by name: restore the role")
    return found


#: Persons of several kinds counted together, deputies among them (与两院院士、企业家、人大代表、一线科研人员共200余人座谈):
#: no deputies count; the row's pattern names the persons who are not deputies (newuser30 E6, round 45).
PARTICIPANTS = "participants"
#: The units whose opinions a piece of work heard or sought (听取…等120余家单位的意见建议): consulted, not overseen
#: (newuser30 E6, round 45). The row's pattern finds the units' opinions in the measure; the verbs of hearing or seeking
#: them are read in the measure or its clause, and 对 right before the count (征求了对4个部门的意见建议) tells opinions
#: on the units, who stay overseen.
CONSULTED = "units_consulted"
#: The class of the units or projects a piece of work checked; the table's first row of it reads them counted after a
#: verb of checking (实地检查抽查了88个单位和项目), which no count of the work's own kind is (round 46, newuser32 §6).
SITES = "sites_checked"
_HEARING = re.compile("听取|听|征求|征集|收集|座谈")
#: The rows whose words name persons or units of anyone's (委员, 负责人, 单位的意见), read only beside the deputies' row or a
#: verb of consulting: words of no work of the congress by themselves (``statistics._of_the_world`` skips them).
NOT_WORK_WORDS = (PARTICIPANTS, CONSULTED)
#: Units counted (36个, 120余家), the count :data:`_OPINIONS_ON` and :func:`_consulted` read.
_UNITS_COUNT = r"[\d一二两三四五六七八九十百]+(?:余|多)?[个家]"
_OPINIONS_ON = re.compile(rf"对(?:[^，,；;、对]{{0,12}}等)?{_UNITS_COUNT}")


_UNITS_COUNTED = re.compile(_UNITS_COUNT)
_NOUN_REACH = 8  # the characters after a count read for the units it counts (24个政府部门听意见)


def _consulted(what: str, lead: str, unit: str) -> bool:
    """Whether a figure of measure ``what`` in ``unit``, ``lead`` its sentence up to its evidence's end (normalised),
    counts the units whose opinions the work heard or sought (:data:`CONSULTED`): the row's words in the measure or
    right after the clause's last count (征求了36个部门的意见, whose measure is the words before it)."""
    row = _row(CONSULTED)
    if row.units.fullmatch(unit) is None:
        return False
    clause = _CLAUSE_END.split(lead)[-1]
    counts = list(_UNITS_COUNTED.finditer(clause))
    after = clause[counts[-1].end():] if counts else ""
    named = row.pattern.search(what) or re.match(f"[^，,；;。]{{0,{_NOUN_REACH}}}?(?:{row.pattern.pattern})", after)
    return named is not None and _HEARING.search(what + clause) is not None and not _OPINIONS_ON.search(clause)


_JOINED = re.compile("以及|[、和及与或]")


def _persons_of_kinds(what: str, words: str) -> str | None:
    """The class of persons the deputies row fits in ``words`` (``what``, the measure, or else the evidence; both
    normalised): :data:`PARTICIPANTS` when the measure joins (、, 和, 及, 与, 或) deputies and persons of another kind (the
    row's pattern: 委员, 企业家, 选民代表 …); "" (no class) when the measure names such persons and the deputies were named only in the
    evidence (7名州人大常委会组成人员和2名人大代表's 7), or the evidence's 代表 are all representatives of others
    (选民代表等50余人参加); None when neither (the deputies' class stands)."""
    others = _row(PARTICIPANTS).pattern
    if words == what:
        items = _JOINED.split(what)
        deputies = any(_DEPUTIES.search(others.sub("", item)) for item in items)
        if deputies and len(items) > 1 and any(others.search(item) for item in items):
            return PARTICIPANTS
        return "" if not deputies and others.search(what) else None
    return "" if others.search(what) or not _DEPUTIES.search(others.sub("", words)) else None


#: The classes of the documents a filing review counts (rows of ``data/measure-classes.csv``, whose patterns name them).
FILED, CORRECTED = "documents_filed", "documents_corrected"
#: A law-making of the congress's own in a measure (制定地方性法规12件, 批准设区的市法规20件, 审议通过): laws, whatever
#: documents its sentence named before; the drafting organ urged (督促制定机关修改…) makes nothing.
_MAKING = re.compile("(?<!督促)制定(?!机关|的)|通过|批准|出台|审议|立改废")
#: Requests for review and suggestions (组织提出的审查建议2827件, 建议对行政法规进行审查的24件): not documents filed
#: (``review_requests``).
_REQUESTS = re.compile("建议")
#: Where a figure told as a part of the total before it starts its words (其中省政府规章12件，设区的市地方性法规96件).
_PARTS = "其中"
#: A number of documents in a clause (不一致的16件文件).
_COUNTED = re.compile(r"\d+\s*[件份个篇]|[一二两三四五六七八九十百]+[件份篇]")
#: The marks ending a clause: the last clause up to a figure tells what it counts (对存在…问题的11件规范性文件).
_CLAUSE_END = re.compile("[，,；;：:]")


#: Deputies' satisfaction with the handling of suggestions, and the result of a rating of anything else (rows of the
#: table); the words naming a rating (满意度测评, 工作评议, 民意测评, 述职评议, 满意度评价, 票决, 满意度表决) or the work or
#: report or bodies it rated (对审计查出问题整改情况开展跟踪监督，满意率为91.7%; 民生实事; 三个单位的满意率), and those naming suggestions, motions or
#: their handlers (an appraisal of 承办单位的办理工作 rates suggestions' handling). Source:
#: newuser19 §5 (a first-time analyst's round 34): 99.5 (deputies on suggestions), 96.8 (members rating an audit
#: rectification report) and 98.1 in one class with no subject.
HANDLED, RATED = "satisfaction_rate", "rating_satisfaction_rate"
_RATING_WORDS = re.compile("测评|评议|评价|述职|票决|表决|监督|报告|实事|部门|单位")
_SUGGESTION_WORDS = re.compile("建议|议案|承办")
#: Problems found told with their rectification (rows of the table), read on the figure's clause.
FOUND, RECTIFIED, PENDING = "problems_found", "problems_rectified", "problems_pending"


@dataclass(frozen=True)
class MeasureClass:
    """One row of ``measure-classes.csv``: a class code, its labels (blank for an activity kind's code, whose labels
    are its ontology class's), the units it counts in and the words that name it."""

    code: str
    label_zh: str
    label_en: str
    units: re.Pattern[str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def classes() -> tuple[MeasureClass, ...]:
    """The rows of ``measure-classes.csv``, in file order (the first that fits wins)."""
    return tuple(MeasureClass(row["class"], row["label_zh"], row["label_en"], re.compile(row["units"]),
                              re.compile(row["pattern"])) for row in rows("measure-classes"))


def measure_key(cls: str) -> str:
    """The measure of a summary count of a narrower kind: its class's local name in the Facts types' style
    (``okg:WorkAppraisal`` or ``WorkAppraisal`` → ``work_appraisal``, beside ``law_enforcement_inspection``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", str(cls).rsplit("#", 1)[-1]).lower()


def narrower_kind(kind: str, evidence: str) -> str | None:
    """The local name of the narrower kind the words of an activity or a summary count of Facts type ``kind`` name:
    the class of the first row of ``activity-classes.csv`` for that type whose pattern ``evidence`` holds (民生实事项目票决
    of an ``other`` → ``LivelihoodProjectVote``), else None; the evidence is read as the rules read the text."""
    return activity_class(kind, normalised(evidence))


def kinds_named(words: str) -> set[str]:
    """The kinds of activity ``words`` (normalised: :func:`normalise`) name: the Facts types of ``data/activity-triggers.csv`` one of whose rows they
    hold (执法检查、专题调研 → {``law_enforcement_inspection``, ``investigation``}; 视察调研 → {``site_visit``}), ``other`` as the narrower kind its
    words name (工作评议 → ``WorkAppraisal``) and left out when they name none (分组审议两个报告和民生实事候选项目形成的报告
    names a review only)."""
    words = _ONE_VISIT.sub("视察", words)
    named = {kind for kind, alternation in triggers().items() if alternation.search(words)}
    if "other" in named:
        named.discard("other")
        named.update(filter(None, [activity_class("other", words)]))  # ``words`` are read as the rules read them
    return named


#: Deputies counted with no verb of their own (the row of ``deputies``) after another count of persons and a 、 in their
#: clause (补选市人大代表4人、区人大代表17人): the list shares its first item's verb, so they are of the class that verb
#: gives (``elections``), as the first item is (newuser28 §10: one construction in two classes).
_DEPUTIES_CLASS = "deputies"
_PERSONS_LISTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)\s?(?:人|名|位)、$")
#: The same in the clause before, for deputies named by their congress alone opening their own clause (选举产生县十五届人大
#: 代表15名，镇十六届人大代表77名): the election's second item, no verb of its own (round 47, newuser33 A2: two classes for
#: one election).
_PERSONS_ENDING = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)\s?(?:人|名|位)$")
_BARE_DEPUTIES = re.compile(r"(?:[省市州盟县区旗乡镇]|[\d一二三四五六七八九十]+|届|第|级|人大|人民代表大会)*代表")
#: Suggestions counted before the words telling them handled (967件建议已全部办复, 代表建议133件均已办结), their clause
#: naming no receiving (收到, 提出, 交办): the suggestions resolved or replied, not those received (newuser28 §10).
RESOLVED = "suggestions_resolved"
_HANDLED_AFTER = re.compile(r"^(?:已经?|均|都|全部|已全部|已经全部|全部已|均已)*(?:办复|办结|答复|答覆|回复|办理完毕|得到解决|解决)(?!率)")
_RECEIVING = re.compile("收到|提出|交办|接收|受理|提交|征集|收集")


def measure_class(stat: Statistic, lead: str = "", after: str = "") -> str | None:
    """The class code of ``stat`` (see the module's doc), or None when no row fits; ``lead`` is the words of its
    sentence up to the figure's end (its evidence when not given), which tell opinions raised in a piece of work from
    suggestions submitted to the congress; ``after`` the words of the figure's clause after it (已全部办复)."""
    what = normalised(stat.what)
    if len(kinds_named(what) - {_RATING}) > 1 and not _LAWS.search(what):
        return MIXED
    if counts_laws(stat):
        return LAWS_INSPECTED
    if stat.unit == "个" and _AREAS_BODIES.fullmatch(re.sub(r"[(（][^)）]*[)）]", "", what)) and (
            stat.kind or not _AREAS.fullmatch(what)):
        return AREAS_COVERED  # 委托九龙坡等5个区县(人大常委会)…开展执法检查: the areas the work covered, not five inspections
    if _checked_units(stat):
        return SITES  # 实地查看了94个单位和项目: 94 units checked, not 94 visits nor units overseen
    if stat.kind:
        narrower = narrower_kind(stat.kind, stat.evidence) if stat.kind == "other" else None
        if narrower == _SUPERVISION and _MOTIONS.search(what) and not _SUGGESTIONS.search(what):
            return PROPOSALS
        return measure_key(narrower) if narrower else stat.kind
    fitting = _fitting(stat.unit)
    if (points := _row(POINTS)).units.fullmatch(stat.unit) and points.pattern.search(what):
        return POINTS  # 提出各类审议意见16件63条: the 63 points of the 16 opinions, never summed with them
    if (filed := filed_documents(what, normalised(lead or stat.evidence), stat.unit)) is not None:
        return filed or None
    if _consulted(what, normalised(lead or stat.evidence), stat.unit):
        return CONSULTED  # 听取…等120余家单位的意见建议: the units consulted, not overseen
    for words in (what,) if stat.unit == "个" and _AREAS.fullmatch(what) else (what, normalised(stat.evidence)):
        if row := next((row for row in fitting if row.pattern.search(words)), None):
            found = row.code
            if counts_laws(stat, found) or (found == _LAWS_PASSED and _inspected_unmade(stat.evidence)):
                return LAWS_INSPECTED
            lead = normalised(lead or stat.evidence)
            if found == _LAWS_PASSED and not row.label_zh:  # laws counted with no verb of their own: their clause's
                return law_verb(fitting, _CLAUSE_END.split(lead)[-1])
            if found == SUBMITTED and _handled_after(what, normalised(stat.evidence), normalised(after)) and not _RECEIVING.search(
                    _CLAUSE_END.split(lead)[-1]) and any(row.code == RESOLVED for row in fitting):
                return RESOLVED
            if found == SUBMITTED and (checked := _checked_handling(fitting, what, normalised(stat.evidence))):
                return checked  # 5件建议执行办理情况进行检查: the suggestions whose handling was checked
            if found in (RAISED, SUBMITTED):
                return _raised_or_submitted(found, fitting, lead)
            if found == _DEPUTIES_CLASS:
                if (kinds := _persons_of_kinds(what, words)) is not None:
                    return kinds or None  # 企业家、人大代表、一线科研人员共200余人: people of several kinds
                return _listed_after(fitting, what, lead) or found
            if found == HANDLED:
                return rated_or_handled(lead)
            return _rectified_or_found(fitting, _CLAUSE_END.split(lead)[-1]) if found == FOUND else found
    return None


def _checked_units(stat: Statistic) -> bool:
    """Whether ``stat`` counts the units or projects a piece of work checked, after its verb of checking: the pattern of
    the table's first :data:`SITES` row holds in its evidence and its unit fits the row."""
    row = _row(SITES)
    return row.units.fullmatch(stat.unit) is not None and row.pattern.search(normalised(stat.evidence)) is not None


#: The class of suggestions supervised (a row of ``data/measure-classes.csv``).
SUPERVISED = "suggestion_supervision"


#: Suggestions counted whose handling a piece of work checked, told from the measure on (5件建议执行办理情况进行检查,
#: 对12件代表建议办理情况开展视察).
_CHECKED_HANDLING = re.compile(r"^(?:代表)?(?:建议|批评|意见)[^，,；;。]{0,12}?(?:办理|执行|落实)[^，,；;。]{0,8}?情况"
                               r"[^，,；;。]{0,6}?(?:进行|开展)了?(?:专项|专题|集中|跟踪)?(?:检查|督查|视察|调研)")


def _checked_handling(fitting: tuple[MeasureClass, ...], what: str, evidence: str) -> str | None:
    """:data:`SUPERVISED` when its row fits the unit and ``evidence`` from the measure ``what`` on tells the suggestions'
    handling checked (:data:`_CHECKED_HANDLING`: the suggestions a check covered, not those received this year; round
    47, newuser33 A2), else None."""
    tail = evidence[evidence.find(what):] if what and what in evidence else ""
    if not _CHECKED_HANDLING.search(tail):
        return None
    return SUPERVISED if any(row.code == SUPERVISED for row in fitting) else None


def _handled_after(what: str, evidence: str, after: str) -> bool:
    """Whether the words after suggestions counted (the evidence after their measure ``what`` when the figure stands before
    it, 967件建议已全部办复, else ``after``, the clause after the figure) tell them handled (:data:`_HANDLED_AFTER`)."""
    tail = _FIGURE_FIRST.sub("", evidence.split(what, 1)[1]) if what and what in evidence else ""
    return _HANDLED_AFTER.match(tail or after) is not None


#: The figure right after a measure in its evidence (代表建议133件已全部办结: the words after it tell what was done).
_FIGURE_FIRST = re.compile(r"^\s*(?:[\d.]+|[一二两三四五六七八九十百千]+)\s*(?:余|多)?\s*(?:件|条|个|项)")


def _listed_after(fitting: tuple[MeasureClass, ...], what: str, lead: str) -> str | None:
    """The class of persons counted (``what``, its measure, normalised) after another count of persons and a 、 in
    their clause, or at the end of the clause before for deputies named bare opening theirs (:data:`_PERSONS_ENDING`),
    ``lead`` being the figure's sentence up to it: the first row fitting the unit, other than :data:`_DEPUTIES_CLASS`,
    whose pattern the words before ``what`` hold (补选市人大代表4人、 → ``elections``); None when ``what`` follows no such
    count."""
    *before, clause = _CLAUSE_END.split(lead)
    head = clause[: clause.rfind(what)] if what and what in clause else ""
    if not _PERSONS_LISTED.search(head):
        bare = before and not head.strip() and _BARE_DEPUTIES.fullmatch(what) and _PERSONS_ENDING.search(before[-1])
        if not bare:
            return None
        head = before[-1]
    return next((row.code for row in fitting if row.code != _DEPUTIES_CLASS and row.pattern.search(head)), None)


#: The classes of what a congress does with laws, by the verb that tells it (rows of the table, read in its order:
#: 废止 before 修改, 清理 before the 制定 of a title's attribute, 清理了2013年以前制定的180部地方性法规).
_LAW_VERBS = ("laws_repealed", "laws_cleaned_up", "regulations_approved", _LAWS_PASSED, "laws_revised", "laws_made",
              "bills_deliberated")


def law_verb(fitting: tuple[MeasureClass, ...], clause: str) -> str:
    """The class of laws counted with no verb in their measure (…等3部法规, 180部地方性法规): the first row of
    :data:`_LAW_VERBS` fitting the unit whose pattern ``clause`` (the figure's clause up to its evidence's end) holds
    (废止预算外资金管理条例等3部法规 → ``laws_repealed``, 修改…等17部法规 → ``laws_revised``, 系统清理了…180部地方性法规 →
    ``laws_cleaned_up``, 重点审议A条例、B条例等9部地方性法规 → ``bills_deliberated``), else :data:`_LAWS_PASSED`. Source: a
    first-time analyst's round 39 (issue 10 §5: a ``laws_passed`` sum held laws cleaned up, repealed and amended)."""
    return next((row.code for row in fitting if row.code in _LAW_VERBS and row.label_zh and row.pattern.search(clause)),
                _LAWS_PASSED)


def rated_or_handled(lead: str) -> str:
    """:data:`RATED` when the last clause of ``lead`` (the words of a satisfaction rate's sentence up to its end) naming a
    rating (:data:`_RATING_WORDS`) or suggestions (:data:`_SUGGESTION_WORDS`) names a rating and no suggestions, else
    :data:`HANDLED`: a rate with neither before it in its sentence is the deputies' (代表满意率为99.5%, after
    代表提出建议187件 in the sentence before)."""
    for clause in reversed(_CLAUSE_END.split(lead)):
        if _SUGGESTION_WORDS.search(clause):
            return HANDLED
        if _RATING_WORDS.search(clause):
            return RATED
    return HANDLED


def _rectified_or_found(fitting: tuple[MeasureClass, ...], clause: str) -> str:
    """Of problems found, :data:`RECTIFIED` or :data:`PENDING` when the row of either fits the unit and its pattern
    ``clause`` (the figure's clause up to it: 对尚未完成整改的5个问题明确时限) holds, else :data:`FOUND`."""
    return next((row.code for row in fitting if row.code in (PENDING, RECTIFIED) and row.pattern.search(clause)), FOUND)


def _inspected_unmade(evidence: str) -> bool:
    """Whether laws counted with no verb of their own (…等5部地方性法规, 5件法规) are the object of an inspection in
    their clause (对《重庆市物业管理条例》等5部地方性法规开展执法检查) and nothing made them (:data:`_MAKING`): the laws
    inspected, not laws passed (a new user, round 36, finding 4: ten regulations never passed summed as legislation)."""
    clause = normalised(evidence)
    return "执法检查" in clause and _MAKING.search(clause) is None


def filed_documents(what: str, lead: str, unit: str) -> str | None:
    """Of a figure counting documents filed for review: :data:`CORRECTED` when the last clause of ``lead`` (its sentence
    up to the figure's end) with its measure ``what`` holds that row's pattern (纠正3件, 对存在…问题的11件) and no clause
    before counted documents so (…不一致的16件文件，…已修改或者废止14件，正在修改2件: 14 and 2 are parts of 16), else "" for
    a part (the 14, or a total's part told after 其中: no class), else :data:`FILED`; None when the figure is of none (``lead`` does not
    hold the :data:`FILED` row's pattern, ``unit`` is not one of its rows', or its measure or the last clause naming the
    documents names a making of them, :data:`_MAKING` (制定规范性文件7份，修订11份: a body's own documents), or its
    measure requests for review, :data:`_REQUESTS`). A part is told after 其中 following the first clause naming them
    (共收到报送备案的规范性文件412件，其中…108件，省人民政府及其办公厅规范性文件57件: 57 too).
    """
    rows = {row.code: row for row in classes() if row.code in (FILED, CORRECTED) and row.units.fullmatch(unit)}
    named = [clause for clause in _CLAUSE_END.split(lead) if rows and rows[FILED].pattern.search(clause)]
    if len(rows) < 2 or not named or _MAKING.search(what) or _MAKING.search(named[-1]) or _REQUESTS.search(what):
        return None
    *before, clause = _CLAUSE_END.split(lead)
    if rows[CORRECTED].pattern.search(clause + what):
        told = [c for c in before if rows[CORRECTED].pattern.search(c) and _COUNTED.search(c)]
        return "" if told else CORRECTED
    return "" if _PARTS in lead[lead.find(named[0]):] else FILED


#: A unit with its times in brackets (84项(次), 12件（次）) counts in the unit before them, as the table's rows name it.
_TIMES_BRACKETED = re.compile(r"[(（]次[)）]$")


@lru_cache(maxsize=1024)  # a statistic's unit is one of a few dozen words (件, 人次, 条)
def _fitting(unit: str) -> tuple[MeasureClass, ...]:
    """The rows of :func:`classes` whose units fit ``unit`` (read without a bracketed 次: 项(次) as 项), in order, less the
    filed documents' (:func:`filed_documents` reads them in their sentence): matched once per unit, not once per statistic
    and row."""
    unit = _TIMES_BRACKETED.sub("", unit)
    return tuple(row for row in classes() if row.units.fullmatch(unit) and row.code not in (FILED, CORRECTED, POINTS, PARTICIPANTS, CONSULTED))


def _raised_or_submitted(found: str, fitting: tuple[MeasureClass, ...], lead: str) -> str:
    """``opinions_raised`` when its row fits the unit and either its pattern ``lead`` holds and ``lead`` names no session
    nor suggestions of the congress, or those who raised them are the congress's own bodies (:func:`raised_by_bodies`);
    else ``suggestions_received`` (``found`` when the unit fits no other)."""
    fits = any(row.code == RAISED for row in fitting)
    raised = any(row.code == RAISED and row.pattern.search(lead) for row in fitting)
    if raised and not _SUBMITTED_WORDS.search(lead) or fits and raised_by_bodies(lead):
        return RAISED
    return SUBMITTED if any(row.code == SUBMITTED for row in fitting) else found


#: Who raised opinions or suggestions, named in the nearest clause before them that names any (round 41, newuser26 §14:
#: 州人大常委会组织开展了18项执法检查，提出意见建议76条 were the committee's, summed as deputies' suggestions received): the
#: deputies (代表, 代表团) or the congress's own bodies and groups (常委会, 委员会, 专委, 工委, 主任会议, its members, an
#: inspection's, study's or visit's group), whose opinions to the state organs are raised in their work.
_DEPUTIES = re.compile("代表")
_CONGRESS_BODIES = re.compile("常委会|委员会|专委|工委|主任会议|组成人员|委员|(?:检查|调研|视察|评议|督查|工作)组")
_RAISING = re.compile("提出|提交|形成")
#: A report right before the verb raising them (报告中提出的5条建议, 检查报告提出意见建议8条): the report's own
#: recommendations, made by the body that wrote it (an inspection group, a committee), no deputies' suggestions (newuser31
#: A4, round 46: an inspection report's 5 recommendations summed as deputies' suggestions received).
_BY_A_REPORT = re.compile(r"报告(?:中|里|内)?(?:共|还|也|并|所)?$")


def raised_by_bodies(lead: str) -> bool:
    """Whether the opinions or suggestions a figure counts (``lead``: its sentence up to it, normalised), raised by a verb
    of its clause (:data:`_RAISING`), were raised by the congress's own bodies: the nearest clause before the verb naming
    deputies or such a body (:data:`_CONGRESS_BODIES`) names a body and no deputies, or a report stands right before the
    verb (:data:`_BY_A_REPORT`: 报告中提出的5条建议, the recommendations of the body that wrote it)."""
    clauses = _CLAUSE_END.split(lead)
    verb = _RAISING.search(clauses[-1])
    if verb is None:
        return False
    clauses[-1] = clauses[-1][: verb.start()]
    if _BY_A_REPORT.search(clauses[-1]):
        return True
    for clause in reversed(clauses):
        if _DEPUTIES.search(clause):
            return False
        if _CONGRESS_BODIES.search(clause):
            return True
    return False
