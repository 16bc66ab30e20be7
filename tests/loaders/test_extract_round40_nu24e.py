"""A first-time analyst's extraction findings of round 40 (newuser24), each a class.

- §3: a special inquiry told as an event opening (…为切入点的首场专题询问评议会在县人大常委会委员的提问下拉开了帷幕) is an
  inquiry, not a means named (not-activities.csv's 以…为切入点 row) nor an appraisal of the organs after 评议会
  (activity-triggers.csv's 评议 row), conducted by the congress body whose members ask (loaders/extract/conductors.py
  ``askers``); its evidence is the sentence telling the event, a later one telling its form being the same event.

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from tests.loaders.extract_helpers import kinds

SHIQUAN = "石泉县人民代表大会常务委员会"
ANKANG = "安康市人民代表大会常务委员会"


def _facts(text: str, organ: str | None) -> Facts:
    return extract(Document(text=text, source="test", metadata={"organ": organ} if organ else {}))


@pytest.mark.parametrize("opening", [
    "近日，石泉县以“依法治县促发展惠民生”为切入点的首场专题询问评议会在县人大常委会委员的提问下拉开了帷幕。",
    "3月12日，石泉县以优化营商环境为突破口的专题询问会在县人大常委会组成人员的提问中开场。",
    "石泉县以民生实事为抓手的专题询问会，在县人大常委会部分组成人员和人大代表的询问下举行。",
    "近日，石泉縣以“依法治縣”為切入點的首場專題詢問評議會在縣人大常委會委員的提問下拉開了帷幕。",
])
@pytest.mark.parametrize("organ", [None, ANKANG])
def test_an_inquiry_opening_is_the_asking_body_s(opening: str, organ: str | None) -> None:
    text = opening + "专题询问会以一问一答的形式进行，县政府及15个部门负责人到会回答询问。"
    facts = _facts(text, organ)
    assert kinds(facts) == ["special_inquiry"]
    inquiry = facts.activities[0]
    assert inquiry.evidence in opening and "专题询问会以一问一答" not in inquiry.evidence
    assert inquiry.conducted_by == SHIQUAN


@pytest.mark.parametrize("text", [
    "石泉县以“依法治县”为切入点的专题询问会在县人大常委会委员的提问下拉开了帷幕。",
    "县人大常委会以食品安全为切入点的专题询问会在常委会组成人员的提问下举行。",
])
def test_the_report_s_own_inquiry_names_no_conductor(text: str) -> None:
    facts = _facts(text, SHIQUAN)
    assert kinds(facts) == ["special_inquiry"]
    assert facts.activities[0].conducted_by is None


@pytest.mark.parametrize("text", [
    # near-misses: the kind named as the lever stays no event; a meeting appraising bodies it names stays an appraisal
    "县人大常委会以专题询问为切入点，推动民生实事落实。",
    "县人大常委会以执法检查为抓手的监督工作取得实效。",
])
def test_a_kind_named_as_the_means_is_no_inquiry(text: str) -> None:
    assert kinds(_facts(text, SHIQUAN)) == []


def test_an_appraisal_of_named_bodies_stays() -> None:
    facts = _facts("县人大常委会组织代表评议县教体局工作。", SHIQUAN)
    assert kinds(facts) == ["other"]


ANHUI = "安徽省人民代表大会常务委员会"
FIRE = "中华人民共和国消防法"


@pytest.mark.parametrize("heard", [
    "省人大常委会会议听取和审议了省人大监察和司法委员会副主任委员蒋厚琳所作的《关于检查〈中华人民共和国消防法〉实施情况的报告》。",
    "省人大常委会会议听取了省人大社会建设委员会主任委员王某某作的关于检查《中华人民共和国消防法》实施情况的报告。",
    "会议听取和审议了省人大常委会党组成员、省人大财政经济委员会主任委员李某所作的关于检查《中华人民共和国消防法》实施情况的报告。",
    "省人大常委會會議聽取和審議了省人大監察和司法委員會副主任委員蔣某所作的《關於檢查〈中華人民共和國消防法〉實施情況的報告》。",
])
def test_an_inspection_report_an_officer_presented_is_the_standing_committee_s(heard: str) -> None:
    facts = _facts(heard, ANHUI)
    inspections = [a for a in facts.activities if a.type == "law_enforcement_inspection"]
    assert inspections and all(a.conducted_by is None and a.laws == [FIRE] for a in inspections)
    assert any(a.type == "report_review" for a in facts.activities)


@pytest.mark.parametrize(("heard", "maker"), [
    # near-misses: a committee named as the report's maker made it (and did the work); a chair's research report is
    # the committee's own study
    ("省人大常委会会议听取了省人大社会建设委员会关于检查《中华人民共和国消防法》实施情况的报告。",
     "安徽省人民代表大会社会建设委员会"),
    ("会议听取和审议了省人大监察和司法委员会主任委员甘某所作的关于全省未成年人检察工作情况的调研报告。",
     "安徽省人民代表大会监察和司法委员会"),
])
def test_a_committee_making_the_report_conducts_its_work(heard: str, maker: str) -> None:
    facts = _facts(heard, ANHUI)
    work = [a for a in facts.activities if a.type in ("law_enforcement_inspection", "investigation")]
    assert work and all(a.conducted_by == maker for a in work)


OPENING = "省人大常委会会议听取和审议了省人大常委会执法检查组所作的关于检查《中华人民共和国消防法》实施情况的报告。"


@pytest.mark.parametrize(("opinion", "finding", "suggestion"), [
    ("常委会组成人员认为，近年来全省消防工作取得新进展。常委会组成人员指出，当前我省消防工作仍然存在基层消防治理问题突出、"
     "消防队伍力量建设滞后等问题。针对上述问题，常委会组成人员提出如下建议：一是进一步加强基层消防治理。",
     "常委会组成人员指出，当前我省消防工作仍然存在基层消防治理问题突出、消防队伍力量建设滞后等问题", "常委会组成人员提出如下建议"),
    ("\n常委会组成人员认为，法律实施取得一定成效，但仍面临基层力量薄弱等问题和困难。\n为进一步推进法律实施，委员们提出以下意见。\n一、加强宣传。",
     "常委会组成人员认为，法律实施取得一定成效，但仍面临基层力量薄弱等问题和困难", "委员们提出以下意见"),
    ("\n常委會組成人員指出，當前仍然存在消防設施欠賬較多的問題。\n常委會組成人員提出如下審議意見：",
     "常委會組成人員指出，當前仍然存在消防設施欠賬較多的問題", "常委會組成人員提出如下審議意見"),
])
def test_a_review_opinion_s_text_gives_its_finding_and_opinion(opinion: str, finding: str, suggestion: str) -> None:
    facts = _facts(OPENING + opinion, ANHUI)
    review = next(i for i, a in enumerate(facts.activities) if a.type == "report_review")
    steps = {(step.type, step.evidence): step.activities for step in facts.loop}
    assert steps.get(("finding", finding)) == [review]
    assert steps.get(("review_opinion", suggestion)) == [review]
    assert all(step.laws == [FIRE] for step in facts.loop)


@pytest.mark.parametrize("text", [
    # near-misses: a report appraised for analysing its problems; a speaker's remark; members' praise
    OPENING + "常委会组成人员认为，报告客观分析了存在的问题。",
    OPENING + "常委会组成人员认为，全省消防工作取得了新的重大进展。",
    OPENING + "\n主任指出，要加强消防工作。",
])
def test_no_finding_without_problems_found(text: str) -> None:
    assert [step.type for step in _facts(text, ANHUI).loop] == []
