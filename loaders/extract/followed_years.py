"""The year of the earlier inspection a follow-up names: 对2021年开展的《X法》执法检查开展“回头看”.

A follow-up (跟踪检查, 回头看, 审议意见落实情况: ``Activity.follow_up``) is dated by its own time; when its object names
the year of the inspection (or of the inspection's report and review opinions) it follows up, that year is the
follow-up's ``follows_year`` (Facts, optional), ``okg:followsUpYear`` in the graph, by which ``graph.loop`` and
``graph.inspections`` find that year's inspection of the same law by the same organ when the store holds it. The class,
in the report writer's words: the work followed up is named with its year after the follow-up's preposition or verb
(对, 就, 关于, 跟踪监督, 督促落实, 办理…), as a year (对2021年开展的…执法检查, 关于2018年省人大常委会X法执法检查指出问题
整改情况的报告), relative to the report's (跟踪监督去年《X法》执法检查审议意见落实情况, 对前年开展的…), or by the sitting that
heard its report when the report dates that sitting (对市十七届人大常委会第五次会议审议的…执法检查报告…, the report saying
2022年8月，市十七届人大常委会第五次会议听取…). Between the
year and the inspection's words no other work's object may stand (关于2019年度预算执行…审计查出问题整改情况: an audit's
year, not an inspection's). Source: first-time analysts' round 17 (newuser17 §2: the 2021 inspection a 回头看 names was
lost) and round 34; dev j09's 关于2018年…执法检查指出问题整改情况的报告.
"""
from __future__ import annotations

import re

from loaders.extract import dating
from loaders.extract.spans import start_after
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


#: The inspection named by the sitting of the standing committee that heard its report (对市十七届人大常委会第五次会议
#: 审议的《X法》执法检查报告审议意见落实情况…): the sitting's words from its term on (group 1), then the inspection's.
_BY_SITTING = re.compile(r"((?:[一二三四五六七八九十\d]+届)?(?:人大)?常委会第[一二三四五六七八九十百\d]+次(?:全体)?会议)"
                         r"[^，,。；;]{0,60}?(?:执法检查|检查报告)")


def followed_year(act: Activity, metadata: dict[str, str], text: str = "", read: str | None = None) -> int | None:
    """The year of the inspection follow-up ``act`` names in its words, from its clause's start (a statement split
    into several activities: 跟踪监督常委会第三次会议审议的《X法》执法检查报告审议意见落实情况 gives one whose evidence
    begins at 审议的) to its evidence's end, read simplified, when it is a year of congress work no later than the
    follow-up's own year (``act.year``, else the report's last): a year or a relative one named (:data:`_NAMED`), else
    the year the report dates the sitting it names the inspection by (:data:`_BY_SITTING`: 2022年8月，市十七届人大常委会
    第五次会议听取和审议了…); ``text``: the report as read (the Facts' offsets); ``read``: ``text`` as the rules read it
    (:func:`normalised`), when the caller has it (the Context's view: not normalised again, a long report whole). None
    when ``act`` is no follow-up or names none."""
    if not act.follow_up:
        return None
    own = act.year or _last_year(metadata)
    opening = start_after(text, act.start, "。；;\n，,") if text else act.start
    words = arabic_dates(normalised(text[opening : act.end] if text else act.evidence))
    for year in [*_named(words, metadata), *_sitting_dated(words, text, read)]:
        if dating.FIRST_CONGRESS_YEAR <= year and (own is None or year <= own):
            return year
    return None


def _named(words: str, metadata: dict[str, str]) -> list[int]:
    """The years :data:`_NAMED` finds in ``words``, relative ones counted from the report's."""
    found = [int(m.group(1)) if m.group(1) else dating.relative(m.group(2), metadata)
             for m in _NAMED.finditer(words) if not _OTHER_OBJECT.search(m.group(3))]
    return [year for year in found if year is not None]


def _sitting_dated(words: str, text: str, read: str | None = None) -> list[int]:
    """The years ``text`` (the report; ``read``, the same normalised, if known) gives the sittings ``words`` name an inspection by: a year before the sitting's words, in the
    same sentence, with at most a month, a day and the body's place between (2022年8月，市十七届人大常委会第五次会议), never
    a preposition (2023年，常委会对…第五次会议审议的…: the follow-up's own year)."""
    years = []
    for sitting in _BY_SITTING.finditer(words):
        dated = re.search(rf"(\d{{4}})\s*年(?:(?!关于)[^。；;\n对就]){{0,16}}?{re.escape(sitting.group(1))}",
                          arabic_dates(normalised(text) if read is None else read))
        if dated:
            years.append(int(dated.group(1)))
    return years


def name(activities: list[Activity], metadata: dict[str, str], text: str = "", read: str | None = None) -> None:
    """Set ``follows_year`` on each follow-up of ``activities`` naming the year of the inspection it follows up
    (``text``: the report as read, whose offsets the activities give; ``read``: as :func:`followed_year`)."""
    for act in activities:
        act.follows_year = followed_year(act, metadata, text, read)


def _last_year(metadata: dict[str, str]) -> int | None:
    """The report's (last) year, from its metadata's ``year`` (2023, or 2018-2022)."""
    found = re.search(r"(\d{4})$", metadata.get("year") or "")
    return int(found.group(1)) if found else None
