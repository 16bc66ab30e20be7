"""The evaluation's bootstrap intervals (``benchmarks/eval_extraction.intervals``): the point is the shared
scorer's micro F1, the interval holds it, and it widens only where the files disagree."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from unavailable import require

from benchmarks.eval_extraction import SCORER, intervals

LAW = {"canonical": "中华人民共和国森林法", "mention": "森林法", "inspected": True}
INSPECTION = {"type": "law_enforcement_inspection", "evidence": "开展森林法执法检查", "laws": ["中华人民共和国森林法"]}
HEARING = {"type": "report_review", "evidence": "听取和审议县政府关于河长制工作情况的报告", "laws": []}



@pytest.fixture(autouse=True)
def _scorer() -> None:
    require(SCORER)


def _write(corpus: Path, preds: Path, name: str, gold: dict, pred: dict | None) -> None:
    (corpus / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    if pred is not None:
        (preds / f"{name}.json").write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")


def test_every_file_right_is_one_with_no_spread(tmp_path: Path) -> None:
    corpus, preds = tmp_path / "gold", tmp_path / "pred"
    corpus.mkdir(), preds.mkdir()
    for i in range(5):
        facts = {"laws": [LAW], "activities": [INSPECTION, HEARING]}
        _write(corpus, preds, f"x{i}", facts, facts)
    assert intervals(corpus, preds, resamples=200)["activities"] == (1.0, 1.0, 1.0)


def test_files_that_disagree_spread_the_interval_around_the_scorers_f1(tmp_path: Path) -> None:
    corpus, preds = tmp_path / "gold", tmp_path / "pred"
    corpus.mkdir(), preds.mkdir()
    gold = {"laws": [LAW], "activities": [INSPECTION, HEARING]}
    for i in range(6):
        _write(corpus, preds, f"right{i}", gold, gold)
    for i in range(4):
        _write(corpus, preds, f"half{i}", gold, {"laws": [LAW], "activities": [INSPECTION]})
    _write(corpus, preds, "unread", gold, None)  # no prediction: predicts nothing
    f1, low, high = intervals(corpus, preds, resamples=500)["activities"]
    tp, predicted, wanted = 6 * 2 + 4, 6 * 2 + 4, 11 * 2
    assert f1 == pytest.approx(2 * tp / (predicted + wanted))
    assert low < f1 < high <= 1.0
    assert intervals(corpus, preds, resamples=500)["laws"][1] < 1.0  # the unread file's law is missed
