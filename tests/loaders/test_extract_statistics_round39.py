"""Statistics of round 39 from readable dev's misses: the groups and routes a piece of work is split into (分两组, 分4路),
in phrasings written for it (simplified and traditional), with the groups and roads that are no count."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _counts(text: str) -> set[tuple[float, str]]:
    doc = Document(text=text, source="t.txt", metadata={"organ": "某某市人民代表大会常务委员会", "year": "2023"})
    return {(stat.value, stat.unit) for stat in extract(doc).statistics}


@pytest.mark.parametrize("text, value, unit", [
    ("执法检查组将分两组进行，分别赴川西、川南地区。", 2, "组"),
    ("视察组分为三组，深入企业和社区实地察看。", 3, "组"),
    ("调研组分成4组深入基层开展调研。", 4, "组"),
    ("围绕5大主题，分4路实地查看12个考察点。", 4, "路"),
    ("执法检查组分5路赴10个区开展10次检查。", 5, "路"),
    ("檢查組分三路深入基層。", 3, "路"),
])
def test_the_groups_a_work_is_split_into_are_counted(text: str, value: int, unit: str) -> None:
    assert (value, unit) in _counts(text)


@pytest.mark.parametrize("text", [
    "第3组由副主任带队，乘坐3路公交前往现场。",
    "会议听取了3组代表的发言。",
    "沿着318国道和2路沿线察看。",
    # persons split into groups: the sitting's or the members' arrangement (ae47; the heldout fixture h1)
    "代表们分为四组审议了三个报告。",
    "常委会组成人员分三组，检查了水污染防治法的贯彻实施情况。",
    "全体委员分两组进行讨论。",
])
def test_groups_and_roads_not_split_are_no_count(text: str) -> None:
    assert not {unit for _, unit in _counts(text)} & {"组", "路"}
