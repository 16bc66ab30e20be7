"""Organs (round 34, readable dev's missed organs): a congress named by a bare level word or an abbreviation and its
term with its deputies' quota (省第十三届人民代表大会代表名额) is that congress, as round 33's ruling 8 has a congress named
by its term with its composition (dev k08); with its deputies' credentials (关于市七届人大代表资格的报告, 县第十六届人民代表大会
代表资格) it is the deputies' roll, no congress, by round 43's ruling 1 (dev ac11, ac43, j27, k19 aligned so); a deputy's
designation (县十七届人大代表张扬) and the committee examining the credentials (代表资格审查委员会) stay no congress. A government work report (政府工作报告) named bare is the report's own
government's, heard at its session (dev aa59, ag23, p23, w53), while 政府工作 alone stays a modifier (改进政府工作). A township's stations (所, 站) after its level word or name are its
units as its offices are (镇财政所, 镇自规所、市场所, 镇财政所长: dev ae47, l39, p35, x57).

Sentences written for this test in the genre's style, simplified and traditional, besides the dev files' own.
"""
from __future__ import annotations

import pytest

CITY = "滁州市人民代表大会常务委员会"


def canonicals(facts) -> set[str]:
    """The canonical names of the organs found."""
    return {o.canonical for o in facts.organs}


@pytest.mark.parametrize(
    ("text", "congress"),
    [
        ("依法确定市七届人大代表名额为420名。", "滁州市人民代表大会"),
        ("会议确定省第十三届人民代表大会代表名额为552名。", "安徽省人民代表大会"),
    ],
)
def test_a_congress_named_by_its_term_with_its_quota(facts_of, text, congress):
    assert congress in canonicals(facts_of(text, CITY))


@pytest.mark.parametrize(
    "text",
    [
        "会议听取了关于市七届人大代表资格的报告。",
        "會議審議通過了市人大常委會代表資格審查委員會關於市七屆人大代表資格的審查報告。",
        "会议审议了市第七届人民代表大会代表资格变动情况的报告。",
        "会议审议了关于市第七届人民代表大会个别代表的代表资格的报告。",
        "关于市七届人大部分代表资格终止的公告",
    ],
)
def test_a_congress_named_by_its_term_with_its_credentials_is_the_roll(facts_of, text):
    assert "滁州市人民代表大会" not in canonicals(facts_of(text, CITY))


@pytest.mark.parametrize(
    "text",
    [
        "会议补选张扬为市七届人大代表。",
        "市七届人大代表张扬辞去代表职务。",
        "会议通过了市七届人大代表资格审查委员会组成人员名单。",
    ],
)
def test_a_designation_or_the_credentials_committee_names_no_congress(facts_of, text):
    assert "滁州市人民代表大会" not in canonicals(facts_of(text, CITY))


TOWN = "竹溪县县河镇人民代表大会"


@pytest.mark.parametrize(
    "text",
    [
        "会议听取和审议了政府工作报告、人大主席团工作报告。",
        "大会表决通过了关于政府工作报告的决议。",
        "會議審議了縣河鎮2022年政府工作報告。",
        "代表们分组讨论政府工作报告，提出意见建议。",
    ],
)
def test_a_government_work_report_names_the_own_government(facts_of, text):
    assert "竹溪县县河镇人民政府" in canonicals(facts_of(text, TOWN))


@pytest.mark.parametrize(
    "text",
    [
        "代表们提出了改进政府工作的意见。",
        "政府工作人员要依法履职。",
    ],
)
def test_government_work_alone_names_no_government(facts_of, text):
    assert "竹溪县县河镇人民政府" not in canonicals(facts_of(text, TOWN))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("镇财政所长汇报了资金使用情况。", "竹溪县县河镇财政所"),
        ("县河镇司法所负责同志参加座谈。", "竹溪县县河镇司法所"),
        ("镇自规所、市场所负责人陪同视察。", "竹溪县县河镇市场监督管理所"),
        ("代表们听取了鎮財政所的匯報。", "竹溪县县河镇财政所"),
    ],
)
def test_a_township_station_after_its_level_word_or_name(facts_of, text, canonical):
    assert canonical in canonicals(facts_of(text, TOWN))


def test_another_townships_station_is_not_the_reports(facts_of):
    assert not any(name.endswith("财政所") for name in canonicals(facts_of("乡镇财政所改革持续推进。", TOWN)))
