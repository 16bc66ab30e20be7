"""benchmarks/activity_misses.py: each unmatched gold activity classed by why the extractor missed it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import activity_misses
from loaders.extract import extract
from loaders.read import read
from unavailable import require

TEXT = ("organ: 都昌县人民代表大会常务委员会\nlevel: county\nyear: 2023\n\n"
        "会议听取和审议了县政府关于教育工作情况的报告。县长王某到会讲话。会议认为，要组织好执法检查。")
HEARD = "听取和审议了县政府关于教育工作情况的报告"


@pytest.fixture()
def needs_scorer() -> None:
    """The shared scorer lies beside the repository (../shared), as on the team's machines and in CI: a skip where it
    is missing elsewhere, a failure under CI (:func:`unavailable.require`), where nothing may be skipped."""
    require(activity_misses.SCORER)


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


@pytest.mark.usefixtures("needs_scorer")
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


@pytest.mark.usefixtures("needs_scorer")
def test_validation_files_are_never_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pred = _write(tmp_path, "p2", [{"type": "other", "evidence": "县长王某到会讲话", "laws": []}])
    assert activity_misses.VALIDATION.match("p2")
    assert _classes(capsys, str(pred), str(tmp_path)) == []


def test_a_missing_gold_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no gold folder"):
        activity_misses.main([str(tmp_path), str(tmp_path / "nowhere")])


FALSE_TEXT = ("organ: 都昌县人民代表大会常务委员会\nlevel: county\nyear: 2023\n\n"
              "县人大常委会组织代表对全县教育工作开展视察。此次视察中，代表们实地察看了学校。"
              "明年拟赴各乡镇调研农村饮水安全。"
              "县人大常委会坚持问题导向，注重专题调研实效。"
              "县政府高度重视，组织代表开展了现场调研。视察结束后，代表们在座谈会上交流了意见。")


def _false_classes(tmp_path: Path, capsys: pytest.CaptureFixture[str], golds: list[dict], preds: list[tuple[str, str]],
                   *args: str) -> list[tuple[str, str]]:
    """The ``--false`` classes of predictions written by hand: each (type, evidence) of ``preds`` placed where the
    read text holds its evidence."""
    (tmp_path / "b5.txt").write_text(FALSE_TEXT, encoding="utf-8")
    text = read(tmp_path / "b5.txt").text
    (tmp_path / "b5.gold.json").write_text(json.dumps({"activities": golds}, ensure_ascii=False), encoding="utf-8")
    pred = tmp_path / "pred"
    pred.mkdir()
    acts = []
    for kind, evidence in preds:
        start = text.index(evidence)
        acts.append({"type": kind, "evidence": evidence, "start": start, "end": start + len(evidence), "laws": [],
                     "status": "planned" if "拟" in evidence else "reported"})
    (pred / "b5.json").write_text(json.dumps({"activities": acts}, ensure_ascii=False), encoding="utf-8")
    activity_misses.main([str(pred), str(tmp_path), "--false", *args, "--json"])
    return [(row["type"], row["class"]) for row in map(json.loads, capsys.readouterr().out.splitlines())]


@pytest.mark.usefixtures("needs_scorer")
def test_each_false_activity_is_classed_by_its_cause(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    visit = "县人大常委会组织代表对全县教育工作开展视察"
    golds = [{"type": "site_visit", "evidence": visit, "laws": []},
             {"type": "other", "evidence": "此次视察中，代表们实地察看了学校", "laws": []}]
    preds = [("site_visit", visit),  # true
             ("site_visit", "县人大常委会组织代表对全县教育工作开展视察"),  # the same telling again: told twice
             ("investigation", "此次视察中，代表们实地察看了学校"),  # the gold's other, which no prediction took
             ("investigation", "明年拟赴各乡镇调研农村饮水安全"),  # planned
             ("investigation", "注重专题调研实效"),  # a principle
             ("investigation", "组织代表开展了现场调研"),  # the government's work
             ("site_visit", "代表们在座谈会上交流了意见"),  # the visit told again in other words
             ("report_review", "县政府高度重视")]  # the government's stance
    assert _false_classes(tmp_path, capsys, golds, preds) == [
        ("site_visit", "told_twice"), ("investigation", "wrong_type"), ("investigation", "planned"),
        ("investigation", "no_event"), ("investigation", "other_body"), ("site_visit", "retold"),
        ("report_review", "other_body")]


@pytest.mark.usefixtures("needs_scorer")
def test_type_narrows_the_false_activities_to_one_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    preds = [("investigation", "注重专题调研实效"), ("report_review", "县政府高度重视")]
    assert _false_classes(tmp_path, capsys, [], preds, "--type", "report") == [("report_review", "other_body")]


@pytest.mark.usefixtures("needs_scorer")
def test_type_takes_several_kinds_comma_separated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    preds = [("investigation", "注重专题调研实效"), ("report_review", "县政府高度重视"), ("site_visit", "代表们在座谈会上交流了意见")]
    assert [kind for kind, _ in _false_classes(tmp_path, capsys, [], preds, "--type", "report,inv")] == [
        "investigation", "report_review"]


def _gold(folder: Path, name: str, activities: list[dict]) -> None:
    (folder / f"{name}.gold.json").write_text(json.dumps({"activities": activities}, ensure_ascii=False), encoding="utf-8")


def test_a_shape_is_counted_in_older_readable_golds_of_its_type(tmp_path: Path) -> None:
    meeting = {"type": "law_enforcement_inspection", "evidence": "召开《X条例》执法检查动员会"}
    _gold(tmp_path, "b3", [meeting])
    _gold(tmp_path, "z1", [{**meeting, "evidence": "召開《Y條例》執法檢查動員會"}])  # traditional: simplified first
    _gold(tmp_path, "aa1", [meeting, meeting])  # one file however often it gives the shape
    _gold(tmp_path, "ab1", [{**meeting, "type": "other"}])  # another type: counted apart
    _gold(tmp_path, "ac1", [meeting])  # not before the set asked about
    _gold(tmp_path, "z2", [meeting])  # validation: never read
    files, others = activity_misses.shape_count(tmp_path, "law_enforcement_inspection", "执法检查动员会", before="ac")
    assert files == ["aa1", "b3", "z1"] and others == {"other": 1}
    assert activity_misses.shape_count(tmp_path, "*", "执法检查动员会", before="ab")[0] == ["aa1", "b3", "z1"]
    assert activity_misses.shape_count(tmp_path, "site_visit", "视察", before="ac") == ([], {})


def test_the_shape_count_is_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _gold(tmp_path, "b3", [{"type": "other", "evidence": "开展“法治护绿”主题活动"}])
    assert activity_misses.main(["--shape", "other", "主题活动", "--before", "c", str(tmp_path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["1 files b3", "other types: none"]
