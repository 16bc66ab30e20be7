"""Organ classes of round 39: the canonical names its rulings give (benchmarks/genre/README.md "## Round 39"), in
phrasings written in the genre's style (simplified and traditional script)."""
from __future__ import annotations

import pytest
from extract_helpers import organs

DISTRICT = "璧山区人民代表大会常务委员会（重庆市）"


@pytest.mark.parametrize(
    "text",
    ["区政府各工作机构要积极配合检查组工作。", "请县政府各相关工作机构认真研究处理。"],
)
def test_a_government_s_working_bodies_are_not_the_congress_s(facts_of, text):
    assert not any(c and c.endswith("各工作机构") for _, c in organs(facts_of(text, DISTRICT)))


def test_the_standing_committee_s_working_bodies_stay_a_set(facts_of):
    """Round 39 ruling 5: the congress's own committees as a set are an entry."""
    found = organs(facts_of("由区人大各专门委员会、常委会各工作机构负责人为成员。", DISTRICT))
    assert ("各工作机构", "重庆市璧山区人民代表大会常务委员会各工作机构") in found
    assert ("区人大各专门委员会", "重庆市璧山区人民代表大会各专门委员会") in found
