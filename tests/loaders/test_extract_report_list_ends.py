"""Where a list of reports heard ends, and how many reports one shared title holds (round 27, issue 10).

Three kinds of parse failure that lost reviews on readable dev:

- a list closed by 等 (听取并审议市政府关于A的报告、关于B的报告等。) lost its last report, whose 报告 no
  separator followed (dev j14, ac17; loaders/extract/report_lists.py ``_REPORT_END``);
- a shared title whose last two states of work 和 joins (关于A情况、B情况和C情况的报告) was read as two reports
  (dev ac41; object_kinds._joins_subjects);
- a survey's report heard (…的调查报告) was a review only; the golds give the survey and the review (dev ab41,
  ac37; report-kinds.csv).
- a report joined by 和 to a bill after it (…的报告和…的说明、…; …的报告和…方案(草案)。) was lost with the bill
  (dev x57, o27; report_lists ``_BILL_ITEM``, :func:`_reports`, ``_REPORT_END``).

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from loaders.extract import object_kinds

CITY = "宜昌市人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [a.type for a in facts_of(text, CITY).activities]


@pytest.mark.parametrize(("text", "kinds"), [
    # a list closed by 等 (dev j14, ac17)
    ("主任会议听取并审议市政府关于全市养老服务工作情况的报告、关于2023年度市本级预算执行和其他财政收支的审计工作报告、"
     "关于我市城市规划与管理情况的报告等。", ["report_review", "audit_oversight", "report_review"]),
    ("会议审议省政府关于我省国有资产管理情况综合报告、关于我省职业教育工作情况的报告等；审议省检察院关于开展未成年人检察工作情况报告。",
     ["report_review", "report_review", "report_review"]),
    ("會議聽取了縣政府關於農村公路建設情況的報告、關於城鄉供水一體化工作情況的報告等，並進行了審議。",
     ["report_review", "report_review"]),
    # a report joined to the explanation of a bill after it, in the middle of a list (dev x57)
    ("大会听取和审议了镇2022年经济和社会发展情况报告、镇2022年民生实事项目实施情况的报告和2023年民生实事候选项目的说明、"
     "四个部门履行职责情况工作报告。", ["report_review", "report_review", "report_review"]),
    ("会议审议了区政府关于农村公路建设情况的报告、关于城乡供水工作情况的报告和关于调整征收计划的说明、关于养老服务工作情况的报告。",
     ["report_review", "report_review", "report_review"]),
    # a report joined to a draft at the clause's end (dev o27, r31)
    ("会议听取了副区长某某所作的关于2019年度环境质量状况的报告、关于2020年度突出环境问题清单的报告和2020年度污染防治攻坚战工作方案(草案)。",
     ["report_review", "report_review"]),
    ("會議聽取了區政府關於全區河道管理情況的報告、關於城鄉供水工作情況的報告和《區人大常委會討論決定重大事項規定（修訂草案）》。",
     ["report_review", "report_review"]),
])
def test_the_last_report_of_a_list_is_heard(facts_of, text: str, kinds: list[str]) -> None:
    """The last report of a list closed by 等, or joined by 和 to a bill after it, is one review."""
    assert _kinds(facts_of, text) == kinds


def test_a_count_after_deng_still_counts_the_list(facts_of) -> None:
    # near-miss: 等 before a count is the list's total, not the end of its last title
    text = "会议听取了市政府关于全市养老服务工作情况的报告、关于农村公路建设情况的报告等两个报告。"
    assert _kinds(facts_of, text) == ["report_review", "report_review"]


@pytest.mark.parametrize(("title", "count"), [
    ("县政府关于产业培育计划安排情况、重点城市建设项目计划安排情况和城乡环卫一体化工作情况的报告", 3),
    ("县政府关于农村公路建设情况、城乡供水工作情况及垃圾分类推进情况的报告", 3),
    ("关于上半年工业经济运行情况、招商引资工作情况以及重点项目建设情况的报告", 3),
])
def test_states_of_work_a_list_joins_last_are_one_report_each(title: str, count: int) -> None:
    assert object_kinds.kinds_of(title) == ("report_review",) * count


@pytest.mark.parametrize(("title", "kinds"), [
    # a year's plan execution with the next plan (…执行情况及2017年…计划) is one budget review, not two subjects; the
    # budget beside it is another (round 28)
    ("关于政府工作报告、2016年国民经济和社会发展计划执行情况及2017年国民经济和社会发展计划、2016年预算执行情况的决议",
     ("report_review", "budget_review", "budget_review")),
    # a 和 with no 、 before it joins two fields of one report
    ("关于城乡供水情况和污水处理工作情况的报告", ("report_review",)),
])
def test_a_joint_that_closes_no_list_of_states_splits_nothing(title: str, kinds: tuple[str, ...]) -> None:
    assert object_kinds.kinds_of(title) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("会议听取了区人大教科文卫委主任某某作的关于区政府贯彻实施档案法情况的调查报告。", ["investigation"]),
    ("会议审议了市人大常委会预算工委关于2024年上半年国民经济和社会发展计划执行情况的调查报告。",
     ["investigation"]),
    ("會議聽取了縣人大常委會內司工委《關於全縣依法行政工作的調查情況報告》。", ["investigation"]),
])
def test_a_survey_report_heard_is_the_survey_once(facts_of, text: str, kinds: list[str]) -> None:
    assert sorted(_kinds(facts_of, text)) == sorted(kinds)


def test_a_research_report_heard_stays_the_investigation(facts_of) -> None:
    # near-miss: a research report (调研报告) heard is the investigation alone, as the golds give it
    assert _kinds(facts_of, "会议听取了市人大社会委关于全市学前教育发展情况的调研报告。") == ["investigation"]


def test_a_bills_explanation_before_a_report_stays_no_review(facts_of) -> None:
    # near-miss: the explanation of a bill heard before a report is legislation, the report after it one review
    text = "会议审议了关于《某市养犬管理条例（草案）》的说明以及关于全市养老服务工作情况的报告。"
    assert _kinds(facts_of, text) == ["report_review"]
