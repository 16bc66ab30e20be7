"""Activities that should not exist (round 34, branch acts): classes of what a report writer means, each read from a
first-time analyst's findings or readable dev's false activities, tested over several phrasings."""
from __future__ import annotations

import pytest

CITY = "苏州市人民代表大会常务委员会"


def _kinds(facts) -> list[str]:
    return sorted(a.type for a in facts.activities)


# A report's review named as the occasion of an inquiry or a rating (结合审议…的报告开展专题询问) is the review the text
# tells elsewhere: one report is reviewed once (round 33 ruling 2, the same for 在审议…时).
@pytest.mark.parametrize("text", [
    # the analyst's plan (round 33): item one reviews the report, item three inquires on it
    "苏州市人大常委会2025年度监督工作计划\n一、听取和审议专项工作报告\n1．听取和审议市人民政府关于大运河文化保护传承利用情况的报告。\n"
    "二、专题询问\n结合审议市人民政府关于大运河文化保护传承利用情况的报告开展专题询问。",
    "会议听取和审议了市人民政府关于全市养老服务体系建设情况的报告。会议结合审议市人民政府关于全市养老服务体系建设情况的报告进行专题询问。",
    "会议听取了市人民政府关于全市食品安全工作情况的报告。下午，会议结合听取和审议该市人民政府关于全市食品安全工作情况的报告开展了专题询问。",
    # the inquiry told again in a comment (dev z11)
    "会议举行联组会议，结合审议水污染防治法执法检查报告开展专题询问。结合审议水污染防治法执法检查报告开展专题询问，有利于提高审议质量。",
])
def test_a_review_named_as_an_inquirys_occasion_is_the_review_told(facts_of, text: str) -> None:
    kinds = _kinds(facts_of(text, CITY))
    assert kinds.count("report_review") == 1 and kinds.count("special_inquiry") == 1


@pytest.mark.parametrize("text", [
    # the text tells the review nowhere else (dev a01, b06): the occasion is the review
    "检查节约能源法实施情况，并结合审议节约能源法执法检查报告开展专题询问。",
    "会议举行联组会议，结合听取和审议市人民政府关于发展数字经济工作情况的报告，就“加快发展数字经济”开展专题询问。",
    # another report reviewed before: the occasion's report is a review of its own
    "会议听取了市人民政府关于教育工作情况的报告。会议结合审议市人民政府关于卫生健康工作情况的报告开展专题询问。",
])
def test_a_review_named_only_as_an_occasion_stays(facts_of, text: str) -> None:
    kinds = _kinds(facts_of(text, CITY))
    assert kinds.count("special_inquiry") == 1
    assert kinds.count("report_review") == (2 if "教育" in text else 1)
