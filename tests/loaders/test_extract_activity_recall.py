"""Phrasings of known kinds that a blind set missed (issue 10, activities recall): a budget's other
objects approved after a review of one, adjustments and bond allocations reviewed, inspections named by a
law's 执行情况 or by the meeting that launches them, two kinds sharing one count, and deputies questioning
officials at a session. Sentences are written for this test in the genre's manner, simplified and
traditional, at several levels."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

COUNTY = "某某县人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, COUNTY))]


@pytest.mark.parametrize("text, reviews", [
    ("本次会议对上半年预算执行情况报告进行了审议，批准了2016年度市本级决算。", 2),
    ("會議聽取和審議了2022年1—11月財政預算執行情況的報告，審查批准了2022年市本級財政預算調整方案。", 2),
    ("会议听取了关于2023年预算执行情况的报告，审查批准了2023年县本级预算调整方案。", 2),
    # one object told twice, or budgets in general and then each object: one review
    ("会议审查了2022年市本级决算草案，批准了2022年市本级决算。", 1),
    ("听取和审议预决算报告，依法审查批准区级决算、预算调整方案。", 1),
    ("会议审议了关于提请审议预算调整方案的议案，表决通过了关于批准预算调整方案的决议草案。", 1),
])
def test_approving_another_object_of_the_budget_is_another_review(facts_of, text: str, reviews: int) -> None:
    assert _kinds(facts_of, text).count("budget_review") == reviews
