"""A visiting body's group told on by its bare name stays the visitor's (round 30, a first-time analyst's: after
省人大常委会副主任某某率执法检查组来我市检查…, the 检查组 of the sentences after it gave the city's standing committee a
group of its own). :mod:`loaders.extract.visiting_groups` reads the visit from the activity another body's group
conducted or from another body's group named in full going to the report's area (the organ tests of
``test_extract_organ_units``: 来北湖区, 深入到崇礼区).

Sentences are the genre's phrasings, written for these tests (none from ``benchmarks/genre`` or the shared corpus).
"""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.read import Document

SHIYAN = "十堰市人民代表大会常务委员会"
HUBEI = "湖北省人民代表大会常务委员会"
NPC = "全国人民代表大会常务委员会"


def _groups(text: str, organ: str = SHIYAN) -> set[str]:
    facts = extract(Document(text=text, source="test", metadata={"organ": organ, "year": "2023"}))
    return {str(o.canonical) for o in facts.organs if str(o.canonical).endswith("组")}


@pytest.mark.parametrize(("text", "organ", "visitor"), [
    # the visitor known from its leader, the group named bare
    ("6月，省人大常委会副主任周先旺率执法检查组来我市检查《中华人民共和国湿地保护法》实施情况。检查组听取了市政府的汇报，"
     "实地察看了湿地公园。", SHIYAN, HUBEI + "执法检查组"),
    # visiting 在我市, the group named again with 一行
    ("9月，全国人大常委会执法检查组在我市检查《中华人民共和国长江保护法》实施情况。执法检查组一行实地察看了丹江口水库。",
     SHIYAN, NPC + "执法检查组"),
    # a survey group, the next paragraph telling its work
    ("8月，省人大常委会副主任李明带领调研组来我市开展乡村振兴专题调研。\n调研组深入郧阳区、丹江口市实地调研，并召开座谈会。",
     SHIYAN, HUBEI + "调研组"),
    # the national group in a province's report, led by a vice-chair
    ("王晨副委员长率执法检查组在我省检查《中华人民共和国安全生产法》实施情况。检查组指出，要压实安全生产责任。",
     HUBEI, NPC + "执法检查组"),
    # traditional characters: the bare name is read on the simplified view (it was taken for a name in full)
    ("6月，省人大常委會副主任周先旺率執法檢查組來我市檢查《中華人民共和國濕地保護法》實施情況。檢查組聽取了市政府的匯報。",
     SHIYAN, HUBEI + "执法检查组"),
])
def test_the_visitors_group_told_on_bare_is_the_visitors(text: str, organ: str, visitor: str) -> None:
    assert _groups(text, organ) == {visitor}


def test_the_report_s_own_inspection_after_the_visit_has_its_own_group() -> None:
    text = ("6月，省人大常委会副主任周先旺率执法检查组来我市检查《中华人民共和国湿地保护法》实施情况。检查组听取了市政府的汇报。\n"
            "9月，市人大常委会组织开展《中华人民共和国水法》执法检查。检查组深入5个县市区检查。")
    assert _groups(text) == {HUBEI + "执法检查组", SHIYAN + "执法检查组"}


def test_a_group_of_the_report_s_own_named_in_full_stays_its_own() -> None:
    text = ("6月，全国人大常委会执法检查组来我市检查《中华人民共和国长江保护法》实施情况。"
            "市人大常委会执法检查组随后对全市落实情况开展了检查。")
    assert SHIYAN + "执法检查组" in _groups(text)


@pytest.mark.parametrize("visit", [
    "3月，全国人大常委会执法检查组来我市检查《中华人民共和国长江保护法》实施情况。执法检查组听取了市政府的汇报。",  # in words
    "3月，省人大常委会副主任周先旺率执法检查组来我市检查《中华人民共和国长江保护法》实施情况。",  # by its work only
])
@pytest.mark.parametrize("led", [
    "6月，市人大常委会副主任李某率执法检查组深入乡镇就农村饮水安全开展调研。执法检查组实地察看了水厂。",
    "6月，市人大常委会副主任李某带领检查组对《中华人民共和国森林法》实施情况开展执法检查。检查组听取了市林业局的汇报。",
])
def test_a_group_the_report_s_own_officer_leads_ends_the_visit(visit: str, led: str) -> None:
    """A visit ends where the report's own officer leads a bare group, whatever work that group does (an investigation
    after an inspection: the visit's work-kind end alone kept the visitor's)."""
    text = visit + led
    facts = extract(Document(text=text, source="test", metadata={"organ": SHIYAN, "year": "2023"}))
    after = {str(o.canonical) for o in facts.organs if o.start > text.index("6月") and str(o.canonical).endswith("组")}
    assert after == {SHIYAN + "执法检查组"}


@pytest.mark.parametrize(("second", "visitor"), [
    ("6月，全国人大常委会执法检查组在我市检查《中华人民共和国森林法》实施情况。执法检查组实地察看了国有林场。", NPC),
    ("6月，省人大常委会执法检查组在我市检查《中华人民共和国森林法》实施情况。检查组实地察看了国有林场。", HUBEI),
])
def test_the_latest_visit_holds_the_bare_name(second: str, visitor: str) -> None:
    """A visit told by its work (在我市) after one told by its words (来我市): the later visitor's, not the first."""
    text = "3月，襄阳市人大常委会执法检查组来我市检查《中华人民共和国长江保护法》实施情况。" + second
    facts = extract(Document(text=text, source="test", metadata={"organ": SHIYAN, "year": "2023"}))
    last = max((o for o in facts.organs if str(o.canonical).endswith("组")), key=lambda o: o.start)
    assert last.canonical == visitor + "执法检查组"
