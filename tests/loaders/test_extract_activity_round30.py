"""Round 30's classes (a first-time analyst, newuser14 classes 4 and 5): work called off or put off in the clause after
it, relative time words dating a fact by the report's year or by the year the sentence is about, follow-ups of the
inspection their sentence tells, subjects of a list's items and of counted activities, the organs an inspection oversaw.

Sentences are written for these tests in the genre's wording (none from benchmarks/genre or the shared corpus); each
class in several phrasings, simplified and traditional where the script matters.
"""
from __future__ import annotations

import pytest
from rdflib import RDF, Literal

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from ontology import OKG

COUNTY = "安吉县人民代表大会常务委员会"


def facts(text: str, year: str = "2023", **metadata: str) -> Facts:
    return extract(Document(text=text, source="r.txt", metadata={"organ": COUNTY, "year": year, **metadata}))


CALLED_OFF = {
    "原计划…，因故取消": "常委会原计划开展《中华人民共和国种子法》执法检查，因故取消。",
    "原定…，因…原因，未能如期进行": "常委会原定听取县政府关于养老服务工作情况的报告，因疫情原因，未能如期进行。",
    "a hearing, 后取消": "原计划听取审议的县政府关于教育工作情况的报告，后因故取消。",
    "作罢": "年初计划组织代表视察全县农村饮水安全工作，受防汛工作影响而作罢。",
    "因故取消 in its clause": "原计划开展的《中华人民共和国种子法》执法检查因故取消。",
    "traditional": "常委會原計劃開展《中華人民共和國種子法》執法檢查，因故取消。",
}


@pytest.mark.parametrize("text", CALLED_OFF.values(), ids=CALLED_OFF.keys())
def test_work_called_off_after_it_is_no_activity_and_inspects_nothing(text: str) -> None:
    found = facts(text)
    assert found.activities == [] and not any(law.inspected for law in found.laws), found.activities


def test_only_the_work_called_off_is_dropped() -> None:
    found = facts("3月，常委会对《中华人民共和国水法》开展执法检查，原计划开展的《中华人民共和国种子法》执法检查因故取消。")
    assert [(a.type, a.laws) for a in found.activities] == [("law_enforcement_inspection", ["中华人民共和国水法"])]


PUT_OFF = {
    "推迟到明年开展": ("常委会原计划对《中华人民共和国畜牧法》开展执法检查，推迟到明年开展。", 2024),
    "因…，延期至2025年": ("原定听取县政府关于教育工作情况的报告，因工作需要，延期至2025年。", 2025),
    "该项工作推迟至明年, traditional": ("常委會原計劃開展《中華人民共和國畜牧法》執法檢查，該項工作推遲至明年。", 2024),
}


@pytest.mark.parametrize(("text", "year"), PUT_OFF.values(), ids=PUT_OFF.keys())
def test_work_put_off_after_it_is_planned_for_then(text: str, year: int) -> None:
    found = facts(text).activities
    assert [(a.status, a.year) for a in found] == [("planned", year)], found


RELATIVE = {
    "今年 after a dated clause": ("2022年，常委会对《中华人民共和国消防法》实施情况开展了执法检查，今年继续开展跟踪监督。", 2023),
    "本年度": ("2021年，常委会对《中华人民共和国水法》开展执法检查，本年度持续跟踪监督整改落实情况。", 2023),
    "次年": ("2021年，常委会对《中华人民共和国森林法》开展执法检查，次年听取了县政府关于整改情况的报告。", 2022),
    "次年, its own sentence": ("2020年，常委会对《中华人民共和国森林法》开展执法检查。次年，常委会听取了县政府关于整改情况的报告。", 2021),
    "当年 after a dated sentence": ("2020年3月，常委会对《中华人民共和国水法》开展执法检查。当年11月，听取了县政府关于水法实施情况的报告。", 2020),
    "同年": ("2019年，常委会听取了县政府关于安全生产工作情况的报告，同年开展了专题询问。", 2019),
    "去年 after another year": ("2020年常委会制定了监督工作规则，去年对《中华人民共和国水法》开展了执法检查。", 2022),
    "traditional, 翌年": ("2020年，常委會對《中華人民共和國森林法》開展執法檢查，翌年聽取了縣政府關於整改情況的報告。", 2021),
}


@pytest.mark.parametrize(("text", "year"), RELATIVE.values(), ids=RELATIVE.keys())
def test_a_relative_time_word_dates_its_own_clause(text: str, year: int) -> None:
    """The last activity is dated by the time word opening its clause or sentence, counted from the report's year
    (今年, 本年度, 去年) or from the year the paragraph names before it (同年, 当年, 次年, 翌年), never the year of the
    clause before by accident."""
    assert facts(text).activities[-1].year == year, facts(text).activities


@pytest.mark.parametrize("text", [
    "今年常委会听取了县政府关于当年预算执行情况的报告。",  # 当年 qualifying a noun dates nothing
    "常委会听取了县政府关于去年同期预算执行情况的报告。",
])
def test_a_time_word_qualifying_a_noun_leaves_the_report_s_year(text: str) -> None:
    assert [a.year for a in facts(text).activities] in ([2023], [None])


FOLLOWED = {
    "今年继续开展跟踪监督": "2022年，常委会对《中华人民共和国消防法》实施情况开展了执法检查，今年继续开展跟踪监督。",
    "开展“回头看”": "去年常委会对《中华人民共和国消防法》开展执法检查，今年开展“回头看”。",
    "the next sentence": "2022年，常委会对《中华人民共和国消防法》开展执法检查。今年，常委会持续跟踪监督，推动问题整改。",
}


@pytest.mark.parametrize("text", FOLLOWED.values(), ids=FOLLOWED.keys())
def test_a_follow_up_naming_nothing_follows_the_inspection_told_right_before(text: str) -> None:
    follow_up = facts(text).activities[-1]
    assert follow_up.follow_up and follow_up.laws == ["中华人民共和国消防法"] and follow_up.year == 2023, follow_up
    assert follow_up.subject == "消防" and follow_up.issues == ["work-safety"], follow_up


def test_a_follow_up_after_other_work_follows_no_inspection() -> None:
    """Another activity told between: the follow-up's object is not the inspection's."""
    text = ("2022年，常委会对《中华人民共和国水法》开展执法检查，听取了县政府关于教育工作的报告，今年继续开展跟踪监督。")
    assert facts(text).activities[-1].laws == []


LISTED = {
    "、 after a court's report": ("听取和审议县人民法院关于行政审判工作情况的报告、县人民检察院关于公益诉讼检察工作情况的报告。",
                                 "公益诉讼检察"),
    "， a third report": ("会议听取了县政府关于农村公路建设情况的报告，县监察委员会关于整治群众身边腐败问题工作情况的报告，"
                         "县人民法院关于执行工作情况的报告。", "执行"),
    "和 a city court": ("常委会听取审议了市政府关于优化营商环境工作情况的报告和市中级人民法院关于知识产权审判工作情况的报告。",
                       "知识产权审判"),
    "traditional": ("聽取和審議縣人民法院關於行政審判工作情況的報告、縣人民檢察院關於公益訴訟檢察工作情況的報告。", "公益诉讼检察"),
}


@pytest.mark.parametrize(("text", "subject"), LISTED.values(), ids=LISTED.keys())
def test_a_later_report_of_a_list_has_its_subject(text: str, subject: str) -> None:
    assert facts(text).activities[-1].subject == subject, facts(text).activities


FOCUSED = {
    "聚焦…等关键环节，听取…、开展专题询问": (
        "聚焦安全生产责任落实、基层基础建设、行业领域安全风险隐患预防控制等关键环节和短板弱项，听取审议工作报告、开展专题询问，"
        "为高质量发展筑牢安全屏障。", "special_inquiry", "安全生产责任落实、基层基础建设、行业领域安全风险隐患预防控制"),
    "围绕…，开展专题调研": ("围绕优化营商环境，常委会开展专题调研。", "investigation", "优化营商环境"),
    "紧扣…问题，组织视察": ("紧扣农村饮水安全问题，常委会组织代表开展视察。", "site_visit", "农村饮水安全"),
}


@pytest.mark.parametrize(("text", "kind", "subject"), FOCUSED.values(), ids=FOCUSED.keys())
def test_work_after_a_clause_of_focus_is_on_its_topics(text: str, kind: str, subject: str) -> None:
    found = [a for a in facts(text).activities if a.type == kind]
    assert [a.subject for a in found] == [subject], facts(text).activities


@pytest.mark.parametrize("text", [
    "围绕中心、服务大局，常委会开展专题调研。",
    "紧扣县委决策部署，常委会开展专题调研。",
])
def test_a_slogan_is_no_topic(text: str) -> None:
    assert [a.subject for a in facts(text).activities] == [""]


COUNTY_DOCUMENT = {
    "县级《…办法》": "常委会开展《中华人民共和国水污染防治法》执法检查。县人大常委会对县级《安吉县河道管理办法》开展执法检查。",
    "开展了": "常委会开展《中华人民共和国水污染防治法》执法检查。县人大常委会对《安吉县河道管理办法》开展了执法检查。",
    "进行, traditional": "常委會開展《中華人民共和國水污染防治法》執法檢查。縣人大常委會對縣級《安吉縣河道管理辦法》進行執法檢查。",
}


@pytest.mark.parametrize("text", COUNTY_DOCUMENT.values(), ids=COUNTY_DOCUMENT.keys())
def test_an_inspection_of_a_county_s_own_document_is_kept_with_its_warning(text: str) -> None:
    found = facts(text)
    inspections = [a for a in found.activities if a.type == "law_enforcement_inspection"]
    assert len(inspections) == 2 and inspections[1].subject == "安吉县河道管理办法", inspections
    assert any("安吉县河道管理办法" in warning and "county-level" in warning for warning in found.warnings), found.warnings


HANDED = {
    "交县政府研究处理": ("5月，常委会对《中华人民共和国安全生产法》实施情况开展执法检查，形成执法检查报告，提出审议意见8条，"
                         "交县政府研究处理。", ["安吉县人民政府"]),
    "转…研究办理": ("常委会组织开展《中华人民共和国森林法》执法检查，检查报告转县人民政府研究办理。", ["安吉县人民政府"]),
    "the group's appraisal, next sentence": (
        "6月，县人大常委会组织执法检查组对全县贯彻实施《中华人民共和国野生动物保护法》情况开展执法检查。"
        "执法检查组对县政府及相关职能部门在贯彻执行该法工作中所取得的成效予以充分肯定。", ["安吉县人民政府"]),
    "traditional": ("常委會對《中華人民共和國安全生產法》實施情況開展執法檢查，提出審議意見8條，交縣政府研究處理。",
                    ["安吉县人民政府"]),
}


@pytest.mark.parametrize(("text", "overseen"), HANDED.values(), ids=HANDED.keys())
def test_an_inspection_oversees_the_bodies_handed_its_opinions_or_judged(text: str, overseen: list[str]) -> None:
    [inspection] = [a for a in facts(text).activities if a.type == "law_enforcement_inspection"]
    assert inspection.overseen == overseen, inspection


def test_an_inspection_naming_no_body_oversees_none() -> None:
    [inspection] = facts("常委会对《中华人民共和国安全生产法》实施情况开展执法检查，深入12家企业实地检查。").activities
    assert inspection.overseen == []


@pytest.mark.parametrize(("text", "cls", "subject", "value"), [
    ("聚焦物业服务管理、民生实事项目推进开展专题询问2次。", "SpecialInquiry", "物业服务管理、民生实事项目推进", 2),
    ("围绕农村饮水安全、农村公路建设开展专题调研3次。", "Investigation", "农村饮水安全、农村公路建设", 3),
    ("就优化营商环境开展专题询问2次。", "SpecialInquiry", "优化营商环境", 2),
])
def test_a_counted_activity_naming_what_it_was_on_is_an_activity_and_a_total(text: str, cls: str, subject: str,
                                                                                value: int) -> None:
    """The text's total stays a statistic, and what the work was on is not lost with the number (a first-time
    analyst, round 30: 汉台's 聚焦…开展专题询问2次 was a statistic only)."""
    doc = Document(text=text, source="r.txt", metadata={"organ": COUNTY, "year": "2023"})
    g = build(doc, extract(doc)).graph
    [activity] = g.subjects(RDF.type, OKG[cls])
    assert g.value(activity, OKG.subject) == Literal(subject)
    assert [int(g.value(s, OKG.value).toPython()) for s in g.subjects(OKG.measure, None)] == [value]
