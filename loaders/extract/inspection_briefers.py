"""The government an inspection hears report at its own meeting is the body it oversees.

An inspection's news tells the government reporting to the inspection's meeting how the law is carried out, in the
genre's phrasings: 副市长某某代表市人民政府汇报《X法》贯彻实施情况, 县政府分管负责同志作了…汇报, 市政府汇报了…实施情况.
No report is reviewed there (a briefing in the field is a step of the work, round 33 ruling 4), so no review carries the
government as its ``overseen``; the inspection does. A report heard with 听取 at such a meeting already gave a review that
oversees the government (听取区政府关于贯彻实施《X法》工作情况报告): newuser30 E7 found the two phrasings giving different
answers. Areas counted as the ones briefing (听取两市贯彻实施…情况汇报, 分别听取了三县…工作汇报) are the areas of that level the
inspection named before, when they are as many: their governments are overseen (round 47, newuser33 A5: 益阳市 and 株洲市
were places, never overseen; the genre README's round 21 answer: a body that briefs an inspection is overseen).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract.organ_naming import organ_name
from loaders.lexicon import areas
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import LEVEL_OF_CHAR

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.facts import Activity

#: A government reporting, its name in the ``body`` group: on its behalf (代表市人民政府汇报, 代表县政府作…汇报), as the
#: subject with its officer or 作/就 (县政府分管负责同志作了…汇报, 市政府就…作汇报), or with 汇报了 right after it.
_BRIEFING = re.compile(
    r"代表(?P<a>[^，,。；;、]{0,14}?政府)(?:向[^，,。；;]{0,16}?)?(?:作了?|进行了?)?[^，,。；;]{0,40}?汇报"
    r"|(?P<b>[^，,。；;、]{0,14}?政府)(?:主要|分管|有关)?(?:负责同志|负责人|领导)?(?:作了?|就)[^，,。；;]{0,40}?汇报"
    r"|(?P<c>[^，,。；;、]{0,14}?政府)(?:主要|分管|有关)?(?:负责同志|负责人|领导)?汇报了")
#: Areas counted by their level word as the ones briefing (听取两市…情况汇报, 听取了三个县的工作汇报, 分别听取两区政府…汇报):
#: the areas the inspection named before, as many as counted (:func:`_areas_briefing`).
_AREAS_BRIEFING = re.compile(r"听取了?(?P<count>[两二三四五六七八九十]|\d{1,2})个?(?P<word>市|县|区)(?:的|人民政府|政府)?"
                             r"[^，,。；;]{0,60}?汇报")
#: What makes the briefing's sentence the inspection's meeting: its words before the briefing name the inspection.
_INSPECTION = re.compile(r"执法检查|检查组")


def overseen(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with each reported inspection that oversees no one overseeing the governments reporting to it
    (:data:`_BRIEFING`) in a sentence from its own on, before the next activity told, whose words before the briefing
    name the inspection (:data:`_INSPECTION`): each the government organ named there (``ctx.organ_hits``)."""
    starts = sorted(ctx.view.index(act.start) for act in activities)
    found = []
    for act in activities:
        if act.type != "law_enforcement_inspection" or act.status != "reported" or act.overseen:
            found.append(act)
            continue
        start = ctx.view.index(act.start)
        after = bisect_left(starts, start + 1)
        end = starts[after] if after < len(starts) else len(ctx.text)
        governments = _briefing(ctx, start, end)
        found.append(replace(act, overseen=governments) if governments else act)
    return found


def _briefing(ctx: Context, start: int, end: int) -> list[str]:
    """The governments reporting to an inspection's meeting in view offsets ``start:end``, canonical names in text order."""
    bodies: list[str] = []
    for sentence in ctx.sentences_within(start, end):
        for match in _BRIEFING.finditer(ctx.text, max(start, sentence.start), min(end, sentence.end)):
            if not _INSPECTION.search(ctx.text, sentence.start, match.start()) and not _INSPECTION.search(match.group()):
                continue
            group = next(name for name in "abc" if match.group(name) is not None)
            first = bisect_left(ctx.organ_starts, match.start(group))
            bodies += [hit.canonical for hit in ctx.organ_hits[first : bisect_left(ctx.organ_starts, match.end(group))]
                       if hit.kind == "government" and hit.end <= match.end(group)]
        bodies += _areas_briefing(ctx, start, sentence.start, min(end, sentence.end))
    return list(dict.fromkeys(bodies))


def _areas_briefing(ctx: Context, start: int, sentence_start: int, sentence_end: int) -> list[str]:
    """The governments of the areas counted as briefing the inspection told from view offset ``start`` in the sentence
    ``sentence_start:sentence_end`` (:data:`_AREAS_BRIEFING`, its words before naming the inspection): the areas of the
    counted level named from ``start`` to the count, when they are exactly as many (两市 after 益阳市、株洲市 → 益阳市人民政府,
    株洲市人民政府); none where more or fewer are named, the count then pointing at no areas for certain."""
    bodies: list[str] = []
    for match in _AREAS_BRIEFING.finditer(ctx.text, max(start, sentence_start), sentence_end):
        if not _INSPECTION.search(ctx.text, sentence_start, match.start()):
            continue
        level = LEVEL_OF_CHAR[match.group("word")]
        named = [place for _, _, name in areas.names_in(ctx.text[start : match.start()])
                 if (place := areas.of_area(name, ctx.jurisdiction)) is not None and place.code and place.level == level]
        places = list({place.code: place for place in named}.values())
        if len(places) == to_number(match.group("count")):
            bodies += [name for place in places if (name := organ_name("government", level, place))]
    return bodies
