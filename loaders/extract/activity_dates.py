"""The date a sentence gives the work it tells (``Activity.date``): ISO 8601 to the precision its words give.

A report dates an inspection by its day (4月12日，区人大常委会…开展执法检查), its month (8月上旬，州人大常委会对…进行了执法
检查; 5月至6月, its first) or only its year (2021年，区人大常委会曾对…). The month and day are read where they are the time
of the work: opening the sentence (past a news item's byline in brackets, 本报讯（记者 某某）5月17日上午，…) or a clause
of it before the work (为推动…，9月16日，市人大常委会对…开展执法检查: the first such date), or right
after 于 or 在 before the work (执法检查组于10月15-17日到西昌市开展…; 宝兴县人大常委会于2019年3月上中旬开展了…), never a
date qualifying something named (2023年5月1日起施行的《X条例》, 9月份召开的…会议, 6月11日报道). A part of a year (上半年,
一季度, 年初) is no month. The year is the one the words name, else the activity's (``Activity.year``), else the
report's single year; without one no date is given. A sentence naming no month gives the activity's year as its date
only when its words name that year (2021年，…; 于2009年、2011年和2016年分别开展…: each listed year).

Why (a new user's round 36, finding 3b: two news items of 新洲区's inspections of one law, 4月12日 and 5月8日, counted
one, and nothing said when): the dates are shown with a law's evidence; they split no count (``graph.inspections``: an
inspection's stages are reported on different days). An activity the sentence dates in a year its words name, other
than the report's, with no year of its own is of that year (始於2010年6月，…分组审议…报告 in a 2010–2023 report: a new
user's round 37 found it dated 2010-06 and left out by year=2010).
"""
from __future__ import annotations

import re
from datetime import date as calendar
from typing import TYPE_CHECKING

from loaders.extract import dating
from loaders.extract.spans import start_after
from loaders.lexicon.numerals import arabic_dates, to_number

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.facts import Activity

_NUMBER = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
#: A date: a year maybe, a month, a day maybe (5月12日, 2023年5月12日, 十月十二日, 5月份, 10月15-17日).
_DATE = (rf"(?:(?P<year>\d{{4}})\s?年\s?)?(?P<month>{_NUMBER})\s?月份?"
         rf"(?:\s?(?P<day>{_NUMBER})\s?(?:[-—~至到]\s?(?:{_NUMBER})\s?)?[日号])?")  # 10月15-17日: the first day
#: What may open a sentence before its time: a news item's byline in brackets, 在, 于, 今年 (written in digits first).
_OPENING = rf"^[\s“\"]*(?:[^，,。；;（）()]{{0,30}}[（(][^）)]{{0,30}}[）)]\s*)?(?:在|于|从)?\s*{_DATE}"
#: A date right after 于 or 在, before the work (常委会于5月12日对…; 检查组于10月15-17日到…).
_AFTER_AT = rf"(?<=[于在])\s?{_DATE}"
#: A date opening a later clause of the sentence, after its framing (为推动乡村振兴战略深入实施，9月16日，市人大常委会对…开展
#: 执法检查; 根据年度监督工作计划，5月中旬，…; 受省人大常委会委托，10月15日至17日，…: newuser22 §4 found the first none).
_CLAUSE_OPENING = rf"(?<=[，,；;])\s*(?:在|于|从)?\s*{_DATE}"
#: After a date, words that make it the date of something named, not of the work: a thing dated (…的, 起施行, 以来,
#: 前后), a news item's own date (6月11日报道, 电, 讯).
_QUALIFIES = re.compile(r"\s*(?:的|起|以来|之前|前|以后|后|报道|电|讯|颁布|公布|施行|通过|印发|召开的|举行的)")
_DATES = (re.compile(_OPENING), re.compile(_AFTER_AT), re.compile(_CLAUSE_OPENING))


def _number(text: str | None) -> int | None:
    """A month's or day's number, written in digits or Chinese numerals (十二 → 12)."""
    if not text:
        return None
    value = to_number(text)
    return int(value) if isinstance(value, (int, float)) and float(value).is_integer() else None


def _year(act: Activity, metadata: dict[str, str]) -> int | None:
    """The year a date without its own is of: the activity's, else the report's single year."""
    if act.year is not None:
        return act.year
    found = re.fullmatch(r"\d{4}", metadata.get("year") or "")
    return int(found.group()) if found else None


def stated_date(words: str, act: Activity, metadata: dict[str, str]) -> str | None:
    """The date ``words`` (the activity's sentence up to the end of its evidence) give the work, as ISO 8601 text to
    their precision, or None (module docstring)."""
    words = arabic_dates(dating.in_digits(words, metadata))
    for found in sorted((m for pattern in _DATES for m in pattern.finditer(words)), key=lambda m: m.start()):
        named = found.groupdict()
        if _QUALIFIES.match(words, found.end()):
            continue
        year = int(named["year"]) if named["year"] else _year(act, metadata)
        month, day = _number(named["month"]), _number(named["day"])
        if year is None or month is None or not 1 <= month <= 12:
            continue
        try:
            return calendar(year, month, day).isoformat() if day else f"{year:04d}-{month:02d}"
        except ValueError:  # no such day (2月30日): the month alone
            return f"{year:04d}-{month:02d}"
    if act.year is not None and f"{act.year}年" in words:
        return str(act.year)
    return None


def date(ctx: Context, activities: list[Activity]) -> None:
    """Set ``date`` on each of ``activities`` whose sentence dates its work (:func:`stated_date`), in place."""
    for act in activities:
        sentence = ctx.sentence_holding(ctx.view.index(act.start))
        if sentence is None:
            continue
        end = max(ctx.view.index(act.end), sentence.start)
        act.date = (stated_date(ctx.text[sentence.start:end], act, ctx.metadata)
                    or _day_of_month_before(ctx, sentence.start, end, act) or _sitting_date(ctx, sentence.start, act))
        if act.date and act.year is None and not act.years and int(act.date[:4]) != _year(act, ctx.metadata):
            act.year = int(act.date[:4])  # its words date it in another year than the report's (a new user's round 37)
    _shares_dated(ctx, activities)


#: A day alone opening a sentence (15日至17日，…率组深入…; 9日，…): a day of the month a date before it names.
_DAY_OPENING = re.compile(r"^[\s“\"]*(?:在|于)?\s*(?P<day>\d{1,2})\s?[日号](?:\s?[-—~至到]\s?\d{1,2}\s?[日号])?\s*[，,]")
_OPENING_DATE = re.compile(_OPENING)


def _day_of_month_before(ctx: Context, start: int, end: int, act: Activity) -> str | None:
    """The date of work whose sentence (``ctx.text[start:end]``) opens with a day alone (15日至17日，…: :data:`_DAY_OPENING`):
    that day of the month of the last sentence before it in its paragraph that opens with a month (9月9日至17日，…先后开展
    了…执法检查。15日至17日，…; not a date inside a sentence, 自2003年11月1日《条例》实施以来), as ISO 8601 text; None
    when none does. A first-time analyst (round 41 §9): two inspections a summary dated told apart, each sentence naming
    its own days, were dated by none."""
    opening = _DAY_OPENING.match(arabic_dates(ctx.text[start:end]))
    if opening is None:
        return None
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    month, before = None, ctx.sentence_holding(start - 1) if start > paragraph else None
    while month is None and before is not None and before.start >= paragraph:
        dated = _OPENING_DATE.match(arabic_dates(before.text))
        month = dated if dated and dated.group("month") else None
        before = ctx.sentence_holding(before.start - 1) if before.start > paragraph else None
    if month is None:
        return None
    year = int(month.group("year")) if month.group("year") else _year(act, ctx.metadata)
    number = _number(month.group("month"))
    if year is None or number is None or not 1 <= number <= 12:
        return None
    try:
        return calendar(year, number, int(opening.group("day"))).isoformat()
    except ValueError:
        return None


#: A sentence telling a sitting's business by the sitting (会议审议通过了…, 会上，…听取了…, 本次会议还…).
_SITTING_ITEM = re.compile(r"[\s“\"]*(?:本次|此次|这次)?(?:会议|会上)")
#: A sitting told held (9月6日，区人大常委会召开第十一次会议; 会议于…举行; 举行第八次会议).
_SITTING_HELD = re.compile(r"(?:召开|举行)[^，,。；;]{0,24}?会议|会议[^，,。；;]{0,12}?(?:召开|举行)")
#: How many sentences back a sitting's date may be told before its business (a news item's lead, its chair, its agenda).
_SITTING_REACH = 4


def _sitting_date(ctx: Context, start: int, act: Activity) -> str | None:
    """The date of a sitting's business told by the sitting (:data:`_SITTING_ITEM`, the sentence at view offset
    ``start``, or the full sentence holding it: 会议审议通过了…；审议通过了…): the date opening the last sentence before it, within :data:`_SITTING_REACH` sentences, that tells the
    sitting held (:data:`_SITTING_HELD`: 9月6日，区十一届人大常委会召开第十一次会议。…会议审议通过了…的报告); None when none
    does, or the work is planned. A first-time analyst (newuser30 E7): a session's items were dated by nothing, the session's day one
    paragraph before them."""
    start = start_after(ctx.text, start, "。\n")  # past items after ；
    if act.status != "reported" or not _SITTING_ITEM.match(ctx.text, start):
        return None  # a coming sitting's agenda a council proposes (会议建议议程为：…) is not the council's day's work
    before = ctx.sentence_holding(start - 1) if start > 0 else None
    for _ in range(_SITTING_REACH):
        if before is None:
            return None
        if _SITTING_HELD.search(before.text) and (dated := _OPENING_DATE.match(arabic_dates(before.text))):
            return stated_date(dated.group(), act, ctx.metadata)
        before = ctx.sentence_holding(before.start - 1) if before.start > 0 else None
    return None


def _shares_dated(ctx: Context, activities: list[Activity]) -> None:
    """Date each share of a divided inspection (其中，璧山区负责《重庆市产品质量条例》…: :mod:`loaders.extract.assignments`)
    that names no date of its own by the inspection it divides: the work told last before it but its fellow shares, when
    that is an inspection of the same status (newuser22 §4: a campaign launched 4月16日 on 《物业管理条例》等5部 was dated on
    the one regulation its launch sentence names; each share is a part of that launch), in place."""
    shares = {share.span.start for share in ctx.assignments}
    if not shares:
        return
    divided: Activity | None = None  # the work told last before but the shares
    for act in sorted(activities, key=lambda a: a.start):
        if ctx.view.index(act.start) not in shares:
            divided = act
        elif (act.date is None and divided is not None and divided.type == act.type and divided.status == act.status
              and divided.date):
            act.date = divided.date
