"""Reports whose texts are nearly one text: the same article read from another format (a fresh user's study 6, F3:
a report's ``.txt``, its web page saved as ``.html`` and printed to ``.pdf`` became three reports, and the one
inspection it states counted three times in ``/laws``, ``/coverage`` and ``/areas``).

Report identity (``docs/design.md``, report identity) is the text: one text is one report, however many files hold
it; different texts are different reports. A page's ``.html`` holds its title, breadcrumb and 【打印】【关闭】 beside the
article, so its text is not the ``.txt``'s and identity cannot join them without deciding which text's facts to keep,
which no rule of identity decides. So near copies stay reports of their own and :func:`near_copies` names them:
``okg ingest`` warns on each report it inserts whose text and another stored report's of the same publisher or area
(or either placed nowhere, as a browser's saved page without the header often is: newuser31 B2) are mostly one (:func:`shared`: w-shingling, the shorter text's runs of characters found in the other), naming that
report and its files, so the user keeps one.

Two kinds of pair are never near copies (a first-time analyst's round 35, finding 5a: next year's edition of a county's
formulaic 备案审查 report, 86–91 % one text, was warned with the advice to delete it, and in one batch each of the
two was told to delete itself): reports covering other years (:func:`_editions`: one organ's annual report of another
year is another report, however alike its formulas), and, of two reports inserted in one run, the first (the
second is warned, naming the first), so no pair's two files are both advised to go.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import NamedTuple

from graph import Store
from graph.tables import planned_inspection

#: What texts are compared without: white space (a PDF's layout sets spaces between characters and breaks lines
#: inside sentences) and punctuation (a copy's full-width or ASCII commas).
_NOISE = re.compile(r"[\s\W_]+")
#: The characters of one shingle (w-shingling, Broder 1997: a text as the set of its runs of this many characters).
WIDTH = 8
#: The share of the shorter text's shingles the other must hold, and how many shingles that must be at least (a
#: text of one short sentence says too little to be a copy of anything).
SHARE, MIN_SHINGLES = 0.8, 60
#: How many times the shorter text the longer may be: a page's title, breadcrumb and links add a little to an
#: article, where a work report quoting a short news item whole is another report.
LONGER = 2


def shingles(text: str) -> frozenset[str]:
    """The runs of :data:`WIDTH` characters of ``text`` as the rules read it (the lexicon's
    :func:`loaders.lexicon.normalise.normalise`: traditional characters simplified, full-width forms made ASCII, so a
    mirror of a report in the other script is its near copy: a new user's round 36, finding 8, a big5 page and its
    simplified original stored as two reports without a word), once white space and punctuation go, compatibility forms
    folded (NFKC).

    >>> sorted(shingles("检查组 实地察看，企业。")) == sorted(shingles("檢查組 實地察看，企業。"))
    True
    >>> sorted(shingles("检查组 实地察看，企业。"))
    ['查组实地察看企业', '检查组实地察看企']
    """
    plain = _plain(text)
    return frozenset(plain[i:i + WIDTH] for i in range(max(len(plain) - WIDTH + 1, 0)))


def shared(one: frozenset[str], other: frozenset[str]) -> float | None:
    """The share of the shorter text's shingles the other holds when that is most of them (:data:`SHARE`, of at
    least :data:`MIN_SHINGLES`, the other at most :data:`LONGER` times as many); None otherwise.

    >>> text = "，".join(f"{year}年听取和审议了{n}个专项工作报告" for year in range(2001, 2011) for n in (3, 5))
    >>> shared(shingles(text), shingles("首页 / 正文\\n" + text + "\\n【打印】【关闭】")), shared(shingles(text), shingles(text[:len(text) // 3]))
    (1.0, None)
    """
    fewer, more = sorted((len(one), len(other)))
    part = len(one & other) / fewer if MIN_SHINGLES <= fewer and more <= LONGER * fewer else 0.0
    return round(part, 2) if part >= SHARE else None


def near_copies(store: Store, reports: Iterable[str]) -> dict[str, list[tuple[str, float, list[str]]]]:
    """For each of ``reports`` (IRIs of stored reports), the other stored reports whose text is nearly its own but not
    the same text (a copy of the same text is identity's: one report, or one of each publisher): report IRI →
    ``[(other IRI, the share of the shorter text in the other, the other's sources)]``. Compared are the reports of its
    publisher or its area and every report placed nowhere (no publisher, no area: :func:`_kin`), and a report placed
    nowhere is compared with every report (newuser31 B2: a browser's saved page of a stored article, its ``<title>``,
    ``<h1>`` and the body without the ``.txt``'s header, resolved no organ or area and was compared with nothing, so
    its inspection counted twice without a word: a copy with no organ, no area, no year is still a copy). Texts whose
    lengths lie too far apart to be near copies (:func:`_lengths_allow`) are never shingled."""
    rows = {row["iri"]: row for row in store.reports()}
    wanted = [iri for iri in reports if iri in rows]
    if not wanted:
        return {}
    by_key: dict[str, set[str]] = defaultdict(set)
    unplaced: set[str] = set()
    for iri, row in rows.items():
        for key in _kin(row):
            by_key[key].add(iri)
        if not _kin(row):
            unplaced.add(iri)
    candidates = {iri: ({other for key in _kin(rows[iri]) for other in by_key[key]} | unplaced
                        if _kin(rows[iri]) else set(rows)) - {iri} for iri in wanted}
    described = store.describe(sorted({*wanted, *(o for found in candidates.values() for o in found)}),
                               keys=("fullText", "contentHash"), bulky=True)
    bodies = {iri: str(d.one("fullText") or "") for iri, d in described.items()}
    digests = {iri: d.one("contentHash") for iri, d in described.items()}
    texts: dict[str, frozenset[str]] = {}

    def shingled(iri: str) -> frozenset[str]:
        if iri not in texts:
            texts[iri] = shingles(bodies[iri])
        return texts[iri]

    found: dict[str, list[tuple[str, float, list[str]]]] = {}
    order = {iri: n for n, iri in enumerate(wanted)}
    for iri in wanted:
        for other in sorted(candidates[iri]):
            if order.get(other, -1) > order[iri] or _editions(rows[iri], rows[other]):
                continue  # the later of a pair inserted together is the one warned; another year's is no copy
            if other in bodies and iri in bodies and digests.get(other) != digests.get(iri) \
                    and _lengths_allow(bodies[iri], bodies[other]) \
                    and (part := shared(shingled(iri), shingled(other))) is not None:
                found.setdefault(iri, []).append((other, part, list(rows[other].get("sources") or [])))
    return found


def _lengths_allow(one: str, other: str) -> bool:
    """Whether two texts, as stored, are of lengths near copies can have: the longer at most :data:`LONGER` times the
    shorter once white space and punctuation go, which a stored text's length bounds from above (a PDF's spaced
    layout at most doubles it, hence the slack); a cheap test before :func:`shingles` reads every stored report.

    >>> _lengths_allow("检查组" * 100, "检查组" * 150), _lengths_allow("检查组" * 100, "检查组" * 1000)
    (True, False)
    """
    fewer, more = sorted((len(one), len(other)))
    return more <= 2 * LONGER * fewer


def _editions(one: dict, other: dict) -> bool:
    """Whether two report rows cover other years (``year_from``–``year_to``, the header's ``year:`` or the text's):
    two editions of an annual report, never one article in two formats.

    >>> _editions({"year_from": 2023, "year_to": 2023}, {"year_from": 2024, "year_to": 2024})
    True
    >>> _editions({"year_from": 2023, "year_to": 2023}, {"year_from": 2023, "year_to": 2023}), _editions({}, {"year_from": 2024})
    (False, False)
    """
    spans = [(row.get("year_from"), row.get("year_to")) for row in (one, other)]
    return None not in (*spans[0], *spans[1]) and spans[0] != spans[1]


def _kin(row: dict) -> list[str]:
    """What a report row shares with the reports its text is compared with: its publisher and its area code."""
    return [key for key in (row.get("publisher"), row.get("area_code")) if key]


class Repeated(NamedTuple):
    """What a near copy states that the report it nearly is states too, as the store counts it: its activities and its
    statistics read from the same words (:func:`_plain`) with the same kind or measure, and the inspections ``/laws``
    counts twice for it (its statement and the other's of one law in two inspections), and the planned inspections it
    counts twice (a plan stated in both: newuser31 B3, a plan and its mirror in the other script counted 2 in
    ``planned_inspections`` while the line said nothing was counted twice)."""

    activities: int
    statistics: int
    inspections: int
    planned: int = 0
    #: The laws both reports' activities concern: a copy read otherwise (a PDF's lines broken mid-sentence) may state
    #: none of its activities in the same words, yet names the same laws; a templated series names others.
    laws: int = 0


def repeated(store: Store, one: str, other: str) -> Repeated:
    """What report ``one`` (an IRI) states again of report ``other``'s: an activity or a statistic of ``one`` whose
    kind (or measure, value and unit) and evidence, as :func:`shingles` reads words, one of ``other``'s has, each of
    ``other``'s taken once; and of those, the statements of a law ``/laws`` holds in another inspection than the one
    ``other``'s statement of the same words is in (a statement naming no year or no conductor is an inspection of its
    own, README *What counts as one inspection*; the same organs' of one year are one inspection already); and the
    planned inspections of a law ``one`` states in words ``other`` states one of the law's in (each of ``other``'s taken
    once), which ``/laws``' ``planned_inspections`` counts per statement."""
    def tally(rows: list[dict], key: Callable[[dict], tuple]) -> int:
        theirs = Counter(key(row) for row in rows if row["report"] == other)
        ours = Counter(key(row) for row in rows if row["report"] == one)
        return sum((ours & theirs).values())

    rows = store.activities()
    activities = tally(rows, lambda row: (row["kind"], _plain(row["evidence"])))
    laws = [{law for row in rows if row["report"] == report for law in row.get("laws") or ()} for report in (one, other)]
    statistics = tally(store.statistics(), lambda row: (row["measure"], row["value"], row["unit"], _plain(row["evidence"])))
    inspections = planned = 0
    for law in store.laws():
        held = {_plain(row["text"]): row["inspection"] for row in law["evidence"] if row["report"] == other}
        inspections += len({row["inspection"] for row in law["evidence"] if row["report"] == one
                            and row["inspection"] is not None and not row["follow_up"]
                            and held.get(_plain(row["text"]), row["inspection"]) != row["inspection"]})
        plans = [m for m in law["mentions"] if planned_inspection(m)]
        planned += tally(plans, lambda m: (_plain(m["text"]),))
    return Repeated(activities, statistics, inspections, planned, len(laws[0] & laws[1]))


def _plain(text: str | None) -> str:
    """A statement's ``text`` as :func:`shingles` compares it: simplified, folded, without white space and punctuation,
    and without an item's number opening it (2.拟对…, 二、…, （三）…: :func:`loaders.extract.plans.after_number`), which
    numbers a list, no words of the statement (newuser31 B3: a plan's 2.拟对《水污染防治法》… and its mirror's
    unnumbered 擬對《水污染防治法》… were told no statement in the same words)."""
    from loaders.extract.plans import after_number  # loaders imported on first use
    from loaders.lexicon.normalise import normalise

    text = text or ""
    return _NOISE.sub("", unicodedata.normalize("NFKC", normalise(text[after_number(text):]).text))


def warning(source: str, other: str, part: float, sources: list[str], twice: Repeated | None = None) -> str:
    """The one line ``okg ingest`` gives a report ``source`` whose text is nearly that of ``other``; with ``twice``
    (:func:`repeated`), how much of what the store counts that is (round 41, newuser26 §4: an undated inspection the
    two copies of one article stated counted 2 in ``/laws``, and the line did not say so). When ``twice`` finds nothing
    stated again (no activity, statistic or inspection, and no law their work concerns in common: a templated series of
    reports, monthly or per township), the line says so and advises no deletion (round 50, newuser35 B3: 0 shared activities and still "keep one")."""
    files = ", ".join(sources[:3]) + (", …" if len(sources) > 3 else "")
    measured = (f"its text is nearly that of the stored report {other} ({files}): {part:.0%} of the shorter text is in "
                "the other, white space, punctuation and script (traditional or simplified) aside")
    if twice is not None and not any(twice):
        return (f"{measured}, but none of its activities or statistics is the stored report's in the same words, their "
                "work concerns no law in common and /laws counts no inspection twice: a report of a templated series (a "
                "monthly or a township's report written to one pattern) shares its wording, not its facts; both are "
                "kept, nothing to do")
    counted = ""
    if twice is not None:
        counted = (f" ({twice.activities} of its activities and {twice.statistics} of its statistics are the stored "
                   f"report's in the same words; /laws counts {twice.inspections} inspection(s) and {twice.planned} "
                   "planned inspection(s) twice"
                   + (", statements naming no year or no conductor being inspections of their own)" if twice.inspections
                      else ": the same organs' of one year are one inspection)"))
    return (f"{measured}, as when one article is read "
            "from another format (.txt, .html, .pdf) or a mirror in the other script; each is a report of its "
            f"own, so what both state is counted twice{counted}: keep one (okg delete {source})")
