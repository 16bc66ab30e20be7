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

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.organs import OrganHit
    from loaders.facts import Activity

#: The kinds of work a body carries out for another (an inspection, a visit, an investigation; 受市人大常委会委托，汉阴县人大
#: 常委会…组织市人大代表开展集中视察): not a report delivered 受…委托, which is its speaker's voice (委员长…受全国人大常委会委托
#: 向大会报告工作).
ENTRUSTABLE = frozenset({"law_enforcement_inspection", "site_visit", "investigation"})
#: The entrusting body named before the work in its sentence (受市人大常委会委托，…; 受全国人大常委会的委托，…).
_ENTRUSTED_BY = re.compile(r"受(?P<body>[^，,。；;]{2,30}?)(?:的)?委托")
#: The entrusted body named by the entrusting report before the work (委托九龙坡区人大常委会对《X条例》开展执法检查).
_ENTRUSTS = re.compile(r"(?<!受)委托(?P<body>[^，,。；;]{2,30}?)(?=对|就|开展|进行|分别)")
#: The entrusting body named as the one in whose name the work is done, in the paragraph before it (此次执法检查以市人大常委会
#: 名义开展，具体工作由接受委托的区县人大常委会承担。其中，璧山区负责《X条例》…).
_IN_NAME_OF = re.compile(r"以(?P<body>[^，,。；;]{2,30}?)(?:的)?名义")


def _congress(ctx: Context, start: int, end: int) -> str | None:
    """The canonical name of the congress body (one organ) the text names within view offsets ``start:end``."""
    hit: OrganHit | None = next((h for h in ctx.organ_hits[bisect_left(ctx.organ_starts, start):]
                                 if h.start >= end or (h.end <= end and h.kind == "congress" and h.is_organ)), None)
    return hit.canonical if hit and hit.start < end else None


def _entrusting(ctx: Context, act: Activity, first: bool) -> str | None:
    """The body that entrusted ``act``'s work: named after 受…委托 in its sentence before it, when ``act`` is the first
    work told after it there (受全国人大常委会委托，对《X法》…进行执法检查，并对…审议意见落实情况开展跟踪检查: the second is
    the organ's own), else after 以…名义 in its paragraph before it; None for none."""
    start, end = ctx.view.index(act.start), ctx.view.index(act.end)
    sentence = ctx.sentence_holding(start)
    opening = sentence.start if sentence else start
    if first:
        for found in _ENTRUSTED_BY.finditer(ctx.text, opening, end):
            if body := _congress(ctx, found.start("body"), found.end("body")):
                return body
    paragraph = ctx.text.rfind("\n", 0, start) + 1
    for found in _IN_NAME_OF.finditer(ctx.text, paragraph, end):
        if body := _congress(ctx, found.start("body"), found.end("body")):
            return body
    return None


def _entrusted(ctx: Context, act: Activity) -> str | None:
    """The congress body the report's organ entrusted ``act``'s work to, named after 委托 in its sentence before it
    (委托九龙坡区人大常委会对…开展执法检查); None for none."""
    start, end = ctx.view.index(act.start), ctx.view.index(act.end)
    sentence = ctx.sentence_holding(start)
    for found in _ENTRUSTS.finditer(ctx.text, sentence.start if sentence else start, end):
        if body := _congress(ctx, found.start("body"), found.end("body")):
            return body
    return None


def credited(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the work of :data:`ENTRUSTABLE` kinds done under another body's entrustment conducted by that
    body, the body that did it (its stated conductor, else the report's organ) assisting it, and the body the report's
    organ entrusted such work to assisting it (module docstring)."""
    own = ctx.metadata.get("organ") or None
    opening: dict[int, int] = {}  # sentence start → the start of the first activity told in it
    for act in activities:
        sentence = ctx.sentence_holding(ctx.view.index(act.start))
        key = sentence.start if sentence else act.start
        opening[key] = min(opening.get(key, act.start), act.start)
    found = []
    for act in activities:
        sentence = ctx.sentence_holding(ctx.view.index(act.start))
        body = _entrusting(ctx, act, opening[sentence.start if sentence else act.start] == act.start) \
            if act.type in ENTRUSTABLE else None
        doer = act.conducted_by or own
        if body is None and act.type in ENTRUSTABLE and doer == own and (entrusted := _entrusted(ctx, act)):
            act = replace(act, assisted_by=list(dict.fromkeys([*act.assisted_by, entrusted])))
        if body and body != doer:
            act = partners.assisted(act, body, doer)
            act = replace(act, conducted_by=None) if body == own else act  # the report's organ: the Facts name none
        found.append(act)
    return found
