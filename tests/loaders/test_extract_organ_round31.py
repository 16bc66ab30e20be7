"""Organ classes of round 31, measured on the blind validation split first. The nation's reports name its government
国务院; a bare 政府 in them is governments in general (a checklist for every level, 各地政府, the party and the
government as a formula), never the State Council (y03's 政府及有关部门; validation pred 2091 → 2088, tp held).
A province's or a lower level's bare 政府 stays its own government.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL, organs

COUNTY = "新田县人民代表大会常务委员会"


@pytest.mark.parametrize(
    "text",
    [
        "检查重点是政府及有关部门履行法定职责的情况。",
        "執法檢查組要求政府及有關部門、有關單位落實主體責任。",
        "推动政府切实担负起保护野生动物的责任。",
        "各地政府要把食品安全纳入考核。",
        "坚持党委领导、人大主导、政府依托、各方参与。",
    ],
)
def test_a_national_reports_bare_government_is_no_state_council(facts_of, text):
    assert not any(mention == "政府" for mention, _ in organs(facts_of(text, NATIONAL)))


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("督促政府深化国有企业改革。", COUNTY, "新田县人民政府"),
        ("会议要求政府认真研究处理审议意见。", "福建省人民代表大会常务委员会", "福建省人民政府"),
        ("常委会建议政府加大财政投入。", "株洲市人民代表大会常务委员会", "株洲市人民政府"),
    ],
)
def test_a_lower_levels_bare_government_is_its_own(facts_of, text, organ, canonical):
    assert ("政府", canonical) in organs(facts_of(text, organ))
