"""How a report says another organ took part in a piece of work: as a partner doing it together with the report's
organ, or as the body the report's organ helped.

Two relations a report's words keep apart (``loaders/lexicon/data/partner-words.csv``):

- a **joint partner** (``joint`` rows: 联合, 会同, 协同, 与, 同 right before the partner's name: 县人大常委会与崇阳县人大常委会
  联合开展《X法》执法检查) conducts the work with the report's organ: ``Activity.jointly_with``, ``okg:jointlyWith``, a
  conductor as much as the report's organ is (a first-time analyst, round 32: 崇阳县's joint inspection was listed by
  its timeline only);
- an **assisting organ** (``helping`` rows: 配合, 协助, 陪同, 随同 before the body helped: 镇人大主席团配合县人大常委会开展
  《X法》执法检查) takes part in another body's work without conducting it: the body helped conducts it, the report's
  organ is ``Activity.assisted_by`` (``okg:assistedBy``), never credited with the work (round 26: a township presidium
  credited with its county's inspection).

Work the helped bodies and the organ do in step, each at its level (``linked`` rows right after the bodies helped:
配合省、市人大常委会联动开展…), is the first body's, the organ assisting it and the other level neither: 配合 decides,
联动 or not (round 47 ruling 10, replacing the older reading of it as the organ's own, jointly with them); a body named
with a partner's word and then such work (与市人大常委会同步开展…, 与市人大联动开展…: ``linked`` rows, :data:`LINKED`) is no partner at all, each level
doing its own inspection (genre README round 46, the lead's answers: 联动 names no partner). Several bodies helped in one list (配合省、市人大
常委会开展了《X法》执法检查, 协助省人大常委会、市人大常委会…) each conducted its own work, the organ helping each
(:func:`helped_list`): a county's report tells that it helped the province's inspection and the city's, never that the
two held one inspection together (a first-time analyst, round 35, finding 1).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.facts import Activity
from loaders.lexicon.patterns import ABOUT_AFTER, COUNT, LIST_JOINERS
from loaders.lexicon.tables import rows

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.organ_naming import OrganHit


def _words(role: str, group: bool = False, plain: bool = False) -> str:
    """The alternation of the table's words of ``role`` (those marked ``group`` only, or those not marked, if asked),
    longest first."""
    found = {row["word"] for row in rows("partner-words")
             if row["role"] == role and (not group or row["group"] == "1") and (not plain or row["group"] != "1")}
    return "|".join(map(re.escape, sorted(found, key=lambda w: (-len(w), w))))


_HELP = _words("helping")
#: A partner's or a helped body's word ending right before an organ's name (the four characters before it):
#: 与崇阳县人大常委会, 会同县政府督查室, 配合市公安局; not 同志代表镇人民政府 or 同时对区检察院, whose 同 names no partner.
BEFORE_PARTNER = re.compile(rf"(?:{_words('joint')}|{_HELP})$")
#: The report's organ helping another congress body, right before its name (镇人大主席团配合县人大常委会开展《X法》执法检查,
#: 协助市人大常委会对…进行视察, 陪同省人大常委会开展调研, 配合做好…): the work is that body's.
HELPING = re.compile(rf"(?:{_HELP})(?:好|做好)?$")
#: Right after the subjects of a clause, their helping the congress body named next (林州市人大常委会、汤阴县人大常委会配合市人大
#: 常委会开展…, 县农业农村局积极协助市人大常委会…): the work is that body's, the subjects assisting it.
HELPS_NEXT = re.compile(rf"(?:积极|主动|全力)?(?:{_HELP})")
#: Before another body's group (配合全国人大常委会执法检查组…, 协同省人大常委会执法检查组…): the work is the group's.
BEFORE_GROUP = re.compile(rf"{_HELP}|{_words('joint', group=True)}")
#: Right after a body named with a partner's word (:data:`JOINT_BEFORE`) or as a co-subject, work each level does in step
#: (与市人大联动开展…, 与市人大常委会同步开展…, 区人大常委会与市人大联动…): each level's own inspection, the other body no
#: partner of it (genre README round 46, the lead's answers: 联动 names no partner; round 41: each congress's own inspection).
#: Right after the bodies helped (配合省、市人大常委会联动开展…), 配合 decides: the first body's work, the report's organ
#: assisting, the other level neither (round 47 ruling 10).
LINKED = re.compile(rf"[^，,。；;]{{0,12}}?(?:{_words('linked')})")
#: A partner's word (not one that before a group makes the work the group's, 协同) ending right before another body's name or
#: its group's, in a clause before the work (通城县人大常委会副主任陈刚带领检查组，会同崇阳县人大常委会检查组，对《L》…开展联合执法检查).
JOINT_BEFORE = re.compile(rf"(?:{_words('joint', group=False, plain=True)})$")
#: Between two organs of one list (与市人大常委会、市政府联合开展…): the second is the first's partner too.
LISTED = re.compile(f"[{LIST_JOINERS}]")


def assisted(act: Activity, body: str, own: str | None) -> Activity:
    """``act`` conducted by ``body``, which the report's organ ``own`` helped: ``own`` assisting it (first of
    ``assisted_by``), no longer a partner; the other partners stay ``jointly_with`` the body."""
    helpers = [name for name in dict.fromkeys([own, *act.assisted_by]) if name and name != body]
    partners = [name for name in act.jointly_with if name not in (body, own)]
    return replace(act, conducted_by=body, jointly_with=partners, assisted_by=helpers)


#: A count of times or items in the clause after the bodies helped (…开展调研、视察、执法检查63次): their work tallied together.
_TALLY = re.compile(rf"[^，,。；;\n]*?(?<![第\d]){COUNT}{ABOUT_AFTER}?\s*[次项]")


def tallied(text: str, at: int) -> bool:
    """Whether the clause after the bodies helped, from ``at``, tallies their work in one count (配合全国人大常委会、省人大
    常委会开展调研、视察、执法检查63次, 配合自治区人大在我市对22部法律法规进行执法检查 counts laws, no tally): how much was each
    body's the report does not say, so the work is not told apart per body."""
    return _TALLY.match(text, at) is not None


def helped_name(name: str, own: str | None) -> str:
    """A body helped, by its canonical name: the report's organ's ``own`` when it is that organ or its congress (市人大
    in the city standing committee's report)."""
    return own if own and own.startswith(name) else name


def helped_list(ctx: Context, hit: OrganHit) -> list[OrganHit]:
    """The congress bodies helped in one list opening with ``hit`` (the first named after a helping word): ``hit``, the
    bodies one mention names with it (省、市人大常委会, 省市两级人大: hits starting where it starts) and those joined to
    it by a list's joiner (省人大常委会、市人大常委会); each body once, in the text's order."""
    found = [hit]
    for other in ctx.organ_hits[bisect_left(ctx.organ_starts, hit.start) :]:
        if other is hit or any(other.canonical == body.canonical for body in found):
            continue
        if other.start != hit.start and not LISTED.fullmatch(ctx.text, found[-1].end, other.start):
            if other.start < found[-1].end:
                continue  # a name inside the last (市人大常委会 of 省、市人大常委会)
            break
        if other.kind != "congress" or not other.is_organ:
            break
        found.append(other)
    return found
