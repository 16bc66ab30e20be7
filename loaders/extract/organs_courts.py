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
_SEAT = (4, 3, 2)  # the seat's name as written: 广州市, 广州, 成渝 (longest first)


def find(text: str, add: Add) -> None:
    """Each specialised court whose seat (an area's full or short name) is written right before its kind."""
    for m in _KIND.finditer(text):
        for size in _SEAT:
            seat = text[max(0, m.start() - size) : m.start()]
            found = areas.named(seat) if len(seat) == size else []
            if found:
                short = found[0].short or seat
                add(m.start() - size, m.end(), short + m.group(), "court")
                break
