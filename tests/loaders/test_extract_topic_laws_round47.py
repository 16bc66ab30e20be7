"""Round 47 (issue 10 §2.3; round 45 ruling 13, round 46 ruling 9): one rule names a topic's laws without a title
(``topic_laws``, the rows of ``topic-laws.csv``), read by the law mentions (the catalog's national law of the topic before
an inspection's words) and by the inspections (every law of the topic the report names). Phrasings composed in the
genre's style, in either script."""
from __future__ import annotations

import pytest

from loaders.extract import topic_laws

PROVINCE = "安徽省人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "topic"), [
    ("对农村土地承包及相关法律法规执行情况进行了检查", "农村土地承包"),
    ("开展食品安全法律法规执法检查", "食品安全"),
    ("检查安全生产等法规的实施情况", "安全生产"),
    ("对义务教育和有关法律的执行情况开展检查", "义务教育"),
    ("野生动物保护相关法律法规和决定贯彻实施情况", "野生动物保护"),
    ("大气污染防治以及配套的法规", "大气污染防治"),
])
def test_the_words_after_a_topic_name_its_laws(text: str, topic: str) -> None:
    assert topic_laws.follow(text, topic)


@pytest.mark.parametrize(("text", "topic"), [
    ("开展食品安全法执法检查", "食品安全"),  # a title's own words
    ("修订食品安全法规草案", "食品安全"),  # 法规 alone after the topic: a title's words
    ("安全生产工作情况", "安全生产"),
    ("对农村土地承包法律服务开展调研", "农村土地承包"),  # 法律 of another word (法律服务), no joining word before it
    ("对义务教育法律援助开展调研", "义务教育"),
    ("安全生产和相关工作", "安全生产"),  # a joining word with no laws after it
])
def test_other_words_after_a_topic_name_no_laws(text: str, topic: str) -> None:
    assert not topic_laws.follow(text, topic)


@pytest.mark.parametrize(("text", "law"), [  # the law mentions read the shared words: 等 and 及相关 join the topic
    ("常委会对全省食品安全等法律法规实施情况开展了检查。", "中华人民共和国食品安全法"),
    ("常委會對全省食品安全等法律法規實施情況開展了檢查。", "中华人民共和国食品安全法"),
    ("区人大常委会对农村土地承包及相关法律法规执行情况进行了检查。", "中华人民共和国农村土地承包法"),
    ("县人大常委会对安全生产以及有关法律法规的贯彻实施情况开展执法检查。", "中华人民共和国安全生产法"),
])
def test_a_topic_joined_to_its_laws_before_an_inspection_gives_its_national_law(facts_of, text: str, law: str) -> None:
    assert [(item.canonical, item.inspected) for item in facts_of(text, PROVINCE).laws] == [(law, True)]


@pytest.mark.parametrize("text", [  # the topic's laws studied or made, not inspected: no inspection's words after them
    "常委会组织学习食品安全等法律法规。",
    "区人大常委会审议了农村土地承包及相关法律法规的修改建议。",
])
def test_a_topic_s_laws_without_an_inspection_name_no_law(facts_of, text: str) -> None:
    assert [item.canonical for item in facts_of(text, PROVINCE).laws if item.inspected] == []
