"""Round 49: activity classes of the freshest readable files (`ay` odd, blind until round 49) whose shape older golds
show, told in phrasings written for these tests (no dev file's sentence)."""
from __future__ import annotations

from collections import Counter

import pytest

from loaders.extract import report_lists
from loaders.extract.spans import Span
from tests.loaders.extract_helpers import kinds_and_statuses

COUNTY = "某某县人民代表大会"


# The delegations' deliberation of several reports heard as a briefing is one review per report (round 48: af21, af39,
# m12, y25, ax49), whether the delegations deliberate (审议) or examine (审查) them, and when the briefing names the
# reports after 对 with the deliberation after them (各代表团对A、B、C报告审议(审查)情况的汇报, round 49: ay53, ay63): the
# list's items share its last 报告, each typed on its own (计划, 预算: budget reviews). One report's deliberation stays one.
@pytest.mark.parametrize("text, kinds", [
    ("会议听取了各代表团审查县人大常委会、县法院、县检察院工作报告情况的汇报。", {"report_review": 3}),
    ("會議聽取了各代表團審查縣人大常委會、縣法院、縣檢察院工作報告情況的匯報。", {"report_review": 3}),
    ("主席团会议听取了各代表团审查区人大常委会、法检“两院”工作报告情况的汇报。", {"report_review": 3}),
    ("会议听取了各代表团对政府工作、计划、预算报告审议情况的汇报。", {"report_review": 1, "budget_review": 2}),
    ("會議聽取了各代表團對政府工作、計劃、預算報告審議情況的匯報。", {"report_review": 1, "budget_review": 2}),
    ("主席团第二次会议听取了各代表团对政府工作、计划、预算和建议办理情况报告审议审查情况的汇报。",
     {"report_review": 2, "budget_review": 2}),
    ("会议听取了各代表团对县人大常委会、县法院、县检察院工作报告审议情况的汇报。", {"report_review": 3}),
    ("会议听取了各代表团审查县政府工作报告情况的汇报。", {"report_review": 1}),
    ("会议听取了各代表团对政府工作报告审议情况的汇报。", {"report_review": 1}),
])
def test_the_deliberation_of_several_reports_heard_is_a_review_each(facts_of, text: str, kinds: dict[str, int]) -> None:
    found = kinds_and_statuses(facts_of(text, COUNTY))
    assert Counter(kind for kind, _ in found) == Counter(kinds)
    assert {status for _, status in found} == {"reported"}


# A sitting that deliberates in groups (会议分组审议了A的报告和B、C关于…的报告) hears each report it lists, as the
# standing committee's group deliberation of one report is its review in the golds (aa17, ac03, at21, ax01, h10, l02;
# ay03 a list); deputies deliberating a session's reports in groups (代表们分组审议) stay part of the session.
@pytest.mark.parametrize("text, reviews", [
    ("会议分组审议了省人民政府关于代表建议办理情况的报告和省交通厅、省水利厅关于代表建议办理情况的报告。", 3),
    ("會議分組審議了省人民政府關於代表建議辦理情況的報告和省交通廳、省水利廳關於代表建議辦理情況的報告。", 3),
    ("会议分组审议了省人民政府关于环境状况的报告、省人民政府关于国有资产管理情况的报告。", 2),
    ("会议分组审议了省人民政府关于环境状况的报告。", 1),
])
def test_a_sitting_deliberating_reports_in_groups_reviews_each(facts_of, text: str, reviews: int) -> None:
    assert kinds_and_statuses(facts_of(text, "某某省人民代表大会常务委员会")) == [("report_review", "reported")] * reviews


@pytest.mark.parametrize("text", [
    "代表们分组审议了政府工作报告和计划报告。",
    "各代表团分组审议了政府工作报告、计划报告和预算报告。",
])
def test_deputies_deliberating_in_groups_list_no_reports_heard(text: str) -> None:
    assert report_lists.heard(text, Span(0, len(text), text)) == []


# A visit or a study that supervises (视察督查, 调研督查: one compound word) is that visit or study, as 调研督导 is
# (activity-triggers.csv's supervisory-tour row; u35 gives the visit alone, w57 no second activity); 督查 on its own,
# or listed beside the visit (视察、督查), stays a supervisory tour of its own.
@pytest.mark.parametrize("text, kinds", [
    ("县人大常委会组织开展2024年度民生实事项目建设专项视察督查活动。", [("site_visit", "reported")]),
    ("縣人大常委會組織開展2024年度民生實事項目建設專項視察督查活動。", [("site_visit", "reported")]),
    ("县人大常委会组织部分代表对城区道路建设开展调研督查。", [("investigation", "reported")]),
    ("县人大常委会组织代表到各镇开展专项督查。", [("other", "reported")]),
    ("县人大常委会组织代表视察、督查民生实事项目3次。", [("site_visit", "reported"), ("other", "reported")]),
])
def test_a_visit_that_supervises_is_the_visit(facts_of, text: str, kinds: list[tuple[str, str]]) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == kinds


# A 、 inside one 关于 title (关于加强A、维护B情况的报告) joins the tasks it names, not two reports, even when another
# report follows with its own 关于 (…的报告和关于C的报告, round 49: ay01): the next report's 关于 lies past this one's 报告.
# Titles sharing one final 报告 (A局、B局关于X情况、关于Y情况的报告, dev o15) are still one report each.
@pytest.mark.parametrize("text, reviews", [
    ("会议听取了市检察院检察长作的关于加强侦查监督、维护司法公正情况的报告和关于公益诉讼试点工作情况的中期报告。", 2),
    ("會議聽取了市檢察院檢察長作的關於加強偵查監督、維護司法公正情況的報告和關於公益訴訟試點工作情況的中期報告。", 2),
    ("会议听取了市政府关于推进城乡供水、污水处理工作情况的报告以及关于全市环境状况的报告。", 2),
    ("会议听取了市城管局、市科技局等部门关于城市管理工作情况、关于科技创新工作情况的报告。", 2),
])
def test_a_comma_inside_one_title_before_another_report_splits_nothing(facts_of, text: str, reviews: int) -> None:
    assert kinds_and_statuses(facts_of(text, "某某市人民代表大会常务委员会")) == [("report_review", "reported")] * reviews
