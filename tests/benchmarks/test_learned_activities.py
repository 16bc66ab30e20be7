"""benchmarks/learned_activities.py: clause labels by the scorer's overlap rule. The experiment itself (training needs
scikit-learn, the `bench` extra, which CI does not install) is run by its command; its result is in docs/design.md."""
from __future__ import annotations

import pytest

from benchmarks import learned_activities
from unavailable import require

TYPES = ["law_enforcement_inspection", "report_review"]


@pytest.fixture()
def scorer():
    """The shared scorer beside the repository (a skip elsewhere, a failure under CI: :func:`unavailable.require`)."""
    require(learned_activities.SCORER)
    return learned_activities._scorer()


@pytest.mark.parametrize(("clause", "evidence", "kind", "expected"), [
    ("检查食品安全法实施情况", "检查食品安全法实施情况", "law_enforcement_inspection", [1, 0]),
    ("对食品安全法開展執法檢查", "对食品安全法开展执法检查", "law_enforcement_inspection", [1, 0]),
    ("会议听取和审议了县政府关于教育工作情况的报告", "听取和审议了县政府关于教育工作情况的报告", "report_review", [0, 1]),
    ("县长王某到会讲话", "听取和审议了县政府关于教育工作情况的报告", "report_review", [0, 0]),
    ("检查食品安全法实施情况", "检查食品安全法实施情况", "site_visit", [0, 0]),
])
def test_a_clause_is_positive_for_the_type_of_a_gold_overlapping_it(scorer, clause, evidence, kind, expected) -> None:
    rows = learned_activities.labels([{"evidence": clause}], [{"type": kind, "evidence": evidence}], TYPES,
                                     scorer.overlaps)
    assert rows.tolist() == [expected]
