"""Work each level does in step (联动, 同步) names no partner; work done together (联合, 会同) does (genre README round 46,
the lead's answers on the conductor aligners' questions; ``partner-words.csv``'s ``linked`` rows, ``partners.LINKED``).
Sentences written for these tests in the genre's phrasings, none from ``benchmarks/genre`` or the shared corpus."""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.facts import Activity
from loaders.read import Document

DISTRICT = "上海市普陀区人民代表大会常务委员会"
CITY = "上海市人民代表大会常务委员会"


def _inspections(text: str, organ: str = DISTRICT) -> list[Activity]:
    facts = extract(Document(text=text, source="test", metadata={"organ": organ}))
    return [a for a in facts.activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize(
    "text",
    [
        "区人大常委会与市人大联动开展《上海市城市更新条例》实施情况执法检查。",  # the subjects' list
        "4月，常委会与市人大常委会同步开展《中华人民共和国安全生产法》执法检查。",
        "常委会与市、区两级人大常委会上下联动，对《中华人民共和国食品安全法》开展执法检查。",
        "与市人大常委会联动，区人大常委会对《中华人民共和国消防法》开展执法检查。",  # before the work's subject
        "区人大常委会同市人大常委会同步开展《中华人民共和国消防法》执法检查。",
        "區人大常委會與市人大常委會同步開展《中華人民共和國消防法》執法檢查。",  # traditional
    ],
)
def test_work_each_level_does_in_step_is_the_organ_s_own_with_no_partner(text: str) -> None:
    found = _inspections(text)
    assert [(a.conducted_by, a.jointly_with, a.assisted_by) for a in found] == [(None, [], [])], found


@pytest.mark.parametrize(
    "text",
    [
        "区人大常委会与市人大常委会联合开展《中华人民共和国消防法》执法检查。",
        "区人大常委会会同市人大常委会对《中华人民共和国消防法》开展执法检查。",
        "区人大常委会联合市人大常委会对《中华人民共和国消防法》实施情况进行执法检查。",
    ],
)
def test_work_done_together_keeps_its_partner(text: str) -> None:
    assert [(a.conducted_by, a.jointly_with) for a in _inspections(text)] == [(None, [CITY])]
