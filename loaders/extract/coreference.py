"""One event, one activity: the activities of a report that tell the same event are merged into one.

A news item tells its event several times: its headline or lead (本报讯 …市人大常委会执法检查组来我县检查…), its body
(检查组一行先后深入…; 视察活动中，全体人员实地观摩了…), a closing line (此次执法检查…), a caption; the finders state an
activity for each telling whose words state one. The golds give one activity per event (the genre's convention,
``benchmarks/genre/README.md``; DESIGN.md: an activity is an event node; FRESH-2026-11: steps of one inspection are
not new activities), so a first-time analyst (newuser23, round 39) saw an undated report count one inspection twice
and one inquiry three times.

The rule (:func:`merged`), read on the activities as found, dated and placed: two reported activities tell one event
when nothing about them says they are two —

- the same kind among the work done on a day or a tour (:data:`EVENT_KINDS`), follow-up alike, neither counted
  (开展执法检查4次 is a summary whose items are activities); a plan's items are listed, never retold;
- laws alike: the same, or one's a subset of the other's (the headline names none, the body the law);
- the same year (:func:`_year`), years looked back over and followed, and no two dates that differ (5月12日 and 6月3日;
  2023-05 and 2023-05-12 agree);
- the same conductor or one unnamed, overseen sharing an organ or one naming none, places not disjoint;
- told in two sentences, neither naming a report (执法检查报告, 调研报告: the review of a report is a sitting's business;
  a report named before the work as its setting, 结合审议…报告进行专题询问, is none: :func:`_names_report`);
- subjects and objects alike (:func:`_object`: what each acts on), unless the later refers back (此次, 本次, 视察…会上:
  the ``back`` rows of ``activity-mentions.csv``); a telling naming no object joins another only where the report names one object of that kind
  (a work report's 调研A, 调研B and 开展专题调研 are three pieces of work);
- nothing in the text separating them (:func:`_separated`: 再次, 还, 多次, 等6个项目, 今年 and 去年, 上午 and 下午, 3月 and 9月,
  第二十次 and 第二十二次会议), and no activity of another kind in the later telling's sentence (听取…报告，并进行满意度测评
  after each of two reports: each report's rating).

The merged activity is the most specific telling (:func:`_specificity`: more laws, else naming its object; the first
of equals, DESIGN.md's evidence being one sentence stating the event) with the union of all the tellings' laws,
organs, issues and places and what the other names that it lacks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from loaders.extract.event_mentions import RELATIVE_YEAR, role
from loaders.lexicon.normalise import normalised
from loaders.lexicon.numerals import arabic_dates

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.facts import Activity

# A sitting named by its number (第二十一次会议, 第3次主任会议, 第十次全体会议): two tellings naming different ones are two events.
_SITTING = re.compile(r"第\s*([\d一二三四五六七八九十百零〇]+)\s*次(?:全体|主任|常委会|常务委员会)?会议")
# The shortest run of characters two subjects or objects must share to be the same thing (区政府工作部门).
_SHARED = 4
#: The kinds a news item tells as one event in several tellings: the work done on a day or a tour (an inspection, an
#: inquiry, an investigation, a visit, a rating). A report heard, a budget reviewed, a filing reviewed are each their
#: own 《》 title or 关于 object, which :mod:`event_mentions` already tells once each; ``other`` gathers unlike work
#: (票决, 交办, 评议) under one kind.
EVENT_KINDS = frozenset({"law_enforcement_inspection", "special_inquiry", "investigation", "site_visit",
                         "satisfaction_evaluation"})
# What a telling acts on, after its preposition (对…进行, 就…开展, 围绕…, 深入…调研, 赴…检查, 到…视察): two tellings whose
# objects share no run of words are two events (深入50余家茶企调研; 深入20余个种植基地调研).
_OBJECT = re.compile(r"(?:对|就|围绕|针对|聚焦|关于|赴|到|深入|前往|《)([^，,。；]{2,40}?)"
                     r"(?=进行|开展|实地|的|》|调研|视察|检查|询问|问政|测评|$)")
# A report heard or made (执法检查报告, 调研报告, 结合审议有关报告开展专题询问): a sitting's business, an event of its own.
_REPORT = re.compile(r"报告|報告")
# A kind's word (the words :data:`_BEFORE_KIND` and :data:`_AFTER_KIND` read around).
_KIND_WORD = re.compile(r"执法检查|检查|调研|调查|视察|专题询问|询问|问政|满意度测评|测评")
# Several things the work is on, counted (就养老服务、义务教育等14个议题开展专题询问): a summary of several events.
_SEVERAL = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十百]+)\s*[个项件类]")
# A year opening a sentence as its time (2013年6月，…): in a report whose header states no year, a later telling led by a
# year its first telling's sentence does not name is work of that year (as :func:`event_mentions._same_time` reads it).
_YEAR_LED = re.compile(r"^[\s“\"]*(?:在|于)?(\d{4})年")
# A month opening a sentence as its time (3月，…; 9月中旬，…): two sentences opening with different ones tell two events.
_MONTH_LED = re.compile(r"^[\s“\"]*(?:在|于)?(?:\d{4}年)?(\d{1,2})月")
# The words before a kind's word in a telling's clause (脱贫攻坚工作调研, 城市管理集中视察): its object when no preposition
# names one.
_BEFORE_KIND = re.compile(r"([^，,。；、]{2,30}?)(?:执法检查|检查|调研|调查|视察|专题询问|询问|问政|满意度测评|测评)")
# The words after a kind's word (调研全省公交公司运营情况, 视察城区学校): its object when none comes before it.
_AFTER_KIND = re.compile(r"(?:执法检查|检查|调研|调查|视察|专题询问|询问|问政|满意度测评|测评)([^，,。；、]{2,30})")
# The end of a clause (a line break is none: a PDF breaks its lines inside one).
_CLAUSE_END = re.compile(r"[，,。；;！？!?]")
# Words of the genre's stock that name no object (开展专题调研, 组织代表进行集中视察, 现场调研: round 40): left out of an object.
_STOCK = re.compile(r"专题|集中|集体|实地|现场|执法|开展|进行|组织|了|并|还|的|认真|积极|工作|情况|活动|人大代表|代表|人大|常委会|\d+")
# Things counted (4个县级部门, 12家单位, 3项): two tellings counting different numbers are two events.
_COUNTED = re.compile(r"(\d+)\s*[个家项名件所位]")
# Times of day (上午…视察, 下午…视察): two sentences naming different ones tell two events; one naming none (在视察活动中, after
# 11月20日下午，…组织代表视察) may tell the same.
_TIME_OF_DAY = re.compile(r"上午|下午|中午|晚上|傍晚")
# Work told as done several times (多次, 两次, 3次, 经过多次视察): a count that says the tellings are not one.
_TIMES = re.compile(r"(?<![第\d一二三四五六七八九十百])(?:多|几|数|[二三四五六七八九十两]+|\d+)\s*[次轮批项](?!会议|全体|常委会|主任)")


@dataclass(frozen=True)
class _Telling:
    """One activity as a telling of its event: the activity, the view range of its sentence, what it acts on
    (:func:`_object`) and the other kinds of work its sentence tells."""

    act: Activity
    sentence: tuple[int, int]
    object: str
    beside: frozenset[str]


def merged(ctx: Context, activities: list[Activity]) -> tuple[list[Activity], list[int]]:
    """``activities`` (the report's, in text order) with those telling one event merged, and for each activity given
    the index of the one it now is in the list returned (for the passes that refer to activities by index)."""
    sentences = [_sentence(ctx, act) for act in activities]
    kinds: dict[tuple[int, int], set[str]] = {}
    for act, sentence in zip(activities, sentences):
        kinds.setdefault(sentence, set()).add(act.type)
    tellings = [_Telling(act, sentence, _object(_clause(ctx, act)), frozenset(kinds[sentence] - {act.type}))
                if act.type in EVENT_KINDS and act.status == "reported" else None
                for act, sentence in zip(activities, sentences)]
    several = _several_objects([t for t in tellings if t is not None])
    kept: list[Activity] = []
    groups: dict[tuple[str, str], list[tuple[int, list[_Telling]]]] = {}  # (kind, status) → kept index, its tellings
    where: list[int] = []
    for act, telling in zip(activities, tellings):
        alike = groups.setdefault((act.type, act.status), []) if telling is not None else []
        home = next((group for group in alike
                     if all(_one_event(ctx, told, telling, several) for told in group[1])), None)
        if telling is None or home is None:
            kept.append(act)
            where.append(len(kept) - 1)
            if telling is not None:
                alike.append((len(kept) - 1, [telling]))
            continue
        home[1].append(telling)
        kept[home[0]] = _merge(kept[home[0]], act)
        where.append(home[0])
    return kept, where


def _sentence(ctx: Context, act: Activity) -> tuple[int, int]:
    """The view range of the sentence holding ``act``'s evidence."""
    start = ctx.view.index(act.start)
    held = ctx.sentence_holding(start)
    return (held.start, held.end) if held is not None else (start, ctx.view.index(act.end))


def _several_objects(tellings: list[_Telling]) -> set[str]:
    """The kinds of which the report tells work on unlike objects (:func:`_alike`): a work report's 调研A, 调研B."""
    named: dict[str, list[str]] = {}
    for telling in tellings:
        if telling.object and telling.object not in named.get(telling.act.type, []):
            named.setdefault(telling.act.type, []).append(telling.object)
    return {kind for kind, things in named.items()
            if any(not _alike(a, b) for i, a in enumerate(things) for b in things[i + 1 :])}


def _one_event(ctx: Context, told: _Telling, telling: _Telling, several: set[str]) -> bool:
    """Whether ``telling`` tells the event ``told`` (told before it, of its kind and status) tells: the module's rule.
    ``several``: the kinds of which the report tells work on unlike objects, where a telling naming none (开展专题
    调研) is a piece of work of its own unless it refers back (此次)."""
    first, later = told.act, telling.act
    if first.follow_up != later.follow_up or first.count is not None or later.count is not None:
        return False
    laws, other = set(first.laws), set(later.laws)
    if not (laws <= other or other <= laws):
        return False
    if (_year(ctx, first) != _year(ctx, later) or first.years != later.years or first.follows_year != later.follows_year
            or not _dates_agree(first.date, later.date)):
        return False
    if first.conducted_by and later.conducted_by and first.conducted_by != later.conducted_by:
        return False
    seen, overseen = set(first.overseen), set(later.overseen)
    if seen and overseen and not seen & overseen:
        return False
    places, other_places = ({p["name"] for p in a.places} for a in (first, later))
    if places and other_places and not places & other_places:
        return False
    if told.sentence == telling.sentence or _names_report(first.evidence) or _names_report(later.evidence):
        return False
    if not role("back").search(normalised(later.evidence)) and (
            not _alike(first.subject, later.subject) or not _alike(told.object, telling.object)
            or (not (told.object and telling.object) and later.type in several)):
        return False
    return not telling.beside and not _separated(ctx, told, telling)


def _names_report(evidence: str) -> bool:
    """Whether ``evidence`` tells its work by a report (执法检查组关于检查X法实施情况的报告, 调研报告: a sitting's business):
    a report named after its last kind's word, or with none. A report named before the work, as its setting (结合审议
    执法检查组关于…的报告进行专题询问, 在审议…报告的基础上开展专题询问: one inquiry, told again by 开展专题询问; round 47,
    dev l02), is not."""
    words = normalised(evidence)
    reports = [m.start() for m in _REPORT.finditer(words)]
    kinds = [m.start() for m in _KIND_WORD.finditer(words)]
    return bool(reports) and (not kinds or reports[-1] > kinds[-1])


def _year(ctx: Context, act: Activity) -> str | None:
    """The year ``act`` is of: its own, else its date's (2013年6月，…), else the report's."""
    if act.year is not None:
        return str(act.year)
    return act.date[:4] if act.date else ctx.metadata.get("year")


def _dates_agree(first: str | None, later: str | None) -> bool:
    """Whether two ISO dates of differing precision may name one day (2023-05 and 2023-05-12 do; 2023-05-12 and
    2023-05-13 do not)."""
    return not first or not later or first.startswith(later) or later.startswith(first)


def _alike(first: str, later: str) -> bool:
    """Whether two subjects may name one thing: either empty, one holding the other, or a shared run of
    :data:`_SHARED` characters."""
    a, b = normalised(first or ""), normalised(later or "")
    if not a or not b or a in b or b in a:
        return True
    return any(a[i : i + _SHARED] in b for i in range(len(a) - _SHARED + 1))


def _clause(ctx: Context, act: Activity) -> str:
    """``act``'s evidence read on to the end of its clause (a line broken in a PDF, 调研辽 / 东绿色经济区发展情况, goes on)."""
    start = ctx.view.index(act.start)
    end = _CLAUSE_END.search(ctx.text, max(ctx.view.index(act.end), start))
    return ctx.text[start : end.start() if end else len(ctx.text)].replace("\n", "")


def _object(evidence: str) -> str:
    """What ``evidence`` says its work acts on: the words after its preposition (:data:`_OBJECT`), else those before
    its kind's word in its clause (脱贫攻坚工作调研), else those after it (调研全省公交公司运营情况), stock words aside
    (:data:`_STOCK`); empty when it names nothing (one character left)."""
    words = normalised(evidence)
    found = _OBJECT.search(words) or _BEFORE_KIND.search(words) or _AFTER_KIND.search(words)
    named = _STOCK.sub("", found.group(1)) if found else ""
    return named if len(named) > 1 else ""  # 县 of 县人大常委会组织代表开展集中视察 names nothing


def _separated(ctx: Context, told: _Telling, telling: _Telling) -> bool:
    """Whether the text separates ``telling`` from ``told``: a later round or another piece of work (还, 此外) in
    ``telling``'s sentence up to its evidence (a later round's word the first telling names too is what both act on:
    审计查出问题整改情况 rated, told again with 此次会议, round 47, dev v13), work told as done several times or on several things counted (等14个议题),
    sentences opening with different months (3月，…; 9月，…), a later one led by a year the first's does not name in a
    report whose header states none, things counted otherwise (对7个部门 and 对4个部门), other relative times (今年, 去年; 上午, 下午),
    another sitting named in the two sentences."""
    first, later = told.act, telling.act
    start = telling.sentence[0]
    before = ctx.text[start : max(ctx.view.index(later.end), start)]
    evidences = (normalised(first.evidence), normalised(later.evidence))
    later_round = any(m.group() not in evidences[0] for m in role("again").finditer(before))
    if later_round or role("also").search(before) or any(
            _TIMES.search(words) or _SEVERAL.search(words) for words in evidences):
        return True
    counted, other_counted = (set(_COUNTED.findall(arabic_dates(normalised(a.evidence)))) for a in (first, later))
    if counted and other_counted and counted != other_counted:
        return True
    first_text, later_text = (arabic_dates(ctx.text[s : e]) for s, e in (told.sentence, telling.sentence))
    if set(RELATIVE_YEAR.findall(first_text)) != set(RELATIVE_YEAR.findall(later_text)):
        return True
    times, other_times = (set(_TIME_OF_DAY.findall(t)) for t in (first_text, later_text))
    if times and other_times and times != other_times:
        return True
    led = _YEAR_LED.match(later_text)
    if led and led.group(1) not in first_text and not ctx.doc.metadata.get("year"):
        return True
    months = [_MONTH_LED.match(t) for t in (first_text, later_text)]
    if months[0] and months[1] and int(months[0].group(1)) != int(months[1].group(1)):
        return True
    sittings, other_sittings = ({m.group(1) for m in _SITTING.finditer(t)} for t in (first_text, later_text))
    return bool(sittings and other_sittings and not sittings & other_sittings)


def _specificity(act: Activity) -> tuple[int, int]:
    """How much a telling names of its event: its laws, then whether it names what it acts on (:func:`_object`)."""
    return len(act.laws), bool(_object(act.evidence))


def _union(first: list, later: list) -> list:
    """``first`` then what ``later`` adds, in order."""
    return first + [item for item in later if item not in first]


def _merge(kept: Activity, later: Activity) -> Activity:
    """The more specific of two tellings of one event (:func:`_specificity`, ``kept`` of equals) with the union of
    their laws, organs, issues and places and what the other names that it lacks."""
    main, other = (later, kept) if _specificity(later) > _specificity(kept) else (kept, later)
    return replace(main, laws=_union(main.laws, other.laws), overseen=_union(main.overseen, other.overseen),
                   jointly_with=_union(main.jointly_with, other.jointly_with), issues=_union(main.issues, other.issues),
                   assisted_by=_union(main.assisted_by, other.assisted_by), places=_union(main.places, other.places),
                   subject=main.subject or other.subject, conducted_by=main.conducted_by or other.conducted_by,
                   led_by=main.led_by or other.led_by, date=main.date or other.date, year=main.year or other.year)


def reindexed(told: dict[int, int], where: list[int]) -> dict[int, int]:
    """``told`` (sentence → index of the activity it goes on telling) with each index mapped by ``where``
    (:func:`merged`)."""
    return {sentence: where[index] for sentence, index in told.items()}

