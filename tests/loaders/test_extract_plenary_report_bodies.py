"""A plenary hearing several bodies' work reports named before one 工作报告: each review oversees its own body.

Round 43 (issue 10 §2.1, one activity per report): in 听取了省人大常委会、省高级人民法院、省人民检察院工作报告 the
standing committee's review oversaw the court and the procuratorate, as the congress's own body is no organ
``organs.roles`` counts as overseen.
"""
from __future__ import annotations

import pytest

PROVINCE = "江苏省人民代表大会常务委员会"
CITY = "苏州市人民代表大会常务委员会"
COUNTY = "凤阳县人民代表大会常务委员会"

# (text, the report's organ, the bodies overseen in the order the reviews are told)
LISTS = [
    ("省十三届人大五次会议举行第三次全体会议。会议听取了省人大常委会、省高级人民法院、省人民检察院工作报告。", PROVINCE,
     ["江苏省人民代表大会常务委员会", "江苏省高级人民法院", "江苏省人民检察院"]),
    ("市十六届人大三次会议举行第二次全体会议。会议审议了市人大常委会、市中级人民法院、市人民检察院工作报告。", CITY,
     ["苏州市人民代表大会常务委员会", "苏州市中级人民法院", "苏州市人民检察院"]),
    ("县十八届人大二次会议举行全体会议。会议听取和审议了县人民检察院、县人民法院、县人大常委会的工作报告。", COUNTY,
     ["凤阳县人民检察院", "凤阳县人民法院", "凤阳县人民代表大会常务委员会"]),
    ("市十六届人大三次会议举行第二次全体会议。会议听取和审议了市人民政府、市人大常委会、市中级人民法院、市人民检察院的工作报告。",
     CITY, ["苏州市人民政府", "苏州市人民代表大会常务委员会", "苏州市中级人民法院", "苏州市人民检察院"]),
    ("市十六届人大三次会议举行第二次全体会议。会议审议了市人大常委会和市中级人民法院、市人民检察院工作报告。", CITY,
     ["苏州市人民代表大会常务委员会", "苏州市中级人民法院", "苏州市人民检察院"]),
]


@pytest.mark.parametrize(("text", "organ", "bodies"), LISTS)
def test_each_work_report_oversees_its_own_body(facts_of, text, organ, bodies):
    reviews = [act for act in facts_of(text, organ).activities if act.type == "report_review"]
    assert [act.overseen for act in reviews] == [[body] for body in bodies]


def test_a_list_of_reports_without_the_committee_is_as_before(facts_of):
    reviews = [act for act in facts_of("会议听取和审议了市中级人民法院、市人民检察院工作报告。", CITY).activities
               if act.type == "report_review"]
    assert [act.overseen for act in reviews] == [["苏州市中级人民法院"], ["苏州市人民检察院"]]
