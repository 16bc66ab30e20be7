"""A rating of each report heard: 听取和审议了A、B的报告，并分别进行满意度测评 rates each report, one rating apiece.

The genre README's rulings count one activity per body or report a sentence names for a rating told ``分别`` (round 33
ruling 6: a rating of units named one by one stays one each; dev ac35 gives two ratings for two reports heard and
rated 分别). :func:`each_report_rated` repeats such a rating once per report its sentence (up to 。, ；, ; or a line
end) reviewed before it, counting each report's words once however many organs made it.

A rating of reports on how review opinions were handled, told by item, is one rating per item too (genre README round 44
ruling 7, after round 29: a vote on how review opinions were handled, told by item, is one ``satisfaction_evaluation`` per
item; a rating of several other reports stays one, round 33 ruling 5): the reports rated named by their count in the
rating's own clause (会上对这4个报告进行了满意度测评, 对上述三个报告进行测评: dev an25), or listed as its
object there (会议对A审议意见研究处理情况的报告、B…的报告、C…的报告开展了满意度测评: dev o27), whether or not the text tells
them heard.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract.spans import start_after
from loaders.lexicon import numerals

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "satisfaction_evaluation"
#: The rating told of each report heard before it (并分别进行满意度测评, 并分别进行了测评, 分别开展满意度测评).
_EACH = re.compile(r"^\s*(?:并|还|同时)?分别(?:进行|开展)了?[^，,。；;]{0,6}测评")
#: The kinds whose activity is a report heard (its review typed by what it reports on).
_HEARD = frozenset({"report_review", "budget_review", "audit_oversight", "filing_review"})
_SENTENCE_END = "。；;\n"
_CLAUSE_END = "，,。；;\n"
#: A rating's verb, the end of the clause that names what it rates.
_RATING_VERB = re.compile(r"(?:进行|开展|实施)了?[^，,。；;]{0,6}?测评")
#: The reports rated named by their count (对这4个报告, 对上述三个报告, 对以上两项报告).
_COUNTED = re.compile(r"对(?:这|上述|以上|前述)?(?P<n>[两二三四五六七八九十]|[2-9]|1\d)\s*[个项份][^，,。；;]{0,12}?报告")
#: A report ending an item of a list rated as one object (…的报告、…的报告开展了满意度测评).
_ITEM_END = re.compile(r"报告》?(?=、)")
#: How review opinions were handled (审议意见落实情况, 意见研究处理情况, 审议意见办理情况): what ruling 7 rates by item.
_HANDLING = re.compile(r"意见[^，,。；;、]{0,8}?(?:落实|办理|处理|整改)(?:情况|结果)")


def each_report_rated(text: str, found: list[Found]) -> list[Found]:
    """``found`` (in text order) with a rating told 分别 (:data:`_EACH`) repeated once per report heard before it in
    its sentence, when there are two or more."""
    out: list[Found] = []
    for hit in found:
        out.append(hit)
        if hit.type != KIND:
            continue
        sentence = start_after(text, hit.span.start, _SENTENCE_END)
        if not _EACH.match(hit.span.text):
            out += [replace(hit) for _ in range(items_rated(text[sentence : hit.span.end]) - 1)]
            continue
        heard = {(f.span.start, f.span.end) for f in found
                 if f.type in _HEARD and sentence <= f.span.start and f.span.end <= hit.span.start}
        out += [replace(hit) for _ in range(len(heard) - 1)]
    return out


def items_rated(text: str) -> int:
    """How many reports on the handling of review opinions a rating rates by item, ``text`` its sentence up to the
    rating's end: the count the clause of its verb names them by (…审议意见落实情况的报告、…，会上对这4个报告进行了
    满意度测评: 4), else the reports that clause lists as its object (对A审议意见研究处理情况的报告、B…的报告开展了满意度
    测评: 2); 1 when it names neither, or when the sentence tells no handling of opinions (a rating of several work
    reports stays one rating of them all: round 33 ruling 5, round 35)."""
    verb = None
    for verb in _RATING_VERB.finditer(text):  # the last: the rating's own
        pass
    if verb is None or not _HANDLING.search(text, 0, verb.start()):
        return 1
    clause = text[start_after(text, verb.start(), _CLAUSE_END) : verb.start()]
    if (counted := _COUNTED.search(clause)) is not None:
        return int(numerals.to_number(counted.group("n")) or 1)
    if "对" not in clause:
        return 1
    return len(_ITEM_END.findall(clause[clause.index("对"):])) + 1 if _ITEM_END.search(clause) else 1

