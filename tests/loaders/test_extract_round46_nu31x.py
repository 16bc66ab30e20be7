"""A first-time analyst's extraction findings, round 46 (newuser31 A2, A4): each a class, tested on sentences written
for this file in the genre's style (simplified and traditional), none copied from the analyst's reports or dev files.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts

PROVINCE = "甘肃省人民代表大会常务委员会"


def _facts(text: str, organ: str = PROVINCE, level: str = "provincial", year: str = "2012") -> Facts:
    """The facts of ``text`` written by ``organ`` in ``year``."""
    return extract(Document(text=text, source="test.txt", metadata={"organ": organ, "level": level, "year": year}))


def _inspected(text: str) -> list[list[str]]:
    """The laws of each inspection ``text`` tells."""
    return [act.laws for act in _facts(text).activities if act.type == "law_enforcement_inspection"]


# A2: a topic inspected with its related laws, no title in its sentence, the topic's law named elsewhere in the report
TOPIC_WITH_RELATED_LAWS = [  # the law named in a later paragraph, by a leader, not by the inspection group
    ("9月上旬，省人大常委会组成两个执法检查组，分赴甲市和乙市，对全省农村土地承包及相关法律法规执行情况进行了检查。\n"
     "王副主任要求，各级政府要认真贯彻执行农村土地承包法，切实保障农民权益。", "中华人民共和国农村土地承包法"),
    ("9月上旬，省人大常委會組成兩個執法檢查組，分赴甲市和乙市，對全省農村土地承包及相關法律法規執行情況進行了檢查。\n"
     "王副主任要求，各級政府要認真貫徹執行農村土地承包法，切實保障農民權益。", "中华人民共和国农村土地承包法"),
    ("省人大常委会执法检查组深入企业和市场，对我省食品安全等法律法规的贯彻实施情况开展检查。\n\n"
     "李主任强调，要以贯彻食品安全法为抓手，落实各方责任。", "中华人民共和国食品安全法"),
    ("检查组对全市安全生产和有关法律的实施情况进行了检查。\n\n会上，副主任强调，要全面贯彻安全生产法。",
     "中华人民共和国安全生产法"),
]


@pytest.mark.parametrize(("text", "law"), TOPIC_WITH_RELATED_LAWS)
def test_a_topic_with_its_related_laws_is_an_inspection_of_the_law_the_report_names(text: str, law: str) -> None:
    assert _inspected(text) == [[law]]
    assert [m.inspected for m in _facts(text).laws if m.canonical == law] and all(
        m.inspected for m in _facts(text).laws if m.canonical == law)


TOPIC_NAMED_NO_LAW = [  # the report names no law of the topic, or the topic is not before the related laws
    "省人大常委会执法检查组对全省农村土地承包及相关法律法规执行情况进行了检查。",
    "省人大常委会执法检查组对全省农村土地承包及相关法律法规执行情况进行了检查。会上要求贯彻执行食品安全法。",
    "检查组对全省相关法律法规的执行情况进行了检查。会议要求认真贯彻执行农村土地承包法。",
]


@pytest.mark.parametrize("text", TOPIC_NAMED_NO_LAW)
def test_related_laws_with_no_law_of_their_topic_named_stay_lawless(text: str) -> None:
    assert _inspected(text) == [[]]
