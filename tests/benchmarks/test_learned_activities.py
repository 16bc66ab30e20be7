"""benchmarks/learned_activities.py: clause labels by the scorer's overlap rule, and the experiment run end to end."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks import learned_activities
from unavailable import require

pytest.importorskip("sklearn")
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


def test_the_experiment_runs_on_two_files_and_scores_the_rules_as_the_scorer_does(scorer, tmp_path: Path) -> None:
    dev = tmp_path / "dev"
    dev.mkdir()
    for name in ("a01", "a03"):  # readable files (learned_activities.VALIDATION)
        for suffix in (".txt", ".gold.json"):
            shutil.copy(learned_activities.DEV / f"{name}{suffix}", dev / f"{name}{suffix}")
    report = learned_activities.run(dev, tmp_path / "work", jobs=1)
    assert report["files"] == {"readable": 2, "validation": 0, "fresh_even": 0}
    expected = [0, 0, 0]
    for name in ("a01", "a03"):
        gold = json.loads((dev / f"{name}.gold.json").read_text(encoding="utf-8"))
        pred = json.loads((tmp_path / "work" / "pred-rules" / f"{name}.json").read_text(encoding="utf-8"))
        expected = [a + b for a, b in zip(expected, scorer.counts(gold, pred)["activities"])]
    rules = report["table"]["rules"]["readable"]
    assert [rules["tp"], rules["predicted"], rules["gold"]] == expected
    table = report["table"]
    assert table["filter"]["readable"]["predicted"] <= rules["predicted"] <= table["add"]["readable"]["predicted"]
    assert {row["readable"]["gold"] for row in table.values()} == {rules["gold"]}
