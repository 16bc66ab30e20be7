"""Organs: state, party and congress bodies with canonical full names.

Names relative to the reporting body (区人大常委会, 区委, 省、市人大常委会, 公检法三机关,
常委会, 主任会议) resolve against the report's jurisdiction; explicit names
(武汉市人大常委会, 中共广安市委) against the gazetteer. A level the report does
not name stays explicit: 县人民代表大会常务委员会（崔家桥镇所属县）.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract import departments
from loaders.lexicon import areas
from loaders.lexicon.areas import Jurisdiction
from loaders.facts import OrganMention
from loaders.extract.spans import Span

LEVEL_OF = {"省": "province", "市": "city", "区": "county", "县": "county", "镇": "township", "乡": "township"}
_KIND_SUFFIX = (
    ("人民代表大会常务委员会", "congress"), ("人大常委会", "congress"), ("人民代表大会", "congress"),
    ("人大", "congress"), ("人民政府", "government"), ("政府", "government"), ("党委", "party"), ("委", "party"),
    ("高级人民法院", "court"), ("中级人民法院", "court"), ("人民法院", "court"), ("人民检察院", "procuratorate"),
    ("法院", "court"), ("检察院", "procuratorate"), ("公安局", "police"),
    ("监察委员会", "supervision"), ("监委", "supervision"),
)
_SUFFIX_RE = "|".join(s for s, _ in _KIND_SUFFIX)
_NOT_ORGAN_AFTER = re.compile(r"(?:主席团|代表|培训|机关|干部|制度|工作会议|书记处)")
_NATIONAL = [
    (r"全国人大常委会办公厅|全国人民代表大会常务委员会办公厅", "全国人民代表大会常务委员会办公厅", "congress"),
    (r"全国人大常委会|全国人民代表大会常务委员会", "全国人民代表大会常务委员会", "congress"),
    (r"国务院", "中华人民共和国国务院", "government"),
    (r"最高人民法院", "中华人民共和国最高人民法院", "court"),
    (r"最高人民检察院", "中华人民共和国最高人民检察院", "procuratorate"),
    (r"国家监察委员会", "中华人民共和国国家监察委员会", "supervision"),
    (r"中共中央政治局", "中共中央政治局", "party"),
    (r"党中央|中共中央(?!政治局)", "中共中央委员会", "party"),
    (r"省级人大常委会", "各省、自治区、直辖市人民代表大会常务委员会", "congress"),
    (r"环资委", "全国人民代表大会环境与资源保护委员会", "congress"),
]
_RELATIVE = re.compile(r"(?<![社园城片辖景小都超郊新老全本我各])(?P<levels>[省市区县镇乡](?:、[省市区县])?)(?P<suffix>人大常委会|人民政府|政府|人大|委(?!员)|党委|高级人民法院|中级人民法院|人民法院|法院|人民检察院|检察院|公安局|监察委员会|监委)")
_CONJUNCTIONS = set("和及与或并对在向")
_STREET_TOWN = re.compile(r"各?(?:街镇|街道|乡镇)人大")


@dataclass(frozen=True)
class OrganHit:
    start: int
    end: int
    canonical: str
    kind: str


def _name(kind: str, level: str, jur: Jurisdiction, char: str = "") -> str | None:
    """Canonical name of the organ of ``kind`` at ``level`` of ``jur``.

    A level the report does not name keeps the relative word and says whose it is:
    县人民代表大会常务委员会（崔家桥镇所属县）.
    """
    if jur.level == "national" and level == "national":
        return {"congress": "全国人民代表大会常务委员会", "government": "中华人民共和国国务院", "party": "中共中央委员会",
                "court": "中华人民共和国最高人民法院", "procuratorate": "中华人民共和国最高人民检察院"}.get(kind)
    area = jur.name(level)
    if area is None:
        known = jur.name(jur.level) or ""
        char = char or next(c for c, lv in LEVEL_OF.items() if lv == level)
        area, tail = char, f"（{known}所属{char}）"
    else:
        tail = ""
    township = level == "township"
    names = {
        "congress": f"{area}人民代表大会" + ("主席团" if township else "常务委员会"),
        "assembly": f"{area}人民代表大会",
        "government": f"{area}人民政府",
        "party": f"中共{area}委员会",
        "court": f"{area}{'高级' if level == 'province' else '中级' if level == 'city' else ''}人民法院",
        "procuratorate": f"{area}人民检察院",
        "supervision": f"{area}监察委员会",
        "police": (f"{jur.city}公安局{jur.county}分局" if level == "county" and jur.county and jur.county.endswith("区") and jur.city
                   else f"{area}公安{'厅' if level == 'province' else '局'}"),
    }
    name = names.get(kind)
    return name + tail if name else None


def _level(char: str, jur: Jurisdiction) -> str:
    """The level a relative word names; 市 in a county-level city's report is that city."""
    if char == "市" and jur.county and jur.county.endswith("市"):
        return "county"
    return LEVEL_OF[char]


def _body(jur: Jurisdiction) -> str:
    """The reporting congress body's canonical name."""
    return _name("congress", jur.level, jur) or ""


def find(text: str, jur: Jurisdiction, names: list[tuple[int, int]] = ()) -> list[OrganHit]:
    """Organ mentions in ``text`` (simplified); none inside ``names`` (law titles name organs)."""
    hits: list[OrganHit] = []
    blocked = list(names)

    def add(start: int, end: int, canonical: str | None, kind: str) -> None:
        if not canonical or any(s < end and start < e for s, e in blocked):
            return
        if not any(h.start < end and start < h.end and (h.start, h.end) != (start, end) for h in hits):
            hits.append(OrganHit(start, end, canonical, kind))

    for pattern, canonical, kind in _NATIONAL:
        for m in re.finditer(pattern, text):
            add(m.start(), m.end(), canonical, kind)
    _explicit(text, jur, add)
    departments.find(text, jur, add)
    _streets_and_towns(text, jur, add)
    for m in _RELATIVE.finditer(text):
        if _NOT_ORGAN_AFTER.match(text, m.end()):
            continue
        kind = dict(_KIND_SUFFIX)[m.group("suffix")]
        if m.group("suffix") == "人大" and LEVEL_OF[m.group("levels")[-1]] == "township":
            kind = "assembly"  # a township has a congress but no standing committee
        for char in m.group("levels").split("、"):
            add(m.start(), m.end(), _name(kind, _level(char, jur), jur, char), kind)
    _reporting_body(text, jur, add)
    _collectives(text, jur, add)
    return sorted(hits, key=lambda h: h.start)


def _explicit(text: str, jur: Jurisdiction, add) -> None:
    """Area name (or the report's short area name) + organ: 武汉市人民代表大会常务委员会, 新洲人大."""
    starts = [(end - len(n) + 1, end + 1, n) for end, n in areas.automaton().iter_long(text)]
    shorts = areas.short_names(jur)
    if shorts:
        starts += [(m.start(), m.end(), m.group()) for m in re.finditer("|".join(shorts), text)]
    own = {jur.province, jur.city, jur.county}
    for start, end, name in starts:
        if len(name) == 2 and name[0] in _CONJUNCTIONS and name not in own:
            continue  # 和县人民检察院 after a title is “and the county procuratorate”, not 和县
        m = re.compile(rf"(?:第[一二三四五六七八九十]+届)?(?:{name[-1]}?)({_SUFFIX_RE})").match(text, end)
        if not m or _NOT_ORGAN_AFTER.match(text, m.end()):
            continue
        if name in shorts:
            area_jur = jur
            level = shorts[name]
        else:
            area_jur = areas.of_area(name, jur)
            level = area_jur.level if area_jur else None
        if area_jur is None or level is None:
            continue
        kind = dict(_KIND_SUFFIX)[m.group(1)]
        party_prefix = text[max(0, start - 2) : start] == "中共"
        add(start - 2 if party_prefix else start, m.end(), _name(kind, level, area_jur), kind)


def _reporting_body(text: str, jur: Jurisdiction, add) -> None:
    """常委会, 主任会议, 常委会党组, 执法检查组, 各专工委, 主席团: bodies of the reporting congress."""
    body = _body(jur)
    standing = body.removesuffix("主席团") + "常务委员会" if body.endswith("主席团") else body
    for pattern, canonical, kind in (
        (r"(?:人大)?常委会党组", f"中共{standing}党组", "party"),
        (r"主任会议", f"{standing}主任会议", "congress"),
        (r"(?:执法)?检查组", f"{standing}执法检查组", "congress"),
        (r"各?专工委|各?专门委员会", f"{standing}各专门（工作）委员会", "congress"),
        (r"(?<![全各省市区县镇乡])(?:人大)?常委会(?!组成|会议|委员|主任|副主任|秘书长|工作|党组|领导)", standing, "congress"),
        (r"(?:[镇乡]人大)?主席团", body, "congress"),
        (r"(?:乡镇|镇|乡)?选举委员会", f"{jur.name('township') or ''}选举委员会", "other"),
        (r"(?<![法治人民])政府(?!性|债务|工作报告)", _name("government", jur.level, jur), "government"),
    ):
        if not body or (jur.level != "township" and "主席团" in pattern) or (jur.level != "township" and "选举" in pattern):
            continue
        for m in re.finditer(pattern, text):
            add(m.start(), m.end(), canonical, kind)


def _streets_and_towns(text: str, jur: Jurisdiction, add) -> None:
    """街镇人大, 各乡镇人大: the township congresses and the street committees below the body."""
    if jur.level not in ("county", "city"):
        return
    area = jur.name(jur.level)
    standing = _body(jur)
    for m in _STREET_TOWN.finditer(text):
        word = m.group()
        if "镇" in word or "乡" in word:
            add(m.start(), m.end(), f"{area}各{'乡镇' if '乡' in word else '镇'}人民代表大会", "congress")
        if "街" in word:
            add(m.start(), m.end(), f"{standing}各街道工作委员会", "congress")


def _collectives(text: str, jur: Jurisdiction, add) -> None:
    """一府两院, 一府一委两院, 公检法三机关: one entry per organ."""
    groups = {
        r"一府一委两院": ("government", "supervision", "court", "procuratorate"),
        r"一府两院": ("government", "court", "procuratorate"),
        r"公检法(?:三机关)?": ("police", "procuratorate", "court"),
        # 两院 alone (法检两院, “两院”) is the court and the procuratorate; 两院院士 are academicians
        r"(?<![府委])(?:法检)?(?P<q>“)?两院(?(q)”)(?!院士)": ("court", "procuratorate"),
    }
    level = jur.level if jur.level != "township" else "county"
    for pattern, kinds in groups.items():
        for m in re.finditer(pattern, text):
            for kind in kinds:
                add(m.start(), m.end(), _name(kind, level, jur) if jur.level != "national" or kind != "supervision" else "中华人民共和国国家监察委员会", kind)


def to_mention(original: str, hit: OrganHit) -> OrganMention:
    return OrganMention(original[hit.start : hit.end], hit.canonical, hit.start, hit.end)


def roles(text: str, span: Span, hits: list[OrganHit]) -> tuple[list[str], list[str]]:
    """Organs an activity oversaw and organs it was conducted jointly with."""
    overseen: list[str] = []
    joint: list[str] = []
    for hit in hits:
        if not span.start <= hit.start < span.end:
            continue
        lead = text[max(span.start, hit.start - 4) : hit.start]
        if re.search(r"配合|联合|会同|协同|与|同", lead):
            joint.append(hit.canonical)
        elif hit.kind in ("government", "department", "court", "procuratorate", "police", "supervision"):
            overseen.append(hit.canonical)
    return list(dict.fromkeys(overseen)), list(dict.fromkeys(joint))
