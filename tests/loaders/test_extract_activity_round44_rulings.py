"""Round 44's rulings on activities (genre README "## Round 44"), each stated as the genre writes it, with near
misses that must keep their activity. Sentences are paraphrases written for these tests (simplified and
traditional), not copied from a dev file."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "某某县人民代表大会常务委员会"


# -- ruling 9: kinds listed under one participation count are its scope, no activities ------------------------

@pytest.mark.parametrize("text", [
    "全年组织代表参加视察、调研、执法检查等各类履职活动320人次。",
    "组织全国、省人大代表1200人次参加专题调研、900人次参加集中视察。",
    "统一安排代表150余人次参加集中视察、专题调研活动。",
    "五年来，组织在本地的全国人大代表和省人大代表参与执法检查、专题调研和集中视察六百人次。",
    "今年共組織代表參加視察、調研等履職活動86人次。",
])
def test_kinds_under_a_participation_count_are_no_activities(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize("text, kind", [
    ("组织代表50人次参加对《中华人民共和国食品安全法》的执法检查。", "law_enforcement_inspection"),
    ("今年5月，常委会组织代表对全县农村公路建设情况进行视察。", "site_visit"),
    ("常委会组织代表开展专题调研4次。", "investigation"),
])
def test_a_kind_told_as_an_event_of_its_own_stays(facts_of, text: str, kind: str) -> None:
    assert kind in kinds(facts_of(text, COUNTY))
