"""An activity is an instance (an event done or scheduled), not a kind of work named as a concept.

The classes of fault a blind set showed (issue 10), each with phrasings written for this test in
the genre's style: a kind judged, questioned or to be innovated; 督办 as a duty or a slogan;
agendas and council meetings; organs briefing one after another; deputies meeting voters; a visit
told in steps; plenary work reports; a plan's contents.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

COUNTY = "某某县人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, COUNTY))]


@pytest.mark.parametrize(
    "text",
    [
        "专题询问历来都是常委会监督政府的有效手段。",
        "而执法检查则是法律监督的重要形式。",
        "为何今年没有安排对法院工作的专题询问？",
        "今天我想和大家谈谈视察的作用。",
        "我们将积极探索改进视察工作的新路径。",
        "会议提出将启动专题询问这一监督方式。",
        "常委会制定了专题询问工作方案，对议题的选定和询问会的组织作出规定。",
        "要把群众反映强烈的问题纳入专题询问当中。",
    ],
)
def test_a_kind_named_as_a_concept_is_no_activity(facts_of, text):
    assert _kinds(facts_of, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "镇人大召开了代表建议督办会。",
        "区人大常委会组织开展了代表建议现场督办活动。",
        "常委会从200件代表建议中选出12件由主任会议成员重点督办。",
    ],
)
def test_following_up_suggestions_at_an_event_is_an_activity(facts_of, text):
    assert _kinds(facts_of, text) == ["other"]


@pytest.mark.parametrize(
    "text",
    [
        "督办情况应当在十日内反馈。",
        "二、督办“有的放矢”",
        "镇人大办汇总形成督办清单，下发至各代表组。",
        "对重点督办的建议，将在媒体公开办理结果。",
        "逐步形成了交办、督办、评估的工作模式。",
        "镇人大将“进一步加大督查力度”等建议列入明年工作研究范围。",
    ],
)
def test_who_follows_up_a_slogan_or_a_list_is_no_activity(facts_of, text):
    assert _kinds(facts_of, text) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("会议讨论了县政府关于上半年工作情况的报告、关于上半年预算执行情况的报告。", ["report_review", "budget_review"]),
        ("审议市政府关于提请审议2024年政府投资项目计划的议案。", ["budget_review"]),
        ("审议区政府关于提请审议《滨江新城总体规划》的议案。", ["report_review"]),
        ("审议区政府关于提请审议《区物业管理条例（草案）》的议案。", []),
        ("会议听取了法制委、财经委关于代表议案审议结果的报告。", ["report_review"]),  # round 47 ruling 2, answer 3: one
        ("会议听取了代表资格审查委员会关于个别代表的代表资格的报告。", []),
        ("会议讨论了《县人大常委会工作报告（草案）》的说明。", []),
        ("会议听取了财政局局长作的关于提请审议批准2024年政府债务限额的议案的说明，财经委主任作的关于区政府关于"
         "提请审议批准2024年政府债务限额的议案的审查报告。", ["budget_review"]),
    ],
)
def test_an_agenda_item_is_typed_by_what_it_takes_up(facts_of, text, kinds):
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize(
    ("text", "reviews"),
    [
        ("区政府、区法院、区检察院分别通报了今年一季度工作情况。", 3),
        ("县政府和县监委分别汇报了上半年工作情况。", 2),
        ("会议听取了区“一府两院”关于上半年工作情况的报告。", 3),
        ("会议听取了市“一府一委两院”关于上半年工作情况的报告。", 4),
        ("区政府书面报告了区人大常委会审议意见的落实情况。", 1),
        # the organs that report are those a shared title's subjects are (object_kinds.reports_as_organ), an 办公室 too
        ("县政府办公室、县应急管理局分别汇报了安全生产工作情况。", 2),
        ("各代表小组组长分别汇报了上半年工作情况。", 1),
    ],
)
def test_each_organ_that_reports_is_one_review(facts_of, text, reviews):
    assert _kinds(facts_of, text) == ["report_review"] * reviews


@pytest.mark.parametrize(
    "text",
    [
        "会议书面审查了《镇人民政府2023年财政预算执行情况报告》。",
        "书面审查区政府关于2023年预算执行情况的报告。",
    ],
)
def test_a_budget_reviewed_in_writing_is_a_budget_review(facts_of, text):
    assert _kinds(facts_of, text) == ["budget_review"]


@pytest.mark.parametrize(
    "text",
    [
        "县人大常委会主任到某镇接待代表。",
        "市人大常委会组织开展走访代表活动。",
    ],
)
def test_the_committee_meeting_deputies_is_an_activity(facts_of, text):
    """Deputies meeting their voters are no activity (round 36 ruling 6: test_extract_activity_round37.py)."""
    assert _kinds(facts_of, text) == ["other"]


@pytest.mark.parametrize(
    "steps",
    [
        "当天，代表们先后视察了污水处理厂、垃圾中转站和农贸市场。",
        "县委常委、副县长陪同视察。",
        "部分县人大代表参加了视察活动。",
        "实地视察后，代表们召开座谈会交流意见。",
        "活动中，代表们还就项目进度提出了建议。",
    ],
)
def test_a_visit_told_in_steps_is_one_visit(facts_of, steps):
    text = f"5月8日，县人大常委会组织部分代表开展集中视察活动。\n{steps}"
    assert _kinds(facts_of, text) == ["site_visit"]


_VISIT = "5月8日，镇人大组织部分代表开展重点项目视察活动。"
_INVESTIGATION = "9月，县人大常委会组织开展基层医疗卫生服务专题调研。"


@pytest.mark.parametrize(
    ("first", "later", "kinds"),
    [
        (_VISIT, "代表们先后来到污水处理厂、垃圾中转站等现场视察。", ["site_visit"]),
        (_VISIT, "视察组先后视察了村党群服务中心、农房改善集中区等现场。", ["site_visit"]),
        (_VISIT, "代表团视察了生物岛及医学检验公司。", ["site_visit"]),
        (_VISIT, "代表们一行先后前往菜场、家苑、郊野公园现场视察工程实施情况。", ["site_visit"]),
        (_VISIT, "副主任马某带领一个视察组，视察了两个村的蔬菜产业发展情况。", ["site_visit"]),
        (_VISIT, "人大代表现场视察了环卫中心、政务服务中心、养老服务中心等地。", ["site_visit"]),
        (_VISIT, "深入有关部门、企事业单位、社区农村等地进行视察。", ["site_visit"]),
        (_VISIT, "代表们实地察看了湿地公园、双语学校，视察和感受城市发展的成效。", ["site_visit"]),
        (_VISIT, "9月，镇人大又组织代表开展了会前集中视察活动。", ["site_visit"] * 2),
        (_VISIT, "代表们全年开展视察5次。", ["site_visit"] * 2),
        (_VISIT, "代表们视察了《中华人民共和国水污染防治法》实施情况。", ["site_visit"] * 2),
        (_INVESTIGATION, "调研组深入三个乡镇的卫生院开展调研。", ["investigation"]),
        (_INVESTIGATION, "委员们还实地调研了县人民医院。", ["investigation"]),
        (_INVESTIGATION, "先后调研了县中医院和两个村卫生室。", ["investigation"]),
        (_INVESTIGATION, "10月，常委会又组织开展养老服务专题调研。", ["investigation"] * 2),
    ],
)
def test_an_activity_told_again_by_its_members_is_one(facts_of, first, later, kinds):
    """Its visitors or investigators going round its stops continue it; organised again, counted or of a
    law of its own, a visit or an investigation is another."""
    assert _kinds(facts_of, f"{first}\n{later}") == kinds


@pytest.mark.parametrize(
    ("text", "reviews"),
    [
        ("会议听取和审议了《镇人大主席团工作报告》。", 1),
        ("会议听取了县人民检察院工作报告。", 1),
        ("人大主席李某某作《镇人大主席团工作报告》。", 1),
        ("会议听取和审议了《镇人大主席团工作报告》。\n人大主席李某某同志作镇人大主席团工作报告。", 1),
        ("会议听取了县人大常委会工作报告、县人民法院工作报告和县人民检察院工作报告。", 3),
        ("认真落实《政府工作报告》确定的各项任务。", 0),
        ("委员长张某向大会报告全国人大常委会工作。", 1),
        ("市人大常委会副主任李某向大会报告工作。", 1),
        ("主任王某向大会报告县人大常委会工作。\n会议听取和审议了县人大常委会工作报告。", 1),
        ("过去一年的工作，现向大会报告。", 0),
    ],
)
def test_a_plenary_work_report_heard_is_one_review(facts_of, text, reviews):
    assert _kinds(facts_of, text) == ["report_review"] * reviews


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("监督工作计划包括听取和审议专项工作报告、开展财政经济工作监督、开展代表建议督办。",
         ["report_review", "budget_review", "other"]),
        ("调研工作计划包括立法调研、执法调研、专题调研。", ["investigation", "investigation"]),
    ],
)
def test_a_plans_contents_are_planned_activities(facts_of, text, kinds):
    facts = facts_of(text, COUNTY)
    assert [a.type for a in facts.activities] == kinds
    assert {a.status for a in facts.activities} == {"planned"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("开展“十五五”规划纲要实施情况中期评估跟踪监督。", "report_review"),
        ("对年度计划执行情况进行跟踪监督。", "report_review"),
        ("开展优化营商环境、加快产业转型等专项监督。", "other"),
        ("表决了本镇2024年民生实事项目。", "other"),
        ("镇人大组织代表组实地查看道路改造项目现场。", "site_visit"),
    ],
)
def test_oversight_typed_by_its_subject(facts_of, text, kind):
    assert _kinds(facts_of, text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "我受市人民政府委托，报告2023年度市级预算执行和其他财政收支的审计情况，请予审议。",
        "现向区人大常委会报告本区2022年度绩效审计工作情况。",
    ],
)
def test_the_auditor_reporting_the_audit_is_audit_oversight(facts_of, text):
    assert _kinds(facts_of, text) == ["audit_oversight"]


@pytest.mark.parametrize(
    "text",
    [
        "要对所有地方性法规开展执法检查并不现实。",
        "全镇各级人大代表联系接待选民群众3200人次。",
        "副主任张某率检查组在某公司实地查看了污水处理设施。",
    ],
)
def test_judgements_tallies_and_an_inspections_steps_are_no_activities(facts_of, text):
    assert _kinds(facts_of, text) == []


def test_a_list_total_and_a_title_joining_a_report_and_a_note_add_no_reviews(facts_of):
    text = ("会议听取和审议了《镇政府工作报告》、《镇财政预算执行情况的报告》和"
            "《镇民生实事项目完成情况的报告和下年度候选项目的说明》3个报告。")
    assert _kinds(facts_of, text) == ["report_review", "budget_review", "report_review"]


def test_naming_the_means_of_following_up_still_states_it(facts_of):
    assert _kinds(facts_of, "采取主任领衔督办、代表参与督办方式，推动建议落实。") == ["other"]


@pytest.mark.parametrize("dateline", ["", "24.11.2024  12:31\n", "来源：某县人大\n"])
def test_headlines_restate_the_body(facts_of, dateline):
    text = f"某县人大常委会开展专题视察\n某县人大常委会开展专题视察\n{dateline}6月3日，某县人大常委会组织代表开展专题视察，了解乡村振兴项目进展。"
    assert [a.evidence for a in facts_of(text, COUNTY).activities] == ["某县人大常委会组织代表开展专题视察"]


def test_an_inspection_report_heard_and_the_inspection_told_later_are_one_inspection(facts_of):
    text = ("会议分组审议了执法检查组关于检查《中华人民共和国水污染防治法》实施情况的报告。"
            "报告显示，3月至5月，常委会组织开展《中华人民共和国水污染防治法》执法检查。")
    assert sorted(_kinds(facts_of, text)) == ["law_enforcement_inspection", "report_review"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("会议听取审议了宁?h2023年上半年预算执行情况的报告。", [("budget_review", None)]),
        ("全年开展?jié)M意度测评2项。", [("satisfaction_evaluation", 2)]),
    ],
)
def test_a_character_lost_to_a_question_mark_ends_no_sentence(facts_of, text, kinds):
    assert kinds_and_counts(facts_of(text, COUNTY)) == kinds


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("常委会将听取审议区政府关于养老服务工作情况的报告，开展《中华人民共和国食品安全法》执法检查。",
         ["planned", "planned"]),
        ("会议听取了区政府关于燃气安全工作情况报告的说明，决定将相关报告提请常委会第九次会议审议。", ["planned"]),
        ("主任会议建议的常委会会议议程还有：审议区政府关于防汛工作情况的报告；审议区法院关于执行工作情况的报告。",
         ["planned", "planned"]),
        ("新的一年，县人大常委会主要开展专题询问和视察。", ["planned", "planned"]),
        ("街道人大工委按计划开展民生实事项目视察活动。", ["reported"]),
        ("会议听取了区政府关于防汛工作情况的报告，并将于下月开展专题询问。", ["reported", "planned"]),
    ],
)
def test_an_intention_plans_the_clauses_from_it_on(facts_of, text, statuses):
    assert [a.status for a in facts_of(text, COUNTY).activities] == statuses


# Who went along, told last in a sentence of their own with no object (副市长霍某一同调研): the activity stated before, not
# one more, like 陪同 (dev w11 y07 y23; phrasings after provincial inspection and investigation news of the genre,
# names and places changed, simplified and traditional). An object after it (组织代表一同视察了…) is an activity.
_INSPECTED = "8月3日，省人大常委会副主任王某带领执法检查组来天水市，就贯彻落实《甘肃省农村饮用水供水管理条例》情况进行执法检查。"
_STUDIED = "8月7日至8日，省人大常委會副主任吳某帶領調研組來我市，就財政專項扶貧資金管理使用情況進行調研。"
_VISITED = "5月20日，市人大常委会副主任带领视察组视察城区污水处理设施建设情况。"


@pytest.mark.parametrize(
    ("first", "later", "kinds"),
    [
        (_INSPECTED, "市委常委张某，市人大常委会副主任李某，副市长霍某一同调研。", ["law_enforcement_inspection"]),
        (_STUDIED, "省人大常委會辦公廳副主任趙某、財經預算工委副主任林某一同調研。", ["investigation"]),
        (_VISITED, "区人大常委会主任刘某、副区长陈某随同视察。", ["site_visit"]),
        (_INSPECTED, "省生态环境厅、省水利厅相关负责人一同检查。", ["law_enforcement_inspection"]),
        # near misses: the deputies taken along on a visit of their own, or another activity after it
        (_STUDIED, "随后，市人大常委会组织部分代表一同视察了城区污水处理厂。", ["investigation", "site_visit"]),
        (_INSPECTED, "10月，市人大常委会组织部分省人大代表一同调研了农村供水工程建设情况。", ["investigation", "law_enforcement_inspection"]),
    ],
)
def test_those_who_went_along_are_no_activity_of_their_own(facts_of, first, later, kinds):
    assert sorted(_kinds(facts_of, first + later)) == kinds
