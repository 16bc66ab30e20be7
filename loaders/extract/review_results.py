"""A committee's review result beside the budget report it examined: one examination, one ``budget_review``.

A sitting hears the government's report on a budget document (关于2023年市本级预算调整方案的报告, 关于2016年省级决算草案的
报告) and its financial committee's review of the same document (财经委关于2023年市本级预算调整方案的审查报告, 财经委关于
2016年省级决算草案的审查结果报告). The review result is part of that one examination, the committee one of its organs:
one ``budget_review`` per budget document examined (genre README round 41 ruling 1; dev a17, s05, t19, t03). A review
result heard alone, its document's report told nowhere in the text, stays a ``budget_review`` of its own (round 9,
``report-kinds.csv``).

Measured in round 40 and dropped then, the golds splitting (ac25, aj41, l19, o18 one review; a17, s05, t19 both); round
41's ruling aligned them.

A review result naming its document by a demonstrative (关于上述省级财政预算调整方案的审查结果报告, 关于该调整方案的审查报告,
关于前述决算草案的审查结果报告) names the document told before it: it is part of the budget review told last before it whose
document holds the words after the demonstrative (genre README round 42 ruling 2; dev a15).

The result names its document in its own words, seldom the report's (a first-time analyst's round 48, A2; round 47
ruling 3: one document, one review): it may drop or add the area and level (关于洪湖市2022年市级财政预算调整方案的审查
结果报告 beside 关于2022年财政预算调整方案的报告), the span of months may be written otherwise (1至7月份, 1—7月份), and it may
examine one document of a report on several (关于2017年市本级决算草案的审查结果报告 beside 关于2017年全市及市本级决算草案
和2018年1—6月预算执行情况的报告, dev ac25). So a result is that report's part when the budget documents it names
(:data:`_OBJECTS`: plan, budget, execution, adjustment, final accounts, debt, bonds) and its years are among the report's,
and both are typed alike: budget reviews, or reports heard where the document is a plan's execution alone (dev ac25, ax59,
aj41); a result typed otherwise than the report names another document (a plan's execution and draft examined beside
the briefing on its execution alone, dev ab03).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.lexicon.normalise import normalised

if TYPE_CHECKING:
    from loaders.extract.activities import Found

KIND = "budget_review"
#: A report heard whose words name no budget (关于该调整方案的审查报告): typed so, a review result all the same.
_HEARD = "report_review"
#: A committee's review result on one budget document: the document named between 关于 and (的)审查(结果)报告.
_RESULT = re.compile(r"(?:委员会|委|工委)[^，,。；;、]{0,12}?关于(?P<document>[^，,。；;、]{4,60}?)的?审查(?:结果)?的?报告"
                     r"|关于(?P<report>[^，,。；;、《》]{4,60}?的报告)的审查(?:结果)?的?报告")
#: The budget documents a title names, each with the words that name it (计划执行情况, 预算调整方案, 决算草案, 债券资金):
#: what :func:`_same_document` compares, whatever area, level or span of months the words give.
_OBJECTS = {"plan": re.compile("计划"), "execution": re.compile("预算执行"), "adjustment": re.compile("预算调整|调整方案"),
            "draft": re.compile("预算(?!执行|调整)"), "accounts": re.compile("决算"), "debt": re.compile("债务|债券")}
_YEAR = re.compile(r"\d{4}(?=年)")
#: What names no document of its own: a draft's note and quotes (决算草案 → 决算, 《…》).
_NOISE = re.compile(r"[（(]?草案[)）]?|[《》“”\"]|\s")


#: A demonstrative naming the document told before (关于上述…, 关于该…, 关于前述…).
_DEMONSTRATIVE = re.compile(r"^(?:上述|前述|该)")


def _document(text: str) -> str:
    return _NOISE.sub("", text)


def once_per_document(found: list[Found]) -> list[Found]:
    """``found`` without the reviews of a committee's review result (:data:`_RESULT`) whose document another review of
    its kind in the text names (the government's report on it, :func:`_same_document`): that review's part. A document named by a
    demonstrative (:data:`_DEMONSTRATIVE`) is the one of the last such report before the result, if that report's words
    hold the rest of its name: the result is dropped whether typed a budget review or, its words naming no budget
    (关于该调整方案的审查报告), a report heard."""
    texts = {id(hit): normalised(hit.span.text) for hit in found if hit.type in (KIND, _HEARD)}
    results = {key: _RESULT.search(text) for key, text in texts.items()}
    kinds = {id(hit): hit.type for hit in found}
    starts = {id(hit): hit.span.start for hit in found}
    reports = [(starts[key], _document(text)) for key, text in texts.items() if kinds[key] == KIND and not results[key]]
    heard = [(kinds[key], _document(text)) for key, text in texts.items() if not results[key]]
    dropped = set()
    for key, result in results.items():
        if not result:
            continue
        document = _document(result.group("document") or result.group("report"))
        rest = _DEMONSTRATIVE.sub("", document)
        if rest != document:  # the document told before it: the last budget report before the result
            before = [report for start, report in reports if start < starts[key]]
            if before and rest in before[-1]:
                dropped.add(key)
        elif any(kind == kinds[key] and _same_document(document, report) for kind, report in heard):
            dropped.add(key)
    return [hit for hit in found if id(hit) not in dropped]


def _same_document(document: str, report: str) -> bool:
    """Whether a review result's ``document`` is (a document of) the ``report`` heard: the budget documents it names
    (:data:`_OBJECTS`, at least one) and its years are all among the report's (see the module's doc)."""
    named = {name for name, words in _OBJECTS.items() if words.search(document)}
    return bool(named) and named <= {name for name, words in _OBJECTS.items() if words.search(report)} and set(
        _YEAR.findall(document)) <= set(_YEAR.findall(report))
