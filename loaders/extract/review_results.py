"""A committee's review result beside the budget report it examined: one examination, one ``budget_review``.

A sitting hears the government's report on a budget document (关于2023年市本级预算调整方案的报告, 关于2016年省级决算草案的
报告) and its financial committee's review of the same document (财经委关于2023年市本级预算调整方案的审查报告, 财经委关于
2016年省级决算草案的审查结果报告). The review result is part of that one examination, the committee one of its organs:
one ``budget_review`` per budget document examined (genre README round 41 ruling 1; dev a17, s05, t19, t03). A review
result heard alone, its document's report told nowhere in the text, stays a ``budget_review`` of its own (round 9,
``report-kinds.csv``).

Measured in round 40 and dropped then, the golds splitting (ac25, aj41, l19, o18 one review; a17, s05, t19 both); round
41's ruling aligned them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.lexicon.normalise import normalised

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "budget_review"
#: A committee's review result on one budget document: the document named between 关于 and (的)审查(结果)报告.
_RESULT = re.compile(r"(?:委员会|委|工委)[^，,。；;、]{0,12}?关于(?P<document>[^，,。；;、]{4,60}?)的?审查(?:结果)?的?报告")
#: What names no document of its own: a draft's note and quotes (决算草案 → 决算, 《…》).
_NOISE = re.compile(r"[（(]?草案[)）]?|[《》“”\"]|\s")


def _document(text: str) -> str:
    return _NOISE.sub("", text)


def once_per_document(found: list[Found]) -> list[Found]:
    """``found`` without the budget reviews of a committee's review result (:data:`_RESULT`) whose document another
    budget review of the text names (the government's report on it): that review's part."""
    texts = {id(hit): normalised(hit.span.text) for hit in found if hit.type == KIND}
    results = {key: _RESULT.search(text) for key, text in texts.items()}
    reports = [_document(text) for key, text in texts.items() if not results[key]]
    dropped = {key for key, result in results.items()
               if result and any(_document(result.group("document")) in report for report in reports)}
    return [hit for hit in found if id(hit) not in dropped]
