"""A plan of work heard, a decision for a later month, work put off, a run-in plan heading and a look-back stated
in a heading or a paragraph's first sentence (a first-time analyst's findings, round 27)."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract, plans

ORGAN = "宜昌市人民代表大会常务委员会"


def facts(text: str, year: str = "2024", issued: str = "2024-03-12"):
    return extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": year, "issued": issued}))


# A plan of an inspection heard is the inspection to come, never one done nor a report reviewed (dev j09, k16).
@pytest.mark.parametrize("text", [
    "会议听取了市人大城乡建设环境保护委员会关于《宜昌市城区重点绿地保护条例》执法检查方案的汇报，"
    "决定于4月至5月对该条例实施情况开展执法检查。",
    "会议听取了市人大环资委关于《宜昌市城区重点绿地保护条例》执法检查方案的汇报。",
    "会议听取了市人大常委会法工委关于《中华人民共和国森林法》执法检查工作方案的说明。",
    "会议还听取了市人大常委会关于土壤污染防治法执法检查实施方案的汇报。",
])
def test_an_inspection_plan_heard_is_no_inspection_done(text: str) -> None:
    found = facts(text).activities
    assert found and all(a.status == "planned" for a in found)
    assert all(a.type == "law_enforcement_inspection" for a in found)


# A meeting deciding or agreeing to do work at a time to come (a month, a month of a year) plans it.
@pytest.mark.parametrize("text", [
    "3月11日，市人大常委会召开主任会议。会议决定，4月至5月对《中华人民共和国森林法》实施情况开展执法检查。",
    "会议决定于4月至5月对《宜昌市城区重点绿地保护条例》实施情况开展执法检查。",
    "主任会议同意于5月下旬对《中华人民共和国森林法》实施情况开展执法检查。",
    "会议决定，六月对《中华人民共和国草原法》实施情况开展执法检查。",
    "县人大常委会决定于2024年4月至9月开展《中华人民共和国环境保护法》执法检查。",
])
def test_a_decision_for_a_later_time_is_planned(text: str) -> None:
    assert [(a.type, a.status) for a in facts(text).activities] == [("law_enforcement_inspection", "planned")]


def test_a_decision_told_with_the_work_that_followed_stays_reported() -> None:
    found = facts("常委会决定对《中华人民共和国森林法》开展执法检查，检查组深入三个县区进行了实地检查。").activities
    assert {a.status for a in found if a.type == "law_enforcement_inspection"} == {"reported"}


# Work put off is planned for the year it is put off to.
@pytest.mark.parametrize(("text", "year"), [
    ("原计划听取审议的市人民政府关于旅游工作情况的报告推迟至2021年。", 2021),
    ("原定于今年听取审议的市人民政府关于旅游工作情况的报告调整至明年。", 2021),
    ("常委会决定，将原定听取的市政府关于脱贫攻坚工作情况的报告推迟至2021年。", 2021),
    ("原计划对《中华人民共和国森林法》的执法检查推迟到2021年开展。", 2021),
])
def test_work_put_off_is_of_the_year_it_is_put_off_to(text: str, year: int) -> None:
    found = facts(text, year="2020", issued="2020-12-20").activities
    assert [(a.status, a.year) for a in found] == [("planned", year)]


# A plan heading run into its paragraph dates and plans its items as one on its own line does.
@pytest.mark.parametrize(("plan", "year"), [
    ("三、2024年工作打算。拟对《中华人民共和国未成年人保护法》贯彻实施情况开展执法检查。", 2024),
    ("三、2024年工作打算。对《中华人民共和国未成年人保护法》贯彻实施情况开展执法检查。", 2024),
    ("四、明年工作安排。常委会将对《中华人民共和国森林法》开展执法检查。", 2024),
    ("（三）2025年工作思路。听取和审议街道办事处关于安全生产工作情况的报告。", 2025),
])
def test_a_run_in_plan_heading_dates_its_plan(plan: str, year: int) -> None:
    found = facts("2023年，街道人大工委依法履职。\n" + plan, year="2023", issued="2023-12-28").activities
    assert [(a.status, a.year) for a in found] == [("planned", year)]


@pytest.mark.parametrize(("line", "heading"), [
    ("三、2024年工作打算。拟对…开展执法检查。", "三、2024年工作打算"),
    ("（二）加强监督工作。常委会听取了报告。", "（二）加强监督工作"),
    ("一、过去五年，常委会坚持依法监督，开展了执法检查。", ""),  # a comma: a sentence, not a heading
    ("2023年工作打算。拟对…开展执法检查。", ""),  # unnumbered
    ("三、2024年工作打算", ""),  # a heading on its own line
])
def test_run_in_heading(line: str, heading: str) -> None:
    assert plans.run_in_heading(line) == heading


# A look-back (五年来, 过去五年, 本届以来) in a heading dates the work under it; in a paragraph's first sentence, the
# paragraph's; a heading of the same rank ends it, and work its own words date keeps its year.
@pytest.mark.parametrize("text", [
    "一、五年来的主要工作\n常委会坚持正确监督。先后对《中华人民共和国森林法》开展执法检查。\n二、2022年主要工作\n",
    "一、过去五年工作回顾。常委会先后对《中华人民共和国森林法》开展执法检查。\n二、2022年主要工作\n",
    "五年来，常委会坚持正确监督、有效监督。先后对《中华人民共和国森林法》开展执法检查。",
    "本届以来，常委会始终坚持依法监督。常委会对《中华人民共和国森林法》实施情况进行了检查。",
])
def test_a_look_back_dates_its_heading_s_or_paragraph_s_work(text: str) -> None:
    found = facts(text, year="2022", issued="2023-01-17").activities
    assert [(a.year, a.years) for a in found] == [(None, "2018-2022")]


@pytest.mark.parametrize("text", [
    "一、五年来的主要工作\n常委会坚持正确监督。\n二、2022年主要工作\n常委会对《中华人民共和国森林法》开展执法检查。",
    "五年来，常委会坚持正确监督。\n常委会对《中华人民共和国森林法》开展执法检查。",
    "五年来的主要工作\n2022年，常委会对《中华人民共和国森林法》开展执法检查。",
    "过去五年的工作回顾\n常委会坚持正确监督。\n（一）2022年主要工作\n常委会对《中华人民共和国森林法》开展执法检查。",
])
def test_work_outside_a_look_back_or_dated_by_its_own_words_is_not_the_term_s(text: str) -> None:
    found = facts(text, year="2022", issued="2023-01-17").activities
    assert [a.years for a in found] == [None]


def test_a_look_back_heading_dates_its_figures_but_not_a_sentence_of_its_own_year() -> None:
    text = ("一、五年来的主要工作\n常委会坚持正确监督。共开展执法检查31次，组织专题询问9次。\n"
            "2022年，常委会开展执法检查5次。\n二、2023年工作安排\n")
    found = facts(text, year="2022", issued="2023-01-17").statistics
    assert [(s.value, s.years) for s in found] == [(31, "2018-2022"), (9, "2018-2022"), (5, None)]
