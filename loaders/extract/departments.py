"""Government departments as organs: 县教育局, 市住建局, 省生态环境厅, 州卫生健康委.

Reports name the departments a congress oversees (工作评议 of 县司法局, 专题询问 of
市生态环境局 …) by their customary short names, with a level word (县, 市 …), an
area name, or bare inside a list. A department is an organ of its area, so its
canonical name is the area's full name plus the department's full name:
县住建局 in a 万年县 report is 万年县住房和城乡建设局. Only names from the genre's
stock of department stems count, so 教育局长 or 国家税务总局 are not taken.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from loaders.extract.organ_naming import organ_name
from loaders.lexicon import areas
from loaders.lexicon.areas import Jurisdiction
from loaders.lexicon.first_chars import finditer
from loaders.lexicon.organ_names import UNNAMED, WORD_OF_LEVEL
from loaders.lexicon.patterns import HAN, HAN_CHARS, LEVEL_OF_CHAR
from loaders.lexicon.tables import rows

# Short stem as written → the stem of the full name (identity when already full): data/departments.csv.
_STEMS = {row["written"]: row["stem"] for row in rows("departments")}
# How a department's name ends (:data:`areas.DEPARTMENT_ENDINGS`) → how its official name ends (委 → 委员会).
_SUFFIXES = {ending: "委员会" if ending.startswith("委") else ending for ending in areas.DEPARTMENT_ENDINGS}
# A name as customarily written → its official name (文化和旅游委员会 → 文化和旅游发展委员会): data/department-names.csv. A name
# a reform changed (``renamed``: 交通局 → 交通运输局, 2009) stays as the text writes it, the text possibly older than the
# reform (genre README round 44 ruling 10); the official name is for a field the text writes alone (教育、交通、公安等部门),
# whose 局 is the reader's.
_OFFICIAL = {row["written"]: row["official"] for row in rows("department-names") if row["renamed"] != "1"}
_OFFICIAL_OF_FIELD = {row["written"]: row["official"] for row in rows("department-names")}
# Stems whose department is a 委员会 (发改委, 卫健委; the table's ``committee`` column); others
# with 委员会 are congress committees (监察和司法委员会), not departments.
_COMMITTEE_STEMS = {row["stem"] for row in rows("departments") if row["committee"] == "1"}
# The fields a department's name is made of (the table's stems of two characters or more, longest first), as an
# alternation: also the fields a township's stations and centres are named by (organs._TOWNSHIP_UNIT).
# A department whose name joins several fields (文化广电新闻出版旅游局, 城市管理综合行政执法局, 文体旅游广电局): two or more
# stems of the table of two characters or more, a 和 before any but the first (文化广电体育和旅游局); its name is as written
# (:func:`full_name`), and it is a bureau or a department (局, 厅), never a committee. Merged bureaus took such names in the
# 2018–2019 reforms and no table lists every merge: a first-time analyst (round 18) found 市文化广电新闻出版旅游局 no organ.
FIELDS = "|".join(sorted((re.escape(stem) for stem in _STEMS if len(stem) >= 2), key=len, reverse=True))
_PATTERN = re.compile(
    rf"(?P<stem>(?:{FIELDS})(?:和?(?:{FIELDS}))+(?=局|厅)|"
    + "|".join(sorted(map(re.escape, _STEMS), key=len, reverse=True)) + ")"
    r"(?P<suffix>委员会|委(?!员)|分局|局|厅)(?![长党级])"
)
# Level words before a department name, and the characters that make them part of a longer word.
_LEVEL_CHARS = {char: level for char, level in LEVEL_OF_CHAR.items() if level != "township"}
_NOT_LEVEL_BEFORE = set("城都超郊社园片辖景小全各新老")
# An autonomous area's level word (自治区, 自治州, 自治县, 自治旗): the report's own area of that level.
_AUTONOMOUS_WORDS = {word for word in _LEVEL_CHARS if word.startswith("自治")}
# A level word before an office's or a listed bureau's name.
_LEVEL_WORD = "自治[区州县旗]|[省市州区县]"
# A bare department (no level word) must start a word: after punctuation or a particle/verb.
_BARE_LEFT = set("、，,。；;：:“（( 了和及与对由向请促动并同把将让到为是")
# What may follow an item of a list of departments.
_LIST_NEXT = set("、，,等和及")

_HAN = re.compile(HAN)
Add = Callable[[int, int, str | None, str], None]


def _explicit_area(text: str, start: int) -> tuple[int, str] | None:
    """An area name that ends right where the department name starts (万年县|教育局); not a conjunction
    joining two departments (县教育局和|县卫健局: :func:`areas.joins_levels`)."""
    window_start = max(0, start - 12)
    named = areas.every_name_in(text[window_start:start])
    ends = {window_start + end for _, end, _ in named}
    best = None
    for name_start, end, name in named:
        if window_start + end != start or (best is not None and len(name) <= len(best)):
            continue
        hit = (window_start + name_start, start, name)
        if not areas.joins_levels(text, hit, hit[0] if hit[0] in ends else -1):
            best = name
    if best is None:
        return None
    return start - len(best), best


def _level(char: str, jur: Jurisdiction) -> str:
    """市 in a county-level city's report is that city (县级市), not the prefecture."""
    if char == "市" and jur.county and jur.county.endswith("市"):
        return "county"
    return _LEVEL_CHARS[char]


def _own_area(jur: Jurisdiction) -> str | None:
    """The area a bare department belongs to: the report's own (a township's county); when the
    report leaves it unnamed, :data:`UNNAMED` and the level's character its header writes (区, as its government's
    区人民政府: round 48, ax57's 审计局 → 区审计局; 自治县's 县), else the level's usual word (县)."""
    if jur.level == "national":
        return None
    level = "county" if jur.level == "township" else jur.level
    word = jur.word[-1:] if level == jur.level and jur.word else None  # its level's character: 自治县's 县, 区
    return jur.name(level) or UNNAMED + (word or WORD_OF_LEVEL[level])


def full_name(stem: str, suffix: str, written: bool = True) -> str:
    """The department's full name: 住建 + 局 → 住房和城乡建设局, 卫健 + 委 → 卫生健康委员会; a name joining fields
    the table does not list whole (文化广电新闻出版旅游 + 局) as written. ``written`` False: the text writes the field
    alone and the reader adds ``suffix`` (教育、交通、公安等部门), so a renamed department takes its official name
    (交通 → 交通运输局; :data:`_OFFICIAL_OF_FIELD`)."""
    name = _STEMS.get(stem, stem) + _SUFFIXES[suffix]
    return (_OFFICIAL if written else _OFFICIAL_OF_FIELD).get(name, name)


# Where a sentence starts: an area named before it says nothing of a level word after it.
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
AreaHits = list[tuple[int, int, str]]


def _area_of_word(word: str, jur: Jurisdiction, text: str, start: int, area_hits: AreaHits) -> str:
    """The area whose department a level word names: the report's own of that level; in a report above
    that level, the area of that level its sentence names last before it, within the report's area
    (荆州市人民政府及市林业局 in 湖北省's report → 荆州市林业局; 在湖州市安吉县…听取县政府及县林业局汇报 →
    安吉县林业局); else the bare name (UNNAMED + the word). A first-time analyst (round 28) found these
    departments unresolved, so missing from the organs a provincial inspection oversaw."""
    level = _level(word, jur)
    own = jur.name(level)
    if own:
        return own
    sentence = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    mine = jur.name(jur.level) if jur.level != "national" else None
    for area_start, area_end, name in reversed(area_hits):
        if sentence <= area_start and area_end <= start:
            area = areas.of_area(name, jur)
            if area and area.level == level and mine and area.name(jur.level) == mine:
                return area.name(level) or name
    return UNNAMED + word


def find(text: str, jur: Jurisdiction, add: Add, area_hits: AreaHits) -> None:
    """Department mentions in ``text`` (simplified), reported through ``add``: the genre's stems
    (:data:`_PATTERN`), then bureaux of other names listed with them (:func:`_listed`); ``area_hits`` (start, end,
    name of each area named, in text order) place a level word's department in a report above its level."""
    known: list[tuple[int, int]] = []

    def found(start: int, end: int, canonical: str | None, kind: str) -> None:
        known.append((start, end))
        add(start, end, canonical, kind)

    _stems(text, jur, found, area_hits)
    _fields_listed(text, jur, add)
    _listed(text, jur, known, add, area_hits)
    _joined(text, jur, add, area_hits)
    _level_offices(text, jur, add, area_hits)


# A government's office named with its level word alone (市法制办, 省外事辦公室, 区人防办: data/government-offices.csv);
# after 政府 (市政府外事办) organs._offices reads it, after a party committee's word (省委外办) it is no government's.
_OFFICES = {row["written"]: row["official"] for row in rows("government-offices")}
_LEVEL_OFFICE = re.compile(rf"(?<![{''.join(sorted(_NOT_LEVEL_BEFORE))}])(?P<level>{_LEVEL_WORD})"
                           "(?P<stem>" + "|".join(sorted(map(re.escape, _OFFICES), key=len, reverse=True))
                           + ")办(?:公室)?(?![理法事好结])")


def _level_offices(text: str, jur: Jurisdiction, add: Add, area_hits: AreaHits) -> None:
    """Offices of the government of the level a word names (市法制办 in 鄂州市's report → 鄂州市人民政府法制办公室; in a
    report above that level the area its sentence names before it, :func:`_area_of_word`; the bare name, unnamed, when
    there is none); none in a national report, whose 省外事办 is every province's."""
    if jur.level == "national":
        return
    for m in finditer(_LEVEL_OFFICE, text):
        area = _area_of_word(m.group("level"), jur, text, m.start(), area_hits)
        add(m.start(), m.end(), f"{area}人民政府{_OFFICES[m.group('stem')]}", "department")


# Departments named by their fields alone, listed before the word for departments (县政府及教育、发改、交通、市场监督管理、
# 公安等部门; 对生环、住建、城管、交运等部门负责人进行了询问; …、经贸局、市场监管等相关部门): each field of the table a bureau of the
# report's own area (the police's, 公安); a field the table lacks (生环) ends the list read back from 等.
_FIELD_ITEM = "|".join(sorted((re.escape(stem) for stem in (*_STEMS, "公安") if len(stem) >= 2), key=len, reverse=True))
# (The first item opens the pattern, not a repeat of items: re skips by the first characters of a pattern opening with an
# alternation of words, and tries one opening with a repeat at every position: 3 % of extracting dev's texts, now 0.3 %.)
_FIELDS_LISTED = re.compile(rf"(?:{_FIELD_ITEM})(?:、(?:{_FIELD_ITEM}))*(?=等(?:相关|有关)?(?:职能)?部门)")
_ONE_FIELD = re.compile(rf"(?:{_FIELD_ITEM})")


def _fields_listed(text: str, jur: Jurisdiction, add: Add) -> None:
    """Bureaux named by their fields in a 、-list closed by 等…部门 (:data:`_FIELDS_LISTED`): one department per field of
    the table, of the report's own county or city (a province's are 厅, its fields alone saying no more); the list is read
    back from 等 over fields only, its first item starting a word (not the tail of one: 加强教育、…)."""
    if jur.level not in ("city", "county", "township"):
        return
    area = _own_area(jur)
    if not area:
        return
    for m in _FIELDS_LISTED.finditer(text):
        start = m.start()
        before = text[start - 1] if start else ""
        if before and _HAN.match(before) and before not in _BARE_LEFT:
            continue  # the first item is the tail of a longer word
        if "、" not in m.group() and before != "、":
            continue  # one field alone (教育等部门) ends a list of bureaux only (…、经贸局、市场监管等相关部门)
        position = start
        for item in m.group().split("、"):
            if _ONE_FIELD.fullmatch(item):
                name = "公安局" if item == "公安" else full_name(item, "局", written=False)
                add(position, position + len(item), area + name, "police" if item == "公安" else "department")
            position += len(item) + 1


# A bureau named as an item of a list (县政府办、住建局、农业和农村局、生态环保局等部门; 区住建局、区科工贸和信息化局;
# 要求县规划建设和住房保障局、县国土资源局…): after a 、, or as the list's first item with its level word (not one
# ending a word: 郊区, 全县); 2-10 characters of its own name, then 局 and what may follow a list's item.
# (The set's characters sorted: the pattern's text, by which it is kept compiled, is the same every run.)
_LIST_ITEM = re.compile(rf"(?:(?<=、)|(?<![{''.join(sorted(_NOT_LEVEL_BEFORE))}])(?={_LEVEL_WORD}))(?P<level>{_LEVEL_WORD})?"
                        rf"(?P<stem>(?:(?![的在对向是为等和与及、分])[{HAN_CHARS}])"
                        rf"(?:(?![的在对向是为等与及、])[{HAN_CHARS}]){{1,9}}?)(?<!分)局(?=[、，,。；;等和及的]|负责)")


# Bureaux that are organs of another kind (公安局: the police), from data/organ-suffixes.csv.
_OTHER_BUREAUX = tuple(row["suffix"] for row in rows("organ-suffixes") if row["suffix"].endswith("局"))


def _listed(text: str, jur: Jurisdiction, known: list[tuple[int, int]], add: Add, area_hits: AreaHits) -> None:
    """A bureau whose name is no stem of the table, named in a 、-list right after or right before a
    department the table knows (县文体旅游广电局, 区科工贸和信息化局): a department of the level its word
    names (the report's own area without one), named as written. A name holding an area's name is
    another area's bureau, and a branch (公安分局) its city bureau's: both left alone."""
    ends = {end for _, end in known}
    starts = {start for start, _ in known}
    for m in finditer(_LIST_ITEM, text):
        if m.start() - 1 not in ends and m.end() + 1 not in starts:
            continue  # not next to a known department: a list of something else
        inner = _PATTERN.search(m.group())
        # a known stem ending a name of its own after the item's level word (市科工商务局: 科工 + 商务局; ba05) is that name:
        # two or three words of a field before it, no level word among them (县人大常委会评议县教体局 is a clause)
        words = m.group()[len(m.group("level") or ""):inner.start()] if inner else ""
        own_words = bool(m.group("level")) and 2 <= len(words) <= 3 and not set(words) & set(_LEVEL_CHARS)
        if (inner and not own_words and (inner.start() == 0 or m.group()[inner.start() - 1] != "和")
                or m.group().endswith(_OTHER_BUREAUX)
                or m.group("stem").startswith("关于") or areas.every_name_in(m.group("stem"))
                or m.group("level") and _explicit_area(text, m.start() + 1)):
            continue  # a known department with words before it (关于市民政局…; not 城市管理和综合执法局), the police,
            # an area's bureau named with the area
        level = m.group("level")
        area = (_area_of_word(level, jur, text, m.start(), area_hits) if level and jur.level != "national"
                else None if level else _own_area(jur))
        if area:
            name = m.group("stem") + "局"
            add(m.start(), m.end(), area + _OFFICIAL.get(name, name), "department")


# A department whose own name joins two fields with 和 (市住房和建设局, 县文化和旅游体育局, 区农业农村和水利局): after its level
# word or its area's name, the field before 和 (no organ's or department's ending in it, no list's or clause's word),
# then the field after it (no level word opening it: 县教育局和县卫健局 are two), then 局 or 厅. Lexicon stems end inside
# such names (建设局), and the conjunction rule (:func:`areas.joins_levels`) reads a 和 after a department's ending only.
_FIELD_CHAR = re.compile(rf"(?![的在对向是为等与及和、局厅委府院会办部组室])[{HAN_CHARS}]")
_FIELD = rf"(?:{_FIELD_CHAR.pattern})"
_JOINED_TAIL = re.compile(rf"(?<={_FIELD}{{2}})和(?![{''.join(sorted(_LEVEL_CHARS))}])(?P<second>{_FIELD}{{2,8}}?)"
                          r"(?P<suffix>局|厅)(?![党级])")
_LONGEST_FIELD = 8


def _joined(text: str, jur: Jurisdiction, add: Add, area_hits: AreaHits) -> None:
    """Departments named by two fields joined with 和 (:data:`_JOINED_TAIL`) that the stems do not name whole, the first
    field read back from 和 to the farthest start with its area's name (:func:`_explicit_area`) or its level word right
    before it (of the area :func:`_area_of_word` gives); none bare (住房和建设局 alone: where its name starts is not
    known) and none in a national report. A first-time analyst (round 32) found 市住房和建设局 stored as 深圳市建设局, a
    body that does not exist."""
    if jur.level == "national":
        return
    for m in finditer(_JOINED_TAIL, text):
        first = m.start()
        while first > max(0, m.start() - _LONGEST_FIELD) and _FIELD_CHAR.match(text, first - 1):
            first -= 1
        for start in range(first, m.start() - 1):
            name = text[start : m.end()]
            explicit = _explicit_area(text, start)
            if explicit:
                near = areas.of_area(explicit[1], jur)
                area = (near.name(near.level) or explicit[1]) if near is not None else None
                begin = explicit[0]
            elif start and text[start - 1] in _LEVEL_CHARS and (start < 2 or text[start - 2] not in _NOT_LEVEL_BEFORE):
                begin = start - 1
                area = _area_of_word(text[begin], jur, text, begin, area_hits)
            else:
                continue
            if area and not _PATTERN.fullmatch(name):  # a stem of the table (住房和城乡建设局): :func:`_stems` names it
                add(begin, m.end(), area + _OFFICIAL.get(name, name), "department")
            break


def branch(stem: str, county: Jurisdiction) -> str | None:
    """The canonical name of a city bureau's branch in one of its districts or counties (区生态环境分局 in 上虞区 →
    绍兴市生态环境局上虞分局; dev golds l32, v27, x51 name them so: 六安市自然资源和规划局叶集分局): the city's bureau
    (:func:`full_name`) and the county's short name; None when ``county`` names no county with its city. A first-time
    analyst (round 27) found 区生态环境分局 no organ at all, though it answered an inquiry."""
    if not (county.county and county.city) or county.city == county.county:
        return None
    found = areas.named(county.county)
    short = next((area.short for area in found if area.name == county.county and area.short), county.county)
    return f"{county.city}{full_name(stem, '局')}{short}分局"


def _stems(text: str, jur: Jurisdiction, add: Add, area_hits: AreaHits) -> None:
    """Departments named by the genre's stems (:data:`_STEMS`), with or without their area; a branch (分局) only as a
    district's or county's, named with its level word, its area or bare in a county's report (:func:`branch`)."""
    for m in finditer(_PATTERN, text):
        if m.group("suffix").startswith("委") and _STEMS.get(m.group("stem")) not in _COMMITTEE_STEMS:
            continue
        explicit = _explicit_area(text, m.start())
        if m.group("suffix") == "分局":
            _branch(text, m, explicit, jur, add)
            continue
        start, name = m.start(), full_name(m.group("stem"), m.group("suffix"))
        if explicit:
            area_start, area_name = explicit
            near = areas.of_area(area_name, jur)
            if near is not None:
                add(area_start, m.end(), (near.name(near.level) or area_name) + name, "department")
            continue
        before = text[start - 1] if start else ""
        autonomous = text[max(0, start - 3) : start]
        word = autonomous if autonomous in _AUTONOMOUS_WORDS else before  # 自治区教育厅: the region's, not a 区's
        if word in _LEVEL_CHARS and (len(word) > 1 or start < 2 or text[start - 2] not in _NOT_LEVEL_BEFORE):
            if jur.level != "national":  # an area the report leaves unnamed: the bare name (县林业局)
                add(start - len(word), m.end(), _area_of_word(word, jur, text, start, area_hits) + name, "department")
            continue
        # a one-character stem (农委, 经委) only as an item of a list (县政府办、经委、农委、住建局)
        listed = before == "、" and text[m.end() : m.end() + 1] in _LIST_NEXT
        if (not before or before in _BARE_LEFT or not _HAN.match(before)) and (len(m.group("stem")) >= 2 or listed):
            area = _own_area(jur)
            if area:
                add(start, m.end(), area + name, "department")


def _branch(text: str, m: re.Match[str], explicit: tuple[int, str] | None, jur: Jurisdiction, add: Add) -> None:
    """A branch (分局) the stem match ``m`` names, reported through ``add``: of the area written before it
    (上虞区生态环境分局) or of the county its level word 区 or 县 names (区生态环境分局), named so under the county's
    canonical name (绍兴市上虞区生态环境分局); bare as a word of its own (、自然资源分局、), of the report's own county,
    named as its city bureau's branch (:func:`branch`), save a township report's listed among its units, the town's as
    written (当阳市半月镇工商分局: round 49 ruling 2); none in a report above the counties."""
    start, named = m.start(), True
    if explicit:
        start, area_name = explicit
        county = areas.of_area(area_name, jur)
    elif start and text[start - 1] in "区县" and (start < 2 or text[start - 2] not in _NOT_LEVEL_BEFORE):
        start, county = start - 1, jur
    else:
        before = text[start - 1] if start else ""
        county = jur if (not before or before in _BARE_LEFT or not _HAN.match(before)) else None
        named = False
    if county is None or county.level not in ("county", "township"):
        return
    listed = text[start - 1 : start] == "、" or text.startswith("、", m.end())
    if not named and county.level == "township" and listed and (town := organ_name("government", "township", county)):
        # a township report's bare branch listed among its units (视察了该镇派出所、国土所、工商分局、食药所): the town's, as
        # the text places it; a county bureau's branch only where the text names the bureau (round 49 ruling 2; aw49)
        add(start, m.end(), town.removesuffix("人民政府") + m.group(), "department")
        return
    # named with its county (区自然资源分局, 上虞区生态环境分局): written so, under the county's canonical name (round 39
    # ruling 3: 庆阳市西峰区自然资源分局, a county's 沛县生态环境分局); bare, the city bureau's branch (:func:`branch`)
    own = county.name("county") if named else None
    name = own + _STEMS.get(m.group("stem"), m.group("stem")) + "分局" if own else branch(m.group("stem"), county)
    if name:
        add(start, m.end(), name, "department")
