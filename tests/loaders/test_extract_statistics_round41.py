"""Statistics of round 41, a first-time analyst's classes (newuser26 §2 and §14), each tried on phrasings written for it
in the genre's style (simplified and traditional script), none copied from a dev file: a total's breakdown told after
其中, 包括, 含 or 分别 is parts of the total (``part_of``, no class of their own), a unit with its times in brackets
(84项(次)) counts in its unit, and opinions a congress's own bodies raise in their work are no deputies' suggestions."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Statistic

CITY = "某州人民代表大会常务委员会"


def _stats(text: str, organ: str = CITY) -> list[Statistic]:
    doc = Document(text=text, source="t.txt", metadata={"organ": organ, "year": "2022"})
    return extract(doc).statistics


def _by_value(stats: list[Statistic]) -> dict[float, Statistic]:
    return {s.value: s for s in stats}


# A total followed by its parts: each part tied to the total, of no class; the class holds the total alone.
@pytest.mark.parametrize(("text", "total", "parts", "code"), [
    ("近年来，州、县两级人大常委会共开展执法检查30项，其中单一法规的执法检查20项，合并执法检查10项，"
     "其中：州人大常委会开展了8项执法检查；各县人大常委会共开展执法检查22项。", 30, [20, 10, 8, 22], "law_enforcement_inspection"),
    ("近年來，州、縣兩級人大常委會共開展執法檢查30項(次)，其中單一法規的執法檢查20項(次)，合併執法檢查10項(次)。",
     30, [20, 10], "law_enforcement_inspection"),
    ("全年共开展专题调研15次，包括赴外地调研4次。", 15, [4], "investigation"),
    ("全年召开常委会会议12次，包括临时常委会会议3次。", 12, [3], "standing_committee_meetings"),
    ("大会期间，代表共提出建议238件，分别是经济类建议100件、民生类建议138件。", 238, [100, 138], "suggestions_received"),
    ("大会期间受理代表建议120件（含闭会期间建议20件）。", 120, [20], "suggestions_received"),
])
def test_a_breakdown_is_parts_of_its_total(text: str, total: float, parts: list[float], code: str) -> None:
    stats = _stats(text)
    values = _by_value(stats)
    whole = values[total]
    assert whole.measure_class == code and whole.part_of is None
    for value in parts:
        part = values[value]
        assert stats[part.part_of] is whole, (value, part.part_of)
        assert part.measure_class is None and part.kind is None
    assert sum(s.value for s in stats if s.measure_class == code) == total


# Not a breakdown: figures of other classes, a figure larger than the one before, siblings after one part, a new sentence.
@pytest.mark.parametrize(("text", "values"), [
    ("常委会召开常委会会议8次，其中听取审议专项工作报告12个。", [8, 12]),
    ("全年开展执法检查3项。其中一项由主任会议组织，另开展专题调研5次。", [3, 5]),
    ("代表共提出建议238件，其中市政府承办200件，市法院承办5件，市检察院承办3件。", [200, 5, 3]),
    ("全年开展执法检查5项，开展执法检查后又开展执法检查回头看7项。", [5, 7]),
])
def test_no_breakdown_no_parts(text: str, values: list[float]) -> None:
    found = _by_value(_stats(text))
    assert all(found[value].part_of is None for value in values), [(s.value, s.part_of) for s in found.values()]


# A unit with its times in brackets counts in the unit before them and names no measure of its own.
@pytest.mark.parametrize("text", ["州人大常委会组织开展了18项(次)执法检查。", "州人大常委会组织开展了18项（次）执法检查。",
                                  "州人大常委會組織開展了18項(次)執法檢查。"])
def test_times_in_brackets_are_the_unit(text: str) -> None:
    stat = _by_value(_stats(text))[18]
    assert stat.unit in ("项(次)", "项（次）")
    assert "(次)" not in stat.what and "（次）" not in stat.what and "执法检查" in stat.what
    assert stat.measure_class == "law_enforcement_inspection"


# Opinions the congress's own bodies raise in their work (to the government) are opinions raised, whoever proposes them
# named in the nearest clause before that names any; deputies' suggestions stay suggestions received.
@pytest.mark.parametrize(("text", "value"), [
    ("自2018年以来，州人大常委会组织开展了18项执法检查，提出意见建议76条，作出决定1件。", 76),
    ("自2018年以来，州人大常委会组织开展了18项执法检查，作出决定1件，针对法规本身存在的问题提出修改意见建议3条。", 3),
    ("2018年以来，市人大常委会各专门委员会共开展调研42次，形成调研报告40篇，向市政府提出意见建议210条。", 210),
    ("自2020年以来，市人大常委会就财政预算管理向市政府提出意见建议15条。", 15),
    ("本屆以來，常委會執法檢查組深入基層，提出意見建議35條。", 35),
])
def test_opinions_the_congress_bodies_raise_are_no_deputies_suggestions(text: str, value: float) -> None:
    assert _by_value(_stats(text))[value].measure_class == "opinions_raised"


@pytest.mark.parametrize(("text", "value"), [
    ("大会期间，代表共提出建议238件。", 238),
    ("市人大常委会以来共收到代表提出的建议120件。", 120),
    ("自2018年以来，县人大代表在闭会期间提出建议56件。", 56),
])
def test_deputies_suggestions_stay_received(text: str, value: float) -> None:
    assert _by_value(_stats(text))[value].measure_class == "suggestions_received"
