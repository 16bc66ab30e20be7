"""Who conducted each matched 执法检查 (``benchmarks/eval_extraction.inspection_conductors``, genre README round 46
ruling 8): a prediction naming no conductor is its report's organ's work; sets of helping and joint bodies agree only
whole; golds without the keys are not counted."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from unavailable import require

from benchmarks.eval_extraction import SCORER, inspection_conductors

CITY = "东营市人民代表大会常务委员会"
PROVINCE = "山东省人民代表大会常务委员会"
DISTRICT = "东营市东营区人民代表大会常务委员会"


@pytest.fixture(autouse=True)
def _scorer() -> None:
    require(SCORER)


def _inspection(**conductors: object) -> dict:
    return {"type": "law_enforcement_inspection", "evidence": "开展森林法执法检查",
            "laws": ["中华人民共和国森林法"], **conductors}


def _score(tmp_path: Path, gold: dict, pred: dict, organ: str = CITY) -> dict[str, tuple[int, int]]:
    corpus, preds = tmp_path / "gold", tmp_path / "pred"
    corpus.mkdir(parents=True), preds.mkdir(parents=True)
    (corpus / "x1.gold.json").write_text(json.dumps({"activities": [gold]}, ensure_ascii=False), encoding="utf-8")
    facts = {"activities": [pred], "report": {"organ": organ}}
    (preds / "x1.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return inspection_conductors(corpus, preds)


def test_no_conductor_predicted_is_the_reports_organ(tmp_path: Path) -> None:
    gold = _inspection(conducted_by=CITY, assisted_by=[], jointly_with=[])
    assert _score(tmp_path, gold, _inspection()) == {
        "conducted_by": (1, 1), "assisted_by": (1, 1), "jointly_with": (1, 1)}


def test_an_entrusting_body_missed_disagrees_and_its_helper_too(tmp_path: Path) -> None:
    gold = _inspection(conducted_by=PROVINCE, assisted_by=[CITY], jointly_with=[])
    assert _score(tmp_path, gold, _inspection()) == {
        "conducted_by": (0, 1), "assisted_by": (0, 1), "jointly_with": (1, 1)}


@pytest.mark.parametrize(("gold_conductor", "pred_conductor", "agree"), [
    (PROVINCE, PROVINCE, 1),  # the entrusting body the prediction names
    (PROVINCE, "山东省人大常委会", 1),  # as the shared scorer matches names
    (CITY, PROVINCE, 0),  # a conductor named wrongly is not the report's organ's work
    (PROVINCE, DISTRICT, 0),
])
def test_a_conductor_predicted_is_scored_as_named(tmp_path: Path, gold_conductor: str, pred_conductor: str,
                                                  agree: int) -> None:
    gold = _inspection(conducted_by=gold_conductor, assisted_by=[], jointly_with=[])
    assert _score(tmp_path, gold, _inspection(conducted_by=pred_conductor))["conducted_by"] == (agree, 1)


@pytest.mark.parametrize(("gold_set", "pred_set", "agree"), [
    ([DISTRICT], [DISTRICT], 1),
    ([DISTRICT], ["东营区人大常委会"], 1),  # the shared scorer's abbreviations and suffix match
    ([DISTRICT], [DISTRICT, PROVINCE], 0),  # a partner too many
    ([DISTRICT, PROVINCE], [PROVINCE], 0),  # one missed
])
def test_joint_partners_agree_only_whole(tmp_path: Path, gold_set: list[str], pred_set: list[str], agree: int) -> None:
    gold = _inspection(conducted_by=CITY, assisted_by=[], jointly_with=gold_set)
    assert _score(tmp_path, gold, _inspection(jointly_with=pred_set))["jointly_with"] == (agree, 1)


def test_golds_without_conductors_and_other_kinds_are_not_counted(tmp_path: Path) -> None:
    hearing = {"type": "report_review", "evidence": "听取森林法实施情况的报告", "laws": [], "conducted_by": CITY}
    assert _score(tmp_path, hearing, hearing) == dict.fromkeys(("conducted_by", "assisted_by", "jointly_with"), (0, 0))
    assert _score(tmp_path / "b", _inspection(), _inspection())["conducted_by"] == (0, 0)
