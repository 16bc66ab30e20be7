"""Reports heard at a plenary and budgets approved (round 28): who reports names the report, “两高” counts its two
courts, a debt quota approved is a budget review.

Every sentence is written for this test in the genre's style.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import NATIONAL, kinds

PREFECTURE = "迪庆藏族自治州人民代表大会常务委员会"
CITY = "梧州市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("代表们将听取和审议国务院和“两高”的工作报告。", 3),
        ("十四届全国人大二次会议期间，代表们认真审议了国务院、“两高”工作报告。", 3),
        ("大会听取了全国人大常委会和“两高”的工作报告。", 3),
        # as the two local courts in a list do; the name alone is one review, as “两院” alone is
        ("会议审议了市政府和“两院”的工作报告。", 3),
        ("会议听取了“两高”的工作报告。", 1),
    ],
)
def test_two_supreme_courts_named_together_are_two_work_reports(facts_of, text, expected):
    assert kinds(facts_of(text, NATIONAL)) == ["report_review"] * expected


@pytest.mark.parametrize(
    "text",
    [
        "在热烈的掌声中，州长扎西代表州人民政府向大会报告政府工作。",
        "大会举行第一次全体会议，代理州长李明代表州政府向大会报告工作。",
        "上午九时开幕，县长王强代表县人民政府向大会报告了过去一年的工作。",
    ],
)
def test_a_governments_head_reporting_its_work_to_the_plenary_is_its_work_report(facts_of, text):
    assert kinds(facts_of(text, PREFECTURE)) == ["report_review"]


def test_the_government_head_and_the_governments_work_report_named_again_are_one_review(facts_of):
    text = ("大会开幕，州长扎西代表州人民政府向大会报告政府工作。"
            "代表们分组审议了政府工作报告。")
    assert kinds(facts_of(text, PREFECTURE)) == ["report_review"]


@pytest.mark.parametrize(
    "text",
    [
        # a head reporting in the plenary's own words is not this (the round 14 ruling)
        "各位代表：我代表州人民政府向大会报告政府工作，请予审议。",
        "各位代表：现在，我代表县政府向大会报告工作，请予审议，并请县政协委员提出意见。",
    ],
)
def test_a_report_in_its_own_voice_is_no_work_report_heard(facts_of, text):
    assert kinds(facts_of(text, PREFECTURE)) == []


@pytest.mark.parametrize(
    "text",
    [
        "会议表决通过了关于批准2016年市本级政府债务限额的决议。",
        "常委会会议审议批准了全市地方政府债务限额。",
        "会议听取了市财政局关于提请审议2020年市本级政府债务限额的议案。",
    ],
)
def test_a_debt_quota_approved_is_a_budget_review(facts_of, text):
    assert kinds(facts_of(text, CITY)) == ["budget_review"]


@pytest.mark.parametrize(
    "text",
    [
        ("某市人大常委会法制工作委员会关于2022年备案审查工作情况的报告\n"
         "——2023年4月20日在某市第十六届人民代表大会常务委员会第九次会议上\n"
         "主任、各位副主任、秘书长、各位委员：\n"
         "现将2022年我市开展规范性文件备案审查工作的情况报告如下。\n"
         "一年来，法制委员会以推进备案审查信息化为抓手，认真落实有错必纠要求，备案审查工作取得较好成效。\n"),
        ("——2022年11月3日在某市第十五届人民代表大会常务委员会第六次会议上\n"
         "市人大常委会法规工作室主任 某某\n"
         "主任、各位副主任、秘书长、各位委员：\n"
         "现将2022年度开展备案审查工作的情况报告如下：\n"
         "新修正的地方组织法对备案审查工作提出新的更高要求。法规工作室认真贯彻新要求，全面加强和改进备案审查工作。\n"),
    ],
)
def test_a_filing_review_work_report_is_one_filing_review(facts_of, text):
    facts = facts_of(text, CITY)
    assert kinds(facts) == ["filing_review"]
    assert "报告" in facts.activities[0].evidence  # the report's title or first words, not a part its body tells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plan examined and the budget examined in one list are two budget reviews
        ("大会审查和批准了2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划、2024年预算执行情况和"
         "2025年预算草案的报告。", ["budget_review", "budget_review"]),
        ("會議審查了全市2023年國民經濟和社會發展計劃執行情況及2024年計劃草案、2023年全市和市本級預算執行情況與2024年"
         "預算草案的報告。", ["budget_review", "budget_review"]),
        # the budget's own parts, and an investment plan inside the budget's part, are still one
        ("会议审查了2023年市级预算执行情况、2024年市级预算草案和政府投资计划的报告。", ["budget_review"]),
        ("会议审查批准了2022年本级决算草案、2023年上半年预算执行情况的报告。", ["budget_review"]),
    ],
)
def test_the_plan_and_the_budget_examined_together_are_two_budget_reviews(facts_of, text, expected):
    assert kinds(facts_of(text, CITY)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "执法检查结束后，执法检查报告将于11月提请市人大常委会会议审议。",
        "检查组汇总各方意见，检查报告将提请市人大常委会审议。",
        "專題調研報告將于下半年提請市人大常委會會議審議。",
    ],
)
def test_a_report_to_be_sent_to_a_sitting_is_its_review_planned(facts_of, text):
    facts = facts_of(text, CITY)
    assert [(a.type, a.status) for a in facts.activities if a.type == "report_review"] == [("report_review", "planned")]


def test_a_report_a_meeting_decides_to_send_on_is_no_review_of_its_own(facts_of):
    assert kinds(facts_of("会议决定将相关报告提请常委会第九次会议审议。", CITY)) == []


@pytest.mark.parametrize(
    "text",
    [
        "会议听取并审议了市财政局局长某某所作的关于2026年市本级政府投资项目资金安排情况的报告。",
        "會議審議了區政府關於2025年區級政府投資項目資金安排情況的報告。",
        "会议听取了县发改局关于2024年政府投资项目计划执行情况的汇报。",
    ],
)
def test_the_funds_set_for_government_investment_projects_are_a_budget_review(facts_of, text):
    assert kinds(facts_of(text, CITY)) == ["budget_review"]


@pytest.mark.parametrize(
    "text",
    [
        "过去一年，常委会认真审查报送备案的行政法规25件、地方性法规900件、司法解释12件。",
        "常委会依法审查报备的规范性文件38件，纠正2件。",
        "一年来，對報送備案的規範性文件逐件進行了審查。",
    ],
)
def test_reviewing_the_documents_filed_is_a_filing_review(facts_of, text):
    assert "filing_review" in kinds(facts_of(text, NATIONAL))


@pytest.mark.parametrize(
    "text",
    [
        "会议审议了市人民政府关于市十五届人大二次会议议案办理及其他议案续办情况的报告。",
        "会议听取了区政府关于往届区人大会议议案续办情况的报告。",
        "常委会听取和审议了县政府关于代表议案督办情况的报告。",
        "会议审议了县政府关于县十七届人大三次会议代表议案和建议、批评、意见办理情况的报告。",
        "会议审议了镇政府关于镇人代会代表议案及建议办理情况的报告。",
    ],
)
def test_how_deputies_bills_are_handled_is_a_report_reviewed(facts_of, text):
    assert kinds(facts_of(text, CITY)) == ["report_review"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议听取了《政府工作报告》；书面审议通过了《某乡2023年财政预算执行情况和2024年预算草案报告》(草案)。",
         ["report_review", "budget_review"]),
        ("會議審議了《關於某鎮2023年民生實事項目實施情況的報告》（草案）、《關於2024年鎮級預算的報告》（草案）。",
         ["report_review", "budget_review"]),
        # a bill's draft note stays a bill's
        ("会议审议了《某镇农村人居环境整治办法》（草案）。", []),
    ],
)
def test_a_titled_report_tabled_as_a_draft_is_reviewed(facts_of, text, expected):
    assert kinds(facts_of(text, "某乡人民代表大会")) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the speaker named in the clause before (…代表镇人民政府，向大会作…)
        "会上，副镇长某某代表镇人民政府，向大会作《某镇实施“百千万工程”专项工作的报告》。",
        "镇长某某受镇人民政府委托，向大会作了关于镇级财力保障民生实事情况的报告。",
        "會上，區長某某代表區人民政府，向大會作《關於城市更新工作情況的報告》。",
    ],
)
def test_a_report_made_to_the_plenary_is_heard(facts_of, text):
    assert kinds(facts_of(text, "某镇人民代表大会")) == ["report_review"]
