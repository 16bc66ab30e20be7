"""Work a congress body carries out under another's entrustment (委托) is the entrusting body's: it conducts the work,
the entrusted body assists (``Activity.conducted_by``, ``assisted_by``: :func:`loaders.extract.partners.assisted`).

A standing committee entrusts its inspection of a law to the committees below it, which do the work in its name
(此次执法检查以市人大常委会名义开展，具体工作由接受委托的区县人大常委会承担); the entrusted committee's report says so
(受市人大常委会委托，宝兴县人大常委会于2019年3月…开展了《X法》执法检查; 受全国人大常委会委托，四川省人大常委会…开展《长江
保护法》执法检查). One inspection, done in several places, is the entrusting body's, whether the entrusting report, the
entrusted one or both are stored, as a visiting body's inspection its host helped is the visitor's (round 32) and a
province's report of the national committee's inspection gives that inspection, conducted by the national body (genre
README, round 24's part a 2). The entrusted body is ``assisted_by``, not a partner: ``okg:assistedBy`` already says an
organ took part in the work without being credited with it; PROV's ``prov:actedOnBehalfOf`` relates two agents, not an
agent's part in one activity (that would need a qualified ``prov:Delegation`` node per inspection).

Source: a new user's round 36, finding 3a (two reports of 重庆's 2018 entrusted inspections of five regulations: the
launch report credited each district, the results report the city, so each regulation counted 2 for 1).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract import partners
from loaders.lexicon.patterns import COUNT_NUMERAL_CHARS

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.organs import OrganHit
    from loaders.facts import Activity

#: The kinds of work a body carries out for another (an inspection, a visit, an investigation; 受市人大常委会委托，汉阴县人大
#: 常委会…组织市人大代表开展集中视察): not a report delivered 受…委托, which is its speaker's voice (委员长…受全国人大常委会委托
#: 向大会报告工作).
ENTRUSTABLE = frozenset({"law_enforcement_inspection", "site_visit", "investigation"})
#: The entrusting body named before the work in its sentence (受市人大常委会委托，…; 受全国人大常委会的委托，…).
#: Told as the entrustment's terms too (按照全国人大常委会委托安徽省开展…执法检查的要求, 根据全国人大常委会的委托: newuser30
#: E5, read as the province's own); not a document's title naming an entrustment (根据…《关于委托…的通知》).
_ENTRUSTED_BY = re.compile(r"(?:受|按照|根据|依照)(?P<body>[^，,。；;《》]{2,30}?)(?:的)?委托")
#: The entrusted bodies named by the entrusting report before the work (委托九龙坡区人大常委会对《X条例》开展执法检查), maybe
#: several or a set (委托昆明市、曲靖市、大理州人大常委会对本行政区域内…进行检查, 委托各州市人大常委会…, 委托内蒙古、四川3个省、自治区
#: 人大常委会…: each one named listed; a set, 各州市人大常委会, is no organ an activity may name; a first-time analyst, round 39).
#: The work may follow as done alongside (委托A、B、C人大常委会同步联动检查, 同时开展检查) or in their own areas (在本市开展检查,
#: 在辖区内进行检查: newuser30 E5, where only 对/就/开展/进行 were read).
_ENTRUSTS = re.compile(r"(?<!受)委托(?P<body>[^，,。；;]{2,60}?)(?=[，,]?(?:对|就|开展|进行|分别|同步|联动|同时)|在(?:本|当地|辖区|各自))")
#: Lower congress bodies named as a set by their level, no place (其他10个州(市)人大常委会, 十六个区人大常委会, 各县(市、区)人大
#: 常委会, 其他市人大常委会).
_OTHERS = "(?:其他|其余|其它|各)?"
_SET_OF_BODIES = re.compile(rf"(?P<set>{_OTHERS}(?:[\d{COUNT_NUMERAL_CHARS}]+个)?(?:设区的)?"
                            r"[州市区县](?:[（(][州市区县、]{1,5}[)）])?)(?:人大常委会|人民代表大会常务委员会)")
_FULL_WIDTH = str.maketrans("()", "（）")
#: The entrusting body named as the one in whose name the work is done, in the paragraph before it (此次执法检查以市人大常委会
#: 名义开展，具体工作由接受委托的区县人大常委会承担。其中，璧山区负责《X条例》…).
_IN_NAME_OF = re.compile(r"以(?P<body>[^，,。；;]{2,30}?)(?:的)?名义")


def _congress(ctx: Context, start: int, end: int) -> str | None:
    """The canonical name of the congress body (one organ) the text names within view offsets ``start:end``."""
    hit: OrganHit | None = next((h for h in ctx.organ_hits[bisect_left(ctx.organ_starts, start):]
                                 if h.start >= end or (h.end <= end and h.kind == "congress" and h.is_organ)), None)
    return hit.canonical if hit and hit.start < end else None


def _named(ctx: Context, pattern: re.Pattern[str], start: int, end: int,
           first: tuple[list[int], int] | None = None) -> str | None:
    """The congress body the ``body`` group of a match of ``pattern`` in view offsets ``start:end`` names, the first
    that names one; with ``first`` (the sorted view starts of the report's activities, and the start of the one asked
    about), only a match that work is the first told after (受…委托，对…进行执法检查，并对…开展跟踪检查: the inspection)."""
    for found in pattern.finditer(ctx.text, start, end):
        if first is not None:
            starts, at = first
            after = bisect_left(starts, found.end())
            if at >= found.end() and after < len(starts) and starts[after] < at:
                continue  # other work is told between the words and this work
        if body := _congress(ctx, found.start("body"), found.end("body")):
            return body
    return None


def _entrusted(ctx: Context, start: int, end: int, own: str | None) -> list[str]:
    """The congress bodies (one organ each) entrusted with part of the work, named after a 委托
    (:data:`_ENTRUSTS`) within view offsets ``start:end``, in text order, each once; [] for none. Not a 委托 inside a
    document's 《》 title (《全国人大常委会办公厅关于委托有关省(区、市)人大常委会开展…执法检查的通知》: who the notice
    entrusted), nor the report's organ ``own`` or its groups. A set of lower bodies named by their level and no place
    (委托其他10个州(市)人大常委会, 委托十六个区人大常委会) is one entry of the set as written under the report's area
    (:func:`_set_entrusted`)."""
    bodies: list[str] = []
    for found in _ENTRUSTS.finditer(ctx.text, start, end):
        before = ctx.text[start : found.start()]
        if before.count("《") > before.count("》"):
            continue
        if named := _set_entrusted(ctx, found.start("body"), found.end("body")):
            bodies.append(named)
            continue
        first = bisect_left(ctx.organ_starts, found.start("body"))
        bodies += [h.canonical for h in ctx.organ_hits[first : bisect_left(ctx.organ_starts, found.end("body"))]
                   if h.end <= found.end("body") and h.kind == "congress" and h.is_organ
                   and not (own and h.canonical.startswith(own))]
    return list(dict.fromkeys(bodies))


def _entrusted_later(ctx: Context, activities: list[Activity], own: str | None) -> list[Activity]:
    """``activities`` with the bodies a later sentence names entrusted with checking a law (全国人大常委会还委托其他23个省区市
    人大常委会分别对本行政区域内道路交通安全法的实施情况进行检查, paragraphs after the inspection's launch: l01, round 47: a 委托
    whose words up to the first 检查 after it name the law) assisting each inspection of that law told before it, the
    report's organ's own; not one whose entrusted bodies are named already, nor one of another year recalled (继1998年对
    《X法》开展执法检查, dated 1998 in a report of 2018)."""
    year = ctx.metadata.get("year")
    year = int(year) if isinstance(year, str) and year.isdigit() else year
    for found in _ENTRUSTS.finditer(ctx.text):
        check, laws = _laws_checked_after(ctx, found)
        before = [index for index, act in enumerate(activities)
                  if act.type == "law_enforcement_inspection" and act.conducted_by is None and laws & set(act.laws)
                  and ctx.view.index(act.start) < found.start() and not act.assisted_by
                  and (act.year is None or act.year == year)]
        if before and (bodies := _entrusted(ctx, found.start(), check, own)):
            for index in before:
                activities[index] = replace(activities[index], assisted_by=bodies)
    return activities


def _set_entrusted(ctx: Context, start: int, end: int) -> str | None:
    """The set entry of the congress bodies that view offsets ``start:end`` name as a set. Lower bodies named by level
    alone (其他10个州(市)人大常委会 in 云南省's report → 云南省其他10个州（市）人民代表大会常务委员会; 十六个区人大常委会 →
    北京市十六个区人民代表大会常务委员会: :data:`_SET_OF_BODIES`) are the set as written (round 42 ruling 1's set form) under
    the report's own area; a set the organ table names (委托23个省区市人大常委会, 委托其他省区市人大常委会: ``organs.csv``'s
    provinces' set, 各省、自治区、直辖市人民代表大会常务委员会, as the readable golds an01, l01, y01 give it) is that set. None
    when the words name places (委托昆明市、曲靖市人大常委会: each its organ), or a lower set in a report whose area is
    unknown. Those bodies assist the work (round 47: an entrustment told as a set, ap05 and ao05, was read as an area
    count alone)."""
    if found := _SET_OF_BODIES.fullmatch(ctx.text, start, end):
        area = ctx.jurisdiction.name(ctx.jurisdiction.level)
        return f"{area}{found.group('set').translate(_FULL_WIDTH)}人民代表大会常务委员会" if area else None
    hits = ctx.organ_hits[bisect_left(ctx.organ_starts, start) : bisect_left(ctx.organ_starts, end)]
    named = len(hits) == 1 and hits[0].kind == "collective" and hits[0].end == end and "人民代表大会" in hits[0].canonical
    return hits[0].canonical if named and re.fullmatch(_OTHERS, ctx.text[start : hits[0].start]) else None


def credited(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the work of :data:`ENTRUSTABLE` kinds done under another body's entrustment conducted by that
    body (named after 受…委托 in its sentence, the first work told after it, else after 以…名义 in its paragraph), the body
    that did it (its stated conductor, else the report's organ) assisting it; and the body the report's organ entrusted
    such work to (委托九龙坡区人大常委会对…开展执法检查; every body listed, up to the next work told in the paragraph:
    :func:`_reach`) assisting the organ (module docstring)."""
    own = ctx.metadata.get("organ") or None
    starts = sorted(ctx.view.index(act.start) for act in activities)
    found = []
    for act in activities:
        if act.type not in ENTRUSTABLE:
            found.append(act)
            continue
        start, end = ctx.view.index(act.start), ctx.view.index(act.end)
        sentence = ctx.sentence_holding(start)
        opening = sentence.start if sentence else start
        body = (_named(ctx, _ENTRUSTED_BY, opening, end, (starts, start))
                or _named(ctx, _IN_NAME_OF, ctx.text.rfind("\n", 0, start) + 1, end))
        doer = act.conducted_by or own
        if body and body != doer:
            act = partners.assisted(act, body, doer)
            act = replace(act, conducted_by=None) if body == own else act  # the report's organ: the Facts name none
        elif body is None and doer == own and (entrusted := _entrusted(ctx, opening, _reach(ctx, starts, start, end), own)):
            act = replace(act, assisted_by=list(dict.fromkeys([*act.assisted_by, *entrusted])))
        found.append(act)
    return _entrusted_later(ctx, _told_elsewhere(ctx, found, own), own)


def _told_elsewhere(ctx: Context, activities: list[Activity], own: str | None) -> list[Activity]:
    """``activities`` with each inspection of the report's organ's own (no conductor named) credited to the body another
    sentence of the report names entrusting an inspection of one of its laws (受全国人大常委会办公厅委托在全省开展《X法》…
    执法检查: :data:`_ENTRUSTED_BY`, the law named between the words and the first 检查 after them), that body conducting it
    and the organ assisting: the report tells one entrusted inspection in several places (its launch meeting in the headline, the
    entrustment in a later paragraph that restates it: p07, round 47), and the entrustment, told once, holds for each."""
    laws = {law for act in activities if act.type == "law_enforcement_inspection" and act.conducted_by is None
            for law in act.laws}
    if not laws:
        return activities
    entrusting: dict[str, str] = {}  # law → the body entrusting its inspection
    for found in _ENTRUSTED_BY.finditer(ctx.text):
        named = _laws_checked_after(ctx, found)[1] & laws
        body = _congress(ctx, found.start("body"), found.end("body")) if named else None
        if body and body != own:
            entrusting.update(dict.fromkeys(named - entrusting.keys(), body))
    return [partners.assisted(act, body, own)
            if act.type == "law_enforcement_inspection" and act.conducted_by is None
            and (body := next((entrusting[law] for law in act.laws if law in entrusting), None))
            else act for act in activities]


def _laws_checked_after(ctx: Context, words: re.Match[str]) -> tuple[int, set[str]]:
    """(the view offset of the first 检查 after entrusting ``words`` in their sentence, or -1 for none; the canonical
    names of the laws named between the words and it): the first work told after an entrustment is the one entrusted,
    and it names its law before its 检查 (受…委托在全省开展《X法》…执法检查, 委托…分别对…X法的实施情况进行检查; round 47)."""
    sentence = ctx.sentence_holding(words.start())
    check = ctx.text.find("检查", words.end(), sentence.end) if sentence else -1
    return check, {hit.canonical for hit in ctx.law_hits if words.end() <= hit.start < check} if check >= 0 else set()


def _reach(ctx: Context, starts: list[int], start: int, end: int) -> int:
    """How far the words entrusting part of the work starting at view offset ``start`` (ending at ``end``) may lie: to
    the start of the next work told after it (``starts``, sorted) or the end of its paragraph, whichever comes first
    (省人大常委会开展《X法》执法检查。同时委托各州市人大常委会对本行政区域内的实施情况进行检查。: the second sentence restates
    the inspection, no work of its own), never before ``end``."""
    paragraph = ctx.text.find("\n", end)
    limit = len(ctx.text) if paragraph < 0 else paragraph
    after = bisect_left(starts, start + 1)
    if after < len(starts) and starts[after] > start:
        limit = min(limit, starts[after])
    return max(end, limit)
