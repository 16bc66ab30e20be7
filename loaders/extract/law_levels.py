"""Who made a local 办法 or 规定: the evidence a report gives for a title whose form both a congress's regulation
(地方性法规) and a government's rule (规章) may take.

A local congress names its regulations 条例, 规定, 办法, 实施办法 or 实施细则, and a government names its rules 规定 or
办法, never 条例 (规章制定程序条例, article 7), so :func:`loaders.extract.laws.local_level` reads 条例 and a measure
implementing a national law (实施《X法》办法) as regulations and leaves a bare 办法 or 规定 to a guess. The text
often says whose it is, and this module reads what it says, in this order:

- the maker named right before the title in its clause: a government issuing it (省政府出台《…办法》, 政府令,
  政府规章《…》) or a congress making, passing or approving it (省人大常委会审议通过《…规定》, 批准《…规定》);
- a count after it naming its kind (《…办法》等政府规章, 《…规定》等三件地方性法规);
- a national administrative regulation the report names whose topic the local title carries
  (国务院《优化营商环境条例》 and 《湖北省优化营商环境办法》): the province's own 办法 or 规定 on the topic of the State
  Council's regulation is the government's rule carrying it out (立法法, article 93: a local government makes rules to
  carry out the laws and administrative regulations), where the congress would write 条例 or 实施《…条例》办法.

Source: two fresh users (round 19: 湖南省居民自建房安全管理若干规定, which the standing committee made, was a 规章;
round 20: 湖北省优化营商环境办法, 湖北省人民政府令, was a 地方性法规 once inspected).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from loaders.lexicon import law_catalog
from loaders.lexicon.patterns import HAN_CHARS

#: The forms a congress's regulation and a government's rule share (a 实施办法 is the congress's: laws.local_level).
SHARED_FORMS = ("若干规定", "规定", "办法")
# Verbs of issuing a rule, and of making, passing or approving a regulation; the words between a maker and its verb
# (省政府近日出台, 省人大常委会第十次会议审议通过) are no clause's end and hold no other title.
_BETWEEN = r"[^，,。；;：:《》、]{0,14}?"
_ISSUING = "(?:出台|印发|发布|颁布|公布|制定|修订|修改)了?的?"
_GOVERNMENT = re.compile(rf"(?:人民政府|政府)(?:(?:{_BETWEEN}{_ISSUING})?(?:令|规章)|{_BETWEEN}{_ISSUING})[“《]?$")
_CONGRESS = re.compile(rf"(?:人大常委会|人民代表大会常务委员会|人民代表大会|常委会|人大){_BETWEEN}"
                       r"(?:通过|制定|颁布|公布|批准|修订|修改)了?的?[“《]?$")
_KIND_AFTER = re.compile(r"》?(?:[、和及与]《[^《》]{1,40}》)*等?[\d一二三四五六七八九十两几多]*[件部项个]?"
                         r"(?P<kind>政府规章|规章|地方性法规|法规)")
# How far before a title its maker may be named, and how far after it a count naming its kind.
_BEFORE = 30
_AFTER = 60
_FORM = re.compile(rf"(?P<topic>[{HAN_CHARS}]{{2,30}}?)(?:若干规定|规定|办法)$")


def evidence(text: str, start: int, end: int, title: str, area: str | None,
             regulations: Iterable[str]) -> str | None:
    """The level the report's words give the local title ``title`` (canonical, its area ``area`` leading it) that
    ``text[start:end]`` names: "规章", "地方性法规", or None when they say nothing (its form's guess then stands).
    ``regulations`` are the canonical titles of the national administrative regulations the report names. Only a
    title of a shared form (:data:`SHARED_FORMS`) without 实施 is read.

    >>> text = "省政府出台《湖北省优化营商环境办法》。"
    >>> evidence(text, 6, 16, "湖北省优化营商环境办法", "湖北省", [])
    '规章'
    >>> evidence("省人大常委会审议通过《湖北省优化营商环境办法》。", 11, 21, "湖北省优化营商环境办法", "湖北省", [])
    '地方性法规'
    >>> evidence("检查《湖北省优化营商环境办法》。", 3, 13, "湖北省优化营商环境办法", "湖北省", ["优化营商环境条例"])
    '规章'
    """
    if not area or not title.endswith(SHARED_FORMS) or "实施" in title:
        return None
    before = text[max(0, start - _BEFORE) : start]
    if _GOVERNMENT.search(before):
        return "规章"
    if _CONGRESS.search(before):
        return "地方性法规"
    if kind := _KIND_AFTER.match(text, end, min(len(text), end + _AFTER)):
        return "规章" if kind.group("kind").endswith("规章") else "地方性法规"
    form = _FORM.fullmatch(title[len(area):])
    if form and any(law.removesuffix("条例") == form.group("topic") for law in regulations):
        return "规章"
    return None


def regulations_named(titles: Iterable[str]) -> list[str]:
    """The national administrative regulations (行政法规) among canonical ``titles``."""
    return sorted({t for t in titles if (entry := law_catalog.lookup(t)) and entry.level == "行政法规"})
