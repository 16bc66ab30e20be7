"""Activities of round 41, a first-time analyst's classes (newuser26 §13): a research word used as the source of a figure or
as a method tells no event; phrasings written for the class (simplified and traditional script), none copied from a dev
file."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Activity

CITY = "某州人民代表大会常务委员会"


def _activities(text: str) -> list[Activity]:
    doc = Document(text=text, source="t.txt", metadata={"organ": CITY, "year": "2022"})
    return extract(doc).activities


@pytest.mark.parametrize("text", [
    "根据调研统计，自2018年以来，州、县两级人大常委会共开展执法检查30项。",
    "據調研統計，全市共有養老機構50家。",
    "经调研统计，全区共有农村留守老人1200余人。",
    "调研数据显示，全市学前教育普及率达到90%。",
    "通过调研统计的方法，摸清了全市家底。",
    "依据调研统计的结果，常委会提出了建议。",
])
def test_a_research_word_as_source_or_method_is_no_investigation(text: str) -> None:
    assert [a.evidence for a in _activities(text) if a.type == "investigation"] == []


@pytest.mark.parametrize(("text", "evidence"), [
    ("根据调研情况，常委会对教育工作开展专题调研。", "常委会对教育工作开展专题调研"),
    ("常委会组织开展了学前教育专题调研，调研统计了全市幼儿园的数量。", "常委会组织开展了学前教育专题调研"),
])
def test_a_study_done_stays(text: str, evidence: str) -> None:
    assert [a for a in _activities(text) if a.type == "investigation" and a.evidence.startswith(evidence)]


# §12: every place of a list joined by 、, 以及 or 和, the later items of a city named once read within that city.
@pytest.mark.parametrize(("organ", "text", "codes"), [
    ("湖南省人民代表大会常务委员会", "检查组深入岳阳市岳阳楼区、君山区以及常德市武陵区、鼎城区，检查《湘江保护条例》实施情况。",
     ["430602", "430611", "430702", "430703"]),
    ("湖南省人民代表大会常务委员会", "執法檢查組深入益陽市赫山區、資陽區、沅江市以及株洲市石峰區、荷塘區、天元區，檢查《大氣污染防治法》實施情況。",
     ["430903", "430902", "430981", "430204", "430202", "430211"]),
    ("全国人民代表大会常务委员会", "执法检查组深入福州市台江区、鼓楼区以及南京市玄武区、鼓楼区，检查《大气污染防治法》实施情况。",
     ["350103", "350102", "320102", "320106"]),
    ("江苏省人民代表大会常务委员会", "调研组赴南京市鼓楼区、玄武区和徐州市鼓楼区、云龙区开展专题调研。",
     ["320106", "320102", "320302", "320303"]),
])
def test_every_place_of_a_list_with_its_cities_named_once(organ: str, text: str, codes: list[str]) -> None:
    doc = Document(text=text, source="t.txt", metadata={"organ": organ, "year": "2022"})
    acts = extract(doc).activities
    assert len(acts) == 1 and [p["code"] for p in acts[0].places] == codes
