"""Round 47, newuser33: a law bundle read only in part says which of its titles are left unresolved (A5: 大气污染防治
“一法一条例一规定” read as the national law alone, the province's 条例 and 规定 neither found nor flagged), and a topic's
laws read from 法律法规 are mentioned by the topic's words (A6: a mention whose words were 法律法规 alone)."""
from __future__ import annotations

import pytest

HUNAN = "湖南省人民代表大会常务委员会"
HEBEI = "河北省人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "read", "left"), [
    ("开展大气污染防治“一法一条例一规定”执法检查。", "中华人民共和国大气污染防治法", "2 of its 3 titles unresolved (1 条例、1 规定)"),
    ("開展大氣污染防治“一法一條例一規定”執法檢查。", "中华人民共和国大气污染防治法", "2 of its 3 titles unresolved (1 条例、1 规定)"),
    ("组织开展大气污染防治“一法两条例”执法检查。", "中华人民共和国大气污染防治法", "2 of its 3 titles unresolved (2 条例)"),
    ("对母婴保健“一法一办法”贯彻实施情况进行检查。", "中华人民共和国母婴保健法", "1 of its 2 titles unresolved (1 办法)"),
    ("圍繞鄉村振興“一法一條例”開展執法檢查。", "中华人民共和国乡村振兴促进法", "1 of its 2 titles unresolved (1 条例)"),
    # one of the two 条例 written near it: the other is left
    ("开展大气污染防治“一法两条例”执法检查，检查《河北省大气污染防治条例》实施情况。",
     "中华人民共和国大气污染防治法、河北省大气污染防治条例", "1 of its 3 titles unresolved (1 条例)"),
])
def test_a_bundle_read_in_part_warns_of_the_titles_left(facts_of, text: str, read: str, left: str) -> None:
    facts = facts_of(text, HEBEI)
    lines = [w for w in facts.warnings if w.startswith("law: “")]
    assert len(lines) == 1 and f"is read as {read} only; {left}" in lines[0], facts.warnings


def test_a_bundle_told_twice_is_warned_of_once(facts_of) -> None:
    text = ("省人大常委会执法检查组开展大气污染防治“一法一条例一规定”执法检查。"
            "检查组召开汇报会，听取两市贯彻实施大气污染防治“一法一条例一规定”情况汇报。")
    assert len([w for w in facts_of(text, HUNAN).warnings if "titles unresolved" in w]) == 1


@pytest.mark.parametrize("text", [
    "开展大气污染防治“一法一条例”执法检查，检查《河北省大气污染防治条例》实施情况。",
    "就固体废物污染环境防治“一法一条例”（《中华人民共和国固体废物污染环境防治法》《河北省固体废物污染环境防治条例》）开展执法检查。",
    "“一法两条例”即《中华人民共和国大气污染防治法》和《河北省大气污染防治条例》《河北省机动车和非道路移动机械排放污染防治条例》。",
    # the province's regulation written bare, by its level word: the text makes it certain
    "開展大氣污染防治“一法一條例”執法檢查，重點檢查大氣污染防治法和省大氣污染防治條例的實施情況。",
])
def test_a_bundle_whose_titles_are_all_written_warns_of_nothing(facts_of, text: str) -> None:
    assert not [w for w in facts_of(text, HEBEI).warnings if w.startswith("law: “")]


@pytest.mark.parametrize(("text", "mention"), [
    ("省人大常委会将大气污染防治法律法规执法检查列入工作要点。", "大气污染防治法律法规"),
    ("省人大常委會將大氣污染防治法律法規執法檢查列入工作要點。", "大氣污染防治法律法規"),
    ("市人大常委会对全市食品安全法律法规实施情况开展检查。", "食品安全法律法规"),
    ("开展动物防疫、野生动物保护相关法律法规和决定贯彻实施情况检查。", "动物防疫、野生动物保护相关法律法规和决定"),
    ("對農村土地承包及相關法律法規執行情況進行了檢查。", "農村土地承包及相關法律法規"),
])
def test_a_topic_s_laws_are_mentioned_by_the_topic_s_words(facts_of, text: str, mention: str) -> None:
    facts = facts_of(text, HEBEI)
    assert facts.laws and {law.mention for law in facts.laws} == {mention}, [(m.mention, m.canonical) for m in facts.laws]
