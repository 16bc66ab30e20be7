"""The year of the earlier inspection a follow-up names (``Activity.follows_year``, :mod:`loaders.extract.followed_years`).

The class: a follow-up (回头看, 跟踪监督, 审议意见落实情况, 整改情况的报告) whose object names the year of the inspection it
follows up, as a year, relative to the report's (去年, 前年, 上一年度), or by the sitting that heard its report where the
report dates that sitting. First-time analysts' round 17 (newuser17 §2:
对2021年开展的《固废法》执法检查开展“回头看” lost 2021) and 35; dev j09 (关于2018年省人大常委会大气污染防治法执法检查指出问题
整改情况的报告). The other phrasings are written for these tests after the genre's work reports and plans (none copied
from validation files). The follow-up keeps its own year and type; only the key is added.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

CITY = "江苏省南通市人民代表大会常务委员会"
LAW = "《中华人民共和国固体废物污染环境防治法》"


def _follow_ups(text: str, year: str = "2023") -> list:
    facts = extract(Document(text=text, source="test", metadata={"organ": CITY, "year": year}))
    return [act for act in facts.activities if act.follow_up]


NAMED = {
    "对…年开展的…回头看 (newuser17 r01)": (f"对2021年开展的{LAW}执法检查开展“回头看”，督促审议意见落实。", 2021),
    "审议意见落实情况, 跟踪监督 after (newuser18 a01)": (f"常委会对2022年开展的{LAW}执法检查审议意见落实情况进行跟踪监督。", 2022),
    "跟踪监督去年…": (f"常委会跟踪监督去年{LAW}执法检查审议意见落实情况。", 2022),
    "前年, 回头看": (f"常委会对前年开展的{LAW}执法检查开展了“回头看”。", 2021),
    "上一年度, 整改": (f"常委会对上一年度{LAW}执法检查发现问题的整改情况开展跟踪检查。", 2022),
    "关于…年…执法检查指出问题整改情况的报告 (dev j09's form)": (
        "常委会听取和审议了市政府关于2020年市人大常委会水污染防治法执法检查指出问题整改情况的报告。", 2020),
    "a month after the year": (f"常委会对2022年6月开展的{LAW}执法检查开展“回头看”。", 2022),
    "traditional": ("常委會對2021年開展的《中華人民共和國森林法》執法檢查開展「回頭看」。", 2021),
    "by the sitting that heard its report, dated in the report": (
        "2021年8月29日，市十六届人大常委会第五次会议听取和审议了《中华人民共和国消防法》执法检查报告。今年，常委会对市"
        "十六届人大常委会第五次会议审议的《中华人民共和国消防法》执法检查报告审议意见落实情况开展跟踪监督。", 2021),
    "by the sitting, no term, dated in an earlier paragraph": (
        "2022年6月，常委会第三次会议审议了《中华人民共和国安全生产法》执法检查报告。\n常委会跟踪监督常委会第三次会议"
        "审议的《中华人民共和国安全生产法》执法检查报告审议意见落实情况。", 2022),
}


@pytest.mark.parametrize(("sentence", "year"), NAMED.values(), ids=NAMED.keys())
def test_a_follow_up_names_the_year_of_the_inspection_it_follows(sentence, year):
    found = _follow_ups(sentence)
    assert found and {act.follows_year for act in found} == {year}
    assert all(act.year != year for act in found)  # the follow-up is of its own time, not the inspection's


NOT_NAMED = {
    "no year named": f"常委会对{LAW}执法检查审议意见落实情况开展跟踪监督。",
    "the follow-up's own year opens the sentence": f"2023年，常委会对{LAW}执法检查开展“回头看”。",
    "another report's year before the handling (an environment report)":
        "审议市政府关于2022年度环境状况和环境保护目标完成情况与研究处理水污染防治法执法检查报告及审议意见情况的报告。",
    "an audit's year": "听取和审议了市政府关于2022年度市级预算执行和其他财政收支审计查出问题整改情况的报告。",
    "a later year than the follow-up's own": f"常委会对2025年开展的{LAW}执法检查开展“回头看”。",
    "a sitting the report does not date": f"常委会对市十六届人大常委会第五次会议审议的{LAW}执法检查报告审议意见落实情况开展跟踪监督。",
    "a sitting named after the follow-up's own year": (
        f"2023年，常委会对市十六届人大常委会第五次会议审议的{LAW}执法检查报告审议意见落实情况开展跟踪监督。"),
}


@pytest.mark.parametrize("sentence", NOT_NAMED.values(), ids=NOT_NAMED.keys())
def test_no_year_of_an_inspection_followed_is_named(sentence):
    assert all(act.follows_year is None for act in _follow_ups(sentence))


def test_the_key_is_in_the_facts_json_only_when_named():
    named = extract(Document(text=NAMED["跟踪监督去年…"][0], source="test", metadata={"organ": CITY, "year": "2023"}))
    plain = extract(Document(text=NOT_NAMED["no year named"], source="test", metadata={"organ": CITY, "year": "2023"}))
    assert {a.get("follows_year") for a in named.to_json()["activities"] if a["follow_up"]} == {2022}
    assert all("follows_year" not in a for a in plain.to_json()["activities"])
