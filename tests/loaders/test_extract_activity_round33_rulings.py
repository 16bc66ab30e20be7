"""The classes of round 33's rulings (benchmarks/genre/README.md, "Round 33"), each in several phrasings written for
these tests in the genre's wording (none from benchmarks/genre or the shared corpus), traditional script among them.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from tests.loaders import extract_helpers


def facts(text: str) -> Facts:
    return extract(Document(text=text, source="r.txt", metadata={"organ": "安吉县人大常委会", "year": "2023"}))


def kinds(text: str) -> list[str]:
    return extract_helpers.kinds(facts(text))


# Ruling 4: a briefing during a visit, an inspection or a study is a step of that work.
FIELD_BRIEFINGS = {
    "a forum after a visit": ("县人大常委会组织代表视察民生实事项目。\n代表们实地查看了3处项目现场。\n"
                              "在随后召开的座谈会上，代表们听取了镇政府关于民生实事项目进展情况的汇报。"),
    "on site, in the visit's sentence": "代表们先后视察了产业园和敬老院，认真听取了镇有关部门关于项目推进情况汇报。",
    "a visit group at a bureau": "副主任带领一个视察组到县交通局，听取了局领导关于代表建议办理情况的汇报。",
    "a study's looks on site": "副主任带队赴天荒坪镇调研农村供水工作，实地察看了水厂，听取相关负责人关于工程进度的汇报。",
    "an official briefing the forum": "视察组实地视察了两所幼儿园。座谈会上，区政府汇报了学前教育普及普惠工作落实情况。",
    "the meeting just named": "代表们在社区会议室召开座谈会，会议由街道主任主持。\n会上，代表们听取了街道工作情况汇报。",
    "the handling of review opinions, in an inspection": "执法检查组召开座谈会，听取市公安局等单位审议意见办理情况的汇报。",
    "traditional": "代表們實地視察了旬陽縣的重點項目。在旬陽召開的座談會上，代表們聽取了旬陽縣2022年工作情況匯報。",
}


@pytest.mark.parametrize("text", FIELD_BRIEFINGS.values(), ids=FIELD_BRIEFINGS.keys())
def test_a_briefing_during_a_visit_inspection_or_study_is_no_report_review(text: str) -> None:
    assert "report_review" not in kinds(text)


SITTING_BRIEFINGS = {
    "a council of chairpersons": "县人大常委会召开第49次主任会议。\n会议听取了县政府关于学前教育工作情况的汇报。",
    "a presidium's meeting after a visit": ("代表们视察了镇敬老院。视察结束后，召开了镇人民代表大会主席团第二十次会议。"
                                            "会上，听取了副镇长关于养老服务发展的情况汇报。"),
    "a sitting after studying a forum's spirit": ("县人大常委会召开第十次主任会议。\n会议传达学习了全省人大工作座谈会精神。\n"
                                                  "会议听取了县政府关于优化营商环境工作情况的汇报。"),
    "traditional, a standing committee's sitting": "縣人大常委會第十七次會議聽取了縣政府關於依法行政工作情況的匯報。",
}


@pytest.mark.parametrize("text", SITTING_BRIEFINGS.values(), ids=SITTING_BRIEFINGS.keys())
def test_a_briefing_heard_at_a_sitting_stays_a_report_review(text: str) -> None:
    assert "report_review" in kinds(text)


# Ruling 6: bodies counted together in a hearing are one review with the count.
BODIES_COUNTED = {
    "等 and the count": "县人大常委会第六次会议听取了县交通局等7个部门的议案建议办理工作情况汇报。",
    "heads in turn": "县人大常委会第三十一次会议上，7个部门负责同志逐一汇报了对反馈意见和自查问题的整改落实情况。",
    "a list summed up, each in turn": ("县人大常委会召开工作评议大会，县住建局、县财政局、县卫健委3个被评议部门分别就专项工作情况作了报告。"),
    "traditional, in words": "縣人大常委會會議上，五個部門負責同志依次匯報了整改落實情況。",
}


@pytest.mark.parametrize("text", BODIES_COUNTED.values(), ids=BODIES_COUNTED.keys())
def test_bodies_counted_together_in_a_hearing_are_one_review_with_the_count(text: str) -> None:
    reviews = [a for a in facts(text).activities if a.type == "report_review"]
    assert len(reviews) == 1 and reviews[0].count in (3, 5, 7)


# Ruling 1: a report heard at a sitting on preparing a session, or on preparing to convene it, is a review (a standing
# committee sitting's agenda prepared is none since round 45 ruling 9: tests/loaders/test_extract_round45_rulings.py).
PREPARATIONS_HEARD = {
    "preparing to convene": "市人大常委会第十次会议听取和审议了筹备召开市十七届人大五次会议有关情况的报告。",
    "the preparation of convening it": "县人大常委会主任会议听取了关于召开县十八届人大三次会议的筹备情况汇报。",
}


@pytest.mark.parametrize("text", PREPARATIONS_HEARD.values(), ids=PREPARATIONS_HEARD.keys())
def test_a_report_heard_on_preparing_a_session_is_a_review(text: str) -> None:
    assert kinds(text) == ["report_review"]


def test_a_report_on_convening_a_session_alone_stays_none() -> None:
    assert kinds("县人大常委会主任会议听取了关于召开县十八届人大三次会议有关情况的报告。") == []


# Ruling 5: reports named only as a rating's object give the rating, no review of their own.
RATED_ONLY = {
    "titles listed": ("会议对县人民政府关于农村饮水安全工作情况的报告、县人民政府关于养老服务工作情况的报告"
                      "进行了满意度测评。"),
    "states of work, and 以及": "会议对县教育局工作情况的报告，以及县民政局工作情况等专项工作报告开展满意度测评。",
    "an audit's rectification": "会议对县人民政府关于审计查出问题整改情况的报告进行满意度测评。",
    "traditional": "會議對縣人民政府關於全縣旅遊發展情況的報告進行了滿意度測評。",
}


@pytest.mark.parametrize("text", RATED_ONLY.values(), ids=RATED_ONLY.keys())
def test_reports_named_only_as_a_ratings_object_give_the_rating_only(text: str) -> None:
    assert kinds(text) == ["satisfaction_evaluation"]


def test_reports_heard_then_rated_stay_reviews() -> None:
    text = "会议听取和审议了县人民政府关于养老服务工作情况的报告，并进行满意度测评。"
    assert sorted(kinds(text)) == ["report_review", "satisfaction_evaluation"]


# Ruling 8: a congress named by its term as a body or by its composition is an organ entry (term dropped); a person's
# designation as its deputy is none, and so, by round 43's ruling 1, are its deputies' credentials (the deputies' roll).
def _organs(text: str) -> list[str]:
    return [o.canonical for o in extract(Document(text=text, source="r.txt", metadata={
        "organ": "德清县人民代表大会常务委员会", "year": "2023"})).organs]


@pytest.mark.parametrize(("text", "congress"), [
    ("大会通过了关于湖州市第九届人民代表大会代表名额的决定。", "湖州市人民代表大会"),
])
def test_a_congress_named_by_its_term_and_its_composition_is_an_organ(text: str, congress: str) -> None:
    assert congress in _organs(text)


@pytest.mark.parametrize("text", [
    "会议补选张扬为德清县第十七届人民代表大会代表。",
    "德清县第十七届人民代表大会代表张扬辞去代表职务。",
    "会议听取了县人大常委会代表资格审查委员会的报告。",
    "会议审议了德清县第十七届人民代表大会代表资格审查报告。",
    "會議審議了德清縣第十七屆人民代表大會代表資格審查報告。",
])
def test_a_deputys_designation_names_no_congress(text: str) -> None:
    assert not any(name.endswith("人民代表大会") for name in _organs(text))
