"""Administrative areas and the report's own jurisdiction.

The gazetteer is the national division codes that the ``cpca`` package ships
(province ⊃ city ⊃ county by code prefix). A report's jurisdiction comes from
its ``organ`` header, else from the first area its text names; relative words
(省, 市, 区, 我省 …) are resolved against it by :mod:`loaders.extract.organs` and
:mod:`loaders.extract.laws`.
"""
from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick

from loaders.document import Document
from loaders.extract.spans import simplify

LEVELS = ("national", "province", "city", "county", "township")
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
_TOWNSHIP = re.compile(r"([\u4e00-\u9fff]{2,5}?(?:镇|乡|街道))(?:人民代表大会|人大|党委|人民政府)")
_PAREN_PROVINCE = re.compile(r"[（(]([\u4e00-\u9fff]{2,8}(?:省|自治区|市))[）)]")


@dataclass(frozen=True)
class Area:
    code: str
    name: str

    @property
    def level(self) -> str:
        if self.code[2:] == "0" * 10:
            return "province"
        return "city" if self.code[4:] == "0" * 8 else "county"


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Area]]:
    """Area name → areas with that name (a few names, such as 朝阳区, repeat)."""
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the cpca package (division codes) is not installed")
    path = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
    names: dict[str, list[Area]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["name"] not in _PLACEHOLDERS:
                names.setdefault(row["name"], []).append(Area(row["adcode"], row["name"]))
    return names


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """Aho–Corasick automaton over every area name."""
    auto = ahocorasick.Automaton()
    for name in gazetteer():
        auto.add_word(name, name)
    auto.make_automaton()
    return auto


def by_code(code: str) -> Area | None:
    """The area with this code, if the gazetteer has one."""
    return _codes().get(code)


@lru_cache(maxsize=1)
def _codes() -> dict[str, Area]:
    return {a.code: a for areas in gazetteer().values() for a in areas}


@dataclass(frozen=True)
class Jurisdiction:
    """Where a report's organ sits; ``None`` for the levels not known."""

    level: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None

    def name(self, level: str) -> str | None:
        """The full name used in canonical organ names at ``level``."""
        if level == "province":
            return self.province
        if level == "city":
            return self.city
        if level == "county" and self.county:
            if self.county.endswith("区") and self.city and self.city != self.county:
                return self.city + self.county
            return self.county
        if level == "township" and self.township:
            return (self.name("county") or "") + self.township
        return None


def _chain(area: Area) -> dict[str, str]:
    """Province, city and county names of an area, from its code."""
    chain = {area.level: area.name}
    province = by_code(area.code[:2] + "0" * 10)
    if province:
        chain["province"] = province.name
    if area.level == "county":
        city = by_code(area.code[:4] + "0" * 8)
        chain["city"] = city.name if city else province.name if province and province.name.endswith("市") else None
    if area.level == "city" and province is None:
        chain["province"] = None
    if "city" not in chain and province and province.name.endswith("市"):
        chain["city"] = province.name  # 北京市, 上海市 … are province and city at once
    return {k: v for k, v in chain.items() if v}


def _most_specific(text: str) -> Area | None:
    """The most specific area named in ``text``, preferring one consistent with the others."""
    found = [gazetteer()[name] for _, name in automaton().iter_long(text)]
    if not found:
        return None
    codes = [a.code for areas in found for a in areas]

    def rank(area: Area) -> tuple[int, int]:
        support = sum(c[:4] == area.code[:4] or c[:2] == area.code[:2] for c in codes)
        return LEVELS.index(area.level), support

    return max((a for areas in found for a in areas), key=rank)


def jurisdiction(doc: Document, text: str | None = None) -> Jurisdiction:
    """The report's jurisdiction: from the ``organ`` header, else the text's first lines."""
    organ = simplify(doc.metadata.get("organ", ""))
    if organ.startswith("全国") or doc.metadata.get("level") == "national":
        return Jurisdiction("national")
    source = organ or (text if text is not None else simplify(doc.text))[:400]
    area = _most_specific(source)
    chain = _chain(area) if area else {}
    if not chain.get("province"):
        paren = _PAREN_PROVINCE.search(source)
        if paren:
            chain["province"] = paren.group(1)
    township = _TOWNSHIP.search(source)
    if township and not (area and township.group(1) in area.name):
        chain["township"] = township.group(1)
    level = max(chain, key=LEVELS.index) if chain else "national"
    return Jurisdiction(level, chain.get("province"), chain.get("city"), chain.get("county"), chain.get("township"))


def of_area(name: str, near: Jurisdiction) -> Jurisdiction | None:
    """The jurisdiction of a named area; a repeated name goes to the one in ``near``'s province."""
    candidates = gazetteer().get(name, [])
    if not candidates:
        return None
    province = near.province or ""
    area = next((a for a in candidates if (by_code(a.code[:2] + "0" * 10) or a).name == province), candidates[0])
    chain = _chain(area)
    return Jurisdiction(area.level, chain.get("province"), chain.get("city"), chain.get("county"))


def short_names(jur: Jurisdiction) -> dict[str, str]:
    """Short forms of the report's own areas (新洲 for 新洲区) → their level."""
    names = {}
    for level in ("province", "city", "county", "township"):
        full = getattr(jur, level)
        if full and len(full) >= 3 and full[-1] in "省市区县镇乡":
            names[full[:-1]] = level
    return names
