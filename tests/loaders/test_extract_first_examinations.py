"""Reports examined first (round 41, issue 10: a cause of misses at first sight, the preliminary examination told by its
verb 初审): a council of chairpersons or a committee examining the session's reports, plans and budgets before the
session (会议初审了《A》《B》, 听取并初审A的报告, 对《A》《B》进行初审) reviews each as a hearing does
(``activity-triggers.csv``, ``report_lists``); its opinion (初审意见) is no verb. Sentences written for these tests in
the genre's phrasings."""
from __future__ import annotations

import pytest

CITY = "建德市人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return sorted(a.type for a in facts_of(text, CITY).activities)


@pytest.mark.parametrize(("text", "kinds"), [
    ("主任会议初审了《关于2023年全市生态环境状况和环境保护目标完成情况的报告》。", ["report_review"]),
    ("会议听取并初审了市政府关于2024年国民经济和社会发展计划执行情况与2025年计划草案的报告。", ["budget_review"]),
    ("会议初审了《关于全市民生实事项目完成情况的报告》和《关于市本级2022年决算草案的报告》。",
     ["budget_review", "report_review"]),
    ("財經委召開全體會議，對《2022年財政收支總決算報告（草案）》《關於2023年預算調整方案的報告》進行初審。",
     ["budget_review", "budget_review"]),
    ("区人大财经委对《区2023年预算执行情况的报告》《区政府关于养老服务工作情况的报告》进行了初审。",
     ["budget_review", "report_review"]),
])
def test_reports_examined_first_are_each_reviewed(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize("text", [
    "会议审议了市人大财经委关于2024年计划草案的初审意见。",
    "代表资格审查委员会对补选代表的资格进行了初审。",
])
def test_an_opinion_or_business_examined_first_is_no_report_heard(facts_of, text: str) -> None:
    assert "report_review" not in _kinds(facts_of, text)
