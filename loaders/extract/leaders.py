"""Who led a piece of work, as its sentence says: the one reader of leaders (round 30, a first-time analyst's: the
conductor of a visiting group and an activity's ``led_by`` were read by two patterns that each missed what the other
read).

A leader is named by a post and a name, either way round (省人大常委会副主任周先旺率…, 沈跃跃副委员长率领…), then a verb of
leading: 率, 率领, 带领, 带队, 率队, 在…的带领下, heading the group (副主任李红任组长, 担任检查组组长, 以副主任王某为组长的检查组).
The posts, the verbs and the words opening a clause before a post are rows of ``leader-words.csv``: a post's
``congress`` column marks a congress body's officer (whose body conducts the work a visiting group does:
:func:`loaders.extract.conductors.visitors_led`), a verb's ``team`` column a verb leading a team the words leave
unnamed (率队, 带队, 任组长: the officer's body's). The name opens with a surname (``surnames.csv``); of several named
together (主任张红、副主任刘强带领) the first leads.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.lexicon.patterns import HAN_CHARS, clause_start
from loaders.lexicon.tables import column, rows

if TYPE_CHECKING:
    from loaders.extract.context import Context

#: How far back a post's words as written may reach for the body it serves (省人大常委会党组成员、副主任), in characters.
TITLE_REACH = 40
#: A date or the mark of a clause opening the words before a post, no part of them (5月，…; 同时，…): a date written in
#: digits or Chinese numerals (2023年5月7日, 五月七日), or a range of days joined by a dash or a word (5月7—9日, 7-9日,
#: 7至9日, 7日到9日: newuser30 E2, a title cut at the dash, —9日市人大常委会副主任). Chinese numerals only before a date's
#: unit: 十四届全国人大常委会副委员长 keeps its 十四届.
_DATE = re.compile(r"(?:[\s\d年月日至到号上下午晚间期近来同时，,、—–\-－~～〜]|[〇零一二三四五六七八九十]+[年月日号])*")
#: What the words before a post as written may not hold after the leader's work was told (…执法检查，由副主任王某带队 is
#: the work's leader; …，并听取了副主任王某带队的调研组汇报 is not): a verb or a particle of another statement.
_OTHER_STATEMENT = re.compile(r"[了的听看对向与和及并]")


@dataclass(frozen=True)
class Lead:
    """One statement of leading in a text: the post's range (``title_start``, ``title_end``: the post word, 副主任), the
    name's (``name_start`` = ``name_end`` when no name follows the post) and the end of the verb (with 一行 after it);
    ``congress``: the post is a congress body's officer's; ``team``: the verb leads a team the words leave unnamed
    (率队, 带队, 任组长) or the leader's party follows (一行)."""

    title_start: int
    title_end: int
    name_start: int
    name_end: int
    end: int
    congress: bool
    team: bool


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """A post (the longest first), up to four characters of a name (not a meeting's: 主任会议满意率), others named with the
    leader (、副主任任书安、马国富), then a verb of leading, each verb a group of its own (``v0``, ``v1`` …)."""
    table = rows("leader-words")
    titles = sorted((row["pattern"] for row in table if row["role"] == "title"), key=len, reverse=True)
    verbs = "|".join(f"(?P<v{index}>{row['pattern']})" for index, row in enumerate(table) if row["role"] == "verb")
    party = "|".join(row["pattern"] for row in table if row["role"] == "party")
    return re.compile(rf"(?P<title>{'|'.join(titles)})(?P<name>(?:(?!会议)[{HAN_CHARS}·]){{0,4}}?)"
                      rf"(?:、[{HAN_CHARS}·]{{2,8}}?)*?(?:同志)?(?:亲自|分别)?(?:{verbs})(?P<party>{party})?")


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[int], re.Pattern[str], frozenset[str]]:
    """The congress officers' posts, the indices of the verb groups leading a team (numbered as in :func:`_pattern`),
    the opening words, and every post."""
    table = rows("leader-words")
    opening = "|".join(row["pattern"] for row in table if row["role"] == "opening")
    return (frozenset(row["pattern"] for row in table if row["role"] == "title" and row["congress"] == "1"),
            frozenset(index for index, row in enumerate(table) if row["role"] == "verb" and row["team"] == "1"),
            re.compile(rf"(?:{opening})"), frozenset(row["pattern"] for row in table if row["role"] == "title"))


def leads(text: str, start: int, end: int) -> Iterator[Lead]:
    """Every statement of leading in ``text[start:end]``, in order, each post once: the next is sought after the post,
    not after the verb (党组书记、主任王某带领: the 书记 names no one, the 主任 after it leads)."""
    congress, team, _, _ = _tables()
    pattern = _pattern()
    while (found := pattern.search(text, start, end)) is not None:
        verb = next(int(key[1:]) for key, value in found.groupdict().items() if key.startswith("v") and value is not None)
        yield Lead(found.start("title"), found.end("title"), found.start("name"), found.end("name"), found.end(),
                   found.group("title") in congress, verb in team or found.group("party") is not None)
        start = found.end("title")


def officer_after(text: str, at: int) -> bool:
    """Whether a congress officer's post (a ``title`` row of ``leader-words.csv`` whose ``congress`` is 1) opens at
    ``at``, perhaps after party posts of the same body (党组成员、): the body named right before ``at`` is that officer's
    (省人大监察和司法委员会副主任委员蒋厚琳所作的…报告: the officer presented it; the committee made no report)."""
    found = _officer().match(text, at)
    return found is not None and found.group("post") in _tables()[0]


@lru_cache(maxsize=1)
def _officer() -> re.Pattern[str]:
    """Party posts written before the last (党组书记、, 党组成员、), then a post of ``leader-words.csv``, the longest first."""
    posts = sorted((row["pattern"] for row in rows("leader-words") if row["role"] == "title"), key=len, reverse=True)
    return re.compile(rf"(?:党组(?:副)?书记[、，,]?|党组成员[、，,]?)*(?P<post>{'|'.join(posts)})")


#: How far before a group's name a statement of leading may end (率领 and 由…组成的 aside: 率执法检查组, 带领检查组一行).
_LEAD_REACH = 40
#: What may stand between a verb of leading and the group it leads (率由…组成的执法检查组 is too far: its body is named).
_TO_GROUP = re.compile(r"[\s]*(?:一个|该)?$")


def leads_group_at(text: str, at: int) -> bool:
    """Whether a congress officer's statement of leading ends right before ``at`` in its clause: the group named there
    bare (副委员长郝明金率执法检查组, 副主任王某某带领检查组) is the one that officer leads, whichever group an earlier
    sentence named (a first-time analyst, round 31: a national vice-chair's group was taken for the city's group that
    came the month before)."""
    floor = clause_start(text, max(0, at - _LEAD_REACH), at)
    return any(lead.congress and _TO_GROUP.match(text, lead.end, at) for lead in leads(text, floor, at))


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(column("surnames", "surname"))


#: What a name is written with.
_NAME_CHARS = re.compile(rf"[{HAN_CHARS}·]+")


def _is_surname(name: str) -> bool:
    """Whether ``name`` may be a person's: two characters or more, no mark (主任、副主任: no 任、), opening with a surname."""
    return len(name) >= 2 and _NAME_CHARS.fullmatch(name) is not None and (name[0] in _surnames() or name[:2] in _surnames())


#: Surnames that are also a conjunction (和春军, a Naxi surname common in Yunnan and Hebei: newuser21 §4), left out of
#: ``surnames.csv`` (deputies' lists read 和 as "and"): a name after a post and before its verb of leading only, of two or
#: three characters naming no post (副主任和秘书长带领 is two leaders).
_CONJUNCTION_SURNAMES = frozenset("和")


def _named_after_post(name: str) -> bool:
    """Whether ``name``, the words between a post and its verb of leading, is a person's: opening with a surname, or
    with one of :data:`_CONJUNCTION_SURNAMES` in a two- or three-character name holding no post's words."""
    if _is_surname(name):
        return True
    titles = _tables()[3]
    return (2 <= len(name) <= 3 and name[0] in _CONJUNCTION_SURNAMES and _NAME_CHARS.fullmatch(name) is not None
            and not any(title in name or name[1:] in title for title in titles))


def _name(text: str, lead: Lead, floor: int) -> tuple[int, int, bool] | None:
    """The leader's name in ``text``, ``(start, end, after the post)``: the whole name after the post
    (:func:`_named_after_post`; a 等 closing it is no part of it: 副主任张红等带队), else the name before it
    (:func:`_name_before`); None when no surname opens one."""
    name_end = lead.name_end - (text[lead.name_start : lead.name_end].endswith("等") and lead.name_end - lead.name_start > 2)
    if _named_after_post(text[lead.name_start : name_end]):
        return lead.name_start, name_end, True
    found = _name_before(text, lead.title_start, floor)
    return None if found is None else (*found, False)


#: What may close a list of names before the post they share (李鸿忠、丁仲礼等副委员长), no part of the last name.
_LIST_CLOSE = ("等同志", "等")


def _name_before(text: str, at: int, floor: int) -> tuple[int, int] | None:
    """The name written right before a post opening at ``at`` (not before ``floor``), ``(start, end)``: of the three or
    two characters there the longest opening with a surname (常委会杨福生副主任: 杨福生), a 等 closing a list aside;
    where names listed with 、 share the post (李鸿忠、丁仲礼等副委员长分别带队: newuser30 E3 gave 仲礼等), the first of
    them, as of several named with their posts (主任张红、副主任刘强带领) the first leads. A name inside the list is
    the size that a 、 opens; None when no surname opens the last name."""
    end = at
    for close in _LIST_CLOSE:
        if text.endswith(close, floor, end):
            end -= len(close)
            break
    first = None
    while True:
        sizes = [size for size in (3, 2) if end - size >= floor and _is_surname(text[end - size : end])]
        if not sizes:
            return first
        size = next((size for size in sizes if end - size - 1 >= floor and text[end - size - 1] == "、"), sizes[0])
        first = (end - size, end)
        if not (end - size - 1 >= floor and text[end - size - 1] == "、"):
            return first
        end -= size + 1


def led_by(ctx: Context, start: int, end: int, after: int | None = None) -> dict[str, str | int] | None:
    """The person the view text ``start:end`` says led its work, ``{"name", "title", "mention", "start", "end"}``: the
    name and the post as written (after a name, the post; before one, the words from its clause's start, without a
    date or the opening words of ``leader-words.csv``), the words naming them and their original range (its
    provenance); None when it names none. From ``after`` on (the end of the work's own words), a leader counts only
    when the post opens its clause and the verb leads a team unnamed (…执法检查，由副主任王某带队; 副主任李红任组长):
    told after the work, one who leads others (副省长某某带领…部门负责同志到场应询) or is named in other words
    (听取了副主任王某带队的…汇报) leads none of it."""
    text = ctx.text
    opening = _tables()[2]
    for lead in leads(text, start, end):
        named = _name(text, lead, start)
        if named is None or (after is not None and lead.title_start >= after and not lead.team):
            continue
        name_start, name_end, post_first = named
        title_start = lead.title_start
        if post_first:
            clause = clause_start(text, max(start, title_start - TITLE_REACH), title_start)
            title_start = clause + len(_DATE.match(text, clause, title_start).group())
            title_start += max((word.end() for word in opening.finditer(text[title_start : lead.title_start])), default=0)
            if after is not None and lead.title_start >= after and _OTHER_STATEMENT.search(text, title_start, lead.title_start):
                continue
        elif after is not None and lead.title_start >= after:
            continue
        first, last, words = ctx.span(min(title_start, name_start), max(lead.title_end, name_end))
        return {"name": ctx.span(name_start, name_end)[2], "title": ctx.span(title_start, lead.title_end)[2],
                "mention": words, "start": first, "end": last}
    return _subject(ctx, start, end if after is None else min(end, after))


#: The subject of a work's sentence, a congress officer first among those named (市人大常委会主任刘明刚，副主任郑家荣、
#: 赵良栋…及相关部门负责人，对潜江市…进行执法检查): the body's words and post, a name, then a mark listing the others.
_SUBJECT = re.compile(rf"(?P<body>[{HAN_CHARS}]{{0,12}}?(?:人大常委会|人大|常委会|常务委员会))(?P<title>{{titles}})"
                      rf"(?P<name>[{HAN_CHARS}·]{{2,3}}?)(?:同志)?[，,、]")
#: What the words from the subject to the work may not hold: a verb of a statement of its own (the officer did
#: something else: 主任某某，副主任…出席会议，…; each did the work apart: 副主任某某、政协副主席某某分别就…).
_SUBJECT_VERB = re.compile(r"[了听看向与并在到赴率带]|参加|陪同|出席|召开|组织|开展|主持|讲话|指导|要求|分别")


@lru_cache(maxsize=1)
def _subject_pattern() -> re.Pattern[str]:
    congress_titles = sorted(_tables()[0], key=lambda title: (-len(title), title))  # one text in every process
    return re.compile(_SUBJECT.pattern.replace("{titles}", "|".join(congress_titles)))


def _subject(ctx: Context, start: int, end: int) -> dict[str, str | int] | None:
    """The congress officer the sentence's stretch ``start:end`` (up to the work's own words' end) opens with as the
    subject of its work, no verb of leading told (:data:`_SUBJECT`; newuser28 §16: 市人大常委会主任刘明刚，副主任…，对潜江市…
    进行执法检查 gave no ``led_by``): the first named; None when the stretch opens otherwise, the name opens with no
    surname, or a verb of another statement stands between (:data:`_SUBJECT_VERB`)."""
    text = ctx.text
    at = start + len(_DATE.match(text, start, end).group())
    found = _subject_pattern().match(text, at, end)
    if found is None or not _is_surname(found.group("name")):
        return None
    work = re.search(r"[对就]", text[found.end() : end])
    if work is None or _SUBJECT_VERB.search(text, found.end(), found.end() + work.start()):
        return None
    first, last, words = ctx.span(found.start(), found.end("name"))
    return {"name": ctx.span(found.start("name"), found.end("name"))[2],
            "title": ctx.span(found.start(), found.end("title"))[2], "mention": words, "start": first, "end": last}
