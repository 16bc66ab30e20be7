"""Score the extractor on a corpus and measure its throughput against jieba.

Usage: python benchmarks/eval_extraction.py [CORPUS_DIR] [PRED_DIR] [--overwrite | --score-only]

Runs ``extract`` over every CORPUS_DIR/*.txt, writes PRED_DIR/NAME.json (a new or empty
folder unless ``--overwrite``: a saved folder of another extractor's predictions is never
replaced by accident; ``--score-only`` scores the predictions already there), prints
the table of ``score_facts.py`` (precision, recall, F1 per category), then how often
the fields the scorer does not match on agree between a matched gold and predicted
activity (``status``: reported or planned; ``count``) and, where the golds give them, who
conducted, assisted and joined each matched 执法检查 (round 46 ruling 8), then each category's F1 with a 95 %
bootstrap interval over the corpus's files (how far a score moves with the sample of files
alone), then extraction speed in
characters per second as a ratio to jieba segmentation of the same texts in the
same run (when jieba is installed).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from types import ModuleType  # noqa: E402

from benchmarks.common import best_seconds  # noqa: E402
from loaders.extract import extract  # noqa: E402
from loaders.read import read  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "tools" / "score_facts.py"


def _arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="eval_extraction.py",
        description="Score the extractor on a corpus (the shared scorer's table, status and count agreement, "
                    "bootstrap intervals) and measure its throughput against jieba in the same run.")
    parser.add_argument("corpus", nargs="?", type=Path, default=SHARED / "corpus",
                        help="folder of NAME.txt reports with NAME.gold.json beside them (default: the shared corpus)")
    parser.add_argument("pred_dir", nargs="?", type=Path,
                        help="folder the predictions NAME.json are written into; it must be new or hold no NAME.json "
                             "(default: a new temporary folder)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--overwrite", action="store_true",
                      help="write into PRED_DIR even if it holds predictions, replacing files of the same name")
    mode.add_argument("--score-only", action="store_true",
                      help="extract nothing: score the predictions already in PRED_DIR (no speed measurement)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir() or not any(args.corpus.glob("*.txt")):
        parser.error(f"{args.corpus}: no *.txt reports there; give a folder of report texts with their .gold.json")
    if args.score_only and (args.pred_dir is None or not any(args.pred_dir.glob("*.json"))):
        parser.error(f"{args.pred_dir}: --score-only needs a folder of NAME.json predictions")
    if not (args.score_only or args.overwrite) and args.pred_dir is not None and any(args.pred_dir.glob("*.json")):
        parser.error(f"{args.pred_dir}: holds predictions already; score them with --score-only, "
                     "or replace them with --overwrite")
    return args


def main(argv: list[str]) -> int:
    args = _arguments(argv)
    corpus = args.corpus
    pred_dir = args.pred_dir or Path(tempfile.mkdtemp(prefix="okg-pred-"))
    docs = [] if args.score_only else [read(path) for path in sorted(corpus.glob("*.txt"))]
    if docs:
        pred_dir.mkdir(parents=True, exist_ok=True)
        for doc in docs:
            name = Path(doc.source).stem
            facts = extract(doc).to_json()
            (pred_dir / f"{name}.json").write_text(json.dumps(facts, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"predictions in {pred_dir}")
    if SCORER.exists():
        subprocess.run([sys.executable, str(SCORER), str(corpus), str(pred_dir)], check=False)
        for field, (agree, matched) in activity_fields(corpus, pred_dir).items():
            print(f"activity {field} agrees on {agree} of {matched} matched activities")
        for field, (agree, matched) in inspection_conductors(corpus, pred_dir).items():
            if matched:
                print(f"inspection {field} agrees on {agree} of {matched} matched inspections whose gold gives it")
        for category, (f1, low, high) in intervals(corpus, pred_dir).items():
            print(f"{category:<16} F1 {f1:.3f}, 95 % bootstrap interval over files {low:.3f}–{high:.3f}")
    if args.score_only:
        return 0
    chars = sum(len(doc.text) for doc in docs)
    seconds = best_seconds(lambda: [extract(doc) for doc in docs], rounds=5)
    print(f"extraction: {chars} characters in {seconds:.3f} s = {chars / seconds:,.0f} chars/s")
    try:
        import jieba
    except ImportError:
        print("jieba not installed: no baseline ratio")
        return 0
    jieba.setLogLevel(60)
    jieba.initialize()
    baseline = best_seconds(lambda: [jieba.lcut(doc.text) for doc in docs], rounds=5)
    print(f"jieba segmentation: {chars / baseline:,.0f} chars/s")
    print(f"ratio extraction / jieba: {baseline / seconds:.2f}")
    return 0


@lru_cache(maxsize=1)
def _scorer() -> ModuleType:
    """``score_facts.py``, the shared scorer, as a module (loaded once)."""
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def intervals(corpus: Path, pred_dir: Path, resamples: int = 2000, seed: int = 15) -> dict[str, tuple[float, float, float]]:
    """Per category, ``(micro F1, 2.5th, 97.5th percentile)``: the F1 of ``score_facts.py`` over the files,
    and the percentile interval of the same F1 over ``resamples`` samples of the files drawn with
    replacement (Efron and Tibshirani, *An Introduction to the Bootstrap*, 1993, ch. 13). Files, not facts,
    are resampled: a report's facts stand or fall together. A file with no prediction predicts nothing."""
    scorer = _scorer()
    counts = []  # per file: {category: (tp, predicted, gold)}
    for gold_path in sorted(corpus.glob("*.gold.json")):
        pred_path = pred_dir / (gold_path.name.removesuffix(".gold.json") + ".json")
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        counts.append(scorer.counts(json.loads(gold_path.read_text(encoding="utf-8")), pred))
    if not counts:
        return {}

    def f1(sample: list[dict[str, tuple[int, int, int]]], category: str) -> float:
        return scorer.prf(*(sum(c[category][i] for c in sample) for i in range(3)))[2]

    pick = random.Random(seed)
    out = {}
    for category in scorer.CATEGORIES:
        spread = sorted(f1(pick.choices(counts, k=len(counts)), category) for _ in range(resamples))
        out[category] = (f1(counts, category), spread[int(0.025 * resamples)], spread[int(0.975 * resamples) - 1])
    return out


def _matched_activities(corpus: Path, pred_dir: Path) -> Iterator[tuple[dict, dict, dict]]:
    """``(gold activity, predicted activity, predicted Facts)`` for every pair ``score_facts.py`` matches (its greedy
    one-to-one matching on type and laws or evidence), file by file; a file with no prediction gives none."""
    scorer = _scorer()
    for gold_path in sorted(corpus.glob("*.gold.json")):
        pred_path = pred_dir / (gold_path.name.removesuffix(".gold.json") + ".json")
        if not pred_path.exists():
            continue
        facts = json.loads(pred_path.read_text(encoding="utf-8"))
        gold, pred = json.loads(gold_path.read_text(encoding="utf-8")).get("activities", []), facts.get("activities", [])
        used: set[int] = set()
        for g in gold:
            i = next((i for i, p in enumerate(pred) if i not in used and scorer.same_activity(g, p)), None)
            if i is not None:
                used.add(i)
                yield g, pred[i], facts


def activity_fields(corpus: Path, pred_dir: Path, fields: tuple[str, ...] = ("status", "count")) -> dict[str, tuple[int, int]]:
    """Per field, (agreeing, matched): the activities ``score_facts.py`` pairs, and how many of the pairs give the
    field the same value (a missing ``status`` is ``reported``, the extraction contract's default)."""
    agree, matched = dict.fromkeys(fields, 0), 0
    for g, p, _ in _matched_activities(corpus, pred_dir):
        matched += 1
        for field in fields:
            default = "reported" if field == "status" else None
            agree[field] += g.get(field, default) == p.get(field, default)
    return {field: (agree[field], matched) for field in fields}


CONDUCTOR_FIELDS = ("conducted_by", "assisted_by", "jointly_with")


def inspection_conductors(corpus: Path, pred_dir: Path) -> dict[str, tuple[int, int]]:
    """Per field of ``CONDUCTOR_FIELDS``, (agreeing, matched): the matched ``law_enforcement_inspection`` pairs whose
    gold gives the field (genre README, round 46 ruling 8), and how many agree. ``conducted_by`` is one body: the
    prediction's, or its report's own organ where it names none (the Facts contract: work is the report's organ's
    unless another body conducted it); ``assisted_by`` and ``jointly_with`` are sets of bodies, agreeing when each
    gold name has a predicted one and each predicted one a gold one. Names compare as ``score_facts.same_name``
    compares canonicals."""
    same_name = _scorer().same_name

    def same(a: str, b: str) -> bool:
        return same_name({"canonical": a}, {"canonical": b})

    def same_set(gold: list[str], pred: list[str]) -> bool:
        return all(any(same(g, p) for p in pred) for g in gold) and all(any(same(g, p) for g in gold) for p in pred)

    agree, matched = dict.fromkeys(CONDUCTOR_FIELDS, 0), dict.fromkeys(CONDUCTOR_FIELDS, 0)
    for g, p, facts in _matched_activities(corpus, pred_dir):
        if g.get("type") != "law_enforcement_inspection":
            continue
        for field in CONDUCTOR_FIELDS:
            if field not in g:
                continue
            matched[field] += 1
            if field == "conducted_by":
                agree[field] += same(g[field], p.get(field) or (facts.get("report") or {}).get("organ") or "")
            else:
                agree[field] += same_set(g[field] or [], p.get(field) or [])
    return {field: (agree[field], matched[field]) for field in CONDUCTOR_FIELDS}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
