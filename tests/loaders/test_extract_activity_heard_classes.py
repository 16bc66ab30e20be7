"""Classes of activities a blind set missed (issue 10, activities recall, round 9), each stated as the genre
writes it: inspection reports counted in a yearbook, a counted item sharing its list's noun, organs reporting
in writing, fields of work heard and reviewed without 报告, deputies' vote on livelihood projects held under
the system's name, stepping up the follow-up of motions and suggestions, two ratings told in parallel clauses,
the plan of an inspection discussed, officials reporting their duties, and an inspection report on unrelated
laws. Sentences paraphrase public session news and work reports (simplified and traditional), with near
misses that must not match."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

COUNTY = "某某县人民代表大会常务委员会"
PROVINCE = "广东省人民代表大会常务委员会"


def _found(facts_of, text: str, organ: str = COUNTY) -> list[tuple[str, int | float | None]]:
    return kinds_and_counts(facts_of(text, organ))


def _kinds(facts_of, text: str, organ: str = COUNTY) -> list[str]:
    return [kind for kind, _ in _found(facts_of, text, organ)]


# -- inspection reports counted: the inspections counted (yearbook totals, PROVENANCE-k-a) --------------------

@pytest.mark.parametrize("text, count", [
    ("全年召开常委会会议8次，审议执法检查报告4项，审议政府报告19项、市检察院报告1项。", 4),
    ("本届以来，常委会听取审议执法检查报告12个。", 12),
    ("一年来，審議執法檢查報告3項、專項工作報告9項。", 3),
])
def test_inspection_reports_counted_are_the_inspections_counted(facts_of, text: str, count: int) -> None:
    found = _found(facts_of, text)
    assert ("law_enforcement_inspection", count) in found
    assert ("report_review", count) in found


def test_the_reports_of_inspections_already_counted_are_not_counted_again(facts_of) -> None:
    text = "常委会开展执法检查4项，审议执法检查报告4项。"
    assert _kinds(facts_of, text).count("law_enforcement_inspection") == 1


def test_a_report_counted_after_its_noun_takes_the_count(facts_of) -> None:
    assert ("report_review", 1) in _found(facts_of, "审议政府报告19项、市检察院报告1项。")


def test_a_session_number_is_no_count(facts_of) -> None:
    found = _found(facts_of, "重点建议办理情况在县十七届人大四次会议上组织全体人大代表进行满意度测评。")
    assert ("satisfaction_evaluation", None) in found and all(count is None for _, count in found)


# -- a counted item that shares the noun its list writes last ------------------------------------------------

@pytest.mark.parametrize("text, counts", [
    ("召开常委会会议10次，听取和审议6项、书面审议5项专项工作报告，开展3项执法检查。", [6, 5]),
    ("全年听取审议9项、书面审议3项工作报告。", [9, 3]),
    ("一年來，聽取和審議12項、書面審議4項專項工作報告。", [12, 4]),
])
def test_a_counted_item_shares_the_noun_of_its_list(facts_of, text: str, counts: list[int]) -> None:
    assert [c for kind, c in _found(facts_of, text) if kind == "report_review"] == counts


@pytest.mark.parametrize("text", [
    "全年开展视察3次、专题调研5次。",  # each item has its own noun
    "常委会召开会议6次、主任会议12次。",  # meetings, no hearing verb
])
def test_items_with_their_own_noun_or_no_hearing_verb_share_nothing(facts_of, text: str) -> None:
    assert "report_review" not in _kinds(facts_of, text)


# -- organs reporting in writing: one review each ------------------------------------------------------------

@pytest.mark.parametrize("text, reviews", [
    ("会议期间，副市长代表市政府汇报了2020年工作情况，市中级人民法院、市人民检察院书面汇报2020年工作情况。", 3),
    ("縣法院、縣檢察院分別書面報告了上半年工作情況。", 2),
    ("县政府书面汇报了县人大常委会审议意见的落实情况。", 1),
])
def test_organs_reporting_in_writing_are_one_review_each(facts_of, text: str, reviews: int) -> None:
    assert _kinds(facts_of, text).count("report_review") == reviews


@pytest.mark.parametrize("text, reviews", [
    ("代表们听取了全市经济运行情况介绍，市中级人民法院、市人民检察院进行了2018年工作情况书面汇报。", 2),
    ("县法院、县检察院作了上半年工作情况书面报告。", 2),
    ("縣政府進行了民生實事項目推進情況書面匯報。", 1),
    ("会议对书面汇报工作进行了安排。", 0),
])
def test_organs_making_a_written_report_on_work_named_before_it_are_one_review_each(
        facts_of, text: str, reviews: int) -> None:
    """The work named between the verb and the written report (进行了2018年工作情况书面汇报, round 26, readable dev m14),
    as 书面汇报了…情况 names it after; arranging written briefings is none."""
    assert _kinds(facts_of, text).count("report_review") == reviews


# -- a field of work heard and reviewed without 报告 -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "听取和审议全县企业国有资产管理工作，督促政府深化国有企业改革。",
    "常委会听取和审议农村人居环境整治和环境保护工作，推动问题整改。",
    "聽取並審議了全市養老服務體系建設工作，提出審議意見。",
])
def test_a_field_of_work_heard_and_reviewed_is_a_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["report_review"]


@pytest.mark.parametrize("text", [
    "常委会认真听取和审议专项工作，增强监督实效。",
    "会议听取和审议有关工作。",
    "县政府常务会议听取了全县安全生产工作。",  # a government's own meeting, not the statutory 听取和审议
])
def test_hearing_work_in_general_is_no_review(facts_of, text: str) -> None:
    assert "report_review" not in _kinds(facts_of, text)


# -- deputies voting on livelihood projects, held under the system's name ------------------------------------

@pytest.mark.parametrize("text", [
    "今年将在市七届人大三次会议上开展民生实事项目人大代表票决制工作。",
    "宁海县创新开展了民生实事项目代表票决制工作。",
    "各鎮人代會均實施民生實事項目人大代表票決制，票選出年度項目。",
])
def test_holding_the_vote_on_livelihood_projects_is_an_activity(facts_of, text: str) -> None:
    assert "other" in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "区人大常委会作出了关于实施民生实事项目代表票决制的决定。",
    "本刊刊发《开展民生实事项目人大代表票决制的调研与思考》一文。",
])
def test_a_decision_or_study_naming_the_vote_is_none(facts_of, text: str) -> None:
    assert "other" not in _kinds(facts_of, text)


# -- stepping up the follow-up of motions and suggestions ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "2022年，市人大常委会紧扣中心、依法履职，不断加大代表建议督查督办力度，积极回应代表关切。",
    "加大大会议案和建议督办力度，推动一批民生问题得到解决。",
    "進一步加大重點建議督辦力度，實行主任會議成員領銜督辦。",
])
def test_stepping_up_the_follow_up_of_suggestions_states_it(facts_of, text: str) -> None:
    assert "other" in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "常委会不断加大监督力度，增强监督实效。",
    "进一步加强代表建议办理工作。",
])
def test_an_aim_of_oversight_in_general_states_none(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


# -- two ratings told in parallel clauses ---------------------------------------------------------------------

def test_two_ratings_of_different_objects_are_two_activities(facts_of) -> None:
    text = ("一般性建议办理情况由各乡镇代表小组进行测评，大会议案及重点建议办理情况在县十七届人大四次会议上"
            "组织全体人大代表进行满意度测评。")
    assert _kinds(facts_of, text) == ["satisfaction_evaluation", "satisfaction_evaluation"]


def test_a_rating_told_in_two_clauses_stays_one(facts_of) -> None:
    text = "会议对县政府关于教育工作情况的报告进行了满意度测评，测评结果当场公布。"
    assert _kinds(facts_of, text).count("satisfaction_evaluation") == 1


# -- the plan of an inspection discussed; officials reporting their duties -----------------------------------

@pytest.mark.parametrize("text, laws", [
    ("主任会议讨论通过了市人大常委会执法检查工作方案。", []),
    ("会议研究了关于检查《中华人民共和国防洪法》实施情况的方案。", ["中华人民共和国防洪法"]),
    ("主任会议讨论了《中华人民共和国森林法》执法检查工作方案。", ["中华人民共和国森林法"]),
])
def test_the_plan_of_an_inspection_is_the_inspection_planned(facts_of, text: str, laws: list[str]) -> None:
    activities = facts_of(text, COUNTY).activities
    assert [(a.type, a.status, a.laws) for a in activities] == [("law_enforcement_inspection", "planned", laws)]


def test_the_plan_of_an_inspection_told_elsewhere_is_that_inspection(facts_of) -> None:
    text = ("常委会对《中华人民共和国食品安全法》贯彻实施情况开展执法检查。"
            "常委会党组、主任会议专门研究审定执法检查方案，学习好法律和执法检查实施方案。")
    assert _kinds(facts_of, text).count("law_enforcement_inspection") == 1


def test_officials_reporting_their_duties_is_an_appraisal_not_a_report_heard(facts_of) -> None:
    text = ("会议还听取了省人大常委会关于中小企业促进法及陕西省实施办法执法检查工作方案、2019年省“一府两院”有关负责人"
            "向省人大常委会报告履职情况的人员安排意见。")
    kinds = _kinds(facts_of, text, "陕西省人民代表大会常务委员会")
    assert sorted(kinds) == ["law_enforcement_inspection", "other"]


def test_the_rules_for_officials_reporting_their_duties_are_none(facts_of) -> None:
    text = "区人大常委会制订出台《关于“一府两院”相关负责人向区人大常委会报告履职情况的暂行办法(草案)》。"
    assert _kinds(facts_of, text) == []


# -- an inspection report on unrelated laws: one inspection per law ------------------------------------------

@pytest.mark.parametrize("text, groups", [
    ("会议听取了省人大常委会执法检查组关于检查《广东省社会救助条例》《广东省自主创新促进条例》实施情况的报告。",
     [["广东省社会救助条例"], ["广东省自主创新促进条例"]]),
    ("會議聽取了省人大財政經濟委員會主任委員張某、省人大農業與農村委員會主任委員李某分別作的省人大常委會執法檢查組"
     "關於檢查《廣東省實施〈中華人民共和國中小企業促進法〉辦法》和《廣東省林業有害生物防治條例》實施情況的報告。",
     [["广东省实施《中华人民共和国中小企业促进法》办法"], ["广东省林业有害生物防治条例"]]),  # the national law is the measure's words
])
def test_an_inspection_report_on_unrelated_laws_is_one_inspection_per_law(facts_of, text, groups) -> None:
    inspections = [a for a in facts_of(text, PROVINCE).activities if a.type == "law_enforcement_inspection"]
    assert sorted(sorted(a.laws) for a in inspections) == sorted(sorted(g) for g in groups)
    assert [a.type for a in facts_of(text, PROVINCE).activities].count("report_review") == 1


@pytest.mark.parametrize("text", [
    # a law and its province's regulation, from a city's session news
    "会议听取了市人大常委会执法检查组关于检查《中华人民共和国消防法》《湖北省消防条例》实施情况的报告。",
    # three laws of one field
    "听取了自治区人大常委会执法检查组关于检查《中华人民共和国行政处罚法》《中华人民共和国行政许可法》和"
    "《中华人民共和国行政强制法》实施情况的报告。",
    # a counted set of regulations
    "听取了关于检查《广东省社会救助条例》《广东省自主创新促进条例》等10件地方性法规实施情况的报告。",
])
def test_related_or_counted_laws_stay_one_inspection(facts_of, text: str) -> None:
    assert _kinds(facts_of, text, PROVINCE).count("law_enforcement_inspection") == 1


# -- the budget's revenue reported by the department that collects it -----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a county's session news: the tax bureau's and the natural resources bureau's revenue reports
    ("会议听取并审议通过了县税务局《关于2020年上半年收入完成情况的报告》、县自然资源局《关于2020年上半年国土基金收入"
     "完成情况的报告》。", ["budget_review", "budget_review"]),
    ("會議聽取了縣財政局關於上半年財政收支情況的報告。", ["budget_review"]),
    ("会议听取和审议了区政府关于全区一般公共预算收入完成情况的报告。", ["budget_review"]),
])
def test_a_revenue_report_is_a_budget_review(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text", [
    "会议听取了县农业农村局关于2023年农民收入增长情况的报告。",
    "会议听取和审议了县政府关于全县农村居民收入完成情况的报告。",
])
def test_people_s_incomes_are_no_budget(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["report_review"]


# -- a survey carried out as its own work --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "常委会组织开展了农村饮水安全问卷调查，共收回有效问卷1200份。",
    "县人大常委会就优化营商环境开展网上问卷调查。",
    "代表小組進行了養老服務入戶問卷調查。",
])
def test_a_survey_is_an_investigation(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["investigation"]


@pytest.mark.parametrize("text", [
    # the means of an inspection, from a municipal congress's announcement
    "执法检查将采取实地调查、案卷评查、问卷调查、抽样等多种方式进行。",
    "此次执法检查采取听取汇报与实地检查相结合、查看资料与问卷调查相结合的方式进行。",
    "镇人大主席对前两轮代表们进行执法检查的问卷调查情况进行了通报。",
])
def test_a_survey_as_a_means_or_its_findings_is_no_investigation(facts_of, text: str) -> None:
    assert "investigation" not in _kinds(facts_of, text)


# -- an official briefing the deputies on some work during their visit ---------------------------------------

@pytest.mark.parametrize("text", [
    "代表们来到县水文站，站长就水文监测和防汛预警工作作了详细的介绍。",
    "在集镇改造现场，镇长就民生实事项目推进情况进行了汇报。",
    "該所負責人對轄區食品安全監管工作作了簡要介紹。",
])
def test_an_official_briefing_on_work_during_a_visit_is_a_review(facts_of, text: str) -> None:
    assert "report_review" in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "市人大有关专门委员会和常委会有关工作部门负责同志就常委会第二十五次会议有关议题作了汇报。",
    "市检察院负责人作表态发言。",
    "县长就相关情况作了说明。",
])
def test_a_briefing_on_an_agenda_or_in_general_is_none(facts_of, text: str) -> None:
    assert "report_review" not in _kinds(facts_of, text)


# -- lists of reports: a page that lost its full stops, bills approved, a state of work joined to a report ------

@pytest.mark.parametrize("text, expected", [
    # a news page whose items lost their full stops: white space ends a title
    ("会议审议了市政府关于上半年国民经济和社会发展计划执行情况的报告(书面)、关于上半年预算执行情况的报告(书面) "
     "会议听取了市人大法制委员会关于《某市租赁住房安全管理条例(草案)》审议结果的报告。",
     ["report_review", "budget_review"]),
    ("會議聽取了縣政府關於城鄉供水一體化情況的報告 會議還審議了人事任免事項。", ["report_review"]),
])
def test_white_space_after_a_title_ends_it(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议审查和批准了县政府关于2022年县级财政预算调整的议案。", ["budget_review"]),
    ("会议审查批准了市政府关于提请审议新增地方政府债券资金安排的议案。", ["budget_review"]),
    ("会议审查和批准了县人大常委会主任会议关于提请审议县人民代表大会代表选举办法的议案。", []),
])
def test_a_bill_approved_is_typed_by_what_it_asks(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text, reviews", [
    ("各乡镇人代会分别听取和审议了上半年乡镇政府工作报告和镇政府实事工程半年实施进展情况。", 2),
    ("会议听取了县政府关于教育工作情况的报告、关于全县河长制落实情况，并进行了审议。", 2),
    # a village's election and a state named after another verb are no reports heard
    ("联组代表认真听取了街道工作情况汇报及银河村换届选举情况。", 1),
    ("会议听取了县政府关于教育工作情况的报告，了解了学校建设情况。", 1),
])
def test_a_state_of_work_joined_to_a_report_is_heard_too(facts_of, text: str, reviews: int) -> None:
    assert _kinds(facts_of, text).count("report_review") == reviews


def test_a_count_set_apart_after_a_title_is_still_its_count(facts_of) -> None:
    assert _found(facts_of, "全年听取审议专项工作报告 21 个，开展执法检查 4 次。") == [
        ("report_review", 21), ("law_enforcement_inspection", 4)]


# -- a report explained to the council of chairpersons before the session -------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("会议听取了关于《某市绿化条例(草案)》的审议意见报告、关于本市上半年国民经济和社会发展计划执行情况报告的说明、"
     "关于2014年度市本级预算执行和其他财政收支的审计工作报告的说明，以及关于本市城市公共交通安全管理情况的报告的说明，"
     "决定将相关法规草案、报告提请常委会第二十二次会议审议。",
     [("report_review", "planned"), ("audit_oversight", "planned"), ("report_review", "planned")]),
    ("會議聽取了關於個別代表的代表資格報告的說明、有關人事任免案的說明，決定將相關報告、人事任免案提請常委會第九次會議審議。",
     []),
])
def test_a_report_explained_is_that_report_heard(facts_of, text: str, expected) -> None:
    assert [(a.type, a.status) for a in facts_of(text, COUNTY).activities] == expected


# -- a meeting's ordinal before the trigger is no count (round 13) ---------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("与会人员在县人大常委会第二十八次会议期间视察了城区污水处理厂。", "site_visit"),
    ("全体委员在市人大常委会第三十五次会议上专题询问。", "special_inquiry"),
    ("縣人大常委會第十二次會議專題詢問環節，6位委員先後提問。", "special_inquiry"),
])
def test_a_meetings_ordinal_is_no_count(facts_of, text: str, kind: str) -> None:
    found = _found(facts_of, text)
    assert (kind, None) in found and all(count is None for _, count in found)


@pytest.mark.parametrize(("text", "expected"), [
    ("省审计厅向省人大常委会第四十一次会议报告了2020年度省级预算执行和其他财政收支审计查出问题的整改情况。", ["audit_oversight"]),
    ("市财政局向市人大常委会报告了上半年预算执行情况。", ["budget_review"]),
    ("县政府向县人大常委会报告了优化营商环境工作情况。", ["report_review"]),
    ("县教育局向县人大常委会汇报了义务教育均衡发展工作情况。", ["report_review"]),
    # the plenary work report in its speaker's own voice (round 14 ruling) and the duties reported in an appraisal
    ("现在，我代表县人大常委会向大会报告过去一年的工作，请予审议。", []),
    ("会上，五个部门主要负责同志分别向人大常委会报告了本单位履职工作情况。", []),
])
def test_an_organ_reporting_to_the_committee_is_heard(facts_of, text, expected) -> None:
    """An organ, a department too, reporting to the standing committee or its session on some work
    (某局向市人大常委会报告了…情况) is the committee's hearing, typed by what is reported."""
    assert [a.type for a in facts_of(text, "某市人民代表大会常务委员会").activities] == expected


# -- a rating after a report heard rates its maker (a fresh user's round 21: g22's six 测评 with no organ) ---------

@pytest.mark.parametrize("text, organ, rated", [
    ("会议听取和审议了市政府关于全市养老服务工作情况的报告，并进行满意度测评。", "南平市人民代表大会常务委员会", ["南平市人民政府"]),
    ("會議聽取和審議了市政府關於民生實事項目辦理情況的報告，並對辦理情況開展滿意度測評。", "晋江市人民代表大会常务委员会",
     ["晋江市人民政府"]),
    ("会议听取了区法院关于执行工作情况的报告，并进行了满意度测评。", "宜昌市西陵区人民代表大会常务委员会",
     ["宜昌市西陵区人民法院"]),
])
def test_a_rating_after_a_report_heard_rates_the_reports_maker(facts_of, text: str, organ: str, rated: list[str]) -> None:
    [rating] = [a for a in facts_of(text, organ).activities if a.type == "satisfaction_evaluation"]
    assert rating.overseen == rated


# -- a rating after an appraisal, or of a report named again (该报告), rates that maker (a first-time analyst, round 28) --

@pytest.mark.parametrize("text, organ, rated, subject", [
    ("会议对市民政局、市司法局开展工作评议，并进行满意度测评。", "温州市人民代表大会常务委员会",
     ["温州市民政局", "温州市司法局"], ""),
    ("會議對市教育局開展工作評議，並進行滿意度測評。", "乐清市人民代表大会常务委员会", ["乐清市教育局"], ""),
    ("会议听取了市人民法院关于民事审判工作情况的报告。常委会组成人员对该报告进行了满意度测评。",
     "南平市人民代表大会常务委员会", ["南平市中级人民法院"], "民事审判"),
    ("会议听取了市政府关于养老服务工作情况的报告。委员们对这个报告开展满意度测评。", "南平市人民代表大会常务委员会",
     ["南平市人民政府"], "养老服务"),
])
def test_a_rating_of_work_appraised_or_a_report_named_again_rates_its_maker(facts_of, text: str, organ: str,
                                                                            rated: list[str], subject: str) -> None:
    [rating] = [a for a in facts_of(text, organ).activities if a.type == "satisfaction_evaluation"]
    assert sorted(rating.overseen) == sorted(rated)
    assert not subject or rating.subject == subject


def test_an_inquiry_on_the_report_named_again_takes_its_subject(facts_of) -> None:
    """结合审议该报告开展专题询问: the inquiry is on the report heard before, not on 该报告开展专题询问."""
    facts = facts_of("会议听取了省政府关于职业教育工作情况的报告，并将结合审议该报告开展专题询问。", PROVINCE)
    [inquiry] = [a for a in facts.activities if a.type == "special_inquiry"]
    assert inquiry.subject == "职业教育"


def test_a_rating_naming_its_own_organ_keeps_it(facts_of) -> None:
    """The sentence after a report heard names whom it rates: that organ, not the report's maker."""
    facts = facts_of("会议听取了市政府关于养老工作的报告。会议还对市教育局进行了满意度测评。", "南平市人民代表大会常务委员会")
    [rating] = [a for a in facts.activities if a.type == "satisfaction_evaluation"]
    assert rating.overseen == ["南平市教育局"]


def test_a_rating_counted_beside_reports_counted_rates_no_maker(facts_of) -> None:
    """A year's totals list ratings beside the reports heard: no report's maker is rated by them."""
    facts = facts_of("一年来，共审议“一府两院”专项工作报告20项，开展专项工作评议和满意度测评各1次。", PROVINCE)
    [rating] = [a for a in facts.activities if a.type == "satisfaction_evaluation"]
    assert rating.overseen == []
