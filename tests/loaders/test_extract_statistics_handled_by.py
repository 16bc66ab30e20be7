"""The suggestions or motions one named body took on (市人民政府办理328件, 市法院承办5件, 由省政府组织办理950件) are of
class ``suggestions_assigned``, each body's part, never summed with the suggestions received, and the body, as written, is
the figure's subject (round 33, a first-time analyst's: 其中，市人民政府办理328件，市中级人民法院办理3件 had no class and no
subject). Bodies handling jointly, or a count with no body before its verb, have none. Sentences are written for these
tests after the genre's phrasings, none copied from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

CITY = "潍坊市人民代表大会常务委员会"


def _figures(facts) -> dict[float, tuple[str | None, str | None]]:
    return {s.value: (s.measure_class, s.subject) for s in facts.statistics}


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("代表共提出建议352件。其中，市人民政府办理328件，市中级人民法院办理3件，市人民检察院办理2件。", 328, "市人民政府"),
    ("代表共提出建议352件。其中，市人民政府办理328件，市中级人民法院办理3件，市人民检察院办理2件。", 3, "市中级人民法院"),
    ("代表共提出建议352件。其中，市人民政府办理328件，市中级人民法院办理3件，市人民检察院办理2件。", 2, "市人民检察院"),
    ("代表建議中，市政府及其所屬部門承辦427件，市法院承辦5件。", 427, "市政府"),
    ("代表建議中，市政府及其所屬部門承辦427件，市法院承辦5件。", 5, "市法院"),
    ("这些建议由省政府组织办理950件，省检察院等单位办理80件。", 950, "省政府"),
    ("这些建议由省政府组织办理950件，省检察院等单位办理80件。", 80, "省检察院"),
])
def test_a_bodys_part_of_the_suggestions_is_its_own(facts_of, text: str, value: float, subject: str) -> None:
    assert _figures(facts_of(text, CITY))[value] == ("suggestions_assigned", subject)


@pytest.mark.parametrize(("text", "value"), [
    ("代表建议中，由市政府部门和非政府部门联合办理4件。", 4),  # several bodies jointly
    ("代表建议中，群团组织承办35件（其中与市政府及其所属部门合办23件）。", 35),  # the body after the verb is another's
])
def test_no_single_body_named_before_the_verb_is_no_subject(facts_of, text: str, value: float) -> None:
    assert _figures(facts_of(text, CITY))[value] == ("suggestions_assigned", None)


@pytest.mark.parametrize(("text", "value", "code"), [
    ("大会期间，代表共提出建议352件。", 352, "suggestions_received"),  # the total received
    ("会后交办至58个承办单位办理。", 58, "handling_units"),  # the bodies counted, not their part
    ("市人大常委会确定重点督办建议15件。", 15, "suggestions_prioritised"),
    ("代表提出的建议已办结198件。", 198, "suggestions_resolved"),
])
def test_totals_and_other_counts_of_suggestions_keep_their_class(facts_of, text: str, value: float, code: str) -> None:
    assert _figures(facts_of(text, CITY))[value] == (code, None)
