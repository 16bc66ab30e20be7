"""Statistics of round 48 (issue 10): classes of counted work counted in 类 (对12类50项民生实事项目, …组织人事等八类) and
none of the other 类 (劣五类水, 这两类地方, 一类项目), and the units the extractor reads by role from ``count-units.csv``
(the lists that were constants of ``statistics.py``). Phrasings written for these tests, in either script, read by the
extractor as a report's text is."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.extract.measure_classes import units_in
from loaders.facts import Statistic


def _stats(text: str) -> list[Statistic]:
    doc = Document(text=text, source="t.txt", metadata={"organ": "某区人民代表大会常务委员会", "year": "2024"})
    return extract(doc).statistics


def _classes(text: str) -> set[float]:
    return {stat.value for stat in _stats(text) if stat.unit == "类"}


COUNTED = [  # classes sorting counted items, or closing a list of the kinds of suggestions or questions
    ("会议对12类50项民生实事项目进行了满意度评价。", {12}),
    ("常委会将代表议案细化为4类36项具体任务，逐项督办。", {4}),
    ("對8類27件重點建議進行跟蹤督辦。", {8}),
    ("本届以来，市人大代表共提出意见建议480件，涉及农牧林水、工业交通、城市管理、组织人事等八类。", {8}),
    ("五年來，代表共提出議案建議312件，涉及經濟發展、社會事業、生態環境等六類。", {6}),
    ("视察组梳理出群众反映的问题，主要为道路交通、环境卫生、教育医疗等五类。", {5}),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_classes_of_counted_work_are_counted(text: str, expected: set[float]) -> None:
    assert _classes(text) == expected


NOT_COUNTED = [  # 类 grading, sorting things, ranking or announcing kinds
    "推进实现孔城河国控断面水质达到三类水标准。",
    "全面剿灭劣五类水，水质稳步提升。",
    "将依据功能属性，把小微水体划分为公园景观、村社池塘、水产养殖、农业用水及其他等五类。",
    "這兩類地方往往是工作推進的難點。",
    "其中一类项目79件、二类项目44件。",
    "今年建议议题主要为两类：",
    "群众反映的三类问题得到解决。",  # measured: classes before the work's word alone cost validation a false one
]


@pytest.mark.parametrize("text", NOT_COUNTED)
def test_other_classes_are_no_count(text: str) -> None:
    assert _classes(text) == set()


ROLES = [
    ("votes", ("票",)),
    ("articles", ("条",)),
    ("revisions", ("处",)),
    ("split", ("组", "路")),
    ("laws", ("部",)),
    ("money", ("万元", "亿元")),
    ("served", ("所", "户")),
    ("person", ("名", "人", "位")),
    ("classes", ("类",)),
]


@pytest.mark.parametrize(("role", "units"), ROLES)
def test_units_are_read_by_role(role: str, units: tuple[str, ...]) -> None:
    assert units_in(role) == units


def test_a_role_no_row_has_fails_naming_the_table() -> None:
    with pytest.raises(LookupError, match="count-units.csv"):
        units_in("no such role")


@pytest.mark.parametrize(("text", "expected"), [
    ("满意43票，基本满意6票，不满意1票。", {(43, "票"), (6, "票"), (1, "票")}),  # votes after a choice
    ("实行一票否决，发放选票45张。", {(45, "张")}),  # 票 after no choice counts nothing
    ("条例共7章45条，常委会审议修改12处。", {(12, "处")}),  # a law's articles none, its revisions counted
    ("检查组分两组进行，分4路实地查看。", {(2, "组"), (4, "路")}),
    ("审计查出违规金额1.2亿元，新建中小学7所，代表累计入户走访800余户。", {(1.2, "亿元"), (800, "户")}),
])
def test_units_read_by_role_keep_their_rules(text: str, expected: set[tuple[float, str]]) -> None:
    assert {(stat.value, stat.unit) for stat in _stats(text)} == expected
