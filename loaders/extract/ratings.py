"""A rating of each report heard: 听取和审议了A、B的报告，并分别进行满意度测评 rates each report, one rating apiece.

The genre README's rulings count one activity per body or report a sentence names for a rating told ``分别`` (round 33
ruling 6: a rating of units named one by one stays one each; dev ac35 gives two ratings for two reports heard and
rated 分别). :func:`each_report_rated` repeats such a rating once per report its sentence (up to 。, ；, ; or a line
end) reviewed before it, counting each report's words once however many organs made it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract.spans import start_after

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "satisfaction_evaluation"
#: The rating told of each report heard before it (并分别进行满意度测评, 并分别进行了测评, 分别开展满意度测评).
_EACH = re.compile(r"^\s*(?:并|还|同时)?分别(?:进行|开展)了?[^，,。；;]{0,6}测评")
#: The kinds whose activity is a report heard (its review typed by what it reports on).
_HEARD = frozenset({"report_review", "budget_review", "audit_oversight", "filing_review"})
_SENTENCE_END = "。；;\n"


def each_report_rated(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with a rating told 分别 (:data:`_EACH`) repeated once per report heard before it in
    its sentence, when there are two or more."""
    out: list[Found] = []
    for hit in found:
        out.append(hit)
        if hit.type != KIND or not _EACH.match(hit.span.text):
            continue
        sentence = start_after(text, hit.span.start, _SENTENCE_END)
        heard = {(f.span.start, f.span.end) for f in found
                 if f.type in _HEARD and sentence <= f.span.start and f.span.end <= hit.span.start}
        out += [replace(hit) for _ in range(len(heard) - 1)]
    return out
