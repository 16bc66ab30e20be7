"""Round 47, newuser33 A9: a report whose header names an area several bear (崔家桥镇: one town in 河南省, one in
湖南省) is placed by what its text names above exactly one of them, a law's title too (《河南省选举实施细则》), with a
warning saying so; a text naming none of their places, or the places of several, leaves it undecided."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _facts(organ: str, text: str):
    return extract(Document(text, "r.txt", {"organ": organ, "year": "2017"}))


@pytest.mark.parametrize(("organ", "text", "code", "place"), [
    ("崔家桥镇人民代表大会主席团", "根据《选举法》和《河南省选举实施细则》的规定，按照省、市人大的安排部署，我镇进行了换届选举。",
     "410522111", "河南省安阳市安阳县崔家桥镇"),
    ("崔家橋鎮人民代表大會主席團", "根據《選舉法》和《河南省選舉實施細則》的規定，我鎮進行了縣、鄉人大同步換屆選舉。",
     "410522111", "河南省安阳市安阳县崔家桥镇"),
    ("崔家桥镇人大主席团", "镇人大主席团按照汉寿县人大常委会的工作部署，组织代表视察了乡村清洁工程。",
     "430722111", "湖南省常德市汉寿县崔家桥镇"),
    ("鼓楼区人大常委会", "区人大常委会开展《南京市养犬管理条例》执法检查。", "320106", "江苏省南京市鼓楼区"),
    ("鼓樓區人大常委會", "區人大常委會學習貫徹《福建省實施〈中華人民共和國村民委員會組織法〉辦法》。", "350102", "福建省福州市鼓楼区"),
])
def test_a_place_the_text_names_decides_among_namesakes(organ: str, text: str, code: str, place: str) -> None:
    facts = _facts(organ, text)
    assert facts.report.get("division_code") == code and "division_candidates" not in facts.report, facts.report
    assert not [w for w in facts.warnings if "of that name" in w], facts.warnings
    assert [w for w in facts.warnings if f"placed in {place} ({code})" in w], facts.warnings


def test_a_town_so_placed_is_named_as_one_whose_header_adds_its_province() -> None:
    text = "根据《河南省选举实施细则》的规定，按照省人大的安排部署，镇人民代表大会听取、审议了政府工作报告和财政预决算报告。"
    placed = _facts("崔家桥镇人民代表大会主席团", text)
    bracketed = _facts("崔家桥镇人民代表大会主席团（河南省）", text)
    assert {o.canonical for o in placed.organs} == {o.canonical for o in bracketed.organs} >= {"河南省人民代表大会常务委员会"}
    assert [a.conducted_by for a in placed.activities] == [a.conducted_by for a in bracketed.activities]


@pytest.mark.parametrize(("organ", "text"), [
    ("崔家桥镇人民代表大会主席团", "2017年，镇人大主席团按照县人大常委会的工作部署，召开了人代会。"),  # no place named
    ("崔家桥镇人民代表大会主席团", "学习《河南省选举实施细则》和《湖南省选举实施细则》。"),  # places of both
    ("鼓楼区人大常委会", "区人大常委会学习了外省经验。"),
    ("城关镇人民代表大会", "根据《安徽省乡镇人民代表大会主席团工作条例》，镇人大主席团开展代表活动。"),  # several in 安徽
])
def test_a_text_naming_no_one_namesake_s_place_leaves_it_undecided(organ: str, text: str) -> None:
    facts = _facts(organ, text)
    assert facts.report.get("division_code") is None and facts.report.get("division_candidates"), facts.report
    assert [w for w in facts.warnings if "of that name" in w and "name the city or province" in w], facts.warnings
    assert not [w for w in facts.warnings if "placed in" in w]
