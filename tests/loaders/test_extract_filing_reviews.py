"""A report's filing review (备案审查) told as done is one ``filing_review``; the documents it counts are its statistics.

A work report writes the year's filing review as a paragraph counting documents received, reviewed and corrected, often
after a run-in heading (加强备案审查工作。全年共收到…328件), or as a clause and its figure (…进行审查，全年审查规范性文件120件):
one review, whose figures are statistics, never a count of reviews nor a second review (genre README, round 20 part b 4
and round 22 part a 4). Documents received for filing, counted, are a statistic and no review (round 45 ruling 5, over
round 40 ruling 9): a review is given where the text tells review work. Sentences paraphrase a second first-time
analyst's probes (round 35, findings 1 and 9) and dev's wording (ab15, ae09, s29); written for these tests unless a dev
file is named.
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
    "做好备案审查工作。全年审查县人民政府及其部门、各镇人大报送备案的规范性文件23件，纠正1件。",
    "全年审查报送备案的规范性文件21件，纠正3件。",
    "常委会对报送备案的规范性文件进行审查，全年审查规范性文件120件。",
    "常委会开展规范性文件备案审查工作，纠正违法文件5件。",
])
def test_a_filing_review_told_with_its_figures_is_one_review_of_no_count(text: str) -> None:
    assert reviews(text) == [("filing_review", None)]


@pytest.mark.parametrize("text", [
    "本年度未收到县监察委员会、县人民法院报送备案的规范性文件。",  # dev s29
    "没有收到报送备案的规范性文件。",
    "全年共收到报送备案的规范性文件328件，其中省政府规章12件，设区的市地方性法规96件。",
    "加強規範性文件備案審查。全年收到報送備案的規範性文件15件，均未發現問題。",
    "去年，共接收报送备案的规范性文件43件，发现两件规范性文件存在问题。",  # dev ae09
    "上半年收到报送备案的规范性文件46件。下半年共接收报备的规范性文件39件。",
    "常委会共受理报送备案的规范性文件21件。",
    "今年以来，法工委共接收县政府及其部门报备规范性文件18件，其中县政府文件12件。",
])
def test_documents_received_or_not_tell_no_review(text: str) -> None:
    # round 45 ruling 5: documents received for filing are a count, not a review (over round 40 ruling 9)
    assert reviews(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("全年共收到报送备案的规范性文件328件，其中省政府规章12件。", 328),
    ("上半年收到报送备案的规范性文件46件。", 46),
    ("常委会共受理報送備案的規範性文件21件。", 21),
])
def test_documents_received_are_a_statistic(text: str, value: int) -> None:
    assert value in [s.value for s in facts_of(text).statistics]


@pytest.mark.parametrize("text", [
    "常委会听取审议了法制工作委员会关于2024年备案审查工作情况的报告。全年共收到报送备案的规范性文件328件。",
    "常委会听取审议了法制工作委员会关于2024年备案审查工作情况的报告。\n共接收报送备案的规范性文件43件，纠正2件。",
    "常委会对报送备案的规范性文件逐件进行审查。全年收到报送备案的规范性文件120件，纠正2件。",
    "会议审议了常委会法工委关于规范性文件备案审查工作情况的报告。去年，法工委共受理报送备案的规范性文件57件。",
])
def test_documents_received_beside_a_review_told_are_no_review_of_their_own(text: str) -> None:
    # round 45 ruling 5: the review heard or told is the one review; the documents received its statistic
    assert reviews(text) == [("filing_review", None)]


REPORT = ("关于2024年规范性文件备案审查工作情况的报告\n"
          "(2025年2月27日在某市第十四届人民代表大会常务委员会第二十三次会议上)\n"
          "主任、各位副主任、秘书长、各位委员:\n"
          "现将2024年规范性文件备案审查工作情况报告如下。\n"
          "一年来，常委会持续加强备案审查制度建设。全年共收到报送备案的规范性文件86件，其中市政府规章5件。")


def test_a_filing_review_report_in_its_own_voice_is_one_review_its_intake_a_statistic() -> None:
    # dev ab15: the report given to the sitting is one review; its intake counted is a statistic, no review of its own
    # (round 45 ruling 5, over round 40 ruling 9); its words on building the work stay parts of the report's review
    facts = facts_of(REPORT)
    assert len([a for a in facts.activities if a.type == "filing_review"]) == 1
    assert 86 in [s.value for s in facts.statistics]


def test_the_documents_counted_keep_their_measure_not_the_review_kind() -> None:
    stats = facts_of("全年审查报送备案的规范性文件567件，纠正29件。").statistics
    assert [(s.value, s.kind) for s in stats] == [(567, None), (29, None)]
