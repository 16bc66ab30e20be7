"""Specialised courts: 广州海事法院, 北京知识产权法院, 杭州互联网法院.

Their official name is their seat's short name and their kind (``lexicon/data/special-courts.csv``),
with no province before it, whatever the report's jurisdiction: 廣州市海事法院 → 广州海事法院.
"""
from __future__ import annotations

import re

from loaders.extract.departments import Add
from loaders.lexicon import areas
from loaders.lexicon.tables import rows

_KIND = re.compile("|".join(re.escape(row["kind"]) for row in rows("special-courts")))


def find(text: str, add: Add) -> None:
    """Each specialised court whose seat (an area's full or short name) is written right before its kind."""
    for m in _KIND.finditer(text):
        if seat := areas.seat_before(text, m.start()):
            start, area = seat
            add(start, m.end(), (area.short or text[start : m.start()]) + m.group(), "court")


def seat(name: str) -> areas.Area | None:
    """The area a specialised court's canonical name (广州海事法院, 北京知识产权法院) opens with, its seat; None for
    any other name. The court sits there, though its name carries no full area name for
    :func:`areas.leading` to read (a new user's report, round 18: 广州's three specialised courts had no area)."""
    kind = _KIND.search(name)
    found = areas.seat_before(name, kind.start()) if kind else None
    return found[1] if found and found[0] == 0 else None
