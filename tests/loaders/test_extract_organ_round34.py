"""Organs as round 34 reads them (a first-time analyst's class 4, round 33): a lower level's 县人大常委会 in a higher
report whose area it leaves unnamed is never the report's own standing committee (its 常委会 had been read as the city's)."""
from __future__ import annotations

import pytest

_XIAOGAN = "孝感市人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organ"), [
    ("县人大常委会配合市人大常委会开展了《中华人民共和国安全生产法》执法检查。", _XIAOGAN),
    ("5月，市人大常委会开展《中华人民共和国安全生产法》执法检查，县人大常委会同步开展执法检查。", _XIAOGAN),
    ("部分区县人大常委会还对执法检查情况进行了专题审议。", "重庆市人民代表大会常务委员会"),
    ("縣人大常委會配合市人大常委會開展了《中華人民共和國安全生產法》執法檢查。", _XIAOGAN),
    ("5月，区人大常委会同步开展了《中华人民共和国安全生产法》执法检查。", _XIAOGAN),
])
def test_another_level_s_standing_committee_is_not_the_report_s_own(facts_of, text: str, organ: str) -> None:
    own = [o.mention for o in facts_of(text, organ=organ).organs if o.canonical == organ]
    assert all(mention.startswith("市人大") for mention in own), own  # only the city's own name
