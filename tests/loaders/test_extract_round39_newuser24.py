"""A first-time analyst's extraction findings of round 39 (newuser24), each a class.

- §1: a law named as the ground or purpose of the work (依据《监督法》对《X法》开展执法检查; 开展《X法》执法检查是…贯彻实施
  监督法…) is no inspected law, and no inspection of its own (law-inspection-ties.csv's ``basis`` rows,
  loaders/extract/laws_inspected.py ``_named_as_basis``).

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

CITY = "绵阳市人民代表大会常务委员会"
FIRE = "中华人民共和国消防法"
OVERSIGHT = "中华人民共和国各级人民代表大会常务委员会监督法"


@pytest.mark.parametrize("text", [
    # the purpose: the inspection said to carry the law out, after 是
    "市人大常委会对《消防法》实施情况开展执法检查。主任指出，开展《消防法》执法检查是市人大常委会贯彻实施监督法，"
    "提高监督实效的积极探索。",
    "市人大常委会对《消防法》实施情况开展执法检查。此次执法检查是落实监督法的具体举措，检查组深入各县（市、区）检查。",
    "市人大常委会对《消防法》实施情况开展执法检查。开展消防法执法检查也是常委会践行《中华人民共和国各级人民代表大会"
    "常务委员会监督法》的重要举措。",
    "市人大常委會對《消防法》實施情況開展執法檢查。開展《消防法》執法檢查是市人大常委會貫徹實施監督法的積極探索。",
    # the ground: 依据/根据/按照 right before the law, in the inspection's own clause
    "市人大常委会依据《监督法》对《消防法》开展执法检查。",
    "市人大常委会依据监督法的规定开展消防法执法检查。",
    "市人大常委会根据《中华人民共和国各级人民代表大会常务委员会监督法》对消防法实施情况进行了执法检查。",
    "市人大常委会按照监督法有关规定，对《消防法》贯彻实施情况开展执法检查。",
])
def test_a_law_named_as_ground_or_purpose_is_not_inspected(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert kinds(facts) == ["law_enforcement_inspection"]
    assert facts.activities[0].laws == [FIRE]


@pytest.mark.parametrize(("text", "laws"), [
    # near-misses: the ground word names the inspection's own plan, or the law is the object checked
    ("根据《消防法》执法检查工作方案，检查组深入各县检查。", [FIRE]),
    ("市人大常委会按照《消防法》和《四川省消防条例》实施情况检查的安排，深入各县开展执法检查。",
     [FIRE, "四川省消防条例"]),
    ("市人大常委会对《监督法》贯彻实施情况开展了执法检查。", [OVERSIGHT]),
    ("市人大常委会开展《消防法》执法检查，检查我市贯彻实施消防法的情况。", [FIRE]),
])
def test_a_law_the_inspection_checks_stays_inspected(facts_of, text: str, laws: list[str]) -> None:
    facts = facts_of(text, CITY)
    assert kinds(facts) == ["law_enforcement_inspection"]
    assert facts.activities[0].laws == laws
