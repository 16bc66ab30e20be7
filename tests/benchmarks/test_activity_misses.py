"""benchmarks/activity_misses.py: each unmatched gold activity classed by why the extractor missed it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import activity_misses
from loaders.extract import extract
from loaders.read import read

TEXT = ("organ: 都昌县人民代表大会常务委员会\nlevel: county\nyear: 2023\n\n"
        "会议听取和审议了县政府关于教育工作情况的报告。县长王某到会讲话。会议认为，要组织好执法检查。")
HEARD = "听取和审议了县政府关于教育工作情况的报告"
# the shared scorer lies beside the repository (../shared), as on the team's machines and in CI
needs_scorer = pytest.mark.skipif(not activity_misses.SCORER.exists(), reason="no ../shared/tools/score_facts.py")


def _write(folder: Path, name: str, golds: list[dict]) -> Path:
    """A text, its gold and its prediction (this extractor's) under ``folder``; the prediction folder."""
    (folder / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (folder / f"{name}.gold.json").write_text(json.dumps({"activities": golds}, ensure_ascii=False), encoding="utf-8")
    pred = folder / "pred"
    pred.mkdir(exist_ok=True)
    facts = extract(read(folder / f"{name}.txt")).to_json()
    (pred / f"{name}.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return pred


def _classes(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[str, str]]:
    activity_misses.main([*args, "--json"])
    return [(row["type"], row["class"]) for row in map(json.loads, capsys.readouterr().out.splitlines())]


@needs_scorer
def test_each_miss_is_classed_by_its_failure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    golds = [
        {"type": "report_review", "evidence": HEARD, "laws": []},  # found: no miss
        {"type": "report_review", "evidence": HEARD, "laws": []},  # the gold's second of the same words
        {"type": "site_visit", "evidence": HEARD, "laws": []},  # found as another type
        {"type": "other", "evidence": "县长王某到会讲话", "laws": []},  # no trigger in its sentence
        {"type": "law_enforcement_inspection", "evidence": "要组织好执法检查", "laws": []},  # a not-activities row
        {"type": "other", "evidence": "这句话不在文中", "laws": []},
    ]
    pred = _write(tmp_path, "b3", golds)
    assert _classes(capsys, str(pred), str(tmp_path)) == [
        ("report_review", "each_of_several"), ("site_visit", "wrong_type"), ("other", "no_trigger"),
        ("law_enforcement_inspection", "dropped:judged_onward"), ("other", "not_in_text")]


@needs_scorer
def test_validation_files_are_never_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = _write(tmp_path, "p2", [{"type": "other", "evidence": "县长王某到会讲话", "laws": []}])
    assert activity_misses.VALIDATION.match("p2")
    assert _classes(capsys, str(pred), str(tmp_path)) == []


def test_a_missing_gold_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no gold folder"):
        activity_misses.main([str(tmp_path), str(tmp_path / "nowhere")])


@needs_scorer
def test_each_false_activity_is_classed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    golds = [{"type": "site_visit", "evidence": HEARD, "laws": []}]  # the review predicted, typed a visit here
    pred = _write(tmp_path, "b5", golds)
    facts = json.loads((pred / "b5.json").read_text(encoding="utf-8"))
    review = facts["activities"][0]
    facts["activities"] += [dict(review), {**review, "type": "special_inquiry", "evidence": "县长王某到会讲话"},
                            {**review, "type": "other", "evidence": "会议认为"}]
    (pred / "b5.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b5.gold.json").write_text(json.dumps({"activities": golds + [
        {"type": "site_visit", "evidence": "要组织好执法检查", "laws": []}]}, ensure_ascii=False), encoding="utf-8")
    # the review twice, typed a visit by the gold; an inquiry in a sentence of no gold; an other beside one
    assert _classes(capsys, str(pred), str(tmp_path), "--false") == [
        ("report_review", "wrong_type:site_visit"), ("report_review", "wrong_type:site_visit"),
        ("special_inquiry", "no_gold"), ("other", "beside_gold")]


@needs_scorer
def test_false_activities_are_told_apart_from_duplicates_and_filtered_by_type(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    golds = [{"type": "report_review", "evidence": HEARD, "laws": []}]
    pred = _write(tmp_path, "b7", golds)
    facts = json.loads((pred / "b7.json").read_text(encoding="utf-8"))
    review = facts["activities"][0]
    facts["activities"] += [dict(review), {**review, "type": "other", "evidence": "会议认为，要组织好执法检查"}]
    (pred / "b7.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b7.txt").write_text(TEXT.replace("会议认为", "\n会议认为"), encoding="utf-8")
    assert _classes(capsys, str(pred), str(tmp_path), "--false") == [("report_review", "duplicate"), ("other", "no_gold")]
    assert _classes(capsys, str(pred), str(tmp_path), "--false", "--type", "other") == [("other", "no_gold")]
