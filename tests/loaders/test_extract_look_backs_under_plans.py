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
