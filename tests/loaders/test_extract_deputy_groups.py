"""Deputies taking part and deputies named after a preposition, with phrasings written for this test."""
from __future__ import annotations

import pytest

COUNTY = "德清县人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("与会人大代表对政府工作提出意见和建议。", "与会人大代表"),
        ("参会人大代表实地察看了项目建设情况。", "参会人大代表"),
        ("镇领导、驻镇市县人大代表、镇直单位负责人参加会议。", "驻镇市县人大代表"),
        ("会议邀请驻地省市人大代表列席。", "驻地省市人大代表"),
    ],
)
def test_deputies_taking_part(facts_of, text, mention):
    assert mention in {d.mention for d in facts_of(text, COUNTY).deputies}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("视察组就王建国代表提出的建议进行督办。", "王建国"),
        ("常委会对李秀英代表领衔的议案进行了审议。", "李秀英"),
        ("会上由陈志强代表作专题发言。", "陈志强"),
    ],
)
def test_a_deputy_named_after_a_preposition(facts_of, text, name):
    assert name in {d.name for d in facts_of(text, COUNTY).deputies}
