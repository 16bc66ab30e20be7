"""The national law catalog: official titles, levels, and an automaton for bare titles.

National laws take their official 中华人民共和国… title, administrative
regulations their own; a few short names that the genre uses for laws whose
official titles are long (选举法, 地方组织法 …) are aliases of catalog rows.
Every title is looked up by :func:`loaders.lexicon.normalise.title_key`, so
spaces, widths, bracket forms, radicals and the 中华人民共和国 prefix do not
matter. Rows that name no law (standards, plans, judicial interpretations,
normative documents: the rows of ``data/not-laws.csv`` marked ``catalog`` 1) are
not entries, whatever level the source gives them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from loaders.lexicon.normalise import PRC, title_form, title_key
from loaders.lexicon.tables import DATA, rows
from loaders.lexicon.word_automaton import Words

CATALOG = DATA / "cn-law-catalog.csv"
SOURCES = (CATALOG, DATA / "not-laws.csv", DATA / "law-aliases.csv")  # the files the entries and their names are read from
# The national legislature's short names (全国人大常委会, 全国人大), as reports write a catalog decision's maker:
# 全国人大常委会关于全面禁止非法野生动物交易…的决定 is the catalog's 全国人民代表大会常务委员会关于…的决定.
_SHORT_MAKERS = (("全国人民代表大会常务委员会关于", "全国人大常委会关于"), ("全国人民代表大会关于", "全国人大关于"))


def _short_maker_names() -> dict[str, str]:
    """Title key of a catalog decision written with its maker's short name → the decision's own title key."""
    names = {}
    for row in rows("cn-law-catalog"):
        key = title_key(row["short_title"])
        for full, short in _SHORT_MAKERS:
            if key.startswith(full):
                names[title_key(short + key[len(full):])] = key
    return names


# Customary short names and abbreviations of laws whose official short title is longer
# (选举法, 环保法): data/law-aliases.csv; and the catalog's decisions under their makers' short names.
ALIASES = {**_short_maker_names(), **{title_key(row["alias"]): title_key(row["short_title"]) for row in rows("law-aliases")}}
# Bare titles this short are words of ordinary prose (宪法和法律赋予的职责).
MIN_BARE_LENGTH = 3
#: The level of a decision of a people's congress or its standing committee (全国人民代表大会常务委员会关于…的决定,
#: 某省人民代表大会常务委员会关于…的决定), as ontology/shapes.ttl lists the levels; the graph types it
#: okg:LegalDecision. The catalog's source files these decisions among 法律; a decision is a law of its own kind.
LEGAL_DECISION = "决定"
_CONGRESS_DECISION = re.compile(r"人民代表大会(?:常务委员会)?关于.+决定$")


def level_of(title: str, level: str | None) -> str | None:
    """The level of a canonical title: :data:`LEGAL_DECISION` for a congress's or its standing committee's
    decision (…人民代表大会常务委员会关于…的决定, as :func:`loaders.extract.laws.canonical` writes it in full),
    else ``level`` (a government's decision, 国务院关于…的决定, keeps the level it has).

    >>> level_of("全国人民代表大会常务委员会关于加强经济工作监督的决定", "法律")
    '决定'
    >>> level_of("湖北省河道管理条例", "地方性法规")
    '地方性法规'
    """
    return LEGAL_DECISION if _CONGRESS_DECISION.search(title) else level


@dataclass(frozen=True)
class CatalogEntry:
    """One catalog row: ``short_title`` as normalised, ``level`` (法律, 行政法规 …, :data:`LEGAL_DECISION` for a
    decision: :func:`level_of`), ``category``
    (部门法 or issuing body), ``published`` and ``in_force_from`` as ISO dates or "", ``repealed``, and
    ``repealed_on``: the date it ceased to be in force (ISO) where a source states it, else "" (``data/README.md``)."""

    short_title: str
    level: str
    repealed: bool
    category: str = ""
    published: str = ""
    in_force_from: str = ""
    repealed_on: str = ""

    @property
    def canonical(self) -> str:
        """The official title: laws of the national legislature carry 中华人民共和国, whatever kind of act their short
        title names (:data:`_PRC_TITLED`: 民法典 is 中华人民共和国民法典, 学位条例 中华人民共和国学位条例, a book of the
        code 中华人民共和国民法典物权编); its standing committee's decisions and rules of procedure and the army's own
        regulations (中国人民解放军军官军衔条例) do not.

        >>> [lookup(t).canonical for t in ("民法典", "民法典 物权编", "湿地保护法", "刑法修正案（十一）", "中国人民解放军军官军衔条例")]
        ['中华人民共和国民法典', '中华人民共和国民法典物权编', '中华人民共和国湿地保护法', '中华人民共和国刑法修正案（十一）', '中国人民解放军军官军衔条例']
        """
        titled = whole_of(self) or self  # a book of a code is titled as its code
        if (self.level in ("法律", "宪法") and _PRC_TITLED.search(titled.short_title)
                and not self.short_title.startswith(("中华人民共和国", "全国人民代表大会常务委员会", "中国人民解放军"))):
            return PRC + self.short_title
        return self.short_title


#: How a national law's short title ends when its official title opens with 中华人民共和国 (a book of a code: its
#: code's, 民法典 物权编): a law (…法), a code (…法典, 民法典), regulations the congress enacted (…条例: 学位条例),
#: general principles (民法通则, 民法总则) and an amendment (刑法修正案（十一）). A 议事规则 or a decision has none.
_PRC_TITLED = re.compile(r"(?:法|典|条例|通则|总则|修正案)(?:[（(][^（）()]*[）)])?$")


@lru_cache(maxsize=2)
def not_law(catalog: bool = False) -> re.Pattern[str]:
    """Titles of things that are not laws (``data/not-laws.csv``, one alternative per row); with
    ``catalog``, only the rows that also overrule the catalog (a congress's 议事规则 stays a law
    where the catalog lists it)."""
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows("not-laws")
                               if row["catalog"] == "1" or not catalog))


@lru_cache(maxsize=1)
def entries() -> dict[str, CatalogEntry]:
    """Title key → entry; a version in force wins over a repealed one, a later one over an earlier."""
    table: dict[str, CatalogEntry] = {}
    for row in rows("cn-law-catalog"):
        short = title_form(row["short_title"])
        if not_law(catalog=True).search(short):
            continue
        entry = CatalogEntry(short, level_of(short, row["level"]) or row["level"], row["repealed"] == "1", row["category"] or row["level"],
                             row["published"], row["in_force_from"], row["repealed_on"])
        key = title_key(short)
        old = table.get(key)
        if old is None or (not entry.repealed, entry.published) > (not old.repealed, old.published):
            table[key] = entry
    return table


Shelf = dict[tuple[object, ...], list[tuple[str, CatalogEntry]]]


def _shelved(shape: Callable[[str], tuple[object, ...]]) -> Shelf:
    """The (key, entry) pairs of :func:`entries`, in its order, by the ``shape`` of their title key."""
    shelves: Shelf = {}
    for key, entry in entries().items():
        shelves.setdefault(shape(key), []).append((key, entry))
    return shelves


@lru_cache(maxsize=1)
def by_shape() -> Shelf:
    """(length, first character) of a title key → the catalog's (key, entry) pairs of that shape: the only titles a key
    can be one character off (:func:`loaders.extract.laws.misspelt`), looked up instead of comparing every title of the
    catalog with each title a report names (about 25 µs a title before; 1.5% of extracting the dev files)."""
    return _shelved(lambda key: (len(key), key[:1]))


@lru_cache(maxsize=1)
def by_ends() -> Shelf:
    """(first, last character) of a title key → the catalog's (key, entry) pairs with those ends: the only titles
    :func:`respelt` can read a title as."""
    return _shelved(lambda key: (key[:1], key[-1:]))


def whole_of(entry: CatalogEntry) -> CatalogEntry | None:
    """The catalog law ``entry`` is a part of, else None: a book of a code (民法典 物权编 → 民法典) or an amendment
    written into its law (宪法修正案（1988年） → 宪法, 刑法修正案（十一） → 刑法), i.e. a row filed under another row's
    short title as its category whose own title opens with it. A part is no law of its own for coverage: counting
    the Civil Code's eight books beside it made one code nine laws (a new user's finding, round 20).

    >>> whole_of(lookup("民法典 物权编")).short_title
    '民法典'
    >>> whole_of(lookup("宪法修正案（2018年）")).short_title
    '宪法'
    >>> whole_of(lookup("民法典")) is None
    True
    """
    whole = entries().get(title_key(entry.category))
    if whole is None or whole is entry or not entry.short_title.startswith(whole.short_title):
        return None
    return whole


def customary_names() -> dict[str, list[str]]:
    """Title key of an entry (as :func:`entries`) → the customary short names and abbreviations
    ``data/law-aliases.csv`` gives it (监督法, 环保法), as written, its own short title aside."""
    names: dict[str, list[str]] = {}
    for row in rows("law-aliases"):
        key = title_key(row["short_title"])
        if key in entries() and title_key(row["alias"]) != key:
            names.setdefault(key, []).append(row["alias"])
    return names


def lookup(title: str) -> CatalogEntry | None:
    """The catalog entry for a title as written (with or without 中华人民共和国, or an alias), a law it quotes with or
    without it too (国务院实施〈中华人民共和国民族区域自治法〉若干规定: the catalog's 国务院实施《民族区域自治法》若干规定,
    readable dev aa15, where an inspection's State Council regulation was read as a local one).

    >>> lookup("国务院实施〈中华人民共和国民族区域自治法〉若干规定").level
    '行政法规'
    """
    key = title_key(title)
    key = ALIASES.get(key, key)
    return entries().get(key) or (entries().get(key.replace("《" + PRC, "《")) if "《" + PRC in key else None)


# A misspelt national title leaves out one run of at most this many of the catalog title's characters
# (文物法 for 文物保护法), or adds one run of at most _EXTRA (未成年人权益保护法): a longer addition
# makes another law's name (能源安全保障法 is no misspelt 能源法).
_SLIP = 4
_EXTRA = 2


def respelt(title: str) -> CatalogEntry | None:
    """The catalog law a title written as a national law's but not in the catalog misspells or
    shortens: the one title that differs from it by a single run of characters left out (1 to 4) or
    added (1 or 2) inside it, first and last characters kept (中华人民共和国文物法 → 文物保护法; …全国人民代表大会和
    各级人民代表大会代表法 → …和地方各级…). Only the national legislature names its laws …法, so any
    such title is one; a local one (湖北省…条例) is not read. None when the catalog holds the title, or
    when no title or several are that close: a law newer than the catalog keeps its own words."""
    key = title_key(title)
    if len(key) < 3 or not key.endswith("法") or lookup(title):
        return None
    near = [entry for short, entry in by_ends().get((key[0], key[-1]), ())
            if _one_run_apart(key, short, _SLIP) or _one_run_apart(short, key, _EXTRA)]
    return near[0] if len(near) == 1 else None


def _one_run_apart(short: str, long: str, most: int) -> bool:
    """Whether ``long`` is ``short`` with one run of 1 to ``most`` characters inserted, not at either end."""
    gap = len(long) - len(short)
    if not 0 < gap <= most:
        return False
    head = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return 0 < head < len(short) and long[head + gap :] == short[head:] and long[:head] == short[:head]


@lru_cache(maxsize=1)
def bare_titles() -> Words:
    """Catalog short titles and aliases, for bare titles in a text (:meth:`Words.longest_in`)."""
    titles = [title for title in list(entries()) + list(ALIASES) if len(title) >= MIN_BARE_LENGTH]
    return Words(titles, common=titles)
