"""Organ names as data: qualifiers, collective phrases and the bodies of a congress.

Pure functions over a canonical or written name, shared by the extractor (which
resolves names) and the builder (which types organs and links a body to its
parent). The bodies are ``data/organ-bodies.csv``: a pattern over a canonical
name, the body's kind and, as the group ``parent``, the organ it belongs to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.lexicon.patterns import NUMERAL_CHARS, TERM
from loaders.lexicon.tables import rows

#: Leads the canonical name the extractor gives an organ whose place the text leaves unnamed; the
#: bare full name follows (县人民代表大会常务委员会), naming a kind of organ, no place.
UNNAMED = "\x00"
#: The level word of such a bare name when the text wrote none.
WORD_OF_LEVEL = {"provincial": "省", "city": "市", "county": "县", "township": "镇"}

# A bracketed qualifier of any width: （第五届）, (河南省), 【试行】, 〔2021〕.
_BRACKETED = re.compile(r"[（(〔【［\[]([^（(〔【［\[）)〕】］\]]*)[）)〕】］\]]")
# A congress's term or a session written into a name: 第五届, 十四届, 第二次会议, 二次全体会议.
_TERM_OR_SESSION = re.compile(rf"(?P<term>{TERM})|第?[{NUMERAL_CHARS}\d]+次(?:全体)?会议")
# A phrase that names a set of organs, not one: 各镇人大, 有关专门委员会, 省级人大常委会.
# (各 of 各族自治县 is part of an area's name.)
_COLLECTIVE = re.compile(r"各(?!族)|有关|相关|省级|地级以上|设区的市")


@dataclass(frozen=True)
class Qualified:
    """A name without its qualifiers, and what they said."""

    name: str
    term: str | None = None  # the congress's term (第五届), if the name gave one
    notes: tuple[str, ...] = ()  # other bracketed words (a place: 河南省), in order


def split(name: str) -> Qualified:
    """``name`` without brackets, terms and sessions; the term and the bracketed words apart.

    >>> split("广安市人民代表大会常务委员会（第五届）")
    Qualified(name='广安市人民代表大会常务委员会', term='第五届', notes=())
    >>> split("崔家桥镇人民代表大会主席团 (河南省)")
    Qualified(name='崔家桥镇人民代表大会主席团', term=None, notes=('河南省',))
    """
    notes = [inner.strip() for inner in _BRACKETED.findall(name)]
    plain = _BRACKETED.sub("", name)
    terms = [m.group("term") for m in _TERM_OR_SESSION.finditer(" ".join([plain, *notes])) if m.group("term")]
    plain = re.sub(r"\s+", "", _TERM_OR_SESSION.sub("", plain))
    kept = tuple(n for n in notes if n and not _TERM_OR_SESSION.fullmatch(n))
    term = terms[0] if terms else None
    return Qualified(plain, term if term is None or term.startswith("第") else "第" + term, kept)


def is_collective(name: str) -> bool:
    """True when ``name`` names a set of organs (各…, 有关…, 省级…) rather than one organ."""
    return _COLLECTIVE.search(name) is not None


@dataclass(frozen=True)
class Body:
    """What a body of an organ is (``kind``: a congress's standing_committee, special_committee, working_body,
    inspection_group, presidium; a government's government_unit, street_office; a township's township_office),
    the canonical name of the organ it belongs to, and whether it is a unit of that organ
    (``org:subOrganizationOf``) rather than an organ in its own right."""

    kind: str
    parent: str
    unit: bool


@lru_cache(maxsize=1)
def _bodies() -> tuple[tuple[re.Pattern[str], str, bool], ...]:
    return tuple((re.compile(row["pattern"]), row["kind"], row["unit"] == "1") for row in rows("organ-bodies"))


@lru_cache(maxsize=1)
def _township_offices() -> re.Pattern[str]:
    """A township's offices as the extractor names them: the township's name + an official name of
    ``data/organ-units.csv``'s township rows (寿县刘岗镇 + 卫生健康办公室), longest first."""
    names = sorted({row["official"] for row in rows("organ-units") if row["owner"] == "township"}, key=len, reverse=True)
    return re.compile(rf"(?P<town>(?!中共).+[镇乡])(?:{'|'.join(map(re.escape, names))})")


def body(name: str) -> Body | None:
    """The body ``name`` (a canonical name) is, with its parent; None when it is none of them. The bodies of
    ``data/organ-bodies.csv`` by their patterns, then a township's offices (:func:`_township_offices`), units of
    its government (township governments keep their offices: 乡镇人民政府内设机构).

    >>> body("全国人民代表大会常务委员会执法检查组")
    Body(kind='inspection_group', parent='全国人民代表大会常务委员会', unit=True)
    >>> body("宁海县人民政府办公室")
    Body(kind='government_unit', parent='宁海县人民政府', unit=True)
    >>> body("寿县刘岗镇卫生健康办公室")
    Body(kind='township_office', parent='寿县刘岗镇人民政府', unit=True)
    """
    for pattern, kind, unit in _bodies():
        m = pattern.fullmatch(name)
        if m:
            return Body(kind, m.group("parent"), unit)
    m = _township_offices().fullmatch(name)
    return Body("township_office", m.group("town") + "人民政府", True) if m else None


# The party group of a congress body (中共通山县人民代表大会常务委员会党组): the party's leading group in that body.
_PARTY_GROUP = re.compile(r"(?:中共|中国共产党)(?P<body>.+人民代表大会(?:常务委员会)?)党组")


def party_group_of(name: str) -> str | None:
    """The congress body whose party group the canonical ``name`` is, None for another organ: a report such a group
    publishes (a header ``organ: 中共通山县人大常委会党组``) tells its body's oversight (a first-time analyst, round 32:
    the inspections of such a report had no conductor).

    >>> party_group_of("中共通山县人民代表大会常务委员会党组"), party_group_of("中共通山县委员会")
    ('通山县人民代表大会常务委员会', None)
    """
    m = _PARTY_GROUP.fullmatch(name)
    return m.group("body") if m else None
