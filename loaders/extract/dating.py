"""When a sentence dates what it tells: the year it opens with (2023年，…), a year named relative to when the text
was written (今年, 明年, 去年, 新的一年), past a quoted speaker (据…介绍，…), within the years a report may date by.

Activities (:mod:`activities`) and statistics (:mod:`statistics`) are dated by the sentence that states them when
their own words give no year.
"""
from __future__ import annotations

import re

from loaders.extract import plans
from loaders.lexicon.numerals import arabic_dates
from loaders.read.text import LAST_YEAR

# A sentence's opening words before its time (“在…), and what follows a year named as the sentence's time: a comma
# or a part of that year (上半年, 一季度).
_OPENS = r"^[\s“\"]*(?:例如|比如|譬如|如)?(?:在|于)?"  # an example told as such (如去年对…开展执法检查时) dates it too
_YEAR_PART = r"[，,]|[上下]半年|[一二三四]季度"
# A sentence opening with a year as its time (2025年，… / 2023年上半年… / 2024年3月…), not a year that
# qualifies a noun (2019年颁布的《X法》) nor the start of a range (2018年以来).
_OPENING_YEAR = re.compile(rf"{_OPENS}(\d{{4}})年(?:度)?(?={_YEAR_PART}|年[初中底内]|\d{{1,2}}月|[春夏秋冬]季?)")
# The first year a people's congress sat (the 1st NPC, 1954): no congress's work is dated earlier.
_FIRST_CONGRESS_YEAR = 1954
_YEARS_AFTER = 2  # a plan may date its work up to two years after the report's last year (next year's plan)
#: The years any work told done may be dated by: a congress's, up to the last year a header may give (a number past it,
#: 5000年，…, is no year of anyone's work).
_WORK_YEARS = range(_FIRST_CONGRESS_YEAR, LAST_YEAR + 1)


def year_window(metadata: dict[str, str]) -> range:
    """The years a sentence may date work to come by: from the first congress's year to two years after the report's
    last (a 2024 report's 2025年将… and 2026年拟… are plans; its 2030年，…将… looks beyond any plan the report makes;
    a five-year report, 2017-2021, dates its 2020年 and 2021年 sentences too); none when it has no year. Work a
    sentence tells done is dated by its own year however far from the header's (:func:`stated_year`)."""
    reported = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", metadata.get("year", ""))
    if reported is None:
        return range(0)
    return range(_FIRST_CONGRESS_YEAR, int(reported[2] or reported[1]) + _YEARS_AFTER + 1)


# Who a sentence quotes before its time (据省人大常委会副主任王华介绍，去年，…): the time still opens what is told.
_ATTRIBUTION = re.compile(r"^[\s“\"]*据[^，,。；;]{0,30}?(?:介绍|了解|悉|报道|统计)[，,：:]\s*")


def _opening(sentence: str) -> str:
    """The first words of what ``sentence`` tells, past a quoted speaker (:data:`_ATTRIBUTION`)."""
    quoted = _ATTRIBUTION.match(sentence)
    return sentence[quoted.end() if quoted else 0 :][:12]


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


# A sentence opening with a year named relative to when the text was written (今年，常委会将检查…; 明年，拟…; 去年
# whatever follows it, 去年…会议期间代表们提出的建议, but 去年以来 and 去年同期): the offset from the year the text
# was issued in (or, undated, the year it reports).
_RELATIVE_YEAR = re.compile(rf"{_OPENS}(今年|本年度?|明年|下一?年度?|新的一年|新一年|去年(?!以来)|上一?年度?(?!以来))"
                            rf"(?={_YEAR_PART}|年?[初中底内]|内|以来|将|拟|要|计划|里|(?<=去年)(?!同期))")


def relative_year(sentence: str, metadata: dict[str, str]) -> int | None:
    """The year a sentence opening with 今年, 明年, 去年 or 新的一年 dates its activity by: 今年, 明年 and 去年 (上年)
    from the year the report was issued in (a work report delivered in March 2024 says 今年 of 2024 and looks back on
    2023), else the last year it reports; 新的一年 is the year after the one the report looks back on, whenever it was
    delivered. None for any other opening or without the year it needs. Source of 去年: a new user's law stories
    (round 17: a 2019 news item's 去年…进行了执法检查 was dated 2019)."""
    found = _RELATIVE_YEAR.match(_opening(sentence))
    reported = re.search(r"\d{4}$", metadata.get("year") or "")
    if found is None:
        return None
    if found.group(1).startswith("新"):
        return int(reported.group()) + 1 if reported else None
    base = re.match(r"\d{4}", metadata.get("issued") or "") or reported
    return int(base.group()) + (0 if found.group(1)[0] in "今本" else -1 if found.group(1)[0] in "去上" else 1) if base else None


# A coming meeting dated (…第二次会议将于2018年1月5日召开; 定于2019年1月在…举行): the year its agenda is for.
_MEETING_DATED = re.compile(r"(?:将|定|拟)于\s?(\d{4})\s?年[^，,。；;]{0,30}?(?:召开|举行|开幕)")


def meeting_year(sentence: str, window: range) -> int | None:
    """The year ``sentence`` dates a coming meeting by (将于2018年1月5日召开), when it lies in ``window``: the year of
    the work its agenda, told in that sentence or the next, plans (a new user's panel of years, round 18: a 2017 news
    item's agenda for a session on 5 January 2018 was dated 2017). None for none."""
    found = _MEETING_DATED.search(arabic_dates(sentence))
    return int(found.group(1)) if found and int(found.group(1)) in window else None
