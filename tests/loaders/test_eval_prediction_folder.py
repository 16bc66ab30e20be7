"""The evaluation never replaces a saved folder of predictions by accident (``benchmarks/eval_extraction.py``):
a folder that holds predictions is written only with ``--overwrite`` and scored as it is with ``--score-only``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from unavailable import require

from benchmarks.eval_extraction import SCORER, main

REPORT = "organ: 某县人民代表大会常务委员会\nyear: 2023\n\n县人大常委会开展了《中华人民共和国森林法》执法检查。\n"
SAVED = {"laws": [], "activities": [{"type": "site_visit", "evidence": "saved by another extractor", "laws": []}]}


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    require(SCORER)
    corpus, preds = tmp_path / "gold", tmp_path / "pred"
    corpus.mkdir(), preds.mkdir()
    (corpus / "r1.txt").write_text(REPORT, encoding="utf-8")
    (corpus / "r1.gold.json").write_text(json.dumps({"laws": [], "activities": []}), encoding="utf-8")
    (preds / "r1.json").write_text(json.dumps(SAVED, ensure_ascii=False), encoding="utf-8")
    return corpus, preds


def test_a_folder_of_saved_predictions_is_refused_and_left_alone(folders: tuple[Path, Path], capsys) -> None:
    corpus, preds = folders
    with pytest.raises(SystemExit):
        main([str(corpus), str(preds)])
    assert "holds predictions already" in capsys.readouterr().err
    assert json.loads((preds / "r1.json").read_text(encoding="utf-8")) == SAVED


def test_score_only_scores_the_saved_predictions_without_extracting(folders: tuple[Path, Path], capfd) -> None:
    corpus, preds = folders
    assert main([str(corpus), str(preds), "--score-only"]) == 0
    assert json.loads((preds / "r1.json").read_text(encoding="utf-8")) == SAVED
    out = capfd.readouterr().out
    assert "activities" in out and "chars/s" not in out


def test_overwrite_replaces_the_saved_predictions_with_this_extractors(folders: tuple[Path, Path]) -> None:
    corpus, preds = folders
    main([str(corpus), str(preds), "--overwrite"])
    activities = json.loads((preds / "r1.json").read_text(encoding="utf-8"))["activities"]
    assert [a["type"] for a in activities] == ["law_enforcement_inspection"]
