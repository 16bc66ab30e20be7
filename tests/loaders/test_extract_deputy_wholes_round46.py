"""The deputies of the whole place named again bare (branch orgdep46, round 46): after an uncounted group of the whole
place (全镇人大代表, 来自全乡各条战线的人大代表, 全镇各界人大代表), 全体人大代表 or 全镇人大代表 names the same group, one entry;
beside a count (round 34 ruling 8), after every level's deputies (全县各级人大代表) or after a part (部分人大代表) the whole
is a group of its own. Phrasings written for these tests, in either script."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _groups(text: str) -> list[str]:
    doc = Document(text=text, source="t.txt", metadata={"organ": "某县某镇人民代表大会", "year": "2024"})
    return [d.mention for d in extract(doc).deputies if d.name is None]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("来自全镇各条战线的人大代表出席大会。会后，全体人大代表参观了产业园区。", "来自全镇各条战线的人大代表"),
        ("来自和平乡各条战线的人大代表齐聚一堂。乡党委书记希望全体代表不负重托。", "来自和平乡各条战线的人大代表"),
        ("镇人大组织全镇人大代表开展集中视察，全体人大代表认真履职。", "全镇人大代表"),
        ("全鎮各界人大代表參加了培訓，全體人大代表觀看了警示教育片。", "全鎮各界人大代表"),
        ("来自全乡各行各业的人大代表认真审议了报告，全乡人大代表们还提出了建议。", "来自全乡各行各业的人大代表"),
    ],
)
def test_the_whole_named_again_is_the_group_named_first(text: str, first: str) -> None:
    assert _groups(text) == [first]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("全镇79名正式代表出席会议。全体代表审议了政府工作报告。", "全体代表"),  # beside a count: its own group
        ("组织全县各级人大代表开展活动。全体代表审议了报告。", "全体代表"),  # every level is no whole of the congress
        ("部分人大代表开展了视察。全体人大代表审议了报告。", "全体人大代表"),  # a part
    ],
)
def test_the_whole_is_its_own_group_otherwise(text: str, whole: str) -> None:
    assert whole in _groups(text)
