"""Law titles in a report: 《》 titles, bare titles, enumerations and back-references.

Finds where the text names a law, regulation, rule or legal decision and gives
each mention its canonical title: catalog titles for national laws and
administrative regulations, the jurisdiction-prefixed title for local ones.
Names inside longer words (大气污染防治法规) and 《》 around things that are not
laws (《政府工作报告》, plans, opinions) are not mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.lexicon import areas, law_catalog
from loaders.lexicon.areas import Jurisdiction

SUFFIXES = ("实施细则", "实施办法", "条例", "规定", "办法", "细则", "规则", "决定", "法典", "法")
# 《…》 may nest 〈…〉 (《湖南省实施〈中华人民共和国农村土地承包法〉办法》); a lone 〈…〉 is a title too.
_TITLE = re.compile(r"《((?:[^《》〈〉\n]|〈[^〈〉《》\n]*〉){1,150})》|〈([^《》〈〉\n]{1,150})〉")
_NESTED = re.compile(r"〈([^〈〉]{2,60})〉|<([^<>]{2,60})>")
# A trailing note of a draft or a revision (（草案）, （修订草案）, （2018年修正）) is not part of the
# title; an amendment's number (刑法修正案（七）, 宪法修正案（1988年）) is.
_DRAFT = re.compile(r"[（(][^（()）]*(?:草案|审议稿|征求意见稿|修订|修正)[^（()）]*[)）]$")
_PARTY = ("中共", "中国共产党", "党中央")
_NPCSC = re.compile(r"^(全国人大常委会|全国人民代表大会常务委员会)关于")
# Relative jurisdiction words in front of a bare title (检查我省农村扶贫开发条例实施情况).
_RELATIVE = {"我省": "province", "本省": "province", "我区": "county", "本区": "county",
             "我市": "city", "本市": "city", "我县": "county", "本县": "county"}
_LOCAL_BODY = re.compile(
    r"(?:(?:人大常委会|人民代表大会常务委员会)关于[^，,。；;、\n《》“”]{2,80}?的决定"
    r"|[\u4e00-\u9fff]{2,30}?(?:实施细则|实施办法|条例|细则|规定|办法))"
)
# A list item ends where the list or its clause goes on: 、水法在我省的实施情况, 水法实施情况.
_LIST_ITEM = re.compile(r"(?:、|和|及|与|以及)([\u4e00-\u9fff]{1,25}?(?:条例|规定|办法|细则|法))(?=[、和及与等,，。；;\s”》]|在|的|实施|执行|贯彻|落实|$)")
_GROUP = re.compile(r"“([一二两三四五六七八九十])法(?:([一二两三四五六七八九十])(条例|决定|办法|规定))?”")
_BACK_REF = re.compile(r"《(条例|决定|办法|规定|细则|本法|法)》|(?:该|本)(法|条例|决定|办法|规定)(?![规律律治院])")
_CN_COUNT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# A bare catalog title is a word of its own only when it does not run on into a longer word.
_NEXT_STOP = set("规律学院庭官治务制理人典定则令网")
# Short bare titles must follow a list separator, a verb or a particle, not any character.
_LEFT_OK = set("、和及与对展查施行订改善了的是于在把将按据照即等传彻实执修定习反布台议过及,，:：“( （")


@dataclass(frozen=True)
class LawHit:
    """One mention of a law: ``text[start:end]`` names it; ``canonical`` is its title."""

    start: int
    end: int
    canonical: str
    level: str | None


def _clean(title: str) -> str:
    return _DRAFT.sub("", title.strip()).strip()


def is_law_title(title: str) -> bool:
    """Whether a 《》 title names a law, regulation, rule or legal decision."""
    title = _clean(title)
    return title.endswith(SUFFIXES) and not title.startswith(_PARTY) and len(title) > 2


def _local_prefix(title: str) -> str | None:
    """The area name a title starts with, if any (湖北省乡镇人大工作条例 → 湖北省)."""
    for end, name in areas.automaton().iter(title[:12]):
        if end + 1 == len(name) and title.startswith(name):
            return name
    return None


def canonical(title: str, jur: Jurisdiction) -> tuple[str, str | None]:
    """Canonical title and level of a title as written."""
    title = _clean(title)
    entry = law_catalog.lookup(title)
    if entry:
        return entry.canonical, entry.level
    expanded = title.replace("人大常委会", "人民代表大会常务委员会")
    if _NPCSC.match(title):
        return expanded, "法律"
    if _local_prefix(title):
        return expanded, local_level(expanded)
    return _gain_jurisdiction(expanded, jur), local_level(expanded)


def local_level(title: str) -> str | None:
    """The level a local title's form implies: congresses pass 条例, 决定 and 实施细则/实施办法;
    governments issue other 办法 and 规定 as 规章; anything else stays unknown."""
    if title.endswith(("条例", "决定", "细则", "实施办法")) or "人民代表大会" in title:
        return "地方性法规"
    if title.endswith(("办法", "规定")):
        return "规章"
    return None


def _gain_jurisdiction(title: str, jur: Jurisdiction) -> str:
    """A local title named without its area takes the nearest legislating area of the report."""
    if jur.level == "national":
        return title
    area = jur.name("province") if jur.level == "province" else jur.name("city") or jur.name("province")
    return (area or "") + title


def find(text: str, jur: Jurisdiction) -> list[LawHit]:
    """Every law mention in ``text`` (simplified), in text order."""
    hits: list[LawHit] = []
    blocked: list[tuple[int, int]] = []
    for match in _TITLE.finditer(text):
        blocked.append(match.span())
        group = 1 if match.group(1) else 2
        inner = match.group(group)
        if is_law_title(inner) and _clean(inner) not in SUFFIXES:
            name, level = canonical(inner.replace("〈", "《").replace("〉", "》"), jur)
            hits.append(LawHit(match.start(group), match.start(group) + len(_clean(inner)), name, level))
        else:  # 《关于贯彻实施〈X法〉的审议意见》: the title is not a law, the one it quotes is
            for nested in _NESTED.finditer(inner):
                title = nested.group(1) or nested.group(2)
                if is_law_title(title):
                    name, level = canonical(title, jur)
                    offset = match.start(group) + nested.start() + 1
                    hits.append(LawHit(offset, offset + len(title), name, level))
    hits += _local_titles(text, jur, blocked)
    blocked += [(h.start, h.end) for h in hits]
    hits += _catalog_titles(text, blocked)
    hits += _list_items(text, jur, hits)
    hits.sort(key=lambda h: h.start)
    return sorted(hits + _back_references(text, hits), key=lambda h: h.start)


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _local_titles(text: str, jur: Jurisdiction, blocked: list[tuple[int, int]]) -> list[LawHit]:
    """Bare local titles: an area name or 我省/本市 … followed by a title."""
    starts = [(end - len(name) + 1, end + 1, name) for end, name in areas.automaton().iter_long(text)]
    starts += [(m.start(), m.end(), m.group()) for m in re.finditer("|".join(_RELATIVE), text)]
    hits = []
    for start, body_start, prefix in starts:
        match = _LOCAL_BODY.match(text, body_start)
        if not match or _inside(start, match.end(), blocked) or match.group().startswith(("人民政府", "政府")):
            continue
        if prefix in _RELATIVE:
            area = jur.name(_RELATIVE[prefix]) or ""
            name, level = canonical(area + match.group(), jur)
            hits.append(LawHit(body_start, match.end(), name, level))
        else:
            name, level = canonical(text[start : match.end()], jur)
            hits.append(LawHit(start, match.end(), name, level))
    return hits


def _catalog_titles(text: str, blocked: list[tuple[int, int]]) -> list[LawHit]:
    """Bare catalog titles that stand as words of their own."""
    hits = []
    for last, title in law_catalog.automaton().iter_long(text):
        start, end = last - len(title) + 1, last + 1
        if _inside(start, end, blocked) or (end < len(text) and text[end] in _NEXT_STOP):
            continue
        if len(title) <= 4 and start > 0 and text[start - 1] not in _LEFT_OK and "\u4e00" <= text[start - 1] <= "\u9fff":
            continue
        entry = law_catalog.lookup(title)
        if entry:
            hits.append(LawHit(start, end, entry.canonical, entry.level))
    return hits


def _list_items(text: str, jur: Jurisdiction, known: list[LawHit]) -> list[LawHit]:
    """Titles that follow a known title in an enumeration (渔业法、河道保护管理条例)."""
    taken = {(h.start, h.end) for h in known}
    found: list[LawHit] = []
    for hit in sorted(known, key=lambda h: h.start):
        end, previous = hit.end, hit.canonical
        while (match := _LIST_ITEM.match(text, end)) is not None:
            span = match.span(1)
            if len(match.group(1)) <= 2 and not law_catalog.lookup(match.group(1)):
                break  # 水法 is a law; 立法, 司法 are not
            if not any(s <= span[0] < e for s, e in taken):
                name, level = canonical(_complete(match.group(1), previous), jur)
                found.append(LawHit(span[0], span[1], name, level))
                taken.add(span)
                previous = name
            end = span[1]
    return found


def _topic(title: str) -> tuple[str, str]:
    """A title's topic and form: 中华人民共和国非物质文化遗产法 → (非物质文化遗产, 法)."""
    title = title.removeprefix(law_catalog.PRC)
    prefix = _local_prefix(title)
    title = title[len(prefix) :] if prefix else title
    suffix = next((x for x in SUFFIXES if title.endswith(x)), "")
    return title[: len(title) - len(suffix)], suffix


def _complete(item: str, previous: str) -> str:
    """A list item that shortens the topic of the title before it keeps that topic:
    非物质文化遗产法和遗产条例 → 遗产条例 is the 非物质文化遗产条例."""
    topic, suffix = _topic(item)
    before, _ = _topic(previous)
    if len(topic) >= 2 and before != topic and before.endswith(topic) and not law_catalog.lookup(item):
        return before + suffix
    return item


def _back_references(text: str, hits: list[LawHit]) -> list[LawHit]:
    """《条例》, 该法, “一法一条例”: later short references resolved to titles named nearby."""
    refs: list[LawHit] = []
    for match in _BACK_REF.finditer(text):
        suffix = (match.group(1) or match.group(2)).removeprefix("本")
        before = [h for h in hits if h.end <= match.start() and h.canonical.endswith(suffix)]
        if before:
            start, end = match.span(1) if match.group(1) else match.span()
            refs.append(LawHit(start, end, before[-1].canonical, before[-1].level))
    resolved: dict[str, list[LawHit]] = {}
    for match in _GROUP.finditer(text):
        wanted = [("法", _CN_COUNT[match.group(1)])]
        if match.group(2):
            wanted.append((match.group(3), _CN_COUNT[match.group(2)]))
        on_topic = _on_topic(text, match.start(), hits)
        if not on_topic and match.group() in resolved:
            refs += [LawHit(match.start(1), match.end() - 1, h.canonical, h.level) for h in resolved[match.group()]]
            continue
        by_distance = sorted(on_topic or hits, key=lambda h: abs(h.start - match.start()))
        chosen: list[LawHit] = []
        for suffix, count in wanted:
            names = list(dict.fromkeys(h.canonical for h in by_distance if h.canonical.endswith(suffix)))
            chosen += [next(h for h in by_distance if h.canonical == n) for n in names[:count]]
        if len(chosen) == sum(n for _, n in wanted):
            resolved.setdefault(match.group(), chosen)
            refs += [LawHit(match.start(1), match.end() - 1, h.canonical, h.level) for h in chosen]
    return refs


def _on_topic(text: str, start: int, hits: list[LawHit]) -> list[LawHit]:
    """Titles about the topic written before a group shorthand (未成年人保护“一法一条例”);
    later mentions without a topic keep what the first one meant."""
    topic = re.search(r"[\u4e00-\u9fff]{2,8}$", text[max(0, start - 8) : start])
    if not topic:
        return []
    word = topic.group()
    for size in range(len(word), 1, -1):
        chosen = [h for h in hits if word[-size:] in h.canonical]
        if chosen:
            return chosen
    return []
