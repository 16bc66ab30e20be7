"""Where an activity's work was done and who led it, as its sentence states them.

A first-time analyst (round 29) found both only in the evidence: 省人大常委会副主任周先旺率执法检查组赴荆州市、洪湖市、
监利市，检查《湿地保护法》实施情况 gave no leader and no places, and 调研组赴思明区、湖里区、集美区开展专题调研 put the places
into the subject.

- ``places``: the areas named after a verb of going or working somewhere (赴, 到, 来到, 来, 前往, 深入, 走进, 在; 对 with
  the work's visit or check right after them, 对洪湖市、监利市进行了实地检查: the :data:`_GOING` pattern), in any clause
  of the activity's stretch, one or a list of them (、 以及 和 及 与; a chain of names, 上海市崇明区, is its last; the later
  items of a city a chain named once are read within it first, 益阳市赫山区、资阳区以及株洲市石峰区、荷塘区: a first-time
  analyst's round 41, newuser26 §12, where 以及 was no join and 石峰区 was lost), each as the
  area lexicon names it (:func:`loaders.lexicon.areas.named`, narrowed by the report's own area:
  :func:`loaders.lexicon.areas.resolve`); 来我市 / 到我县 … is the report's own area. A name the words read otherwise
  is none: a short name running on into a word (在上海老港…, 到罗城小区…), a name opening an organ's (赴荆州市人民政府),
  a name after 就, or after 对 with no visit or check right after it (the work's topic, not where it was done), the
  area-wide words (全市, 我省) alone. The seat of the organ overseen is never a place by itself.
- ``led_by``: the person the sentence says led the work, read in the same stretch (:func:`loaders.extract.leaders.led_by`:
  率…赴…检查 before the work's words, …检查，由副主任王某带队 or 副主任李红任组长 opening a clause after them). One who only
  attends (出席, 参加) leads nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from loaders.extract import leaders
from loaders.extract.context import Context
from loaders.facts import Activity
from loaders.lexicon import areas
from loaders.lexicon.areas import Area

#: A verb of going or working somewhere, right before the place (达到, 受到, 做到 … are no going; 深入到 is), or 对 before
#: places the work was done at on site (对洪湖市、监利市进行了实地检查; not 针对, 面对 …), or 来 before a place named by its
#: full or short name with the work after it, as after 在 (来宁陕开展…执法检查, 来津市市调研: newuser29 §4 and newuser28's
#: 来津市市, round 44; not a time's 以来, 近年来, 将来 …, nor 来自, 来访 …).
_GOING = re.compile(r"(?<![达受得做看想认提感遇听])(?:赴|前往|来到|深入到?|走进|到|(?P<at>在))|(?<![针相绝核应面反])(?P<to>对)"
                    r"|(?<![以原本未年将从历后起带出下上回进看由往近多归])(?P<come>来)(?![到自源说看信访电函往临])")
#: What must follow places after 对 for them to be where the work was done: the work's verb of visiting or checking right
#: after the list, or after its verb and the law or work checked (对洪湖市、监利市等地进行了实地检查, 对江夏区、新洲区开展
#: 《森林法》执法检查, 對江夏區進行視察), not a topic (of the places' work: 对…开展的工作进行检查), other work first (进行满意度测评后…) or an
#: organ's work (对洪湖市…工作开展调研, 对洪湖市人民政府开展工作评议). Source: a first-time analyst (round 32: 常委会对
#: 《森林法》…开展执法检查，对洪湖市、监利市进行了实地检查 gave no places, the sentence's 赴 and 深入 did).
_ON_SITE = re.compile(r"(?:等(?:地|[省市州区县乡镇]+)?)?"
                      r"(?:(?:进行|开展|组织)了?(?:《[^》]{1,40}》|(?!测评|评议|询问|审议|后)[^，,。；;、的《]){0,12}?)?"
                      r"(?:实地|现场|重点|专题|执法|明察|暗访)*(?:检查|调研|视察|考察|察看|查看|督查|督导|抽查|暗访|走访|调查)")
#: The report's own area as the text calls it when another body comes to it (来我市检查, 到我县调研, 莅临本省; not 以来我市
#: nor 近年来我县, 一年来我市: since a time, round 35's narrated sentences, 执法检查组充分肯定了近年来我县…),
#: or works in it (在我市对…进行执法检查; not 在我县产生的代表): its level word, which the area's name must end with.
_OWN_AREA = re.compile(r"(?:(?<![以原本未年])来|到|赴|莅临|亲临|(?P<at>在))(?:我|本)(?P<word>省|市|州|盟|区|县|旗|镇|乡)")
#: What must follow a place after 在 for it to be where the work was done (在福建调研, 在我市对…进行执法检查), not where a
#: meeting sat (在深圳市七届人大常委会…会议上, 动员会在石家庄召开) or what a topic is of (在我区的贯彻落实情况).
_WORKING = re.compile(r"[^，,。；;：:的]{0,16}?(?:检查|调研|视察|考察|督查|督办|开展|进行|对|就)")
#: What makes the words after 在 a law's or a work's implementation there, the topic (…在我县实施情况进行检查, 在姑苏区贯彻
#: 实施情况开展执法检查), not where the work was done.
_CARRIED_OUT = re.compile(r"实施|贯彻|落实|执行")
#: The unit an autonomous county's customary name ends with as its full name does (道真自治县 of 道真仡佬族苗族自治县, 民和县,
#: 积石山县): such a name opens a township's or a site's (道真自治县隆兴镇…示范点) as a full name does; a short name (古田,
#: 长白) runs on into a word of its own as often as into a site's (长白山人参研究院, 成都平原地区, 回到德州一一对照), and a
#: short name ending as a unit does (德州, 红旗, 忠州) is no customary name.
_UNITS = ("县",)
#: What joins the places of a list.
_JOINS = ("、", "以及", "和", "及", "与")
#: What may follow a short name (昭通, 兰州) for it to be a place: a join, the list's end, or the work's verb;
#: any other word runs the name on into another (在上海老港固废基地: no place).
_AFTER_SHORT = re.compile(r"[、和及与等，,。；;：:）)\s\d两三四五六七八九十]|(?:开展|进行|实地|检查|调研|视察|考察|督查|调查|召开|参观|走访|专题|集中|对|就|了解|"
                          r"听取|座谈|执法|一线|基层|市县|地区|等地|两地|三地|各地)")
#: A site named after its place in a list of sites the work went to (来到云霄县和平乡莆顶溪小流域…项目、下河乡车圩溪…项目、东厦镇
#: 荷东村…项目，诏安县…矿区等地): its words, holding no verb of the work nor an organ's words, up to the mark before the next
#: item, whose place :func:`_listed` reads on (a first-time analyst, round 40, newuser24 §7: only 和平乡 of four places;
#: read in the simplified view, so a traditional text's 下河鄉 and 東廈鎮 alike).
_SITE = re.compile(r"(?:(?!检查|调研|视察|考察|察看|查看|开展|进行|听取|召开|座谈|了解|督查|人民|人大|政府)"
                   r"[^、，,。；;：:（()《》“”\s]){2,30}[、，,]")
#: How many characters an area's name may hold (内蒙古自治区阿拉善盟, 新疆维吾尔自治区).
_LONGEST = 12
#: What an organ's name continues an area's with (荆州市人民政府, 洪湖市人大常委会): the organ is no place.
_ORGAN_AFTER = re.compile(r"人民|人大|第?[一二三四五六七八九十\d]+届|政府|党委|[省市州区县旗镇乡]?委(?!员)|法院|检察|监察|公安|财政|住建|教育|卫健|民政")



def located(ctx: Context, activities: list[Activity], told: dict[int, int]) -> list[Activity]:
    """``activities`` with the ``places`` and ``led_by`` their sentence states (see the module's docstring), read in
    the stretch of the sentence that is theirs (:func:`_stretch`); a subject holding the words naming the places is
    only the topic after them (:func:`_topic`). The places of a later sentence going on telling an activity (``told``:
    :func:`loaders.extract.narration.referents`, 检查组赴瑞昌市、湖口县实地检查 after the inspection's sentence) are
    that activity's too, after its own."""
    spans = [(ctx.view.index(act.start), ctx.view.index(act.end)) for act in activities]
    by_start = sorted((start, index) for index, (start, _) in enumerate(spans))
    for index, act in enumerate(activities):
        start, end = _stretch(ctx, spans, by_start, index)
        found, written = places(ctx, start, end)
        leader = leaders.led_by(ctx, start, end, after=spans[index][1])  # 率…赴…检查; …检查，由…带队
        if not found and not leader:
            continue
        activities[index] = replace(act, places=found, led_by=leader, subject=_topic(act.subject, written))
    for start, index in told.items():
        sentence = ctx.sentence_holding(start)
        found, _ = places(ctx, sentence.start, sentence.end)
        act = activities[index]
        known = {place["code"] for place in act.places}
        more = [place for place in found if place["code"] not in known]
        leader = act.led_by or leaders.led_by(ctx, sentence.start, sentence.end)  # 副主任某某率组深入到…: the first named
        if more or leader != act.led_by:
            activities[index] = replace(act, places=act.places + more, led_by=leader)
    return activities


def _stretch(ctx: Context, spans: list[tuple[int, int]], by_start: list[tuple[int, int]], index: int) -> tuple[int, int]:
    """The view range of the sentence of activity ``index`` that is its own: from the end of the activity before it
    in the sentence (or the sentence's start) to the start of the one after it (or the sentence's end), and at least
    its evidence (``spans``: every activity's evidence, in view offsets; ``by_start``: (start, index) of each, sorted).

    Only the activities starting in the sentence are read, in their order in ``spans`` (the range only narrows as
    they are read): a loop over every activity for each made a report's places quadratic in its activities (a
    200,000-character report spent a sixth of its extraction here)."""
    start, end = spans[index]
    sentence = ctx.sentence_holding(start)
    if sentence is None:
        return start, end
    first, last = sentence.start, max(sentence.end, end)
    inside = sorted(other for _, other in by_start[bisect_left(by_start, (first, -1)) : bisect_left(by_start, (last, -1))])
    for other in inside:
        o_start, o_end = spans[other]
        if other == index or not first <= o_start < last:
            continue
        if o_end <= start:
            first = max(first, o_end)
        elif o_start >= end:
            last = min(last, o_start)
    return min(first, start), max(last, end)


def places(ctx: Context, start: int, end: int) -> tuple[list[dict[str, str | int]], list[str]]:
    """The areas the view text ``start:end`` names as where its work was done, in order, each as
    ``{"name", "code", "mention", "start", "end"}`` (the lexicon's name and code, the words naming it as written and
    their original offsets: its provenance), and the words naming each list of them (to drop from the subject)."""
    text = ctx.text
    own = _own(ctx)
    near = areas.by_code(ctx.metadata.get("division_code", "")) or own
    found: dict[str, dict[str, str | int]] = {}
    written: list[str] = []
    for said in _OWN_AREA.finditer(text, start, end):
        if own is not None and own.name.endswith(said.group("word")) and (
                not said.group("at") or _worked_at(text, said.end())):
            found.setdefault(own.code, _place(ctx, own, said.end() - 2, said.end()))  # 我市
    for going in _GOING.finditer(text, start, end):
        listed, stop = _listed(ctx, going.end(), end, near)
        if (not listed or ((going.group("at") or going.group("come")) and not _worked_at(text, stop))
                or (going.group("to") and not _ON_SITE.match(text, stop)) or ctx.titles.holds(going.start())):
            continue  # inside a title (《关于赴山东四市考察…的调研思考》): another piece of work's words
        for area, (first, last) in listed:
            found.setdefault(area.code, _place(ctx, area, first, last))
        written.append(text[going.end() if going.group("to") else going.start() : stop])  # a subject holds 对's list
    return list(found.values()), written


def _worked_at(text: str, pos: int) -> bool:
    """Whether the words from ``pos``, after a place that follows 在, are the work done there (:data:`_WORKING`), not
    what was carried out there (:data:`_CARRIED_OUT`)."""
    working = _WORKING.match(text, pos)
    return working is not None and not _CARRIED_OUT.search(working.group())


def _place(ctx: Context, area: Area, start: int, end: int) -> dict[str, str | int]:
    first, last, words = ctx.span(start, end)
    return {"name": area.name, "code": area.code, "mention": words, "start": first, "end": last}


def _own(ctx: Context) -> Area | None:
    """The report's own area, by its division code."""
    return areas.by_code(ctx.jurisdiction.code or "") if ctx.jurisdiction.code else None


def _listed(ctx: Context, pos: int, end: int, near: Area | None) -> tuple[list[tuple[Area, tuple[int, int]]], int]:
    """The areas listed from view offset ``pos`` (before ``end``), each the last of its chain of names with the view
    range naming it, and where the list ends; ([], pos) when no area opens it."""
    found: list[tuple[Area, tuple[int, int]]] = []
    stop = pos
    city: Area | None = None  # the area a chain named its place in (益阳市 of 益阳市赫山区): the next items' first
    while pos < end:
        chain: list[Area] = []
        first = pos
        if city is not None and (hit := _area_at(ctx, pos, end, city, True)) is not None:
            chain.append(hit[0])  # 益阳市赫山区、资阳区: 资阳区 within 益阳市, as its list names it once
            pos = hit[1]
        while (hit := _area_at(ctx, pos, end, chain[-1] if chain else near, bool(chain))) is not None:
            area, pos = hit
            chain.append(area)
        if not chain:
            break
        found.append((chain[-1], (first, pos)))
        city = chain[-2] if len(chain) > 1 else city
        stop = pos
        if (join := next((j for j in _JOINS if ctx.text.startswith(j, pos)), None)) is not None:
            pos += len(join)
            continue
        site = _SITE.match(ctx.text, pos, end)  # 和平乡|莆顶溪小流域…项目、下河乡…: the next site opens with its place
        if site is None:
            break
        pos = site.end()
    return found, stop


def _area_at(ctx: Context, pos: int, end: int, near: Area | None, inside: bool) -> tuple[Area, int] | None:
    """The area whose name starts at view offset ``pos`` (the longest name), and where its name ends; None when none
    does, or the name is read otherwise (an organ's, a short name running on); ``inside``: it must lie within ``near``
    (the chain's name before it)."""
    text = ctx.text
    for stop in range(min(end, pos + _LONGEST), pos + 1, -1):
        name = text[pos:stop]
        candidates = areas.named(name)
        if inside and near is not None:
            candidates = [a for a in candidates if areas.contains(near, a) and a != near]
        if name in areas.CITY_PARTS:  # 深入城区, 到郊区: a city's parts, a district only of the report's own area
            candidates = [a for a in candidates if near is not None and areas.contains(near, a)]
        if not candidates:
            continue
        full = any(a.name == name for a in candidates)
        if _ORGAN_AFTER.match(text, stop):
            return None
        if not full and not name.endswith(_UNITS) and not _AFTER_SHORT.match(text, stop) and stop < len(text):
            return None
        chosen = _one(candidates, near, full)
        return (chosen, stop) if chosen is not None else None
    return None


def _one(candidates: list[Area], near: Area | None, full: bool) -> Area | None:
    """The area a name means: the one nearest the report's area (:func:`areas.resolve`), else the one of the highest
    level; None when several remain alike. A township's short name (武阳 of 武阳镇) is one only within ``near``: a
    short word of two characters names thousands of towns (到地方考察, 公民)."""
    if not full:
        candidates = [a for a in candidates if a.level != "township" or (near is not None and areas.contains(near, a))]
        if not candidates:
            return None
    nearest = areas.resolve(candidates, near)
    top = [a for a in nearest if a.level == nearest[0].level]
    return top[0] if len(top) == 1 else None


#: The verbs opening what follows a list of places in a subject (…赴思明区、湖里区开展专题调研), and the kind of work
#: closing it: neither is a topic.
_WORK_HEAD = re.compile(r"^(?:开展|进行|实地|集中|调研|视察|检查|考察|了)+")
_WORK_TAIL = re.compile(r"(?:专题|专项|集中|实地|调研|视察|检查|执法|考察|督查|活动|工作|情况|的|了)+$")


def _topic(subject: str, written: list[str]) -> str:
    """``subject`` when it holds none of the words naming the places; else the topic after them, without the verbs
    and the kind of work around it (组深入武汉市新洲区、黄冈市团风县开展乡村振兴专题调研 → 乡村振兴; …开展专题调研 → none)."""
    holding = next((words for words in written if words in subject), None)
    if holding is None:
        return subject
    rest = _WORK_TAIL.sub("", _WORK_HEAD.sub("", subject.split(holding)[-1]))
    # a list going on past its areas (深入武阳、关峡、寨坡、县自来水公司等…) leaves no topic
    return rest if len(rest) >= 2 and not rest.startswith(_JOINS) else ""
