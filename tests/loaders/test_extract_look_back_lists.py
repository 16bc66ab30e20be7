"""Work a report recalls over several earlier years: a list of years, each year since one, last year's hearing, the
times done before (a first-time analyst's, round 34, class 2: such look-backs became one activity of the report's year)."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "孝感市人民代表大会常务委员会"


def facts(text: str, year: str = "2024"):
    return extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": year}))


@pytest.mark.parametrize(("text", "years"), [
    ("此前，市人大常委会已于2022年、2023年连续两年对《中华人民共和国消防法》开展执法检查。", [2022, 2023]),
    ("常委会于2019年和2021年两次对《中华人民共和国水法》开展执法检查。", [2019, 2021]),
    ("2020年、2021年、2022年，县人大常委会先后对《中华人民共和国森林法》实施情况开展执法检查。", [2020, 2021, 2022]),
    ("2019年、2021年常委会先后对《中华人民共和国水法》开展了执法检查。", [2019, 2021]),
    # a new user's class (round 36, finding 2): past inspections recalled in one sentence, one each year
    ("全国人大常委会于2009年、2011年和2016年分别开展了食品安全法执法检查。", [2009, 2011, 2016]),
    ("市人大常委会分别于2015年、2018年及2021年对《中华人民共和国大气污染防治法》开展执法检查。", [2015, 2018, 2021]),
])
def test_an_inspection_in_each_year_listed_is_one_of_that_year(text: str, years: list[int]) -> None:
    found = [(a.type, a.year, a.years, a.count, a.status) for a in facts(text).activities]
    assert found == [("law_enforcement_inspection", year, None, None, "reported") for year in years]


@pytest.mark.parametrize("text", [
    "为推进食品安全法有效实施，全国人大常委会于5月9日启动食品安全法执法检查。全国人大常委会于2009年、2011年和2016年分别开展了食品安全法执法检查。",
    "今年，市人大常委会对《中华人民共和国大气污染防治法》开展执法检查。此前，常委会已于2019年、2021年对《中华人民共和国大气污染防治法》开展执法检查。",
])
def test_earlier_years_listed_after_this_year_s_inspection_are_no_restatement_of_it(text: str) -> None:
    found = [a.year for a in facts(text).activities if a.type == "law_enforcement_inspection"]
    assert len(found) > 2 and None not in found[1:] and found[0] not in found[1:], found


@pytest.mark.parametrize("text", [
    # years qualifying the object, not the time of the work
    "常委会对2022年、2023年《中华人民共和国预算法》实施中发现的问题开展了执法检查。",
    "今年，常委会听取了2022年、2023年《中华人民共和国森林法》执法检查发现问题整改情况的报告。",
])
def test_years_qualifying_the_object_date_nothing(text: str) -> None:
    assert all(a.years is None and a.count is None for a in facts(text).activities)


@pytest.mark.parametrize(("text", "kind", "years"), [
    ("自2021年起，常委会每年都对《中华人民共和国环境保护法》开展执法检查。", "law_enforcement_inspection", "2021-2023"),
    ("从2020年开始，市人大常委会每年听取和审议市人民政府关于环境状况和环境保护目标完成情况的报告。", "report_review", "2020-2023"),
    ("2019年起，常委会年年对《中华人民共和国水法》实施情况开展执法检查。", "law_enforcement_inspection", "2019-2023"),
])
def test_work_done_each_year_since_one_spans_those_years(text: str, kind: str, years: str) -> None:
    assert [(a.type, a.years) for a in facts(text, "2023").activities] == [(kind, years)]


def test_a_law_taking_effect_from_a_year_dates_no_work_since() -> None:
    found = facts("《中华人民共和国湿地保护法》自2022年起施行，常委会对其实施情况开展了执法检查。", "2023").activities
    assert [(a.type, a.years) for a in found] == [("law_enforcement_inspection", None)]


@pytest.mark.parametrize("text", [
    "去年听取的《中华人民共和国道路交通安全法》执法检查报告审议意见，截至目前尚未全部办理完毕。",
    "去年审议的《中华人民共和国道路交通安全法》执法检查报告提出的问题，有关部门仍在整改。",
])
def test_an_inspection_whose_report_was_heard_last_year_is_of_last_year(text: str) -> None:
    found = facts(text).activities
    inspections = [a for a in found if a.type == "law_enforcement_inspection"]
    assert inspections and all(a.year == 2023 for a in found)


@pytest.mark.parametrize(("text", "count"), [
    ("上届常委会曾两次对《中华人民共和国水土保持法》开展执法检查。", 2),
    ("常委会此前曾三次对《中华人民共和国水土保持法》实施情况进行检查。", 3),
    ("市人大常委会曾经两次组织对《中华人民共和国水土保持法》开展执法检查。", 2),
])
def test_the_times_done_before_count_the_work(text: str, count: int) -> None:
    assert [(a.type, a.count) for a in facts(text).activities] == [("law_enforcement_inspection", count)]
