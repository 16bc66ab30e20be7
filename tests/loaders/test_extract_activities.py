"""Activities: the kinds, the ways inspections are phrased, counts, chains and plans."""
from __future__ import annotations

import pytest
from extract_helpers import kinds_and_counts as kinds



@pytest.mark.parametrize(
    "text",
    [
        "检查教育法实施情况。",
        "开展《江苏省消防条例》执法检查。",
        "对职业教育法等3部法律的实施情况进行检查。",
        "受全国人大常委会委托,开展《中华人民共和国安全生产法》在本市实施情况的检查。",
        "与各区人大常委会上下联动开展公共文化服务保障法执法检查。",
    ],
)
def test_inspection_phrasings(facts_of, text):
    assert [a.type for a in facts_of(text).activities] == ["law_enforcement_inspection"]
    assert all(law.inspected for law in facts_of(text).laws)


def test_summary_counts_before_and_after_the_noun(facts_of):
    facts = facts_of("一年来,听取和审议专项工作报告十五项,开展执法检查6次,进行2次专题询问,开展4项专题调研。")
    assert kinds(facts) == [("report_review", 15), ("law_enforcement_inspection", 6), ("special_inquiry", 2), ("investigation", 4)]


def test_shared_count_gives_each_kind(facts_of):
    facts = facts_of("开展工作评议和满意度测评各2次。")
    assert sorted(kinds(facts)) == [("other", 2), ("satisfaction_evaluation", 2)]


def test_chained_activities_in_one_clause(facts_of):
    facts = facts_of("听取审议市政府关于养老服务工作情况的报告,并开展专题询问。")
    assert [a.type for a in facts.activities] == ["report_review", "special_inquiry"]
    assert facts.activities[0].overseen == ["苏州市人民政府"]


def test_reports_heard_split_by_their_kind(facts_of):
    facts = facts_of("听取审议了2022年度决算报告和审计工作报告。")
    assert sorted(a.type for a in facts.activities) == ["audit_oversight", "budget_review"]


def test_report_listing_several_fields_is_one_work_report(facts_of):
    facts = facts_of("听取审议了计划、预算、审计、环保等工作报告。")
    assert [a.type for a in facts.activities] == ["report_review"]


def test_repeated_reference_to_the_same_inspection_is_not_a_new_one(facts_of):
    facts = facts_of("常委会开展《中华人民共和国森林法》执法检查。这次执法检查突出重点。检查组围绕关键环节开展执法检查。")
    assert [a.type for a in facts.activities] == ["law_enforcement_inspection"]


def test_helping_a_higher_congress_credits_it(facts_of):
    """配合 X 开展: X's inspection, the report's organ assisting it, no partner in it (round 26; round 32)."""
    facts = facts_of("配合省人大常委会开展《中华人民共和国长江保护法》执法检查。")
    activity = facts.activities[0]
    assert activity.conducted_by == "江苏省人民代表大会常务委员会" and activity.jointly_with == []
    assert activity.assisted_by == ["苏州市人民代表大会常务委员会"]
    assert activity.laws == ["中华人民共和国长江保护法"]


def test_jointly_with_higher_congress(facts_of):
    facts = facts_of("与省人大常委会联合开展《中华人民共和国长江保护法》执法检查。")
    activity = facts.activities[0]
    assert activity.jointly_with == ["江苏省人民代表大会常务委员会"] and activity.conducted_by is None
    assert activity.laws == ["中华人民共和国长江保护法"]


@pytest.mark.parametrize("text", [
    "全国人大常委会执法检查组在我市检查《中华人民共和国长江保护法》实施情况，市人大常委会积极配合。",
    "市人大常委会协助全国人大常委会执法检查组开展《中华人民共和国长江保护法》执法检查。",
    "2023年5月，全国人大常委会执法检查组一行来我市检查《中华人民共和国长江保护法》实施情况。",
])
def test_a_visiting_inspection_group_s_committee_conducts_the_inspection(facts_of, text):
    activity = facts_of(text).activities[0]
    assert activity.conducted_by == "全国人民代表大会常务委员会"  # the group's former (round 46 ruling 8)
    assert activity.assisted_by == ["苏州市人民代表大会常务委员会"] and activity.jointly_with == []


@pytest.mark.parametrize(("text", "conductor"), [
    ("2024年8月，中共中央政治局常委、全国人大常委会委员长赵乐际亲临苏州调研。", "全国人民代表大会常务委员会"),  # an analyst's file (o19)
    ("省人大常委会副主任王小明一行到我市视察食品安全工作。", "江苏省人民代表大会常务委员会"),
    ("全国人大常委会副委员长莅临苏州开展专题调研。", "全国人民代表大会常务委员会"),
])
def test_a_visiting_leader_s_body_conducts_the_work(facts_of, text: str, conductor: str) -> None:
    """Another congress body's leader coming to the report's area does that body's work, not the city's."""
    assert [a.conducted_by for a in facts_of(text).activities] == [conductor]


def test_the_report_s_own_leader_going_out_is_its_own_work(facts_of) -> None:
    assert [a.conducted_by for a in facts_of("市人大常委会主任李华到吴江区调研。").activities] == [None]


def test_the_report_s_organ_working_with_others_still_conducts(facts_of):
    """Work with others stays the organ's; work under another body's entrustment (受…委托) is that body's since round 37
    (tests/loaders/test_extract_entrusted.py)."""
    for text in ("市人大常委会联合市政协开展《中华人民共和国长江保护法》执法检查。",
                 "市人大常委会执法检查组在我市检查《中华人民共和国长江保护法》实施情况。"):
        assert facts_of(text).activities[0].conducted_by is None


def test_site_visit_and_investigation(facts_of):
    facts = facts_of("组织代表视察城市更新项目建设情况。专题调研全市营商环境建设情况。")
    assert [a.type for a in facts.activities] == ["site_visit", "investigation"]


def test_filing_review_and_approximate_count_sequence(facts_of):
    facts = facts_of("听取和审议规范性文件备案审查工作报告。先后三次组织代表视察。")
    assert kinds(facts) == [("filing_review", None), ("site_visit", 3)]


def test_plan_section_states_planned_activities(facts_of):
    text = "今后工作安排\n开展专题询问。专题调研全市养老服务情况。"
    assert [(a.type, a.status) for a in facts_of(text).activities] == [
        ("special_inquiry", "planned"), ("investigation", "planned")]


def test_institution_building_is_not_an_activity(facts_of):
    assert facts_of("建立代表建议督办工作机制。").activities == []


def test_issue_is_mapped_from_the_subject_or_left_unmapped(facts_of):
    facts = facts_of("开展《中华人民共和国湿地保护法》执法检查。组织代表视察展览馆项目。")
    assert facts.activities[0].issues
    assert facts.activities[1].issues == []


@pytest.mark.parametrize(
    "text",
    [
        "针对未成年人保护问题开展执法检查。",
        "围绕食品安全进行执法检查，督促整改问题。",
        "聚焦生态环境保护开展执法检查。",
    ],
)
def test_an_inspection_whose_topic_leads_its_verb_is_reported(facts_of, text):
    assert [a.type for a in facts_of(text).activities] == ["law_enforcement_inspection"]


def test_a_bare_inspection_without_topic_refers_to_the_one_the_report_names(facts_of):
    """Told alone it is the report's one inspection (round 13: tests/loaders/test_extract_inspection_told_bare.py)."""
    facts = facts_of("常委会对《中华人民共和国森林法》实施情况开展执法检查。常委会开展执法检查，提出意见建议。")
    assert [a.evidence for a in facts.activities] == ["常委会对《中华人民共和国森林法》实施情况开展执法检查"]


@pytest.mark.parametrize(
    "text",
    ["镇人大主席团组织开展现场问政活动，镇长当场作答。", "区人大常委会举办“现场问政”，就停车难问题询问区政府有关部门。"],
)
def test_an_inquiry_in_person_is_a_special_inquiry(facts_of, text):
    assert [a.type for a in facts_of(text).activities] == ["special_inquiry"]
