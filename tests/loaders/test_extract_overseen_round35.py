"""Overseen organs wrong or lost (round 35, a first-time analyst's finding 4 of round 18): a rating of several reports, an
inquiry on a report of its own words, a budget reviewed with no maker named. Sentences are the analyst's probes and
variants written in the genre's style (work reports, session communiqués, budget review reports)."""
from __future__ import annotations

import pytest

LIDU = "进贤县李渡镇人民代表大会"
JIANGXI = "江西省人民代表大会常务委员会"


def _overseen(facts, kind: str) -> list[list[str]]:
    return [a.overseen for a in facts.activities if a.type == kind]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the analyst's probe (a01)
        ("常委会听取审议了省高级人民法院关于行政审判工作情况的报告，听取审议了省人民检察院关于公益诉讼检察工作情况的报告，"
         "并首次对两个报告开展满意度测评。", "satisfaction_evaluation", ["江西省高级人民法院", "江西省人民检察院"]),
        # the reports in a sentence of their own before the rating
        ("会议听取和审议了省人民政府关于养老服务工作情况的报告、省高级人民法院关于执行工作情况的报告和省人民检察院关于"
         "公益诉讼工作情况的报告。会议对上述三个报告进行了满意度测评。", "satisfaction_evaluation",
         ["江西省人民政府", "江西省高级人民法院", "江西省人民检察院"]),
        ("常委会听取审议了省人民政府关于环境状况的报告，听取审议了省高级人民法院关于执行工作情况的报告，"
         "并对以上报告开展满意度测评。", "satisfaction_evaluation", ["江西省人民政府", "江西省高级人民法院"]),
        # a count smaller than the reports heard: the last ones
        ("常委会听取审议了省人民政府关于环境状况的报告，听取审议了省高级人民法院关于执行工作情况的报告，听取审议了"
         "省人民检察院关于公益诉讼工作情况的报告，并对后两个报告开展满意度测评。", "satisfaction_evaluation",
         ["江西省高级人民法院", "江西省人民检察院"]),
        # one rating after the reports, naming none of them: the last heard, as before
        ("常委会听取审议了省人民政府关于环境状况的报告，听取审议了省高级人民法院关于执行工作情况的报告，并进行满意度测评。",
         "satisfaction_evaluation", ["江西省高级人民法院"]),
    ],
)
def test_a_rating_of_several_reports_oversees_every_maker(facts_of, text, kind, expected):
    assert _overseen(facts_of(text, JIANGXI), kind) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # the analyst's probe (a01's plan), planned and reported
        "2024年，常委会将听取审议省高级人民法院关于执行工作情况的报告，结合审议未成年人保护法执法检查报告开展专题询问。",
        "常委会听取审议了省高级人民法院关于执行工作情况的报告，结合审议未成年人保护法执法检查报告开展专题询问。",
        "常委会听取审议了省人民政府关于环境状况的报告，结合审议大气污染防治法执法检查报告开展专题询问。",
    ],
)
def test_an_inquiry_on_an_inspection_report_inherits_no_maker(facts_of, text):
    """The inquiry is held on the inspection report its words name (the congress's own), not on the report heard before."""
    facts = facts_of(text, JIANGXI)
    assert _overseen(facts, "special_inquiry") == [[]]
    assert [a.overseen for a in facts.activities if a.type == "report_review" and "执法检查报告" in a.evidence] == [[]]


def test_an_inquiry_on_the_report_just_heard_still_questions_its_maker(facts_of):
    facts = facts_of("常委会听取审议了省人民政府关于环境状况的报告，并结合审议该报告开展专题询问。", JIANGXI)
    assert _overseen(facts, "special_inquiry") == [["江西省人民政府"]]


SHANGRAO_FEC = "上饶市人民代表大会财政经济委员会"


@pytest.mark.parametrize(
    ("text", "organ", "expected"),
    [
        # the analyst's probe (a08): the session's review and the committee's
        ("市第六届人民代表大会第四次会议审查了市人民政府提出的《关于上饶市2023年预算执行情况与2024年预算草案的报告》和2024年"
         "预算草案。市人民代表大会财政经济委员会对预算报告和预算草案进行了审查。", SHANGRAO_FEC,
         [["上饶市人民政府"], ["上饶市人民政府"]]),
        ("会议审查批准了市人民政府提出的2022年市级决算。", "上饶市人民代表大会常务委员会", [["上饶市人民政府"]]),
        ("会议审查了市人民政府提交的2024年预算草案。", "上饶市人民代表大会常务委员会", [["上饶市人民政府"]]),
        ("常委会审查批准了2022年省级决算。", JIANGXI, [["江西省人民政府"]]),
        ("会议书面审查了《2023年镇财政预算执行情况和2024年镇财政预算草案的报告》。", LIDU, [["进贤县李渡镇人民政府"]]),
    ],
)
def test_a_budget_reviewed_oversees_the_government_that_drafted_it(facts_of, text, organ, expected):
    assert _overseen(facts_of(text, organ), "budget_review") == expected


def test_a_committees_review_result_report_is_its_own(facts_of):
    """The financial committee's report on its review is the congress's own: no government carried to it."""
    facts = facts_of("常委会听取了市人大财政经济委员会关于2022年市本级决算草案的审查结果报告。", "上饶市人民代表大会常务委员会")
    assert _overseen(facts, "budget_review") == [[]]
