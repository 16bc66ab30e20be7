"""Organs of the government named after a piece of work as accompanying or helping it: ``assisted_by``.

A report tells the congress body's inspection or visit, then who went along with it, in a clause of their own
(县农业农村局和县市场监督管理局陪同检查; 市生态环境局、市水务局陪同检查。; 市教育局、市民政局、市公安局协助。; 县水利局负责同志陪同
调研): the bureaus took part in the work without conducting it, and are not what it oversaw in that clause. A
first-time analyst (round 33, class 4) found ``assisted_by`` empty for every bureau that 配合/协助/陪同, though the
README names those words as the assisting ones. The helping words are ``partner-words.csv``'s ``helping`` rows; a
congress body named after them is the body helped (:mod:`loaders.extract.partners`, :func:`conductors._helped`), not
this clause. Another congress's bodies may open such a clause too (莲塘镇人大、向塘镇人大配合开展了检查: the townships'
congresses helped the county's inspection; a first-time analyst, round 35, found them in no role), never the report's
organ or its own congress, whose work it is.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from loaders.extract import congress_groups
from loaders.extract.organs import OVERSEEN_KINDS
from loaders.extract.partners import HELPS_NEXT
from loaders.lexicon.patterns import CLAUSE_MARK, LIST_JOINERS

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.organs import OrganHit
    from loaders.facts import Activity

#: Between the organs and their helping word: their people, named by post or as a group (负责同志, 主要负责人, 副区长谢承刚,
#: 等相关部门负责人, 派员), never a clause of their own.
_PEOPLE = re.compile(r"[^，,。；;：:\n]{0,16}?")
#: After the helping word: the work it names (陪同检查, 配合执法检查, 陪同视察, 协助调研), else the clause's end (…协助。).
_WORK = re.compile(r"(?:参加|开展了?|进行了?)?(?P<work>执法检查|检查|视察|调研|督查|督办|评议)?")
#: The word closing a helping clause opened by 在 (在县政府副县长某某陪同下，对…进行执法检查): the work it helps follows it in
#: its sentence (round 47).
_UNDER = "下"
#: The kinds of activity each named work may be, by its word.
_KINDS = {
    "执法检查": ("law_enforcement_inspection",),
    "检查": ("law_enforcement_inspection", "site_visit", "investigation", "other"),
    "视察": ("site_visit",),
    "调研": ("investigation",),
}
#: What opens the clause before its organs: a space at most, or 在 of 在…陪同下 (在荥阳市政府副市长李云峰和相关部门负责人陪同下，对
#: 《X法》…进行执法检查: the officers' body assists; round 47), which :func:`_helpers` keeps only where :data:`_UNDER` closes
#: the helping word (在县卫健局协助医院整改后: 在 of a time or place, no helpers; round 47's review).
_OPENING = re.compile(r"\s*在?")


def assisting(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the organs of a clause helping the work told before it (:func:`_helpers`) ``assisted_by``
    that work and no longer overseen by it: the last activity before the clause of the kind the clause's work names
    (陪同视察: a visit; a news item may list who took part in a paragraph of its own, z35), or, when it names none
    (…协助。), of any kind in the clause's line; for 在…陪同下 (:data:`_UNDER`), the first activity after the clause in its
    sentence (the officers' body assists the work they accompany: round 47)."""
    own = ctx.metadata.get("organ") or ""
    for start, organs, work, ahead in _helpers(ctx, own):
        if ahead:  # 在…陪同下，对《X法》…进行执法检查: the work after it in its sentence
            sentence = ctx.sentence_holding(start)
            end = sentence.end if sentence else start
            chosen = [index for index, act in enumerate(activities) if start <= ctx.view.index(act.start) < end][:1]
        else:
            kinds = _KINDS.get(work or "")
            line = ctx.text.rfind("\n", 0, start) + 1 if kinds is None else 0
            chosen = [index for index, act in enumerate(activities)
                      if line <= ctx.view.index(act.start) < start and (kinds is None or act.type in kinds)][-1:]
        if not chosen:
            continue
        act = activities[chosen[-1]]
        named = _named_in(ctx, act)
        names = [hit.canonical for hit in organs if hit.canonical not in named or hit.canonical not in act.overseen]
        if not names:
            continue
        activities[chosen[-1]] = replace(
            act, assisted_by=list(dict.fromkeys([*act.assisted_by, *names])),
            overseen=[name for name in act.overseen if name not in names],
            jointly_with=[name for name in act.jointly_with if name not in names])
    return activities


def _named_in(ctx: Context, act: Activity) -> set[str]:
    """The canonical names of the organs named in ``act``'s own words (its evidence span): the body whose work it is of
    (对县人民政府关于《X法》贯彻实施情况进行执法检查) stays overseen when its officials accompany the work after it
    (…县政府副县长某某及相关部门负责人陪同): a new user (round 36, finding 5) found the government inspected recorded only
    as an assistant."""
    start, end = ctx.view.index(act.start), ctx.view.index(act.end)
    return {hit.canonical for hit in ctx.organ_hits[bisect_left(ctx.organ_starts, start) : bisect_left(ctx.organ_starts, end)]}


class _Helping(NamedTuple):
    """A clause of organs helping some work (:func:`_helpers`)."""

    start: int  #: the clause's start in the view (the first officers' clause before it: :func:`_officers_before`)
    organs: list[OrganHit]  #: the organs opening it, in text order
    work: str | None  #: the work named after its helping word (陪同检查: 检查), None for none
    ahead: bool  #: 在…陪同下 (:data:`_UNDER`): the work follows the clause in its sentence instead of coming before it


#: How far before a helping word (and before each officers' clause) the clause's opening is looked for, in characters.
_CLAUSE_REACH = 60
_OFFICERS_REACH = 40
#: The fewest characters of officers between a body and the comma closing its clause (局长张某, 副局长汪燕燕): a body
#: named alone before a comma is a list's item or an object, no officers' clause.
_OFFICER_CHARS = 2


def _helpers(ctx: Context, own: str) -> list[_Helping]:
    """Each clause whose subjects are organs the congress oversees (:data:`organs.OVERSEEN_KINDS`) or bodies of another
    congress than the report's organ ``own``'s (:func:`_listed`), listed, then
    their people (:data:`_PEOPLE`) and a helping word with no congress body after it, in text order."""
    found = []
    hits, starts = ctx.organ_hits, ctx.organ_starts
    for helping in HELPS_NEXT.finditer(ctx.text):
        reach = max(0, helping.start() - _CLAUSE_REACH)
        opening = max((mark.end() for mark in CLAUSE_MARK.finditer(ctx.text, reach, helping.start())), default=reach)
        listed = hits[bisect_left(starts, opening) : bisect_left(starts, helping.start())]
        organs = _listed(ctx.text, opening, listed, own)
        after = bisect_left(starts, helping.end())
        if not organs or (after < len(hits) and hits[after].start == helping.end()):
            continue  # no organs open the clause, or a body is named as the one helped
        if not _PEOPLE.fullmatch(ctx.text, organs[-1].end, helping.start()):
            continue
        under, at = ctx.text.startswith(_UNDER, helping.end()), ctx.text[opening : organs[0].start].strip() == "在"
        if at and not under:
            continue  # 在 opens helpers only in 在…陪同下: 在县卫健局协助医院整改后 helps no work told before
        work = _WORK.match(ctx.text, helping.end())
        ahead = under and at
        opening, organs = _officers_before(ctx, own, opening, organs)
        found.append(_Helping(opening, organs, None if ahead or not work else work.group("work"), ahead))
    return found


#: How many clauses of officers, each of one body, may stand before the helping clause.
_OFFICER_CLAUSES = 4


def _officers_before(ctx: Context, own: str, opening: int, organs: list[OrganHit]) -> tuple[int, list[OrganHit]]:
    """``organs`` with those of the clauses right before the helping one that name only a body and its officers
    (区农林局党委委员、副局长汪燕燕，区畜牧兽医局局长解崇斌及相关科室负责人陪同检查: both bureaus assist; at43, round 47),
    and the first such clause's start: officers listed one body a clause, comma after comma."""
    hits, starts = ctx.organ_hits, ctx.organ_starts
    for _ in range(_OFFICER_CLAUSES):
        end = opening - 1
        if end <= 0 or ctx.text[end] not in "，,":
            break
        reach = max(0, end - _OFFICERS_REACH)
        start = max((mark.end() for mark in CLAUSE_MARK.finditer(ctx.text, reach, end)), default=reach)
        earlier = _listed(ctx.text, start, hits[bisect_left(starts, start) : bisect_left(starts, end)], own)
        if not earlier or not _PEOPLE.fullmatch(ctx.text, earlier[-1].end, end) or end - earlier[-1].end < _OFFICER_CHARS:
            break
        opening, organs = start, earlier + organs
    return opening, organs


def _listed(text: str, opening: int, hits: list[OrganHit], own: str) -> list[OrganHit]:
    """The organs the congress oversees or another congress's bodies (not groups formed for a piece of work) that open
    the clause at ``opening``, one list joined by :data:`LIST_JOINERS` (县农业农村局和县市场监督管理局, 市教育局、市民政局,
    莲塘镇人大、向塘镇人大); [] when the clause opens with anything else."""
    found: list[OrganHit] = []
    at = opening
    for hit in hits:
        joiner = text[at:hit.start]
        if not (_OPENING.fullmatch(joiner) if not found else len(joiner) == 1 and joiner in LIST_JOINERS):
            break
        if not hit.is_organ or not (hit.kind in OVERSEEN_KINDS or _other_congress(hit, own)):
            return []
        found.append(hit)
        at = hit.end
    return found


def _other_congress(hit: OrganHit, own: str) -> bool:
    """Whether ``hit`` is another congress than the one the report's organ ``own`` belongs to (莲塘镇人大) or one of its
    bodies, and no group formed for a piece of work (执法检查组)."""
    home = own[: own.find("人民代表大会") + len("人民代表大会")] if "人民代表大会" in own else own
    return (hit.kind in ("congress", "assembly") and not congress_groups.ending(hit.canonical)
            and not (home and hit.canonical.startswith(home)) and not own.startswith(hit.canonical))
