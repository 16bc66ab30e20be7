"""When a sentence dates what it tells: the year it opens with (2023年，…), a year named relative to when the text
was written (今年, 明年, 去年, 新的一年), past a quoted speaker (据…介绍，…; 某某介绍，…; 某某说：“…), within the years a report may date by.

Activities (:mod:`activities`) and statistics (:mod:`statistics`) are dated by the sentence that states them when
their own words give no year.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract import plans
from loaders.extract.metadata import WRITTEN, look_back_years
from loaders.lexicon.normalise import simplify
from loaders.lexicon.numerals import arabic_dates
from loaders.lexicon.patterns import HAN_CHARS
from loaders.lexicon.tables import words_of
from loaders.read.text import LAST_YEAR
from loaders.years import period

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.facts import Activity, Statistic

# Words opening a sentence before the past year it recalls (回顾2018年，…; 早在2018年，…就…过): ``look-backs.csv``.
_LEADS = words_of("look-backs", "lead")
# A sentence's opening words before its time (“在…, 回顾…), and what follows a year named as the sentence's time: a
# comma or a part of that year (上半年, 一季度).
_OPENS = rf"^[\s“\"]*(?:例如|比如|譬如|如)?(?:在|于|{_LEADS})?"  # an example told as such (如去年对…开展执法检查时) dates it too
_YEAR_PART = r"[，,]|[上下]半年|[一二三四]季度"
# A congress body, or the writers themselves, as the subject right after a year without a comma, then its work
# (2022年常委会对…开展了执法检查; 2021年市人大常委会先后听取…; 2019年我们就…): the year is the time of that work,
# not a year qualifying the body's plan or work (2022年区人大常委会工作要点, 2020年市人大常委会监督工作包括…).
_BODY_ACTING = (rf"(?:[{HAN_CHARS}]{{0,10}}?(?:人大常委会|常委会|常务委员会|人大)|我们|本会|我会)"
                r"(?:曾经?|就|还|又|也|先后|首次|分别|专门|再次|继续|已经?|共|集中|依法|相继|多次|将|拟|计划)*"
                r"(?:对|就|围绕|开展|组织|听取|审议|审查|进行|召开|举行|视察|检查|调研|启动)")
# A sentence opening with a year as its time (2025年，… / 2023年上半年… / 2024年3月… / 2022年常委会对…), not a year
# that qualifies a noun (2019年颁布的《X法》) nor the start of a range (2018年以来).
_OPENING_YEAR = re.compile(rf"{_OPENS}(\d{{4}})年(?:度)?(?={_YEAR_PART}|年[初中底内]|\d{{1,2}}月|[春夏秋冬]季?|{_BODY_ACTING})")
# The first year a people's congress sat (the 1st NPC, 1954): no congress's work is dated earlier.
FIRST_CONGRESS_YEAR = 1954
_YEARS_AFTER = 2  # a plan may date its work up to two years after the report's last year (next year's plan)
#: The years any work told done may be dated by: a congress's, up to the last year a header may give (a number past it,
#: 5000年，…, is no year of anyone's work).
_WORK_YEARS = range(FIRST_CONGRESS_YEAR, LAST_YEAR + 1)


def year_window(metadata: dict[str, str]) -> range:
    """The years a sentence may date work to come by: from the first congress's year to two years after the report's
    last (a 2024 report's 2025年将… and 2026年拟… are plans; its 2030年，…将… looks beyond any plan the report makes;
    a five-year report, 2017-2021, dates its 2020年 and 2021年 sentences too); none when it has no year. Work a
    sentence tells done is dated by its own year however far from the header's (:func:`stated_year`)."""
    reported = period(metadata.get("year", ""))
    if reported is None:
        return range(0)
    return range(FIRST_CONGRESS_YEAR, reported[1] + _YEARS_AFTER + 1)


# Who a sentence quotes before its time (据省人大常委会副主任王华介绍，去年，…; a speaker's lead without 据: 胡悦介绍，
# 新的一年，…; 王华说：“今年…; 会议强调，明年…): the time still opens what is told (newuser24 §2).
_ATTRIBUTION = re.compile(r"^[\s“\"]*(?:据[^，,。；;]{0,30}?(?:介绍|了解|悉|报道|统计)"
                          r"|[^，,。；;“”\"]{1,30}?(?:介绍|说|表示|指出|强调|透露|谈到|坦言))[，,：:]\s*[“\"]?")


def _opening(sentence: str) -> str:
    """The first words of what ``sentence`` tells, past a quoted speaker and the quote's opening mark
    (:data:`_ATTRIBUTION`)."""
    quoted = _ATTRIBUTION.match(sentence)
    return sentence[quoted.end() if quoted else 0 :][:30]


def stated_year(sentence: str, window: range) -> int | None:
    """The year ``sentence`` opens with as its time: any year a congress worked in when the sentence tells work done
    or under way (2023年，…开展执法检查 is of 2023 whatever the header's year: a 2010 header is a mistake its warning
    names, not the work's date; 在2014年开展… in a 2024 item is of 2014), and within ``window``
    (:func:`year_window`) when it states an intention (:func:`plans.intention`: 2030年，…将… in a 2024 report is no
    plan's date). Source: a fresh analyst's (round 26: a 2023 inspection under a 2010 header was dated 2010)."""
    found = _OPENING_YEAR.match(arabic_dates(_opening(sentence)))
    if found is None:
        return None
    year = int(found.group(1))
    return year if year in (window if plans.intention(sentence) else _WORK_YEARS) else None


# A sentence opening with a year named relative to the year the report is about (今年，常委会将检查…; 明年，拟…; 去年 and
# 前年 whatever follows it, 去年…会议期间代表们提出的建议, but 去年以来 and 去年同期): the offset from that year (or,
# when the report names none, the year it was issued in).
_RELATIVE_YEAR = re.compile(rf"{_OPENS}(今年|本年度?|明年|下一?年度?|新的一年|新一年|(?:去|大?前)年(?!以来)|上一?年度?(?!以来))"
                            rf"(?={_YEAR_PART}|年?[初中底内]|内|以来|将|拟|要|计划|里|(?<=[去前]年)(?!同期))")


def relative_year(sentence: str, metadata: dict[str, str], plan: int | None = None) -> int | None:
    """The year a sentence opening with 今年, 明年, 去年 or 新的一年 dates its activity by (:func:`relative`). None for
    any other opening or without the year it needs. Source of 去年: a new user's law stories (round 17: a 2019 news
    item's 去年…进行了执法检查 was dated 2019)."""
    found = _RELATIVE_YEAR.match(_opening(sentence))
    return relative(found.group(1), metadata, plan) if found else None


def relative(word: str, metadata: dict[str, str], plan: int | None = None) -> int | None:
    """The year ``word`` (今年, 本年度, 明年, 来年, 下一年度, 去年, 上年, 前年, 大前年, 新的一年) names: counted from the
    year the text speaks from. That is the (last) year the report is about, its ``year``, when a header or the text
    states it (a title, 2023年，…): an annual report is delivered in the new year (``year: 2023``, ``issued: 2024-01-25``)
    and still tells 2023's work as 今年's and plans 明年's, 2024's: counted from the issue date, a whole report moved a
    year on (a first-time analyst's, round 34, class 1). When the year is inferred from the date the text was written
    (:data:`metadata.WRITTEN`: no header year, a news item or a speech issued in March 2024 looking back on 去年's work,
    so about 2023), the words are the writer's and count from that date: its 去年 is 2023, not 2022, and its 今年 2024.
    One base per report, so 今年 and 去年 never part (round 34 anchored 去年 alone on the issue date and was reverted).
    The issue date counts when no year is known. 新的一年 is the year after the base. ``plan``, for planned work, the
    year it is planned for (:func:`coming_year`), when later than the base, is the one its 今年 names: a plan is written
    in the year it plans (2024年工作安排 delivered in January 2024 says 今年 of 2024, a writer in December 明年). None
    without the year it needs."""
    base = _spoken_from(metadata)
    if base is None:
        return None
    if word.startswith("新"):
        return base + 1
    if word[0] in "今本":
        return plan if plan is not None and plan > base else base
    return base + (-3 if word.startswith("大前") else -2 if word.startswith("前") else -1 if word[0] in "去上" else 1)


def _spoken_from(metadata: dict[str, str]) -> int | None:
    """The year a text's relative years count from (:func:`relative`): the year it was written in when its year is
    inferred from that date, else its (last) ``year``, else the year it was issued in; None for none."""
    for value, pattern in ((metadata.get(WRITTEN), r"\d{4}$"), (metadata.get("year"), r"\d{4}$"), (metadata.get("issued"), r"^\d{4}")):
        if found := re.search(pattern, value or ""):
            return int(found.group())
    return None


def coming_year(metadata: dict[str, str], plan: int | None) -> int | None:
    """The year planned work is for, as :func:`relative` reads 今年 in it: ``plan``, the year its plan section's
    opening names (:attr:`Context.plan_years`), else the year the report was issued in; None for neither."""
    issued = re.match(r"\d{4}", metadata.get("issued") or "")
    return plan if plan is not None else int(issued.group()) if issued else None


# A year named relative to the report's inside an activity's own words, before its verb (计划于明年3月对…; 常委会今年
# 将对…; 去年听取的…报告): as if written in digits (明年 → 2024年), so the words are dated as a year in digits dates
# them (:data:`loaders.lexicon.patterns.ACTION_YEAR`); not a range's start (去年以来) nor a year's figures (去年同期).
_RELATIVE_WORD = re.compile(r"(?<![\d年])(今年|本年度?|明年|来年|下一?年度?|去年|大?前年|上一?年度?)(?!以来|同期|的|度?[预决财])")


def in_digits(words: str, metadata: dict[str, str], plan: int | None = None) -> str:
    """``words`` with each year named relative to the report's written as its year in digits (:func:`relative`:
    计划于明年3月对… in a 2023 report → 计划于2024年3月对…), same length or longer; a word whose year is unknown stays.
    Source: a first-time analyst's (round 34, class 1: 计划于明年3月对《X法》开展执法检查 was left undated)."""
    return _RELATIVE_WORD.sub(lambda m: f"{year}年" if (year := relative(m.group(1), metadata, plan)) else m.group(), words)


# A clause opening with a year named relative to another (今年继续开展跟踪监督; 次年，听取了…; 同年12月…): the words, not
# what they qualify (今年的…, 去年同期, 当年度预算, 当年财政收入) nor a range's start (去年以来).
_CLAUSE_RELATIVE = re.compile(rf"{_OPENS}(今年|本年度?|明年|来年|下一?年度|去年|大?前年|上一?年度|同年|当年|次年|翌年|第二年)"
                              r"(?![的度预决财收支资同]|以来)")
# The words of 同年, 当年 (the year the text is about there), 次年, 翌年 and 第二年 (the year after it).
_SAME_YEAR = ("同年", "当年")
_YEAR_AFTER = ("次年", "翌年", "第二年")
# Several years listed as the time of one piece of work, before its verb, maybe after a congress body as its subject
# (已于2022年、2023年连续两年对…; 2019年和2021年先后两次听取…; 2020年、2022年，县人大常委会对…), the years maybe written
# side by side without a separator (于2009年2011年2016年分别开展了…, a first-time analyst's round 38 §5): not years qualifying
# its object (对2022年、2023年预算执行情况进行审计: the list follows 对; 听取2022年、2023年…的报告: no verb follows).
_YEAR_LIST = re.compile(r"(?<![对就\d])(?<!关于)(\d{4})\s?年(?:\s?[、和及与]?\s?\d{4}\s?年)+"
                        rf"(?=[，,]?\s*(?:[{HAN_CHARS}]{{0,10}}?(?:人大常委会|常委会|常务委员会|人大|我们))?"
                        r"(?:曾经?|已经?|还|又|也|都)?(?:[上下]半年)?(?:连续[\d两二三四五六七八九十]+年|先后|分别|各)?"
                        r"(?:[\d两二三四五六七八九十]次)?(?:对|就|开展|组织|听取|审议|进行|召开|视察|检查|启动))")


def listed_years(words: str, opening: bool = False) -> list[int]:
    """The years ``words`` (arabic dates; with ``opening``, a sentence opening with them) list as the time of the work
    they tell (已于2022年、2023年连续两年对…开展执法检查: [2022, 2023]), first list only; [] for none. One activity counted
    by its years, as the genre's golds count one inspection 连续两年对…开展执法检查 (dev i08, l10: count 2), not one in the
    report's year. Source: a first-time analyst's (round 34, class 2: the two inspections became one of the report's year)."""
    found = re.match(_OPENS + _YEAR_LIST.pattern, words) if opening else _YEAR_LIST.search(words)
    return [int(year) for year in re.findall(r"\d{4}", found.group())] if found else []


# A year or relative year named in the words before a clause, the last of which 同年 or 次年 counts from.
_YEAR_NAMED = re.compile(r"(?<!\d)(\d{4})\s?年(?!度?(?:预算|决算))|(今年|本年度?|明年|来年|下一?年度|去年|大?前年|上一?年度)")


def clause_year(clause: str, before: str, metadata: dict[str, str], plan: int | None = None) -> int | None:
    """The year a clause opening with a relative time word dates its work by, whatever year its sentence opened with:
    今年, 本年度, 去年, 上年, 明年, 下一年度 from the report's year (:func:`relative_year`: 2022年，常委会对…开展了执法检查，
    今年继续开展跟踪监督 follows up in the report's year, not 2022); 同年 and 当年 the year ``before`` (the words of its
    paragraph before the clause, view text) names last, 次年, 翌年 and 第二年 the year after it (2021年，…执法检查，次年听取…
    is of 2022); ``plan`` as :func:`relative` reads it. None for any other opening or without the year it counts from. Source: a first-time analyst (round 30:
    a follow-up told 今年 took the year of the clause before it)."""
    found = _CLAUSE_RELATIVE.match(clause)
    if found is None:
        return None
    word = found.group(1)
    if word not in _SAME_YEAR + _YEAR_AFTER:
        return relative(word, metadata, plan)
    named = list(_YEAR_NAMED.finditer(arabic_dates(before)))
    if not named:
        return None
    base = int(named[-1].group(1)) if named[-1].group(1) else relative(named[-1].group(2), metadata)
    if base is None or base not in _WORK_YEARS:
        return None
    return base + (word in _YEAR_AFTER)


# A year a plan's heading or opening words name (2024年, 二〇二五年, 2024年度, 明年, 下一年度, 新的一年, 今年), not a year of
# a range (2021—2025年工作规划).
_NAMED_YEAR = re.compile(r"(?<![\d—\-–~～至到])(?:(\d{4})\s?年度?|(今年|本年度?|明年|来年|下一?年度?|新的一年|新一年))")
# What follows a year named for the work planned: a plan's word close after it (2024年工作安排, 2025年监督工作计划,
# 2024年度县人大常委会工作要点, 今年常委会监督工作有五个重点, 新的一年工作思路), else work (明年工作); nothing that
# makes the year qualify something else (落实2022年审议意见的工作安排) or ends its words.
_BETWEEN = r"[^\d，,。；;、：:的]"
_PLAN_WORD = re.compile(rf"{_BETWEEN}{{0,10}}?(?:安排|计划|要点|打算|思路|任务|重点|设想)")
_WORK_WORD = re.compile(rf"{_BETWEEN}{{0,6}}?(?:工作|监督)")


def plan_year(opening: str, metadata: dict[str, str]) -> int | None:
    """The year the words opening a plan (``opening``: its heading, headline or first line, either script) name for
    its work: the first year a plan's word follows (:data:`_PLAN_WORD`: 2023年工作总结和2024年工作安排 and
    2024年工作安排和2025年工作设想 plan 2024), else the last one work follows (二、明年工作: the year after the
    report's, as :func:`relative_year` reads 明年), else the year the line opens with (2024年，常委会监督工作安排如下;
    新的一年，县人大主要开展12项工作); None when they name none (今后工作安排, 下一步工作打算). A year a heading names for
    its plan is the plan's, however far from the header's (which may be wrong: :func:`stated_year`). Source: a fresh
    analyst's (round 26: the items under 二、2024年工作安排 in a 2023 report were dated 2023)."""
    words = arabic_dates(simplify(opening))
    named = list(_NAMED_YEAR.finditer(words))
    coming = coming_year(metadata, None)  # a plan's 今年工作安排 is of the year it is delivered in
    planned = [m for m in named if _PLAN_WORD.match(words, m.end())] or [m for m in named if _WORK_WORD.match(words, m.end())][-1:]
    if not planned:
        return stated_year(words, _WORK_YEARS) or relative_year(words, metadata, coming)
    year = int(planned[0].group(1)) if planned[0].group(1) else relative(planned[0].group(2), metadata, coming)
    return year if year in _WORK_YEARS else None


def past_plans(ctx: Context, activities: list[Activity]) -> None:
    """Keep the report's planned ``activities`` to its year or later, in place: work its own words date before the
    report's first year (去年常委会对《X法》开展的执法检查 under 二、2024年工作安排; 早在2020年，常委会就…) is done work
    the plan recalls, ``reported``, unless its sentence states an intention before its end; then an intention in the
    work's own clause after the one the year opens (去年…开展的执法检查，将继续跟踪监督) is the report's plan, its year the
    plan's (left to :func:`date_plans`), and one before it a past plan retold (2010年…提出，要…，选择…开展专题询问, dev
    ae01), planned in the year it was made. Run before :func:`date_plans`, whose plan headings may name another year.
    Source: a fresh user's (round 32, class 2: a planned inspection dated the year before the report)."""
    first = re.match(r"\d{4}", ctx.metadata.get("year", ""))
    if first is None:
        return
    for act in activities:
        last = act.year or (int(act.years[-4:]) if act.years else None)
        if act.status != "planned" or last is None or last >= int(first.group()):
            continue
        at = ctx.view.index(act.start)
        sentence, clause = ctx.sentence_holding(at), ctx.clause_at(at)
        told = sentence.text[: ctx.view.index(act.end) - sentence.start] if sentence else ""
        if not plans.intention(told):
            act.status = "reported"
        elif clause and sentence and clause.start > sentence.start and plans.intention(clause.text):
            act.year = act.years = None


def date_plans(ctx: Context, activities: list[Activity], statistics: list[Statistic]) -> None:
    """Date the planned ``activities`` and ``statistics`` no words of their sentence date by the year their plan's
    opening words name (:func:`plan_year`): a plan section's or document's (:func:`plans.plan_sections`), or a list of
    the coming year's work (:func:`plans.year_tasks`: 新的一年，…包括：1、…); in place. A year the same as the report's
    is left to the report (None means it)."""
    reported = ctx.metadata.get("year")

    def year_at(start: int) -> int | None:  # the year of the innermost dated plan holding original offset ``start``
        year = ctx.plan_year_at(ctx.view.index(start))
        return None if str(year) == reported else year

    for act in activities:
        if act.status == "planned" and act.year is None and act.years is None:
            act.year = year_at(act.start)
    for stat in statistics:
        if stat.status == "planned" and stat.years is None and (year := year_at(stat.start)) is not None:
            stat.years = str(year)


# A coming meeting dated (…第二次会议将于2018年1月5日召开; 定于2019年1月在…举行): the year its agenda is for.
_MEETING_DATED = re.compile(r"(?:将|定|拟)于\s?(\d{4})\s?年[^，,。；;]{0,30}?(?:召开|举行|开幕)")


def meeting_year(sentence: str, window: range) -> int | None:
    """The year ``sentence`` dates a coming meeting by (将于2018年1月5日召开), when it lies in ``window``: the year of
    the work its agenda, told in that sentence or the next, plans (a new user's panel of years, round 18: a 2017 news
    item's agenda for a session on 5 January 2018 was dated 2017). None for none."""
    found = _MEETING_DATED.search(arabic_dates(sentence))
    return int(found.group(1)) if found and int(found.group(1)) in window else None


# Work put off to a later time (推迟至2021年, 延期到明年, 调整至下半年…, 改期到2021年进行): the year it is now planned for.
_POSTPONED = re.compile(r"(?:推迟|延期|延后|推后|改期|顺延|调整)(?:到|至)\s?(?:(\d{4})\s?年|(明年|来年|下一年度?))")


def postponed_year(sentence: str, metadata: dict[str, str]) -> int | None:
    """The year ``sentence`` puts its work off to (原计划听取审议的…报告推迟至2021年: 2021; 调整至明年进行: the year after
    the report's, as :func:`relative_year` reads 明年), within the years a plan may date (:func:`year_window`); None for
    none. Source: a first-time analyst's (round 27: a hearing postponed to 2021 kept the report's year, 2020)."""
    found = _POSTPONED.search(arabic_dates(sentence))
    if found is None:
        return None
    year = int(found.group(1)) if found.group(1) else relative(found.group(2), metadata)
    return year if year in year_window(metadata) else None


# A year named beside a look-back (2022年及过去五年的主要工作): the words tell that year's work too, not the term's alone.
_A_YEAR = re.compile(r"\d{4}\s?年")


def looked_back(text: str, year: str) -> list[tuple[int, int, str]]:
    """The stretches of ``text`` (view offsets) whose work a look-back dates (``(start, end, "first-last")``): under a
    heading looking back (一、五年来的主要工作, 过去五年工作回顾, run into its paragraph or not: :func:`plans.run_in_heading`)
    up to the next heading of its rank or a higher one or naming a year (一、2022年主要工作), and the paragraph whose first sentence looks back (五年来，常委会坚持
    正确监督。先后对…开展执法检查), over the term :func:`look_back_years` reads, ending with ``year`` (the report's, when
    it states one; a term's report already covers them); not where the words name a year besides (:data:`_A_YEAR`: dev
    a09's 2022年及过去五年的主要工作 heads 2022's work), nor a year counted from (2016年以来，…每年都听取…。今年，…: the
    paragraph goes on to the year's work, dev aa19). Source: a first-time analyst's
    (round 27: a term report's inspections under 五年来的主要工作 were dated by its last year, its figures by the term)."""
    if not year.isdigit():
        return []
    last = int(year)
    found: list[tuple[int, int, str]] = []
    open_heading: tuple[int, int, str] | None = None  # (start, rank, years) of the heading whose look-back runs on
    for offset, line, heading, rank in plans.heading_lines(text):
        # a heading of its rank or a higher one ends it, and so does one naming a year (二、2022年主要工作) at any rank
        if heading and open_heading is not None and (rank <= open_heading[1] or _A_YEAR.search(arabic_dates(heading))):
            found.append((open_heading[0], offset, open_heading[2]))
            open_heading = None
        opening = arabic_dates(heading or line.split("。", 1)[0])
        span = None if _A_YEAR.search(opening) else look_back_years(opening)
        if span and span > 1:
            first = last - span + 1
            if heading and open_heading is None:
                open_heading = (offset, rank, f"{first}-{last}")
            elif not heading:
                found.append((offset, offset + len(line), f"{first}-{last}"))
    if open_heading is not None:
        found.append((open_heading[0], len(text), open_heading[2]))
    return found


def date_look_backs(ctx: Context, activities: list[Activity], statistics: list[Statistic]) -> None:
    """Give the work told done that nothing dates (no year of its own nor of its sentence) the years of the heading
    or paragraph opening that looks back over them (:func:`looked_back`), in place; a paragraph's own look-back
    before its heading's."""
    spans = looked_back(ctx.text, ctx.metadata.get("year", ""))
    if not spans:
        return

    def years_at(start: int) -> str | None:  # the innermost look-back holding original offset ``start``
        at = ctx.view.index(start)
        return min(((end - first, years) for first, end, years in spans if first <= at < end), default=(0, None))[1]

    for act in activities:
        if act.status == "reported" and act.year is None and act.years is None:
            act.years = years_at(act.start)
    window = year_window(ctx.metadata)
    for stat in statistics:  # a figure's sentence opening with a year of its own (2022年，…检查5件法律) keeps it
        sentence = ctx.sentence_holding(ctx.view.index(stat.start))
        if stat.status == "reported" and stat.years is None and not (sentence and (
                stated_year(sentence.text, window) or relative_year(sentence.text, ctx.metadata))):
            stat.years = years_at(stat.start)
