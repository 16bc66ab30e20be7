"""The phrasings that state an oversight activity, by kind: ``data/activity-triggers.csv``.

Each row is one alternative (a regular expression) of its kind; the kinds keep
the order of their first row, which is the order the extractor tries them in.
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicon.tables import rows


@lru_cache(maxsize=1)
def triggers() -> dict[str, re.Pattern[str]]:
    """Activity kind → one compiled pattern: the alternatives of its rows, in file order.

    Raises ``re.error`` naming the pattern when a row is not a valid expression.
    """
    alternatives: dict[str, list[str]] = {}
    for row in rows("activity-triggers"):
        alternatives.setdefault(row["kind"], []).append(row["pattern"])
    return {kind: re.compile("|".join(patterns)) for kind, patterns in alternatives.items()}
