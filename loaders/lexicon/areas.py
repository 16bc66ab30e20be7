"""Administrative areas: the gazetteer of division codes, their nesting, and a report's jurisdiction type.

The gazetteer is ``data/areas.csv`` (provinces, cities and counties, 6-digit codes:
420000 湖北省 ⊃ 420100 武汉市 ⊃ 420117 新洲区) and ``data/townships.csv`` (9-digit codes,
420117001 …, the first six being the county's); see ``data/README.md`` for the source.
An area's parent is found by code prefix. Relative words (省, 市, 区, 我省 …) are
resolved against a :class:`Jurisdiction` by the finders of :mod:`loaders.extract`.
Names repeat (朝阳区, 崔家桥镇 in 410522 安阳县 and 430722 汉寿县): :func:`resolve`
narrows a name by the areas around it and returns every candidate left, never a guess.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from loaders.lexicon import law_catalog
from loaders.lexicon.patterns import LEVEL_OF_CHAR
from loaders.lexicon.tables import column, records, rows
from loaders.lexicon.word_automaton import Words

#: The levels an area can have, top down (the names of :data:`loaders.lexicon.patterns.LEVELS`).
AREA_LEVELS = ("provincial", "city", "county", "township")
_CODE = re.compile(r"\d{2}(?:\d{2}(?:\d{2}(?:\d{3}(?:\d{3})?)?)?)?")
#: The unit that ends an area's name, longest first; what a short name drops (新洲区 → 新洲).
_UNIT = re.compile("(?:特别行政区|自治区|自治州|自治县|自治旗|民族乡|民族镇|街道|地区|林区|特区|矿区|苏木"
                   "|省|市|区|县|旗|盟|镇|乡)$")


@dataclass(frozen=True)
class Area:
    """A named division: ``code`` is 6 digits (province, city, county) or 9 (township)."""

    code: str
    name: str

    @property
    def level(self) -> str:
        """provincial, city, county or township, from the code's zeros and length."""
        if len(self.code) == 9:
            return "township"
        if self.code[2:] == "0000":
            return "provincial"
        return "city" if self.code[4:] == "00" else "county"

    @cached_property
    def short(self) -> str | None:
        """The name without its unit and, for an autonomous area, its peoples (恩施土家族苗族自治州 → 恩施);
        None when that leaves fewer than two characters."""
        return _short_of(self.name)

    @cached_property
    def customary(self) -> str | None:
        """An autonomous area's customary name: its short name and its unit's last character
        (恩施土家族苗族自治州 → 恩施州, 长阳土家族自治县 → 长阳县); None for any other area."""
        return _customary_of(self.name, self.short)

    @cached_property
    def customary_names(self) -> tuple[str, ...]:
        """An autonomous area's customary names: :attr:`customary` and its short name with 自治 and its unit, the peoples
        left out (务川仡佬族苗族自治县 → 务川县, 务川自治县; 道真自治县, 长阳自治县); none for any other area."""
        return _customary_names_of(self.name, self.short)


def _short_of(name: str) -> str | None:
    """:attr:`Area.short` of an area named ``name`` (:func:`_named` reads the some 45,000 areas' by name: a first read
    of a cached property costs twice the computation)."""
    stem = _UNIT.sub("", name)
    if "自治" in name or "族" in stem:
        stem = _strip_peoples(stem)
    return stem if len(stem) >= 2 and stem != name else None


# An autonomous area's unit, whose last character its customary name keeps (自治州 → 州).
_AUTONOMOUS_UNIT = re.compile("自治([州县旗])$")


def _customary_of(name: str, short: str | None) -> str | None:
    """:attr:`Area.customary` of an area named ``name`` whose short name is ``short``."""
    unit = _AUTONOMOUS_UNIT.search(name) if "自治" in name else None  # (most areas are not autonomous: no search)
    return short + unit.group(1) if unit and short else None


def _customary_names_of(name: str, short: str | None) -> tuple[str, ...]:
    """:attr:`Area.customary_names` of an area named ``name`` whose short name is ``short``."""
    customary = _customary_of(name, short)
    return (customary, short + name[-3:]) if customary and short else ()


@lru_cache(maxsize=1)
def _peoples() -> tuple[str, ...]:
    return tuple(sorted(column("ethnic-groups", "written"), key=len, reverse=True))


def _strip_peoples(stem: str) -> str:
    while found := next((p for p in _peoples() if stem.endswith(p) and len(stem) > len(p)), None):
        stem = stem[: -len(found)]
    return stem


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Area]]:
    """Area name → provinces, cities and counties with that name (a few names, such as 朝阳区, repeat);
    an autonomous area also under its customary names (恩施州, 长阳县, 长阳自治县) where no area bears them."""
    index = _index(Area(row["code"], row["name"]) for row in rows("areas"))
    real = set(index)
    for area in [a for found in index.values() for a in found]:
        for customary in area.customary_names:
            if customary not in real:
                index.setdefault(customary, []).append(area)
    # a county's name before its renaming (旬阳县, now 旬阳市; data/former-areas.csv): the current code under
    # the name the report wrote, so an older report's organs keep the name of their time
    for row in rows("former-areas"):
        if row["name"] not in real:
            index.setdefault(row["name"], []).append(Area(row["code"], row["name"]))
    return index


@lru_cache(maxsize=1)
def townships() -> dict[str, list[Area]]:
    """Township name → townships with that name (many repeat: 城关镇, 崔家桥镇). A name the source writes after its
    county's (当阳市半月镇, 高阳县锦华街道, for 92 of them) is the township's own (:func:`_own_name`)."""
    return _index(Area(code, name) for code, name in _township_names())


@lru_cache(maxsize=1)
def _township_names() -> tuple[tuple[str, str], ...]:
    """Every township as (code, its own name: :func:`_own_name`), in file order: what :func:`townships` indexes by name
    and :func:`_current` by a name's first two characters, read from ``data/townships.csv`` once for both."""
    counties = {row["code"]: row["name"] for row in rows("areas")}
    return tuple((code, _own_name(name, counties.get(code[:6], ""))) for code, name in records("townships", "code", "name"))


#: What a township's own name ends with: the kinds of township (乡、镇、街道, 苏木 in Inner Mongolia).
_TOWNSHIP_END = re.compile(r"(?:镇|乡|街道|苏木)$")


def _own_name(name: str, county: str) -> str:
    """A township's name without its county's name before it, as the statistics bureau writes a few (当阳市半月镇
    → 半月镇): the county is the township's parent, and a name carrying it would be written twice in every organ
    (当阳市当阳市半月镇人民代表大会) and missed under the name reports write (半月镇). A unit that is no township
    (青县农场, 西青区开发区), one that is its kind alone (七星区街道) and one that names its government
    (敖汉旗人民政府新州街道) keep their names.

    >>> _own_name("当阳市半月镇", "当阳市"), _own_name("青县农场", "青县"), _own_name("马路镇", "安化县")
    ('半月镇', '青县农场', '马路镇')
    """
    own = name[len(county):] if county and name.startswith(county) else ""
    if not own:  # (most names: no search)
        return name
    return own if _TOWNSHIP_END.search(own) and not _TOWNSHIP_END.fullmatch(own) and "政府" not in own else name


def _index(found: Iterable[Area]) -> dict[str, list[Area]]:
    names: dict[str, list[Area]] = {}
    for area in found:
        names.setdefault(area.name, []).append(area)
    return names


@lru_cache(maxsize=1)
def _gazetteer_words() -> Words:
    """Every province, city and county name (townships are looked up by name), ordered by the law
    catalog's titles, the largest sample of the genre's words the lexicon holds."""
    return Words(gazetteer(), common=law_catalog.entries())


#: The length of a former name of one character and its unit (华县, 开县, 任县), the end of a verb before a level word
#: (召开县人大, 担任县长) as often as a name: read only where no other word's character stands before it
#: (:func:`_verb_s_end`).
_SHORT_FORMER = 2


def names_in(text: str) -> list[tuple[int, int, str]]:
    """Every name of the gazetteer in ``text``, the longest, left to right, as (start, end, name); a
    name that the words around it read as a conjunction between level words is none (:func:`joins_levels`)."""
    found = _gazetteer_words().longest_in(text)
    return [hit for index, hit in enumerate(found)
            if not joins_levels(text, hit, found[index - 1][1] if index else -1) and not _verb_s_end(text, hit)]


def _verb_s_end(text: str, hit: tuple[int, int, str]) -> bool:
    """Whether ``hit`` is a former name of :data:`_SHORT_FORMER` characters no current area bears, after a Chinese
    character that is no level word (召开县人大常委会 is no 开县; 陕西省华县人大常委会, a header's 华县人大常委会 are 华县).

    >>> _verb_s_end("会议召开县人大常委会", (3, 5, "开县")), _verb_s_end("渭南市华县人大常委会", (3, 5, "华县"))
    (True, False)
    """
    start, end, name = hit
    if end - start > _SHORT_FORMER or name not in _former_names() or name in _current_names():
        return False
    before = text[start - 1 : start]
    return bool(before) and "\u4e00" <= before <= "\u9fff" and before not in LEVEL_OF_CHAR


def successor(name: str) -> Area | None:
    """The area that bears a former county's name now (华县 → 610503 华州区: data/former-areas.csv), or None for a
    name that is no former one, or one a current area still bears."""
    if name in _current_names() or name not in _former_names():
        return None
    codes = {area.code for area in gazetteer().get(name, [])}
    return by_code(codes.pop()) if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _current_names() -> frozenset[str]:
    return frozenset(row["name"] for row in rows("areas"))


#: Conjunctions a two-character area name may open with before its level word (和县: 和 + 县).
_LEVEL_CONJUNCTIONS = "和及与"
#: How a government department's name ends (县教育局, 省财政厅, 州卫健委, 市发展和改革委员会; ``loaders.extract.departments``).
DEPARTMENT_ENDINGS = ("局", "厅", "委", "委员会")


@lru_cache(maxsize=1)
def _conjuncts() -> tuple[str, ...]:
    """What the word before such a conjunction may end with when it joins two names of one kind: a
    level word (市和县), an organ's name as ``data/organ-suffixes.csv`` ends it (市委和县委, 省人大常委会和
    县委), a department's as the departments finder ends it (县教育局和县卫健局, 省财政厅和县…, 卫健委和县…:
    :data:`DEPARTMENT_ENDINGS`), a title (…办法》和县人大常委会…)."""
    return (*LEVEL_OF_CHAR, *column("organ-suffixes", "suffix"), *DEPARTMENT_ENDINGS, "》")


def joins_levels(text: str, hit: tuple[int, int, str], previous_end: int) -> bool:
    """Whether the area name ``hit`` of ``text`` is a conjunction joining two names headed by level words
    instead: a name that is a conjunction and a level word (和县, a county of 安徽) right after a level
    word, an organ's name or a title that ends no area name (``previous_end``: where the area name before
    it ends) reads as "… and county …" (市和县人大常委会, 省、市和县三级, 区和县, 省委和县委); after an area
    name (马鞍山市和县), at a clause's start or after another word it is the area.

    >>> joins_levels("省、市和县三级人大代表", (3, 5, "和县"), -1), joins_levels("马鞍山市和县", (4, 6, "和县"), 4)
    (True, False)
    """
    start, _, name = hit
    if len(name) < 2 or name[0] not in _LEVEL_CONJUNCTIONS or name[1:] not in LEVEL_OF_CHAR or previous_end == start:
        return False
    return text[max(0, start - 12) : start].endswith(_conjuncts())


#: Districts' names that are the common nouns of a city's parts (城区 of 主城区, 老城区, 中心城区, 县城区, 从城区到…; 郊区;
#: 矿区): such a word names the district only where the words around it make it one (:func:`jurisdiction`'s reading).
#: Source: newuser29 §3 (round 44: 从主城区到喜鹊梁 placed 张家口市's report in one of Shanxi's districts named 城区).
CITY_PARTS = frozenset({"城区", "郊区", "矿区"})


def every_name_in(text: str) -> list[tuple[int, int, str]]:
    """Every name of the gazetteer in ``text``, nested and overlapping ones too (by end), as (start, end, name)."""
    return _gazetteer_words().every_in(text)


def normal_code(code: str) -> str | None:
    """A division code in its written form (6 or 9 digits) from 2, 4, 6, 9 or 12 digits
    (42 / 4201 / 420117 / 420117001 / 420117001000); None when ``code`` is not one."""
    code = code.strip()
    if not _CODE.fullmatch(code):
        return None
    if len(code) == 12:
        code = code[:9] if code[6:9] != "000" else code[:6]
    return code.ljust(6, "0") if len(code) < 6 else code


def by_code(code: str) -> Area | None:
    """The area with this code (any form :func:`normal_code` reads), if the gazetteer has one."""
    written = normal_code(code)
    if written is None:
        return None
    if len(written) == 9:
        return _township_codes().get(written)
    return _codes().get(written)


@lru_cache(maxsize=1)
def _codes() -> dict[str, Area]:
    """Code → the area of that code under its current name (never a former name of the gazetteer's)."""
    return {a.code: a for name, areas in gazetteer().items() for a in areas if a.name == name or name in a.customary_names
            if not _is_former(a)}


def _is_former(area: Area) -> bool:
    """Whether ``area`` is a county under its name before a renaming (data/former-areas.csv)."""
    return area.code in _renamed() and area.name in _former_names()


@lru_cache(maxsize=1)
def _renamed() -> set[str]:
    return {row["code"] for row in rows("former-areas")}


@lru_cache(maxsize=1)
def _former_names() -> set[str]:
    return {row["name"] for row in rows("former-areas")}


@lru_cache(maxsize=1)
def _township_codes() -> dict[str, Area]:
    return {a.code: a for areas in townships().values() for a in areas}


def parent(area: Area) -> Area | None:
    """The area directly above (a county of a 省直辖 grouping, or of a municipality, is under the province)."""
    if area.level == "township":
        return _codes().get(area.code[:6])
    if area.level == "county" and (city := _codes().get(area.code[:4] + "00")):
        return city
    return None if area.level == "provincial" else _codes().get(area.code[:2] + "0000")


def ancestors(area: Area) -> list[Area]:
    """The areas above ``area``, nearest first, up to its province."""
    found = []
    while (area := parent(area)) is not None:  # type: ignore[assignment]
        found.append(area)
    return found


def contains(outer: Area, inner: Area) -> bool:
    """Whether ``inner`` is ``outer`` or lies within it."""
    return inner == outer or outer in ancestors(inner)


@lru_cache(maxsize=1)
def _current() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[Area]]]:
    """Every area but a county under its former name as (code, name), by its name's first two characters, in the
    gazetteer's order (provinces, cities and counties, then townships in file order); the former names by name.

    An area's full name opens with its own first two characters, so the areas of a full name are those of its head
    bucket with that name: no index by full name is built. The townships (some 41,000) are kept as their (code, name)
    pairs and an :class:`Area` made only for an answer (:func:`_named`): a report's first question built an index of
    Areas by name and another by head, a quarter of ``okg extract``'s CPU time (round 40)."""
    by_head: dict[str, list[tuple[str, str]]] = {}
    former: dict[str, list[Area]] = {}
    renamed, former_names = _renamed(), _former_names()  # (:func:`_is_former`, inlined: asked of every area)
    for area in dict.fromkeys(a for areas in gazetteer().values() for a in areas):
        if area.code in renamed and area.name in former_names:
            former.setdefault(area.name, []).append(area)
        else:
            by_head.setdefault(area.name[:2], []).append((area.code, area.name))
    # a township's code has 9 digits, a renamed county's 6, and no two townships share a code: none is former or a repeat
    for pair in _township_names():
        by_head.setdefault(pair[1][:2], []).append(pair)
    return by_head, former


@lru_cache(maxsize=4096)  # finders ask about the same few names again and again
def _named(name: str) -> tuple[Area, ...]:
    """The areas whose full, short or customary name is ``name``: full names first, then the areas it is the short
    or customary name of, then a former name (by itself only: its short name is the current area's). A short or
    customary name opens with the first two characters of the area's own (恩施 and 恩施州 of 恩施土家族苗族自治州), so
    only the areas whose names open so are read: computing the some 45,000 areas' names at a report's first question
    was a third of ``okg extract``'s CPU time."""
    by_head, former = _current()
    heads = by_head.get(name[:2], [])
    found = [Area(code, own) for code, own in heads if own == name]
    for code, own in heads:
        if own != name:
            short = _short_of(own)
            if name == short or name in _customary_names_of(own, short):
                found.append(Area(code, own))
    return (*found, *former.get(name, []))


def named(name: str) -> list[Area]:
    """Every area whose full or short name is ``name`` (simplified characters), higher levels first."""
    return sorted(_named(name.strip()), key=lambda a: (AREA_LEVELS.index(a.level), a.code))


def short_named(name: str) -> list[Area]:
    """Every area whose short name (:attr:`Area.short`) is ``name``, higher levels first (新洲 → 新洲区 and four
    townships); unlike :func:`named`, never an area whose full name it is."""
    return [area for area in named(name) if area.short == name.strip()]


_SEAT_SIZES = (4, 3, 2)  # a seat's name as written: 广州市, 广州, 成渝 (longest first)


def seat_before(text: str, end: int) -> tuple[int, Area] | None:
    """Where the seat's name written right before ``end`` starts and its area, the highest of that name (a
    specialised court's seat: 广州 of 广州海事法院, 北京 of 北京知识产权法院), or None when no area's full or short
    name ends there."""
    for size in _SEAT_SIZES:
        found = named(text[end - size : end]) if end >= size else []
        if found:
            return end - size, found[0]
    return None


def resolve(candidates: list[Area], near: Area | None) -> list[Area]:
    """The candidates nearest to ``near``: those within ``near``, else within its parent, and so on up
    to its province; all of them when none is. One area left is the resolution; several are an ambiguity."""
    if len(candidates) <= 1 or near is None:
        return candidates
    for scope in (near, *ancestors(near)):
        inside = [a for a in candidates if contains(scope, a)]
        if inside:
            return inside
    return candidates



#: Words an organ's name may carry before its area (中共武汉市新洲区委员会).
BEFORE_AREA = ("中国共产党", "中共")
_LONGEST_NAME = 20


def leading(name: str, near: Area | None = None) -> list[Area]:
    """The area(s) a name starts with, read as a chain of full names (武汉市新洲区… → 新洲区):
    each name after the first must lie within the one before; the first is narrowed by ``near``
    (:func:`resolve`). One area is the answer, several an ambiguity, none: the name starts with no area."""
    return leading_chain(name, near)[0]


def leading_chain(name: str, near: Area | None = None) -> tuple[list[Area], int]:
    """:func:`leading`'s areas and where the chain of names they end ends in ``name`` (0: no area):
    遂溪县洋青镇人民代表大会 → ([洋青镇], 6)."""
    pos = next((len(w) for w in BEFORE_AREA if name.startswith(w)), 0)
    found: list[Area] = []
    end = 0
    while match := _full_name_at(name, pos):
        options = gazetteer().get(match, []) + townships().get(match, [])
        options = [a for a in options if any(contains(f, a) for f in found)] if found else resolve(options, near)
        if not options:
            break
        found, pos = options, pos + len(match)
        end = pos
    return found, end


def _full_name_at(name: str, pos: int) -> str | None:
    for end in range(min(len(name), pos + _LONGEST_NAME), pos + 1, -1):
        if name[pos:end] in gazetteer() or name[pos:end] in townships():
            return name[pos:end]
    return None


@dataclass(frozen=True)
class Jurisdiction:
    """Where a report's organ sits: its level and the area names above it (``None`` when not known).

    ``code`` is the division code of the most specific area the names resolve to, and
    ``candidates`` the codes a repeated name left undecided below it (empty when none was).
    ``word`` is the level word the organ's name or the text used when it named no area (区 of
    区人大常委会), so that the report's own unnamed organs are named with it. ``decided_by`` is the text's words that
    picked the area among namesakes its header left undecided (《河南省选举实施细则》 for 崔家桥镇), None when the header
    or nothing decided.
    """

    level: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None
    code: str | None = None
    candidates: tuple[str, ...] = ()
    word: str | None = None
    decided_by: str | None = None

    @property
    def names(self) -> list[str]:
        """The area names known, province to township (湖北省, 武汉市, 新洲区), as written in the header or text."""
        return [name for name in (self.province, self.city, self.county, self.township) if name]

    def name(self, level: str) -> str | None:
        """The full name used in canonical organ names at ``level`` (provincial … township)."""
        if level == "provincial":
            return self.province
        if level == "city":
            return self.city
        if level == "county" and self.county:
            if self.county.endswith("区") and self.city and self.city != self.county:
                return self.city + self.county
            return self.county
        if level == "township" and self.township:
            return (self.name("county") or self._city_of_its_towns() or "") + self.township
        return None

    def _city_of_its_towns(self) -> str | None:
        """The city a township lies in directly, with no county between (东莞市, 中山市, 儋州市: their
        towns' division codes hold 00 for the county, as 东莞市麻涌镇 441900126); None otherwise."""
        direct = bool(self.code and len(self.code) == 9 and self.code[4:6] == "00")
        return self.city if direct and not self.county else None


def chain(area: Area) -> dict[str, str]:
    """Province, city, county and township names of an area, from its code (keys: AREA_LEVELS).

    A municipality (北京市 …) is province and city at once; a county directly under its
    province (仙桃市) has no city."""
    return dict(_chain(area))


@lru_cache(maxsize=16384)
def _chain(area: Area) -> dict[str, str]:
    """:func:`chain`, kept per area (callers get a copy): finders ask for the chains of the same few areas, their
    report's and their namesakes', again and again (some 8,000 chains of 1,300 reports, each walking its ancestors)."""
    found = {a.level: a.name for a in (area, *ancestors(area))}
    province = found.get("provincial", "")
    if "city" not in found and province.endswith("市"):
        found["city"] = province
    return found


def of_area(name: str, near: Jurisdiction) -> Jurisdiction | None:
    """The jurisdiction of a named area. A repeated name (鼓楼区: in 南京, 徐州, 福州, 开封) goes to
    the one in ``near``'s city, else in its province; one that neither decides keeps its own name
    alone, with no area above it and no code, rather than the place of an arbitrary namesake."""
    candidates = gazetteer().get(name, [])
    if not candidates:
        return None
    area = candidates[0] if len(candidates) == 1 else _nearest_namesake(candidates, near)
    if area is None:
        return Jurisdiction(candidates[0].level, **{_FIELD[candidates[0].level]: name})
    return jurisdiction_of(area)


@lru_cache(maxsize=16384)  # a frozen value, asked for the same areas again and again (:func:`_chain`)
def jurisdiction_of(area: Area) -> Jurisdiction:
    """The :class:`Jurisdiction` of a gazetteer area (a township's too): its level, the names of its chain, its code."""
    names = _chain(area)
    return Jurisdiction(area.level, names.get("provincial"), names.get("city"), names.get("county"), names.get("township"),
                        code=area.code)


_FIELD = {"provincial": "province", "city": "city", "county": "county", "township": "township"}


def _nearest_namesake(candidates: list[Area], near: Jurisdiction) -> Area | None:
    """The one of ``candidates`` (areas of one name) within ``near``'s city, else its province."""
    for level, within in (("city", near.city), ("provincial", near.province)):
        inside = [a for a in candidates if within and _chain(a).get(level) == within]
        if inside:
            return inside[0] if len(inside) == 1 else None
    return None


def short_names(jur: Jurisdiction) -> dict[str, str]:
    """Short forms of the report's own areas (新洲 for 新洲区; 秀山自治县 and 秀山 for 秀山土家族苗族自治县)
    → their level."""
    names = {}
    for level, full in (("provincial", jur.province), ("city", jur.city), ("county", jur.county), ("township", jur.township)):
        if full and len(full) >= 3 and full[-1] in "省市区县镇乡":
            names[full[:-1]] = level
        if full and full.endswith(("自治县", "自治州")):  # its peoples left out
            stem = _strip_peoples(_UNIT.sub("", full))
            if len(stem) >= 2:
                names.update({stem + full[-3:]: level, stem: level})
    return names


def closest(name: str, within: Area | None = None, named: Iterable[Area] = ()) -> list[Area]:
    """The provinces, cities and counties whose name is nearest ``name`` (simplified), a name the gazetteer lacks: at
    most one character added, dropped or replaced away (:func:`_edits`; two for a name of five characters or more),
    compared by full name, or by short name when ``name`` has no unit (武汉 → 武汉市). Only the nearest are given, by
    these in turn: fewest edits; the same short name (桐城县 → 桐城市, not 临城县); an area the report ``named``
    elsewhere (铜城市 in a text naming 桐城市); one within ``within`` (the area the rest of the organ's name resolved
    to); one in the province of an area the report named. By code; [] when none is near.

    >>> [a.name for a in closest("桐城县")]
    ['桐城市']
    >>> [a.name for a in closest("铜城市", named=named("桐城市"))]
    ['桐城市']
    >>> [a.name for a in closest("新州区", within=by_code("420100"))]
    ['新洲区']
    """
    unit = _UNIT.search(name) is not None
    most = 2 if len(name) >= 5 else 1
    stem = _UNIT.sub("", name)
    mentioned = set(named)
    provinces = {a.code[:2] for a in mentioned}
    found: dict[Area, tuple[int, bool, bool, bool, bool]] = {}
    for area in (a for areas in gazetteer().values() for a in areas):
        written = area.name if unit else (area.short or area.name)
        if abs(len(written) - len(name)) > most or (edits := _edits(name, written)) > most:
            continue
        rank = (edits, _UNIT.sub("", area.name) != stem, area not in mentioned,
                within is None or not contains(within, area), area.code[:2] not in provinces)
        found[area] = min(rank, found.get(area, rank))
    best = min(found.values(), default=None)
    return sorted((a for a, rank in found.items() if rank == best), key=lambda a: a.code)


def _edits(one: str, other: str) -> int:
    """The Levenshtein distance between two names: characters added, dropped or replaced to turn one into the other."""
    previous = list(range(len(other) + 1))
    for i, ch in enumerate(one, start=1):
        current = [i]
        for j, theirs in enumerate(other, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ch != theirs)))
        previous = current
    return previous[-1]
