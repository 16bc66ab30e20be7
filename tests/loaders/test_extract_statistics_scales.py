"""A rating's scale (四个格次, 三个等次) is no count, and inspections and investigations counted together are a total of
no one kind (a fresh user's round 23: stated totals). Sentences are written for these tests after the genre's
phrasings, none copied from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

COUNTY = "某某县人民代表大会常务委员会"


# A rating's scale (四个格次, 三个等次) is no count; those rated in a grade are (获得“很满意”格次的3名).
@pytest.mark.parametrize("text", [
    "会议按照“很满意、满意、基本满意、不满意”四个格次进行了满意度投票测评。",
    "會議按照「很滿意、滿意、基本滿意、不滿意」四個格次進行了滿意度投票測評。",
    "测评结果分为满意、基本满意、不满意三个等次。",
    "会议按照满意、基本满意、不满意3个格次进行测评。",
])
def test_a_rating_scale_is_no_count(facts_of, text: str) -> None:
    assert facts_of(text, COUNTY).statistics == []


def test_those_rated_in_a_grade_are_counted(facts_of) -> None:
    assert [s.value for s in facts_of("获得“很满意”格次的3名。", COUNTY).statistics] == [3]


# Inspections and investigations counted together (执法检查执法调研23次, 执法检查和执法调研23次): the total is stated,
# of no one kind; a count of one kind alone is that kind's.
@pytest.mark.parametrize(("text", "kind"), [
    ("五年来，常委会开展执法检查执法调研23次。", None),
    ("五年来，常委会开展执法检查和执法调研23次。", None),
    ("五年來，常委會開展執法檢查及執法調研23次。", None),
    ("五年来，常委会开展执法调研23次。", "investigation"),
    ("五年来，常委会开展执法检查23次。", "law_enforcement_inspection"),
])
def test_a_combined_total_is_stated_of_no_one_kind(facts_of, text: str, kind: str | None) -> None:
    assert [(s.value, s.kind) for s in facts_of(text, COUNTY).statistics] == [(23, kind)]
