"""A first-time analyst's extraction findings of round 39 (newuser24), each a class.

- §1: a law named as the ground or purpose of the work (依据《监督法》对《X法》开展执法检查; 开展《X法》执法检查是…贯彻实施
  监督法…) is no inspected law, and no inspection of its own (law-inspection-ties.csv's ``basis`` rows,
  loaders/extract/laws_inspected.py ``_named_as_basis``).
- §2: a speaker's lead without 据 (胡悦介绍，/ 王华说：“/ 会议强调，) before a relative year (新的一年, 今年, 明年, 去年) is
  past as 据…介绍， is: the year dates what is told (loaders/extract/dating.py ``_ATTRIBUTION``).
- §6: an inspection a council decided or settled (主任会议确定/研究确定/研究决定) for a time to come, opened by 从 or 自 too, is
  ``planned`` (intentions.csv's 决定 row).

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
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


PROVINCE = "陕西省人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "year"), [
    ("胡悦介绍，新的一年，省人大常委会将对《中华人民共和国食品安全法》开展执法检查。", 2015),
    ("省人大常委会秘书长胡悦说：“明年，常委会拟听取省政府关于环境保护工作情况的报告。”", 2015),
    ("省人大常委会副主任王华在会上介绍：新一年，常委会将开展专题询问。", 2015),
    ("主任会议强调，今年要对《中华人民共和国大气污染防治法》开展执法检查。", 2014),
    ("王华指出，去年，省人大常委会对《中华人民共和国森林法》开展了执法检查。", 2013),
    ("胡悅介紹，新的一年，省人大常委會將對《中華人民共和國食品安全法》開展執法檢查。", 2015),
])
def test_a_speaker_s_lead_does_not_hide_the_relative_year(facts_of, text: str, year: int) -> None:
    facts = extract(Document(text=text, source="test", metadata={"organ": PROVINCE, "year": "2014"}))
    assert [a.year for a in facts.activities] == [year]


def test_a_lead_before_work_naming_no_time_dates_nothing(facts_of) -> None:
    # near-miss: the clause after the lead names no time of its own (the report's year dates it downstream)
    facts = extract(Document(text="胡悦介绍，省人大常委会对《中华人民共和国食品安全法》开展了执法检查。", source="test",
                             metadata={"organ": PROVINCE, "year": "2014"}))
    assert [a.year for a in facts.activities] == [None]


@pytest.mark.parametrize("text", [
    "市人大常委会主任会议确定，从5月中旬到6月底对全市贯彻实施《中华人民共和国消防法》情况开展执法检查。",
    "主任会议研究确定，今年对《四川省消防条例》贯彻实施情况开展执法检查。",
    "常委会党组研究决定，自6月起对《中华人民共和国森林法》贯彻实施情况开展执法检查。",
    "经主任会议研究，确定于9月对《中华人民共和国食品安全法》开展执法检查。",
    "市人大常委會主任會議確定，從5月中旬到6月底對全市貫徹實施《中華人民共和國消防法》情況開展執法檢查。",
])
def test_an_inspection_a_council_settled_for_a_time_to_come_is_planned(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert [(a.type, a.status) for a in facts.activities] == [("law_enforcement_inspection", "planned")]


@pytest.mark.parametrize("text", [
    # near-misses: the decision told with what followed it, or settled already before the work told done
    "主任会议决定对《中华人民共和国森林法》开展执法检查，检查组深入各县（市、区）进行了检查。",
    "市人大常委会按照主任会议确定的安排，于5月对《中华人民共和国消防法》开展了执法检查。",
])
def test_a_decision_told_with_the_work_done_stays_reported(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert [(a.type, a.status) for a in facts.activities] == [("law_enforcement_inspection", "reported")]
