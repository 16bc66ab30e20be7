"""Administrative areas: the gazetteer of division codes and a report's jurisdiction type.

The gazetteer is ``data/areas.csv`` (national division codes, province ⊃ city ⊃
county by code prefix; see ``data/README.md`` for its source). Relative words
(省, 市, 区, 我省 …) are resolved against a :class:`Jurisdiction` by the finders
of :mod:`loaders.extract`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from loaders.lexicon.tables import rows

# Rows of the code table that stand for a grouping, not for a named area.
_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@dataclass(frozen=True)
class Area:
    code: str
    name: str

    @property
    def level(self) -> str:
        """provincial, city or county, from the zeros of the 12-digit code."""
        if self.code[2:] == "0" * 10:
            return "provincial"
        return "city" if self.code[4:] == "0" * 8 else "county"


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, list[Area]]:
    """Area name → areas with that name (a few names, such as 朝阳区, repeat)."""
    names: dict[str, list[Area]] = {}
    for row in rows("areas"):
        if row["name"] not in _PLACEHOLDERS:
            names.setdefault(row["name"], []).append(Area(row["code"], row["name"]))
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
    """Where a report's organ sits: its level and the area names above it (``None`` when not known)."""

    level: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    township: str | None = None

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
            return (self.name("county") or "") + self.township
        return None


def chain(area: Area) -> dict[str, str]:
    """Province, city and county names of an area, from its code (keys: provincial, city, county)."""
    found = {area.level: area.name}
    province = by_code(area.code[:2] + "0" * 10)
    if province:
        found["provincial"] = province.name
    if area.level == "county":
        city = by_code(area.code[:4] + "0" * 8)
        found["city"] = city.name if city else province.name if province and province.name.endswith("市") else None
    if area.level == "city" and province is None:
        found["provincial"] = None
    if "city" not in found and province and province.name.endswith("市"):
        found["city"] = province.name  # 北京市, 上海市 … are province and city at once
    return {k: v for k, v in found.items() if v}


def of_area(name: str, near: Jurisdiction) -> Jurisdiction | None:
    """The jurisdiction of a named area; a repeated name goes to the one in ``near``'s province."""
    candidates = gazetteer().get(name, [])
    if not candidates:
        return None
    province = near.province or ""
    area = next((a for a in candidates if (by_code(a.code[:2] + "0" * 10) or a).name == province), candidates[0])
    names = chain(area)
    return Jurisdiction(area.level, names.get("provincial"), names.get("city"), names.get("county"))


def short_names(jur: Jurisdiction) -> dict[str, str]:
    """Short forms of the report's own areas (新洲 for 新洲区) → their level."""
    names = {}
    for level, full in (("provincial", jur.province), ("city", jur.city), ("county", jur.county), ("township", jur.township)):
        if full and len(full) >= 3 and full[-1] in "省市区县镇乡":
            names[full[:-1]] = level
    return names
