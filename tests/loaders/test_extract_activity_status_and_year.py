"""Work announced, work said not to be done, and the year an activity's own words give it."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "宜昌市人民代表大会常务委员会"


def facts(text: str, year: str = "2023"):
    return extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": year}))


@pytest.mark.parametrize("text", [
    "市人大常委会将于近期开展《中华人民共和国森林法》执法检查。",
    "下半年，常委会将于近期组织对《中华人民共和国种子法》实施情况进行检查。",
])
def test_work_announced_for_soon_is_planned(text: str) -> None:
    assert [(a.type, a.status) for a in facts(text).activities] == [("law_enforcement_inspection", "planned")]


@pytest.mark.parametrize("text", [
    "市人大常委会没有开展《中华人民共和国森林法》执法检查。",
    "常委会尚未对《中华人民共和国种子法》开展执法检查。",
    "县人大常委会未听取县政府关于教育工作的报告。",
    "常委会从未组织对《中华人民共和国畜牧法》实施情况的检查。",
    "受疫情影响，原定对《中华人民共和国畜牧法》的执法检查未能开展。",
    "因故取消了原计划对《中华人民共和国草原法》的执法检查。",
    "原定的《中华人民共和国种子法》执法检查未能如期进行。",
    "全年没有开展特定问题调查，也没有提出质询案。",
    "本届以来，常委会尚未提出过质询案。",
    "常委会组成人员未提出质询案。",
    "常委會全年沒有提出質詢案。",
])
def test_work_said_not_to_be_done_is_no_activity_and_inspects_no_law(text: str) -> None:
    found = facts(text)
    assert found.activities == [] and not any(law.inspected for law in found.laws)


@pytest.mark.parametrize(("text", "year"), [
    ("2023年，市人大常委会将于2024年对《中华人民共和国未成年人保护法》开展执法检查。", 2024),
    ("2022年开展的《中华人民共和国体育法》执法检查发现了一些问题。", 2022),
    ("市人大常委会于2021年9月组织开展了《中华人民共和国森林法》执法检查。", 2021),
    ("2023年，常委会听取和审议了市政府关于2022年度环境状况的报告。", 2023),  # 2022年度 qualifies the report
])
def test_the_year_an_activity_s_own_words_give_it(text: str, year: int) -> None:
    assert [a.year for a in facts(text).activities] == [year]


# A sentence's own year beats the report's however far back it lies (a fresh user's: 在2014年开展…执法检查 in a 2024
# news item was dated 2024), down to the first congress's year; a year after the report's plans is kept to two years.
@pytest.mark.parametrize(("text", "report_year", "year"), [
    ("市人大常委会在2014年開展大氣污染防治法執法檢查。", "2024", 2014),
    ("市人大常委会在2014年开展大气污染防治法执法检查。", "2015", 2014),
    ("2009年，市人大常委会开展了《中华人民共和国食品安全法》执法检查。", "2024", 2009),
    ("1995年，市人大常委會對《中華人民共和國環境保護法》實施情況進行了檢查。", "2020", 1995),
    ("市人大常委会于2016年9月组织开展了《中华人民共和国森林法》执法检查。", "2017-2021", 2016),
    # ... and however far forward: a header year older than the work (a fresh analyst's: year: 2010 over 2023年，…开展
    # 执法检查 was dated 2010; the header is warned about, the work keeps its sentence's year), its statistics too
    ("2023年，县人大常委会对《中华人民共和国黄河保护法》开展执法检查。", "2010", 2023),
    ("2024年上半年，县人大常委会对《中华人民共和国湿地保护法》实施情况进行了检查。", "2015", 2024),
    ("据县人大常委会负责人介绍，2021年，常委會對《中華人民共和國森林法》開展執法檢查。", "2012-2016", 2021),
    ("二〇二二年三月，县人大常委会组织开展了《中华人民共和国种子法》执法检查。", "2008", 2022),
    ("2023年，常委会正在对《中华人民共和国消防法》开展执法检查。", "2010", 2023),
])
def test_a_sentence_s_own_year_beats_the_report_s_however_far(text: str, report_year: str, year: int) -> None:
    assert [a.year for a in facts(text, report_year).activities] == [year]


@pytest.mark.parametrize(("text", "report_year", "years"), [
    ("2023年，县人大常委会共开展执法检查5次。", "2010", "2023"),
    ("2022年，代表共提出建议120件。", "2015", "2022"),
])
def test_a_statistic_s_own_year_beats_a_header_year_however_far(text: str, report_year: str, years: str) -> None:
    assert [s.years for s in facts(text, report_year).statistics] == [years]


@pytest.mark.parametrize(("text", "report_year"), [  # near misses: no congress's year, a plan too far ahead
    ("1949年，市人大常委会开展了《中华人民共和国食品安全法》执法检查。", "2024"),
    ("2030年，市人大常委会将开展《中华人民共和国食品安全法》执法检查。", "2024"),
    ("2035年，常委会拟对《中华人民共和国食品安全法》实施情况开展执法检查。", "2010"),
    ("5000年，市人大常委会开展了《中华人民共和国食品安全法》执法检查。", "2024"),
])
def test_a_year_out_of_bounds_leaves_the_report_s(text: str, report_year: str) -> None:
    assert [a.year for a in facts(text, report_year).activities] == [None]


# The year of the earlier work an activity builds on (在2009年…开展专题调研的基础上，又…) is that work's; the activity
# takes its sentence's opening year. When the earlier work is an activity of its own (all its evidence), it takes its own year.
# Sources: fx361.cc/page/2023/0507/22927197.shtml (全国人大常委会专题调研的实践脉络),
# gzrd.gov.cn/xwzx/mtgz/202004/t20200414_77641156.html (代表专题调研), bkw8.com/content/2017-10/16/content_225884.htm
# (梧州: 去年对全市贯彻实施《森林法》情况开展执法检查).
@pytest.mark.parametrize(("text", "report_year", "years"), [
    ("2010年，全国人大常委会在2009年对部分重大公共投资项目实施情况开展专题调研的基础上，又对中央政府公共投资计划实施"
     "情况开展跟踪调研。", "2010", [2010]),
    ("2020年，常委会在2019年组织代表专题调研的基础上，就农村生活垃圾分类工作开展跟踪调研。", "2020", [2020]),
    ("2018年，市人大常委会在2017年对全市养老服务工作开展视察的基础上，又组织代表开展专题调研。", "2018", [2017, 2018]),
    ("在2014年开展《中华人民共和国水法》执法检查的基础上，常委会提出了审议意见。", "2016", [2014]),
])
def test_a_year_of_the_work_built_on_dates_that_work(text: str, report_year: str, years: list[int]) -> None:
    assert [a.year for a in facts(text, report_year).activities] == years


@pytest.mark.parametrize(("text", "metadata", "year"), [
    # a work report delivered at the March 2024 session, looking back on 2023 (a new user's file)
    ("全国人民代表大会常务委员会工作报告\n——2024年3月8日在第十四届全国人民代表大会第二次会议上\n"
     "过去一年，常委会检查了食品安全法的实施情况。\n今年，常委会将检查环境保护法实施情况。", {}, 2024),
    ("今年，常委会将检查《中华人民共和国教育法》实施情况。", {"organ": ORGAN, "year": "2023"}, 2023),
    ("明年，常委会拟对《中华人民共和国教育法》开展执法检查。", {"organ": ORGAN, "year": "2023"}, 2024),
    ("下一年度，常委会计划对《中华人民共和国教育法》开展执法检查。", {"organ": ORGAN, "issued": "2023-12-20"}, 2024),
])
def test_this_year_and_next_are_dated_from_when_the_text_was_written(text: str, metadata: dict[str, str],
                                                                      year: int) -> None:
    planned = [a for a in extract(Document(text=text, source="r.txt", metadata=metadata)).activities if a.status == "planned"]
    assert [(a.type, a.year) for a in planned] == [("law_enforcement_inspection", year)]


@pytest.mark.parametrize(("text", "metadata", "year"), [
    # a 2019 news item quoting a vice-chair on last year's work (a new user's law stories, round 17; paraphrased)
    ("据省人大常委会副主任王华介绍，去年，省人大常委会对大气污染防治法进行了执法检查。", {"year": "2019"}, 2018),
    # a report about 2019 delivered in January 2020 counts 去年 from 2019, the year it tells (round 34, class 1)
    ("去年，常委会开展了《中华人民共和国森林法》执法检查。", {"year": "2019", "issued": "2020-01-10"}, 2018),
    ("據市人大常委會有關負責人介紹，上年度，常委會開展了《中華人民共和國森林法》執法檢查。", {"year": "2022"}, 2021),
    # an example told as such (梧州, round 19: a new user's wrong year)
    ("如去年对全市贯彻实施《中华人民共和国森林法》情况开展执法检查时，常委会提出了审议意见。", {"year": "2017"}, 2016),
    ("例如去年，常委會開展了《中華人民共和國森林法》執法檢查。", {"year": "2017"}, 2016),
    # near misses: since last year is a span, not a year; a year not at the sentence's opening dates nothing
    ("去年以来，常委会开展了《中华人民共和国森林法》执法检查。", {"year": "2019"}, None),
    ("常委会开展了《中华人民共和国森林法》执法检查，比去年多一次。", {"year": "2019"}, None),
])
def test_last_year_is_dated_from_the_year_the_report_tells(text: str, metadata: dict[str, str], year: int | None) -> None:
    found = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, **metadata})).activities
    assert [(a.type, a.year) for a in found] == [("law_enforcement_inspection", year)]


def test_a_plan_after_a_delivered_work_report_does_not_date_the_report() -> None:
    """A township's report delivered in January 2024, its 2024 plan last (2024年，主席团计划…): the report's year is
    2023, the year its 过去一年 looks back on, not the year its plan opens with (a new user's file)."""
    text = ("孝丰镇人民代表大会主席团工作报告\n——2024年1月8日在孝丰镇第十八届人民代表大会第四次会议上\n\n各位代表：\n"
            "过去一年，镇人大主席团组织代表开展《中华人民共和国土地管理法》执法检查。\n"
            "2024年，主席团计划开展《浙江省村庄规划条例》贯彻实施情况调研。")
    found = extract(Document(text=text, source="r.txt"))
    assert found.report["year"] == "2023"
    assert [(a.status, a.year) for a in found.activities] == [("reported", None), ("planned", 2024)]


@pytest.mark.parametrize(("text", "year"), [
    # a five-year report's own years, its last two included (a new user's 2017-2021 report)
    ("2020年，配合市人大常委会开展《中华人民共和国传染病防治法》执法检查。", 2020),
    ("2021年，就老旧小区改造工作开展专题询问。", 2021),
    ("2018年，常委会听取和审议市政府关于生态环境保护工作的报告。", 2018),
])
def test_a_range_reports_sentences_are_dated_by_their_own_year(text: str, year: int) -> None:
    assert [a.year for a in facts(text, "2017-2021").activities] == [year]


def test_the_new_year_is_the_one_after_the_year_reported() -> None:
    """新的一年 in a report on 2023 is 2024, whenever the report was delivered (a new user's township report)."""
    for metadata in ({"organ": ORGAN, "year": "2023"}, {"organ": ORGAN, "year": "2023", "issued": "2024-01-10"}):
        found = extract(Document(text="新的一年，常委会将组织代表开展专项视察。", source="r.txt", metadata=metadata))
        assert [(a.status, a.year) for a in found.activities] == [("planned", 2024)]


def test_the_work_that_made_what_is_submitted_is_done() -> None:
    """The work that made what is submitted is done; the submission alone is to come (a new user's report): since
    round 39 the review it is sent to is told too, planned (a first-time analyst's class 2, newuser23)."""
    found = facts("常委会对《中华人民共和国固体废物污染环境防治法》实施情况开展执法检查，深入11个设区市实地检查，形成检查报告提请常委会会议审议。")
    assert [(a.type, a.status) for a in found.activities] == [("law_enforcement_inspection", "reported"), ("report_review", "planned")]


@pytest.mark.parametrize(("text", "status"), [
    # a meeting deciding to submit what it named: that business is the coming session's (dev j23's kind)
    ("会议听取了市政府关于《中华人民共和国固体废物污染环境防治法》执法检查的报告，决定将该报告提请常委会会议审议。", "planned"),
])
def test_what_a_sentence_submits_to_a_coming_session(text: str, status: str) -> None:
    assert {a.status for a in facts(text).activities} == {status}


@pytest.mark.parametrize(("text", "status"), [
    # a 主任会议 deciding the year's inspections (a new user's city news)
    ("会议决定，今年对《杭州市物业管理条例》开展执法检查。", "planned"),
    ("主任会议决定今年对《杭州市城市绿化管理条例》开展执法检查。", "planned"),
    ("会议决定于9月对《中华人民共和国反食品浪费法》实施情况开展检查。", "planned"),
    # a decision told with what followed it names no time: done
    ("常委会决定对《中华人民共和国森林法》开展执法检查，检查组深入各地。", "reported"),
])
def test_a_decision_to_do_work_at_a_time_to_come_is_a_plan(text: str, status: str) -> None:
    assert {a.status for a in facts(text).activities} == {status}


@pytest.mark.parametrize("metadata", [
    {"organ": "安吉县人大常委会", "year": "2025", "title": "安吉县人大常委会2025年监督工作计划"},  # the header names the plan
    {"organ": "安吉县人大常委会", "year": "2025"},  # the preamble does (制定本计划)
])
def test_a_plan_document_plans_its_items_without_intention_words(metadata: dict[str, str]) -> None:
    """A new user's county plan: 上半年对《X法》…开展执法检查 and 审查批准2024年县级决算 are the plan's items."""
    text = ("为做好2025年监督工作，根据监督法和省有关规定，结合本县实际，制定本计划。\n"
            "一、执法检查。上半年对《中华人民共和国森林法》实施情况开展执法检查。\n"
            "二、计划和预算监督。审查批准2024年县级决算。")
    found = extract(Document(text=text, source="r.txt", metadata=metadata)).activities
    assert found and {a.status for a in found} == {"planned"}


def test_a_clause_dates_its_intention_by_its_own_year() -> None:
    assert [(a.status, a.year) for a in facts("2025年将对《中华人民共和国森林法》开展执法检查。", "2024").activities] \
        == [("planned", 2025)]


@pytest.mark.parametrize(("text", "year"), [  # a plan's year opens its first sentence only (a fresh user's, round 19)
    ("2023年，市人大常委会拟审议乡村振兴等法规草案。在监督方面，拟对院前医疗急救服务条例开展执法检查。", 2023),  # as dev h11
    ("2023年，市人大常委會擬審議鄉村振興等法規草案。在監督方面，擬對院前醫療急救服務條例開展執法檢查。", 2023),
    ("明年，常委会将制定两部法规。监督工作方面，将听取和审议市政府关于教育工作情况的报告。", 2023),
    ("2024年，常委会拟安排立法项目5件。拟开展专题询问1次。监督方面，拟对《中华人民共和国森林法》开展执法检查。", 2024),
    ("新的一年，县人大主要开展3项工作，包括1、继续开展议案督办。2、开展两部法律执法检查。3、开展专题调研。", 2023),  # dev f19
])
def test_a_plan_s_year_dates_its_later_sentences(text: str, year: int) -> None:
    assert [(a.status, a.year) for a in facts(text, "2018-2022").activities][-1] == ("planned", year)


@pytest.mark.parametrize("text", [  # near misses: the year opens work done, or another paragraph
    "2023年，市人大常委会审议了乡村振兴等法规草案。在监督方面，拟对院前医疗急救服务条例开展执法检查。",
    "2023年，市人大常委会拟审议乡村振兴等法规草案。\n在监督方面，拟对院前医疗急救服务条例开展执法检查。",
])
def test_a_year_not_opening_the_plan_dates_nothing_after_it(text: str) -> None:
    assert [(a.status, a.year) for a in facts(text, "2018-2022").activities][-1] == ("planned", None)


# The items of a plan whose heading or opening names its year are of that year (a fresh analyst's, round 26: the items
# under 二、2024年工作安排 in a 2023 report were dated 2023), a relative one as 明年 reads; its figures too.
_REVIEWED = "一、2023年工作回顾\n县人大常委会对《中华人民共和国森林法》开展执法检查。\n"
_ITEMS = "1.对《中华人民共和国湿地保护法》开展执法检查。\n2.听取和审议县政府关于生态环境保护工作情况的报告。\n3.全年拟开展专题询问2次。"


@pytest.mark.parametrize(("opening", "year"), [
    ("二、2024年工作安排", 2024), ("二、2024年工作要点", 2024), ("二、2024年监督工作计划", 2024),
    ("二、二〇二四年主要任务", 2024), ("二、2024年度县人大常委会工作要点", 2024), ("二、2023年工作总结和2024年工作安排", 2024),
    ("二、2025年工作安排和2026年工作设想", 2025), ("二、明年工作打算", 2024), ("二、下一年度工作安排", 2024),
    ("二、新的一年工作思路", 2024), ("二、明年工作", 2024), ("二、2024年工作計劃", 2024), ("（二）2024年重点工作安排", 2024),
    ("现将2024年工作安排如下：", 2024), ("2024年，常委会监督工作安排如下：", 2024),
])
def test_a_plan_s_items_are_of_the_year_its_heading_names(opening: str, year: int) -> None:
    found = facts(_REVIEWED + opening + "\n" + _ITEMS, "2023")
    assert [(a.status, a.year) for a in found.activities] == [("reported", None)] + [("planned", year)] * 3
    assert [(s.status, s.years) for s in found.statistics] == [("planned", str(year))]


@pytest.mark.parametrize(("opening", "report_year"), [  # near misses: no year of the plan's, or the report's own
    ("二、今后工作打算", "2023"), ("二、下一步工作打算", "2023"), ("二、落实2022年审议意见的工作安排", "2023"),
    ("二、2023年工作安排", "2023"), ("二、今年工作安排", "2023"),
])
def test_a_plan_heading_naming_no_other_year_leaves_the_report_s(opening: str, report_year: str) -> None:
    found = facts(_REVIEWED + opening + "\n" + _ITEMS, report_year)
    assert [(a.status, a.year) for a in found.activities][1:] == [("planned", None)] * 3


@pytest.mark.parametrize(("metadata", "text", "year"), [
    ({"year": "2024", "title": "安吉县人大常委会2025年监督工作计划"}, _ITEMS, 2025),  # the header's title names the plan
    ({"year": "2024"}, "安吉县人大常委会2025年监督工作计划\n" + _ITEMS, 2025),  # its headline
    ({"year": "2024"}, "为做好2025年监督工作，结合本县实际，制定本计划。\n" + _ITEMS, 2025),  # its preamble
    ({"year": "2023", "issued": "2024-01-10"}, _REVIEWED + "二、今年工作安排\n" + _ITEMS, 2024),  # 今年 when written
    ({"year": "2010"}, _REVIEWED + "二、2024年工作安排\n" + _ITEMS, 2024),  # a header's year far from the text's
])
def test_a_plan_document_s_items_are_of_the_year_it_plans(metadata: dict[str, str], text: str, year: int) -> None:
    found = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, **metadata}))
    assert {a.year for a in found.activities if a.status == "planned"} == {year}


# Work under way is done as the genre reports it (dev g19, m25: 正在開展…執法檢查 `reported`), in a plan's section too (a
# fresh analyst's, round 26: 正在对《X法》开展执法检查 under a plan's heading was `planned`); preparing it is not yet.
@pytest.mark.parametrize(("sentence", "status"), [
    ("目前，县人大常委会正在对《中华人民共和国消防法》开展执法检查。", "reported"),
    ("县人大常委会正在组织开展《中华人民共和国消防法》执法检查。", "reported"),
    ("常委会正对《中华人民共和国消防法》实施情况开展执法检查，检查结束后将形成报告。", "reported"),
    ("正值县人大常委会对《中华人民共和国消防法》开展执法检查之际，代表们提出了建议。", "reported"),
    ("《中华人民共和国消防法》执法检查正在进行中。", "reported"),
    ("縣人大常委會目前正在對《中華人民共和國消防法》進行執法檢查。", "reported"),
    # near misses: preparing, a time the work is set in, a word holding 正
    ("常委会正在筹备对《中华人民共和国消防法》开展执法检查。", "planned"),
    ("当前正处于转型关键时期，对《中华人民共和国消防法》开展执法检查。", "planned"),
    ("要真正对《中华人民共和国消防法》开展执法检查。", "planned"),
])
@pytest.mark.parametrize("heading", ["二、2024年工作安排", "二、下一步工作打算", "2024年监督工作计划"])
def test_work_under_way_in_a_plan_is_reported(heading: str, sentence: str, status: str) -> None:
    found = facts(_REVIEWED + heading + "\n" + sentence + "\n" + _ITEMS, "2023").activities
    assert [a.status for a in found if "消防法" in a.evidence] == [status]
    assert [a.status for a in found if "湿地保护法" in a.evidence] == ["planned"]
