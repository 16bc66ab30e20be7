"""Organs overseen named outside an activity's own words: the 对-object framing its clause, a count standing for a
list told before, the heads of units present at an inquiry (a fresh user's study 5, F3)."""
from __future__ import annotations

import pytest

_APPRAISED = ["苏州市教育局", "苏州市民政局", "苏州市司法局"]


def _overseen(facts, kind: str) -> list[list[str]]:
    return [a.overseen for a in facts.activities if a.type == kind]


@pytest.mark.parametrize("text", [
    "市人大常委会对市教育局、市民政局、市司法局3个部门负责同志，围绕服务态度进行了工作评议。",
    "市人大常委会对市教育局、市民政局和市司法局等3个政府部门，围绕依法行政开展了工作评议。",
    "今年，常委会对市教育局、市民政局、市司法局，围绕“放管服”改革开展工作评议。",
    "市人大常委會對市教育局、市民政局、市司法局3個部門負責同志，圍繞服務態度進行了工作評議。",
])
def test_the_object_of_dui_before_the_clause_is_overseen(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "other") == [_APPRAISED]


@pytest.mark.parametrize("text", [
    # the 对-phrase has a predicate of its own: the departments are its object, not the appraisal's
    "市人大常委会对市教育局提出的整改意见进行了研究，围绕服务态度开展了工作评议。",
    # doing the work with the congress, or attending it
    "市人大常委会会同市教育局、市民政局，围绕服务态度开展了工作评议。",
    "市人大常委会邀请市教育局、市民政局负责同志列席，围绕服务态度开展了工作评议。",
    # 对 naming no organ
    "市人大常委会对全市学前教育工作，围绕普惠发展开展了工作评议。",
])
def test_departments_merely_mentioned_or_conducting_are_not_overseen(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "other") == [[]]


@pytest.mark.parametrize("text", [
    "市人大常委会对市教育局、市民政局、市司法局3个部门开展工作评议。会上，3个部门负责同志逐一汇报了整改落实情况。",
    "常委会对市教育局、市民政局、市司法局等3个单位开展工作评议。会议听取了3个被评议单位的整改情况报告。",
    "常委会对市教育局、市民政局、市司法局三个部门开展工作评议。会上，三个部门负责同志逐一汇报了整改落实情况。",
    "常委會對市教育局、市民政局、市司法局3個部門開展工作評議。會上，3個部門負責同志逐一匯報了整改落實情況。",
])
def test_a_count_of_departments_stands_for_the_list_told_before(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "report_review") == [_APPRAISED]


@pytest.mark.parametrize("text", [
    # a count that is not the list's length
    "常委会对市教育局、市民政局、市司法局3个部门开展工作评议。会上，5个部门负责同志逐一汇报了整改落实情况。",
    # no list counted before
    "会上，3个部门负责同志逐一汇报了整改落实情况。",
    # the list is the conductors', counted with no department or unit
    "市人大常委会、市政协2家机关联合开展调研。会上，2个部门负责同志逐一汇报了整改落实情况。",
])
def test_a_count_that_names_no_list_oversees_no_one(facts_of, text: str) -> None:
    assert _overseen(facts_of(text), "report_review") == [[]]


@pytest.mark.parametrize(("text", "asked"), [
    ("一场聚焦优化营商环境的专题询问会在市人大常委会会议室举行。前来应询的是市发展改革委等13名相关单位负责人。",
     ["苏州市发展和改革委员会"]),
    ("市人大常委会举行专题询问会。前来“赶考”的是市发展改革委、市教育局等13名单位负责人。",
     ["苏州市发展和改革委员会", "苏州市教育局"]),
    ("市人大常委会举行专题询问会。市教育局、市民政局等部门主要负责人到会。", ["苏州市教育局", "苏州市民政局"]),
    ("市人大常委会举行专题询问会。常委会组成人员向市教育局、市民政局等部门负责人提问。", ["苏州市教育局", "苏州市民政局"]),
    ("市人大常委會舉行專題詢問會。常委會組成人員向市教育局、市民政局等部門負責人提問。", ["苏州市教育局", "苏州市民政局"]),
])
def test_units_present_or_asked_at_an_inquiry_are_questioned(facts_of, text: str, asked: list[str]) -> None:
    inquiries = _overseen(facts_of(text), "special_inquiry")
    assert inquiries and all(named == asked for named in inquiries)


def test_congress_members_present_at_an_inquiry_are_not_questioned(facts_of) -> None:
    facts = facts_of("市人大常委会举行专题询问会。市人大常委会、市人大财经委等相关单位负责人出席。")
    assert _overseen(facts, "special_inquiry") == [[]]
