"""Round 44, inspected laws: an inspection told in a news item's lead, its laws named by the inspection group in the
next paragraph (开展安全生产执法检查。⏎检查组一行…了解…对《X法》的贯彻实施情况). Paraphrases written for these tests."""
from __future__ import annotations

import pytest

TOWN = "某某区某某街道人大工作办公室"


def _inspected(facts) -> set[str]:
    return {law.canonical or law.mention for law in facts.laws if law.inspected}


@pytest.mark.parametrize("text, laws", [
    ("4月8日，街道人大工作办公室组织人大代表深入辖区加油站，开展安全生产执法检查。\n"
     "检查组一行通过现场交流、查阅台账的方式，全面了解企业对《中华人民共和国安全生产法》《山东省安全生产条例》的贯彻实施情况。",
     {"中华人民共和国安全生产法", "山东省安全生产条例"}),
    ("5月12日，区人大常委会组织部分代表开展执法检查。\n"
     "执法检查组先后来到三所中小学，详细了解《中华人民共和国未成年人保护法》宣传贯彻实施情况。",
     {"中华人民共和国未成年人保护法"}),
    ("近日，區人大常委會組織開展執法檢查。\n檢查組聽取了區政府的匯報，了解《中華人民共和國道路交通安全法》貫徹執行情況。",
     {"中华人民共和国道路交通安全法"}),
])
def test_laws_the_group_names_in_the_next_paragraph_are_inspected(facts_of, text: str, laws: set[str]) -> None:
    assert _inspected(facts_of(text, TOWN)) == laws


@pytest.mark.parametrize("text", [
    # a paragraph not opened by the group: the law is studied, not tied back to the lead's inspection
    "5月12日，区人大常委会组织部分代表开展执法检查。\n会后，代表们与检查组一道学习了《中华人民共和国未成年人保护法》。",
    # the group opens the paragraph but the lead states no inspection
    "4月8日，街道人大工作办公室组织人大代表视察辖区加油站。\n检查组一行了解企业对《中华人民共和国安全生产法》的宣传情况。",
])
def test_no_tie_without_the_group_opening_the_paragraph_or_the_inspection_before(facts_of, text: str) -> None:
    assert _inspected(facts_of(text, TOWN)) == set()
