"""Reports several organs publish together, and which of them did each piece of work.

A header's ``organ:`` may list same-level areas sharing one body: 遂溪县洋青镇、北坡镇人民代表大会 (two towns' congresses,
one news item of both sessions), 上海市青浦区、奉贤区、杨浦区人民代表大会常务委员会 (three districts' standing committees,
one page of their news). Each is a publisher with its full name (遂溪县北坡镇人民代表大会: the first item's areas above it
carry over) and its own area; the report's area is the nearest area holding them all (:func:`common_area`).

Reading stays strict (:func:`names`): every item must be one area of the gazetteer, all of one level, after the
areas above them and before one body the last item names (or each item names, the same); a 、 inside brackets
(县人民代表大会常务委员会（德州市属县、县名未载）), a county and its town (遂溪县、洋青镇人民代表大会: of two levels, the town's
congress is no county's), or a list of anything but areas (省、市人大常委会, 中共X县委、X县人大常委会) leaves the header one
organ's name, read as before.

Who did the work (:func:`conducted`): an activity is its publisher's whose area the text places it in: named in the
activity's sentence before it (洋青镇人大主席团组织代表视察…), in the session a sentence opening with 会议 takes up
(洋青镇召开第十八届人民代表大会第一次会议。…会议听取和审议了政府工作报告), or in its paragraph's first sentence (a news page's
item under its headline: 奉贤专题调研行政复议与应诉工作。8月17日，区人大常委会副主任…开展专题调研); else all publishers did it
together: the first conducts it, the others ``jointly_with``, never the first alone.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.facts import Activity, OrganMention, publishers
from loaders.lexicon import areas
from loaders.lexicon.areas import Area
from loaders.lexicon.normalise import simplify

if TYPE_CHECKING:
    from loaders.extract.context import Context

_BRACKETED = re.compile(r"[（(【〔\[][^）)】〕\]]*[）)】〕\]]")
#: Organ kinds (:class:`loaders.extract.organs.OrganHit`) that conduct the oversight their reports state.
_CONGRESS_KINDS = ("assembly", "congress", "presidium")
#: A sentence taking up the session just told (会议听取和审议了…, 9月23日，大会选举…, 会上，…).
_SESSION_TAKEN_UP = re.compile(r"\s*(?:[^，,。；;\n]{0,14}[，,]\s*)?(?:本次|此次)?(?:会议|大会|会上)")
#: How far back a session taken up is looked for, in sentences.
_SESSION_SENTENCES = 4
#: The body doing an activity at its evidence's start (安丰镇人大主席团对…开展执法检查, 保义鎮人大組織代表…): its area is the
#: activity's, not an organ the activity's words name later (…视察保义镇政府…).
_SUBJECT = re.compile(r"[^，,。；;\n]{0,10}?(?:人民代表大会|人大|主席团|常务委员会|常委会)")
#: The publishers' areas named together (两镇人大共组织代表视察5次, 各区人大常委会, 三区联动): the work of all of them.
_TOGETHER = re.compile(r"(?:[两二三四五六七八九十]|各|全县各|全市各|全区各)(?:个)?[镇乡区县市](?!政府|委|长)")


def names(header: str) -> list[str]:
    """The full names of the organs a header's ``organ:`` lists, in its order; [] when it names one organ (see the
    module's docstring: same-level areas of the gazetteer, one body).

    >>> names("遂溪县洋青镇、北坡镇人民代表大会")
    ['遂溪县洋青镇人民代表大会', '遂溪县北坡镇人民代表大会']
    >>> names("遂溪县、洋青镇人民代表大会"), names("省、市人大常委会")
    ([], [])
    """
    text = simplify(header).strip()
    masked = _BRACKETED.sub(lambda m: "_" * len(m.group()), text)  # a 、 inside brackets lists nothing
    cuts = [m.start() for m in re.finditer("、", masked)]
    if not cuts:
        return []
    parts = [text[start + 1 : end] for start, end in zip([-1, *cuts], [*cuts, len(text)])]
    chains: list[tuple[Area, int]] = []
    for part in parts:
        found, end = areas.leading_chain(part, chains[0][0] if chains else None)
        if len(found) != 1:
            return []
        chains.append((found[0], end))
    body = parts[-1][chains[-1][1] :]
    if (not body or any(part[end:] not in ("", body) for part, (_, end) in zip(parts, chains))
            or len({area.level for area, _ in chains}) > 1 or len({area for area, _ in chains}) < len(chains)
            or not _organ_body(parts[-1], chains[-1][0])):
        return []
    first, first_end = chains[0]
    written = parts[0][:first_end]
    above = written[: -len(first.name)] if written.endswith(first.name) else ""
    return [(above if part[:end] == area.name else "") + part[:end] + body for part, (area, end) in zip(parts, chains)]


def _organ_body(name: str, area: Area) -> bool:
    """Whether ``name`` (an item with the shared body) reads as an organ (:func:`organs.recognised`)."""
    from loaders.extract import organs

    return organs.recognised(name, areas.jurisdiction_of(area))


def area_of(name: str) -> Area | None:
    """The one area a publisher's full name starts with, if one."""
    found = areas.leading(name)
    return found[0] if len(found) == 1 else None


def common_area(names: list[str]) -> Area | None:
    """The nearest area holding every publisher's area (遂溪县 for two of its towns, 上海市 for three of its
    districts); None when one has no area or they share none below the nation."""
    places = [area_of(name) for name in names]
    if not places or any(p is None for p in places):
        return None
    first = places[0]
    assert first is not None
    return next((up for up in (first, *areas.ancestors(first)) if all(areas.contains(up, p) for p in places if p)), None)


def listed(metadata: dict[str, str]) -> list[str]:
    """The canonical names of a report's several publishers (:func:`loaders.facts.publishers`); [] for one."""
    found = publishers(metadata)
    return found if len(found) > 1 else []


def conducted(ctx: Context, found: list[Activity]) -> list[Activity]:
    """``found`` with each activity of a report several congress bodies publish conducted by the publisher the text
    places it with, or by all of them together (see the module's docstring); work another body conducted keeps its
    conductor, the publisher it was done with placed alike. Reports of one publisher, or of several that conduct
    no oversight (governments reporting to their congresses), are left as they are."""
    several = listed(ctx.metadata)
    if not several or not all(_conducts(ctx, name) for name in several):
        return found
    words = {name: _area_words(name) for name in several}
    for act in found:
        own = act.conducted_by is None or act.conducted_by in several
        if not own and several[0] not in act.jointly_with:
            continue  # another body's work, none of the publishers with it
        named = [act.conducted_by] if act.conducted_by in several else (
            _placed(ctx, ctx.view.index(act.start), words) or several)
        others = [j for j in act.jointly_with if j not in several]
        if own:
            act.conducted_by, act.jointly_with = named[0], [*named[1:], *others]
        else:
            act.jointly_with = [*named, *others]
    return found


def relocated(ctx: Context, mentions: list[OrganMention], found: list[Activity]) -> None:
    """Move to its own publisher's area each organ named relative to the report's place (区人大常委会, 区司法局, 镇政府:
    resolved against the first publisher's, :attr:`Context.jurisdiction`) where the text places it with another of
    them (:func:`_placed`: 奉贤专题调研…。…区司法局…作专题汇报 → 上海市奉贤区司法局); the organs each activity
    oversaw likewise. An organ whose mention names its area keeps it."""
    several = listed(ctx.metadata)
    if not several:
        return
    words = {name: _area_words(name) for name in several}
    prefixes = {name: _area_prefix(name) for name in several}
    first = prefixes[several[0]]
    if not first:
        return

    def moved(canonical: str, mention: str, at: int) -> str:
        if not canonical.startswith(first) or any(w in simplify(mention) for w in words[several[0]]):
            return canonical
        named = _placed(ctx, ctx.view.index(at), words)
        return prefixes[named[0]] + canonical[len(first):] if len(named) == 1 and prefixes[named[0]] else canonical

    for organ in mentions:
        if organ.canonical:
            organ.canonical = moved(organ.canonical, organ.mention, organ.start)
    for act in found:
        act.overseen = list(dict.fromkeys(moved(name, "", act.start) for name in act.overseen))


def _area_prefix(name: str) -> str:
    """The words of a publisher's full name up to its own area (上海市奉贤区 of 上海市奉贤区人民代表大会常务委员会)."""
    area = area_of(name)
    at = name.find(area.name) if area else -1
    return name[: at + len(area.name)] if area and at >= 0 else ""


def _conducts(ctx: Context, name: str) -> bool:
    from loaders.extract import organs

    return organs.resolve(name, ctx.jurisdiction).kind in _CONGRESS_KINDS


def _area_words(name: str) -> tuple[str, ...]:
    """The words that name a publisher's area in a text: its full and short name (洋青镇, 洋青)."""
    area = area_of(name)
    return tuple(w for w in (area.name, area.short) if w) if area else ()


def _named(text: str, start: int, end: int, words: dict[str, tuple[str, ...]]) -> list[str]:
    """The publishers whose area ``text[start:end]`` names, in the order it first names them."""
    first = {name: min((at for w in ws if (at := text.find(w, start, end)) >= 0), default=-1) for name, ws in words.items()}
    return [name for name, at in sorted(first.items(), key=lambda item: item[1]) if at >= 0]


def _placed(ctx: Context, at: int, words: dict[str, tuple[str, ...]]) -> list[str]:
    """The publishers the text places the activity at view offset ``at`` with: named in its sentence before it or as
    the body its words open with (:data:`_SUBJECT`), in the session its sentence takes up, or in its paragraph's first
    sentence; [] when none is, or when its sentence names the publishers' areas together (:data:`_TOGETHER`)."""
    text = ctx.text
    sentence = ctx.sentence_holding(at)
    if sentence is None:
        return []
    subject = _SUBJECT.match(text, at)
    before = subject.end() if subject else at
    if _TOGETHER.search(text, sentence.start, before):
        return []
    if named := _named(text, sentence.start, before, words):
        return named
    index = ctx.sentences.index(sentence)
    if _SESSION_TAKEN_UP.match(text, sentence.start):
        for before in reversed(ctx.sentences[max(0, index - _SESSION_SENTENCES) : index]):
            session = before.text.rfind("会议")
            if session >= 0 and (named := _named(text, before.start, before.start + session, words)):
                return named
    line = text.rfind("\n", 0, sentence.start) + 1
    opening = ctx.sentence_holding(line)
    if opening is not None and opening.start >= line and opening is not sentence:
        return _named(text, opening.start, opening.end, words)
    return []
