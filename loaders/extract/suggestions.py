"""Deputies' suggestions handled under leaders: one ``other`` per sentence that tells it.

A report names the leaders who take up key suggestions one by one, often in one long sentence run on with ；
(这14件建议中，关于A的建议，由常务副省长某某领办；关于B的建议，由副省长某某领办；…). The genre README's round 40
ruling 3 (after round 34's ruling 3: 交办, 督办, 办理, 办结, 答复 whoever handles them) counts that handling once per
sentence telling it, not once per leader or per suggestion (dev r07). The activity pass reads clauses up to ；, so
:func:`once_a_sentence` keeps, of the handlings led by leaders (:data:`LEADING`) in one sentence up to 。, the first
``other`` of that sentence only.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.extract.spans import start_after

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "other"
#: Handling led by leaders or lead organs (领办, 领衔办理, 牵头督办): the rows of activity-triggers.csv that read it.
LEADING = re.compile(r"领办|(?:领衔|牵头)(?:办理|督办)")
#: Where a sentence ends for this count: its full stop or line end, not the ；that runs its list on.
_SENTENCE_END = "。！？!?\n"


def once_a_sentence(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) without a handling led by leaders told in a sentence (up to 。) that an ``other``
    before it in ``found`` already tells."""
    told: set[int] = set()  # the starts of the sentences an other was told in
    kept: list[Found] = []
    for hit in found:
        if hit.type != KIND:
            kept.append(hit)
            continue
        sentence = start_after(text, hit.span.start, _SENTENCE_END)
        if sentence in told and LEADING.search(hit.span.text):
            continue
        told.add(sentence)
        kept.append(hit)
    return kept
