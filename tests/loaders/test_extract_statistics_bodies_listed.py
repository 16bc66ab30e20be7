"""Counts closing a list of places or bodies with their shared noun as the measure and no measure word (round 30, readable
dev a18 ab33 v13 w01): 等8部门负责人, 等10省区, …晋宁6区政府, …市交通运输局4单位, 广州、深圳等8市 are statistics in that noun;
a road's number (226省道) is none, and a figure told again counts once. Departments answering the congress (…等10个部门负责人
一一应询), the sentence opening with them, are the congress's inquiry, not their own work. Phrasings written for this test
in the genre's style.
"""
from __future__ import annotations

import pytest

CITY = "昆明市人民代表大会常务委员会"


def _values(facts) -> list[tuple[float, str]]:
    return [(s.value, s.unit) for s in facts.statistics]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("会上，市环保局、住建局、城管局等8部门负责人详细答复了代表提问。", 8, "部门"),
        ("检查组分为5个小组，到内蒙古、新疆、广西、宁夏等10省区开展实地检查。", 10, "省区"),
        ("五华、盘龙、西山、官渡、呈贡、晋宁6区政府汇报了本行政区域内大气污染防治工作。", 6, "区"),
        ("常委会对县人民政府、市住房和城乡建设局、市交通运输局3单位审计查出问题整改情况开展满意度测评。", 3, "单位"),
        ("会议审议了广州、深圳等8市有关法规和决定的审查报告。", 8, "市"),
        ("執法檢查組聽取了發改委、財政部、水利部等三部門的匯報。", 3, "部门"),
    ],
)
def test_a_count_closing_a_list_of_bodies_is_a_statistic(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, CITY))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a road's number after a list of places, a place named with a numeral (三乡镇)
        ("代表们视察了城区、开发区、226省道绿色通道建设现场。", 226, "省"),
        ("代表们先后来到和平镇、三乡镇视察。", 3, "乡镇"),
    ],
)
def test_a_road_or_a_name_is_no_count(facts_of, text, value, unit):
    assert (value, unit) not in _values(facts_of(text, CITY))


def test_a_count_told_again_counts_once(facts_of):
    text = "市环保局、住建局、城管局等8部门负责人答复了代表提问。随后，环保局、住建局等8部门分别进行答复。"
    assert _values(facts_of(text, CITY)).count((8, "部门")) == 1


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # departments answering the congress, the sentence opening with them (round 30, readable dev af09)
        ("省发展改革委、省财政厅等10个部门负责人一一应询。", 10, "个"),
        ("市发改委、市财政局等8个部门负责人到会应询。", 8, "个"),
        ("市環保局、市住建局等6個部門負責人現場答復了委員們的提問。", 6, "个"),
    ],
)
def test_departments_answering_the_congress_are_counted(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, CITY))


def test_a_departments_own_work_stays_out(facts_of):
    assert (12, "次") not in _values(facts_of("市财政局全年开展财政监督检查12次。", CITY))
