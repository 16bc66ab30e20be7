"""A visit or an investigation told again by who led it, by the meeting it held or by what it found is the one
already stated (restatements.csv, not-activities.csv; readable dev z33, y59 of round 24)."""
from __future__ import annotations

import pytest

PREFECTURE = "甘孜藏族自治州人民代表大会常务委员会"


def _kinds(facts) -> list[str]:
    return [a.type for a in facts.activities]


@pytest.mark.parametrize(("text", "kind"), [
    ("州人大常委会组织部分人大代表赴甲县、乙县开展交叉视察调研。州人大常委会副主任仁青、多吉带队开展视察调研。", "site_visit"),
    ("州人大常委會組織部份人大代表赴甲縣、乙縣開展交叉視察調研。州人大常委會副主任仁青、多吉帶隊開展視察調研。", "site_visit"),
    ("州人大常委会组织代表赴甲县开展视察调研。14日下午，人大代表交叉视察调研座谈会在乙县召开。", "site_visit"),
    ("镇人大组织代表开展集中视察活动。随后，在镇机关开展视察座谈会。", "site_visit"),
    ("州人大常委会组织代表赴甲县开展视察调研。部分人大代表结合视察调研情况现场提出意见建议。", "site_visit"),
    ("市人大常委会就养老服务开展专题调研。副主任张某带队开展调研。", "investigation"),
])
def test_a_visit_told_again_is_one(facts_of, text: str, kind: str) -> None:
    assert _kinds(facts_of(text, PREFECTURE)) == [kind]


@pytest.mark.parametrize(("text", "kinds"), [
    # told first by who led it: the visit itself
    ("州人大常委会副主任仁青带队开展视察调研。", ["site_visit"]),
    # a count keeps a summary of its own
    ("州人大常委会组织代表赴甲县开展视察调研。全年，副主任带队开展视察调研5次。", ["site_visit", "site_visit"]),
    # a meeting of another kind of work is no step of the visit
    ("州人大常委会组织代表赴甲县开展视察调研。会议听取了县政府关于乡村振兴工作情况的报告。", ["site_visit", "report_review"]),
])
def test_work_of_its_own_stays(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of(text, PREFECTURE)) == kinds
