"""The long tail of activity phrasings, each a class of its own: appraisals of deputies and officials,
voting on projects, tours, selections and campaigns, ratings, summary counts with what kind of
event between count and noun; and what names a kind of activity without stating one (rules named
after it, descriptions, instructions, stages). Sentences are written for this test in the genre's
manner, simplified and traditional, at several levels."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

TOWN = "南安市洪濑镇人民代表大会"
COUNTY = "宁乡县人民代表大会常务委员会"


@pytest.mark.parametrize("text, kind", [
    ("縣人大常委會對縣政府3名副縣長開展履職評議。", "other"),
    ("区人大常委会召开代表述职测评会。", "other"),
    ("会议以无记名投票方式票决产生了2025年县政府民生实事项目。", "other"),
    ("鎮人代會票決了2024年度十件民生實事候選項目。", "other"),
    ("街道人大工委组织辖区代表开展重点项目现场观摩活动。", "site_visit"),
    ("市人大常委会组织开展优秀代表建议评选。", "other"),
    ("组织全市各级人大代表开展“代表进网格”主题活动。", "other"),
    ("安排人大代表约见区法院、区检察院负责人。", "other"),
    ("会后，代表们对县政府民生实事项目推进情况的满意度进行了测评。", "satisfaction_evaluation"),
    ("述职结束后，选民对代表履职情况进行测评。", "satisfaction_evaluation"),
    ("区人大常委会积极推行民生实事项目人大代表票决制。", "other"),
    ("全年对报送备案的86件规范性文件进行了主动审查。", "filing_review"),
    ("法工委经过发函审查，督促制定机关修改了相关规定。", "filing_review"),
    ("組織對涉及營商環境的規範性文件開展集中清理。", "filing_review"),
    ("市人大常委会副主任代表执法检查组向常委会会议作报告。", "report_review"),
    ("代表们听取了由副乡长所作的报告。", "report_review"),
    ("县人大常委会将对优化营商环境工作情况进行专项审议。", "report_review"),
    ("鎮長匯報了上半年重點工作完成情況和下半年工作打算。", "report_review"),
    ("常委会对报备的15件规范性文件逐件进行了审查。", "filing_review"),
    ("组织各专门委员会对老旧小区改造、社区养老服务等工作开展询问。", "special_inquiry"),
    ("市人大常委会联合电视台举办“电视问政”。", "special_inquiry"),
    ("组织部分代表旁听区法院庭审。", "other"),
    ("会议对县政府关于教育工作情况的报告进行了审议。", "report_review"),
    ("开展对2026年县级预算草案编制情况的调研。", "investigation"),
    ("开展《中华人民共和国民法典》贯彻实施情况监督。", "other"),
    ("會議聽取了鎮政府關於民生實事項目推進情況的通報。", "report_review"),
    ("開展見證執行活動。", "other"),
    ("代表们对市公安局、市交通局等6个单位进行了民主评议。", "other"),
    ("對市中級人民法院開展了司法工作評議。", "other"),
    ("组织人大代表开展审议意见落实情况“回头看”活动。", "other"),
    ("區人大常委會組織區人大代表進行約見區政府領導活動。", "other"),
    ("安排代表约见市住建局领导。", "other"),
    ("县人大常委会组成人员履职情况报告会召开。", "other"),
    ("会议通过票决制确定了该乡2019年民生实事项目2个。", "other"),
    ("大会采取票决方式选定了十件民生实事。", "other"),
    ("代表们审议了2023年民生实事候选项目。", "other"),
    ("对省人大代表建议办理工作开展视察和评议。", "other"),
])
def test_long_tail_phrasings_state_their_kind(facts_of, text: str, kind: str) -> None:
    assert kind in {a.type for a in facts_of(text, COUNTY).activities}


@pytest.mark.parametrize("text, expected", [
    ("常委会全年开展3次全市性执法检查。", [("law_enforcement_inspection", 3)]),
    ("组织开展560余次代表集中视察。", [("site_visit", 560)]),
    ("開展8次專項調研、2次專題詢問。", [("investigation", 8), ("special_inquiry", 2)]),
    ("听取审议县政府及其组成部门专项工作报告15项、议案3项。", [("report_review", 15)]),
    ("全年组织开展视察调研活动15次。", [("site_visit", 15)]),
    ("开展执法检查和专题调研共9次。", [("law_enforcement_inspection", None), ("investigation", None)]),
    ("五年来开展执法检查执法调研23次。", [("law_enforcement_inspection", None), ("investigation", None)]),  # dev g25
    ("開展執法檢查執法調研12次。", [("law_enforcement_inspection", None), ("investigation", None)]),
    ("組織專題詢問和滿意度測評各1次。", [("special_inquiry", 1), ("satisfaction_evaluation", 1)]),
    ("聽取審議國務院、最高人民法院、最高人民檢察院20個工作報告。", [("report_review", 20)]),
    ("审议“一府两院”18项报告。", [("report_review", 18)]),
    ("会议听取了县政府关于3个重点项目建设情况的报告。", [("report_review", None)]),
    ("先后对生态环境保护方面10部专门法律的实施情况开展检查。", [("law_enforcement_inspection", 10)]),
    ("开展工作检查2项。", [("other", 2)]),
    ("全年开展法律监督和工作监督31项。", [("other", 31)]),
    ("进一步加强工作监督。", []),
])
def test_a_summary_count_is_an_activity_with_its_count(facts_of, text: str, expected) -> None:
    assert kinds_and_counts(facts_of(text, COUNTY)) == expected


def test_a_count_of_places_is_no_count_of_inspections(facts_of) -> None:
    assert kinds_and_counts(facts_of("在4个乡镇开展执法检查。", COUNTY)) != [("law_enforcement_inspection", 4)]


@pytest.mark.parametrize("text", [
    "会议审议通过了《县人大常委会规范性文件备案审查办法》。",
    "常委会制定了《民生实事项目代表满意度测评办法（试行）》。",
    "代表向选民述职是一项新的工作，也是选民监督代表的重要举措。",
    "专题询问以一问一答的形式进行。",
    "开展专题询问是人大依法监督的重要方式。",
    "依法履行备案审查职责。",
    "会议要求各代表小组要组织好视察活动。",
    "对审议意见落实情况，常委会可以提交会议进行专题询问。",
    "紧盯项目征集、代表票决、跟踪评估等环节。",
    "把督办代表建议作为联系群众的重要渠道。",
    "强化督办。",
    "检查组听取了市住建局汇报。有关负责同志汇报了相关工作情况。",
    "委员们结合视察情况发表了审议意见。",
    "通过视察，代表们对全县教育工作有了全面了解。",
    "会议传达了全市“双岗建功”主题活动部署会议精神。",
    "评选名额为承办单位总数的20%。",
    "坚持跟踪监督与专项监督相结合。",
    "此次督办采用“实地查看+现场交流”模式。",
    "本次执法检查采取明察暗访的方式。",
    "座谈会上，与会人员围绕调研主题进行了深入交流。",
    "视察结束后，召开了座谈会。",
    "会议还对专题询问工作进行了安排部署。",
    "常委会组成人员对报告进行了认真审议。",
    "会议审议了上述报告。",
    "常委会围绕《县城市管理条例（草案）》开展立法调研。",
    "法工委赴各乡镇就条例草案修改开展调研。",
    "常委会注重对法律法规实施情况的监督。",
    "【预、决算审查监督】 落实省委关于做实经济基础数据的决策部署。",
    "机关党支部开展民主评议党员工作。",
    "镇人大主席向镇党委述职。",
    "组织镇人大干部赴外地观摩学习。",
    "市长约见企业家代表座谈。",
    "深入学习总书记视察湖南重要讲话精神。",
    "这是县人大常委会首次开展专题询问。",
    "專題詢問是人大常委會依法監督、有效監督的重要方式。",
    "该条例是各级人大常委会开展备案审查工作的法律依据。",
    "（代表们审议政府工作报告现场）",
    "明年要认真组织好代表视察活动。",
    "会议听取了市人大法制委关于条例草案审议结果的报告。",
])
def test_naming_a_kind_of_activity_states_none(facts_of, text: str) -> None:
    assert facts_of(text, COUNTY).activities == []


def test_a_plan_for_an_inspection_still_states_it(facts_of) -> None:
    facts = facts_of("会议讨论了《中华人民共和国畜牧法》执法检查方案。", COUNTY)
    assert "law_enforcement_inspection" in {a.type for a in facts.activities}


def test_a_bill_on_the_accounts_is_a_budget_review(facts_of) -> None:
    facts = facts_of("会议审议了县政府《关于提请审查批准2024年本级决算草案的议案》。", COUNTY)
    assert "budget_review" in {a.type for a in facts.activities}


def test_the_next_stop_of_a_visit_is_no_new_visit(facts_of) -> None:
    text = "镇人大组织代表视察了镇污水处理厂建设情况。随后到东风村视察了农村公路建设。"
    assert [a.type for a in facts_of(text, TOWN).activities] == ["site_visit"]


@pytest.mark.parametrize("text, kinds", [
    ("依法组织代表对全镇农村公路建设开展视察、专题调研等活动。", {"site_visit", "investigation"}),
    ("依法组织代表视察、专题调研等活动。", set()),  # kinds named as a category: round 35 ruling 2
    ("组织代表开展视察调研。", {"site_visit"}),
    ("鎮人大主席團組織代表視察、調研活動。", {"site_visit"}),
])
def test_a_visit_and_an_investigation_are_two_unless_one_compound(facts_of, text: str, kinds: set[str]) -> None:
    assert {a.type for a in facts_of(text, TOWN).activities} == kinds


def test_a_visit_counted_is_continued_by_its_focus_only(facts_of) -> None:
    text = ("镇人大主席团先后三次组织代表视察,重点对农村公路建设进行了视察,"
            "听取了镇政府的汇报,并结合党建工作开展了视察。")
    visits = [a for a in facts_of(text, TOWN).activities if a.type == "site_visit"]
    assert [v.count for v in visits] == [3, None]
    assert "农村公路建设" in visits[0].evidence


def test_the_point_of_an_enumeration_is_told_by_the_sentences_after_it(facts_of) -> None:
    text = "二是工作评议。镇人大安排5名站所负责人向人大主席团述职，代表对其进行了测评。"
    activities = facts_of(text, TOWN).activities
    assert {a.type for a in activities} == {"other", "satisfaction_evaluation"}
    assert all("二是" not in a.evidence for a in activities)


@pytest.mark.parametrize("text", [
    "下半年，常委会将听取县政府关于代表建议办理情况的汇报。",
    "镇人大主席团将视察全镇农村公路建设。",
    "常委会将检查《中华人民共和国消防法》实施情况。",
    "主任会议讨论了《中华人民共和国畜牧法》执法检查方案。",
    "會議研究了代表述職評議工作方案。",
    "常委会准备对全县养老服务工作开展专题调研。",
])
def test_将_before_the_verb_or_a_plan_of_the_work_plans_the_activity(facts_of, text: str) -> None:
    activities = facts_of(text, COUNTY).activities
    assert activities and {a.status for a in activities} == {"planned"}


@pytest.mark.parametrize("text", [
    "“担任代表以来，我列席常委会会议，参加《中华人民共和国农产品质量安全法》执法检查，多次参加专题培训。”代表王某说。",
    "她说：“这一年，我参加了《中华人民共和国高等教育法》执法检查，收获很大！”",
])
def test_an_activity_told_in_a_quoted_speech_is_found(facts_of, text: str) -> None:
    assert [(a.type, bool(a.laws)) for a in facts_of(text).activities] == [("law_enforcement_inspection", True)]


def test_a_report_named_again_is_no_new_review(facts_of) -> None:
    facts = facts_of("常委会将结合审议该报告开展专题询问。", COUNTY)
    assert [a.type for a in facts.activities] == ["special_inquiry"]


@pytest.mark.parametrize("text, kinds", [
    ("常委会对审议意见落实情况进行监督检查。", ["other"]),
    ("對去年執法檢查審議意見落實情況進行了跟蹤檢查。", ["law_enforcement_inspection"]),
    ("对《中华人民共和国安全生产法》实施情况进行了检查。", ["law_enforcement_inspection"]),
    ("对区人大会议上提出的议案、建议的进展情况进行了检查和督办。", ["other"]),
    # suggestions checked, no law: an inspection names the law it inspects (round 23 part c 4)
    ("常委会对重点建议的进展情况进行跟踪检查。", ["other"]),
    ("开展了对县政府贯彻落实《中华人民共和国森林法》审议意见情况的专项检查。", ["law_enforcement_inspection"]),
    ("县人大常委会对县政府落实《中华人民共和国食品安全法》执法检查审议意见的情况进行了专项检查。", ["law_enforcement_inspection"]),
])
def test_checking_how_opinions_were_carried_out_is_a_follow_up(facts_of, text: str, kinds: list[str]) -> None:
    assert [a.type for a in facts_of(text, COUNTY).activities] == kinds


@pytest.mark.parametrize("text, kind", [
    ("【执法检查】开展《中华人民共和国水法》执法检查。", "law_enforcement_inspection"),
    ("会议审议通过了《县人大常委会规范性文件备案审查办法》，并对报备的5件规范性文件开展备案审查。", "filing_review"),
])
def test_a_name_holding_a_trigger_hides_no_later_statement(facts_of, text: str, kind: str) -> None:
    assert [a.type for a in facts_of(text, COUNTY).activities] == [kind]


# Appraisals of organs or works named right after 评议, and meetings assigning deputies' suggestions
# (after real reports: 评议县政府职能部门工作; 代表建议暨重点督办建议交办会议召开; 代表建议、政协提案交办工作会议).
@pytest.mark.parametrize(
    "text",
    [
        "县人大常委会评议县卫生健康局、县自然资源局、县市场监管局。",
        "今年组织代表评议县政府职能部门工作。",
        "常委会评议了教育、医疗等四项政府工作。",
        "县十五届人大五次会议代表建议暨重点督办建议交办会议召开。",
        "县人大常委会召开人大代表建议、政协提案交办工作会议。",
        "十四届全国人大二次会议代表建议交办会在京举行。",
    ],
)
def test_appraisals_and_assigning_suggestions_are_other_activities(facts_of, text):
    assert [a.type for a in facts_of(text, "衢州市柯城区人民代表大会常务委员会").activities] == ["other"]


@pytest.mark.parametrize("text", ["被评议单位要认真抓好整改。", "评议意见已交县政府研究处理。"])
def test_the_subjects_and_opinions_of_an_appraisal_are_no_activity(facts_of, text):
    assert facts_of(text, "衢州市柯城区人民代表大会常务委员会").activities == []


# A speaker making a body's report on its behalf (after real communiqués: 国务院总理代表国务院向大会作政府
# 工作报告; 常委会副主任代表常委会作工作报告) is a report heard; a government investment plan is a budget review.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("乡人大主席团主席代表乡人民代表大会主席团作工作报告。", "report_review"),
        ("县长代表县人民政府向大会作政府工作报告。", "report_review"),
        ("区人大常委会副主任代表区人大常委会作常委会工作报告。", "report_review"),
        ("会议听取了关于2024年县本级政府投资项目计划和2023年项目计划执行情况的汇报。", "budget_review"),
        ("会议审议了市政府关于2023年度政府投资计划调整方案的报告。", "budget_review"),
    ],
)
def test_reports_made_on_a_bodys_behalf_and_investment_plans(facts_of, text, expected):
    assert [a.type for a in facts_of(text, "衢州市柯城区人民代表大会常务委员会").activities] == [expected]


# The audit office named among the organs that report is no audit oversight; its audit report is.
@pytest.mark.parametrize("text, kinds", [
    ("区法院、区司法局、区审计局主要负责人到会报告有关工作。", set()),
    ("县财政局、县审计局负责人列席会议并报告工作。", set()),
    ("会议听取了县审计局关于2023年度县级预算执行和其他财政收支审计情况的报告。", {"audit_oversight"}),
    ("听取和审议市审计局关于审计查出问题整改情况的报告。", {"audit_oversight"}),
])
def test_the_audit_office_named_is_no_audit(facts_of, text: str, kinds: set[str]) -> None:
    assert {a.type for a in facts_of(text, COUNTY).activities} - {"report_review"} == kinds


@pytest.mark.parametrize("text", [  # the environmental campaign run with the press (dev m04, v05, v21)
    "市人大常委会开展了“环保世纪行”活动。",
    "燕赵环保世纪行活动也同步进行。",
    "縣人大常委會組織開展“雍城環保世紀行”活動。",
])
def test_the_environmental_press_campaign_is_an_activity(facts_of, text: str) -> None:
    assert [a.type for a in facts_of(text, COUNTY).activities] == ["other"]


def test_the_campaign_s_organising_bodies_are_no_activity(facts_of) -> None:
    assert not facts_of("中华环保世纪行组委会办公室主任出席会议。", COUNTY).activities
