"""Round 50 fix (a first-time analyst's A1): an inspection report heard after a report on a law's implementation is of
that law only when it is named by its kind (执法检查组的执法检查报告, 关于跟踪检查情况的报告); one whose title names its own
topic (关于省辖淮河流域水污染防治执法检查情况的报告) keeps its own, and never makes the law before it inspected. Phrasings
composed in the genre's style, in both scripts."""
from __future__ import annotations

import pytest

LAW = "苏州市河道管理条例"


def _inspections(facts) -> list:
    return [act for act in facts.activities if act.type == "law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    "会议书面印发了市人大财政经济委员会关于《苏州市河道管理条例》贯彻实施情况的调研报告；市人大城乡建设与环境资源保护"
    "委员会关于太湖流域水污染防治执法检查情况的报告。",
    "會議書面印發了市人大財政經濟委員會關于《蘇州市河道管理條例》貫徹實施情況的調研報告；市人大城鄉建設與環境資源保護"
    "委員會關于太湖流域水污染防治執法檢查情況的報告。",
    "会议听取和审议了市政府关于《苏州市河道管理条例》实施情况的报告，市人大常委会执法检查组关于农村饮用水安全执法检查情况的报告。",
    "會議聽取和審議了市政府關於《蘇州市河道管理條例》實施情況的報告，市人大常委會執法檢查組關於農村飲用水安全執法檢查情況的報告。",
])
def test_an_inspection_report_naming_its_own_topic_keeps_it(facts_of, text: str) -> None:
    facts = facts_of(text)
    inspections = _inspections(facts)
    assert inspections and all(LAW not in act.laws for act in inspections)
    assert all(act.subject for act in inspections)
    assert all(LAW not in act.laws for act in facts.activities if act.start == inspections[0].start)
    assert not any(law.inspected for law in facts.laws if law.canonical == LAW)


@pytest.mark.parametrize(("text", "follow_up"), [  # near misses: named by its kind, no title of its own
    ("会议听取和审议了市政府关于《苏州市河道管理条例》实施情况的报告，及市人大常委会执法检查组的执法检查报告。", False),
    ("会议听取和审议了市政府关于《苏州市河道管理条例》实施情况的报告和市人大常委会执法检查组关于执法检查情况的报告。", False),
    ("会议听取和审议了市政府关于《苏州市河道管理条例》实施情况的报告，市人大常委会执法检查组关于跟踪检查情况的报告。", True),
    ("會議聽取和審議了市政府關於《蘇州市河道管理條例》實施情況的報告，市人大常委會執法檢查組關於跟蹤檢查情況的報告。", True),
])
def test_an_inspection_report_named_by_its_kind_carries_the_law_before_it(facts_of, text: str, follow_up: bool) -> None:
    inspections = _inspections(facts_of(text))
    assert [(act.laws, act.follow_up) for act in inspections] == [([LAW], follow_up)]
