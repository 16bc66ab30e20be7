"""The work just told named again as the means of what follows, as a list of methods, or by the parts it ran in,
and a report named by its title as the source of its findings state no activity of their own (not-activities.csv;
readable dev z15, z17, z21, z41, z49, x47 and o34 of round 24)."""
from __future__ import annotations

import pytest

COUNTY = "某某县人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "通过实地调研和听取汇报，罗玉梅对我县推进城乡饮水安全所做的努力给予充分肯定。",
    "通过实地视察和座谈，视察组对全区学前教育普及普惠工作给予了肯定。",
    "通过实地察看和走访，代表们了解了项目进展。",
    "通過實地視察和座談，視察組對全區學前教育普及普惠工作給予了肯定。",
    "通过听取汇报，代表们对该项工作有了全面了解。",
    # a list of methods, the kind of means named between 等 and 方式
    "常委会通过组织代表集中视察、专题调研、听取审议报告、专题询问等一系列“组合拳”的方式，推动项目落地。",
    "常委會通過組織代表集中視察、專題調研、聽取審議報告、專題詢問等一系列“組合拳”的方式，推動項目落地。",
    # the parts an activity ran in
    "整个活动安排为期两天，分调研座谈会和现场查看两部分进行。",
    "整個活動安排為期兩天，分調研座談會和現場查看兩部分進行。",
])
def test_the_means_and_parts_of_work_told_state_no_activity(facts_of, text: str) -> None:
    assert facts_of(text, COUNTY).activities == []


@pytest.mark.parametrize(("text", "kind"), [
    # a count, or a law's inspection named, states its work
    ("通过开展3次视察，代表们了解了项目进展。", "site_visit"),
    ("通过开展《中华人民共和国长江保护法》执法检查，常委会推动了问题整改。", "law_enforcement_inspection"),
    # the work itself, not named as a means
    ("县人大常委会组织代表实地视察并召开座谈会。", "site_visit"),
    ("会议听取了县政府关于城乡饮水安全工作情况的汇报。", "report_review"),
])
def test_work_stated_in_its_own_right_stays(facts_of, text: str, kind: str) -> None:
    assert kind in {a.type for a in facts_of(text, COUNTY).activities}


@pytest.mark.parametrize("text", [
    "截至2020年12月31日，《2019年度省本级预算执行和其他财政收支审计工作报告》反映的713个问题，已完成整改685个。",
    "截至2020年12月31日，《2019年度省本級預算執行和其他財政收支審計工作報告》反映的713個問題，已完成整改685個。",
    "《2023年度县级预算执行审计工作报告》指出的问题已全部整改到位。",
])
def test_a_report_named_as_the_source_of_its_findings_is_no_hearing(facts_of, text: str) -> None:
    assert facts_of(text, COUNTY).activities == []


@pytest.mark.parametrize("text", [
    "会议听取了《2019年度审计工作报告》指出问题的整改情况。",
    "会议审议了县政府关于《2019年度审计工作报告》反映的问题整改情况的报告。",
])
def test_a_clause_hearing_the_findings_states_the_hearing(facts_of, text: str) -> None:
    assert [a.type for a in facts_of(text, COUNTY).activities] == ["audit_oversight"]


@pytest.mark.parametrize("text", [
    "开展审计查出问题整改情况满意度测评，是各级人大及其常委会依法开展预算、决算审查监督的重要方式。",
    "開展審計查出問題整改情況滿意度測評，是各級人大及其常委會依法開展預算、決算審查監督的重要方式。",
])
def test_a_clause_saying_what_a_work_is_states_none(facts_of, text: str) -> None:
    assert facts_of(text, COUNTY).activities == []


def test_a_clause_stating_an_event_after_its_copula_states_it(facts_of) -> None:
    text = "会议听取了审计查出问题整改情况的报告，是常委会首次开展满意度测评。"
    assert [a.type for a in facts_of(text, COUNTY).activities] == ["audit_oversight", "satisfaction_evaluation"]


@pytest.mark.parametrize("text", [
    "“问题都来源于调研发现以及企业和群众关切。”",
    "“問題都來源於調研發現以及企業和群眾關切。”",
    "这些建议大多来自代表的调研走访。",
])
def test_what_came_from_earlier_work_states_none(facts_of, text: str) -> None:
    assert facts_of(text, COUNTY).activities == []


def test_work_by_those_who_come_from_a_place_is_stated(facts_of) -> None:
    text = "常委会组织开展了来自基层一线的代表专题调研。"
    assert [a.type for a in facts_of(text, COUNTY).activities] == ["investigation"]
