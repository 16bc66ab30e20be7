"""The bodies an inspection's later sentences say its group heard or went to are overseen by it (newuser22 §4: eleven
departments briefing a county's 农业法 inspection, and the court, procuratorate and police bureau a group went to, were
overseen by no one): :func:`loaders.extract.framing.narrated` and :func:`loaders.extract.framing._visited`.

Sentences are the genre's phrasings, written for these tests (none from ``benchmarks/genre`` or the shared corpus).
"""
from __future__ import annotations

import pytest

JIUJIANG = "九江市人民代表大会常务委员会"
INSPECTION = "市人大常委会对《中华人民共和国长江保护法》实施情况开展执法检查。"


def _inspection(facts):
    (act,) = [act for act in facts.activities if act.type == "law_enforcement_inspection"]
    return act


@pytest.mark.parametrize(("later", "overseen"), [
    # the deputies of the inspection hear the departments at its forum, a paragraph later
    ("\n座谈会上，代表们认真听取了市农业农村局、市水利局等有关部门对贯彻执行该法情况的汇报。",
     ["九江市农业农村局", "九江市水利局"]),
    # the group going to the bodies it checks, the list right after its verb
    ("\n检查组先后来到市中级人民法院、市人民检察院、市公安局，检查法律贯彻执行情况。",
     ["九江市中级人民法院", "九江市人民检察院", "九江市公安局"]),
    # an officer leading the group there (a sentence told by its leader)
    ("\n10日至12日，市人大常委会副主任王华率执法检查组深入到市生态环境局、市自然资源局，实地查看岸线整治台账。",
     ["九江市生态环境局", "九江市自然资源局"]),
])
def test_the_bodies_a_later_sentence_of_the_inspection_names_it_heard_or_went_to_are_overseen(
        facts_of, later: str, overseen: list[str]) -> None:
    assert _inspection(facts_of(INSPECTION + later, JIUJIANG)).overseen == overseen


@pytest.mark.parametrize("later", [
    # places, not bodies
    "\n检查组先后来到瑞昌市、湖口县，实地察看岸线修复情况。",
    # a body accompanying the group is its helper
    "\n检查组赴湖口县实地检查，市生态环境局陪同检查。",
    # a body named after a place the group went to is no body it went to
    "\n检查组来到湖口县某码头，了解市交通运输局推进岸线整治的做法。",
])
def test_places_helpers_and_bodies_merely_named_are_not_overseen(facts_of, later: str) -> None:
    assert _inspection(facts_of(INSPECTION + later, JIUJIANG)).overseen == []
