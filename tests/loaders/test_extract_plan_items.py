"""Plan items: short numbered lines of a plan's lists are statements, each one piece of planned work."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

HEADER = {"organ": "泾县人大常委会", "level": "county"}


def planned(text: str) -> list[tuple[str, str]]:
    facts = extract(Document(text=text, source="plan.txt", metadata=HEADER))
    assert all(a.status == "planned" for a in facts.activities)
    return [(a.type, a.evidence) for a in facts.activities]


@pytest.mark.parametrize(("text", "expected"), [
    ("泾县人大常委会2025年监督工作计划\n一、执法检查\n1.《中华人民共和国土地管理法》执法检查\n2.《安徽省消防条例》执法检查\n",
     [("law_enforcement_inspection", "《中华人民共和国土地管理法》执法检查"), ("law_enforcement_inspection", "《安徽省消防条例》执法检查")]),
    ("县人大常委会2024年工作要点\n（一）听取和审议专项工作报告\n1.听取和审议县政府关于安全生产工作情况的报告\n2.听取和审议县法院关于执行工作情况的报告\n",
     [("report_review", "听取和审议县政府关于安全生产工作情况的报告"), ("report_review", "听取和审议县法院关于执行工作情况的报告")]),
    ("泾县人大常委会2023年监督工作计划\n二、专题调研\n1.乡村振兴工作情况\n2.农村人居环境整治情况\n三、视察\n1.重点项目建设情况\n",
     [("investigation", "乡村振兴工作情况"), ("investigation", "农村人居环境整治情况"), ("site_visit", "重点项目建设情况")]),
    ("2022年监督工作要点\n一、专题询问\n（一）对全县食品安全工作开展专题询问\n二、满意度测评\n（一）对县政府民生实事办理情况进行满意度测评\n",
     [("special_inquiry", "对全县食品安全工作开展专题询问"), ("satisfaction_evaluation", "对县政府民生实事办理情况进行满意度测评")]),
    ("泾县人大常委会2026年监督工作计划\n一、听取和审议专项工作报告\n1.县人民政府关于农村饮水安全工作情况的报告（6月）\n"
     "2.县人民法院关于审判执行工作情况的报告\n三、视察调研\n1.全县养老服务体系建设情况（9月，社会建设工委）\n",
     [("report_review", "县人民政府关于农村饮水安全工作情况的报告"), ("report_review", "县人民法院关于审判执行工作情况的报告"),
      ("site_visit", "全县养老服务体系建设情况（9月，社会建设工委）")]),
])
def test_items_of_a_plan_are_planned_activities(text: str, expected: list[tuple[str, str]]) -> None:
    assert planned(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("征集2025年监督工作议题\n一、议题范围\n1.听取和审议专项工作报告的议题；\n2.开展执法检查的议题；\n3.开展专题调研和视察的议题\n", []),
    ("泾县人大常委会2025年监督工作计划\n一、执法检查\n本年度对两部法律开展执法检查，具体安排另行通知。\n"
     "二、专题调研\n（一）乡村振兴\n围绕乡村振兴开展专题调研。\n",
     [("law_enforcement_inspection", "本年度对两部法律开展执法检查"), ("investigation", "围绕乡村振兴开展专题调研")]),
])
def test_headings_and_calls_for_topics_are_no_items(text: str, expected: list[tuple[str, str]]) -> None:
    """A heading with a paragraph under it (（一）乡村振兴) and a call for topics (…的议题) state no
    piece of work; the paragraphs do."""
    assert planned(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # shm.com.cn/szb/ytwb/paper/pc/content/202302/22/content_126515.html (区人大常委会2023年监督工作计划: 城市更新、
    # 安全生产、人民调解工作情况), its items shortened to their subjects
    ("区人大常委会2023年监督工作计划\n一、听取专项工作报告\n1.城市更新工作情况\n2.安全生产工作情况\n3.人民调解工作情况\n",
     [("report_review", "城市更新工作情况"), ("report_review", "安全生产工作情况"), ("report_review", "人民调解工作情况")]),
    # rklyrics.com/zxzx/ycyw/content/post_522228.html (阳春市人大常委会2021年监督工作计划: 创建森林城市, 决算草案)
    # paraphrased: the budget's subject is a budget review, as the table types it
    ("市人大常委会2021年监督工作计划\n一、听取和审议“一府两院”的专项工作报告\n1.创建森林城市工作情况\n2.2020年市财政决算草案\n",
     [("report_review", "创建森林城市工作情况"), ("budget_review", "2020年市财政决算草案")]),
    # qhrd.gov.cn/…/t20080806_71838.html (西宁市人大常委会2008年监督工作计划: 经济运行情况、节能减排工作) paraphrased
    ("市人大常委会2008年监督工作计划\n（一）听取和审议专项工作报告\n1.全市经济运行情况\n2.节能减排工作\n",
     [("report_review", "全市经济运行情况"), ("report_review", "节能减排工作")]),
])
def test_items_under_a_heading_that_hears_reports_are_typed_by_their_subject(text: str, expected: list[tuple[str, str]]) -> None:
    """An item without a verb of its own under a heading that hears reports (一、听取专项工作报告) is the subject of
    one report heard: typed as a report's title is (object_kinds.kinds_of)."""
    assert planned(text) == expected


@pytest.mark.parametrize("text", [
    # a heading that names no work (主要任务) or names the plan itself gives its items no kind
    "区人大常委会2023年监督工作计划\n一、主要任务\n1.城市更新工作情况\n2.安全生产工作情况\n",
    "区人大常委会2023年工作要点\n一、工作目标\n1.城市更新工作情况\n2.安全生产工作情况\n",
])
def test_items_under_a_heading_of_no_work_are_none(text: str) -> None:
    assert planned(text) == []
