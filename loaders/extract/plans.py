"""Plans: the stretches of a report that describe future work, which are not activities.

Reports end with 明年/今后五年的工作安排; annual 监督工作计划 and 工作要点 are plans
from their title on; a sentence saying 安排如下 starts a plan; a sentence or clause
saying 拟/将于/明年 states an intention. Work done is reported elsewhere, so
activities and inspections are only taken outside these stretches.

A plan section ends where a heading of the same or a higher rank begins
(三、2024年工作安排 runs until 四、…, not until its own (一)…).
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.extract.spans import start_after
from loaders.lexicon.first_chars import quick
from loaders.lexicon.patterns import CALLED_OFF, COUNT_NUMERAL_CHARS, ORDINAL, PUT_OFF
from loaders.lexicon.tables import column, words_of

_PLAN_HEADING = re.compile(r"工作安排|工作打算|工作思路|今后|明年|新的一年|下一步|工作建议|主要任务|工作计划|工作要点|监督计划")
# (a page whose headline says it lays out a year's work, 积极谋划部署2021年人大工作, is that year's plan)
_PLAN_TITLE = re.compile(r"(?:工作|监督|执法检查)(?:计划|要点|安排)|计划$|(?:谋划|部署|部属)\d{4}年[^。，,]{0,8}工作$")
_DOCUMENT_KINDS = ("报告", "计划", "要点", "意见", "安排", "总结")
_REVIEW = re.compile(r"总结|回顾|报告")
_SHORT_HEADING = 15
_SHORT_NUMBERED = 40  # a numbered line this short without a full stop is a heading, commas or not
_STATEMENT_VERB = re.compile(r"开展|听取|审议|组织|进行|视察|调研")
# The same verbs told done (会议听取了…, 审议并通过了…, 开展了…): a numbered line holding one is an item of a meeting's
# minutes that tells it (一、会议听取了区政府关于《档案法》贯彻执行情况的汇报, dev ab41), not a heading.
_DONE_VERB = re.compile(r"(?:开展|听取|审议|审查|组织|进行|视察|调研)(?:和|并|、)?(?:审议|审查|通过)?了")
# An unnumbered line ending in a report's name that hears it or has someone deliver it (a news item's subtitle: 听取市中级人民法院
# 工作报告、市人民检察院工作报告; 张平作市人大常委会工作报告) states that, where a title names its report: the verb
# comes before the title's 关于 or 《 (关于提请审议…的报告 is a title; 审查 is no verb here, it names 备案审查工作委员会),
# and 作 is not a word's end (工作, 合作).
_HEARS_OR_DELIVERS = re.compile(r"^(?:(?!关于)[^《])*?(?:听取|审议)(?!意见|结果)"
                                r"|(?<![工合协创操制著写])作了?(?:市|省|县|区|州|盟|旗|镇|乡|全国|最高|自治|本级|关于|政府|人大|人民|法院|检察院|常委会)")
_PLAN_PREAMBLE = re.compile(r"制定(?:[^。，,]{0,30}(?:监督)?工作|本)(?:计划|要点)[。.]?\s*$")
_PLAN_SENTENCE = re.compile(r"(?:安排|计划|要点)如下")
# A page's lines above its headline: a section's or site's name of a few characters (温州, 要闻) or a breadcrumb
# (首页>地方频道>温州>要闻): the headline under them is still the document's first heading.
_PAGE_FURNITURE = re.compile(r"^.{1,6}$|首页|[>»›＞]")
# A heading's number by its rank (第一部分 or 一、; （一）; 1.), the ranks tried in this order: one match per line,
# the same as one per rank, since no rank's number opens with a blank.
_NUMBER = re.compile(rf"^\s*(?:(?P<r1>第{ORDINAL}(?:部分|章)|{ORDINAL}[、.．])|(?P<r2>[（(]{ORDINAL}[)）])|(?P<r3>\d+[、.．]))")
# An intention: 拟…, 计划于… (not 按计划开展, work done as planned), 明年…, 新的一年…, 将于(近期)/将持续/将适时…,
# 适时听取…, a proposed agenda.
FUTURE = quick(
    r"拟(?:于|在|对|开展|组织|围绕|听取|安排|就|将|审议|审查|检查|视察|调研|进行|召开|作|邀请|选择|确定|重点)|(?<!按)(?:计划|准备)(?:于|在|对|开展|组织|围绕)|明年|下一年度?|新的一年"
    r"|将(?:于|在|持续|继续|适时|进一步|重点|围绕|对|开展|组织|组成|深入|加强|听取|检查|视察|首次|启动|再次|召开|审议(?!意见|结果)|开始|分赴|陆续|择期|安排|列入|纳入|制定|修订|建立|健全|实现|完成|坚持)|适时(?:听取|开展|组织)"
    # the agenda a council proposes for a coming session (主任会议建议：常委会会议听取和审议…; 建议的议程还有…)
    r"|(?:主任|委员长)会议建议|建议的?(?:会议)?议程|议程(?:还有|为|是|包括|如下)"
    # the next step a sentence opens with (下一步，常委会将…)
    r"|(?:^|(?<=[，,；;。：:]))\s*下一步"
    # more agendas and intentions: the rows of data/intentions.csv
    + "".join(f"|{pattern}" for pattern in column("intentions", "pattern"))
)

# An intention's words inside the name of a document heard (听取了关于…会议召开时间及建议议程等有关事项的报告,
# 关于明年工作计划的报告): an open 关于 before them in their clause, a report, explanation or briefing closing the name.
_NAME_OPENED = re.compile(r"关于(?:(?!报告|说明|汇报)[^，,。；])*$")
_NAME_CLOSED = re.compile(r"[^，,。；]*?(?:报告|说明|汇报)")


@lru_cache(maxsize=16)  # a sentence is asked about by the rules that read it, one after another
def intention(text: str) -> re.Match[str] | None:
    """The first intention :data:`FUTURE` finds in ``text`` that is not part of a document's name: the agenda or
    the year a report is about (关于…召开时间及建议议程等有关事项的报告, dev n19) is what it reports, heard now.
    None for none."""
    for found in FUTURE.finditer(text):
        if not (_NAME_OPENED.search(text, 0, found.start()) and _NAME_CLOSED.match(text, found.end())):
            return found
    return None


# The verbs of oversight work a clause tells done or planned.
_WORK_VERBS = "听取|审议|审查|开展|组织|进行|召开|举行|视察|检查|调研|询问|测评|评议|督办"
#: A clause's own verb telling its work as done (听取了, 审议了, 已开展, 已经听取; 开展过, 曾对…, 曾经听取: work once
#: done): not 了解, 为了, 除了, 检查过程.
_TOLD_DONE = re.compile(rf"(?:{_WORK_VERBS}|作|做)了(?!解)|已经?(?:{_WORK_VERBS}|完成|对)"
                        rf"|(?:{_WORK_VERBS})过(?!程)|曾经?(?:{_WORK_VERBS}|对|就|围绕|先后|多次|分别)")
_CLAUSE_BREAK = re.compile(r"[，,；;]")


def governs(text: str, at: int, end: int) -> bool:
    """Whether the intention at ``text[at]`` still governs the work told up to ``end`` of its sentence: not once a
    later clause tells work done by its own verb (决定暂缓开展《X法》执法检查，听取了…报告: the hearing was held; a
    first-time analyst, round 27), which ends the intention's scope, every clause after it being reported too."""
    after = _CLAUSE_BREAK.search(text, at, end)
    return after is None or _TOLD_DONE.search(text, after.end(), end) is None


#: A time a sentence recalls: a year, a past year's or this year's word, 曾, and the words of ``look-backs.csv`` that lead
#: to a past year, name the former term or a past time (2023年, 去年, 早在, 回顾, 上一届, 此前, 以往…); not its this_term words
#: (五年来: the years a work report covers).
_RECALLED_TIME = re.compile(r"(?<!\d)(?:19|20)\d{2}年|去年|上年|前年|今年|曾经?|"
                            + "|".join(words_of("look-backs", role) for role in ("lead", "term", "past")))


def recalled(text: str) -> bool:
    """Whether the sentence ``text`` recalls work done: a time (:data:`_RECALLED_TIME`) and then work told done by its own
    verb (:data:`_TOLD_DONE`), with no intention before that verb (2023年，常委会对《X法》开展了执法检查; 上一届常委会曾对…开展
    执法检查; 早在2020年，常委会就对…开展过执法检查; 2022年常委会对…开展了
    执法检查，明年将组织回头看: the first clause). Such a sentence under a plan's heading tells what was done, not what is
    planned (a first-time analyst, round 32: a plan's background sentence filed as planned work of the plan's year)."""
    time = _RECALLED_TIME.search(text)
    done = time and _TOLD_DONE.search(text, time.start())  # 曾 is both the time and the work told done
    return bool(done) and intention(text[: done.start()]) is None


def is_heading(line: str) -> bool:
    """A title or heading line: it names a topic that the body then states as facts.

    Document titles run longer (关于检查《…》和《…》实施情况的报告) but end with the
    kind of document they are.
    """
    stripped = line.strip()
    if not stripped or "。" in line or "," in line or "，" in line:
        return False
    return len(stripped) <= 40 or (len(stripped) <= 90 and stripped.endswith(_DOCUMENT_KINDS))


# A subtitle under a news item's headline that opens with the work done (开展《X法》执法检查, 视察…推进实施情况, a year's
# review's highlights under its title): a statement, as a sentence opening so would be.
_DOING_LINE = re.compile(r"(?:开展|视察|听取|审议|检查|组织|召开|专题询问|调研|督办|测评)")


def is_title_line(line: str, first: bool = False, opening: bool = False) -> bool:
    """A heading that states nothing: numbered (二、执法检查), short, a document's title (``first``:
    among a news item's headlines; or a line ending in 报告, 计划 …), or verbless.

    An unnumbered line without a full stop that says what was or will be done
    (对全区市容环境整治工作开展专题询问) is a statement, not a heading, as is a numbered one telling it done (一、会议听取了…
    的汇报, a council's minutes: round 32, dev ab41); so is a subtitle under the
    ``opening`` line that hears a report or has it delivered (聽取市中級人民法院工作報告, 张平作市人大常委会工作报告),
    which a title names instead (关于…的报告), or, among the headlines, opens with the work done (开展《X法》执法检查,
    :data:`_DOING_LINE`). The opening line itself stays the item's title: its body tells what it heads (dev q29).
    Source: a blind set's session news whose excerpt ends before its body, a new user's year review (round 17).
    """
    stripped = line.strip()
    if "\t" in stripped:
        return False  # a table's row (cells joined by tabs, as the DOCX reader gives them) states them
    # a full stop anywhere (…的报告。（责任部门：财经委）) makes the line a statement
    done = heading_rank(line) > 0 and bool(_DONE_VERB.search(stripped))  # an item of minutes: 一、会议听取了…
    if (heading_rank(line) > 0 and len(stripped) <= _SHORT_NUMBERED and "。" not in stripped
            and not stripped.endswith((".", "；", ";")) and not done):
        return True  # 二、审查和批准决算，听取和审议计划执行情况报告: a numbered heading, commas or not; one closed
        # by ； is an item of the list its lines make (一、听取和审查县人民政府工作报告； of a session's agenda)
    states_work = not opening and (done or (heading_rank(line) == 0 and (
        (stripped.endswith("报告") and bool(_HEARS_OR_DELIVERS.search(stripped)))
        or (first and bool(_DOING_LINE.match(stripped))))))
    return is_heading(line) and not states_work and (
        first or len(stripped) <= _SHORT_HEADING or stripped.endswith(_DOCUMENT_KINDS) or not _STATEMENT_VERB.search(stripped))


def heading_rank(line: str) -> int:
    """0 for an unnumbered heading, 1 for 一、, 2 for （一）, 3 for 1."""
    number = _NUMBER.match(line)
    return int(number.lastgroup.removeprefix("r")) if number else 0  # r1, r2, r3: the rank


def after_number(line: str) -> int:
    """Where a numbered line's words begin, past its number and the spaces after it (0 unnumbered)."""
    number = _NUMBER.match(line)
    return len(line) - len(line[number.end():].lstrip()) if number else 0


# A plan's agenda item stated as a task (1. 听取和审议省政府关于…的报告。（责任部门：财经委）): a work verb opens
# it, no past marker (了, 已) follows the verb, and it names who answers for it or stands among several alike.
_TASK = re.compile(r"(?:听取|审议|审查|检查|开展|组织|视察|调研|跟踪|专题询问)(?![^，,。；]{0,12}?(?:了|已|过))")
_ANSWERABLE = re.compile(r"(?:责任|承办|负责|牵头)(?:部门|单位|委室|工委)?[:：]")
_MIN_TASKS = 2


def _agenda_items(text: str) -> list[tuple[int, int]]:
    """The lines of a numbered list of tasks (a 监督工作计划 or 工作要点 whose heading is no plan title):
    each line that answers :data:`_TASK` and names who answers for it, or all of them when at least
    :data:`_MIN_TASKS` lines do."""
    tasks: list[tuple[int, int, bool]] = []
    offset = 0
    for line in text.split("\n"):
        if heading_rank(line) and _TASK.match(line, after_number(line)):
            tasks.append((offset, offset + len(line), bool(_ANSWERABLE.search(line))))
        offset += len(line) + 1
    many = len(tasks) >= _MIN_TASKS
    return [(start, end) for start, end, answerable in tasks if many or answerable]


# A list of the coming year's work opened by its frame (新的一年，县人大主要开展12项工作，包括…; 今年常委会监督工作有
# 五个重点：; 今年县人大常委会工作的主要任务是：): the time word, the main or key tasks (counted, 以下几项, or 主要任务是),
# then what opens their list; never work done (今年以来, 开展了).
_YEAR_TASKS = re.compile(
    rf"(?:新的一年|今年(?!以来|上半年|前)|明年|来年|下一年度?)[^。；;了]{{0,30}}?"
    rf"(?:(?:主要|重点|着力)[^。；;了]{{0,16}}?(?:[\d{COUNT_NUMERAL_CHARS}几]+|以下几?)\s*[项个件](?:方面)?"
    rf"|(?:[\d{COUNT_NUMERAL_CHARS}几]+|以下几?)\s*[项个](?:方面)?(?=[^。；;了]{{0,4}}?(?:重点|主要任务))"
    rf"|(?:主要|重点)(?:工作)?任务(?=是|为|有))"
    rf"[^。；;了]{{0,10}}?(?:包括|即|是|为|有|如下|[：:])"
)
_SENTENCE_END = re.compile(r"[。！？!?]")
# An item of an enumeration opening its line (一是…, 1、…, （二）…).
_ITEM_LINE = re.compile(rf"\s*(?:[{COUNT_NUMERAL_CHARS}]+是|[（(]?[{COUNT_NUMERAL_CHARS}\d]+[)）、.．])")


def year_tasks(text: str) -> list[tuple[int, int]]:
    """The lists of the coming year's work (:data:`_YEAR_TASKS`), as (start, end) offsets: from the sentence
    holding the frame to the end of its paragraph, and over the enumerated lines after it when the paragraph
    ends with the list's colon (今年常委会监督工作有五个重点：\n一是…\n二是…), less the sentences telling work under
    way (:func:`_without_work_under_way`). Every other item is planned work, not only the first; they are no plan section (:func:`plan_spans`), whose figures would drop out of the
    statistics (dev f19's gold counts the tasks: 县人大主要开展12项工作)."""
    spans: list[tuple[int, int]] = []
    for frame in _YEAR_TASKS.finditer(text):
        line_start = text.rfind("\n", 0, frame.start()) + 1
        stops = list(_SENTENCE_END.finditer(text, line_start, frame.start()))
        start = stops[-1].end() if stops else line_start
        end = text.find("\n", frame.end())
        end = len(text) if end < 0 else end
        if text[line_start:end].rstrip().endswith(("：", ":")):
            while end < len(text) and _ITEM_LINE.match(text, end + 1):
                following = text.find("\n", end + 1)
                end = len(text) if following < 0 else following
        spans.append((start, end))
    return _without_work_under_way(text, spans)


# News of a year's plan adopted or drawn up (表决通过了市人大常委会2025年工作要点; 形成以…为主要内容的县人大常委会2023年工作
# 要点; 会议审议通过了区人大常委会2016年度工作要点): what the news tells after it of the year's work is the plan's.
_PLAN_ADOPTED = re.compile(r"(?:(?:表决|审议|讨论|研究)(?:并原则|并)?通过了?|形成|印发|出台)[^。；;]{0,60}?(?:19|20)\d{2}年度?"
                           r"(?:工作要点|监督工作计划|工作计划)(?![^。；;]{0,4}(?:的|草案|[（(]))")
_SENTENCE_STOPS = re.compile(r"[。！？!?；;\n]")
# A meeting's business told done (讨论通过了《…》, 审议通过了…报告, 确定了…重点督办建议): the news's own sitting, no plan.
_DECIDED = re.compile(r"(?:通过|确定|决定|同意|研究)了")


def adopted_plan_contents(text: str) -> list[tuple[int, int]]:
    """The sentences after news of a year's plan adopted (:data:`_PLAN_ADOPTED`) up to the text's end that tell no work
    done by its own verb (:data:`_TOLD_DONE`: 会议还听取了…, 已开展…) and no business decided (:data:`_DECIDED`), as (start, end) offsets: the plan's contents the
    news goes on to tell (今年共安排…听取和审议专项工作报告21项、执法检查3项; 全年…对区法院…开展调研), planned as a
    plan document's are, though no heading opens them (dev b12 h29 k22; round 42)."""
    adopted = _PLAN_ADOPTED.search(text)
    full_stop = text.find("。", adopted.end()) if adopted else -1
    business = text[adopted.end() : full_stop if full_stop != -1 else len(text)] if adopted else ""
    if adopted is None or _TOLD_DONE.search(business) or _DECIDED.search(business):
        return []  # none, or the plan one item of a sitting's business told done (…工作要点；审议通过了…报告；…)
    spans, start = [], (stop.end() if (stop := _SENTENCE_STOPS.search(text, adopted.end())) else len(text))
    for stop in _SENTENCE_STOPS.finditer(text, start):
        if not (_TOLD_DONE.search(text, start, stop.start()) or _DECIDED.search(text, start, stop.start())):
            spans.append((start, stop.end()))
        start = stop.end()
    return _without_work_under_way(text, spans)


def plan_spans(text: str, sections: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Stretches that describe future work: the plan ``sections`` of ``text`` (:func:`plan_sections`: plan
    sections, plan documents, 安排如下 onwards) and the lines of a numbered list of tasks (:func:`_agenda_items`);
    without the sentences telling work under way (:func:`_without_work_under_way`)."""
    return _without_work_under_way(text, [(start, end) for start, end, _ in sections] + _agenda_items(text))


# Work under way (正在对《X法》开展执法检查, 目前正在进行, 常委会正对…开展, 正值…执法检查之际, 执法检查正在进行中): begun, so
# done as the genre reports it (benchmarks/genre dev g19 and m25: 正在開展…執法檢查 and 執法檢查正在進行 are `reported`);
# not preparing what is still to come (正在筹备, 正在研究制定), nor the times a sentence sets its work in (正处于关键时期).
_UNDER_WAY = quick(
    r"(?:正在|现正|(?<![真公纠端修立反改校订更严])正(?=对|就|围绕|组织|开展|进行|深入|赴|分赴))"
    r"(?!筹备|酝酿|研究|谋划|制定|起草|拟定|考虑|计划|准备|征求|筹划|部署|安排)"
    r"[^，,。；;\n]{0,30}?(?:开展|进行|组织|检查|视察|调研|审议|审查|听取|询问|评议|督办|测评)"
    r"|正值[^，,。；;\n]{0,40}?(?:检查|视察|调研|询问|评议|审议|审查)[^，,。；;\n]{0,6}?之际"
    r"|(?:检查|视察|调研|询问|评议|审议)(?:工作)?正在(?:进行|开展|紧张|有序|深入)")
_SENTENCE_ENDS = "。！？!?；;\n"  # as loaders.extract.spans splits sentences


def under_way(clause: str) -> bool:
    """Whether ``clause`` tells its work under way (:data:`_UNDER_WAY`: 正在开展《X条例》执法检查): begun, so reported
    whatever intention governs its sentence (会议要求，…与正在开展《X条例》执法检查统筹安排, dev g19)."""
    return _UNDER_WAY.search(clause) is not None


def _without_work_under_way(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, less each sentence in them that tells work under way (:data:`_UNDER_WAY`): a report's plan
    section or plan document that says what is being done now (二、2024年工作安排 … 目前，常委会正在对《X法》开展执法
    检查) reports that work, as a sentence outside a plan would. Source: a fresh analyst's (round 26: 正在…开展执法检查
    in a plan section was `planned`)."""
    cuts = []
    for found in _UNDER_WAY.finditer(text):
        start = start_after(text, found.start(), _SENTENCE_ENDS)
        ends = [at for mark in _SENTENCE_ENDS if (at := text.find(mark, found.end())) != -1]
        cuts.append((start, min(ends) + 1 if ends else len(text)))
    kept = []
    for start, end in sorted(spans):
        for cut_start, cut_end in cuts:
            if start < cut_end and cut_start < end:
                kept.append((start, cut_start))
                start = max(start, cut_end)
        kept.append((start, end))
    return [(start, end) for start, end in kept if end > start]


# A numbered heading run into its paragraph (三、2024年工作打算。拟对…): its words up to the first full stop, short and
# without a comma.
_RUN_IN = re.compile(r"[^。，,；;：:]{2,%d}。" % _SHORT_HEADING)


def run_in_heading(line: str) -> str:
    """The heading a numbered line runs into its paragraph (三、2024年工作打算。拟对《X法》…开展执法检查。 gives
    三、2024年工作打算), as township and county reports write them; "" for any other line. Such a heading opens and
    closes sections as one on its own line does (a first-time analyst's, round 27: the plan under a run-in
    2024年工作打算 was dated by the report's year, 2023)."""
    if not heading_rank(line) or is_heading(line):
        return ""
    words = _RUN_IN.match(line, after_number(line))
    return line[: words.end() - 1] if words else ""


@lru_cache(maxsize=2)
def heading_lines(text: str) -> tuple[tuple[int, str, str, int], ...]:
    """Each line of ``text`` as ``(offset, line, heading, rank)``: its heading (the line itself, or the words a numbered
    line runs into its paragraph, :func:`run_in_heading`; "" for none) and, for a heading, its :func:`heading_rank`
    (0 otherwise). Read once per report by :func:`plan_sections` and :func:`loaders.extract.dating.looked_back`."""
    found, offset = [], 0
    for line in text.split("\n"):
        heading = line if is_heading(line) else run_in_heading(line)
        found.append((offset, line, heading, heading_rank(line) if heading else 0))
        offset += len(line) + 1
    return tuple(found)


def plan_sections(text: str, title: str = "") -> list[tuple[int, int, str]]:
    """The plan sections and documents of :func:`plan_spans` as ``(start, end, opening)``: the words that open each,
    its heading (二、2024年工作安排), the document's headline or ``title`` (2025年监督工作计划), or the line that
    starts it (制定2021年监督工作计划。; 2024年工作安排如下：), which may name the year of the work it plans."""
    if _PLAN_TITLE.search(title.strip()) and not _REVIEW.search(title):
        return [(0, len(text), title)]
    sections: list[tuple[int, int, str]] = []
    start: int | None = None
    opening = ""
    rank = 0
    first_heading = True
    for offset, line, heading, line_rank in heading_lines(text):
        if heading:
            if start is not None and line_rank <= rank:
                sections.append((start, offset, opening))
                start = None
            if start is None and first_heading and heading == line and _PLAN_TITLE.search(line.strip()) and not _REVIEW.search(line):
                start, rank, opening = offset, -1, line  # a plan document: the whole text is a plan
            elif start is None and _PLAN_HEADING.search(heading):
                start, rank, opening = offset, line_rank, heading
            first_heading = first_heading and heading == line and bool(_PAGE_FURNITURE.search(line.strip()))
        elif line.strip():
            preamble = first_heading and _PLAN_PREAMBLE.search(line)  # 根据…，制定2021年监督工作计划。
            first_heading = False
            if start is None and (_PLAN_SENTENCE.search(line) or preamble):
                start, rank, opening = offset, -1, line  # runs to the end of the text
    if start is not None:
        sections.append((start, len(text), opening))
    return sections


# A clause that gives only why the work before it was called off or put off (因疫情原因, 受防汛工作影响, 由于时间冲突): the
# clause after it tells what became of that work.
_REASON = re.compile(r"[\s“\"]*(?:但|后)?(?:因|由于|受)[^，,。；;]{1,16}?(?:原因|影响|需要|冲突|所致)?")


@lru_cache(maxsize=64)  # each law of a sentence asks about its clauses (laws_inspected)
def fates(clauses: tuple[str, ...]) -> tuple[str | None, ...]:
    """What the clause after each of a sentence's ``clauses`` (their texts, in order) tells became of the work it
    states: ``"off"`` when it was called off or could not be held (常委会原计划开展《X法》执法检查，因故取消: no activity),
    ``"later"`` when it was put off to a time to come (…执法检查，推迟到明年开展: planned for then, as
    :func:`dating.postponed_year` dates it), else None; a clause giving only the reason (因疫情原因) is passed over. The
    rows of ``not-done.csv`` (`called_off`, `put_off`). Source: a first-time analyst (round 30: a cancelled inspection
    stored as planned, a cancelled hearing as held)."""
    found: list[str | None] = []
    for index in range(len(clauses)):
        after = [c.strip(" \u3000，,。；;") for c in clauses[index + 1 :]]
        while after and _REASON.fullmatch(after[0]) and not (CALLED_OFF.fullmatch(after[0]) or PUT_OFF.fullmatch(after[0])):
            after = after[1:]
        told = after[0] if after else ""
        found.append("off" if CALLED_OFF.fullmatch(told) else "later" if PUT_OFF.fullmatch(told) else None)
    return tuple(found)
