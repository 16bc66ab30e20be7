"""The activity part of a report graph: status, summary counts as statistics, follow-ups,
labels and the accountability loop, on the bundled samples and on written reports."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Literal, URIRef

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from loaders.read import read
from ontology import MEASURE_CLASS, OKG, validate

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "api" / "samples").glob("*.txt"))
ORGAN = "武汉市新洲区人民代表大会常务委员会"


def graph_of(text: str, year: str = "2023", name: str = "r.txt"):
    doc = Document(text=text, source=name, metadata={"organ": ORGAN, "year": year})
    return build(doc, extract(doc)).graph


@pytest.fixture(scope="module")
def sample_graphs() -> dict[str, object]:
    return {path.stem: build(doc, extract(doc)).graph for path in SAMPLES for doc in [read(path)]}


@pytest.mark.parametrize("text", [
    "区人大常委会2024年监督工作计划\n一、执法检查\n拟对《中华人民共和国安全生产法》实施情况开展执法检查。",
    "明年，常委会将围绕《中华人民共和国安全生产法》开展执法检查。",
    "2024年主要工作安排如下：\n开展《中华人民共和国安全生产法》执法检查。",
])
def test_planned_activities_are_in_the_graph_with_their_status(text: str) -> None:
    g = graph_of(text)
    activities = list(g.subjects(RDF.type, OKG.OversightActivity))
    assert activities and all(g.value(a, OKG.status) == Literal("planned") for a in activities)
    assert validate(g) == []


def test_activities_say_whether_they_were_reported_or_planned(sample_graphs) -> None:
    statuses = {name: {str(o) for o in g.objects(None, OKG.status)} for name, g in sample_graphs.items()}
    assert set().union(*statuses.values()) == {"reported", "planned"}
    # the one announced piece of work: 市人大常委会将于近期开展《…大气污染防治法》…检查
    assert {name for name, found in statuses.items() if "planned" in found} == {"d05"}


@pytest.mark.parametrize(("text", "measure", "value"), [
    ("一年来，常委会开展执法检查11项。", "law_enforcement_inspection", 11),
    # a count of a narrower kind is measured by it, as its activities are typed (an analyst's file, g14)
    ("一年来，常委会开展专项工作评议4次。", "work_appraisal", 4),
    ("全年共听取审议专项工作报告23个。", "report_review", 23),
    ("组织专题询问3次，开展满意度测评2次。", "satisfaction_evaluation", 2),
])
def test_a_summary_count_is_a_statistic_not_an_activity(text: str, measure: str, value: int) -> None:
    g = graph_of(text)
    stats = [s for s in g.subjects(OKG.measure, Literal(measure))]
    assert [int(g.value(s, OKG.value).toPython()) for s in stats] == [value]
    assert list(g.subjects(RDF.type, OKG.OversightActivity)) == []


@pytest.mark.parametrize(("text", "value"), [
    ("常委会检查6部法律实施情况。", 6),  # the NPCSC's 2015 report (an analyst's file): six inspections, one per law
    ("开展法律法规执法检查5部。", 5),
    ("检查法律法规实施情况6部。", 6),
    ("对5部法律法规执行情况开展检查。", 5),
    # another work's count of laws in the same item is not the inspections' (a new user's study of figures, round 18)
    ("常委会制定8部法律、检查6部法律实施情况。", 6),
    ("常委会修改3部法规，对6部法律法规开展执法检查。", 6),
])
def test_a_count_of_laws_is_a_total_of_inspections_not_one(text: str, value: int) -> None:
    """The genre numbers inspections by the laws inspected: a stated number of them is a total, never one inspection
    of no law that counts beside the inspections a report names; it counts laws (round 30 part a 6), so its class is
    ``laws_inspected`` and its measure its words, never summed with the totals of inspections (a first-time analyst's
    round 33)."""
    g = graph_of(text)
    assert list(g.subjects(RDF.type, OKG.LawEnforcementInspection)) == []
    assert list(g.subjects(OKG.measure, Literal("law_enforcement_inspection"))) == []
    [total] = g.subjects(OKG.measureClass, MEASURE_CLASS["laws_inspected"])
    assert int(g.value(total, OKG.value).toPython()) == value


def test_a_count_of_laws_that_names_one_keeps_its_inspection_beside_the_total() -> None:
    g = graph_of("对职业教育法等3部法律的实施情况进行检查。")
    [inspection] = g.subjects(RDF.type, OKG.LawEnforcementInspection)
    assert g.value(inspection, OKG.concernsLaw) is not None
    [total] = g.subjects(OKG.measureClass, MEASURE_CLASS["laws_inspected"])
    assert int(g.value(total, OKG.value).toPython()) == 3


@pytest.mark.parametrize("text", [
    "2023年，市人大常委会开展执法检查、视察、专题询问16次。",  # 烟台 2023 (a second new user's file)
    "一年来，常委会共开展执法检查、专题调研、视察活动25次。",
    "五年来，常委会组织开展执法检查、视察调研、专题询问21次。",  # as b21 words it
])
def test_a_count_of_several_kinds_at_once_is_a_total_not_activities(text: str) -> None:
    g = graph_of(text)
    assert not list(g.subjects(RDF.type, OKG.OversightActivity))
    assert len(list(g.subjects(RDF.type, OKG.Statistic))) == 1


def test_a_count_of_what_one_activity_handled_keeps_the_activity() -> None:
    g = graph_of("常委会备案审查规范性文件23件，对《中华人民共和国森林法》开展执法检查，检查企业16家。")
    assert list(g.subjects(RDF.type, OKG.FilingReview)) and list(g.subjects(RDF.type, OKG.LawEnforcementInspection))


def test_no_activity_carries_a_count(sample_graphs) -> None:
    for name, g in sample_graphs.items():
        assert list(g.subjects(OKG.count, None)) == [s for s in g.subjects(RDF.type, OKG.Deputy) if g.value(s, OKG.count)], name


def test_the_seeds_eleven_inspections_are_a_stated_total(sample_graphs) -> None:
    g = sample_graphs["seed"]
    totals = [int(g.value(s, OKG.value).toPython()) for s in g.subjects(OKG.measure, Literal("law_enforcement_inspection"))]
    assert totals == [11]
    assert len(list(g.subjects(RDF.type, OKG.LawEnforcementInspection))) < 11


@pytest.mark.parametrize("text", [
    "跟踪监督《中华人民共和国食品安全法》执法检查审议意见落实情况。",
    "对《中华人民共和国水污染防治法》执法检查发现问题整改情况开展“回头看”。",
    "常委会对《湖北省河湖保护条例》实施情况进行跟踪检查。",
])
def test_a_follow_up_is_typed_so_and_concerns_its_laws(text: str) -> None:
    g = graph_of(text)
    (follow_up,) = g.subjects(RDF.type, OKG.FollowUpOversight)
    assert list(g.objects(follow_up, OKG.concernsLaw))
    assert validate(g) == []


@pytest.mark.parametrize(("text", "inspection"), [
    # the opinions on an inspection's report, named by a title of their own or not: the inspection followed up
    ("审议了县人民政府办理落实《关于检查<中华人民共和国大气污染防治法>实施情况报告的审议意见》情况的报告。", True),
    ("会议听取和审议了市人民政府关于《中华人民共和国食品安全法》执法检查报告审议意见落实情况的报告。", True),
    ("听取了区政府关于《湖北省河湖保护条例》执法检查审议意见研究处理情况的报告。", True),
    # the opinions on a report about a law, as a county's 2019 report says it (舟曲县, f28; a fresh user's study,
    # round 24): the report followed up, no inspection
    ("审议了县人民政府办理落实《关于全县贯彻实施<中华人民共和国大气污染防治法>审议意见》情况的报告。", False),
    ("聽取縣人民政府辦理落實《關於全縣貫徹實施〈中華人民共和國水污染防治法〉審議意見》情況的報告。", False),
])
def test_a_follow_up_heard_as_a_report_is_one_follow_up_and_one_review(text: str, inspection: bool) -> None:
    g = graph_of(text)
    (follow_up,) = g.subjects(RDF.type, OKG.FollowUpOversight)
    assert ((follow_up, RDF.type, OKG.LawEnforcementInspection) in g) == inspection
    reviews = list(g.subjects(RDF.type, OKG.WorkReportReview))
    assert reviews and (follow_up in reviews) != inspection
    assert bool(list(g.subjects(RDF.type, OKG.LawEnforcementInspection))) == inspection
    assert validate(g) == []


def test_every_activity_and_step_has_a_zh_and_an_en_label(sample_graphs) -> None:
    for name, g in sample_graphs.items():
        for cls in (OKG.OversightActivity, OKG.Finding, OKG.ReviewOpinion, OKG.HandlingReport):
            for node in g.subjects(RDF.type, cls):
                langs = {label.language for label in g.objects(node, RDFS.label)}
                assert langs == {"zh", "en"}, (name, node)


HAN = re.compile(r"[\u3400-\u9fff]")


def test_a_statistic_s_english_label_is_english_or_there_is_none(sample_graphs) -> None:
    """A statistic's @en label names its measure class in English, its amount and year; the report's own words for
    what it counts (整改率, 收到代表建议) stay in the @zh label, never tagged English (a first-time analyst's round 35,
    finding 7: every statistic carried rdfs:label "整改率 93.3% · 2025"@en). Names of a subject stay as written."""
    english = 0
    for name, g in sample_graphs.items():
        for node in g.subjects(RDF.type, OKG.Statistic):
            labels = {label.language: str(label) for label in g.objects(node, RDFS.label)}
            assert "zh" in labels, (name, node)
            if "en" in labels:
                english += 1
                subject = str(g.value(node, OKG.subject) or "")
                assert not HAN.search(labels["en"].replace(subject, "")), (name, labels)
    assert english


@pytest.mark.parametrize(("text", "en"), [
    ("全年审计查出问题整改率达93.3%。", "rectification rate 93.3% · 2023"),
    ("全年共收到代表建议151件。", "suggestions received 151 · 2023"),
    ("常委会全年审查规范性文件120件。", "normative documents filed or reviewed 120 · 2023"),
    ("组织120余名代表参加视察。", "deputies over 120 · 2023"),
    ("审计查出问题涉及金额4.82亿元。", "audit amount 4.82 ×100m yuan · 2023"),
    ("对县公安局、县市场监督管理局开展工作评议，满意率分别为92.5%和88.1%。", "satisfaction rate of a rating 92.5% · 县公安局 · 2023"),
])
def test_a_statistic_s_english_label_names_its_measure_class(text: str, en: str) -> None:
    g = graph_of(text)
    labels = {str(label) for node in g.subjects(RDF.type, OKG.Statistic) for label in g.objects(node, RDFS.label)
              if label.language == "en"}
    assert en in labels


def test_an_activity_label_reads_kind_law_and_year() -> None:
    g = graph_of("开展《中华人民共和国长江保护法》执法检查。")
    (act,) = g.subjects(RDF.type, OKG.LawEnforcementInspection)
    labels = {label.language: str(label) for label in g.objects(act, RDFS.label)}
    assert labels == {"zh": "执法检查 · 中华人民共和国长江保护法 · 2023",
                      "en": "Law-enforcement inspection · 中华人民共和国长江保护法 · 2023"}


def test_loop_links_on_the_samples(sample_graphs) -> None:
    """d01 states one finding (38 problems exposed, of the air-pollution inspection); the sentence saying what
    inspections are for (既发现工作中的问题，又查找法律、法规自身缺陷) states none."""
    g = sample_graphs["d01"]
    found = [(a, f) for a, f in g.subject_objects(OKG.hasFinding)]
    assert found and all((a, RDF.type, OKG.OversightActivity) in g for a, _ in found)
    assert {str(g.value(f, OKG.evidenceText)) for _, f in found} == {"对执法检查中发现的涉及22家企业的38个问题点名曝光"}


def test_the_loop_within_one_report() -> None:
    g = graph_of("常委会开展《中华人民共和国森林法》执法检查，检查发现问题32个，形成审议意见交区政府研究处理。"
                 "听取和审议区政府关于《中华人民共和国森林法》执法检查报告审议意见研究处理情况的报告，并进行满意度测评。")
    (inspection,) = [a for a in g.subjects(RDF.type, OKG.LawEnforcementInspection) if g.value(a, OKG.hasFinding)]
    (opinion,) = g.subjects(OKG.opinionOn, inspection)
    (handling,) = g.subjects(RDF.type, OKG.HandlingReport)
    assert g.value(handling, OKG.respondsTo) == opinion
    considering = {t for a in g.subjects(OKG.considered, handling) for t in g.objects(a, RDF.type)}
    assert {OKG.WorkReportReview, OKG.SatisfactionEvaluation} <= considering
    assert validate(g) == []


def test_a_report_graph_never_points_into_another_report() -> None:
    first = graph_of("常委会开展《中华人民共和国森林法》执法检查，形成审议意见交区政府研究处理。", "2022", "a.txt")
    later = graph_of("跟踪监督《中华人民共和国森林法》执法检查审议意见落实情况。", "2023", "b.txt")
    facts_of_first = {s for s in first.subjects(OKG.statedIn, None)}
    assert not any(isinstance(o, URIRef) and o in facts_of_first for o in later.objects())


@pytest.mark.parametrize(("text", "year"), [
    ("2024年，区人大常委会拟开展《中华人民共和国森林法》执法检查。", 2024),
    ("2022年上半年，常委会开展了《中华人民共和国水法》执法检查。", 2022),
    ("2021年5月，常委会组织视察全区河长制落实情况。", 2021),
    ("二〇二四年，常委会将听取和审议区政府关于生态环境保护工作情况的报告。", 2024),
    ("2019年颁布的条例施行后，常委会开展了《中华人民共和国森林法》执法检查。", 2023),  # a year that qualifies a noun
    ("1998年，常委会开展了《中华人民共和国水法》执法检查。", 1998),  # however far back (a fresh user's round 22)
    ("1949年，常委会开展了《中华人民共和国水法》执法检查。", 2023),  # before the first congress (1954): the report's
])
def test_an_activity_takes_the_year_its_sentence_opens_with(text: str, year: int) -> None:
    g = graph_of(text, year="2023")
    activities = list(g.subjects(RDF.type, OKG.OversightActivity))
    assert activities and {g.value(a, OKG.year).toPython() for a in activities} == {year}
    assert all(str(year) in str(g.value(a, RDFS.label)) for a in activities)


@pytest.mark.parametrize("text", [
    "2018年以来，常委会持续开展《中华人民共和国水法》执法检查。",
    "自2018年3月首次开展以来，常委会持续开展《中华人民共和国水法》执法检查。",
    "2018年至今，常委会持续开展《中华人民共和国水法》执法检查。",
])
def test_an_activity_told_since_a_year_spans_the_years_since(text: str) -> None:
    """The start of a running range (2018年以来, 至今) is no single year of the work: its years run from that one to the
    report's (a new user's study of figures, round 18), as a term's look-back (五年来) does."""
    g = graph_of(text, year="2023")
    activities = list(g.subjects(RDF.type, OKG.OversightActivity))
    assert activities and {(g.value(a, OKG.year), g.value(a, OKG.yearFrom).toPython(), g.value(a, OKG.yearTo).toPython())
                           for a in activities} == {(None, 2018, 2023)}


@pytest.mark.parametrize(("text", "cls"), [
    # after anzhuopai.com 2025-02-21 (市五屆人大四次會議 票決) and 《中国人大》2017年第8期 (东阳)
    ("会议表决通过了城厢镇2023年民生实事项目。", OKG.LivelihoodProjectVote),
    ("大会对2025年民生实事候选项目进行了无记名投票表决，票决产生10件民生实事项目。", OKG.LivelihoodProjectVote),
    ("东阳市十五届人大一次会议首次对政府民生实事实施代表票决。", OKG.LivelihoodProjectVote),
    ("常委会对县民政局、县农业农村局等3个部门主要负责人开展履职评议。", OKG.WorkAppraisal),
    # traditional script, glossed too (a fresh user's 履職評議 stayed an OtherOversightActivity)
    ("常委會對民政局、鄉村振興局等3個部門主要負責人開展履職評議。", OKG.WorkAppraisal),
    ("常委會對縣民政局等3個部門主要負責人開展履職評(píng)議。", OKG.WorkAppraisal),
    ("开展了市政府8个工作部门专项工作评议。", OKG.WorkAppraisal),
    # the organ, its work or the duty performance before the verb (a first-time analyst, newuser19 §4; dev ah41, l35, t23)
    ("常委会对省交通运输厅、省自然资源厅等8家承办单位的办理工作开展评议。", OKG.WorkAppraisal),
    ("常委会第二次对涉及民生工作的11个部门开展评议。", OKG.WorkAppraisal),
    ("常委会分年度、分批次对9个政府组成部门的工作进行了评议。", OKG.WorkAppraisal),
    ("常委会对县法院、县检察院部分员额法官、员额检察官履职情况进行评议。", OKG.WorkAppraisal),
    ("常委會對市投資促進局引資工作進行評議。", OKG.WorkAppraisal),
    ("常委会重点督办代表建议12件。", OKG.SuggestionSupervision),
    # a check of how motions and suggestions were handled; after xijinews.net/View/hits/content_id/3876,
    # ankang.gov.cn/Content-24554.html, 221.176.229.56/wuyangdongtai/zhengwuyaowen/57860.html
    ("县人大常委会带领检查组，就县十八届人大第三次会议确定的5件议案和5件建议执行办理情况进行检查。",
     OKG.SuggestionSupervision),
    ("市人大常委会组织市人大代表，对市二届人大五次会议部分代表建议的办理情况进行了检查。", OKG.SuggestionSupervision),
    ("县人大常委会带领部分人大代表，对2018年人大代表重点建议办理情况进行督促检查。", OKG.SuggestionSupervision),
    # supervision named by its form and an assignment meeting (a new user's suggestions study, round 17)
    ("代表们提出的建议已交有关单位办理。常委会办公厅和有关专门委员会认真协调督办。", OKG.SuggestionSupervision),
    ("全国人大常委会办公厅召开十四届全国人大一次会议代表建议交办会。", OKG.SuggestionSupervision),
    ("各专门委员会对口督办，常委会领导领衔督办。", OKG.SuggestionSupervision),
    # key suggestions chosen and led by the leaders, typed alike in consecutive years (a new user's round 18 class 3)
    ("主任会议确定10件重点建议，由常委会领导牵头督办。", OKG.SuggestionSupervision),
    ("主任会议确定12件重点建议，由常委会领导牵头督办，选举联络工作委员会对重点建议办理情况开展专项督查。",
     OKG.SuggestionSupervision),
    ("主任會議確定8件重點建議，由常委會主任、副主任牽頭督辦。", OKG.SuggestionSupervision),
    # the statutory forms (监督法 chapters 6 and 7), which no text of the corpus states: written for this test
    ("区人大常委会对区市场监督管理局开展质询。", OKG.Interpellation),
    ("会上，5名常委会组成人员联名提出质询案。", OKG.Interpellation),
    ("常委會對縣住房和城鄉建設局進行質詢。", OKG.Interpellation),
    ("常委会依法组织特定问题调查。", OKG.SpecificQuestionInvestigation),
    ("县人大常委会成立关于征地补偿问题的特定问题调查委员会。", OKG.SpecificQuestionInvestigation),
])
def test_an_other_activity_gets_the_narrower_class_its_words_name(text: str, cls: URIRef) -> None:
    g = graph_of(text)
    activities = list(g.subjects(RDF.type, OKG.OversightActivity))  # an appraisal of two bodies named is one each
    assert activities and all((activity, RDF.type, cls) in g and (activity, RDF.type, OKG.OtherOversightActivity) not in g
                              for activity in activities)
    assert validate(g) == []


@pytest.mark.parametrize("text", [
    "常委会对市人大常委会审议意见落实情况进行了检查。",  # review opinions carried out: a follow-up
    "常委会对县政府2020年民生实事项目推进情况进行了检查。",
    "会议审议了关于代表建议办理工作的暂行办法。",
    # review opinions or an inspection's problems followed up (a first-time analyst's class 4, round 28)
    "常委会对市政府研究处理审议意见的落实情况进行跟踪督办。",
    "常委会对执法检查发现的问题持续跟踪督办，推动整改到位。",
    "常委會對審計查出問題整改情況開展跟蹤督辦。",
])
def test_a_check_of_other_work_is_no_suggestion_supervision(text: str) -> None:
    assert not list(graph_of(text).subjects(RDF.type, OKG.SuggestionSupervision))


@pytest.mark.parametrize("text", [
    "常委会综合运用询问、质询、特定问题调查等监督方式。",  # the means at hand, no act
    "会议审议通过了质询案办法。",
    "会议审议通过了特定问题调查委员会工作规程。",
])
def test_the_forms_named_without_an_act_are_no_activity(text: str) -> None:
    assert not list(graph_of(text).subjects(RDF.type, OKG.OversightActivity))


@pytest.mark.parametrize(("text", "cls"), [
    ("会议听取和审议了市人民政府关于2023年度国有资产管理情况的综合报告。", OKG.StateAssetsOversight),
    # the special reports of the annual state-assets reporting (a new user's budget study, round 17)
    ("会议听取审议了县政府关于2024年度国有自然资源资产管理情况的报告。", OKG.StateAssetsOversight),
    ("会议听取了市政府关于金融企业国有资产及政府投资基金管理情况的专项报告。", OKG.StateAssetsOversight),
    ("會議聽取審議了省政府關於行政事業性國有資產管理情況的專項報告。", OKG.StateAssetsOversight),
    ("会议听取审议了县政府关于国有自然资源(资产)管理情况的报告。", OKG.StateAssetsOversight),
    ("听取和审议了县人民政府《关于2019年上半年国民经济和社会发展计划执行情况的报告》。", OKG.PlanReview),
    ("会议听取了省政府关于2022年上半年国民经济和社会发展计划执行情况的报告。", OKG.PlanReview),
])
def test_a_report_review_of_a_named_kind_is_both(text: str, cls: URIRef) -> None:
    g = graph_of(text)
    (activity,) = g.subjects(RDF.type, OKG.OversightActivity)
    assert {cls, OKG.WorkReportReview} <= set(g.objects(activity, RDF.type))
    assert validate(g) == []


@pytest.mark.parametrize(("text", "cls"), [
    ("开展民生实事项目人大代表票决制的调研。", OKG.Investigation),  # research on the vote, not a vote
    ("组织代表视察民生实事项目建设。", OKG.SiteVisit),
    ("听取和审议了县政府关于代表建议办理情况的报告。", OKG.WorkReportReview),  # a report on handling, heard
    ("听取和审议了市政府关于国有企业改革工作情况的报告。", OKG.WorkReportReview),  # state firms' reform, no assets report
])
def test_activities_of_other_kinds_keep_their_class(text: str, cls: URIRef) -> None:
    g = graph_of(text)
    activities = list(g.subjects(RDF.type, OKG.OversightActivity))
    assert activities and all((a, RDF.type, cls) in g for a in activities)


@pytest.mark.parametrize("text", ["会议进行票决确定实施3个民生项目。", "代表们对2024年民生实事项目进行票决。"])
def test_a_vote_on_livelihood_projects_is_typed_so(text: str) -> None:
    g = graph_of(text)
    assert list(g.subjects(RDF.type, OKG.LivelihoodProjectVote))


def test_a_plans_figure_is_a_planned_statistic() -> None:
    """全年拟安排…开展执法检查2项: a figure of work to come carries okg:status "planned" and says so in its labels; a
    figure of work done carries "reported" (new users' studies, round 17: a plan's figures read as done)."""
    g = graph_of("2023年，常委会开展执法检查3项。全年拟安排开展执法检查2项。")
    statuses = {int(g.value(s, OKG.value).toPython()): str(g.value(s, OKG.status)) for s in g.subjects(RDF.type, OKG.Statistic)}
    assert statuses == {3: "reported", 2: "planned"}
    planned = next(s for s in g.subjects(RDF.type, OKG.Statistic) if str(g.value(s, OKG.status)) == "planned")
    labels = {label.language: str(label) for label in g.objects(planned, RDFS.label)}
    assert "（计划）" in labels["zh"] and "(planned)" in labels["en"]
    assert validate(g) == []


def test_the_loop_of_an_inspection_whose_report_is_reviewed_by_kind() -> None:
    """Round 30's first-time analyst: the opinion on 审议执法检查报告 hung on a review of no law, and the handling report
    answered none. The review is the inspection's (its law), the opinion on it, the handling report answering it."""
    g = graph_of("5月，常委会对《中华人民共和国安全生产法》实施情况开展执法检查。执法检查发现，部分企业主体责任落实不到位。"
                 "常委会会议审议执法检查报告后，形成审议意见交区政府研究处理。"
                 "11月，听取区政府关于研究处理安全生产法执法检查报告及审议意见情况的报告，并开展满意度测评。")
    (opinion,) = g.subjects(RDF.type, OKG.ReviewOpinion)
    (review,) = g.objects(opinion, OKG.opinionOn)
    assert {str(g.value(law, RDFS.label)) for law in g.objects(review, OKG.concernsLaw)} >= {"中华人民共和国安全生产法"}
    (handling,) = g.subjects(RDF.type, OKG.HandlingReport)
    assert g.value(handling, OKG.respondsTo) == opinion
    (inspection,) = g.subjects(OKG.hasFinding, None)
    assert (inspection, RDF.type, OKG.LawEnforcementInspection) in g
    assert validate(g) == []
