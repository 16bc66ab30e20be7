"""Inspections of another congress body that the report's organ assisted, wherever the report says so.

A county's news of getting ready for its city's inspection says once, often only in its headline, whose inspection it
is (嵩县召开配合市人大常委会检查《河南省乡镇人大主席团工作条例》贯彻实施情况动员会), and then tells its own meeting
(嵩县人大常委会召开贯彻执行《乡镇人大主席团工作条例》检查动员会): the inspection is the city's, the county its
partner (a fresh user's study 5, F8). The body helped is the agent of the check (配合/协助/陪同 X 检查《L》, X执法检查组检查《L》,
协助 X 对《L》执法检查), also where the helper's words have it carry the check out (配合省人大常委会开展《L》执法检查: a first-time
analyst, round 26, found a township presidium credited with its county's inspection); work done together with another body
(联合, 会同, 协同) stays the report's organ's, jointly with it (:func:`loaders.extract.organs.roles`); the report's organ
assisting is ``assisted_by``, no partner in the work (:mod:`loaders.extract.partners`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from loaders.extract.partners import HELPING, assisted, helped_list, helped_name, tallied
from loaders.facts import Activity

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.laws import LawHit

#: The words after the body that make it the agent of the check (检查《L》, 执法检查组对《L》, 来我县检查《L》), up to the
#: laws checked.
_CHECKING = re.compile(r"(?:执法检查组|检查组)?(?:一行)?(?:来我[省市州县区旗]|在我[省市州县区旗]|对|就)?(?:执法)?检查")
#: The body's check told with the laws first (协助市人大常委会对《L》执法检查, 配合省人大常委会开展《L》执法检查): its object,
#: then the check after the laws.
_OBJECT = re.compile(r"(?:执法检查组|检查组)?(?:一行)?(?:开展|进行)?(?:对|就)|(?:执法检查组|检查组)?(?:一行)?(?:开展|进行)")
_CHECK_AFTER = re.compile(r"[^，,。；;]{0,10}?检查")
#: How far after the check, or the law before, a law checked may be named, in characters (检查《A》、《B》).
_LAW_REACH = 8


def conducted(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with each inspection of a law the report says its organ assisted other bodies in checking
    (:func:`assisted_laws`) conducted by each body helped, one inspection per body (配合省、市人大常委会检查《L》: the
    province's and the city's), the report's organ ``assisted_by`` them (:func:`partners.assisted`). An inspection whose
    helped bodies take in the report's organ stays as found: its own sentence tells whose it is."""
    bodies = assisted_laws(ctx)
    own = ctx.metadata.get("organ")
    if not bodies or not own:
        return activities
    found: list[Activity] = []
    for act in activities:
        helped = next((bodies[law] for law in act.laws if law in bodies), [])
        if act.type == "law_enforcement_inspection" and helped and own not in helped and act.conducted_by in (None, own):
            found += [assisted(act, body, own) for body in helped]
        else:
            found.append(act)
    return found


def assisted_laws(ctx: Context) -> dict[str, list[str]]:
    """The laws (canonical titles) the report's organ helped other congress bodies check → those bodies' canonical
    names (the report's organ's own name for itself): congress bodies named after 配合/协助/陪同, the first not the
    report's organ's, and before the check of the law (:data:`partners.HELPING`, :data:`_CHECKING`, :data:`_OBJECT`),
    with the bodies listed with it (:func:`partners.helped_list`; the first alone when the clause tallies their work:
    :func:`partners.tallied`)."""
    own = ctx.metadata.get("organ") or ""
    found: dict[str, list[str]] = {}
    for hit in ctx.organ_hits:
        if (hit.kind != "congress" or not hit.is_organ or (own and hit.canonical.startswith(own))
                or not HELPING.search(ctx.text, max(0, hit.start - 4), hit.start)):
            continue
        listed = helped_list(ctx, hit)
        end = max(body.end for body in listed)
        check = _CHECKING.match(ctx.text, end)
        if check is not None:
            laws = _laws_from(ctx, check.end())
        elif (checked := _OBJECT.match(ctx.text, end)) is not None:
            laws = _laws_from(ctx, checked.end())
            laws = laws if laws and _CHECK_AFTER.match(ctx.text, laws[-1].end) else []
        else:
            continue
        names = [helped_name(body.canonical, own) for body in listed[: 1 if tallied(ctx.text, end) else None]]
        for law in laws:
            found.setdefault(law.canonical, names)
    return found


def _laws_from(ctx: Context, start: int) -> list[LawHit]:
    """The laws named one after another from ``start`` (each within :data:`_LAW_REACH` of the last)."""
    laws: list[LawHit] = []
    reach = start
    for law in ctx.law_hits[bisect_left(ctx.law_starts, start) :]:
        if law.start > reach + _LAW_REACH:
            break
        laws.append(law)
        reach = law.end
    return laws
