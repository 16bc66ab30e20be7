"""A list of the coming year's work opened by its frame (新的一年…主要开展N项工作，包括…) is planned, item by item.

Sentences paraphrase work reports found in the search tool's ``pages`` corpus (sources by test).
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "澧县人民代表大会常务委员会"


def statuses(text: str) -> list[tuple[str, str]]:
    found = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2017"}))
    return [(a.type, a.status) for a in found.activities]


@pytest.mark.parametrize("text", [
    # http://bc0550.com/xwzx/jrlz/content_58333 (a county session, 2017)
    "新的一年，县人大主要开展12项工作，包括1、继续开展两项议案落实情况的督办。2、开展两部法律执法检查。"
    "3、听取和审议两项专项工作报告。4、开展专项资金专题调研。5、开展工作评议。",
    # http://nbnewpower.cn//news/2006/2006-03-09/8/700708.shtml (the NPCSC's work report, 2006)
    "今年常委会监督工作有五个重点：\n一是跟踪检查农村土地承包法执法检查报告所提建议的落实情况。\n"
    "二是对专利法进行执法检查，听取和审议关于增强自主创新能力的专题工作报告。\n三是对节约能源法进行执法检查。",
    # http://www.mas-day.com/article/house/show/35064 (a county session, 2014), its tasks paraphrased
    "今年县人大常委会工作的主要任务是：开展食品安全法执法检查。听取和审议县政府关于美好乡村建设情况的报告。"
    "组织代表视察重点项目建设。",
    # the frame with 重点抓好以下几项
    "明年，常委会重点抓好以下几项工作：开展水污染防治法执法检查。对全县教育工作开展专题调研。",
])
def test_every_item_of_a_year_s_task_list_is_planned(text: str) -> None:
    found = statuses(text)
    assert len(found) >= 2 and {status for _, status in found} == {"planned"}, found


@pytest.mark.parametrize("text", [
    # work done: 今年以来, a past verb, a year gone by, or no list of tasks
    "今年以来，县人大常委会主要开展了12项工作，包括开展两部法律执法检查。听取和审议两项专项工作报告。",
    "2016年，县人大常委会重点开展3项工作：开展两部法律执法检查。听取和审议两项专项工作报告。",
    "今年，常委会听取和审议专项工作报告5项，开展执法检查2次。对全县教育工作开展专题调研。",
    "今年常委会的工作重点突出。开展两部法律执法检查。听取和审议两项专项工作报告。",
])
def test_work_done_this_year_stays_reported(text: str) -> None:
    found = statuses(text)
    assert found and {status for _, status in found} == {"reported"}, found


def test_the_list_ends_with_its_paragraph() -> None:
    text = ("新的一年，县人大主要开展2项工作，包括1、开展两部法律执法检查。2、开展专项资金专题调研。\n"
            "会议听取和审议了县政府关于教育工作情况的报告。")
    assert statuses(text) == [("law_enforcement_inspection", "planned"), ("investigation", "planned"),
                              ("report_review", "reported")]


@pytest.mark.parametrize("text", [
    "新的一年，县人大主要开展12项工作，包括1、继续开展两项议案落实情况的督办。2、开展两部法律执法检查。"
    "3、听取和审议两项专项工作报告。",
    "新的一年，縣人大主要開展3項工作，包括1、開展兩部法律執法檢查。2、聽取和審議兩項專項工作報告。",
])
def test_the_figures_of_a_year_s_task_list_are_planned(text: str) -> None:
    found = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2017"}))
    assert found.statistics and {s.status for s in found.statistics} == {"planned"}, found.statistics


def test_the_figures_of_work_done_stay_reported() -> None:
    found = extract(Document(text="今年以来，县人大常委会开展了两部法律执法检查。听取和审议两项专项工作报告。",
                             source="r.txt", metadata={"organ": ORGAN, "year": "2017"}))
    assert found.statistics and {s.status for s in found.statistics} == {"reported"}, found.statistics
