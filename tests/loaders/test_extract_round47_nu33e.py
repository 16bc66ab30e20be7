"""Round 47, a first-time analyst's extraction findings (newuser33 §A): classes told in phrasings written for these
tests, in both scripts where the rule reads characters that differ."""
from __future__ import annotations

import re

import pytest
from rdflib import RDF, RDFS

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from loaders.extract.measure_classes import measure_class
from loaders.facts import Statistic
from ontology import OKG
from tests.loaders.extract_helpers import kinds_and_statuses

COUNTY = "平阳县人民代表大会常务委员会"


# A1: the results of work told before, gathered or sorted (汇总整理…询问情况), are a step of that work, not a second,
# planned piece of work of its kind; the work named as the object of 对/就 stays work.
@pytest.mark.parametrize(("text", "expected"), [
    ("10月25日，县人大常委会对全县民生实事项目进展情况进行专题询问。\n会后，县人大常委会将及时汇总整理专题询问情况，送交县政府研究落实。",
     [("special_inquiry", "reported")]),
    ("10月25日，縣人大常委會對全縣民生實事項目進展情況進行專題詢問。\n會後，縣人大常委會將及時匯總整理專題詢問情況，送交縣政府研究落實。",
     [("special_inquiry", "reported")]),
    ("县人大常委会开展了《安全生产法》执法检查。检查组将召开全体会议，研究汇总执法检查情况。",
     [("law_enforcement_inspection", "reported")]),
    ("县人大常委会组织代表视察了县法院。视察结束后，将认真梳理视察意见，交县法院办理。",
     [("site_visit", "reported")]),
    ("县人大常委会将对全县养老服务情况开展视察。", [("site_visit", "planned")]),
])
def test_results_gathered_are_a_step_of_the_work_told_before(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == expected


# A1, the loop: the inquiry's results sent to the organ are the committee's opinion on that inquiry, also when 会后
# opens a paragraph of its own, and the written report back asked for answers that opinion (none heard it yet).
@pytest.mark.parametrize("text", [
    "县人大常委会组织代表视察了敬老院。\n5月20日，县人大常委会对全县养老服务情况进行专题询问。\n"
    "会后，县人大常委会将及时汇总整理专题询问情况，送交县政府研究落实后，将改进工作的措施、效果向县人大常委会作出书面报告。",
    "縣人大常委會組織代表視察了敬老院。\n5月20日，縣人大常委會對全縣養老服務情況進行專題詢問。\n"
    "會後，縣人大常委會將及時匯總整理專題詢問情況，送交縣政府研究落實後，將改進工作的措施、效果向縣人大常委會作出書面報告。",
    "县人大常委会组织代表视察了敬老院。\n5月20日，县人大常委会对全县养老服务情况进行专题询问。\n"
    "会议结束后，常委会梳理询问意见，交县政府研究处理，并要求县政府将整改落实情况向县人大常委会提出书面报告。",
])
def test_an_inquiry_s_results_sent_and_the_report_back(facts_of, text: str) -> None:
    facts = facts_of(text, COUNTY)
    inquiry = next(i for i, act in enumerate(facts.activities) if act.type == "special_inquiry")
    opinion, handling = facts.loop
    assert (opinion.type, opinion.activities) == ("review_opinion", [inquiry])
    assert (handling.type, handling.activities, handling.responds_to) == ("handling_report", [], 0)


def test_a_written_report_with_no_opinion_before_it_is_no_step(facts_of) -> None:
    facts = facts_of("县人大常委会对全县养老服务情况进行专题询问。县政府要向县人大常委会书面报告整改情况。", COUNTY)
    assert facts.loop == []


def _stat(evidence: str, what: str, value: float, unit: str) -> Statistic:
    return Statistic(evidence=evidence, what=what, value=value, unit=unit, start=0, end=len(evidence))


# A2: groups formed to seek opinions are groups; suggestions whose handling a piece of work checked are supervised;
# deputies elected at one election, the second item opening its own clause, are persons elected too.
@pytest.mark.parametrize(("stat", "lead", "code"), [
    (_stat("县人大常委会组成4个评议征求意见工作组", "县人大常委会组成评议征求意见工作组", 4, "个"), "", "inspection_groups"),
    (_stat("成立3个征求意见小组", "成立征求意见小组", 3, "个"), "", "inspection_groups"),
    (_stat("全年征求群众意见120条", "征求群众意见", 120, "条"), "", "opinions_collected"),
    (_stat("就5件建议执行办理情况进行检查", "建议执行", 5, "件"), "", "suggestion_supervision"),
    (_stat("对12件代表建议办理情况开展视察", "代表建议", 12, "件"), "", "suggestion_supervision"),
    (_stat("對12件代表建議辦理情況開展視察", "代表建议", 12, "件"), "", "suggestion_supervision"),
    (_stat("全年共收到代表建议151件", "代表建议", 151, "件"), "", "suggestions_received"),
    (_stat("镇十六届人大代表77名", "镇十六届人大代表", 77, "名"), "选举产生县十五届人大代表15名，镇十六届人大代表77名",
     "elections"),
    (_stat("区人大代表17名", "区人大代表", 17, "名"), "补选市人大代表4名，区人大代表17名", "elections"),
    (_stat("全镇现有人大代表77名", "全镇现有人大代表", 77, "名"), "补选市人大代表2名，全镇现有人大代表77名", "deputies"),
])
def test_measure_classes_of_groups_supervised_suggestions_and_deputies_elected(stat: Statistic, lead: str,
                                                                               code: str) -> None:
    assert measure_class(stat, lead) == code


# A3: a list of reports heard of several kinds keeps each item's subject, kind by kind; the budget's parts are one
# review of it.
@pytest.mark.parametrize(("text", "expected"), [
    ("县人大常委会听取审议了招商服务、庭院经济发展情况、预算、决算、审计和环境目标完成情况等工作报告。",
     [("report_review", "招商服务"), ("report_review", "庭院经济发展"), ("budget_review", "预算、决算"),
      ("audit_oversight", "审计"), ("report_review", "环境目标完成")]),
    ("縣人大常委會聽取審議了招商服務、預算、審計和文化旅遊發展情況等工作報告。",
     [("report_review", "招商服务"), ("budget_review", "预算"), ("audit_oversight", "审计"),
      ("report_review", "文化旅游发展")]),
    ("县人大常委会听取审议计划执行、财政决算、审计、国有资产管理等情况报告。",
     [("report_review", "计划执行"), ("budget_review", "财政决算"), ("audit_oversight", "审计"),
      ("report_review", "国有资产管理")]),
])
def test_a_list_of_reports_heard_keeps_each_item_s_subject(facts_of, text: str, expected: list) -> None:
    assert [(act.type, act.subject) for act in facts_of(text, COUNTY).activities] == expected


def test_makers_listed_before_about_are_no_subjects(facts_of) -> None:
    facts = facts_of("县人大常委会听取了县人社局、县卫健委关于审计查出问题整改情况的报告。", COUNTY)
    assert "县人社局" not in {act.subject for act in facts.activities}


# A4: the bodies whose leaders an appraisal names before its words are overseen by it too.
@pytest.mark.parametrize("text", [
    "县人大常委会先后组织了对县政府1名副县长、县法院1名副院长、县检察院1名副检察长，县民政局、县农业农村局等2个部门主要负责人的履职评议。",
    "縣人大常委會先後組織了對縣政府1名副縣長、縣法院1名副院長、縣檢察院1名副檢察長，縣民政局、縣農業農村局等2個部門主要負責人的履職評議。",
])
def test_bodies_whose_leaders_were_appraised_are_overseen(facts_of, text: str) -> None:
    (appraisal,) = facts_of(text, COUNTY).activities
    assert {"平阳县人民政府", "平阳县人民法院", "平阳县人民检察院", "平阳县民政局"} <= set(appraisal.overseen)


# A7: what a clause puts as the visit's focus (把…列为视察重点内容) is its subject, not who does it.
@pytest.mark.parametrize(("text", "subject"), [
    ("镇人大坚持把政府确定的重点工程、重要工作以及所办实事列为视察重点内容，组织人大代表进行视察评议。", "重点工程、重要工作、所办实事"),
    ("鎮人大堅持把政府確定的重點工程、重要工作以及所辦實事列爲視察重點內容，組織人大代表進行視察評議。", "重点工程、重要工作、所办实事"),
    ("县人大常委会把农村人居环境整治作为视察重点，组织代表开展视察。", "农村人居环境整治"),
])
def test_a_visit_s_subject_from_its_focus(facts_of, text: str, subject: str) -> None:
    (visit,) = facts_of(text, COUNTY).activities
    assert (visit.type, visit.subject) == ("site_visit", subject)


# A8: a congress session's work report reviewed is labelled as a work report review, not a special work report.
@pytest.mark.parametrize(("text", "organ", "zh"), [
    ("崔家桥镇召开第十七届人民代表大会第一次会议，听取、审议了政府工作报告。", "崔家桥镇人民代表大会主席团", "听取和审议工作报告"),
    ("崔家橋鎮召開第十七屆人民代表大會第一次會議，聽取、審議了政府工作報告。", "崔家桥镇人民代表大会主席团", "听取和审议工作报告"),
    ("县第十八届人民代表大会第三次会议审议了县人民法院工作报告。", COUNTY, "听取和审议工作报告"),
    ("县人大常委会听取和审议了县政府关于优化营商环境工作情况的报告。", COUNTY, "听取和审议专项工作报告"),
])
def test_a_plenary_work_report_is_no_special_work_report(text: str, organ: str, zh: str) -> None:
    doc = Document(text=text, source="r.txt", metadata={"organ": organ, "year": "2023"})
    g = build(doc, extract(doc)).graph
    labels = {str(label).split(" · ")[0] for node in g.subjects(RDF.type, OKG.WorkReportReview)
              for label in g.objects(node, RDFS.label) if label.language == "zh"}
    assert labels == {zh}


# A11: passages read once as told twice are said so in the warnings, one line with how many characters and where.
def test_a_passage_told_twice_is_warned_about(facts_of) -> None:
    passage = "县人大常委会对全县养老服务情况进行专题询问。县人大常委会开展了《安全生产法》执法检查。\n"
    facts = facts_of(passage + passage, COUNTY)
    (warning,) = [w for w in facts.warnings if w.startswith("text:")]
    told = re.fullmatch(r"text: (\d+) characters \(2 passages, offsets (\d+)–(\d+)\) tell word for word .*", warning)
    assert told is not None and int(told.group(2)) == len(passage) and int(told.group(1)) <= len(passage)
    assert not [w for w in facts_of(passage, COUNTY).warnings if w.startswith("text:")]


@pytest.mark.parametrize("headline", ["新洲人大：打造全过程人民民主实践新高地", "平陽人大：紮實推進民生實事項目監督工作"])
def test_a_headline_shown_twice_is_no_passage_told_again(facts_of, headline: str) -> None:
    text = f"{headline}\n{headline}\n县人大常委会对全县养老服务情况进行专题询问。"
    assert not [w for w in facts_of(text, COUNTY).warnings if w.startswith("text:")]
