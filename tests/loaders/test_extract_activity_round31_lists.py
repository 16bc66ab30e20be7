"""Round 31's list classes (issue 10 §2.1: one activity per report a list tells): reports named one by one and then
counted (A、B、C三个专项报告), one review each, the count only their total; a report on three or more fields of work
(关于A、B、C工作情况的报告), one review per field.

Sentences are written for these tests in the genre's wording (none from benchmarks/genre or the shared corpus); each
class in several phrasings, simplified and traditional where the script matters.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.extract.object_kinds import counted_reports
from loaders.facts import Facts

COUNTY = "安吉县人民代表大会常务委员会"


def facts(text: str) -> Facts:
    return extract(Document(text=text, source="r.txt", metadata={"organ": COUNTY, "year": "2023"}))


NAMED_AND_COUNTED = {
    "A、B、C三个专项报告": ("会议听取和审议了农村供水、城乡垃圾分类、全域旅游三个专项报告。", ["report_review"] * 3),
    "A、B等两个专项工作报告": ("会议听取和审议了县政府关于学前教育发展情况、养老服务体系建设情况等两个专项工作报告。",
                             ["report_review"] * 2),
    "“A”和“B”两个议案办理情况报告": ("会议听取了关于“加快老旧小区改造”和“提升农村公路养护水平”两个议案办理情况报告。",
                                 ["report_review"] * 2),
    "A和B等两项报告, a budget among them": ("会议听取和审议了县政府关于上半年国民经济和社会发展计划执行情况和上半年财政预算执行情况等两项报告。",
                                          ["report_review", "budget_review"]),
    "traditional": ("會議聽取和審議了農村供水、城鄉垃圾分類、全域旅遊三個專項報告。", ["report_review"] * 3),
}


@pytest.mark.parametrize(("text", "kinds"), NAMED_AND_COUNTED.values(), ids=NAMED_AND_COUNTED.keys())
def test_reports_named_one_by_one_and_counted_are_one_review_each_with_no_count(text: str, kinds: list[str]) -> None:
    found = facts(text).activities
    assert sorted((a.type, a.count) for a in found) == sorted((kind, None) for kind in kinds), found


COUNTED_ONLY = {
    "organs and a count of reports": "会议听取审议了国务院、最高人民法院20个工作报告。",
    "a count alone": "全年听取和审议专项工作报告12个。",
    "more named than counted": "会议听取和审议了农村供水、城乡垃圾分类、全域旅游两个专项报告。",
}


@pytest.mark.parametrize("text", COUNTED_ONLY.values(), ids=COUNTED_ONLY.keys())
def test_a_count_that_names_fewer_or_no_reports_stays_one_counted_review(text: str) -> None:
    found = [a for a in facts(text).activities if a.type == "report_review"]
    assert len(found) == 1 and found[0].count is not None, found


@pytest.mark.parametrize(("title", "parts"), [
    ("农村供水、城乡垃圾分类、全域旅游三个专项报告", ["农村供水", "城乡垃圾分类", "全域旅游"]),
    ("关于“加快老旧小区改造”和“提升农村公路养护水平”两个议案办理情况报告", ["“加快老旧小区改造”", "“提升农村公路养护水平”"]),
    ("关于3个重点项目建设情况的报告", []),
    ("国民经济和社会发展计划、财政预算两个报告", ["国民经济和社会发展计划", "财政预算"]),
    ("国民经济和社会发展计划两个报告", []),
])
def test_counted_reports_splits_only_when_the_count_matches_the_names(title: str, parts: list[str]) -> None:
    assert counted_reports(title) == parts


FIELDS_HEARD = {
    "three fields, 工作情况的报告": "会议听取了县人民政府关于推进全域旅游、农村人居环境整治、乡村教育振兴工作情况的报告。",
    "three fields, 听取和审议": "会议听取和审议了区政府关于老旧小区改造、城市更新、背街小巷整治工作情况的报告。",
    "traditional": "會議聽取了縣人民政府關於推進全域旅遊、農村人居環境整治、鄉村教育振興工作情況的報告。",
}


@pytest.mark.parametrize("text", FIELDS_HEARD.values(), ids=FIELDS_HEARD.keys())
def test_a_report_on_three_fields_of_work_is_one_review_per_field(text: str) -> None:
    assert [a.type for a in facts(text).activities] == ["report_review"] * 3


ONE_WORK = {
    "two fields of one work": "会议听取了县人民政府关于城乡供水、污水处理工作情况的报告。",
    "two aims of one work": "会议听取了县人民政府关于优化营商环境、促进民营经济发展情况的报告。",
    "aspects (等方面)": "会议听取了镇政府关于垃圾分类设施配备、宣传指导、收集清运等方面的汇报。",
}


@pytest.mark.parametrize("text", ONE_WORK.values(), ids=ONE_WORK.keys())
def test_a_report_on_one_piece_of_work_stays_one_review(text: str) -> None:
    assert [a.type for a in facts(text).activities] == ["report_review"]


def test_a_report_on_the_appraisal_of_listed_officials_is_their_appraisal() -> None:
    # the objects of one verb (对…进行) are no reports of their own; the 述职评议 reported on is the appraisal of
    # persons, `other`, one per body whose head is named (genre README round 49 ruling 7, the lead's answer 8; l16's gold)
    text = "会议听取了关于对县发改局局长、县教育局局长、县民政局局长进行述职评议工作情况的报告。"
    assert [a.type for a in facts(text).activities] == ["other"] * 3
