"""Environmental oversight carries the ecology issue (a fresh user's study, issue 13): a subject that names no concept
of the scheme, as a dated report title gives none, is read from the activity's own words, in either script; the
genre's words for environmental work are the scheme's keywords (ontology/issues.ttl). Phrasings written for this test
after the genre's annual environment reports, appraisals and inquiries; near misses: 环境 in 营商环境, 法治环境 and
人居环境 is no ecology, and a subject naming concepts under two top concepts carries one of each.
"""
from __future__ import annotations

import pytest

from loaders.extract import issues
from loaders.extract.issues import issues_of

CITY = "无锡市人民代表大会常务委员会"


def _issues(facts) -> list[str]:
    return [issue for a in facts.activities for issue in a.issues]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("会议听取和审议了市人民政府关于2020年全市环境状况和环境保护目标完成情况的报告。", "ecology"),
        ("會議聽取和審議了市人民政府關於2020年全市環境狀況和環境保護目標完成情況的報告。", "ecology"),
        ("会议听取了副市长所作的关于2019年度环境质量状况和环保年度目标完成情况的报告。", "ecology"),
        ("會議聽取了副市長所作的關于2019年度環境質量狀況和環保年度目標完成情況的報告。", "ecology"),
        ("会议对2018年全市环境保护工作进行了满意度测评。", "ecology"),
        ("會議對2018年全市環境保護工作進行了滿意度測評。", "ecology"),
        ("常委会听取审议了市政府关于2022年度生态环境保护工作情况的报告。", "ecology"),
        ("常委会听取审议了市政府关于2023年建筑垃圾治理工作情况的报告。", "ecology-soil-waste"),
        ("常委會聽取審議了市政府關於2023年建築垃圾治理工作情況的報告。", "ecology-soil-waste"),
        ("常委会听取审议了市政府关于2021年山体保护工作情况的报告。", "ecology-nature"),
        ("常委会听取审议了市政府关于2021年全市水务工作情况的报告。", "natural-resources"),
        # a subject of two policy areas carries both (a fresh user, round 25: rural sewage is ecology too)
        ("会议就农村生活污水治理开展专题询问。", "ecology-water"),
        ("會議就農村生活污水治理開展專題詢問。", "ecology-water"),
        ("会议就农村生活污水治理开展专题询问。", "agriculture-rural"),
    ],
)
def test_environmental_work_is_tagged(facts_of, text, issue):
    assert issue in _issues(facts_of(text, CITY))


@pytest.mark.parametrize(
    "text",
    [
        "常委会听取审议了市政府关于2022年优化营商环境工作情况的报告。",
        "常委會聽取審議了市政府關於2022年優化營商環境工作情況的報告。",
        "常委会听取审议了市政府关于2022年法治环境建设情况的报告。",
        "常委会听取审议了市政府关于2022年城市人居环境改善情况的报告。",
        "常委會聽取審議了市政府關於2022年城市人居環境改善情況的報告。",
    ],
)
def test_other_environments_are_no_ecology(facts_of, text):
    facts = facts_of(text, CITY)
    assert facts.activities and not any(i.startswith("ecology") for i in _issues(facts))


@pytest.mark.parametrize(
    ("subject", "evidence", "issue"),
    [
        ("湿地保护", "", ["ecology-nature"]),
        # a subject naming a concept is read alone, whatever else the evidence holds
        ("湿地保护", "听取湿地保护和优化营商环境工作情况的报告", ["ecology-nature"]),
        ("", "听取关于2020年我省环境状况和环境保护目标完成情况的报告", ["ecology"]),
        ("全区工作", "听取关于2020年全区环境质量状况的报告", ["ecology"]),
        # a court's report heard beside the procuratorate's is the court's (法院 is a keyword of its concept)
        ("区法院", "听取区法院、区检察院上半年工作情况报告", ["justice-courts"]),
        ("县人民法院", "县人民法院、县人民检察院工作报告", ["justice-courts"]),
        # concepts under two top concepts: one of each, in the subject or the evidence read for it
        ("城市管理和生态环境保护", "", ["ecology", "urban-rural-development"]),
        ("", "听取关于城市管理和生态环境保护工作情况的报告", ["ecology", "urban-rural-development"]),
        ("农村生活污水治理", "", ["agriculture-rural", "ecology-water"]),
        ("", "听取关于农业面源污染防治工作情况的报告", ["agriculture-rural", "ecology"]),
        # a single compound keyword is one concept, not its parts' (农村公路 is transport, not rural and transport)
        ("农村公路建设", "", ["transport"]),
        ("", "听取关于2020年人居环境改善情况的报告", []),
        ("", "", []),
    ],
)
def test_issues_of_reads_the_evidence_for_a_subject_naming_nothing(subject, evidence, issue):
    assert issues_of(subject, evidence) == issue


@pytest.mark.parametrize(
    ("text", "kind", "issue"),
    [
        ("会议听取和审议了关于2022年度市级预算执行和其他财政收支的审计工作报告。", "audit_oversight", "audit"),
        ("會議聽取和審議了關於2022年度市級預算執行和其他財政收支的審計工作報告。", "audit_oversight", "audit"),
        ("会议听取和审议了关于2023年度州本级预算执行和其他财政收支审计查出问题整改情况的报告。", "audit_oversight", "audit"),
    ],
)
def test_an_activitys_kind_chooses_among_two_top_concepts(facts_of, text, kind, issue):
    """Keywords of the budget and the audit in an audit report's title: the audit's (issues.KIND_ISSUES)."""
    assert (kind, [issue]) in [(a.type, a.issues) for a in facts_of(text, CITY).activities]


@pytest.mark.parametrize(
    ("words", "kind", "issue"),
    [
        ("关于2022年度预算执行和其他财政收支的审计工作报告", "audit_oversight", ["audit"]),
        ("关于2022年财政预算执行和审计整改情况的报告", "budget_review", ["budget"]),
        ("对规范性文件和地方立法工作开展备案审查", "filing_review", ["congress-filing-review"]),
        # near misses: a kind naming no issue, or one whose issue the words do not name, gives each top's
        ("关于2022年度预算执行和其他财政收支的审计工作报告", "law_enforcement_inspection", ["audit", "budget"]),
        ("关于国有资产管理和生态环境保护工作情况的报告", "audit_oversight", ["ecology", "state-assets"]),
    ],
)
def test_issues_of_takes_the_kinds_issue_among_several(words, kind, issue):
    assert issues_of("", words, kind) == issue


def test_the_kinds_issues_are_concepts_of_the_scheme():
    concepts = {concept.removeprefix(issues.ISSUE) for concept, _ in issues.keywords().values()}
    assert set(issues.KIND_ISSUES.values()) <= concepts
