"""Activities a first-time analyst found stored wrongly (round 38, newuser22 §3), each class in several phrasings written
for it (simplified and traditional), with the near misses that stay: a sentence saying what a kind of oversight is, a
report the lead of a news item hears and its body hears again, visits and letters of petitioners received, and the
completion of suggestions' handling told alone."""
from __future__ import annotations

import pytest

from loaders.lexicon.normalise import normalised
from loaders.lexicon.triggers import activity_class

DISTRICT = "衢州市柯城区人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [a.type for a in facts_of(text, DISTRICT).activities]


@pytest.mark.parametrize("text", [
    # what a kind of oversight is (a definition or characterisation): no event
    "开展询问是宪法和法律赋予人大常委会组成人员、人大代表履行监督职责的法定形式之一。",
    "询问是法律赋予人大常委会组成人员的一项重要职权。",
    "执法检查是法律赋予人大常委会的一项重要职权。",
    "專題詢問是憲法和法律賦予人大常委會的監督形式之一。",
])
def test_a_kind_of_oversight_defined_is_no_event(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


@pytest.mark.parametrize("text, expected", [
    # near misses: the inquiry held stays, and so do questions asked about whether something is done
    ("开展询问是法定形式之一。此次区人大常委会举行联组会议对区政府审计查出问题整改情况进行了专题询问。", ["special_inquiry"]),
    ("区人大常委会对区政府2017年度审计查出问题未整改到位情况进行了专题询问。", ["special_inquiry"]),
])
def test_an_inquiry_held_beside_a_definition_stays(facts_of, text: str, expected: list[str]) -> None:
    assert [k for k in _kinds(facts_of, text) if k == "special_inquiry"] == expected


@pytest.mark.parametrize("text", [
    # the lead of a news item tells the sitting's business, its body the same hearing again: one review
    "5月31日，区九届人大常委会召开第二十二次会议，听取区监委专项工作情况报告并任命街道人大工委兼职副主任。"
    "会议听取了区监委专项工作情况报告，这是区监察委员会成立以来首次向区人大常委会报告工作。",
    "6月20日，区人大常委会召开第十次会议，听取区政府关于全区养老服务工作情况的报告。"
    "会议指出，养老服务事关民生。会议听取了区政府关于全区养老服务工作情况的报告，并进行了审议。",
    "3月8日，縣人大常委會召開第五次會議，聽取縣法院關於行政審判工作情況的報告。"
    "會議聽取并審議了縣法院關於行政審判工作情況的報告。",
])
def test_a_report_the_lead_and_the_body_hear_is_one_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text).count("report_review") == 1


@pytest.mark.parametrize("text, expected", [
    # near misses: two reports, and one report heard twice in the body (each town's session: dev p37) stay
    ("6月20日，区人大常委会召开第十次会议，听取区政府关于全区养老服务工作情况的报告。"
     "会议还听取了区政府关于全区义务教育工作情况的报告。", 2),
    # a later sentence dated or telling a sitting held tells a hearing of its own
    ("5月31日，区人大常委会召开第二十二次会议，听取区政府关于养老服务工作情况的报告。"
     "6月28日，区人大常委会召开第二十三次会议，听取区政府关于养老服务工作情况的报告。", 2),
    ("5月31日，区人大常委会召开第二十二次会议，听取区政府关于养老服务工作情况的报告。"
     "区人大常委会随后举行第二十三次会议，再次听取区政府关于养老服务工作情况的报告。", 2),
])
def test_other_hearings_stay(facts_of, text: str, expected: int) -> None:
    assert _kinds(facts_of, text).count("report_review") == expected


@pytest.mark.parametrize("text", [
    # visits and letters of deputies and the public the petitions office receives: petitions, no oversight
    "一年来，还受理了代表和人民群众来信969件，接待代表和群众来访824人(次)。",
    "全年共接待代表和群众来访312批次。",
    "常委会信访室接待代表来访46人次。",
    "全年接待代表及群眾來訪530人次。",
])
def test_petition_visits_received_are_no_activity(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


def test_the_committee_receiving_deputies_stays(facts_of) -> None:
    assert _kinds(facts_of, "县人大常委会主任到某镇接待代表。") == ["other"]


@pytest.mark.parametrize("evidence", [
    # the completion of the suggestions' handling told alone in its clause (activity-triggers.csv's completion row):
    # the handling bodies' handling, no oversight of the congress
    "全部办理完毕",
    "均已办结",
    "现已全部办复",
    "全部辦理完畢",
])
def test_a_completion_told_alone_is_suggestion_handling(evidence: str) -> None:
    assert activity_class("other", normalised(evidence)) == "SuggestionHandling"  # read as the rules read it


@pytest.mark.parametrize("evidence, expected", [
    # near misses: the congress's supervision of the handling stays its own
    ("常委会督办的建议已全部办结", "SuggestionSupervision"),
    ("对承办单位办理代表建议情况进行检查", "SuggestionSupervision"),
])
def test_supervision_of_the_handling_stays(evidence: str, expected: str) -> None:
    assert activity_class("other", normalised(evidence)) == expected


def _overseen(facts_of, text: str, kind: str) -> list[list[str]]:
    return [a.overseen for a in facts_of(text, DISTRICT).activities if a.type == kind]


@pytest.mark.parametrize("text, other", [
    # an inquiry named before another report heard in the next 、-item: that report's maker is not the inquiry's
    ("5月31日，区九届人大常委会召开第二十二次会议，首次召开专题询问会、听取区监委专项工作情况报告并任命街道人大工委兼职副主任。",
     "衢州市柯城区监察委员会"),
    ("区人大常委会举行第五次会议，开展专题询问、听取区法院关于执行工作情况的报告。", "衢州市柯城区人民法院"),
    ("區人大常委會召開會議，首次開展專題詢問、聽取區檢察院關於公益訴訟工作情況的報告。", "衢州市柯城区人民检察院"),
])
def test_an_inquiry_is_not_of_the_report_heard_beside_it(facts_of, text: str, other: str) -> None:
    assert all(other not in overseen for overseen in _overseen(facts_of, text, "special_inquiry"))


@pytest.mark.parametrize("text, maker", [
    # near misses: a report heard and then inquired on or rated is the inquiry's or the rating's own
    ("会议听取和审议区政府关于大气污染防治工作情况的报告并开展专题询问。", "衢州市柯城区人民政府"),
    ("会议听取并审议了区法院关于执行工作情况的报告，并开展了专题询问。", "衢州市柯城区人民法院"),
])
def test_an_inquiry_on_the_report_heard_keeps_its_maker(facts_of, text: str, maker: str) -> None:
    assert [maker] in _overseen(facts_of, text, "special_inquiry")


@pytest.mark.parametrize("text, count", [
    # inquiries held counted between the verb and 询问: an inquiry with its count (DESIGN's count), whatever reports
    # the sentence then names
    ("2010年全国人大常委会开展了三次询问，针对的工作报告分别是国务院关于2009年中央决算报告、国务院关于粮食安全工作情况的报告。", 3),
    ("全年常委会共进行两次询问。", 2),
    ("常委会举行了2次询问。", 2),
    ("2010年全國人大常委會開展了三次詢問。", 3),
])
def test_inquiries_counted_before_their_noun(facts_of, text: str, count: int) -> None:
    assert [(a.type, a.count) for a in facts_of(text, DISTRICT).activities if a.type == "special_inquiry"] == [
        ("special_inquiry", count)]


@pytest.mark.parametrize("text", [
    # near misses: questions in a talk, and an inquiry of one told once
    "委员们就相关问题进行了询问、交流和探讨。",
    "代表们进行了一次询问交流。",
])
def test_talks_are_no_inquiries(facts_of, text: str) -> None:
    assert "special_inquiry" not in _kinds(facts_of, text)
