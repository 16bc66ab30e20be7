"""A first-time analyst's extraction findings of round 38 (newuser23, issue 10), each a class.

- §4: a report title holding a comma between the tasks or topic it names (关于落实X，开展Y情况的报告), alone or in a
  list of reports heard, is one report heard (loaders/extract/report_lists.py ``_TITLE_COMMA``; dev x45, ag29).
- §5: years written side by side without a separator as the time of one piece of work (于2009年2011年2016年分别开展了…)
  are a list of years as 2009年、2011年和2016年 is: one activity each (loaders/extract/dating.py ``_YEAR_LIST``).
- §2: a congress's inspection tour (督察) its officer leads or its group goes on (率督察组深入…县督察…) is an ``other``, as
  督查 is, conducted by the officer's body and led by the officer; the sentences its group (督察组) then tells are the
  tour's steps, not work of the report's organ (activity-triggers.csv, activity-mentions.csv's narrator row,
  event_mentions ``NAMED_STEPS``).
- smaller: a bare 党组 post after another organ's head in a list of posts (档案史志局局长赵业明、党组书记童春红) is that
  organ's party group, no party group of the standing committee (loaders/extract/organs.py ``_others_party_group``).
- smaller: work to come told by its reach (本次执法检查将覆盖全部21个市州) is planned, as 检查组将重点检查8项内容 is
  (intentions.csv).

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

DISTRICT = "北京市丰台区人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "expected"), [
    # alone, full-width and half-width commas
    ("9月26日，区人大常委会召开第二十二次会议。会议听取和审议了区政府关于落实乡村振兴战略，开展美丽乡村建设情况的报告。",
     ["report_review"]),
    ("会议听取了区政府关于推动优质教育资源均衡配置,全面提升义务教育质量工作情况的报告。", ["report_review"]),
    ("會議聽取和審議了區政府關於深化「放管服」改革，優化營商環境工作情況的報告。", ["report_review"]),
    ("会议听取和审议了区政府关于民生实事项目，进展情况的汇报。", ["report_review"]),
    # in a list, first, middle or last
    ("会议听取和审议了区人民检察院关于法律监督工作情况的报告；听取和审议了区政府关于加强生态保护，推进河长制落实情况的报告；"
     "听取和审议了区政府关于养老服务体系建设情况的报告。", ["report_review", "report_review", "report_review"]),
    ("会议听取了区政府关于巩固脱贫攻坚成果，衔接推进乡村振兴工作情况的报告、关于全区财政预算执行情况的报告。",
     ["report_review", "budget_review"]),
    ("会议听取和审议了区法院关于执行工作情况的报告、区政府关于完善社区治理体系，提升基层治理能力情况的报告。",
     ["report_review", "report_review"]),
])
def test_a_title_holding_a_comma_is_one_report_heard(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, DISTRICT)) == expected


@pytest.mark.parametrize("text", [
    # near-misses: the comma ends a title, and what follows is a clause of its own
    "会议听取了区政府关于养老服务工作情况的汇报，会议认为全区养老服务工作成效明显。",
    "会议听取了区政府关于养老服务工作情况，审议了区法院执行工作情况的报告。",
])
def test_a_comma_before_a_clause_of_its_own_joins_no_title(facts_of, text: str) -> None:
    assert all("养老服务工作情况，" not in a.evidence for a in facts_of(text, DISTRICT).activities)


NATIONAL = "全国人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organ", "kind", "years"), [
    ("全国人大常委会于2009年2011年2016年分别开展了食品安全法执法检查。", NATIONAL, "law_enforcement_inspection",
     [2009, 2011, 2016]),
    ("省人大常委会已于2022年 2023年连续两年对《中华人民共和国水污染防治法》开展执法检查。", "湖南省人民代表大会常务委员会",
     "law_enforcement_inspection", [2022, 2023]),
    ("2019年2021年，县人大常委会先后两次听取和审议了县政府关于农村饮水安全工作情况的报告。", "宁乡县人民代表大会常务委员会",
     "report_review", [2019, 2021]),
    ("市人大常委會於2018年2020年分別對《中華人民共和國大氣污染防治法》開展執法檢查。", "长沙市人民代表大会常务委员会",
     "law_enforcement_inspection", [2018, 2020]),
])
def test_years_side_by_side_are_a_list(facts_of, text: str, organ: str, kind: str, years: list[int]) -> None:
    acts = [a for a in facts_of(text, organ).activities if a.type == kind]
    assert sorted(a.year for a in acts) == years


def test_years_qualifying_the_object_are_no_list(facts_of) -> None:
    # near-miss: the years after 对 are those of the budgets audited, one review
    text = "会议对2022年2023年预算执行情况的审计工作报告进行了审议。"
    assert len([a for a in facts_of(text, "宁乡县人民代表大会常务委员会").activities if a.type == "audit_oversight"]) == 1


COUNTY = "永德县人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "conductor", "leader"), [
    ("11月27日，市人大常委会副主任杨鹏飞率督察组深入永德县督察河长制落实情况。县人大常委会主任李拥军陪同督察。\n"
     "督察组深入永康镇对永康河河长示范河段工作情况进行实地督察，听取了乡镇及部门工作情况汇报。",
     "临沧市人民代表大会常务委员会", "杨鹏飞"),
    ("5月12日，省人大常委会副主任王建华率督察组赴永德县，对河湖长制工作落实情况进行督察。\n"
     "督察组先后来到永康镇、德党镇，实地察看河道治理情况。",
     "云南省人民代表大会常务委员会", "王建华"),
    ("6月3日，市人大常委會副主任李明率督察組深入永德縣督察飲用水水源保護工作。督察組一行深入大山鄉進行實地督察。",
     "临沧市人民代表大会常务委员会", "李明"),
])
def test_a_higher_congress_tour_is_its_own_activity(facts_of, text: str, conductor: str, leader: str) -> None:
    acts = facts_of(text, COUNTY).activities
    assert [a.type for a in acts] == ["other"]
    assert acts[0].conducted_by == conductor
    assert acts[0].led_by is not None and acts[0].led_by["name"] == leader
    assert acts[0].assisted_by == [COUNTY]  # the county's committee received the tour


def test_the_report_organ_own_tour_is_its_own(facts_of) -> None:
    text = "县人大常委会组织督察组深入各乡镇督察河长制落实情况。督察组深入永康镇进行实地督察。"
    acts = facts_of(text, COUNTY).activities
    assert [a.type for a in acts] == ["other"]
    assert acts[0].conducted_by in (None, COUNTY)


@pytest.mark.parametrize("text", [
    # near-misses: another body's tour, and the rectification of its findings
    "中央第三环保督察组进驻永德县以来，各乡镇积极配合。",
    "县人民政府积极推进中央环保督察反馈问题整改。",
])
def test_another_body_tour_is_no_congress_activity(facts_of, text: str) -> None:
    assert facts_of(text, COUNTY).activities == []


ARCHIVES_COUNTY = "公安县人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "县人大常委委员黄建勇、贺元珍，档案史志局局长赵业明、党组书记童春红参加的两个检查组，深入县林业系统开展检查。",
    "县水利局局长王五、党组副书记赵六陪同检查。",
    "县人民法院院长孙七、党组成员钱八汇报了工作。",
    "縣衛健委主任周九、黨組書記吳十陪同視察。",
])
def test_another_organ_party_secretary_invents_no_party_group(facts_of, text: str) -> None:
    assert not [o for o in facts_of(text, ARCHIVES_COUNTY).organs if (o.canonical or "").endswith("党组")]


@pytest.mark.parametrize("text", [
    "县人大常委会副主任张三、党组成员李四参加检查。",
    "县人大常委会党组书记、主任李明带队开展执法检查。",
])
def test_the_committee_own_party_group_stays(facts_of, text: str) -> None:
    assert [o.canonical for o in facts_of(text, ARCHIVES_COUNTY).organs if (o.canonical or "").endswith("党组")] == [
        f"中共{ARCHIVES_COUNTY}党组"]


@pytest.mark.parametrize(("text", "value"), [
    ("据省人大农业农村委负责人介绍，本次执法检查将覆盖全部21个市州。", 21),
    ("此次调研将涉及全省16个县区。", 16),
    ("檢查將覆蓋全市12個區縣。", 12),
    ("检查组将重点检查8项内容。", 8),
])
def test_a_figure_of_work_to_come_is_planned(facts_of, text: str, value: int) -> None:
    stats = [s for s in facts_of(text, "四川省人民代表大会常务委员会").statistics if s.value == value]
    assert stats and all(s.status == "planned" for s in stats)
