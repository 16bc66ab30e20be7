"""Round 47's recall classes (issue 10 §2.1, brief recall47): work the genre tells by its result or its list, told in
phrasings written for these tests (no dev file's sentence), both scripts."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_statuses

CITY = "宁波市人民代表大会"
COUNCIL = "宁波市人民代表大会常务委员会"


# A resolution titled by the session that adopted it (a gazette's contents, a resolution's heading) or tabled in draft by
# the presidium (提出了…的决议草案) is that review's result: one review per report it approves, typed by the report
# (round 42 ruling 2, round 47 ruling 4).
@pytest.mark.parametrize("text, expected", [
    ("宁波市第十六届人民代表大会第二次会议关于宁波市人民政府工作报告的决议(3)",
     [("report_review", "reported")]),
    ("宁波市第十六届人民代表大会第二次会议关于2023年全市和市本级预算执行情况与2024年预算的决议",
     [("budget_review", "reported")]),
    ("寧波市第十六屆人民代表大會第二次會議關於寧波市中級人民法院工作報告的決議",
     [("report_review", "reported")]),
    ("大会主席团提出了关于市人民检察院工作报告的决议草案，关于2023年国民经济和社会发展计划执行情况与2024年计划的决议草案。",
     [("report_review", "reported"), ("budget_review", "reported")]),
    ("大會主席團提出了關於政府工作報告的決議草案。",
     [("report_review", "reported")]),
])
def test_a_resolution_titled_by_its_session_or_tabled_is_its_review(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, CITY)) == expected


@pytest.mark.parametrize("text", [
    "大会主席团要求各代表团认真讨论决议的起草工作。",
    "会议听取了市人民政府工作报告，并提出了关于市人民政府工作报告的决议草案。",
])
def test_a_resolution_restating_a_review_or_naming_none_adds_none(facts_of, text: str) -> None:
    assert len(kinds_and_statuses(facts_of(text, CITY))) == text.count("听取")


# A council of chairpersons studying or settling the draft opinions on reports heard (研究了…、关于A的报告的审议意见、
# 关于B的报告的审议意见) closes one review per report named, typed by what the report is (round 47 ruling 4); the
# report on how opinions were handled (研究处理情况的报告) is no opinion studied.
@pytest.mark.parametrize("text, expected", [
    ("主任会议研究了关于全市养老服务工作情况的报告的审议意见、关于全市政府债务情况的报告的审议意见。",
     [("report_review", "reported"), ("budget_review", "reported")]),
    ("會議研究了關於全市養老服務工作情況的報告的審議意見、關於全市審計查出問題整改情況的報告的審議意見。",
     [("report_review", "reported"), ("audit_oversight", "reported")]),
    ("会议审定了关于全市优化营商环境工作情况报告的审议意见。",
     [("report_review", "reported")]),
])
def test_opinions_studied_on_named_reports_are_one_review_each(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNCIL)) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议对区政府关于计划执行情况报告审议意见研究处理情况的报告进行了满意度测评。", [("satisfaction_evaluation", "reported")]),
    ("会议研究处理了关于全市养老服务工作情况的报告的审议意见。", []),
])
def test_opinions_handled_are_no_opinions_studied(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNCIL)) == expected


# A work report in its discussion draft (工作报告(讨论稿)) ends its item of a list.
def test_a_discussion_draft_ends_its_item(facts_of) -> None:
    text = "主任会议研究了市人大常委会工作报告(讨论稿)、关于代表建议办理情况报告的审议意见。"
    assert kinds_and_statuses(facts_of(text, COUNCIL)) == [("report_review", "planned"), ("report_review", "reported")]


# A report opening with itself, its clause beginning with the report made to the committee (我代表市政府，向市人大常委会
# 报告…情况，请予审议), is the report the committee hears: a review whatever it reports, typed budget or audit by what
# it reports (round 47 ruling 2, issue 10 §2.1); a requirement to report or the committee's own report to the congress is none.
@pytest.mark.parametrize("text, expected", [
    ("现在，我代表市政府，向市人大常委会报告市十五届人大二次会议代表建议办理情况，请予审议。", [("report_review", "reported")]),
    ("受县人民政府委托，现向县人大常委会报告全县农村人居环境整治工作情况，请予审议。", [("report_review", "reported")]),
    ("受市人民法院委托，我向市人大常委會報告全市法院行政審判工作情況，請予審議。", [("report_review", "reported")]),
    ("受区政府委托，向区人大常务委员会报告2023年国民经济和社会发展计划执行情况，请予审议。", [("budget_review", "reported")]),
    ("受市政府委託，我向市人大常委會報告2023年上半年預算執行情況，請予審議。", [("budget_review", "reported")]),
    ("我受市政府委托，向市人大常委会报告2022年度市级预算执行和其他财政收支的审计情况，请予审议。",
     [("audit_oversight", "reported")]),
    ("受区人民检察院委托，向区三届人大常委会第五次会议报告我院公益诉讼工作情况，请予审议。", [("report_review", "reported")]),
    ("县政府要及时向县人大常委会报告工作情况。", []),
    ("我受市人大常委会委托，向大会报告工作，请予审议。", []),
])
def test_a_report_opening_with_itself_is_heard(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNCIL)) == expected


# A group's investigation report heard (听取了…调研组关于X的调研报告) is an investigation (issue 10 §2.1).
@pytest.mark.parametrize("text", [
    "会议听取了市人大常委会调研组关于全市养老服务体系建设情况的调研报告。",
    "會議聽取了市人大常委會調研組關於全市養老服務體系建設情況的調研報告。",
])
def test_a_groups_investigation_report_heard_is_an_investigation(facts_of, text: str) -> None:
    assert kinds_and_statuses(facts_of(text, COUNCIL)) == [("investigation", "reported")]


# The opinion on bodies appraised, adopted or settled (审定了对A局、B局等三个受评单位工作的评议意见), is the appraisal's
# result: one appraisal per body named (round 45 ruling 4, round 47 ruling 4); how it was carried out is a follow-up.
@pytest.mark.parametrize("text, bodies", [
    ("会议审定了对市发改委、市教育局、市交通运输局等三个受评单位工作的评议意见。", 3),
    ("會議審定了對市發改委、市教育局、市交通運輸局等三個受評單位工作的評議意見。", 3),
    ("会议研究了对市民政局、市司法局工作的评议意见。", 2),
    ("会议通过了对市民政局工作的评议意见。", 1),
    ("会议要求各受评单位认真研究评议意见，抓好整改。", 0),
    ("会议听取了市民政局关于对其工作的评议意见整改落实情况的报告。", 0),
])
def test_an_appraisals_opinion_adopted_is_one_appraisal_per_body(facts_of, text: str, bodies: int) -> None:
    assert kinds_and_statuses(facts_of(text, COUNCIL)).count(("other", "reported")) == bodies


# A congress body telling what it learned through its methods (…人大常委会通过现场检查、召开座谈会等方式，深入了解X情况) tells
# one piece of work, typed by its leading method (round 42 ruling 4); methods as the means of other work (round 47
# ruling 5), a group's steps of work told already, or a leading method of no kind tell none.
@pytest.mark.parametrize("text, expected", [
    ("东坡区人大常委会通过现场检查、召开座谈会等方式，深入了解全区环境保护目标完成情况。", [("site_visit", "reported")]),
    ("東坡區人大常委會通過現場檢查、召開座談會等方式，深入瞭解全區環境保護目標完成情況。", [("site_visit", "reported")]),
    ("县人大常委会采取专题调研、走访座谈等多种方式，全面了解全县养老服务体系建设情况。", [("investigation", "reported")]),
    ("縣人大常委會採取實地察看、走訪座談等多種方式，全面瞭解全縣農村公路建設情況。", [("site_visit", "reported")]),
    ("县人大常委会通过听取汇报、实地察看等方式，了解全县农村公路建设情况。", []),
    ("县人大常委会通过开展视察、专题调研、执法检查等多种方式，加强对政府工作的监督。", []),
    ("检查组通过实地察看、听取汇报等方式，详细了解《安全生产法》贯彻实施情况。", []),
    ("县人大常委会组织开展了视察，通过实地察看、听取汇报等方式，详细了解全县农村公路建设情况。", [("site_visit", "reported")]),
])
def test_work_told_by_its_methods_with_a_subject_is_one_activity(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, "眉山市东坡区人民代表大会常务委员会")) == expected


# A report on deputies' suggestions or motions heard or voted on (表决通过了…代表建议办理情况的报告, 听取了…代表议案审议结果的
# 报告) is heard (round 47 ruling 2); a bill's review result and a motion itself are legislation; other votes (on a
# decision) are read by their own rules.
@pytest.mark.parametrize("text, expected", [
    ("会议表决通过了区政府关于区十七届人大三次会议代表建议办理情况的报告。", [("report_review", "reported")]),
    ("會議表決通過了區政府《關于區十七屆人大三次會議代表建議辦理情況的報告》。", [("report_review", "reported")]),
    ("会议表决通过了大会主席团关于代表议案审议结果的报告。", [("report_review", "reported")]),
    ("会议听取了市人大财经委关于代表提出的议案审议结果的报告。", [("report_review", "reported")]),
    ("會議聽取了大會主席團關於代表議案審議結果的報告。", [("report_review", "reported")]),
    ("会议听取了法制委员会关于《某市物业管理条例(草案)》审议结果的报告。", []),
    ("会议审议了市政府提请审议的关于设立某区的议案。", []),
    ("会议表决通过了关于召开区十七届人大四次会议的决定。", []),
])
def test_a_suggestions_or_motions_report_heard_or_voted_on_is_a_review(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, "宁波市海曙区人民代表大会常务委员会")) == expected


# The congress's own committees before one title without 分别 (法制委、财经委关于代表议案审议结果的报告) made one document:
# one review (round 47, the lead's answer 3); told 分别, or organs that report each (市法院、市检察院关于…), one each.
@pytest.mark.parametrize("text, reviews", [
    ("会议听取了市人大法制委、市人大财经委关于代表议案审议结果的报告。", 1),
    ("會議聽取了法制委、財經委關於代表議案審議結果的報告。", 1),
    ("会议听取了市人大法制委、监察司法委、城建环保委、侨民宗委关于代表议案审议结果的报告。", 1),
    ("会议审议通过省人大社会建设委员会、省人大农业与农村委员会分别关于代表提出的议案审议结果的报告。", 2),
    ("会议听取了市法院、市检察院关于代表建议办理情况的报告。", 2),
    ("会议听取了市发改委、市卫健委关于重大项目建设情况的报告。", 2),
])
def test_committees_before_one_title_made_one_report(facts_of, text: str, reviews: int) -> None:
    assert kinds_and_statuses(facts_of(text, COUNCIL)) == [("report_review", "reported")] * reviews
