"""A group shorthand's topic as long as a law's (固体废物污染环境防治“一法一条例”), and counts of regulations
that name none (制定多个条例): round 13, from a new user's pages (唐山, 黑龙江)."""
from __future__ import annotations

import pytest

CITY = "唐山市人民代表大会常务委员会"


def _laws(facts) -> list[tuple[str, bool]]:
    return [(law.canonical, law.inspected) for law in facts.laws]


@pytest.mark.parametrize(("text", "law"), [
    # zgkjsz.com-style news of 唐山 (2021, paraphrased from the new user's page, traditional script)
    ("市人大常委會執法檢查組就固體廢物污染環境防治“一法一條例”貫徹實施情況開展執法檢查。", "中华人民共和国固体废物污染环境防治法"),
    ("就固体废物污染环境防治“一法一条例”实施情况开展执法检查。", "中华人民共和国固体废物污染环境防治法"),
    ("开展未成年人保护“一法一条例”执法检查。", "中华人民共和国未成年人保护法"),
    ("开展大气污染防治“一法两条例”执法检查。", "中华人民共和国大气污染防治法"),  # a topic of 6, as before
])
def test_a_group_shorthand_names_the_law_its_whole_topic_names(facts_of, text: str, law: str) -> None:
    assert (law, True) in _laws(facts_of(text, CITY))


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
    ("常委會開展執法檢查3項，分別是森林法、種子法和水法。",
     ["中华人民共和国森林法", "中华人民共和国种子法", "中华人民共和国水法"]),
    # near miss: a law the next clause names for another reason
    ("常委会开展执法检查5项，同时组织学习了森林法。", []),
])
def test_a_counted_inspections_next_clause_lists_its_laws(facts_of, text: str, laws: list[str]) -> None:
    inspections = [a for a in facts_of(text, "全国人民代表大会常务委员会").activities if a.type == "law_enforcement_inspection"]
    assert [sorted(a.laws) for a in inspections] == [sorted(laws)]
