"""One activity, one fact: the later mentions of an activity already stated are folded into it.

A report names an activity once in full (who, what, which law or report) and then refers back to it
or narrates its steps: 执法检查组…调研了10家单位 and 代表们…深入实地进行调研 are steps of the inspection
just told, 对宝兴县贯彻实施《水污染防治法》工作情况进行了全面检查 after 开展了《水污染防治法》执法检查 is that
inspection again, 工作评议9个中评议为“满意”等次8个 is the outcome of appraisals already told, and a report
heard under the title already heard (…作的《2021年财政预算执行情况…的报告》) is the same review. The genre's
gold counts each once (DESIGN.md: an activity is an event node; FRESH-2026-11: steps of one inspection are not new activities).

What keeps two mentions apart is what a separate activity has of its own: a count (a summary), a law the
first lacks, a different year, a later round (再次, 回头看, 审议意见落实情况: ``again`` rows), a share of a
divided inspection (:mod:`assignments`), a different status (a plan beside the work done). The phrasings
are ``lexicon/data/activity-mentions.csv``: ``narrator`` rows (who or what a sentence tells the steps of),
``result`` rows (tallies of outcomes) and ``again`` rows.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract import dating
from loaders.extract.spans import Span, Stretches
from loaders.lexicon.numerals import arabic_dates, to_number
from loaders.lexicon.patterns import ACTION_YEAR, COUNT_NUMERAL_CHARS
from loaders.lexicon.tables import rows

if TYPE_CHECKING:
    from loaders.extract.activities import Found
    from loaders.extract.context import Context

#: Activity kind → the kinds a mention of one of its steps may be typed as: an inspection's group surveys units
#: (调研了10家单位), looks on site and sends questionnaires (问卷调查); a visit's and an investigation's people do both
#: (FRESH-2026-11: 'Steps of one inspection (field visits, a 座谈会 within it) are not new activities').
STEPS: dict[str, frozenset[str]] = {
    "law_enforcement_inspection": frozenset({"law_enforcement_inspection", "investigation", "site_visit"}),
    "investigation": frozenset({"investigation", "site_visit"}),
    "site_visit": frozenset({"site_visit", "investigation"}),
    "special_inquiry": frozenset({"special_inquiry"}),
}
#: Kinds whose steps only a narrator naming the kind tells (督察组深入…进行实地督察: the tour's group; not 代表们, 此次活动, which
#: follow many an ``other``): a congress's inspection tour (督察, a first-time analyst's round 38 §2).
NAMED_STEPS: dict[str, frozenset[str]] = {"other": frozenset({"other", "site_visit", "investigation"})}
# A report's 《》 title, the object of its review (a law's title names what the report is on, not the report).
_TITLE = re.compile(r"《([^《》]{6,80}报告)》")
# The object of an act written before its verb (对2025年度市政府十方面民生实事项目实施情况进行满意度测评).
_OBJECT = re.compile(r"对([^，,。；]{8,60}?)(?:进行|开展)")


@dataclass(frozen=True)
class Narrator:
    """A phrasing that makes a sentence tell the steps of an activity already stated: ``kind`` is the
    activity's kind when the phrasing names it (执法检查组), empty for any (代表们, 此次)."""

    kind: str
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _narrators() -> tuple[Narrator, ...]:
    return tuple(Narrator(row["kind"], re.compile(row["pattern"])) for row in rows("activity-mentions")
                 if row["role"] == "narrator")


def narrated(words: str) -> bool:
    """Whether ``words`` (a sentence up to a point in it) tell the steps of an activity already stated: a ``narrator``
    row holds there (执法检查组…, 此次检查中, 检查中, 代表们…), no group being formed (:data:`_FORMS`)."""
    return narrator_kind(words) is not None


#: The kind of work a narrator naming no kind in its row names by its words (此次检查中, 调研期间, 视察中), in the order
#: tried (执法检查 before 检查); none named (代表们, 一行): the narrator may tell any kind of :data:`STEPS`.
KIND_WORDS = (("检查", "law_enforcement_inspection"), ("调研", "investigation"), ("视察", "site_visit"),
               ("询问", "special_inquiry"), ("问政", "special_inquiry"))


def narrator_kind(sentence: str) -> tuple[str, str] | None:
    """The kind of the activity a ``sentence`` whose narrator tells its steps names (:func:`narrated`), "" for a
    narrator naming none, with the sentence's words up to the narrator's end; None when no narrator tells it."""
    for narrator in _narrators():
        found = narrator.pattern.search(sentence)
        if found is None or _FORMS.search(found.group()):
            continue
        kind = narrator.kind or next((k for word, k in KIND_WORDS if word in found.group()), "")
        return kind, sentence[: found.end()]
    return None


@lru_cache(maxsize=None)  # one per role
def role(role: str) -> re.Pattern[str]:
    """The rows of one role of ``activity-mentions.csv`` as one pattern: ``result`` what work yielded, ``generic`` a
    pointer to work named before, ``again`` a later round of the work (再次, 第二次, 回头看, 审议意见), ``also`` other
    work told beside (还, 此外), ``back`` a telling naming its event as one told already (此次询问, 本次检查, 专题询问会上,
    调研中: that event, whatever else it names)."""
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows("activity-mentions") if row["role"] == role))


def once_each(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` (in text order) without the mentions that refer back to, or tell a step of, an activity
    stated in another mention: a restatement of its laws or of its object, a step its narrator tells, a
    tally of its results. The activity kept is the first full mention; nothing of the folded mention is
    lost, since it names no law, count or object the kept one lacks."""
    shares = Stretches([(a.span.start, a.span.end) for a in ctx.assignments])
    starts = [s.start for s in ctx.sentences]
    naming: dict[tuple[str, str], list[int]] = {}  # (kind, status) → the indices of the mentions naming laws, ascending
    for index, hit in enumerate(found):
        if hit.laws:
            naming.setdefault((hit.type, hit.status), []).append(index)
    found = [hit for index, hit in enumerate(found) if not _told_apart(hit, found, index, starts, naming)]
    kept: list[Found] = []
    alike: _Alike = {}
    objects: _Objects = {}
    stated: _Stated = {}
    for index, hit in enumerate(found):
        sentence = ctx.sentences[max(0, bisect_right(starts, hit.span.start) - 1)]
        if _result_of(hit, found, index) or _pointed_at(hit, found, index):
            continue
        later = map(found.__getitem__, range(index + 1, len(found)))  # read lazily, not copied per mention
        if hit.count is None and not _again(ctx.text, sentence, hit) and not shares.holds(hit.span.start) and not _years_anew(
                ctx, starts, hit, alike.get((hit.type, hit.status), [])) and (
                _same_laws(hit, alike.get((hit.type, hit.status), []), ctx, starts)
                or _same_object(hit, objects) or _step_of(hit, kept, stated, later, ctx.text, sentence)
                or _retold(hit, alike.get((hit.type, hit.status), []), ctx, starts)):
            continue
        kept.append(hit)
        alike.setdefault((hit.type, hit.status), []).append(hit)
        stated.setdefault((hit.span.start, hit.span.end), set()).add(hit.type)
        if key := _object(hit.span.text):
            told = (hit.type, hit.status, key)
            objects[told] = min(objects.get(told, hit.span.start), hit.span.start)
    return kept


def _told_apart(hit: Found, found: list[Found], index: int, starts: list[int], naming: dict[tuple[str, str], list[int]]) -> bool:
    """Whether ``hit`` names several laws (先后开展了《人民警察法》、《动物防疫条例》执法检查) that later mentions of its kind and
    status tell apart, each in a sentence of its own naming some of them and none another names (…率组…检查《动物防疫条例》;
    …率执法检查组…检查《人民警察法》), between them all: a summary of those inspections, each law's its own (the genre
    README, round 27 part a 1: one inspection per law where the text tells them apart, two sentences, two groups), so
    the later mentions are the activities, each with its own leader, places and bodies (a first-time analyst, round 41
    §9: one activity for both, the police-law inspection credited to the other's leader). ``naming``: the indices in
    ``found`` of the mentions naming laws by kind and status, so that only those after ``hit`` are read (each
    mention reading every later one was quadratic in a long report)."""
    if hit.type not in STEPS or len(hit.laws) < 2 or hit.count is not None or _LAWS_COUNTED.search(hit.span.text):
        return False
    sentence = bisect_right(starts, hit.span.start)
    parts: dict[int, frozenset[str]] = {}  # sentence → the laws its mentions name
    alike = naming[(hit.type, hit.status)]
    for other in map(found.__getitem__, alike[bisect_right(alike, index) :]):
        at = bisect_right(starts, other.span.start)
        if at != sentence:
            parts[at] = parts.get(at, frozenset()) | other.laws
    named = list(parts.values())
    return (len(named) >= 2 and all(part < hit.laws for part in named)
            and all(not a & b for i, a in enumerate(named) for b in named[i + 1 :])
            and frozenset().union(*named) == hit.laws)


def _years_anew(ctx: Context, starts: list[int], hit: Found, alike: list[Found]) -> bool:
    """Whether the mention's sentence lists several years as the time of its work (于2009年、2011年和2016年分别开展了…执法
    检查: :func:`dating.listed_years`) that no earlier activity of its kind and status was told in: work of those years,
    not a restatement of the report's (a new user, round 36, finding 2: a launch's news recalling the law's earlier
    inspections lost them to this year's). ``alike``: the activities kept so far of the mention's kind and status."""
    def listed(found: Found) -> list[int]:
        return dating.listed_years(arabic_dates(ctx.sentences[max(0, bisect_right(starts, found.span.start) - 1)].text))
    years = listed(hit)
    return bool(years) and all(listed(told) != years for told in alike)


def _again(text: str, sentence: Span, hit: Found) -> bool:
    """Whether the mention's sentence, up to the mention's end, states a later round of the work (再次, 回头看)."""
    return bool(role("again").search(text, sentence.start, hit.span.end))


def _result_of(hit: Found, found: list[Found], index: int) -> bool:
    """A tally of the outcome of an activity (评议为“满意”等次8个, 测评11个中, …测评结果) when the text states
    an activity of its kind in another mention that is no tally."""
    if not role("result").search(hit.span.text):
        return False
    return any(other.type == hit.type and other.status == hit.status and not role("result").search(other.span.text)
               for i, other in enumerate(found) if i != index)


# What may follow the pointer at the end of a mention: nothing, 等 closing a summary (听取多项工作报告等, dev n19), or
# the resolution on the reports pointed at (关于三个报告的决议).
_POINTER_ENDS = re.compile(r"\s*(?:等|的决议)?\s*$")
# The reviews of reports just told, by their count (会议分组对两个专项工作报告进行了认真审议; 常委会组成人员对这三个报告进行了
# 审议: a first-time analyst, round 41 §11, a second review of the court's report and none of the other's).
_REVIEWED_BY_COUNT = re.compile(r"对(?:这|上述|以上)?[两二三四五六七八九十]个(?:专题|专项)?(?:工作)?报告(?:进行了?|作了?)?"
                                r"(?:认真|深入|分组|充分)*的?(?:审议|讨论)\s*$")


def _pointed_at(hit: Found, found: list[Found], index: int) -> bool:
    """Reports named only by a word pointing back at them (审议相关工作报告, 听取了多项报告, 听取多项工作报告等:
    ``generic`` rows) as what the mention ends with, no title, law or count of their own, when the text names a
    report of that kind in another mention, before or after it; a count that is the pointer's own (这两个报告, 关于三个
    报告的决议, 政府工作报告等六个报告) points back as well, and so do reports counted as reviewed after reports of the
    kind were told (:data:`_REVIEWED_BY_COUNT`). Reports pointed at on the way to something else
    (对相关报告审议意见落实情况进行满意度测评) are that."""
    if _REVIEWED_BY_COUNT.search(hit.span.text) and not hit.laws:
        return any(other.type == hit.type and other.status == hit.status and other.span.end <= hit.span.start
                   for other in found)
    pointer = role("generic").search(hit.span.text)
    if pointer is None or not _POINTER_ENDS.match(hit.span.text, pointer.end()):
        return False
    before = hit.span.text[: pointer.start()].removesuffix("关于")  # 关于三个报告的决议: the resolution on them
    counted = "个" in pointer.group()  # …、…、…三个专项报告 names its reports before their count
    if ((hit.count is not None and not counted) or (counted and "、" in before) or hit.laws or "关于" in before
            or _TITLE.search(hit.span.text)):
        return False
    return any(other.type == hit.type and other.status == hit.status and not role("generic").search(other.span.text)
               for i, other in enumerate(found) if i != index)


def _same_laws(hit: Found, alike: list[Found], ctx: Context, starts: list[int]) -> bool:
    """A fieldwork mention naming only laws that an activity of its kind already stated checks, alone (no
    count, no 等N部 set: 开展执法检查4项 is a summary whose items are activities), in the same year. ``alike``: the
    activities kept so far of the mention's kind and status (:data:`_Alike`)."""
    if hit.type not in STEPS or not hit.laws or hit.heard:
        return False
    return any(told.count is None and hit.laws <= told.laws and told.span.start < hit.span.start
               and not _LAWS_COUNTED.search(told.span.text) and _same_year(ctx, starts, told, hit) for told in alike)


# A set of laws named by count (对《X条例》等5部地方性法规开展执法检查): a summary of several inspections.
_LAWS_COUNTED = re.compile(r"等\s*(?:\d+|[一二两三四五六七八九十]+)\s*[件部项]")


def _same_year(ctx: Context, starts: list[int], first: Found, second: Found) -> bool:
    """Whether two mentions' sentences date them by no two different years."""
    years = [_years(ctx.sentences[max(0, bisect_right(starts, f.span.start) - 1)].text) for f in (first, second)]
    return not (years[0] and years[1] and not years[0] & years[1])


def _years(sentence: str) -> set[str]:
    """The years a sentence dates its action by (2022年开展的…, 将于2024年对…) or opens with as its time (2021年，…)."""
    dated = arabic_dates(sentence)
    opening = _OPENING_YEAR.match(dated)
    return {m.group(1) for m in ACTION_YEAR.finditer(dated)} | ({opening.group(1)} if opening else set())


# A sentence opening with a year as its time (2021年，… / 2023年上半年…), not the start of a range (2018年以来).
_OPENING_YEAR = re.compile(r"^[\s“\"]*(?:在|于)?(\d{4})年(?!以来|至今)")


# (type, status, object: :func:`_object`) of the activities kept so far → where the first of them starts: one
# look-up per mention instead of reading the object of every activity kept (quadratic in a long report).
_Objects = dict[tuple[str, str, tuple[str, ...]], int]
# (start, end) of the activities kept so far → their kinds: the activities stated in the same words (对…开展视察和评议:
# a visit and an appraisal), whose later steps (视察组将赴6家承办单位进行视察和评议) are steps of each (a fresh user's
# round 22); one look-up per step instead of reading every activity kept.
_Stated = dict[tuple[int, int], set[str]]
# (type, status) of the activities kept so far → them, in text order: what a restatement is compared with, not every
# activity kept (quadratic in a long report).
_Alike = dict[tuple[str, str], "list[Found]"]


def _same_object(hit: Found, objects: _Objects) -> bool:
    """A mention of the object an activity of its kind already stated (before it, in ``objects``) acts on, in
    the same words: the same 《》 title heard (听取和审查…所长某某作的《2021年财政预算执行情况和2022年财政预算草案的
    报告》), the same thing rated (对2025年度市政府十方面民生实事项目实施情况进行满意度测评), or the things it listed
    named again by their count (对五个部门工作进行了满意度测评 after 对县法院、…、教育体育局五个部门工作进行了满意度测评:
    :data:`_COUNTED_OBJECT`)."""
    key = _object(hit.span.text)
    if key and objects.get((hit.type, hit.status, key), hit.span.start) < hit.span.start:
        return True
    counted = _COUNTED_OBJECT.search(hit.span.text)
    return counted is not None and any(
        kind == hit.type and status == hit.status and start < hit.span.start and counted.group(1) in told[0]
        for (kind, status, told), start in objects.items())


# The object of an act named by its count alone (对五个部门工作进行了满意度测评, 对这5家单位分别开展评议): a reference to the
# things an earlier mention listed with that count. A different count, or a count of other things, names others.
_COUNTED_OBJECT = re.compile(rf"对(?:这|该|上述)?((?:\d+|[{COUNT_NUMERAL_CHARS}]+)[个家项件名位][^，,。；\d]{{1,8}}?)"
                             r"(?:分别)?(?:进行|开展)")


def _object(evidence: str) -> tuple[str, ...]:
    """What a mention acts on: its 《》 titles, else the object written before its verb; empty for neither."""
    titles = tuple(_TITLE.findall(evidence))
    if titles:
        return titles
    found = _OBJECT.search(evidence)
    return (found.group(1),) if found else ()


def _step_of(hit: Found, kept: list[Found], stated: _Stated, later: Iterable[Found], text: str, sentence: Span) -> bool:
    """A step of an activity stated in another sentence, told by a sentence, or the clause holding the mention, whose
    narrator is that activity's (``narrator`` rows: 执法检查组…, 代表们…, 此次…, 检查中…; …，各评议调研小组递交了书面调研报告)
    up to the mention's end, no group being formed there (:data:`_FORMS`): of a kind the
    activity's steps take (:data:`STEPS`; :data:`NAMED_STEPS` for a narrator naming its kind) or ``stated`` in its words, naming no law it lacks and no report heard. The
    activity is the last one stated, or for a narrator that names its kind (执法检查组) the last of that kind, else the
    first of that kind after (a news item whose body tells the inspection after its steps)."""
    if hit.heard or sentence.start <= (kept[-1].span.start if kept else -1) < sentence.end:
        return False
    told_by = text[sentence.start : hit.span.end]
    clause = text[max(text.rfind(mark, sentence.start, hit.span.start) for mark in "，,") + 1 : hit.span.end]
    for narrator in _narrators():
        if not any((found := narrator.pattern.search(words)) and not _FORMS.search(found.group())
                   for words in (told_by, clause)):
            continue
        if narrator.kind:
            told = next((f for f in reversed(kept) if f.type == narrator.kind), None) or next(
                (f for f in later if f.type == narrator.kind), None)
        else:
            told = kept[-1] if kept else None
        steps = (STEPS.get(told.type) or (NAMED_STEPS.get(told.type) if narrator.kind else None)) if told else None
        if (told is not None and steps and told.status == hit.status and hit.laws <= told.laws
                and (hit.type in steps or hit.type in stated.get((told.span.start, told.span.end), ()))):
            return True
    return False


#: The kinds a meeting holds as one event whose later mentions a report retells in other words (the inquiry held,
#: then 持续近2个小时的专题询问; a rating called for, then 并进行满意度测评): a fresh user's round 22 (F2).
RETOLD: frozenset[str] = frozenset({"special_inquiry", "satisfaction_evaluation"})
# A day of the month (10月29日, 12月20日): two mentions dated on different days are two events.
_DAY = re.compile(r"(\d{1,2})\s*月\s*(\d{1,2})\s*日")
# What an inquiry or a rating is on, written before its verb, maybe in the clause before (对…进行满意度测评, 就…开展专题询问,
# 围绕…开展专题询问, 对…情况，开展满意度测评).
_TOPIC = re.compile(r"(?:对|就|围绕|针对|聚焦)([^。；]{2,60}?)(?:进行|开展|的专题询问)")
# Words that name what a mention with no 对/就 acts on in its clause (大会议案及重点建议办理情况在…进行满意度测评), or a
# report its sentence hears before it (听取…的报告，并进行满意度测评: the rating of that report).
_OWN_OBJECT = re.compile(r"情况|报告|工作|项目|建议|议案|部门|单位|议题|问题|法|条例")
_HEARD = re.compile(r"报告")
# Several topics or things counted with 等 (围绕A、B、C开展专题询问, 就…等14个议题开展专题询问): a summary of several events.
_SEVERAL = re.compile(rf"、|等\s*(?:\d+|[{COUNT_NUMERAL_CHARS}]+)\s*[个项件]")
# A sentence led by its date (2013年6月，…; 10月29日，…): the event of that date.
_DATE_LED = re.compile(r"^[\s“\"]*(?:在|于)?(\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)")
# Relative years (今年的专题询问, 去年进行了专题询问): two sentences naming different ones tell two events.
RELATIVE_YEAR = re.compile(r"今年|去年|前年|上年|明年|当年")
# The shortest run of characters two objects must share to be the same thing rated or asked about (区政府工作部门).
_SHARED = 5


def _retold(hit: Found, alike: list[Found], ctx: Context, starts: list[int]) -> bool:
    """A later mention of an inquiry or a rating (:data:`RETOLD`) already stated, in other words: it names no law,
    count or 《》 title, and either no object (持续近2个小时的专题询问, 并进行满意度测评: no :data:`_TOPIC` and no
    :data:`_OWN_OBJECT` in it or in its clause, no report heard before it in its sentence) or one topic sharing at least :data:`_SHARED` characters with
    the first mention's words (会议对24个区政府工作部门的履职情况进行了满意度测评 after 对2024年度区政府工作部门开展履职
    满意度测评), or a list of bodies counted as the first mention counts them (对市粮食局、…等4个部门进行满意度测评 after
    对接受工作评议的4个政府组成部门进行满意度测评: :data:`_BODIES_COUNTED`). Another object (对市教育局工作 then 对市卫健委工作), several (:data:`_SEVERAL`), a report heard for it,
    or another date (:func:`_same_time`: 3月28日 then 10月29日, 今年 then 去年) is another event. ``alike``: the activities
    kept so far of the mention's kind and status (:data:`_Alike`)."""
    if hit.type not in RETOLD or hit.laws or hit.heard or _TITLE.search(hit.span.text):
        return False
    sentence = ctx.sentences[max(0, bisect_right(starts, hit.span.start) - 1)]
    found = None
    for found in _TOPIC.finditer(ctx.text, sentence.start, hit.span.end):
        pass  # the last topic stated up to the mention (…还对每月的…代表建议办理答复情况，开展满意度测评)
    clause = max(ctx.text.rfind(mark, sentence.start, hit.span.start) for mark in "，,") + 1
    if found is None and (_OWN_OBJECT.search(ctx.text, min(max(clause, sentence.start), hit.span.start), hit.span.end)
                          or _HEARD.search(ctx.text, sentence.start, hit.span.end)):
        return False
    own = re.sub(r"\d+", "", found.group(1)) if found else ""
    several = found is not None and _SEVERAL.search(found.group(1)) is not None
    listed = _BODIES_COUNTED.search(found.group(1)) if several else None
    if several and listed is None:
        return False
    return any(told.count is None
               and (_counts_alike(listed, told.span.text) if listed else not own or _shares(own, told.span.text))
               and _same_time(ctx, starts, told, hit) for told in alike)


# Bodies counted (4个部门, 三个被评议单位, 6家单位): a rating's object named first by its count (对接受工作评议的4个政府组成
# 部门进行满意度测评) and then listed with it (对市粮食局、…等4个部门进行满意度测评) is the same bodies (dev x25).
_BODIES_COUNTED = re.compile(rf"(\d+|[{COUNT_NUMERAL_CHARS}]+)\s*[个家][^，,。；、\d]{{0,8}}?(部门|单位)")


def _counts_alike(listed: re.Match[str], words: str) -> bool:
    """Whether ``words`` count the same number of the same bodies as ``listed`` (:data:`_BODIES_COUNTED`)."""
    return any(to_number(other.group(1)) == to_number(listed.group(1)) and other.group(2) == listed.group(2)
               for other in _BODIES_COUNTED.finditer(words))


def _shares(own: str, words: str) -> bool:
    """Whether ``words`` hold a run of :data:`_SHARED` characters of ``own``."""
    return any(own[i : i + _SHARED] in words for i in range(len(own) - _SHARED + 1))


def _same_time(ctx: Context, starts: list[int], first: Found, second: Found) -> bool:
    """Whether two mentions' sentences date them alike: no two different years (:func:`_same_year`), days of the
    month or relative years (今年, 去年), and the second, if led by a date, by one the first's sentence holds."""
    first_text, second_text = (arabic_dates(ctx.sentences[max(0, bisect_right(starts, f.span.start) - 1)].text)
                               for f in (first, second))
    days = [set(_DAY.findall(t)) for t in (first_text, second_text)]
    relative = [set(RELATIVE_YEAR.findall(t)) for t in (first_text, second_text)]
    led = _DATE_LED.match(second_text)
    return (_same_year(ctx, starts, first, second) and not (days[0] and days[1] and not days[0] & days[1])
            and relative[0] == relative[1] and (led is None or led.group(1) in first_text))


# A group being formed (市人大常委会成立执法检查组对…开展了执法检查) states its activity; it narrates none.
_FORMS = re.compile("成立|组成(?!人员)|组建|抽调")
