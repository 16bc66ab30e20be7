"""A plan's lists (newuser28 §13, round 43): a list of report topics is split at its separators, never inside a word
holding a joint's character (普及, 涉及, 及时, 和谐); one follow-up clause over several laws' inspection reports is one
follow-up, planned, with all its laws. Several phrasings, in either script."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _activities(text: str):
    doc = Document(text=text, source="t.txt", metadata={"organ": "全国人民代表大会常务委员会", "year": "2006"})
    return extract(doc).activities


@pytest.mark.parametrize(("text", "subjects"), [
    ("今年常委会监督工作有五个重点：听取和审议关于增强自主创新能力、普及义务教育等专题工作报告。",
     {"增强自主创新能力", "普及义务教育"}),
    ("今年常委會監督工作有五個重點：聽取和審議關於增強自主創新能力、普及義務教育等專題工作報告。",
     {"增强自主创新能力", "普及义务教育"}),
    ("听取审议关于推进和谐社区建设、普及学前教育等工作报告。", {"推进和谐社区建设", "普及学前教育"}),
])
def test_a_word_holding_a_joint_is_no_two_topics(text: str, subjects: set[str]) -> None:
    assert {a.subject for a in _activities(text) if a.type == "report_review"} == subjects


@pytest.mark.parametrize("text", [
    "今年常委会监督工作有五个重点：一是跟踪检查农村土地承包法、土地管理法、农业法执法检查报告所提的建议落实情况。",
    "今年常委會監督工作有五個重點：一是跟蹤檢查農村土地承包法、土地管理法、農業法執法檢查報告所提的建議落實情況。",
    "今年要跟踪检查大气污染防治法、水法、森林法执法检查报告提出的意见落实情况。",
])
def test_one_follow_up_clause_over_several_reports_is_one_follow_up(text: str) -> None:
    found = [a for a in _activities(text) if a.type == "law_enforcement_inspection"]
    assert len(found) == 1
    assert found[0].follow_up and found[0].status == "planned" and len(found[0].laws) == 3


def test_an_inspection_report_on_unrelated_laws_is_still_one_per_law() -> None:
    found = [a for a in _activities("听取和审议执法检查组关于检查《广东省社会救助条例》《广东省自主创新促进条例》实施情况的报告。")
             if a.type == "law_enforcement_inspection"]
    assert sorted(len(a.laws) for a in found) == [1, 1]
