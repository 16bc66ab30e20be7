"""A report's jurisdiction: where its organ sits, resolved through the gazetteer once per report.

The names found (province, city, county, township) are then located as one division code,
each name looked up within the area the names above it resolved to: 崔家桥镇 in a report of
河南省 is 410522111 (安阳县), and without a province it stays undecided between its candidates.
"""
from __future__ import annotations

import re

from loaders.extract import partners
from loaders.lexicon import areas, organ_names
from loaders.lexicon.areas import Area, Jurisdiction
from loaders.lexicon.patterns import AREA_UNIT, HAN_CHARS, LEVEL_OF_CHAR, LEVELS, TERM
from loaders.lexicon.tables import rows

# A township's name before an organ's ending; an ethnic township's name carries its peoples (平村彝族傣族乡,
# 长底布依族乡: data/ethnic-groups.csv) and may run longer. A session's header names the congress with its
# term (绥宁县武阳镇第十八届人民代表大会第五次会议, 位庄乡十五届人大): the township is the same.
_PEOPLES = "|".join(sorted((re.escape(row["written"]) for row in rows("ethnic-groups")), key=len, reverse=True))
_TOWNSHIP = re.compile(rf"([{HAN_CHARS}]{{1,3}}?(?:{_PEOPLES}){{1,2}}[乡镇]|[{HAN_CHARS}]{{2,5}}?(?:镇|乡|街道))"
                       rf"(?:{TERM}?(?:人民代表大会|人大)|党委|人民政府)")
_LEVEL_WORD = re.compile("|".join(sorted(LEVEL_OF_CHAR, key=len, reverse=True)))
# A standing committee's working committee in a street or a township, named right after the committee
# (区人民代表大会常务委员会璧城街道工作委员会): the street's, of the district whose committee it is.
_WORKING_COMMITTEE = re.compile(rf"(?:(?<=常务委员会)|(?<=常委会))([{HAN_CHARS}]{{2,5}}?(?:镇|乡|街道))"
                                r"(?:人大)?(?:工作委员会|工委)")
# The first organ a text names by a level word (县人大常委会, 区政府) or a national body: the level a
# report without header or area name speaks from (its 常委会 is then that level's, with no place).
_FIRST_ORGAN = re.compile(r"(?P<national>全国人大|全国人民代表大会|国务院|委员长会议)|(?<![社园城片辖景小都超郊新老全本我各])"
                          r"(?P<word>自治区|自治州|自治县|[省市州区县旗镇乡])(?:人大|人民代表大会|人民政府|政府|党委|人民法院|法院|人民检察院|检察院)")
# A law's title (《湖南省湘江保护条例》, 《广州市水务管理条例》): a report of any place may inspect its province's or
# city's regulations, so the place a title names says nothing of where the report is from. A report's own title
# (《某某县人大常委会工作报告》) does.
_LAW_TITLE = re.compile(r"《[^《》]{0,40}?(?:法|条例|規定|规定|办法|辦法|决定|決定|细则|細則|规则|規則)(?:[(（][^)）]{0,8}[)）])?》")
# A place's short name opening an organ's name (湖北人大常委会, 武汉人大, 内蒙古政府): the first one the header or the
# opening writes, read as its area when exactly one area is so named (no township's: they share short names widely).
_SHORT_NAMED_ORGAN = re.compile(rf"(?<![{HAN_CHARS}])([{HAN_CHARS}]{{2,4}}?)(?:{TERM}?人大|人民代表大会|人民政府|政府)")
_PAREN_PROVINCE = re.compile(rf"[（(]([{HAN_CHARS}]{{2,8}}(?:省|自治区|市))[）)]")


def _most_specific(text: str, context: str = "") -> tuple[Area | None, bool]:
    """The most specific area named in ``text``, preferring one consistent with the other names of
    ``text`` and ``context``, and whether it is decided: a repeated name (鼓楼区: in 南京, 徐州, 福州,
    开封) that no other name supports over its namesakes is not, and no namesake's place is taken."""
    found = [areas.gazetteer()[name] for _, _, name in _named_areas(text)]
    if not found:
        return None, True
    codes = [a.code for candidates in found for a in candidates]
    codes += [a.code for _, _, name in _named_areas(context) for a in areas.gazetteer()[name]]

    def rank(area: Area) -> tuple[int, int, int]:  # level, then names in its city, then in its province
        return (LEVELS.index(area.level), sum(c[:4] == area.code[:4] for c in codes),
                sum(c[:2] == area.code[:2] for c in codes))

    options = [a for candidates in found for a in candidates]
    best = max(options, key=rank)
    return best, not any(a.name == best.name and a.code != best.code and rank(a) == rank(best) for a in options)


# An organ's name right after an area's (城区人大常委会, 郊区人民政府, 矿区党委): the area is named as that organ's place.
_ORGAN_AFTER = re.compile(r"人大|人民代表大会|人民政府|政府|党委|区委|人民法院|人民检察院")


def _named_areas(text: str) -> list[tuple[int, int, str]]:
    """:func:`areas.names_in` without the common nouns of a city's parts (:data:`areas.CITY_PARTS`: 主城区, 从城区到…)
    that the words around them do not make a district's name: right after the name of an area that holds such a
    district (阳泉市城区, 长治市郊区) or right before an organ's (城区人大常委会), it is one.

    >>> [name for _, _, name in _named_areas("执法检查组考察了从主城区到崇礼区的国道")]
    ['崇礼区']
    >>> [name for _, _, name in _named_areas("阳泉市城区、郊区人大常委会")]
    ['阳泉市', '城区', '郊区']
    """
    found = areas.names_in(text)
    kept = []
    for index, (start, end, name) in enumerate(found):
        if name in areas.CITY_PARTS and not _ORGAN_AFTER.match(text, end):
            before = found[index - 1] if index else None
            holders = areas.gazetteer()[before[2]] if before and before[1] == start else []
            if not any(areas.contains(holder, area) for holder in holders for area in areas.gazetteer()[name]):
                continue
        kept.append((start, end, name))
    return kept


#: How much of a text's start its place is read from when its header names no organ, in characters.
_OPENING = 400


def jurisdiction(organ: str, level: str | None, text: str) -> Jurisdiction:
    """The jurisdiction of the reporting ``organ`` (simplified); without one, of ``text``'s first lines.

    ``level`` is the report's ``level`` metadata when known (national reports need no gazetteer).
    When no area is named, the level is that metadata or the organ's own level word
    (区人大常委会 → county) with every area name unknown, so the report's organs stay unresolved
    instead of becoming the national ones; only a report with neither is read as national.
    """
    if organ.startswith("全国") or level == "national":
        return Jurisdiction("national")
    opening = _LAW_TITLE.sub(lambda m: f"《{'　' * (len(m.group()) - 2)}》", text[:_OPENING])  # a law's place is not the report's
    source = organ or _partners_masked(opening)
    area, decided = _most_specific(source, opening if organ else "")  # the text may place the header's area
    if area is None:
        area = _short_named(source)
    chain = (areas.chain(area) if decided else {area.level: area.name}) if area else {}
    if not chain.get("provincial"):
        province = _province_in_brackets(source)
        if province:
            chain["provincial"] = province
    township = _TOWNSHIP.search(source)
    if township and not (area and township.group(1) in area.name):
        chain["township"] = _own_name(source, township, chain)
    if not organ and decided and chain:
        chain = _spoken_level(source, chain)  # 市人大常委会…赴仙居县开展执法检查: the city's report, not the county's
    word = None if chain else _own_word(organ) or _spoken_word(source)
    if word and not organ and LEVEL_OF_CHAR[word] != "township":
        chain = _above_towns(source, LEVEL_OF_CHAR[word])  # 县人大常委会…深入通羊镇、南林桥镇 → 通山县
        word = None if chain else word
    found = max(chain, key=LEVELS.index) if chain else level or (LEVEL_OF_CHAR[word] if word else "national")
    own_word = _own_word(organ) if chain else None
    if own_word and organ.startswith(("人大", "人民"), len(own_word)) and LEVELS.index(LEVEL_OF_CHAR[own_word]) > LEVELS.index(found):
        # a header naming its organ by a bare level word below the areas it gives (县人民代表大会常务委员会（德州市属县，
        # 县名未载）): the unnamed county of that city, not the city (round 29)
        found, word = LEVEL_OF_CHAR[own_word], own_word
    if found == "city" and chain.get("city") and chain["city"] == chain.get("provincial"):
        found = "provincial"  # a municipality (北京市) is its own city, and provincial-level
    code, candidates = locate(chain)
    decided = _decided_by_text(text, candidates) if candidates else None
    if decided:
        code, candidates = locate({**areas.chain(decided[0]), **{level: name for level, name in chain.items()
                                                                if LEVELS.index(level) > LEVELS.index(decided[0].level)}})
        # named as if the header gave the province (某镇人大主席团（河南省）): its organs keep the names the header gives
        chain = {**chain, "provincial": areas.chain(decided[0])["provincial"]} if not candidates else chain
    return Jurisdiction(found, chain.get("provincial"), chain.get("city"), chain.get("county"), chain.get("township"),
                        code, candidates, word if word and LEVEL_OF_CHAR[word] == found else None,
                        decided[1] if decided and not candidates else None)


def decided_warnings(jur: Jurisdiction, organ: str) -> list[str]:
    """A warning, one line, on a report whose area the header's ``organ`` left among namesakes and the text's words
    decided (:func:`_decided_by_text`): which area, and from which words, so the reader can check it; [] otherwise."""
    area = areas.by_code(jur.code) if jur.decided_by and jur.code else None
    if area is None:
        return []
    where = "".join(a.name for a in reversed(areas.ancestors(area))) + area.name
    return [f"organ: {organ!r}: its area's name is borne by several areas; placed in {where} ({area.code}), the one "
            f"lying in the place the text names ({jur.decided_by}); name the city or province in the organ: header "
            "if that is wrong"]


def _decided_by_text(text: str, candidates: tuple[str, ...]) -> tuple[Area, str] | None:
    """The area above exactly one of ``candidates`` (the codes of namesakes a header left undecided) that ``text`` names,
    anywhere and in a law's title too (《河南省选举实施细则》 for 崔家桥镇, one town in 河南省 and one in 湖南省), with the
    words naming it (the title, else the name); None where the text names an area above none of them or above several.
    A law's title names its maker's place, which a report cites as its own province's or city's; it says nothing where
    the header decides (:data:`_LAW_TITLE`), so it is read only among namesakes. The report is then placed (its division
    code) and named as one whose header adds the province (崔家桥镇人民代表大会主席团（河南省）): the area names below it stay
    the header's, as an unambiguous town's do, so its organs and its header's organ keep one form. Source: round 47,
    newuser33 A9 (a township report citing its province's 选举实施细则 was left in no area)."""
    named = _named_areas(text)
    supported = {}
    for code in candidates:
        area = areas.by_code(code)
        above = [a for a in (areas.ancestors(area) if area else []) if any(a.name == name for _, _, name in named)]
        if above:
            supported[code] = above[0]
    if len(supported) != 1:
        return None
    area = next(iter(supported.values()))
    start, end = next((s, e) for s, e, name in named if name == area.name)
    title = next((m.group() for m in _LAW_TITLE.finditer(text, max(0, start - 41), end + 41)
                  if m.start() <= start and end <= m.end()), None)
    return area, title or area.name


def _partners_masked(text: str) -> str:
    """``text`` with every area named right after a partner's or a helped body's word blanked (与崇阳县人大常委会联合…,
    配合咸宁市人大常委会…: :data:`partners.BEFORE_PARTNER`): another body's place, not the report's, in a text with no
    header (a fresh user, round 32, class 3: 通山县's news placed in 崇阳县 and its 县人大常委会 resolved to 崇阳's)."""
    for start, end, _ in areas.names_in(text):
        if partners.BEFORE_PARTNER.search(text, max(0, start - 4), start):
            text = text[:start] + "　" * (end - start) + text[end:]
    return text


def _short_named(source: str) -> Area | None:
    """The area whose short name opens the first organ ``source`` names by one (湖北 of 湖北人大常委会 → 湖北省, 武汉 of
    武汉人大 → 武汉市), when exactly one province, city or county is so named; None otherwise (朝阳: a district, a
    city and a county), so that a report naming its place by short name alone is not read as national (a header
    ``organ: 湖北人大常委会`` gave its 常委会 to the NPC's; round 22).

    >>> [a.name if (a := _short_named(s)) else None for s in ("湖北人大常委会", "7月，武汉人大常委会召开", "朝阳人大")]
    ['湖北省', '武汉市', None]
    """
    first = _SHORT_NAMED_ORGAN.search(source)
    if first is None:
        return None
    options = [a for a in areas.short_named(first.group(1)) if a.level != "township"]
    return options[0] if len(options) == 1 else None


def working_committee_township(organ: str) -> tuple[str, tuple[Area, ...]] | None:
    """The street or township whose working committee ``organ`` (simplified) is, with the gazetteer's areas of that
    name: ("璧城街道", (Area 500120001,)) for 区人民代表大会常务委员会璧城街道工作委员会; None for another organ. Such a
    report lies in its district (README: a street has no congress; its working committee is the district's), so a
    header naming the street but not the district places it nowhere, and the gazetteer can say where to look."""
    match = _WORKING_COMMITTEE.search(organ)
    return (match.group(1), tuple(areas.townships().get(match.group(1), ()))) if match else None


def _province_in_brackets(source: str) -> str | None:
    """A province a header adds in brackets (某县人大常委会（四川省）), when the gazetteer knows the
    bracketed name as a provincial-level area; an editor's remark (（文中未写明所属市）) is not one."""
    for paren in _PAREN_PROVINCE.finditer(source):
        if any(area.level == "provincial" for area in areas.gazetteer().get(paren.group(1), ())):
            return paren.group(1)
    return None


def _own_word(organ: str) -> str | None:
    """The level word an organ's name leads with (区 of 区人民代表大会常务委员会), if any."""
    lead = _LEVEL_WORD.match(organ)
    return lead.group() if lead else None


#: A township's or street's name as the gazetteer may hold it: up to six characters before its unit.
_TOWN_END = re.compile(r"镇|乡|街道")


def _above_towns(text: str, level: str) -> dict[str, str]:
    """The chain, down to ``level``, of the one area of that level holding every township ``text`` names (each known to
    the gazetteer in one place): a text with no header speaking of its 县人大常委会 at work in 通羊镇 and 南林桥镇 is
    通山县's (a fresh user, round 32, class 3); {} when it names none, or towns of several areas."""
    found: set[tuple[tuple[str, str], ...]] = set()
    towns = areas.townships()
    for end in (m.end() for m in _TOWN_END.finditer(text)):
        named = next((towns[text[start:end]] for start in range(max(0, end - 7), end - 1) if text[start:end] in towns), None)
        if named and len(named) == 1:
            chain = areas.chain(named[0])
            found.add(tuple((key, chain[key]) for key in LEVELS[: LEVELS.index(level) + 1] if key in chain))
    return dict(found.pop()) if len(found) == 1 and dict(next(iter(found))).get(level) else {}


#: A visitor coming to the place the text names (来我县, 来仙居检查, 莅临): the text is its host's, who speaks of the
#: visiting body by its level word (市人大常委会执法检查组来我县…).
_HOSTED = re.compile(r"(?<![以原本未年])来(?!自|源|说|看)|莅临|亲临")


def _spoken_level(text: str, chain: dict[str, str]) -> dict[str, str]:
    """``chain`` cut to the level of the organ ``text`` speaks from by a level word (:func:`_spoken_word`) when that is
    above the most specific area it names and the chain holds an area of that level: a headerless page of the city's
    standing committee about its work in one county (市人大常委会开展…执法检查; …赴仙居县开展…) is the city's report, its
    area the city holding the county, not the place its work was done (a first-time analyst, round 40, newuser24 §10:
    a city's inspection counted among county reports). A text telling a visitor come to it (:data:`_HOSTED`) is its
    host's: the chain stays."""
    word = _spoken_word(text)
    level = LEVEL_OF_CHAR.get(word or "")
    lowest = max(chain, key=LEVELS.index)
    if (level is None or LEVELS.index(level) >= LEVELS.index(lowest) or not chain.get(level)
            or _HOSTED.search(text)):
        return chain
    return {key: name for key, name in chain.items() if LEVELS.index(key) <= LEVELS.index(level)}


#: A congress or its standing committee named by a level word (市人大常委会, 县人民代表大会常务委员会, 区人大).
_SPOKEN_CONGRESS = re.compile(r"(?P<body>人民代表大会常务委员会|人大常委会|人大常务委员会|人民代表大会|人大)")


def spoken_congress(text: str, level: str) -> str | None:
    """The words after its level word naming the congress body ``text``'s opening speaks of first by one
    (:func:`_spoken_word`), when that is a congress or its standing committee and the word is of ``level`` (人大常委会
    of 市人大常委会 in a city's page): the organ of a headerless page whose area was read (:func:`_spoken_level`) is that
    area's body so named; None otherwise."""
    first = _FIRST_ORGAN.search(text[:_OPENING])
    if first is None or first.group("word") is None or LEVEL_OF_CHAR.get(first.group("word")) != level:
        return None
    body = _SPOKEN_CONGRESS.match(text, first.end("word"))
    return body.group() if body else None


def _spoken_word(text: str) -> str | None:
    """The level word of the first organ ``text`` names by one (县 of 县政府); None when that is a
    national body or when the text names none (the report is then read as national)."""
    first = _FIRST_ORGAN.search(text)
    return first.group("word") if first else None


def _own_name(source: str, township: re.Match[str], chain: dict[str, str]) -> str:
    """A township's own name: its words after the last name of an area above it that the match
    took in (三台县景福镇 → 景福镇, 怀柔区琉璃庙镇 → 琉璃庙镇, never 柔区琉璃庙镇), so that no
    area is named twice, or by half, in its organs' names."""
    start, end = township.span(1)
    for above in chain.values():
        at = source.rfind(above, 0, end)
        if at != -1 and start < at + len(above) <= end - 2:
            start = at + len(above)
    return source[start:end]


def locate(names: dict[str, str]) -> tuple[str | None, tuple[str, ...]]:
    """The division code of the most specific area ``names`` (level → name, as :func:`areas.chain`
    gives them) resolve to, and the codes a repeated name left undecided below it.

    >>> locate({"provincial": "河南省", "township": "崔家桥镇"})
    ('410522111', ())
    >>> locate({"township": "崔家桥镇"})
    (None, ('410522111', '430722111'))
    """
    found: Area | None = None
    for level in areas.AREA_LEVELS:
        name = names.get(level)
        if not name or (found and found.name == name):
            continue
        options = [a for a in areas.gazetteer().get(name, []) + areas.townships().get(name, [])
                   if found is None or areas.contains(found, a)]
        if len(options) > 1:
            return (found.code if found else None), tuple(sorted(a.code for a in options))
        if options:
            found = options[0]
    return (found.code if found else None), ()


#: How an organ's name ends (data/organ-suffixes.csv: 人大常委会, 人民政府, 委 …), longest first: the place it names
#: comes before.
_ORGAN_ENDING = re.compile("|".join(sorted((re.escape(row["suffix"]) for row in rows("organ-suffixes")), key=len, reverse=True)))
_BEFORE_PLACE = re.compile("^(?:中国共产党|中共)")
#: An area's name as a header writes one: two characters or more before a unit no township has (铜城市, 桐城县; a
#: level word alone, 本市, 我县 have one or none); a zone's 区 (开发区, 新区: no division) is none.
_AREA_WRITTEN = re.compile(rf"[{HAN_CHARS}]{{2,}}(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县|旗)")
_ZONE = re.compile(r"(?:[发税范验贸业园]|经开|新)区$")
#: A placeholder standing for a place's name (某市, 某某县, ××区, ○○市): a page or an editor leaving the place unnamed.
PLACEHOLDER_WORDS = r"(?:某{1,2}|[×✕＊*○〇]{1,3})"
_PLACEHOLDER = re.compile(PLACEHOLDER_WORDS + r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县|旗)")


def unknown_area(organ: str) -> str | None:
    """The name of a province, city or county the header's ``organ`` (simplified) writes before its ending that the
    gazetteer does not hold (铜城市 of 铜城市人大常委会, 桐城县 of 安徽省桐城县人大常委会: the names before it resolved),
    or a short name (武汉 of 武汉人大常委会; :func:`jurisdiction` reads one that names a single area, so the
    warning is left for one several share, 朝阳); None for an organ whose
    names all resolve, one naming its level alone (市人大常委会, 本县人大常委会, 全国人大常委会), a township (its own warning), a
    zone (两江新区) or several organs (遂溪县洋青镇、北坡镇人民代表大会).

    >>> unknown_area("铜城市人民代表大会常务委员会"), unknown_area("安徽省桐城县人大常委会"), unknown_area("武汉人大常委会")
    ('铜城市', '桐城县', '武汉')
    >>> [unknown_area(o) for o in ("桐城市人大常委会", "自治县人大常委会", "中共桐城市委", "桐城市孔城镇人民代表大会")]
    [None, None, None, None]
    """
    rest = _place_written(organ)
    if rest is None or rest == "全国" or _PLACEHOLDER.fullmatch(rest):
        return None  # the nation's, named by its level; a placeholder has its own warning (placeholder_area)
    if _AREA_WRITTEN.fullmatch(rest) and not _ZONE.search(rest) and not re.fullmatch(AREA_UNIT, rest):
        return rest
    return rest if 2 <= len(rest) <= 4 and areas.short_named(rest) else None


def placeholder_area(organ: str) -> str | None:
    """The placeholder the header's ``organ`` (simplified) writes for its place (某市 of 某市人民政府, 某区 of
    重庆市某区人民代表大会常务委员会: the names before it resolved), which names no area; None for any other name.

    >>> [placeholder_area(o) for o in ("某市人民政府", "重庆市某区人民代表大会常务委员会", "××县人大常委会", "桐城市人大常委会")]
    ['某市', '某区', '××县', None]
    """
    rest = _place_written(organ)
    return rest if rest is not None and _PLACEHOLDER.fullmatch(rest) else None


def _place_written(organ: str) -> str | None:
    """What an organ's name writes for its place after the names that resolve (铜城市 of 安徽省铜城市人大常委会), None
    when it has no organ's ending."""
    name = _BEFORE_PLACE.sub("", organ_names.split(organ).name)
    ending = _ORGAN_ENDING.search(name, 1)
    if ending is None:
        return None
    place = name[: ending.start()]
    return place if place == "全国" else place[areas.leading_chain(place)[1]:]
