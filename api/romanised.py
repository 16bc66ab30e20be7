"""Areas named in pinyin, as an analyst writing in English names them: ``Zhejiang``, ``Zhèjiāng``, ``zhejiang sheng``,
``Zhejiang Province``, ``Anji``, ``Anji County``, ``Wuhan City`` (a first-time analyst, round 30, finding 7: the filters
took activity kinds in either language and every place name in Chinese only).

The gazetteer (``loaders/lexicon/data/areas.csv``) has no romanised names, so each province's, city's and county's
names (full, short, customary: :func:`loaders.lexicon.areas.gazetteer`, :attr:`Area.short`) are read with pypinyin's
dictionary, whose phrases give most place names their own reading (重庆 chongqing, 六安 lu'an, 蚌埠 bengbu, 乐清
yueqing), a short name also as its full name reads (朝阳 in 朝阳区: chaoyang). Where its reading of a polyphonic
character is not the place's (长治 zhangzhi, 单县 danxian), a second tier reads each character with every syllable the
gazetteer's first readings give it (长 chang in 长沙: ``Changzhi`` finds 长治市), and a third with every syllable pypinyin
knows (单 shan: ``Shanxian`` finds 单县); a tier is read only when the tiers above it find no name.
Townships are left out: tens of thousands share readings, and a township is asked for by its Chinese name.

A value is compared without case, spaces, hyphens, apostrophes or tone marks (ü written ü, u: or v, as keyboards
write it: Lüliang is 吕梁, Luliang 陆良); written with tone marks it is compared with them first (Shǎnxī is 陕西, Shānxī
山西). An English unit word after the name (Province, City, County, District, Prefecture, Autonomous Region …) keeps
the names ending in the Chinese unit it translates (Jilin City: 吉林市, not 吉林省); a pinyin unit (sheng, shi, xian,
qu) is part of the full name's reading.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from loaders.lexicon import areas
from loaders.lexicon.areas import Area

#: English unit words after a name → how the Chinese names they translate end (a city is 北京市, 武汉市 or 广汉市; a
#: prefecture 地区 or 自治州), longest first when read.
_UNIT_ENDINGS = {
    "province": ("省",), "municipality": ("市",), "autonomous region": ("自治区",),
    "special administrative region": ("特别行政区",), "city": ("市",), "prefecture": ("地区", "州"),
    "autonomous prefecture": ("自治州",), "league": ("盟",), "county": ("县",), "autonomous county": ("自治县",),
    "district": ("区",), "banner": ("旗",), "autonomous banner": ("自治旗",),
}
_UNIT = re.compile(r"\s+(" + "|".join(sorted(map(re.escape, _UNIT_ENDINGS), key=len, reverse=True)) + r")$", re.I)
#: At most this many readings of one name enter the second and third tiers (four characters of two readings each).
_MOST_READINGS = 16
#: Romanised names of provinces that are not their plain pinyin, as the State Council's English pages write them
#: (Shaanxi tells 陕西 from 山西, Shanxi), → their division codes.
_CUSTOMARY = {"shaanxi": "610000", "innermongolia": "150000", "tibet": "540000"}


def is_romanised(value: str) -> bool:
    """Whether ``value`` is written in Latin letters (with tone marks or not) and holds no Chinese character."""
    letters = [ch for ch in unicodedata.normalize("NFD", value) if ch.isalpha()]
    return bool(letters) and all(ch.isascii() for ch in letters)


def names_read(value: str) -> dict[str, list[Area]]:
    """The Chinese names of provinces, cities and counties that read as ``value`` in pinyin (module docstring), each
    with its areas, higher levels first: ``{"安吉": [安吉县]}``, ``{"吉林": [吉林省, 吉林市]}`` (one name, told apart as
    the Chinese name is), ``{"山西": [山西省], "陕西": [陕西省]}`` (Shanxi: two names, which the caller refuses
    naming both); {} when none does or ``value`` is not romanised."""
    if not is_romanised(value):
        return {}
    name, endings = _unit_endings(value.strip())
    if (customary := _CUSTOMARY.get(_key(name, tones=False))) and (area := areas.by_code(customary)):
        return {area.name: [area]}
    toned, plain = _key(name, tones=True), _key(name, tones=False)
    first = _first_readings()
    found = ((first.get(toned, []) if toned != plain else []) or first.get(plain, [])
             or _attested_readings().get(plain, []) or _other_readings().get(plain, []))
    named: dict[str, list[Area]] = {}
    for chinese, area in dict.fromkeys(found):
        if endings is None or area.name.endswith(endings):
            named.setdefault(chinese, []).append(area)
    return {chinese: sorted(found, key=lambda a: (areas.AREA_LEVELS.index(a.level), a.code))
            for chinese, found in named.items()}


def _unit_endings(value: str) -> tuple[str, tuple[str, ...] | None]:
    """``value`` without an English unit word at its end, and the endings of the names that word translates (None
    without one)."""
    unit = _UNIT.search(value)
    if unit is None or not value[: unit.start()].strip():
        return value, None
    return value[: unit.start()], _UNIT_ENDINGS[unit.group(1).lower()]


#: ü in each of its tones, written as pinyin keyboards write it (v), its tone mark kept.
_U_UMLAUT = str.maketrans({"ü": "v", "ǖ": "v\u0304", "ǘ": "v\u0301", "ǚ": "v\u030c", "ǜ": "v\u0300"})


def _key(value: str, tones: bool) -> str:
    """``value`` as compared: lower case, letters only, ü as v (lü and lv are one syllable, lu another), tone marks
    kept when ``tones``."""
    decomposed = unicodedata.normalize("NFD", value.casefold().replace("u:", "v").translate(_U_UMLAUT))
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch.isalpha() or (tones and unicodedata.combining(ch))))


def _names() -> list[tuple[str, Area]]:
    """Each name of each province, city and county (full, short, customary) with the area, in the gazetteer's order."""
    return [(name, area) for area in dict.fromkeys(a for found in areas.gazetteer().values() for a in found)
            for name in dict.fromkeys(filter(None, (area.name, area.short, *area.customary_names)))]


@functools.lru_cache(maxsize=1)
def _first_readings() -> dict[str, list[tuple[str, Area]]]:
    """pypinyin's readings of each name (:func:`_names`) → the names and areas, with tones and without: the name's
    own, and a short name's as its full name reads it (朝阳 alone reads zhaoyang, in 朝阳区 chaoyang)."""
    found: dict[str, list[tuple[str, Area]]] = {}
    for name, area in _names():
        for syllables in dict.fromkeys(_readings_of(name, area)):
            toned = "".join(syllables)
            for key in dict.fromkeys((_key(toned, tones=True), _key(toned, tones=False))):
                found.setdefault(key, []).append((name, area))
    return found


def _readings_of(name: str, area: Area) -> list[tuple[str, ...]]:
    """The syllables (with tones) pypinyin reads ``name`` with, and those of the area's full name it opens (one
    syllable a character)."""
    own, full = _syllables(name), _syllables(area.name)
    return [own, full[: len(name)]] if area.name.startswith(name) and len(full) == len(area.name) else [own]


@functools.lru_cache(maxsize=None)
def _syllables(name: str) -> tuple[str, ...]:
    """pypinyin's reading of ``name``, a syllable with its tone for each character (ü written ü)."""
    from pypinyin import Style, lazy_pinyin

    return tuple(lazy_pinyin(name, style=Style.TONE, v_to_u=True))


@functools.lru_cache(maxsize=1)
def _attested() -> dict[str, set[str]]:
    """Each character of the names → the syllables (without tones) it is read with in some name's first reading: the
    readings place names give it (长 chang in 长沙 and 长春, so 长治, read zhangzhi, is Changzhi too; 尚 never chang)."""
    found: dict[str, set[str]] = {}
    for name, area in _names():
        for syllables in _readings_of(name, area):
            if len(syllables) == len(name):
                for char, syllable in zip(name, syllables):
                    found.setdefault(char, set()).add(_key(syllable, tones=False))
    return found


@functools.lru_cache(maxsize=1)
def _attested_readings() -> dict[str, list[tuple[str, Area]]]:
    """Each name read with every syllable its characters have in the names' first readings (:func:`_attested`;
    at most :data:`_MOST_READINGS` a name) → the names and areas: the second tier."""
    attested = _attested()
    return _products({(name, area): [sorted(attested.get(char, {char})) for char in name] for name, area in _names()})


@functools.lru_cache(maxsize=1)
def _other_readings() -> dict[str, list[tuple[str, Area]]]:
    """Each name read with every reading pypinyin knows of its characters (单 shan in 单县, which no other name
    attests; at most :data:`_MOST_READINGS` a name) → the names and areas: the third tier."""
    from pypinyin import Style, pinyin

    return _products({(name, area): pinyin(name, style=Style.NORMAL, heteronym=True) for name, area in _names()})


def _products(readings: dict[tuple[str, Area], list[list[str]]]) -> dict[str, list[tuple[str, Area]]]:
    """Each name's readings, the product of its characters' syllables (at most :data:`_MOST_READINGS`) → the names
    and areas."""
    found: dict[str, list[tuple[str, Area]]] = {}
    for named, syllables in readings.items():
        for reading in itertools.islice(itertools.product(*syllables), _MOST_READINGS):
            found.setdefault(_key("".join(reading), tones=False), []).append(named)
    return found


def romanised(area: Area) -> str:
    """An area's name in pinyin, its short name's reading capitalised (浙江省 → Zhejiang, 安吉县 → Anji): the first
    tier's reading, so a polyphonic name may read as pypinyin's dictionary reads it, not as the place says it."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(area.short or area.name)).capitalize()
