"""A group led by a named officer of another congress body, told after another body's visit (a first-time analyst,
round 31, class 2): the officer's title names the body (全国人大常委会副委员长…率执法检查组 is the national committee's
group), never the group of the visit told before it; the report's own officer leading leaves the work the report's.

Sentences are written for these tests after the genre's county and city reports (none from benchmarks/genre).
"""
from __future__ import annotations

import pytest

COUNTY = "通山县人民代表大会常务委员会"
CITY = "咸宁市人民代表大会常务委员会"
NATIONAL = "全国人民代表大会常务委员会"  # its 执法检查组's inspection is the committee's (round 46 ruling 8)
PROVINCE = "湖北省人民代表大会常务委员会"
CITY_VISIT = "4月，咸宁市人大常委会执法检查组来我县对《中华人民共和国长江保护法》贯彻实施情况进行检查。"

LED = {
    "副委员长率执法检查组来我省": (COUNTY, CITY_VISIT + "6月，全国人大常委会副委员长郝明金率执法检查组来我省检查"
                              "《中华人民共和国固体废物污染环境防治法》实施情况，并在我县召开座谈会。", NATIONAL),
    "省副主任率执法检查组来我县": (COUNTY, CITY_VISIT + "6月，省人大常委会副主任王某某率执法检查组来我县检查"
                              "《中华人民共和国固体废物污染环境防治法》实施情况。", PROVINCE),
    "党组成员、副主任带领检查组, a city's report": (
        CITY, "3月，全国人大常委会执法检查组来我市对《中华人民共和国长江保护法》实施情况进行检查。"
              "5月，省人大常委会党组成员、副主任李某带领检查组来我市检查《中华人民共和国土壤污染防治法》实施情况。",
        PROVINCE),  # 检查组 named as the genre names a congress's inspection group: its former's
    "率调研组, an investigation": (
        COUNTY, "4月，咸宁市人大常委会调研组来我县就乡村振兴工作开展调研。"
                "9月，省人大常委会副主任王某某率调研组来我县就农村饮水安全工作开展调研。", PROVINCE + "调研组"),
    "副委員長率執法檢查組, traditional": (
        COUNTY, "4月，咸寧市人大常委會執法檢查組來我縣對《中華人民共和國長江保護法》貫徹實施情況進行檢查。"
                "6月，全國人大常委會副委員長郝明金率執法檢查組來我省檢查《中華人民共和國固體廢物污染環境防治法》實施情況。",
        NATIONAL),
}


@pytest.mark.parametrize(("organ", "text", "conductor"), LED.values(), ids=LED.keys())
def test_an_officers_group_is_the_officers_bodys(facts_of, organ, text, conductor):
    facts = facts_of(text, organ)
    led = [a for a in facts.activities if a.led_by]
    assert [a.conducted_by for a in led] == [conductor], facts.activities
    assert all(a.conducted_by != conductor for a in facts.activities if not a.led_by), facts.activities


def test_a_bare_group_after_a_visit_is_still_the_visitors(facts_of):
    """No officer leads it: the 执法检查组 of the next sentence is the visit's group, as before."""
    text = CITY_VISIT + "执法检查组听取了县人民政府的汇报，实地察看了长江沿岸整治情况。"
    facts = facts_of(text, COUNTY)
    groups = {o.canonical for o in facts.organs if o.mention == "执法检查组"}
    assert groups == {CITY + "执法检查组"}, facts.organs


def test_the_reports_own_officer_leading_keeps_the_work_its_own(facts_of):
    text = CITY_VISIT + "6月，县人大常委会副主任李某率执法检查组对《中华人民共和国森林法》实施情况开展执法检查。"
    facts = facts_of(text, COUNTY)
    assert facts.activities[-1].conducted_by in (None, COUNTY), facts.activities[-1]
