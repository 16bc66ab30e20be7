"""A group shorthand's topic as long as a law's (固体废物污染环境防治“一法一条例”), and counts of regulations
that name none (制定多个条例): round 13, from a new user's pages (唐山, 黑龙江); a shorthand names only titles
written for it (the lead's ruling of round 23)."""
from __future__ import annotations

import pytest

CITY = "唐山市人民代表大会常务委员会"


def _laws(facts) -> list[tuple[str, bool]]:
    return [(law.canonical, law.inspected) for law in facts.laws]


@pytest.mark.parametrize(("text", "titles"), [
    # zgkjsz.com-style news of 唐山 (2021, paraphrased from the new user's page, traditional script)
    ("市人大常委會執法檢查組就固體廢物污染環境防治“一法一條例”貫徹實施情況開展執法檢查，檢查《中華人民共和國固體廢物污染環境防治法》"
     "和《河北省固體廢物污染環境防治條例》落實情況。",
     {"中华人民共和国固体废物污染环境防治法", "河北省固体废物污染环境防治条例"}),
    ("就固体废物污染环境防治“一法一条例”（《中华人民共和国固体废物污染环境防治法》《河北省固体废物污染环境防治条例》）"
     "实施情况开展执法检查。", {"中华人民共和国固体废物污染环境防治法", "河北省固体废物污染环境防治条例"}),
    ("开展未成年人保护“一法一条例”执法检查,检查《中华人民共和国未成年人保护法》和《河北省未成年人保护条例》实施情况。",
     {"中华人民共和国未成年人保护法", "河北省未成年人保护条例"}),
    ("開展未成年人保護“一法一條例”執法檢查,檢查《中華人民共和國未成年人保護法》和《河北省未成年人保護條例》實施情況。",
     {"中华人民共和国未成年人保护法", "河北省未成年人保护条例"}),
])
def test_a_group_shorthand_names_the_titles_of_its_whole_topic(facts_of, text: str, titles: set[str]) -> None:
    """Titles about its topic, written near it or in parentheses, are what the shorthand names, inspected."""
    facts = facts_of(text, CITY)
    assert {law.canonical for law in facts.laws if "一法" in law.mention} == titles
    assert {(title, True) for title in titles} <= set(_laws(facts))


@pytest.mark.parametrize("text", [
    "市人大常委會執法檢查組就固體廢物污染環境防治“一法一條例”貫徹實施情況開展執法檢查。",
    "就固体废物污染环境防治“一法一条例”实施情况开展执法检查。",
    "开展未成年人保护“一法一条例”执法检查。",
    "開展大氣污染防治“一法兩條例”執法檢查。",
    # the whole topic (固体废物污染环境防治, 10 characters) is a law's, so titles of other topics are not its titles
    "就固体废物污染环境防治“一法一条例”开展执法检查，同时检查《中华人民共和国食品安全法》和《河北省食品安全条例》实施情况。",
])
def test_a_group_shorthand_without_titles_of_its_topic_names_no_law(facts_of, text: str) -> None:
    """A shorthand alone names no law, not even the one its topic would name (the lead's ruling of round 23)."""
    facts = facts_of(text, CITY)
    assert [law.canonical for law in facts.laws if "一法" in law.mention] == []
    assert not any(name.endswith(("污染环境防治法", "未成年人保护法", "大气污染防治法")) for name, _ in _laws(facts))


@pytest.mark.parametrize("text", [
    "省人大常委会制定多个条例，修改若干法规。",
    "五年来，制定出台一批条例。",
    "本届以来修改3部条例。",
])
def test_a_count_of_regulations_is_no_title(facts_of, text: str) -> None:
    assert _laws(facts_of(text, "黑龙江省人民代表大会常务委员会")) == []


@pytest.mark.parametrize(("text", "law"), [
    ("制定多元化纠纷解决条例。", "黑龙江省多元化纠纷解决条例"),  # 多 opening a title, no count
    ("制定了黑龙江省湿地保护条例。", "黑龙江省湿地保护条例"),
])
def test_a_title_opening_like_a_quantifier_is_still_a_title(facts_of, text: str, law: str) -> None:
    assert [name for name, _ in _laws(facts_of(text, "黑龙江省人民代表大会常务委员会"))] == [law]


@pytest.mark.parametrize(("text", "laws"), [
    # a national yearbook item carrying pinyin glosses, paraphrased (a new user's national coverage, round 17)
    ("全国人大常委会在2023年开展了5项执法检查，涉及到种子法、安全生产法等多部法律。",
     ["中华人民共和国安全生产法", "中华人民共和国种子法"]),
    ("常委会开展执法检查5项，包括森林法、种子法等。", ["中华人民共和国森林法", "中华人民共和国种子法"]),
    # as many laws named as the count: one inspection each since round 27 (test_extract_inspections_counted.py)
    # near miss: a law the next clause names for another reason
    ("常委会开展执法检查5项，同时组织学习了森林法。", []),
])
def test_a_counted_inspections_next_clause_lists_its_laws(facts_of, text: str, laws: list[str]) -> None:
    inspections = [a for a in facts_of(text, "全国人民代表大会常务委员会").activities if a.type == "law_enforcement_inspection"]
    assert [sorted(a.laws) for a in inspections] == [sorted(laws)]
