"""A visiting body's group told on by its bare name: still the visitor's, not a group of the report's organ.

A first-time analyst (round 30) read 省人大常委会副主任某某率执法检查组来我市检查…。检查组听取了市政府的汇报… in a city's
report and found a 执法检查组 of the city's own among its organs: the group that came was the province's, as the 检查组
after it is (hnrd.gov.cn: 市人大执法检查组…来北湖区开展执法检查。执法检查组先来到北湖区政府…, a district's report).

A visit is told by its work, an activity another body's group conducted (``conducted_by`` ending with a name of
``congress-groups.csv``: :func:`loaders.extract.conductors.visitors_led` for 率执法检查组…, :func:`loaders.extract.organs.roles`
for 在我市), from its sentence's start to the next activity of that kind the report's organ conducts; or by its words,
another body's group named in full going to the report's area later in its sentence (来我市, 深入到崇礼区, 来北湖区),
from that name on, an activity or none. A bare mention of the group's name resolved to the report's own body is the
latest visitor's whose stretch holds it. Visits of that name end where the report's organ names its own group in full
or a congress officer leads a bare group (副主任王某某率执法检查组: :func:`loaders.extract.leaders.leads_group_at`, that
officer's body's). Read after the activities are final, so no finder sees a carried name.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from loaders.extract import congress_groups, leaders
from loaders.facts import Activity, OrganMention
from loaders.lexicon import areas
from loaders.lexicon.areas import Jurisdiction

if TYPE_CHECKING:
    from loaders.extract.context import Context


#: A visit's stretch of the text (original offsets), the group's name (执法检查组) and the visiting group's canonical name.
Visit = NamedTuple("Visit", [("start", int), ("end", int), ("group", str), ("visitor", str)])


def credited(ctx: Context, organs: list[OrganMention], activities: list[Activity]) -> list[OrganMention]:
    """``organs`` (in text order) with each bare group mention in a visit's stretch (see the module's docstring) named
    as the visitor's group; the others as they are."""
    own = ctx.metadata.get("organ") or ""
    visits = _visits_done(ctx, activities, own) if own else []
    kept = []
    for mention in organs:
        group = congress_groups.ending(mention.canonical or "") if mention.kind == "congress" and own else None
        at, end = ctx.view.index(mention.start), ctx.view.index(mention.end - 1) + 1
        bare = group is not None and congress_groups.is_bare(ctx.text[at:end])
        if group is None or not (mention.canonical or "").startswith(own):
            if group and not bare and _to_area(ctx.jurisdiction).match(ctx.text, end):  # a visit told by its words
                visits.append(Visit(mention.start, len(ctx.doc.text), group, mention.canonical))  # type: ignore[arg-type]
            kept.append(mention)
            continue
        if not bare or leaders.leads_group_at(ctx.text, at):  # its own group in full, or an officer's: visits end
            until = _sentence_start(ctx, mention.start) - 1 if bare else mention.start
            visits = [v for v in visits if v.group != group or v.start > until]
        visitor = max((v for v in visits if v.group == group and v.start <= mention.start < v.end),
                      key=lambda v: v.start, default=None)  # the latest visit before it
        kept.append(replace(mention, canonical=visitor.visitor) if bare and visitor else mention)
    return kept


def _sentence_start(ctx: Context, start: int) -> int:
    """The original offset where the sentence holding original offset ``start`` starts."""
    held = ctx.sentence_holding(ctx.view.index(start))
    return ctx.span(held.start, held.start)[0] if held else start


def _visits_done(ctx: Context, activities: list[Activity], own: str) -> list[Visit]:
    """A visit for each activity another body's group conducted: from its sentence's start to the start of the next
    activity of the same kind the report's organ conducts (else the text's end)."""
    found = []
    ordered = sorted(activities, key=lambda a: (a.start, a.end))
    for index, act in enumerate(ordered):
        group = congress_groups.ending(act.conducted_by or "")
        if group is None or act.conducted_by.startswith(own):  # type: ignore[union-attr]
            continue
        end = next((other.start for other in ordered[index + 1 :]
                    if other.start > act.end and other.type == act.type and other.conducted_by in (None, own)),
                   len(ctx.doc.text))
        found.append(Visit(_sentence_start(ctx, act.start), end, group, act.conducted_by))  # type: ignore[arg-type]
    return found


@lru_cache(maxsize=64)
def _to_area(jur: Jurisdiction) -> re.Pattern[str]:
    """Going, later in the sentence, to the report's own area: 来我市, 赴我县, 深入到崇礼区 (its name, whole or short)."""
    names = jur.names + list(areas.short_names(jur))
    return re.compile(rf"[^。！？\n]*?(?:来|到|赴|莅临|走进|深入到?)"
                      rf"(?:[我本][省市州区县旗乡镇]|{'|'.join(map(re.escape, names)) or '(?!)'})")
