"""Appraisal sittings: one activity per body appraised, one report per head reporting in turn, one rating for all
(rounds 20 part b 8, 21 part b 3, 23 part b 5; readable dev x23, x25, the held set z's sitting of 16 departments)."""
from __future__ import annotations

import pytest

from loaders.lexicon.normalise import normalised

_THREE = ["苏州市教育局", "苏州市民政局", "苏州市司法局"]


def _of(facts, kind: str) -> list:
    return [a for a in facts.activities if a.type == kind]


@pytest.mark.parametrize("text", [
    "2016年，市人大常委会对市教育局、市民政局、市司法局3个常委会任命的政府部门负责同志，围绕服务态度进行了工作评议。",
    "会议对市教育局、市民政局、市司法局主要负责同志进行了述职评议，表决通过了人事任免事项。",
    "常委会对市教育局、市民政局和市司法局等3个政府部门，围绕依法行政开展了工作评议。",
    "2016年，市人大常委會對市教育局、市民政局、市司法局3個常委會任命的政府部門負責同志，圍繞服務態度進行了工作評議。",
    "會議對市教育局、市民政局、市司法局主要負責同志進行了述職評議。",
])
def test_an_appraisal_of_several_bodies_is_one_activity_per_body(facts_of, text: str) -> None:
    appraisals = _of(facts_of(text), "other")
    assert [a.overseen for a in appraisals] == [[organ] for organ in _THREE]
    # each runs from where the text names its body to the appraisal's words, which the graph reads the kind from
    for appraisal, body in zip(appraisals, ["教育局", "民政局", "司法局"]):
        assert "市" + body in appraisal.evidence and normalised(appraisal.evidence).endswith("评议")
        assert text[appraisal.start:appraisal.end] == appraisal.evidence


@pytest.mark.parametrize("text", [
    "常委会对市教育局、市民政局、市司法局3个部门开展工作评议。会上，3个部门负责同志逐一汇报了整改落实情况。",
    "常委会对市教育局、市民政局、市司法局三个部门开展工作评议。会上，三个部门负责同志依次汇报了整改情况。",
    "常委会对市教育局、市民政局、市司法局3个部门开展工作评议。会上，3个部门负责同志分别就整改情况作了汇报。",
    "常委會對市教育局、市民政局、市司法局3個部門開展工作評議。會上，3個部門負責同志逐一匯報了整改落實情況。",
])
def test_heads_reporting_in_turn_counted_are_one_review_with_the_count(facts_of, text: str) -> None:
    """Round 33 ruling 6: bodies counted together in a hearing are one activity with the count; their appraisal,
    each body named, stays one each."""
    facts = facts_of(text)
    assert [(a.count, a.overseen) for a in _of(facts, "report_review")] == [(3, _THREE)]
    assert len(_of(facts, "other")) == 3


@pytest.mark.parametrize("text", [
    "市人大常委会对接受工作评议的3个政府组成部门进行满意度测评。测评会上，与会人员对市教育局、市民政局、市司法局等3个部门进行测评。",
    "会议对市教育局、市民政局、市司法局3个部门的工作进行了满意度测评。",
    "會議對市教育局、市民政局、市司法局3個部門的工作進行了滿意度測評。",
])
def test_one_rating_of_several_bodies_stays_one(facts_of, text: str) -> None:
    ratings = _of(facts_of(text), "satisfaction_evaluation")
    assert len(ratings) == 1 and ratings[0].overseen == _THREE


@pytest.mark.parametrize(("text", "kind"), [
    # one body appraised
    ("会议对市教育局主要负责同志进行了述职评议。", "other"),
    # works appraised, no body named
    ("常委会评议教育等六项政府工作。", "other"),
    # a work's appraisal with no list of bodies
    ("县人大常委会于当年5-9月开展了水污染防治工作专项评议。", "other"),
])
def test_an_appraisal_of_one_body_or_of_works_stays_one(facts_of, text: str, kind: str) -> None:
    assert len(_of(facts_of(text), kind)) == 1


@pytest.mark.parametrize("text", [
    # several bodies reporting jointly, not in turn: the reports' own rules decide, this one does not split them
    "会议听取了市教育局、市民政局关于养老服务工作情况的联合汇报。",
    # an inspection or a visit overseeing several bodies is one event
    "市人大常委会对市教育局、市民政局、市司法局贯彻实施《中华人民共和国未成年人保护法》情况开展执法检查。",
    "市人大常委会组织代表对市教育局、市民政局、市司法局开展视察。",
])
def test_other_work_overseeing_several_bodies_is_not_split(facts_of, text: str) -> None:
    facts = facts_of(text)
    assert all(len(a.overseen) != 1 or a.overseen[0] not in _THREE[1:] for a in facts.activities)


@pytest.mark.parametrize(("text", "ratings"), [
    # the bodies rated named by their count, then listed with it: one rating (dev x25)
    ("市人大常委会对接受工作评议的3个政府组成部门进行满意度测评。测评会上，与会人员对市教育局、市民政局、市司法局等3个部门进行满意度测评。", 1),
    ("市人大常委會對接受工作評議的三個政府組成部門進行滿意度測評。測評會上，與會人員對市教育局、市民政局、市司法局三個部門進行滿意度測評。", 1),
    # another count: other bodies, another rating; a list with no count: one rating per body (dev ae33, ad41: round 29)
    ("市人大常委会对接受工作评议的3个政府组成部门进行满意度测评。会上，与会人员对市教育局、市民政局等5个部门进行满意度测评。", 2),
    ("市人大常委会对接受工作评议的3个政府组成部门进行满意度测评。会上，与会人员对市教育局、市民政局进行满意度测评。", 3),
])
def test_a_rating_of_counted_bodies_then_listed_is_one(facts_of, text: str, ratings: int) -> None:
    assert len(_of(facts_of(text), "satisfaction_evaluation")) == ratings


def test_bodies_listed_after_the_appraisal_take_the_words_up_to_their_name(facts_of) -> None:
    text = ("市人大常委会组织对今年接受工作评议的3个政府组成部门进行满意度测评。测评会上，与会人员对市教育局、市民政局、"
            "市司法局等3个部门进行满意度测评。")
    appraisals = _of(facts_of(text), "other")
    assert [a.overseen for a in appraisals] == [[organ] for organ in _THREE]
    assert all(a.evidence.startswith("市人大常委会组织对今年接受工作评议") for a in appraisals)
    assert [a.evidence[-3:] for a in appraisals] == ["教育局", "民政局", "司法局"]


@pytest.mark.parametrize("text", [
    "继续开展市人民政府组成部门工作评议，拟对市教育局、市民政局、市司法局开展工作评议和满意度测评。",
    "繼續開展市人民政府組成部門工作評議，擬對市教育局、市民政局、市司法局開展工作評議和滿意度測評。",
])
def test_the_government_owning_the_departments_appraised_is_none_of_them(facts_of, text: str) -> None:
    assert [a.overseen for a in _of(facts_of(text), "other")] == [[organ] for organ in _THREE]
