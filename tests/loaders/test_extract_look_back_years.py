"""An activity's year and status when its sentence looks back (a fresh user's findings, round 32, class 2): work a
sentence recalls carries the year it names (回顾2018年，…; 早在2018年，…就…过; 2022年常委会对… without a comma), or the
former term's years (上一届常委会曾…), never the report's; recalled in a plan, it stays reported; the plan's own work is
never dated before the report's year; a year named only in a look-back is no reason to doubt the header's. The other
half stays as it was: 去年, 前年, 今年, 明年 count from the report's year, 五年来 and 2021年以来 are ranges.

Sentences are written for these tests after the genre's work reports and plans (none from benchmarks/genre).
"""
from __future__ import annotations

import pytest

from loaders import extracted
from loaders.document import Document
from loaders.extract import extract

CITY = "江苏省南通市人民代表大会常务委员会"
PLAN = "二、2024年工作安排\n拟对《中华人民共和国消防法》开展执法检查。\n"


def _activities(text: str, year: str = "2023") -> list:
    return extract(Document(text=text, source="test", metadata={"organ": CITY, "year": year})).activities


RECALLED_YEARS = {
    "回顾…曾": ("回顾2018年，常委会曾对《中华人民共和国水污染防治法》开展执法检查。", 2018),
    "早在…就…过": ("早在2018年，常委会就对《中华人民共和国水法》开展过执法检查。", 2018),
    "回首…了": ("回首2019年，市人大常委会对全市养老服务工作开展了专题调研。", 2019),
    "早在, a month": ("早在2016年3月，常委会就听取了市政府关于城市绿化工作情况的报告。", 2016),
    "no comma, 对": ("2022年常委会对《中华人民共和国渔业法》开展了执法检查。", 2022),
    "no comma, a named body, 先后": ("2021年南通市人大常委会先后听取和审议了市政府关于优化营商环境工作情况的报告。", 2021),
    "no comma, 我们": ("2020年我们组织代表对全市农村公路建设情况开展了视察。", 2020),
    "no comma, traditional": ("2021年常委會對《中華人民共和國道路交通安全法》開展了執法檢查。", 2021),
    "前年": ("前年，常委会对《中华人民共和国森林法》开展了执法检查。", 2021),
    "前年, no comma": ("前年常委会听取了市政府关于城市绿化工作情况的报告。", 2021),
}


@pytest.mark.parametrize(("sentence", "year"), RECALLED_YEARS.values(), ids=RECALLED_YEARS.keys())
def test_recalled_work_carries_its_own_year(sentence, year):
    found = _activities(sentence)
    assert found and all(a.year == year and a.status == "reported" for a in found), found


@pytest.mark.parametrize("sentence", [
    "2022年常委会工作要点提出，对《中华人民共和国节约能源法》开展执法检查。",  # the year of the plan named, not the work's
    "2020年市人大常委会监督工作包括听取市政府关于城市绿化工作情况的报告。",
    "2019年颁布的《南通市城市绿化条例》，常委会开展了执法检查。",
])
def test_a_year_qualifying_a_noun_does_not_date_the_work(sentence):
    found = _activities(sentence)
    assert found and all(a.year is None for a in found), found


@pytest.mark.parametrize("sentence", [
    "上一届常委会曾对《中华人民共和国草原法》开展执法检查。",
    "上届市人大常委会对《中华人民共和国环境保护法》开展了执法检查。",
    "在上一届任期内，常委会听取了市政府关于城市绿化工作情况的报告。",
])
@pytest.mark.parametrize("before", ["", PLAN], ids=["report", "under a plan"])
def test_the_former_term_s_work_is_of_the_term_not_the_report_s_year(before, sentence):
    found = [a for a in _activities(before + sentence) if "消防法" not in "".join(a.laws)]
    assert found and all((a.year, a.years, a.status) == (None, "2018-2022", "reported") for a in found), found


PLAN_RECALLS = {
    "早在…过": ("早在2020年，常委会就对《中华人民共和国水法》开展过执法检查。", 2020),
    "no comma, 曾": ("2021年市人大常委会曾对全市养老服务工作开展专题调研。", 2021),
    "回顾…曾听取": ("回顾2019年，常委会曾听取市政府关于城市绿化工作情况的报告。", 2019),
    "去年…开展的, then a plan": ("去年常委会对《中华人民共和国森林法》开展的执法检查，将继续跟踪监督。", 2022),
    "no comma, then a plan": ("2022年常委会对《中华人民共和国渔业法》开展了执法检查，明年将组织回头看。", 2022),
}


@pytest.mark.parametrize(("sentence", "year"), PLAN_RECALLS.values(), ids=PLAN_RECALLS.keys())
def test_work_a_plan_recalls_is_reported_in_its_year(sentence, year):
    found = _activities(PLAN + sentence)
    recalled = [a for a in found if a.year == year]
    assert recalled and recalled[0].status == "reported", found
    planned = [a for a in found if a.status == "planned"]
    assert planned and all((a.year or 2023) >= 2023 for a in planned), found


@pytest.mark.parametrize("sentence", [
    "2024年，常委会将对《中华人民共和国道路交通安全法》开展执法检查。",
    "拟于2024年6月听取和审议市人民政府关于城市绿化工作情况的报告。",
    "明年将组织代表对全市农村公路建设情况开展视察。",
])
def test_a_plan_s_own_work_stays_planned_in_its_year(sentence):
    found = _activities(PLAN + sentence)
    assert found and all(a.status == "planned" and a.year == 2024 for a in found), found


OTHER_HALF = {
    "去年": ("去年，常委会对《中华人民共和国渔业法》开展了执法检查。", 2022, None),
    "今年": ("今年，常委会对《中华人民共和国水法》开展了执法检查。", 2023, None),
    "明年": ("明年，常委会将对《中华人民共和国草原法》开展执法检查。", 2024, None),
    "2018年，…曾": ("2018年，常委会曾对《中华人民共和国森林法》开展执法检查。", 2018, None),
    "五年来": ("五年来，常委会共开展执法检查23次。", None, "2019-2023"),
    "2021年以来": ("2021年以来，常委会先后对《中华人民共和国土地管理法》开展执法检查。", None, "2021-2023"),
}


@pytest.mark.parametrize(("sentence", "year", "years"), OTHER_HALF.values(), ids=OTHER_HALF.keys())
def test_relative_years_and_ranges_stay_as_they_were(sentence, year, years):
    found = _activities(sentence)
    assert found and all((a.year, a.years) == (year, years) for a in found), found


@pytest.mark.parametrize("text", [
    "回顾2018年，常委会曾对《中华人民共和国水污染防治法》开展执法检查。今年，常委会听取了市政府关于城市绿化工作情况的报告。",
    "早在2017年，常委会就对《中华人民共和国水法》开展过执法检查。今年常委会继续开展跟踪监督。",
    "2016年，常委会曾对《中华人民共和国森林法》开展执法检查，此后未再检查。",
])
def test_a_year_named_only_in_a_look_back_raises_no_header_warning(text):
    warnings = extracted(Document(text, "r.txt", {"organ": CITY, "year": "2023"})).warnings
    assert not [w for w in warnings if w.startswith("year:")], warnings


def test_a_year_the_text_s_own_work_names_is_still_weighed_against_the_header():
    warnings = extracted(Document("2018年，常委会对《中华人民共和国水法》开展了执法检查。", "r.txt",
                                  {"organ": CITY, "year": "2023"})).warnings
    assert [w for w in warnings if w.startswith("year: '2023' is far from")], warnings


@pytest.mark.parametrize("tasks", [
    "本次大会的主要任务：听取和审查市人民政府工作报告；审查市人民代表大会常务委员会工作报告。",
    "本次会议的主要任务是：审议市人民政府工作报告、市人民代表大会常务委员会工作报告。",
    "此次会议的主要任务是：听取和审议市人民政府工作报告，审查和批准市本级预算。",
    "本次會議的主要任務是：審議市人民政府工作報告、市人民代表大會常務委員會工作報告。",
])
def test_a_session_s_main_tasks_announced_are_work_to_come(tasks):
    """The main tasks announced for a session (at a press conference or its preparatory meeting, dev ah25, aa37) are
    the session's work to come, planned; a held session's agenda told as done stays reported (below)."""
    found = _activities("会议表决通过了大会议程。" + tasks)
    assert found and all(a.status == "planned" for a in found), found


def test_a_held_session_s_agenda_stays_reported():
    found = _activities("2月20日，兴旺乡召开第九届人民代表大会第二次会议。会议的主要议程有：听取和审议《兴旺乡人民政府工作报告》。"
                        "会议听取和审议了乡长作的《政府工作报告》。")
    assert found and all(a.status == "reported" for a in found), found


@pytest.mark.parametrize("sentence", [
    "会议要求，要高标准推进执法检查；精心组织实施，与正在开展《江苏省旅游条例》执法检查统筹安排。",
    "常委会将继续跟踪监督审议意见落实情况；目前正在对《中华人民共和国水法》开展执法检查。",
    "拟于9月听取市政府关于河长制工作情况的报告；常委会正在对《中华人民共和国水法》开展执法检查。",
])
def test_work_told_under_way_is_reported_whatever_intention_holds_it(sentence):
    """Work its clause tells under way (正在开展, 正在进行) has begun, reported though an intention or an agenda governs
    its sentence (dev g19: 会议要求，…与正在開展《江蘇省旅遊條例》執法檢查統籌安排 was planned)."""
    found = [a for a in _activities(sentence) if "执法检查" in a.evidence and "正在" in a.evidence]
    assert found and all(a.status == "reported" for a in found), _activities(sentence)
