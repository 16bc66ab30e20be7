"""Work put as a question or deliberated (a first-time analyst, round 31, class 1): whether to inspect, whether to hear
a report, whether an inquiry can be held, is no activity done, and inspects no law. Work done beside the question stays.

Sentences are written for these tests after the genre's plans and minutes (none from benchmarks/genre or the shared
corpus), simplified and traditional.
"""
from __future__ import annotations

import pytest

COUNTY = "通山县人民代表大会常务委员会"

QUESTIONS = {
    "是否…，将另行研究": "是否对《中华人民共和国消防法》开展执法检查，将另行研究。",
    "研究了是否…的问题": "常委会研究了是否开展《中华人民共和国慈善法》执法检查的问题。",
    "可否…，由主任会议决定": "可否就全县养老服务工作开展专题询问，由主任会议研究决定。",
    "要不要 before 对": "主任会议讨论了要不要对《中华人民共和国森林法》进行执法检查。",
    "是否需要听取": "会议还就是否需要听取县人民政府关于农村公路建设情况的报告进行了讨论。",
    "能否…完成": "能否在年内完成对《中华人民共和国消防法》的执法检查，仍有待观察。",
    "是否, traditional": "是否對《中華人民共和國水法》開展執法檢查，將視情況另行研究確定。",
}


@pytest.mark.parametrize("text", QUESTIONS.values(), ids=QUESTIONS.keys())
def test_work_put_as_a_question_is_no_activity(facts_of, text):
    facts = facts_of(text, COUNTY)
    assert facts.activities == [], facts.activities
    assert not any(law.inspected for law in facts.laws), facts.laws


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
