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

from loaders.lexicon import areas
from loaders.lexicon.areas import Jurisdiction

# Short stem as written → the stem of the full name (identity when already full).
_STEMS = {
    "人力资源和社会保障": "人力资源和社会保障", "人力资源社会保障": "人力资源和社会保障", "人社": "人力资源和社会保障",
    "住房和城乡建设": "住房和城乡建设", "住房城乡建设": "住房和城乡建设", "住建": "住房和城乡建设",
    "发展和改革": "发展和改革", "发展改革": "发展和改革", "发改": "发展和改革",
    "卫生健康": "卫生健康", "卫健": "卫生健康", "卫生和计划生育": "卫生和计划生育", "卫计": "卫生和计划生育",
    "经济和信息化": "经济和信息化", "经济信息化": "经济和信息化", "经信": "经济和信息化",
    "工业和信息化": "工业和信息化", "工信": "工业和信息化", "科学技术": "科学技术", "科技": "科学技术",
    "自然资源和规划": "自然资源和规划", "自然资源规划": "自然资源和规划", "规划和自然资源": "规划和自然资源",
    "规划资源": "规划和自然资源", "自然资源": "自然资源", "国土资源": "国土资源",
    "生态环境": "生态环境", "环境保护": "环境保护", "环保": "环境保护",
    "市场监督管理": "市场监督管理", "市场监管": "市场监督管理", "医疗保障": "医疗保障", "医保": "医疗保障",
    "应急管理": "应急管理", "应急": "应急管理", "退役军人事务": "退役军人事务",
    "文化和旅游": "文化和旅游", "文旅": "文化和旅游", "文化广电旅游": "文化广电旅游", "文广旅": "文化广电旅游",
    "文化广电和旅游": "文化广电和旅游", "教育和体育": "教育和体育", "教体": "教育和体育",
    "农业农村": "农业农村", "交通运输": "交通运输", "城市管理行政执法": "城市管理行政执法",
    "城管执法": "城市管理行政执法", "城市管理": "城市管理", "城管": "城市管理",
    "综合行政执法": "综合行政执法", "综合执法": "综合行政执法", "行政审批服务": "行政审批服务", "行政审批": "行政审批",
    "绿化和市容管理": "绿化和市容管理", "绿化市容": "绿化和市容管理", "房屋管理": "房屋管理", "房管": "房屋管理",
    "林业和草原": "林业和草原", "林草": "林业和草原", "民族宗教事务": "民族宗教事务", "民宗": "民族宗教事务",
    "国有资产监督管理": "国有资产监督管理", "国资": "国有资产监督管理", "乡村振兴": "乡村振兴",
    "教育": "教育", "民政": "民政", "司法": "司法", "财政": "财政", "审计": "审计", "统计": "统计",
    "商务": "商务", "水利": "水利", "水务": "水务", "林业": "林业", "农业": "农业", "交通": "交通",
    "体育": "体育", "信访": "信访", "气象": "气象", "税务": "税务", "粮食和物资储备": "粮食和物资储备",
}
_SUFFIXES = {"委员会": "委员会", "委": "委员会", "局": "局", "厅": "厅"}
# Stems whose department is a 委员会 (发改委, 卫健委); others with 委员会 are congress
# committees (监察和司法委员会), not departments.
_COMMITTEE_STEMS = {"发展和改革", "卫生健康", "卫生和计划生育", "国有资产监督管理", "教育", "科学技术",
                    "经济和信息化", "民族宗教事务", "住房和城乡建设", "交通", "城市管理"}
_PATTERN = re.compile(
    "(?P<stem>" + "|".join(sorted(map(re.escape, _STEMS), key=len, reverse=True)) + ")"
    r"(?P<suffix>委员会|委(?!员)|局|厅)(?![长党级])"
)
# Level words before a department name, and the characters that make them part of a longer word.
_LEVEL_CHARS = {"省": "province", "市": "city", "州": "city", "区": "county", "县": "county", "旗": "county"}
_NOT_LEVEL_BEFORE = set("城都超郊社园片辖景小全各新老")
# A bare department (no level word) must start a word: after punctuation or a particle/verb.
_BARE_LEFT = set("、，,。；;：:“（( 和及与对由向请促动并同把将让到为是")

Add = Callable[[int, int, str | None, str], None]


def _explicit_area(text: str, start: int) -> tuple[int, str] | None:
    """An area name that ends right where the department name starts (万年县|教育局)."""
    window_start = max(0, start - 12)
    best = None
    for end, name in areas.automaton().iter(text[window_start:start]):
        if window_start + end + 1 == start and (best is None or len(name) > len(best)):
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
    """The area a bare department belongs to: the report's own (a township's county)."""
    if jur.level == "national":
        return None
    return jur.name("county" if jur.level == "township" else jur.level)


def full_name(stem: str, suffix: str) -> str:
    """The department's full name: 住建 + 局 → 住房和城乡建设局, 卫健 + 委 → 卫生健康委员会."""
    return _STEMS[stem] + _SUFFIXES[suffix]


def find(text: str, jur: Jurisdiction, add: Add) -> None:
    """Department mentions in ``text`` (simplified), reported through ``add``."""
    for m in _PATTERN.finditer(text):
        if m.group("suffix").startswith("委") and _STEMS[m.group("stem")] not in _COMMITTEE_STEMS:
            continue
        start, name = m.start(), full_name(m.group("stem"), m.group("suffix"))
        explicit = _explicit_area(text, start)
        if explicit:
            area_start, area_name = explicit
            near = areas.of_area(area_name, jur)
            if near is not None:
                add(area_start, m.end(), (near.name(near.level) or area_name) + name, "department")
            continue
        before = text[start - 1] if start else ""
        if before in _LEVEL_CHARS and (start < 2 or text[start - 2] not in _NOT_LEVEL_BEFORE):
            area = jur.name(_level(before, jur)) if jur.level != "national" else None
            if area:
                add(start - 1, m.end(), area + name, "department")
            continue
        if (not before or before in _BARE_LEFT or not "\u4e00" <= before <= "\u9fff") and len(m.group("stem")) >= 2:
            area = _own_area(jur)
            if area:
                add(start, m.end(), area + name, "department")
