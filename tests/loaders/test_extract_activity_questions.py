"""Work put as a question or deliberated (a first-time analyst, round 31, class 1): whether to inspect, whether to hear
a report, whether an inquiry can be held, is no activity done, and inspects no law (phrasings in
test_extract_activity_status_governed.NEGATED, beside the other work said not done). Work done beside the question stays.

Sentences are written for these tests after the genre's plans and minutes (none from benchmarks/genre or the shared
corpus), simplified and traditional.
"""
from __future__ import annotations

COUNTY = "通山县人民代表大会常务委员会"


def test_work_done_beside_a_question_stays(facts_of):
    """The question governs its own clause: the inspection told done in the next sentence is one."""
    text = ("是否对《中华人民共和国消防法》开展执法检查，将另行研究。"
            "6月，常委会对《中华人民共和国森林法》实施情况开展了执法检查。")
    facts = facts_of(text, COUNTY)
    assert [(a.type, a.laws, a.status) for a in facts.activities] == [
        ("law_enforcement_inspection", ["中华人民共和国森林法"], "reported")], facts.activities


def test_an_inspection_checking_whether_is_done(facts_of):
    """是否 inside what an inspection looked at (重点检查…是否…) questions the government's work, not the inspection."""
    text = "常委会对《中华人民共和国森林法》实施情况开展执法检查，重点检查了各乡镇是否建立林长制。"
    facts = facts_of(text, COUNTY)
    assert [(a.type, a.status) for a in facts.activities] == [("law_enforcement_inspection", "reported")], facts.activities
