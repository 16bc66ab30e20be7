"""Organs below a county: township congresses and governments named by a town's name (彭浦镇人大, a list of towns before
one ending), the township congresses and street committees as sets (各乡镇人大, 人大街道工委), a street's office, party
committee and the county congress's committee in it (…区人民政府联盟街道办事处, 梧桐街道人大工委), and the town a
sentence names before a township organ written by its level word alone. The county's townships come from
``lexicon/data/townships.csv`` (the gazetteer holds no townships among its areas); names are made by :mod:`organ_naming`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from loaders.extract.departments import Add
from loaders.extract.organ_naming import NOT_ORGAN_AFTER, SUFFIX_RE, OrganHit, extend, kind_of_suffix, organ_name, reporting_body
from loaders.lexicon import areas
from loaders.lexicon.areas import Jurisdiction
from loaders.lexicon.first_chars import finditer, quick
from loaders.lexicon.organ_names import UNNAMED
from loaders.lexicon.patterns import HAN_CHARS

if TYPE_CHECKING:
    from loaders.extract.context import Context

# 县乡人大 (a county's report): its own congress and the township congresses below it
# the township congresses as a set, named by their kinds (乡镇人大, 各镇区人大, 镇(街道)人大, 乡镇街道人大,
# 各乡镇人代会) or with 各 (各镇人大), and their presidiums (各乡镇人大主席团); 乡镇人大代表 are deputies; the streets'
# working committees named with their word (各街道人大工作委员会, 街道人大工委: the district's, :func:`streets_and_towns`)
_STREET_TOWN = re.compile(r"(?:各?(?:街镇|乡镇街道|乡镇|县乡|镇区|[镇乡][(（]街道?[)）]|街道)|各[镇乡])(?:人大|人代会)(?!代表|工作室)"
                          r"(?:(?P<presidium>主席团)|(?<=街道人大)(?:工作委员会|工委))?")
# The township governments as a set (乡镇政府, 各乡镇人民政府: 乡镇人大分别听取和审议了乡镇政府工作, 督促乡镇政府…办理), as their
# congresses are (round 47: readable golds af41, aq47, g27); not their staff or offices (乡镇政府工作人员, 乡镇政府办).
_TOWN_GOVERNMENTS = re.compile(r"各?乡镇(?:人民)?政府(?!工作人员|办|机关|干部|领导|债务)")
# A street working committee: the body a district's (county's) standing committee keeps in a street
# (…人民代表大会常务委员会梧桐街道工作委员会), with no congress of its own.
_STREET_COMMITTEE = re.compile(rf"(?P<standing>.+常务委员会)(?P<street>[{HAN_CHARS}]{{1,8}}?)(?P<kind>街道|街)?工作委员会")


@lru_cache(maxsize=64)
def _street_words(street: str) -> re.Pattern[str]:
    """How a street committee's report names itself: 梧桐街道人大工委, 人大梧桐街道工委, 街道人大工委,
    人大街工委, 街人大工委, 人大工委, 街道人大 (its street's name, whole or cut, or none)."""
    name = rf"(?:{re.escape(street)}(?:街道|街)?|街道|街)"
    return re.compile(rf"{name}?人大{name}?(?:工委|工作委员会)|街道人大(?!代表|常委会|工委|工作室)")


def street_committee(ctx: Context) -> str | None:
    """The canonical name of the street working committee whose report this is (led by UNNAMED when
    its district is unnamed), if it is one."""
    own = _STREET_COMMITTEE.fullmatch(ctx.metadata.get("organ") or "")
    if own is None:
        return None
    return own.group() if ctx.jurisdiction.name("county") else UNNAMED + own.group()


# A street committee as people write it (安吉县递铺街道人大工作委员会, 递铺街道人大工委, and in full, 湖熟街道人民代表大会工作委员会:
# a first-time analyst's header, round 27, made a street congress of it): its street, after the areas above it.
_STREET_AS_WRITTEN = re.compile(rf"(?P<street>[{HAN_CHARS}]{{1,8}}?)(?:街道|街)(?:人大|人民代表大会)(?:工委|工作委员会)$")


def street_as_written(name: str, jur: Jurisdiction) -> str | None:
    """The canonical name of the street working committee ``name`` writes as people do, when its district
    (county) is known: the committee belongs to that district's standing committee
    (安吉县人民代表大会常务委员会递铺街道工作委员会); a street has no congress of its own."""
    written = _STREET_AS_WRITTEN.search(name)
    standing = organ_name("congress", "county", jur) if written else None
    if not standing or standing.startswith(UNNAMED):
        return None
    street = (jur.township or "").removesuffix("街道") or written.group("street")
    return f"{standing}{street}街道工作委员会"


def own_street_committee(ctx: Context, street: str | None) -> list[OrganHit]:
    """In a street working committee's own report (``street``, its canonical name), the words that name
    it (:func:`_street_words`): that committee, never a township congress or the district's working committees."""
    own = _STREET_COMMITTEE.fullmatch(street.removeprefix(UNNAMED)) if street else None
    if own is None:
        return []
    return [OrganHit(m.start(), m.end(), street or "", "congress") for m in _street_words(own.group("street")).finditer(ctx.text)]


def streets_and_towns(text: str, jur: Jurisdiction, add: Add) -> None:
    """街镇人大, 各乡镇人大: the township congresses (named by the kinds the text names: 各镇, 各乡镇,
    各镇区), their governments (乡镇政府) and the street committees below the body; the bare names when the report's area is
    unnamed."""
    if jur.level not in ("county", "city"):
        return
    area = jur.name(jur.level) or UNNAMED
    standing = reporting_body(jur)
    for m in _STREET_TOWN.finditer(text):
        word = m.group()
        if "镇" in word or "乡" in word:
            towns = "乡镇" if "乡" in word else "镇区" if "镇区" in word else "镇"
            add(m.start(), m.end(), f"{area}各{towns}人民代表大会{m.group('presidium') or ''}", "congress")
        if word.startswith("县") and jur.level == "county":
            add(m.start(), m.end(), organ_name("assembly", "county", jur), "assembly")
        if "街" in word and not re.search(r"[镇乡][(（]街", word) and standing and UNNAMED not in area:
            add(m.start(), m.end(), f"{standing}各街道工作委员会", "congress")
    for m in _TOWN_GOVERNMENTS.finditer(text):
        add(m.start(), m.end(), f"{area}各乡镇人民政府", "government")


def townships_of(county_code: str) -> dict[str, str]:
    """The townships and streets of the county with this code (6 digits), by name (彭浦镇, 递铺街道) → 镇,
    乡 or 街道 (from data/townships.csv)."""
    return _townships_by_county().get(county_code, {})


@lru_cache(maxsize=1)
def _townships_by_county() -> dict[str, dict[str, str]]:
    by_county: dict[str, dict[str, str]] = {}
    for found in areas.townships().values():
        for a in found:
            if a.name.endswith(("镇", "乡", "街道")):
                by_county.setdefault(a.code[:6], {})[a.name] = "街道" if a.name.endswith("街道") else a.name[-1]
    return by_county


# A township or town named with an organ's ending (彭浦镇人大, 兴东镇政府): the words before the ending, whose
# tail :func:`county_townships` looks up among the county's townships.
# (a list of towns before their congresses' chairpersons joined by 的, 堰口镇、保义镇、张李乡的人大主席: each town's congress, the
# title writing its name; round 41's ruling 7)
_TOWNSHIP_ORGAN = quick(rf"(?P<words>[{HAN_CHARS}]{{1,7}}?[镇乡])(?:的(?=人大主席(?!团)))?(?P<suffix>{SUFFIX_RE})")


def county_townships(text: str, jur: Jurisdiction, add: Add, county_below: Jurisdiction | None = None) -> None:
    """The organs of the report's county's townships named in full (彭浦镇人大 in a district's report,
    a sibling town's in a township's), and of each town listed before one ending (古城镇、元疃镇、石塘镇人大):
    the gazetteer does not hold townships among its areas. A county's report that leaves its county
    unnamed looks a town up among every township's name and gives it its bare name (古城镇人民代表大会); a
    city's report looks among the towns of the one county it names, if it names one.
    A township's report whose county is unnamed looks up no other town: its own may be written short
    (新发乡 for 新发朝鲜族乡), and another place's namesake would be taken for it."""
    if jur.level == "city" and county_below and county_below.code:
        jur = county_below  # a city's report on the one county it names (来我市旬阳县考察…甘溪镇人大主席团)
    if jur.level not in ("county", "township"):
        return
    if jur.code and jur.county:
        county = townships_of(jur.code[:6])
        is_town: Callable[[str], bool] = lambda name: county.get(name, "街道") != "街道"
    elif jur.level == "county" and not jur.county:
        is_town = any_town
    else:
        return
    for m in finditer(_TOWNSHIP_ORGAN, text):
        words = m.group("words")
        name = next((words[-k:] for k in range(len(words), 1, -1) if is_town(words[-k:])), None)
        presidium = m.group("suffix") == "人大" and text.startswith("主席团", m.end())  # 甘溪镇人大主席团
        if name and (presidium or not NOT_ORGAN_AFTER.match(text, m.end())):
            kind = "congress" if presidium else kind_of_suffix(m.group("suffix"), "township", text, m.end())
            start, end = m.end("words") - len(name), m.end() + 3 * presidium
            while name:
                add(start, end, organ_name(kind, "township", replace(jur, level="township", township=name)), kind)
                # walk back along a list of towns (古城镇、元疃镇、石塘镇人大), one town (its name) at a time
                name = next((text[start - 1 - k : start - 1] for k in range(7, 1, -1)
                             if start - 1 - k >= 0 and text[start - 1] == "、" and is_town(text[start - 1 - k : start - 1])), None)
                end, start = start - 1, start - 1 - len(name or "")


_SENTENCE_START = re.compile(r"[。！？!?\n]")


def town_before(text: str, at: int, jur: Jurisdiction) -> Jurisdiction | None:
    """The town that the sentence holding ``at`` names last before it, as the place of a township organ
    named by its level word alone (到汉滨区瀛湖镇，…召集镇政府): in a county's report one of its towns (any
    town when the county is unnamed); in a city's report a town named after its county (汉滨区瀛湖镇)."""
    if jur.level not in ("city", "county"):
        return None
    own = townships_of(jur.code[:6]) if jur.level == "county" and jur.code and jur.county else None
    start = max((m.end() for m in _SENTENCE_START.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
    for end in range(at, start, -1):
        if text[end - 1] not in "镇乡":
            continue
        for k in range(7, 1, -1):
            name = text[end - k : end] if end - k >= start else ""
            if not name:
                continue
            if jur.level == "county":
                found = own.get(name, "街道") != "街道" if own is not None else not jur.county and any_town(name)
                place = jur
            else:  # the county named right before the town, within the report's city
                place = next((a for a in (areas.of_area(text[end - k - j : end - k], jur) for j in (4, 3, 2) if end - k - j >= 0)
                              if a and a.level == "county" and a.code and a.city == jur.city), None)
                found = place is not None and townships_of(place.code[:6]).get(name, "街道") != "街道"
            if found and place:
                return replace(place, level="township", township=name)
    return None


def any_town(name: str) -> bool:
    """Whether ``name`` is some county's township or town (not a street: 街道), and not read as the
    word 乡镇 (分乡镇 is a town, but 部分乡镇人大 means some townships' congresses)."""
    return name.endswith(("镇", "乡")) and not name.endswith("乡镇") and name in areas.townships()


# A street office (联盟街道办事处; bare in its street's report: 街道办事处, 办事处主任; after its street's name also short:
# 城关街道办, 代王街办, round 39: dev aa45, ao43, z41, aj51), the street's party (working) committee (街道党工委, 街道党委)
# and the county congress's street committees (人大街道工委, as a set; 人大递铺、昌硕街道工委, each) and workrooms.
_STREET_OFFICE = re.compile(r"街道办事处|(?<![\u4e00-\u9fff])办事处|(?P<short>街道办|街办)(?![理法好事成公案结])")
_STREET_PARTY = re.compile(r"(?<![各每])街道党(?P<work>工)?委(?!员)")
_STREET_COMMITTEES = re.compile(rf"人大(?P<names>(?:[{HAN_CHARS}]{{2,4}}、)*[{HAN_CHARS}]{{2,4}}?)?街道工委")
# One street's committee as its county's report names it (邾城街道人大工委, 邾城街道人大工作委员会).
_STREET_NAMED = re.compile(r"街道人大(?:工委|工作委员会)")
# The workrooms the county congress keeps in its streets (各街道人大工作室), as a set.
_STREET_WORKROOMS = re.compile(r"各街道人大工作室")


# What the street itself does, right after its name (汉兴街道将对…维护, 南湖街组织…, 红庙坡街道组织…视察, 下路街道召开…,
# 听取了丁家街道关于…的汇报): the street's office acting, as the golds of its own committee's reports give it (dev aj57, am49,
# ac53, ak49, u33, v37, al55); not the street as a place or a modifier (青龙街道民生实事, 工业路街道2023年度经济…).
_STREET_ACTS = r"(?=召开|组织|举行|开展|将|实现|高度重视|关于|积极|认真|多次|先后|及时|专门)"


@lru_cache(maxsize=64)
def _street_acting(street: str) -> re.Pattern[str]:
    """The street ``street`` named bare (whole or cut: 南湖街) before what it does (:data:`_STREET_ACTS`)."""
    return re.compile(rf"{re.escape(street)}(?:街道|街)(?!办|党|人大|工委){_STREET_ACTS}")


def _names_before(text: str, at: int) -> list[str]:
    """The words of a street's name that may end at ``at``: its 4, 3 and 2 characters before it, longest first."""
    return [text[at - k : at] for k in (4, 3, 2) if at >= k]


def _another_street(text: str, at: int, home: str | None) -> bool:
    """Whether the words before ``at`` (where 街道 starts) name a street other than ``home``: a township
    table's street (any county's) ending there."""
    return any(name != home and name + "街道" in areas.townships() for name in _names_before(text, at))


def _county_streets(jur: Jurisdiction) -> set[str]:
    """The names of the county's streets without their 街道 (青龙 of 青龙街道), from the township table."""
    return {name.removesuffix("街道") for name, unit in townships_of(jur.code[:6]).items() if unit == "街道"} if jur.code else set()


# A header naming a body of one street (…区人民政府代王街道办事处, 下路街道议事代表会议（…）): that street's report; not
# its street committee's (:func:`street_committee`).
_NOT_HEADER_STREET = re.compile("工作委员会|人大|人民代表大会")


def header_street(organ: str, jur: Jurisdiction) -> str | None:
    """The street (its name without 街道) whose body the header ``organ`` names, when it is one of the report's
    county's streets (:func:`_county_streets`); ``None`` otherwise (a street committee's own header is
    :func:`street_committee`'s)."""
    if jur.level != "county" or not jur.code:
        return None
    named = [name for name in _county_streets(jur) if (at := organ.find(name + "街道")) >= 0
             and not _NOT_HEADER_STREET.match(organ, at + len(name) + 2)]
    return max(named, key=len) if named else None


# A street's own office named by its short name after 街道 (街道物管办, 九里亭街道党政办, 街道公共管理办), and those listed
# after it (街道党政办、社区管理办、社区发展办): an entry as written under its county and street, as a township's offices are
# (round 44 ruling 3, short offices as written; readable golds ar49, m38, z59, at45). Its name is two to four
# characters opening with no other body's word (街道人大办, 街道党工委办) and ending with no verb of handling (街道督办); not
# every street's (各街道综治办).
_OFFICE = rf"(?:(?!人大|党工?委|事处|街道|社区)[{HAN_CHARS}]){{2,4}}?(?<![督承交主协举创开领代包帮转查催快合联侦筹兴试])办"
_WORD_GOES_ON = "(?![理法事公好结作在有以需谓属要得想致述着起稳工任案成实])"  # 办理, 办法, 办事: no office
_STREET_OFFICE_NAMED = re.compile(rf"(?<![各每全])街道(?P<office>{_OFFICE}){_WORD_GOES_ON}")
_LISTED_OFFICE = re.compile(rf"[、和及](?P<office>(?!街道)[{HAN_CHARS}]{{0,2}}{_OFFICE}){_WORD_GOES_ON}")
# The same offices named bare in the township's or street's own report, as a list's item, in quotes or charged (镇政府…责成
# 交通办、建设办…牵头, 分管领导和环境办负责同志, 下设的“河长办”, 副镇长和规建办负责同志): entries as written under the township or
# street (round 44 ruling 2: 河长办, 交通办, 食安办, 党政办; readable golds al53, ar49, j36, x57). Two or three characters
# naming no other body (县政府办, 党委办, 人大办) and no level (市委办), ending with no verb of handling (督办, 承办).
_BARE_OFFICE = re.compile(rf"(?:[、和及与“]|责成|要求|督促|由)(?P<office>(?![省市州区县旗])"
                          rf"(?:(?!人大|政府|党|人民|街道|社区|[镇乡各全])[{HAN_CHARS}]){{2,3}}?"
                          rf"(?<![督承交主协举创开领代包帮转查催快合联侦筹兴试])办){_WORD_GOES_ON}")


def bare_offices(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each office :data:`_BARE_OFFICE` finds in ``text``: a township's or street's own office named
    bare, for its own report only."""
    return [(m.start("office"), m.end(), m.group("office")) for m in _BARE_OFFICE.finditer(text)]


def _own_street(jur: Jurisdiction) -> str | None:
    """The street (its name without 街道) a township-level report's header names as its own (湖西街道人大工作办公室), if any."""
    return jur.township.removesuffix("街道") if jur.level == "township" and (jur.township or "").endswith("街道") else None


def _street_offices(text: str, county: str | None, street: str | None, add: Add) -> None:
    """In the report of a body of ``street`` (its name without 街道) of ``county``, the street's own offices named by their
    short names (:data:`_STREET_OFFICE_NAMED`), each of a list after the first too: ``county`` + the street + the office."""
    if not (street and county):
        return
    for m in _STREET_OFFICE_NAMED.finditer(text):
        if _another_street(text, m.start(), street):
            continue  # 青龙街道党政办 in another street's report
        end, office = m.end(), m.group("office")
        while office:
            add(m.start("office") if end == m.end() else end - len(office), end, f"{county}{street}街道{office}", "department")
            listed = _LISTED_OFFICE.match(text, end)
            office, end = (listed.group("office"), listed.end()) if listed else (None, end)
    for start, end, office in bare_offices(text):
        add(start, end, f"{county}{street}街道{office}", "department")


def streets(text: str, jur: Jurisdiction, street: str | None, add: Add, home: str | None = None) -> None:
    """Bodies of the county's streets (:data:`_STREET_OFFICE`): a street office is its county government's
    agency (…区人民政府联盟街道办事处); named bare only in the street committee's own report (``street``); a
    street's party (working) committee (街道党工委) bare in that report or in one of another body of the street
    (``home``: :func:`header_street`), after its street's name anywhere in the county's reports."""
    if jur.level not in ("county", "township"):
        return
    streets = _county_streets(jur)
    own = _STREET_COMMITTEE.fullmatch(street.removeprefix(UNNAMED)).group("street") if street else None
    government = organ_name("government", "county", jur)
    for m in _STREET_OFFICE.finditer(text):
        name = next((text[m.start() - k : m.start()] for k in (4, 3, 2) if text[m.start() - k : m.start()] in streets), None)
        if name and government:
            add(m.start() - len(name), m.end(), extend(government, after=f"{name}街道办事处"), "government")
        elif m.group("short"):
            continue  # a short name only after its street's (各街道办: every street's)
        elif own and government and not any(text[max(0, m.start() - k) : m.start()] + "街道" in areas.townships() for k in (4, 3, 2)):
            add(m.start(), m.end(), extend(government, after=f"{own}街道办事处"), "government")  # bare: its own
    for m in _street_acting(own).finditer(text) if own and government else ():
        add(m.start(), m.end(), extend(government, after=f"{own}街道办事处"), "government")  # the street acting: its office
    county = jur.name("county")
    home = own or home
    _street_offices(text, county, home or _own_street(jur), add)
    for m in _STREET_PARTY.finditer(text):
        # a party working committee is its district committee's body: 中共…区委X街道工作委员会 (round 34 ruling 6)
        body, owner = ("工作委员会", "委") if m.group("work") else ("委员会", "")
        named = next((name for name in _names_before(text, m.start()) if name in streets), None)
        if named is None and _another_street(text, m.start(), home):
            continue  # 青龙街道党工委 in another street's report, or a street the county's table lacks
        if street_name := named or home:
            add(m.start() - len(named or ""), m.end(),
                f"中共{county}{owner}{street_name}街道{body}" if county else f"{UNNAMED}中共{street_name}街道{body}", "party")
    standing = reporting_body(jur) if jur.level == "county" else None
    for m in _STREET_NAMED.finditer(text) if standing and not own else ():
        # 邾城街道人大工委 in its district's report: that street's committee
        if name := next((text[m.start() - k : m.start()] for k in (4, 3, 2) if text[m.start() - k : m.start()] in streets), None):
            add(m.start() - len(name), m.end(), f"{standing}{name}街道工作委员会", "congress")
    for m in _STREET_COMMITTEES.finditer(text) if standing and not own else ():
        names = m.group("names").split("、") if m.group("names") else []
        if names and all(n in streets for n in names):
            for n in names:
                add(m.start(), m.end(), f"{standing}{n}街道工作委员会", "congress")
        elif not names:
            add(m.start(), m.end(), f"{standing}各街道工作委员会", "congress")
    for m in _STREET_WORKROOMS.finditer(text) if standing else ():
        add(m.start(), m.end(), f"{standing}各街道人大工作室", "congress")
