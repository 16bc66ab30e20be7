"""A look-back placed under a plan's heading (a first-time analyst, round 31, class 7): 五年来，常委会共开展执法检查21次
tells work of past years as done, so it is reported, not planned, wherever it stands; the plan's own work stays planned.

Sentences are written for these tests after the genre's term reports (none from benchmarks/genre).
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

COUNTY = "通山县人民代表大会常务委员会"
PLAN = "二、2024年工作打算\n拟于明年对《中华人民共和国消防法》开展执法检查。\n"

LOOK_BACKS = {
    "五年来": "五年来，常委会共开展执法检查21次，专题询问6次。",
    "本届以来": "本届以来，常委会共听取和审议专项工作报告35个。",
    "过去五年, traditional": "五年來，常委會共開展執法檢查21次。",
}


@pytest.mark.parametrize("look_back", LOOK_BACKS.values(), ids=LOOK_BACKS.keys())
def test_a_look_back_under_a_plan_is_reported(look_back):
    facts = extract(Document(text=PLAN + look_back, source="test", metadata={"organ": COUNTY, "year": "2023"}))
    planned = [a for a in facts.activities if a.status == "planned"]
    assert [a.laws for a in planned] == [["中华人民共和国消防法"]], facts.activities
    looked_back = [a for a in facts.activities if a.years]
    assert looked_back and all(a.status == "reported" for a in looked_back), facts.activities


RECALLED = {
    "a year, 开展了": ("2023年，常委会对《中华人民共和国道路交通安全法》开展了执法检查。", 2023),
    "a year, then an intention": ("2022年，常委会对《中华人民共和国渔业法》开展了执法检查，明年将组织回头看。", 2022),
    "去年…听取了": ("去年，常委会听取和审议了县人民政府关于《中华人民共和国道路交通安全法》实施情况的报告。", 2022),
    "traditional": ("2021年，常委會對《中華人民共和國道路交通安全法》開展了執法檢查。", 2021),
}


@pytest.mark.parametrize(("recalled", "year"), RECALLED.values(), ids=RECALLED.keys())
def test_work_a_plan_recalls_as_done_is_reported_in_its_year(recalled, year):
    """A plan's background sentence telling past work done (a time, then its own verb with 了) is reported in its own
    year (a first-time analyst, round 32: filed as planned work of the plan's year); the plan's own work stays planned."""
    facts = extract(Document(text=PLAN + recalled, source="test", metadata={"organ": COUNTY, "year": "2023"}))
    done = [a for a in facts.activities if a.status == "reported"]
    assert [(a.type, a.year) for a in done][:1] == [(done[0].type, year)] and done[0].year == year, facts.activities
    assert [a.laws for a in facts.activities if a.status == "planned" and not a.follow_up] == [["中华人民共和国消防法"]], \
        facts.activities


@pytest.mark.parametrize("planned", [
    "2024年，常委会将对《中华人民共和国道路交通安全法》开展执法检查。",
    "拟于2024年6月听取和审议县人民政府关于《中华人民共和国道路交通安全法》实施情况的报告。",
    "今年计划组织代表对《中华人民共和国道路交通安全法》实施情况开展视察。",
])
def test_a_plans_own_dated_work_stays_planned(planned):
    facts = extract(Document(text=PLAN + planned, source="test", metadata={"organ": COUNTY, "year": "2023"}))
    assert facts.activities and all(a.status == "planned" for a in facts.activities), facts.activities
