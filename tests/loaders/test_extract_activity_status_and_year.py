"""Work announced, work said not to be done, and the year an activity's own words give it."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "宜昌市人民代表大会常务委员会"


def facts(text: str, year: str = "2023"):
    return extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": year}))


@pytest.mark.parametrize("text", [
    "市人大常委会将于近期开展《中华人民共和国森林法》执法检查。",
    "下半年，常委会将于近期组织对《中华人民共和国种子法》实施情况进行检查。",
])
def test_work_announced_for_soon_is_planned(text: str) -> None:
    assert [(a.type, a.status) for a in facts(text).activities] == [("law_enforcement_inspection", "planned")]


@pytest.mark.parametrize("text", [
    "市人大常委会没有开展《中华人民共和国森林法》执法检查。",
    "常委会尚未对《中华人民共和国种子法》开展执法检查。",
    "县人大常委会未听取县政府关于教育工作的报告。",
    "常委会从未组织对《中华人民共和国畜牧法》实施情况的检查。",
    "受疫情影响，原定对《中华人民共和国畜牧法》的执法检查未能开展。",
    "因故取消了原计划对《中华人民共和国草原法》的执法检查。",
    "原定的《中华人民共和国种子法》执法检查未能如期进行。",
])
def test_work_said_not_to_be_done_is_no_activity_and_inspects_no_law(text: str) -> None:
    found = facts(text)
    assert found.activities == [] and not any(law.inspected for law in found.laws)


@pytest.mark.parametrize(("text", "year"), [
    ("2023年，市人大常委会将于2024年对《中华人民共和国未成年人保护法》开展执法检查。", 2024),
    ("2022年开展的《中华人民共和国体育法》执法检查发现了一些问题。", 2022),
    ("市人大常委会于2021年9月组织开展了《中华人民共和国森林法》执法检查。", 2021),
    ("2023年，常委会听取和审议了市政府关于2022年度环境状况的报告。", 2023),  # 2022年度 qualifies the report
])
def test_the_year_an_activity_s_own_words_give_it(text: str, year: int) -> None:
    assert [a.year for a in facts(text).activities] == [year]
