"""A visiting body's group told on by its bare name: still the visitor's, not a group of the report's organ.

A first-time analyst (round 30) read 省人大常委会副主任某某率执法检查组来我市检查…。检查组听取了市政府的汇报… in a city's
report and found a 执法检查组 of the city's standing committee among its organs: the group that came was the province's
(:func:`loaders.extract.conductors.visitors_led` credits the activity to it), and the 检查组 of the sentences after it is
the same group. The organ finder resolves a bare group name (执法检查组, 检查组, 调研组) to the reporting committee's group
unless the visitor was named in full before its visit (``organs._visitors_groups``); a visitor known only from its leader
(率执法检查组…), or visiting 在我市 rather than 来我市, escaped it.

The rule here reads the activities: from the sentence of an activity another body's group conducted (``conducted_by``
ending with a group's name, ``congress-groups.csv``) on, a bare mention of a group of that name resolved to the report's
own body is the visitor's, until the report's own body conducts an activity of the same kind (its own inspection, with
its own group) or names its own group in full.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract import congress_groups
from loaders.facts import Activity, OrganMention

if TYPE_CHECKING:
    from loaders.extract.context import Context


#: The end of a visit's stretch that no later work of the report's organ closes.
_OPEN = sys.maxsize


def credited(ctx: Context, organs: list[OrganMention], activities: list[Activity]) -> list[OrganMention]:
    """``organs`` with each bare group mention in a visiting group's stretch (see the module's docstring) named as that
    group; the others as they are."""
    own = ctx.metadata.get("organ") or ""
    visits = _visits(ctx, activities, own)
    if not visits:
        return organs
    kept = []
    for mention in organs:
        group = congress_groups.ending(mention.canonical or "") if mention.kind == "congress" else None
        if group is not None and own and (mention.canonical or "").startswith(own):
            if not congress_groups.is_bare(mention.mention):
                visits = [v for v in visits if not (v[2] == group and v[0] <= mention.start)]  # its own group, in full
            else:
                visitor = max(((v[0], v[3]) for v in visits if v[2] == group and v[0] <= mention.start < v[1]),
                              default=(0, None))[1]  # the latest visit before it
                mention = replace(mention, canonical=visitor) if visitor else mention
        kept.append(mention)
    return kept


def _visits(ctx: Context, activities: list[Activity], own: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, group, visitor)`` for each activity another body's group conducted: from its sentence's start
    (original offsets) to the start of the next activity of the same kind the report's organ conducts (else the
    text's end), the group's name (执法检查组) and the visitor's canonical name."""
    found = []
    ordered = sorted(activities, key=lambda a: (a.start, a.end))
    for index, act in enumerate(ordered):
        group = congress_groups.ending(act.conducted_by or "")
        if group is None or not own or act.conducted_by.startswith(own):  # type: ignore[union-attr]
            continue
        held = ctx.sentence_holding(ctx.view.index(act.start))
        start = ctx.span(held.start, held.start)[0] if held else act.start
        end = next((other.start for other in ordered[index + 1 :]
                    if other.start > act.end and other.type == act.type and other.conducted_by in (None, own)), _OPEN)
        found.append((start, end, group, act.conducted_by))  # type: ignore[arg-type]
    return found
