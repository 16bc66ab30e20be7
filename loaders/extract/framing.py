"""Organs an activity oversees that its own words leave to the words around it.

The genre names whom the congress oversees once and tells the work after it (a fresh user's study 5, F3: 155 of
275 reported city and county activities named no organ overseen):

- the departments its sentence puts as the object of 对 in the clauses before the one stating the work
  (市人大常委会对市教育局、市科技局…7个常委会任命的政府部门负责同志，围绕…进行了工作评议);
- a count of departments or units naming a list told before it with as many of them (…市粮食局、市安全生产监督管理局
  7个部门 … 7个部门负责同志逐一汇报了整改落实情况), or told in the next sentences (对接受工作评议的4个政府组成部门进行
  满意度测评。…对市粮食局、…等4个部门进行满意度测评).

Departments merely mentioned beside the work (列席, 陪同) or doing it with the congress (会同市财政局，对…开展调研)
are none of these: only the 对-object itself, and only counts that equal the list's length, are read.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract import organs
from loaders.extract.spans import Span
from loaders.facts import Activity
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import COUNT

if TYPE_CHECKING:
    from loaders.extract.context import Context

#: Words that give a 对-phrase a verb or an object of its own (对市财政局提出的意见进行研究, 对市政府关于…的报告): it is
#: no list of those the clause after it oversees.
_OWN_PREDICATE = re.compile(r"进行|开展|听取|审议|审查|提出|作出|召开|组织|举行|汇报|报告|意见|建议|问题|关于|转|送|交|要求|"
                            r"会同|联合|配合|协助|陪同|列席|参加|出席")
#: How many characters a 对-phrase may hold besides its organs and their separators (7个常委会任命的政府部门负责同志).
_FRAME_REST = 20
#: What separates the organs of a list (、 ，and the conjunctions), and what may follow one.
_SEPARATORS = re.compile(r"[、，,和及与\s]+")
#: A count of departments or units (7个部门, 三个被评议单位, 接受工作评议的4个政府组成部门, 6个单位).
_COUNTED = re.compile(COUNT + r"[个家名](?:被评议|参评|相关|有关|政府|组成|工作|职能|县级|市级|区级|省级|的|\s){0,4}?(?:部门|单位)")
#: How many sentences after a count's own its list may be told (对今年接受工作评议的4个政府组成部门进行满意度测评。…
#: 对市粮食局、…等4个部门进行满意度测评): the count's sentence and the next two.
AFTER_SENTENCES = 3
#: The words after a list that count it (…市粮食局7个部门, …水利局等6个单位): ``listed`` marks a partial list (等).
_LIST_COUNT = re.compile(r"(?P<listed>等)?" + COUNT + r"[个家名][^，,。；;、]{0,12}?(?:部门|单位)")


#: Work in the field whose group hears the bodies it checks (执法检查, 视察, 调研, 督查, 评议, 察看).
_FIELD_WORK = re.compile(r"检查|视察|调研|督查|督办|评议|察看|暗访")
#: The work's words hold a report heard (市人大常委会教科文卫工委调研情况的汇报): a review of its own, whose briefings in the
#: sentence are other items of the meeting's list.
_HEARD = re.compile(r"汇报|报告")
#: A briefing heard during that work: 听取(了) and the bodies, up to their 汇报 in the same clause list (听取市生态环境局、
#: 安吉县人民政府的情况汇报; 听取了县政府关于…工作情况的汇报); the bodies stop at 关于 or 对.
_BRIEFING = re.compile(r"听取(?:了)?(?P<who>[^。；;，,]{2,80}?)(?:关于[^。；;]{0,80}?|对[^。；;]{0,40}?)?(?:的)?"
                       r"(?:工作|情况|有关情况|有关工作|整改情况|落实情况|专题|工作情况)?汇报")
#: The bodies the field work checked, as the object of 对 before how they carry out the law or the work (对市生态环境局、
#: 市城市管理执法委员会落实法律情况进行了检查; 对县住建局贯彻实施条例的情况开展检查): the organs it oversees.
_CHECKED = re.compile(r"对(?P<who>[^。；;，,]{2,80}?)(?:落实|贯彻|执行|实施|遵守|履行)[^。；;，,]{0,30}?情况"
                      r"(?:进行了?|开展了?)?(?:检查|执法检查|视察|调研|督查|检查调研)")
#: The bodies handed what the field work concluded (形成执法检查报告，提出审议意见8条，交县政府研究处理; 将检查报告转市政府
#: 研究办理; 反馈给县政府及相关部门抓好整改): the organs that answer for it, overseen as a report's maker is.
_HANDED = re.compile(r"(?:交由|交给|交|转交|转送|转|送交|送|反馈给?)(?P<who>[^。；;，,]{2,40}?)(?:研究处理|研究办理|办理|处理|"
                     r"认真研究|研究|整改落实|抓好整改|整改|落实)")
#: The bodies the field work's group judged (执法检查组对市政府及相关职能部门在贯彻执行…工作中所取得的成效予以充分肯定):
#: those whose carrying out of the law it appraised.
_APPRAISED = re.compile(r"对(?P<who>[^。；;，,]{2,40}?)(?:在|的|贯彻|落实|执行|实施)[^。；;]{0,60}?(?:予以|给予|表示)了?"
                        r"(?:充分|高度)?(?:肯定|认可)")
#: A verb of going before the bodies field work went to (来到县人民法院、县人民检察院; not 达到, 受到, 做到 …).
_GOING = re.compile(r"(?<![达受得做看想认提感遇听])(?:来到|深入到?|走进|前往|赴|到)")
#: A sentence going on with the field work before it: its group, or its time (执法检查组深入…, 检查期间, 视察中, 其间).
_GOING_ON = re.compile(r"\s*(?:[^，,。；;]{0,12}?(?:检查组|视察组|调研组|督查组|评议组)|(?:检查|视察|调研|督查)(?:期间|中|时)"
                       r"|期间|其间|在[^，,。；;]{0,16}?(?:期间|过程中))")


def overseen(ctx: Context, span: Span) -> list[str]:
    """The organs (canonical names) the activity at ``span`` oversees that its sentence or report names outside its
    words: the 对-object before it (:func:`framed`), else the list a count in its words stands for (:func:`counted`),
    else the bodies whose briefing its group heard (:func:`briefed`); [] when none names one."""
    return framed(ctx, span) or counted(ctx, span) or briefed(ctx, span)


def briefed(ctx: Context, span: Span) -> list[str]:
    """The organs whose briefing the field work at ``span`` heard (执法检查组深入安吉县，听取市生态环境局、安吉县人民政府的
    情况汇报: a first-time analyst, round 27, found such bodies overseen by no one): those named between 听取 and 汇报
    in its sentence outside ``span`` (评议组听取了…的工作汇报，并开展工作评议), or in the next sentences (:data:`AFTER_SENTENCES`) while each goes on with the work
    (:data:`_GOING_ON`), and those it checked (:data:`_CHECKED`: …对市生态环境局落实法律情况进行了检查, the same analyst's
    second report), also when the work is told as its report heard; no briefings for work told as a report heard
    (:data:`_HEARD`: they are other items of the meeting's list); and those handed its conclusions (:data:`_HANDED`:
    …提出审议意见8条，交县政府研究处理) or whose carrying out of the law its group judged (:data:`_APPRAISED`: 执法检查组对市政府
    及相关职能部门…予以充分肯定: a first-time analyst, round 30, found every inspection overseeing no one); [] for none."""
    if not _FIELD_WORK.search(span.text):
        return []
    heard = _HEARD.search(span.text) is not None
    held = bisect_left(ctx.sentences, span.start + 1, key=lambda s: s.end)
    if held >= len(ctx.sentences):
        return []
    regions = [(ctx.sentences[held].start, span.start), (span.end, ctx.sentences[held].end)]
    for sentence in ctx.sentences[held + 1 : held + AFTER_SENTENCES]:
        if not (_GOING_ON.match(sentence.text) or (len(regions) > 2 and _after_semicolon(ctx.text, sentence.start))):
            break
        regions.append((sentence.start, sentence.end))
    return list(dict.fromkeys(name for start, end in regions for name in _field_bodies(ctx, start, end, heard)))


def _field_bodies(ctx: Context, start: int, end: int, heard: bool = False) -> list[str]:
    """The organs field work oversees as ``ctx.text[start:end]`` tells it (:func:`briefed`): those briefing it (none
    when ``heard``: the work is told as a report heard), checked, handed its conclusions or appraised, and those it went
    to (:func:`_visited`), in text order."""
    found: list[str] = []
    for told in [*(() if heard else ctx.matches(_BRIEFING, start, end)), *ctx.matches(_CHECKED, start, end),
                 *ctx.matches(_HANDED, start, end), *ctx.matches(_APPRAISED, start, end)]:
        if not _in_a_name(ctx, told.start()):
            found += _overseen_in(_hits(ctx, told.start("who"), told.end("who")))
    return found + _visited(ctx, start, end)


def _visited(ctx: Context, start: int, end: int) -> list[str]:
    """The organs listed right after a verb of going in ``ctx.text[start:end]`` (执法检查组先后来到县人民法院、县人民检察院、
    县公安局…检查《人民警察法》贯彻执行情况; 调研组深入市生态环境局…): the bodies field work went to, each named from the
    verb on with nothing but separators between (newuser22 §4: a county's inspection went to its court, procuratorate
    and public security bureau, overseen by no one)."""
    found: list[str] = []
    for going in ctx.matches(_GOING, start, end):
        at, listed = going.end(), []
        for hit in _hits(ctx, at, end):
            if hit.start != at and not _SEPARATORS.fullmatch(ctx.text, at, hit.start):
                break
            listed.append(hit)
            at = hit.end
        found += _overseen_in(listed)
    return found


def narrated(ctx: Context, activities: list[Activity], told: dict[int, int]) -> list[Activity]:
    """``activities`` with the organs each sentence going on telling one of them (``told``:
    :func:`loaders.extract.narration.referents`) says its field work oversees (:func:`_field_bodies`) added to its
    ``overseen``, but for those it names assisting: 座谈会上，代表们听取了县委农办、农业局…等有关部门对贯彻执行《农业法》
    情况的汇报 after the inspection's sentence, and the bodies the group of a later sentence went to (newuser22 §4: eleven
    departments briefing an inspection overseen by no one). The bodies its own sentence says its group went to before
    its words (…率执法检查组先后来到县人民法院,县人民检察院,县公安局…检查《人民警察法》贯彻执行情况, where the list's commas
    cut the evidence's clause: :func:`_visited`), after any activity told before it there, are its own (a first-time
    analyst, round 41 §9: two inspections told in two sentences, each with the bodies its group went to)."""
    spans = sorted((ctx.view.index(act.start), ctx.view.index(act.end)) for act in activities)
    for index, act in enumerate(activities):
        start = ctx.view.index(act.start)
        sentence = ctx.sentence_holding(start)
        if sentence is None or not _FIELD_WORK.search(act.evidence):
            continue
        before = spans[bisect_left(spans, (sentence.start, -1)) : bisect_left(spans, (start, -1))]
        known = {*act.overseen, *act.assisted_by}
        if more := [name for name in dict.fromkeys(_visited(ctx, max([sentence.start, *(e for _, e in before)]), start))
                    if name not in known]:
            activities[index] = replace(act, overseen=more + act.overseen)
    for start, index in told.items():
        act = activities[index]
        if not _FIELD_WORK.search(act.evidence):
            continue
        sentence = ctx.sentence_holding(start)
        known = {*act.overseen, *act.assisted_by}
        if more := [name for name in dict.fromkeys(_field_bodies(ctx, sentence.start, sentence.end)) if name not in known]:
            activities[index] = replace(act, overseen=act.overseen + more)
    return activities


def _after_semicolon(text: str, start: int) -> bool:
    """Whether the sentence starting at ``start`` goes on, after a semicolon, from the one before it (检查组实地察看了…；
    召开座谈会，听取了区农委、区商务局…关于《X法》贯彻实施情况的汇报): the same group's work told on (a new user, round 36,
    finding 5: six departments briefing an inspection were overseen by none)."""
    return text[max(0, start - 2) : start].rstrip().endswith(("；", ";"))


def _in_a_name(ctx: Context, at: int) -> bool:
    """Whether the character at ``at`` lies in an organ's name (the 交 of 省交通运输厅, of 交通局): no verb there, so
    no body handed anything (a first-time analyst, round 35: 对省交通运输厅、省自然资源厅等8家承办单位的办理工作开展评议 read
    as 交…办理, its organs overseen by the 专题调研 before it in the sentence)."""
    hits = ctx.organ_hits[: bisect_left(ctx.organ_starts, at + 1)]
    return any(hit.start <= at < hit.end for hit in hits[-8:])


def framed(ctx: Context, span: Span) -> list[str]:
    """The organs listed as the object of the last 对 of the activity's sentence before ``span`` when nothing but the
    list, its count and its head noun stand between (对市教育局、市科技局等7个部门负责同志，围绕…进行了工作评议);
    [] when the 对-phrase has a predicate of its own (:data:`_OWN_PREDICATE`) or names no organ overseen."""
    sentence = ctx.sentence_holding(span.start)
    if sentence is None:
        return []
    at = ctx.text.rfind("对", sentence.start, span.start)
    if at < 0:
        return []
    hits = _hits(ctx, at + 1, span.start)
    rest, last = [], at + 1
    for hit in hits:
        rest.append(ctx.text[last : hit.start])
        last = hit.end
    rest.append(ctx.text[last : span.start])
    words = _SEPARATORS.sub("", "".join(rest))
    if not hits or len(words) > _FRAME_REST or _OWN_PREDICATE.search(words):
        return []
    return _overseen_in(hits)


def counted(ctx: Context, span: Span) -> list[str]:
    """The organs of the list a count of departments or units in ``span`` stands for (7个部门负责同志逐一汇报): the last
    list before ``span`` of organs overseen followed by its count (…市粮食局、市安全生产监督管理局7个部门, …等6个单位)
    whose length is that count (at most it, after 等), else the first such list of the next sentences
    (:data:`AFTER_SENTENCES`); [] when the span counts none or no such list is near."""
    count = _COUNTED.search(span.text)
    if count is None:
        return []
    wanted = to_number(count.group("n"))
    before = _lists(ctx, 0, span.start, wanted)
    if before:
        return before[-1]
    sentences = ctx.sentences
    last = min(len(sentences), bisect_left(sentences, span.end, key=lambda s: s.start) + AFTER_SENTENCES) - 1
    after = _lists(ctx, span.end, sentences[last].end, wanted) if last >= 0 else []
    return after[0] if after else []


def _lists(ctx: Context, start: int, end: int, wanted: int | float | None) -> list[list[str]]:
    """The lists of organs overseen counted in ``ctx.text[start:end]`` as ``wanted`` (:data:`_LIST_COUNT`), in text
    order: as many organs as the count, or fewer but some when 等 makes the list partial."""
    found = []
    for listed in ctx.matches(_LIST_COUNT, start, end):
        if to_number(listed.group("n")) != wanted:
            continue
        named = _list_before(ctx, listed.start())
        if len(named) == wanted or (listed.group("listed") and 0 < len(named) < wanted):
            found.append(named)
    return found


def _list_before(ctx: Context, end: int) -> list[str]:
    """The organs overseen of the list ending at ``end``: hits joined by separators only, read backwards."""
    hits = ctx.organ_hits[: bisect_left(ctx.organ_starts, end)]
    listed = []
    for hit in reversed(hits):
        if hit.end > end:
            continue
        if _SEPARATORS.sub("", ctx.text[hit.end : end]):
            break
        listed.append(hit)
        end = hit.start
    return _overseen_in(listed[::-1])


def _hits(ctx: Context, start: int, end: int) -> list[organs.OrganHit]:
    """The organ hits in ``ctx.text[start:end]``, in text order."""
    starts = ctx.organ_starts
    return [hit for hit in ctx.organ_hits[bisect_left(starts, start) : bisect_left(starts, end)] if hit.end <= end]


def _overseen_in(hits: list[organs.OrganHit]) -> list[str]:
    """The canonical names of the organs among ``hits`` a congress oversees (governments, courts, procuratorates,
    supervision commissions and government agencies), each once, in text order."""
    return list(dict.fromkeys(hit.canonical for hit in hits if hit.is_organ and hit.kind in organs.OVERSEEN_KINDS))
