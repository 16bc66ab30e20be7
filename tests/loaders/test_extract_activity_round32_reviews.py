"""Round 32's classes of report reviews and investigations (branch reviews): the kind of work a report writer means,
each in several phrasings.

Sentences are written for these tests in the genre's wording (none from benchmarks/genre or the shared corpus),
simplified and traditional where the script matters.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts

COUNTY = "安吉县人民代表大会常务委员会"


def facts(text: str) -> Facts:
    return extract(Document(text=text, source="r.txt", metadata={"organ": COUNTY, "year": "2023"}))


def kinds(text: str) -> list[str]:
    return sorted(a.type for a in facts(text).activities)


BARE_STUDIES = {
    "a numbered point": "一是统筹安排会议议题。二是开展调研，提高议题审议质量。",
    "a manner of work": "县人大常委会将坚持问题导向，深入基层调研，多提务实之言。",
    "with a visit to voters": "召开工作座谈会，深入基层调研走访，广泛听取各方面意见。",
    "told as the means": "县政府采纳代表建议，并经过调研，在该村设立了禁养区。",
    "an adverb before it": "评议过程中，常委会围绕服务质量，深入进行调研，及时反馈意见。",
    "traditional, a collective one": "縣領導高度重視，集體調研，拿出方案，積極落實。",
}


@pytest.mark.parametrize("text", BARE_STUDIES.values(), ids=BARE_STUDIES.keys())
def test_a_study_named_without_what_it_studies_is_no_investigation(text: str) -> None:
    assert "investigation" not in kinds(text)


STUDIES_OF_A_TOPIC = {
    "its topic after 对": "县人大常委会对全县农村饮水安全工作开展调研。",
    "its place": "县人大常委会副主任带队赴天荒坪镇调研美丽乡村建设情况。",
    "its topic after 围绕": "县人大常委会围绕优化营商环境开展专题调研。",
}


@pytest.mark.parametrize("text", STUDIES_OF_A_TOPIC.values(), ids=STUDIES_OF_A_TOPIC.keys())
def test_a_study_of_a_topic_stays_an_investigation(text: str) -> None:
    assert "investigation" in kinds(text)


SESSIONS_PREPARED = {
    "a report on preparing the session": "会议听取了关于市第五届人民代表大会第二次会议筹备工作情况的报告。",
    "a briefing on preparing it": "主任会议听取关于十四届全国人大二次会议代表团筹备工作情况的汇报。",
    "traditional": "縣人大常委會第九次會議聽取了關於這次代表大會籌備工作情況的匯報。",
}


@pytest.mark.parametrize("text", SESSIONS_PREPARED.values(), ids=SESSIONS_PREPARED.keys())
def test_a_report_heard_on_preparing_a_session_is_a_report_review(text: str) -> None:
    assert kinds(text) == ["report_review"]


def test_a_standing_committee_sittings_agenda_prepared_is_no_review() -> None:
    # genre README round 45 ruling 9 (over this round's reading): preparing the sitting's reviews is a step of them
    assert kinds("会议听取了县十八届人大常委会第十二次会议议题准备情况的汇报。") == []


GROUP_BRIEFINGS = {
    "the sentence after the study group's": "调研组一行先后深入武阳、关峡等供水现场进行实地调研。副县长听取了我县城乡居民饮水安全工作情况汇报。",
    "an inspection group's, in its sentence": "执法检查组深入企业察看，听取了县应急管理局关于安全生产工作情况的汇报。",
    "a check group's, the official briefing": "督查组来到县住建局，县住建局局长作了关于老旧小区改造工作进展情况的汇报。",
    "traditional": "調研組詳細詢問了飲用水的水源，副區長作了關於本區飲用水安全工作情況匯報。",
}


@pytest.mark.parametrize("text", GROUP_BRIEFINGS.values(), ids=GROUP_BRIEFINGS.keys())
def test_a_briefing_a_working_group_hears_in_the_field_is_no_report_review(text: str) -> None:
    assert "report_review" not in kinds(text)


# Briefings on visits (视察组…，区政府汇报了…) and on the handling of review opinions in the field are no reviews since
# round 33's ruling 4: tests/loaders/test_extract_activity_round33_rulings.py.
REPORTS_HEARD_ON_VISITS = {
    "a report, not a briefing": "调研组到达后，听取了县政府关于农村饮水安全工作情况的报告。",
}


@pytest.mark.parametrize("text", REPORTS_HEARD_ON_VISITS.values(), ids=REPORTS_HEARD_ON_VISITS.keys())
def test_a_report_heard_on_a_visit_or_a_report_a_group_hears_stays_a_review(text: str) -> None:
    assert "report_review" in kinds(text)


STUDIES_AS_A_TIME = {
    "what was found then": "县人大常委会在调研时发现，部分乡镇饮水设施老化。",
    "a leader's speech then": "全省上下深入贯彻习近平总书记调研指导河南工作时的重要讲话精神。",
    "traditional, a higher body's leaders": "全國人大常委會多位領導來湘調研時，對我省人大工作給予充分肯定。",
    "what a party secretary said then": "省委书记来我县调研时指出，要加快发展乡村产业。",
}


@pytest.mark.parametrize("text", STUDIES_AS_A_TIME.values(), ids=STUDIES_AS_A_TIME.keys())
def test_a_study_told_as_the_time_of_what_was_said_or_found_is_no_investigation(text: str) -> None:
    assert "investigation" not in kinds(text)


MINUTES_ITEMS = {
    # (a sitting's agenda prepared, this item's first wording, is no activity since round 45 ruling 9: a report heard here)
    "a council's item heard": "区人大常委会第二十四次主任会议于4月21日召开。\n一、会议研究确定了召开常委会会议的有关事项\n二、会议听取了区政府关于老旧小区改造工作情况的汇报\n",
    "reviewed and adopted": "县人大常委会第九次会议于6月28日召开。\n一、会议审议并通过了县政府关于全县养老服务工作情况的报告\n",
    "a bracketed number": "市人大常委会第十二次主任会议于3月5日召开。\n（一）会议听取了市政府关于城市更新工作进展情况的汇报\n",
}


@pytest.mark.parametrize("text", MINUTES_ITEMS.values(), ids=MINUTES_ITEMS.keys())
def test_a_numbered_line_telling_a_hearing_done_is_a_statement(text: str) -> None:
    assert kinds(text) == ["report_review"]


SECTION_HEADINGS = {
    "a kind of work": "一、听取和审议专项工作报告\n全年听取和审议专项工作报告12个。\n",
    "traditional": "一、聽取和審議專項工作報告\n全年聽取和審議專項工作報告12個。\n",
}


@pytest.mark.parametrize("text", SECTION_HEADINGS.values(), ids=SECTION_HEADINGS.keys())
def test_a_numbered_heading_naming_a_kind_of_work_still_states_nothing(text: str) -> None:
    assert len(facts(text).activities) == 1
