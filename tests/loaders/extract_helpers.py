"""What extractor tests compare: the names and kinds a report's facts hold."""
from __future__ import annotations

from loaders.facts import Facts

NATIONAL = "全国人民代表大会常务委员会"


def law_titles(facts: Facts) -> set[str]:
    """The canonical title of each law the facts name."""
    return {law.canonical for law in facts.laws}


def organs(facts: Facts) -> set[tuple[str, str | None]]:
    """Each organ mention with the canonical name it resolved to (None: unresolved)."""
    return {(o.mention, o.canonical) for o in facts.organs}


def kinds_and_counts(facts: Facts) -> list[tuple[str, int | float | None]]:
    """Each activity's kind and stated count, in text order."""
    return [(a.type, a.count) for a in facts.activities]


def kinds(facts: Facts) -> list[str]:
    """Each activity's kind, in text order."""
    return [a.type for a in facts.activities]


def kinds_and_statuses(facts: Facts) -> list[tuple[str, str]]:
    """Each activity's kind and status (``reported``, ``planned``), in text order."""
    return [(a.type, a.status) for a in facts.activities]
