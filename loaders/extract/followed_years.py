"""The year of the earlier inspection a follow-up names: 对2021年开展的《X法》执法检查开展“回头看”.

A follow-up (跟踪检查, 回头看, 审议意见落实情况: ``Activity.follow_up``) is dated by its own time; when its object names
the year of the inspection (or of the inspection's report and review opinions) it follows up, that year is the
follow-up's ``follows_year`` (Facts, optional), ``okg:followsUpYear`` in the graph, by which ``graph.loop`` and
``graph.inspections`` find that year's inspection of the same law by the same organ when the store holds it. The class,
in the report writer's words: the work followed up is named with its year after the follow-up's preposition or verb
(对, 就, 关于, 跟踪监督, 督促落实, 办理…), as a year (对2021年开展的…执法检查, 关于2018年省人大常委会X法执法检查指出问题
整改情况的报告), or relative to the report's (跟踪监督去年《X法》执法检查审议意见落实情况, 对前年开展的…). Between the
year and the inspection's words no other work's object may stand (关于2019年度预算执行…审计查出问题整改情况: an audit's
year, not an inspection's). Source: first-time analysts' round 17 (newuser17 §2: the 2021 inspection a 回头看 names was
lost) and round 34; dev j09's 关于2018年…执法检查指出问题整改情况的报告.
"""
from __future__ import annotations

import re

from loaders.extract import dating
from loaders.facts import Activity
from loaders.lexicon.normalise import normalised
from loaders.lexicon.numerals import arabic_dates

#: The follow-up's lead (a preposition or its verb), the year (digits or relative), then the inspection's words with at
#: most the organ, the law's title and the verb of its doing between (对2021年开展的《X法》执法检查; 跟踪监督去年《X法》
#: 执法检查审议意见; 关于2018年省人大常委会X法执法检查指出问题).
_NAMED = re.compile(r"(?:对|就|关于|跟踪监督|跟踪检查|督促|落实|办理|研究处理|回头看)\s*"
                    r"(?:(\d{4})\s*年度?|(去年|上一?年度?|大?前年))(?:[上下]半年|\d{1,2}\s*月份?)?"
                    r"([^，,。；;\d]{0,80}?)(?:执法检查|检查报告)")
#: Another work's object between the year and the inspection's words: the year is that work's (关于2019年度环境状况
#: 和环境保护目标完成情况与研究处理…执法检查报告: a report's object, 情况 other than the law's 实施情况, before the handling).
_OTHER_OBJECT = re.compile(r"预算|决算|审计|计划|规划|代表建议|议案|民生实事|评议|调研|视察|询问|(?<!实施)情况|研究处理")


def followed_year(act: Activity, metadata: dict[str, str]) -> int | None:
    """The year of the inspection follow-up ``act`` names in its words (read simplified), when it is a year of
    congress work no later than the follow-up's own year (``act.year``, else the report's last); None when ``act`` is
    no follow-up or names none."""
    if not act.follow_up:
        return None
    own = act.year or _last_year(metadata)
    for found in _NAMED.finditer(arabic_dates(normalised(act.evidence))):
        if _OTHER_OBJECT.search(found.group(3)):
            continue
        year = int(found.group(1)) if found.group(1) else dating.relative(found.group(2), metadata)
        if year is not None and dating.FIRST_CONGRESS_YEAR <= year and (own is None or year <= own):
            return year
    return None


def name(activities: list[Activity], metadata: dict[str, str]) -> None:
    """Set ``follows_year`` on each follow-up of ``activities`` naming the year of the inspection it follows up."""
    for act in activities:
        act.follows_year = followed_year(act, metadata)


def _last_year(metadata: dict[str, str]) -> int | None:
    """The report's (last) year, from its metadata's ``year`` (2023, or 2018-2022)."""
    found = re.search(r"(\d{4})$", metadata.get("year") or "")
    return int(found.group(1)) if found else None
