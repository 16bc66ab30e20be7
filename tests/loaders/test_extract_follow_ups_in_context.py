"""Follow-ups whose reading hung on the sentences around them (a first-time analyst, round 31, class 4): a follow-up
is one, whatever sentence comes after it (a question opening the next sentence, 是否…, made it the subject of a
copula and dropped it), and an earlier inspection named as its object with its year (对2021年开展的…执法检查…) dates
that inspection, not the follow-up, which is of the report's time.

Sentences are written for these tests after the genre's county reports (none from benchmarks/genre).
"""
from __future__ import annotations

import pytest

COUNTY = "通山县人民代表大会常务委员会"

FOLLOW_UPS = {
    "对2021年开展的…整改情况进行了跟踪检查": "对2021年开展的《中华人民共和国教育法》执法检查发现问题的整改情况进行了跟踪检查。",
    "就2022年开展的…开展“回头看”": "常委会就2022年开展的《中华人民共和国森林法》执法检查反馈问题的整改情况开展“回头看”。",
    "对2021年度组织的…跟踪检查": "对2021年度组织的《中华人民共和国种子法》执法检查审议意见落实情况进行了跟踪检查。",
    "對2021年開展的, traditional": "對2021年開展的《中華人民共和國教育法》執法檢查發現問題的整改情況進行了跟蹤檢查。",
}
NEXT = {
    "alone": "",
    "a question next": "\n是否对《中华人民共和国消防法》开展执法检查，将另行研究确定。",
    "a question next, same line": "是否对《中华人民共和国消防法》开展执法检查，将另行研究。",
    "an inspection next": "\n县人大常委会与崇阳县人大常委会联合开展《中华人民共和国种子法》执法检查。",
}


@pytest.mark.parametrize("after", NEXT.values(), ids=NEXT.keys())
@pytest.mark.parametrize("text", FOLLOW_UPS.values(), ids=FOLLOW_UPS.keys())
def test_a_follow_up_is_one_of_the_reports_year_whatever_follows(facts_of, text, after):
    facts = facts_of("2023年，" + text + after, COUNTY)
    follow_up = facts.activities[0]
    assert follow_up.follow_up and follow_up.status == "reported", facts.activities
    assert follow_up.year in (None, 2023), follow_up


def test_the_work_itself_told_with_its_year_keeps_it(facts_of):
    """The inspection told with its year (特别是2020年组织开展的《X条例》执法检查) is of that year."""
    facts = facts_of("特别是2020年组织开展的《湖北省湖泊保护条例》执法检查，推动了问题整改。", COUNTY)
    assert [(a.type, a.year) for a in facts.activities] == [("law_enforcement_inspection", 2020)], facts.activities

