"""An investigation or a visit of how an audit's findings were rectified is that investigation or visit: the audit is
its topic, no audit oversight of its own (the golds of dev o34, a18, b03, k22; round 24)."""
from __future__ import annotations

import pytest

DISTRICT = "重庆市大足区人民代表大会常务委员会"


def _kinds(facts) -> list[str]:
    return [a.type for a in facts.activities]


@pytest.mark.parametrize(("text", "kind"), [
    ("区人大常委会对2022年度区级财政预算执行和其他财政收支审计查出问题整改情况开展专题调研。", "investigation"),
    ("區人大常委會對2022年度區級財政預算執行和其他財政收支審計查出問題整改情況開展專題調研。", "investigation"),
    ("市人大常委会组织代表对2020年度审计查出问题整改情况进行视察。", "site_visit"),
    ("区人大常委会围绕预算、审计问题整改等方面开展监督调研。", "investigation"),
    ("市人大财经委对2023年预算执行情况开展专题调研。", "investigation"),
])
def test_an_audit_studied_is_the_topic_of_the_study(facts_of, text: str, kind: str) -> None:
    assert _kinds(facts_of(text, DISTRICT)) == [kind]


@pytest.mark.parametrize("text", [
    # the audit's rectification heard, or followed up, is audit oversight
    "会议听取和审议了区政府关于2022年度审计查出问题整改情况的报告。",
    "区人大常委会对审计查出问题整改情况开展跟踪监督。",
])
def test_an_audit_heard_or_followed_up_stays_audit_oversight(facts_of, text: str) -> None:
    assert "audit_oversight" in _kinds(facts_of(text, DISTRICT))


def test_a_budget_heard_stays_a_budget_review(facts_of) -> None:
    assert _kinds(facts_of("会议听取和审议了区政府关于2023年上半年预算执行情况的报告。", DISTRICT)) == ["budget_review"]
