"""The national law catalog: official titles, levels, and an automaton for bare titles.

National laws take their official 中华人民共和国… title, administrative
regulations their own; a few short names that the genre uses for laws whose
official titles are long (选举法, 地方组织法 …) are aliases of catalog rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from loaders.lexicon.tables import DATA, rows

CATALOG = DATA / "cn-law-catalog.csv"
PRC = "中华人民共和国"
# Customary short names and abbreviations of laws whose official short title is longer
# (选举法, 环保法): data/law-aliases.csv.
ALIASES = {row["alias"]: row["short_title"] for row in rows("law-aliases")}
# Bare titles this short are words of ordinary prose (宪法和法律赋予的职责).
MIN_BARE_LENGTH = 3


@dataclass(frozen=True)
class CatalogEntry:
    short_title: str
    level: str
    repealed: bool

    @property
    def canonical(self) -> str:
        """The official title: laws of the national legislature carry 中华人民共和国."""
        if self.level in ("法律", "宪法") and self.short_title.endswith("法") and not self.short_title.startswith(("中华人民共和国", "全国人民代表大会常务委员会")):
            return PRC + self.short_title
        return self.short_title


@lru_cache(maxsize=1)
def entries() -> dict[str, CatalogEntry]:
    """Short title → entry; a title in force wins over a repealed version."""
    table: dict[str, CatalogEntry] = {}
    for row in rows("cn-law-catalog"):
        entry = CatalogEntry(row["short_title"], row["level"], row["repealed"] == "1")
        if entry.short_title not in table or table[entry.short_title].repealed:
            table[entry.short_title] = entry
    return table


def lookup(title: str) -> CatalogEntry | None:
    """The catalog entry for a title as written (with or without 中华人民共和国, or an alias)."""
    title = title.removeprefix(PRC)
    title = ALIASES.get(title, title)
    return entries().get(title)


@lru_cache(maxsize=1)
def automaton() -> ahocorasick.Automaton:
    """Aho–Corasick automaton over catalog short titles and aliases, for bare titles."""
    auto = ahocorasick.Automaton()
    for title in list(entries()) + list(ALIASES):
        if len(title) >= MIN_BARE_LENGTH:
            auto.add_word(title, title)
    auto.make_automaton()
    return auto
