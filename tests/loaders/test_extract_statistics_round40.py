"""Statistics of round 40: its rulings 4–6 (benchmarks/genre/README.md "## Round 40") and a first-time analyst's
nonsense measures and classes (issue 10 §5, newuser24), each a class tried on phrasings written for it in the genre's
style (simplified and traditional script), none copied from a dev file."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Statistic

CITY = "宣城市人民代表大会常务委员会"
PROVINCE = "陕西省人民代表大会常务委员会"


def _stats(text: str, organ: str = CITY) -> list[Statistic]:
    doc = Document(text=text, source="t.txt", metadata={"organ": organ, "year": "2023"})
    return extract(doc).statistics


def _one(text: str, value: float, organ: str = CITY) -> Statistic:
    found = [s for s in _stats(text, organ) if s.value == value]
    assert len(found) == 1, [(s.value, s.unit, s.what) for s in _stats(text, organ)]
    return found[0]


# Ruling 5: a span of years is a duration, no statistic.
@pytest.mark.parametrize(("text", "years"), [
    ("省人大常委会已连续三年对《优化营商环境条例》开展执法检查。", 3),
    ("常委会连续4年听取和审议国有资产管理情况的综合报告。", 4),
    ("市法院工作报告连续5年全票通过。", 5),
    ("縣人大常委會連續六年開展民生實事項目票決。", 6),
])
def test_a_span_of_years_is_no_statistic(text: str, years: int) -> None:
    assert years not in {s.value for s in _stats(text)}


# Ruling 6: work split in groups is counted in the measure word the text writes, and its measure names the groups.
@pytest.mark.parametrize(("text", "value", "unit"), [
    ("执法检查组分三组，分别赴各县区开展检查。", 3, "组"),
    ("執法檢查組分兩組進行。", 2, "组"),
    ("执法检查组分3个组赴各区检查。", 3, "个"),
    ("调研组分成两个小组深入基层。", 2, "个"),
    ("此次视察共分4个视察组。", 4, "个"),
])
def test_groups_are_counted_in_the_unit_written(text: str, value: int, unit: str) -> None:
    stat = _one(text, value)
    assert (stat.unit, stat.measure_class) == (unit, "inspection_groups")
    assert stat.what.endswith("组")  # the groups, not a verb cut off (执法检查组分)


# Issue 10 §5: a group named as the one acting counts no groups; the places or sites it went to are what is counted.
@pytest.mark.parametrize(("text", "value"), [
    ("市人大执法检查组深入伏岭、龙川、汪村三个小流域察看治理情况。", 3),
    ("检查组先后深入城东、城西、城南3个街道实地检查。", 3),
    ("視察組察看了5個項目現場。", 5),
    ("调研组先后深入到六个行政村查看环境卫生状况。", 6),
    ("检查组分别听取了四个县区政府的汇报。", 4),
])
def test_a_group_acting_counts_no_groups(text: str, value: int) -> None:
    assert _one(text, value).measure_class != "inspection_groups"


# Issue 10 §5: the verb of a clause counting laws with none of its own classes them.
@pytest.mark.parametrize(("text", "value", "cls"), [
    ("省人大常委会系统清理了2013年以前制定的180部地方性法规。", 180, "laws_cleaned_up"),
    ("常委会对32件地方性法规进行了集中清理。", 32, "laws_cleaned_up"),
    ("废止《预算外资金管理条例》等3部法规。", 3, "laws_repealed"),
    ("廢止《城市綠化管理條例》等4部法規。", 4, "laws_repealed"),
    ("修改《县乡两级人大代表选举实施细则》等17部法规。", 17, "laws_revised"),
    ("修订《物业管理条例》等5件地方性法规。", 5, "laws_revised"),
    ("重点审议《西咸新区条例》、《现代农业园区条例》等9部地方性法规。", 9, "bills_deliberated"),
    ("表决通过了《文明行为促进条例》等3部地方性法规。", 3, "laws_passed"),
    ("全年共制定地方性法规6部。", 6, "laws_made"),
    ("本届以来地方性法规12部。", 12, "laws_passed"),
])
def test_laws_counted_take_their_clause_s_verb(text: str, value: int, cls: str) -> None:
    assert _one(text, value, PROVINCE).measure_class == cls


# Issue 10 §5: measures that were fragments.
@pytest.mark.parametrize(("text", "value", "what"), [
    # a word of degree before the number goes whole (在长, 收到建议多)
    ("全年共收到代表建议多达300件。", 300, "收到代表建议"),
    ("常委会审议的报告高达12个。", 12, "审议的报告"),
    # a duration is of what its 的 names, else of the words before its verb of lasting
    ("专题询问以一问一答的形式进行，在长达4个小时的交锋中，代表们就热点问题提问。", 4, "交锋"),
    ("历时近3个小时的专题询问结束。", 3, "专题询问"),
    ("詢問會持續了2個多小時。", 2, "询问会"),
    ("经过两个多小时的激烈交锋，询问会结束。", 2, "激烈交锋"),
    ("持续近2个小时的专题询问覆盖全部乡镇。", 2, "专题询问"),
    # the place a count is of, named by a demonstrative, is no measure: the noun after the number is
    ("该县24位人大代表相继向政府部门负责人提出问题。", 24, "人大代表"),
    ("本市32名人大代表参加了视察。", 32, "人大代表"),
    ("我县15名代表参加调研。", 15, "代表"),
    # an approximation after the measure word is the qualifier; the noun follows it, a modal is no measure
    ("省人大常委会将拟安排10名左右“一府两院”有关负责人向常委会报告履职情况。", 10, "安排“一府两院”有关负责人"),
    ("拟安排5件左右法规项目。", 5, "安排法规项目"),
])
def test_a_measure_is_no_fragment(text: str, value: int, what: str) -> None:
    assert _one(text, value, PROVINCE).what == what


@pytest.mark.parametrize("text", ["拟安排10名左右负责人报告履职情况。", "安排20件上下法规项目。"])
def test_an_approximation_after_the_measure_word_is_the_qualifier(text: str) -> None:
    assert [s.qualifier for s in _stats(text)] in (["左右"], ["上下"])


# Bodies closing a list, counted by their noun: the measure is the noun and what names them right after it, never the
# predicate of the clause (7部门关于统计法实施情况的汇报后); the evidence holds the list.
@pytest.mark.parametrize(("text", "value", "what"), [
    ("检查组听取了省发展改革委、省财政厅等7部门关于条例实施情况的汇报。", 7, "部门"),
    ("市环保局、住建局、城管局等8部门负责人详细答复了代表提问。", 8, "部门负责人"),
    ("五华、盘龙、西山6区政府汇报了本行政区域内的工作。", 6, "区政府"),
    ("對市住建局、市交通運輸局4單位審計查出問題整改情況開展滿意度測評。", 4, "单位"),
])
def test_bodies_listed_measure_their_noun(text: str, value: int, what: str) -> None:
    stat = _one(text, value)
    assert stat.what == what and "、" in stat.evidence
