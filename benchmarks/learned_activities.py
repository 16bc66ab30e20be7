"""Does a learned clause classifier generalise where the activity rules do not? (round 49, issue 10: an experiment)

Units are the extractor's clauses (:attr:`loaders.extract.context.Context.clauses`, one Context per file as the
extractor builds it). A clause is positive for an activity type T when a gold activity of type T has evidence
overlapping it (the shared scorer's rule, ``score_facts.overlaps``). Only **readable** dev files (not matching
:data:`VALIDATION`) give labels; validation files are extracted and scored as totals only.

The model: character 1–3-gram TF-IDF over a clause's normalised text, one logistic regression per type (liblinear,
deterministic). Its clause-level precision/recall per type is measured by cross-validation grouped by file
(:data:`FOLDS` folds over readable files). Two hybrids of the rules (this checkout's extractor) and the model:

- ``filter``: a rule activity whose clause the model scores below its type's threshold is dropped;
- ``add``: a clause the model scores at or above a high threshold, where the rules found no activity, gives an
  activity (the model's type, the clause as evidence, ``planned`` inside the rules' plan spans, else ``reported``,
  the clause's law hits as its laws);
- ``both``: the two together;
- ``model_alone``: no rules, every clause the model scores at its own threshold an activity (its generalisation
  gap beside the rules').

Thresholds are chosen on readable out-of-fold scores only; on readable the model's scores are out-of-fold (the rules'
are in-sample), on validation and ``ay`` even (:data:`FRESH`) the model is trained on every readable file. Each hybrid
writes prediction JSONs, scored with the shared ``score_facts.py`` as totals.

Usage: ``python -m benchmarks.learned_activities [--dev DIR] [--work DIR] [--jobs N]``; prints one JSON object: the
table (rows rules/filter/add/both/model_alone × readable/validation/fresh: tp, predicted, gold, F1; the readable→validation gap),
the clause-level CV precision/recall per type, the thresholds, the model's size and timings.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import time
from bisect import bisect_right
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType

import numpy as np

from benchmarks.activity_misses import VALIDATION
from loaders.read import read

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "genre" / "dev"
SCORER = ROOT.parent / "shared" / "tools" / "score_facts.py"
#: The freshest collection (the last round's held set, in dev since this round): its even files are validation's newest.
FRESH = re.compile(r"^ba\d+$")
FOLDS = 5
#: Candidate thresholds: the filter's (per type) and the adder's (one, high).
FILTER_GRID = (0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98)
#: Candidate thresholds of the model alone (no rules: every clause it scores at least this is an activity).
ALONE_GRID = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _scorer() -> ModuleType:
    """The shared scorer as a module (its overlap rule labels clauses; its matching tunes thresholds)."""
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def units(path: Path) -> dict:
    """One file's clauses and rule activities: ``{"name", "clauses": [{"text" (normalised, the model's input),
    "evidence" (original text), "start", "end" (original offsets), "planned", "laws"}], "facts" (the extractor's JSON),
    "clause_of" (per rule activity, the index of the clause holding its start, or -1)}``."""
    from loaders.extract import extract
    from loaders.extract.context import Context
    doc = read(path)
    facts = extract(doc).to_json()
    ctx = Context(doc)
    hits = ctx.law_hits
    starts = [hit.start for hit in hits]
    clauses = []
    for clause in ctx.clauses:
        first, last, original = ctx.span(clause.start, clause.end)
        laws = {hit.canonical for hit in hits[bisect_right(starts, clause.start - 1):bisect_right(starts, clause.end - 1)]}
        clauses.append({"text": clause.text, "evidence": original, "start": first, "end": last,
                        "planned": ctx.plans.holds(clause.start), "laws": sorted(laws)})
    firsts = [c["start"] for c in clauses]
    clause_of = []
    for act in facts.get("activities", []):
        index = bisect_right(firsts, act["start"]) - 1
        clause_of.append(index if index >= 0 and act["start"] < clauses[index]["end"] else -1)
    return {"name": path.stem, "clauses": clauses, "facts": facts, "clause_of": clause_of}


def _cached(path: Path, cache: Path) -> str:
    out = cache / f"{path.stem}.json"
    if not out.exists():
        out.write_text(json.dumps(units(path), ensure_ascii=False), encoding="utf-8")
    return path.stem


def build_cache(dev: Path, cache: Path, jobs: int) -> list[str]:
    """Extract every ``dev/*.txt`` into ``cache/NAME.json`` (:func:`units`), skipping those done; the names, sorted."""
    cache.mkdir(parents=True, exist_ok=True)
    paths = sorted(dev.glob("*.txt"))
    with Pool(jobs) as pool:
        pool.starmap(_cached, [(p, cache) for p in paths], chunksize=4)
    return [p.stem for p in paths]


def labels(clauses: list[dict], gold: list[dict], types: list[str], overlaps) -> np.ndarray:
    """A clause × type 0/1 matrix: 1 where a gold activity of that type has evidence overlapping the clause."""
    out = np.zeros((len(clauses), len(types)), dtype=np.int8)
    for act in gold:
        if act.get("type") not in types or not act.get("evidence"):
            continue
        column = types.index(act["type"])
        for row, clause in enumerate(clauses):
            if overlaps(act["evidence"], clause["evidence"]):
                out[row, column] = 1
    return out


def _model():
    from sklearn.feature_extraction.text import TfidfVectorizer
    return TfidfVectorizer(analyzer="char", ngram_range=(1, 3), min_df=2, sublinear_tf=True, dtype=np.float32)


def _fit_predict(train_text: list[str], train_y: np.ndarray, test_text: list[str]) -> tuple[np.ndarray, int, float]:
    """Fit one vectoriser and one logistic regression per type column (a type without positives scores 0); the test
    clauses' probabilities (clause × type), the number of features and the seconds scoring the test clauses took."""
    from sklearn.linear_model import LogisticRegression
    vectoriser = _model()
    x_train = vectoriser.fit_transform(train_text)
    models = {column: LogisticRegression(solver="liblinear", C=4.0, max_iter=200).fit(x_train, train_y[:, column])
              for column in range(train_y.shape[1]) if train_y[:, column].any() and not train_y[:, column].all()}
    started = time.perf_counter()
    out = np.zeros((len(test_text), train_y.shape[1]))
    if test_text:
        x_test = vectoriser.transform(test_text)
        for column, model in models.items():
            out[:, column] = model.predict_proba(x_test)[:, 1]
    return out, x_train.shape[1], time.perf_counter() - started


def _rows(files: list[dict]) -> tuple[list[str], np.ndarray]:
    """Every clause's text, and its file's index (the CV group)."""
    text = [c["text"] for f in files for c in f["clauses"]]
    groups = np.array([i for i, f in enumerate(files) for _ in f["clauses"]])
    return text, groups


def _split(matrix: np.ndarray, files: list[dict]) -> list[np.ndarray]:
    bounds = np.cumsum([0] + [len(f["clauses"]) for f in files])
    return [matrix[a:b] for a, b in zip(bounds[:-1], bounds[1:])]


def hybrid(unit: dict, probs: np.ndarray, types: list[str], keep: dict[str, float] | None,
           add: float | None, rules: bool = True) -> list[dict]:
    """The activities of one file: the rules' (none unless ``rules``), less those ``keep`` filters (type →
    threshold), plus those ``add`` gives (a clause scored at least ``add`` without a rule activity)."""
    acts = []
    for act, index in zip(unit["facts"].get("activities", []) if rules else [], unit["clause_of"]):
        if keep and index >= 0 and act["type"] in types and probs[index, types.index(act["type"])] < keep[act["type"]]:
            continue
        acts.append(act)
    if add is not None:
        taken = set(unit["clause_of"]) if rules else set()
        for index, clause in enumerate(unit["clauses"]):
            best = int(np.argmax(probs[index])) if len(probs[index]) else 0
            if index not in taken and len(probs[index]) and probs[index, best] >= add:
                acts.append({"type": types[best], "evidence": clause["evidence"], "start": clause["start"],
                             "end": clause["end"], "laws": clause["laws"],
                             "status": "planned" if clause["planned"] else "reported"})
    return acts


def _tp(scorer: ModuleType, gold: list[dict], pred: list[dict]) -> int:
    return scorer.match_pairs(gold, pred, scorer.same_activity)


def _f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 1.0


def choose(scorer: ModuleType, units_: list[dict], probs: list[np.ndarray], golds: list[list[dict]],
           types: list[str]) -> dict:
    """Thresholds from readable out-of-fold scores, each maximising total activity F1: per type the filter's
    (coordinate ascent, types in turn, the others as chosen so far), the adder's (alone) and the model's without
    the rules; ``{"filter": {type: threshold}, "add", "alone", "add_curve", "alone_curve": {threshold: F1}}``. The scorer matches
    within a type only, so each candidate is scored on its type's activities (the others' counts held)."""
    by_type = [[([g for g in gold if g.get("type") == kind], p, unit) for unit, p, gold in zip(units_, probs, golds)]
               for kind in types]

    def counts(column: int, keep: dict[str, float] | None, add: float | None, rules: bool = True) -> tuple[int, int]:
        tp = pred = 0
        for gold, p, unit in by_type[column]:
            acts = [a for a in hybrid(unit, p, types, keep, add, rules) if a["type"] == types[column]]
            tp, pred = tp + _tp(scorer, gold, acts), pred + len(acts)
        return tp, pred

    gold_total = sum(len(g) for g in golds)
    rules = [counts(column, None, None) for column in range(len(types))]
    other = sum(len(u["facts"].get("activities", [])) for u in units_) - sum(p for _, p in rules)  # of no gold type
    keep = {kind: 0.0 for kind in types}
    chosen = list(rules)
    for column, kind in enumerate(types):
        def f1(thr: float) -> float:
            tp, pred = counts(column, {**keep, kind: thr}, None)
            rest = [c for i, c in enumerate(chosen) if i != column]
            return _f1(tp + sum(t for t, _ in rest), pred + other + sum(p for _, p in rest), gold_total)
        keep[kind] = max(FILTER_GRID, key=lambda thr: (f1(thr), -thr))
        chosen[column] = counts(column, keep, None)

    def added(thr: float, rules: bool) -> float:
        tp = pred = 0
        for column in range(len(types)):
            t, p = counts(column, None, thr, rules)
            tp, pred = tp + t, pred + p
        return round(_f1(tp, pred + (other if rules else 0), gold_total), 4)
    add_curve = {thr: added(thr, True) for thr in ADD_GRID}
    alone_curve = {thr: added(thr, False) for thr in ALONE_GRID}
    return {"filter": keep, "add": max(ADD_GRID, key=lambda thr: (add_curve[thr], thr)),
            "alone": max(ALONE_GRID, key=lambda thr: (alone_curve[thr], thr)), "add_curve": add_curve,
            "alone_curve": alone_curve}


def score(gold_dir: Path, pred_dir: Path, names: list[str], work: Path) -> dict[str, int | float]:
    """Totals of the activities of ``names`` by the shared scorer (symlinked subsets): tp, predicted, gold, f1."""
    subset = work / f"subset-{pred_dir.name}-{len(names)}-{names[0] if names else ''}"
    for part in ("g", "p"):
        (subset / part).mkdir(parents=True, exist_ok=True)
        for old in (subset / part).iterdir():
            old.unlink()
    for name in names:
        (subset / "g" / f"{name}.gold.json").symlink_to((gold_dir / f"{name}.gold.json").resolve())
        (subset / "p" / f"{name}.json").symlink_to((pred_dir / f"{name}.json").resolve())
    out = subprocess.run([sys.executable, str(SCORER), str(subset / "g"), str(subset / "p"), "--json"],
                         capture_output=True, text=True, check=True).stdout
    cell = json.loads(out)["categories"]["activities"]
    return {"tp": cell["tp"], "predicted": cell["predicted"], "gold": cell["gold"], "f1": round(cell["f1"], 3)}


def clause_scores(probs: np.ndarray, y: np.ndarray, types: list[str], cut: float = 0.5) -> dict[str, dict]:
    """Clause-level precision and recall per type at ``cut`` (out-of-fold scores), with the positives' count."""
    out = {}
    for column, kind in enumerate(types):
        said, true = probs[:, column] >= cut, y[:, column] == 1
        hit = int((said & true).sum())
        out[kind] = {"positives": int(true.sum()), "precision": round(hit / said.sum(), 3) if said.sum() else None,
                     "recall": round(hit / true.sum(), 3) if true.sum() else None}
    return out


def run(dev: Path, work: Path, jobs: int) -> dict:
    """The whole experiment (module docstring); the JSON report."""
    from sklearn.model_selection import GroupKFold
    scorer = _scorer()
    names = build_cache(dev, work / "cache", jobs)
    loaded = {n: json.loads((work / "cache" / f"{n}.json").read_text(encoding="utf-8")) for n in names}
    readable = [n for n in names if not VALIDATION.match(n)]
    held = [n for n in names if VALIDATION.match(n)]
    fresh = [n for n in held if FRESH.match(n)]
    golds = {n: json.loads((dev / f"{n}.gold.json").read_text(encoding="utf-8")).get("activities", []) for n in readable}
    types = sorted({a["type"] for n in readable for a in golds[n]})
    train = [loaded[n] for n in readable]
    text, groups = _rows(train)
    y = np.vstack([labels(u["clauses"], golds[u["name"]], types, scorer.overlaps) for u in train]) if train else \
        np.zeros((0, len(types)), dtype=np.int8)
    oof = np.zeros(y.shape)
    started = time.perf_counter()
    for fit, test in GroupKFold(n_splits=max(2, min(FOLDS, len(train)))).split(text, groups=groups):
        oof[test] = _fit_predict([text[i] for i in fit], y[fit], [text[i] for i in test])[0]
    cv_seconds = time.perf_counter() - started
    print(f"cross-validated in {cv_seconds:.0f} s", file=sys.stderr)
    oof_files = _split(oof, train)
    chosen = choose(scorer, train, oof_files, [golds[n] for n in readable], types)
    keep, add = chosen["filter"], chosen["add"]
    print(f"thresholds chosen: {chosen}", file=sys.stderr)
    held_units = [loaded[n] for n in held]
    held_text, _ = _rows(held_units)
    started = time.perf_counter()
    held_probs, features, scoring = _fit_predict(text, y, held_text)
    final_seconds = time.perf_counter() - started
    probs = dict(zip(readable, oof_files)) | dict(zip(held, _split(held_probs, held_units)))
    variants = {"rules": (None, None, True), "filter": (keep, None, True), "add": (None, add, True),
                "both": (keep, add, True), "model_alone": (None, chosen["alone"], False)}
    table: dict[str, dict] = {}
    for variant, (k, a, rules) in variants.items():
        folder = work / f"pred-{variant}"
        folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            facts = {**loaded[name]["facts"], "activities": hybrid(loaded[name], probs[name], types, k, a, rules)}
            (folder / f"{name}.json").write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
        row = {subset: score(dev, folder, members, work) for subset, members in
               (("readable", readable), ("validation", held), ("fresh_even", fresh)) if members}
        if "validation" in row:
            row["gap"] = round(row["readable"]["f1"] - row["validation"]["f1"], 3)
        table[variant] = row
    return {"files": {"readable": len(readable), "validation": len(held), "fresh_even": len(fresh)},
            "clauses": {"readable": len(text), "validation": len(held_text)}, "types": types,
            "thresholds": chosen, "clause_cv": clause_scores(oof, y, types),
            "model": {"features": features, "train_and_score_seconds": round(final_seconds, 1),
                      "cv_seconds": round(cv_seconds, 1),
                      "ms_per_report": round(1000 * scoring / len(held), 2) if held else None},
            "table": table}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", type=Path, default=DEV, help="a folder of NAME.txt and NAME.gold.json (default: dev)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/learned-activities"),
                        help="where the extraction cache, prediction folders and scored subsets go")
    parser.add_argument("--jobs", type=int, default=2, help="extraction processes")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.dev, args.work, args.jobs), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
