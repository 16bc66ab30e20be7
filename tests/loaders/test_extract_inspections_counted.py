"""Inspections the text counts and then names one by one (全年共开展执法检查3项，分别是《A法》《B法》《C条例》) are one
inspection each (a first-time analyst, round 27: ``/areas`` counted one where the text says three); laws inspected
together without such a count, or a count of laws, stay one inspection.

Sentences written for these tests after the genre's annual reports (readable dev holds no such enumeration).
"""
from __future__ import annotations

import pytest

CITY = "湖州市人民代表大会常务委员会"
_LAWS = ["中华人民共和国安全生产法", "中华人民共和国森林法", "浙江省水资源条例"]


def _inspections(facts) -> list[tuple[list[str], int | None]]:
    return [(a.laws, a.count) for a in facts.activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    "全年共开展执法检查3项，分别是《中华人民共和国安全生产法》《中华人民共和国森林法》《浙江省水资源条例》。",
    "今年共开展执法检查3项：《中华人民共和国安全生产法》执法检查、《中华人民共和国森林法》执法检查、《浙江省水资源条例》执法检查。",
    "全年开展3次执法检查，即《中华人民共和国安全生产法》、《中华人民共和国森林法》和《浙江省水资源条例》执法检查。",
    "全年共開展執法檢查3項，分別為《中華人民共和國安全生產法》《中華人民共和國森林法》《浙江省水資源條例》。",
])
def test_inspections_counted_then_named_are_one_each(facts_of, text: str) -> None:
    assert _inspections(facts_of(text, CITY)) == [([law], None) for law in _LAWS]


@pytest.mark.parametrize(("text", "count"), [
    # a joint inspection of related laws, no count
    ("对《中华人民共和国大气污染防治法》和《浙江省大气污染防治条例》开展执法检查。", None),
    # the titles named are more than the count: which belong together is not said
    ("全年开展执法检查2项：《中华人民共和国安全生产法》《中华人民共和国森林法》《浙江省水资源条例》。", 2),
    # a count of laws, one inspection's (检查6部法律)
    ("常委会检查了3部法律法规的实施情况，分别是《中华人民共和国安全生产法》《中华人民共和国森林法》《浙江省水资源条例》。", 3),
])
def test_laws_not_counted_as_separate_inspections_stay_one(facts_of, text: str, count: int | None) -> None:
    found = _inspections(facts_of(text, CITY))
    assert len(found) == 1 and found[0][1] == count, found


def test_bare_titles_counted_then_named_are_one_inspection_each(facts_of) -> None:
    """The round-17 phrasing of a national yearbook (until round 27 one inspection of three laws)."""
    found = _inspections(facts_of("常委會開展執法檢查3項，分別是森林法、種子法和水法。", "全国人民代表大会常务委员会"))
    assert found == [([law], None) for law in ("中华人民共和国森林法", "中华人民共和国种子法", "中华人民共和国水法")]
