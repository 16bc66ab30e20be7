"""A group shorthand's topic as long as a law's (固体废物污染环境防治“一法一条例”), and counts of regulations
that name none (制定多个条例): round 13, from a new user's pages (唐山, 黑龙江); a shorthand with a topic and no title
names its topic's national law, other titles only where written (the lead's ruling of round 29)."""
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


SHANDONG, GUANGDONG, ZHEJIANG = ("山东省人民代表大会常务委员会", "广东省人民代表大会常务委员会",
                                 "浙江省人民代表大会常务委员会")


@pytest.mark.parametrize(("text", "organ", "law"), [
    ("市人大常委會執法檢查組就固體廢物污染環境防治“一法一條例”貫徹實施情況開展執法檢查。", CITY,
     "中华人民共和国固体废物污染环境防治法"),
    ("就固体废物污染环境防治“一法一条例”实施情况开展执法检查。", CITY, "中华人民共和国固体废物污染环境防治法"),
    ("开展未成年人保护“一法一条例”执法检查。", CITY, "中华人民共和国未成年人保护法"),
    ("開展大氣污染防治“一法兩條例”執法檢查。", CITY, "中华人民共和国大气污染防治法"),
    ("组织水污染防治“一法一条例”执法检查。", CITY, "中华人民共和国水污染防治法"),
    ("围绕乡村振兴“一法一条例”开展执法检查。", CITY, "中华人民共和国乡村振兴促进法"),  # the topic's 促进法
    ("圍繞鄉村振興“一法一條例”開展執法檢查。", CITY, "中华人民共和国乡村振兴促进法"),
    ("开展食品安全“一法、一条例”执法检查。", CITY, "中华人民共和国食品安全法"),
    ("开展母婴保健“一法一办法”执法检查。", CITY, "中华人民共和国母婴保健法"),
    # ‘’ inside a quotation (a deputy's words)
    ("他说：“去年，我们对安全生产‘一法一条例’开展了执法检查。”", CITY, "中华人民共和国安全生产法"),
    # paper.dzwww.com/dzrb/content/20230513/Articel01005MT.htm (山东, 2023): another law's inspection beside it
    ("听取审议省人大常委会执法检查组关于检查反电信网络诈骗法实施情况的报告；审议省政府关于提请审议山东省未成年人保护条例修订草案的议案；"
     "审议省人大常委会执法检查组关于检查安全生产“一法一条例”实施情况的报告。", SHANDONG, "中华人民共和国安全生产法"),
    # paraphrased from an agenda of the same kind (www.baogao.com/chanjing/9a34339a-a7a6-4dc2-bc56-1d2597c931d2.html)
    ("审议《广东省燃气管理条例（修订草案修改稿）》；审议省人大常委会执法检查组关于检查消防“一法一条例”实施情况的报告。",
     GUANGDONG, "中华人民共和国消防法"),
    # paraphrased from a provincial supervision plan: a title of another topic beside it is not its 一条例
    ("进行海洋环境保护“一法一条例”及《浙江省学前教育条例》执法检查。", ZHEJIANG, "中华人民共和国海洋环境保护法"),
    ("進行海洋環境保護“一法一條例”及《浙江省學前教育條例》執法檢查。", ZHEJIANG, "中华人民共和国海洋环境保护法"),
    ("在跟踪检查促进科技成果转化“一法两条例”执行情况的基础上，还将组织专题询问。", ZHEJIANG,
     "中华人民共和国促进科技成果转化法"),
    # the whole topic (10 characters) is a law's, so titles of other topics are not its titles
    ("就固体废物污染环境防治“一法一条例”开展执法检查，同时检查《中华人民共和国食品安全法》和《河北省食品安全条例》实施情况。", CITY,
     "中华人民共和国固体废物污染环境防治法"),
])
def test_a_group_shorthand_without_titles_names_its_topics_law(facts_of, text: str, organ: str, law: str) -> None:
    """Where the text names the topic and the shorthand but no title, 一法 is the catalog's national law of the topic,
    inspected as the inspection concerns it; 一条例, 一办法 name nothing not written, never a regulation of the report's
    place (the lead's ruling of round 29, replacing round 23's, which read no law), and one warning says they are left
    unresolved (round 47, newuser33 A5, replacing round 29's reading that such a shorthand warns of nothing)."""
    facts = facts_of(text, organ)
    assert {m.canonical for m in facts.laws if "一" in m.mention} == {law}
    assert (law, True) in set(_laws(facts))
    assert any(law in a.laws for a in facts.activities if a.type == "law_enforcement_inspection")
    lines = [w for w in facts.warnings if "“一" in w]
    assert len(lines) == 1 and f"is read as {law} only" in lines[0] and "titles unresolved" in lines[0], facts.warnings


@pytest.mark.parametrize(("text", "titles"), [
    # the regulation written near it is its 一条例; the law is its topic's
    ("开展大气污染防治“一法一条例”执法检查，检查《河北省大气污染防治条例》实施情况。",
     {"中华人民共和国大气污染防治法", "河北省大气污染防治条例"}),
    # no topic: the nearest titles of each kind it counts, a 办法 never its 法
    ("检查《中华人民共和国道路交通安全法》和《广西壮族自治区实施〈中华人民共和国道路交通安全法〉办法》实施情况。落实“一法一办法”审议意见。",
     {"中华人民共和国道路交通安全法", "广西壮族自治区实施《中华人民共和国道路交通安全法》办法"}),
    # a decision counted first (“一决定一法”)
    ("开展《全国人大常委会关于全面禁止非法野生动物交易、革除滥食野生动物陋习、切实保障人民群众生命健康安全的决定》和野生动物保护法执法检查。"
     "要推进“一决定一法”贯彻实施。",
     {"全国人民代表大会常务委员会关于全面禁止非法野生动物交易、革除滥食野生动物陋习、切实保障人民群众生命健康安全的决定",
      "中华人民共和国野生动物保护法"}),
])
def test_a_group_shorthand_names_the_titles_written_for_it(facts_of, text: str, titles: set[str]) -> None:
    assert {law.canonical for law in facts_of(text, CITY).laws if "一" in law.mention} == titles


@pytest.mark.parametrize("text", [
    "开展“一法一条例”执法检查。",  # no topic, no title
    "开展物业管理“一法一条例”执法检查。",  # no catalog law of the topic: none invented
    "对安全生产及应急管理“两法两条例”贯彻实施情况进行执法检查。",  # two laws: a topic names one, not which two
])
def test_a_group_shorthand_naming_no_law_is_warned_of(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert facts.laws == []
    assert [a.laws for a in facts.activities] == [[]]
    assert any(w.startswith("law: “") and "names no law" in w for w in facts.warnings)


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


def test_the_plan_of_an_inspection_told_is_that_inspection(facts_of):
    """dev m32's phrasing: the plan studied at the inspection's launch names only the law the shorthand names."""
    text = ("6月30日，区人大常委会召开家庭教育促进“一法一条例”执法检查动员会。"
            "会上，组织学习了《中华人民共和国家庭教育促进法》和执法检查工作方案。")
    inspections = [a for a in facts_of(text, CITY).activities if a.type == "law_enforcement_inspection"]
    assert [(a.evidence, a.laws) for a in inspections] == [
        ("区人大常委会召开家庭教育促进“一法一条例”执法检查动员会", ["中华人民共和国家庭教育促进法"])]
