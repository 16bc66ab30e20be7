"""A report's filing review (备案审查) told as done is one ``filing_review``; the documents it counts are its statistics.

A work report writes the year's filing review as a paragraph counting documents received, reviewed and corrected, often
after a run-in heading (加强备案审查工作。全年共收到…328件), or as a clause and its figure (…进行审查，全年审查规范性文件120件):
one review, whose figures are statistics, never a count of reviews nor a second review (genre README, round 20 part b 4
and round 22 part a 4), except that documents received for filing, counted, tell the year's review in each sentence
that counts them, beside a review heard too (round 40 ruling 9). Sentences paraphrase a second first-time analyst's probes (round 35, findings 1 and 9) and dev's
wording (ab15, ae09, s29); written for these tests unless a dev file is named.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts

ORGAN = "浙江省人民代表大会常务委员会"


def facts_of(text: str) -> Facts:
    return extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2024"}))


def reviews(text: str) -> list[tuple[str, int | float | None]]:
    return [(a.type, a.count) for a in facts_of(text).activities if a.type == "filing_review"]


@pytest.mark.parametrize("text", [
    "加强备案审查工作。全年共收到报送备案的规范性文件328件，其中省政府规章12件，设区的市地方性法规96件。"
    "对存在与上位法不一致等问题的11件规范性文件，督促制定机关予以纠正。",
    "加強規範性文件備案審查。全年收到報送備案的規範性文件15件，均未發現問題。",
    "做好备案审查工作。全年审查县人民政府及其部门、各镇人大报送备案的规范性文件23件，纠正1件。",
    "全年审查报送备案的规范性文件21件，纠正3件。",
    "去年，共接收报送备案的规范性文件43件，发现两件规范性文件存在问题。",  # dev ae09
    "常委会对报送备案的规范性文件进行审查，全年审查规范性文件120件。",
    "常委会开展规范性文件备案审查工作，纠正违法文件5件。",
])
def test_a_filing_review_told_with_its_figures_is_one_review_of_no_count(text: str) -> None:
    assert reviews(text) == [("filing_review", None)]


@pytest.mark.parametrize("text", [
    "本年度未收到县监察委员会、县人民法院报送备案的规范性文件。",  # dev s29
    "没有收到报送备案的规范性文件。",
])
def test_documents_not_received_tell_no_review(text: str) -> None:
    assert reviews(text) == []


@pytest.mark.parametrize("text", [
    "常委会听取审议了法制工作委员会关于2024年备案审查工作情况的报告。全年共收到报送备案的规范性文件328件。",
    "常委会听取审议了法制工作委员会关于2024年备案审查工作情况的报告。\n共接收报送备案的规范性文件43件，纠正2件。",
    "常委会对报送备案的规范性文件逐件进行审查。全年收到报送备案的规范性文件120件，纠正2件。",
    "会议审议了常委会法工委关于规范性文件备案审查工作情况的报告。去年，法工委共受理报送备案的规范性文件57件。",
    "法工委对报送备案的规范性文件进行主动审查。全年接收并审查县政府和各乡镇人大报送备案的规范性文件13件，其中县政府8件。",
])
def test_documents_received_beside_a_review_told_are_a_review_of_their_own(text: str) -> None:
    # round 40 ruling 9: documents received for filing, counted, tell the year's filing review, one per sentence
    assert reviews(text) == [("filing_review", None), ("filing_review", None)]


@pytest.mark.parametrize(("text", "received"), [
    ("全年共收到报送备案的规范性文件328件，其中省政府规章12件。对其中3件规范性文件，督促制定机关予以纠正。", 1),
    ("上半年收到报送备案的规范性文件46件。下半年共接收报备的规范性文件39件，经审查未发现问题。", 2),
    ("常委会共受理报送备案的规范性文件21件。", 1),
])
def test_each_sentence_counting_documents_received_is_one_review(text: str, received: int) -> None:
    # one per sentence telling the intake (round 40 ruling 9); a correction urged after it is a figure of that review
    assert reviews(text) == [("filing_review", None)] * received


REPORT = ("关于2024年规范性文件备案审查工作情况的报告\n"
          "(2025年2月27日在某市第十四届人民代表大会常务委员会第二十三次会议上)\n"
          "主任、各位副主任、秘书长、各位委员:\n"
          "现将2024年规范性文件备案审查工作情况报告如下。\n"
          "一年来，常委会持续加强备案审查制度建设。全年共收到报送备案的规范性文件86件，其中市政府规章5件。")


def test_a_filing_review_report_in_its_own_voice_keeps_the_documents_received() -> None:
    # dev ab15, an29: the report given to the sitting is one review, its intake counted another (round 40 ruling 9);
    # its words on building the work stay parts of the report's review
    evidence = [a.evidence for a in facts_of(REPORT).activities if a.type == "filing_review"]
    assert len(evidence) == 2 and "共收到报送备案的规范性文件86件" in evidence[1]


def test_the_documents_counted_keep_their_measure_not_the_review_kind() -> None:
    stats = facts_of("全年审查报送备案的规范性文件567件，纠正29件。").statistics
    assert [(s.value, s.kind) for s in stats] == [(567, None), (29, None)]
