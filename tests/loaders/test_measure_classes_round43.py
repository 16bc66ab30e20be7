"""Statistics whose class said something other than what the number counts (newuser28 §9, §10, round 43): the second
unit of a pair is the first's parts, a list of counts shares its first item's verb, the suggestions supervised or told
handled are not those received, a sitting's items deliberated are its agenda, companies' representatives are no sites,
priorities are no oversight items, and a total over a list of kinds counts none of them. Several phrasings of each, in
either script, read by the extractor as a report's text is."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _facts(text: str):
    doc = Document(text=text, source="t.txt", metadata={"organ": "武汉市武昌区人民代表大会常务委员会", "year": "2024"})
    return extract(doc)


def _classes(text: str) -> dict[float, str | None]:
    return {stat.value: stat.measure_class for stat in _facts(text).statistics}


CLASSED = [
    # the second unit of a pair counts the first's parts (§9)
    ("全年提出各类审议意见16件63条。", {16: "review_opinions", 63: "document_points"}),
    ("提出各類審議意見16件63條，交縣政府研究處理。", {16: "review_opinions", 63: "document_points"}),
    ("共形成审议意见书12份45条。", {12: "review_opinions", 45: "document_points"}),
    # a list of counts shares its first item's verb (§10)
    ("补选市人大代表4人、区人大代表17人。", {4: "elections", 17: "elections"}),
    ("補選省人大代表2名、市人大代表9名。", {2: "elections", 9: "elections"}),
    # suggestions supervised (§10)
    ("督办代表建议办理131件。", {131: "suggestion_supervision"}),
    ("督辦代表建議辦理131件。", {131: "suggestion_supervision"}),
    ("常委会集中督办代表建议56件。", {56: "suggestion_supervision"}),
    # suggestions told handled after their count (§10)
    ("967件建议已全部办复。", {967: "suggestions_resolved"}),
    ("其余的166件代表建议已办理完毕。", {166: "suggestions_resolved"}),
    ("代表建议133件均已办结。", {133: "suggestions_resolved"}),
    # a sitting's items deliberated are its agenda (§10)
    ("去年市人大常委会审议议题57项。", {57: "agenda_items"}),
    ("全年共审议议题95个。", {95: "agenda_items"}),
    # person-times over listed kinds are deputies' participation (§14)
    ("开展专题调研、集中视察、执法检查等各类履职活动6006人次。", {6006: "deputy_participation"}),
    # priorities are none of the oversight items (§10)
    ("今年常委会监督工作有五个重点。", {5: "priorities"}),
    ("今年常委會監督工作有五個重點。", {5: "priorities"}),
]


@pytest.mark.parametrize(("text", "expected"), CLASSED)
def test_a_figure_is_of_the_class_of_what_it_counts(text: str, expected: dict[float, str]) -> None:
    found = _classes(text)
    for value, cls in expected.items():
        assert found.get(value) == cls, (value, found)


STAYS = [  # near phrasings that keep their classes
    ("大会期间，代表共提出建议238件。", 238, "suggestions_received"),
    ("代表提出建议892件，已全部办结。", 892, "suggestions_received"),  # received, then told handled in a clause of its own
    ("收到代表建议133件，均已办结。", 133, "suggestions_received"),
    ("重点督办代表建议10件。", 10, "suggestions_prioritised"),
    ("督办代表议案5件。", 5, "proposals"),
    ("常委会确定了20项监督议题。", 20, "oversight_items"),
    ("会议应到代表210人，实到198人。", 198, "attendance_present"),
    ("实地抽查了11家食品生产企业。", 11, "sites_checked"),
    ("23个代表团以代表团名义提出建议203件。", 203, "suggestions_received"),
]


@pytest.mark.parametrize(("text", "value", "cls"), STAYS)
def test_near_phrasings_keep_their_class(text: str, value: float, cls: str) -> None:
    assert _classes(text).get(value) == cls


@pytest.mark.parametrize("text", ["区委副书记、区长王卫国陪同，17家企业代表陪同检查。",
                                  "區委副書記王衛國，17家企業代表陪同檢查。",
                                  "12家企业负责人陪同调研。"])
def test_companies_representatives_are_no_sites_checked(text: str) -> None:
    assert _classes(text).get(17, _classes(text).get(12)) != "sites_checked"


@pytest.mark.parametrize("text", ["组织执法检查、专题视察活动160余次。", "开展执法检查和集中视察12次。",
                                  "組織執法檢查、專題視察活動160餘次。"])
def test_a_total_over_a_list_of_kinds_counts_no_one_kind(text: str) -> None:
    facts = _facts(text)
    assert [a.count for a in facts.activities] and all(a.count is None for a in facts.activities)
    assert [s.measure_class for s in facts.statistics] == ["oversight_activities"]
    assert all(s.kind is None for s in facts.statistics)


def test_one_kind_counted_keeps_its_count() -> None:
    facts = _facts("组织专题视察8次。")
    assert [(a.type, a.count) for a in facts.activities] == [("site_visit", 8)]
