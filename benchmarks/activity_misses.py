"""Why the extractor misses gold activities: every unmatched gold activity of the readable dev files, classed by the
kind of parse failure, in a table by class and type.

Matching is the shared scorer's (``../shared/tools/score_facts.py``: type, and a law in common or overlapping evidence;
greedy, one to one, gold in order). A gold activity left unmatched is classed by the first of these that holds:

- ``each_of_several``: a predicted activity of its type matches it, but another gold activity with the same evidence
  took that one (the gold tells one activity per body or report its words name: 分别对A、B、C开展评议);
- ``joined``: a predicted activity of its type matches it, but another gold activity took that one (one activity told
  where the gold has two: a list split too little, or two clauses joined);
- ``wrong_type``: a predicted activity of another type covers its evidence (the gold's type would have matched it);
- ``laws_or_evidence``: one of its type covers its evidence but neither shares a law nor overlaps it enough;
- ``no_trigger``: no trigger of any kind (``activity-triggers.csv``) fires in its sentence;
- ``dropped:WHY``: a trigger fires but no activity covers the evidence: WHY is the pass of :func:`activities.hits` that
  removed one found there (its function's name), or the clause test that left its clause out (``heading``,
  ``agency_sentence``, ``not_activity`` for a ``not-activities.csv`` row, ``judged_onward`` for one whose scope runs on,
  ``not_done``, ``aim``, ``bare_inspection``, ``legislative``, ``step_of_before``), else ``other``;
- ``not_in_text``: its evidence is nowhere in the text (a gold to check).

With ``--false`` the predicted activities no gold takes are classed instead (:func:`classify_false`), by the first
of these that holds:

- ``duplicate``: a gold activity of its type matches it, but another prediction took that gold (one activity told
  twice: a restatement, a list split too far, a step of the activity counted again);
- ``wrong_type:T``: a gold activity of type T matches it, its type aside (the kind the gold gives is T);
- ``beside_gold``: no gold matches it, but a gold activity's evidence lies in its sentence (a clause of another
  activity's sentence read as an activity of its own);
- ``no_gold``: no gold activity in its sentence (work the gold does not count: an aim, a mechanism, a framing, or a
  gold to check).

Only readable files are read (the validation split's misses are never looked at: a file whose name is of that split is
refused). Run: ``python -m benchmarks.activity_misses PRED_DIR [GOLD_DIR] [--only ao] [--type other,filing_review]
[--false] [--json] [--show CLASS]``; PRED_DIR holds the Facts JSON of the same extractor
(``/work/scratch/extract_dir.py`` writes it).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from loaders.extract import activities, filing_reviews, suggestions, voters
from loaders.extract.context import Context
from loaders.lexicon.patterns import NOT_DONE
from loaders.read import read

#: The validation split of the dev files (the round's engineer brief): never read here.
VALIDATION = re.compile(r"^(?:[p-z]|a[a-p])\d*[02468]$")
SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_facts.py"
#: The passes of :func:`activities.hits` that take activities out of the list they are given: (module, function name).
_PASSES: list[tuple[ModuleType, str]] = [(activities, name) for name in dir(activities) if name.startswith("_without_")] + [
    (activities, name) for name in ("_once_each_event", "_as_fated", "_own_drafts_planned", "_each_law_reported",
                                    "_inspections_reported", "_own_report_reviewed")] + [
    (filing_reviews, "once_a_passage"), (suggestions, "once_a_sentence"), (voters, "without_reports_to_voters")]
#: Where a sentence ends, for the false activities' class ``beside_gold``.
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")


def scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer module; SystemExit naming the path when it is not there."""
    if not path.exists():
        raise SystemExit(f"no scorer at {path}")
    spec = importlib.util.spec_from_file_location("score_facts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


class _Removed:
    """Records what each pass of :data:`_PASSES` removed while it is installed: (type, start, end, pass) in the
    normalised text."""

    def __init__(self) -> None:
        self.found: list[tuple[str, int, int, str]] = []
        self._saved: dict[tuple[ModuleType, str], Callable] = {}

    def __enter__(self) -> _Removed:
        for module, name in _PASSES:
            original = getattr(module, name)
            self._saved[(module, name)] = original
            setattr(module, name, self._watch(name, original))
        return self

    def __exit__(self, *_: object) -> None:
        for (module, name), original in self._saved.items():
            setattr(module, name, original)

    def _watch(self, name: str, original: Callable) -> Callable:
        def watched(*args: Any) -> Any:
            # the activities given: the last list argument holding Founds (not a list of law starts beside it)
            given = next((a for a in reversed(args) if isinstance(a, list) and all(isinstance(f, activities.Found) for f in a[:1])), [])
            out = original(*args)
            kept = {id(f) for f in out} | {(f.type, f.span.start, f.span.end) for f in out}
            for f in given:
                if isinstance(f, activities.Found) and id(f) not in kept and (f.type, f.span.start, f.span.end) not in kept:
                    self.found.append((f.type, f.span.start, f.span.end, name.lstrip("_")))
            return out
        return watched


def _locate(text: str, evidence: str) -> tuple[int, int] | None:
    """Where ``evidence`` stands in ``text``, white space aside; None when nowhere."""
    at = text.find(evidence)
    if at >= 0:
        return at, at + len(evidence)
    squeezed = re.sub(r"\s+", "", evidence)
    if not squeezed:
        return None
    pattern = r"\s*".join(re.escape(c) for c in squeezed)
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else None


def _clause_test(ctx: Context, start: int, end: int) -> str:
    """Which test of :func:`activities.hits` leaves out the clause at normalised ``start:end``, as a word."""
    text = ctx.text
    sentence = next((s for s in ctx.sentences if s.start <= start < s.end or s.start < end <= s.end), None)
    if sentence is None:
        return "other"
    if not activities._states_a_kind(text[sentence.start:sentence.end]):
        return "no_trigger"
    if ctx.agency_sentences.holds(sentence.start):
        return "agency_sentence"
    if activities._is_lead(text, sentence):
        return "heading"
    clauses = ctx.clauses_of(sentence)
    if activities._DURING.match(clauses[0].text):
        return "step_of_before"
    judged = False
    for clause in clauses:
        judged = judged or bool(activities._SKIP_ONWARD(clause.text))
        if clause.end <= start or clause.start >= end:
            continue
        if not activities._states_a_kind(clause.text):
            continue
        if judged:
            return "judged_onward"
        if activities._SKIP_CLAUSE(clause.text):
            return "not_activity"
        if NOT_DONE.search(clause.text):
            return "not_done"
        if activities._AIM_CLAUSE.match(clause.text):
            return "aim"
        kinds = [k for k, _ in activities._kinds(clause)]
        if kinds == ["law_enforcement_inspection"]:
            return "bare_inspection"
        if kinds == ["investigation"] and activities._LEGISLATIVE.search(sentence.text):
            return "legislative"
    return "other"


def classify(name: str, text_path: Path, gold: dict, pred: dict, sf: ModuleType) -> list[dict]:
    """The unmatched gold activities of one file, each with its ``class``."""
    golds, preds = gold.get("activities", []), pred.get("activities", [])
    used: set[int] = set()
    missed = []
    for g in golds:
        hit = next((i for i, p in enumerate(preds) if i not in used and sf.same_activity(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            used.add(hit)
    if not missed:
        return []
    doc = read(text_path)
    ctx = Context(doc)
    with _Removed() as removed:
        ctx.activity_hits  # noqa: B018  (computed under the watch)
    rows = []
    for g in missed:
        where = _locate(doc.text, g.get("evidence", ""))
        row = {"file": name, "type": g.get("type"), "evidence": g.get("evidence", ""), "laws": g.get("laws") or []}
        covering = [p for p in preds if where and p.get("start", -1) < where[1] and p.get("end", -1) > where[0]]
        if any(sf.same_activity(g, p) for p in preds):
            repeated = sum(o.get("type") == g.get("type") and o.get("evidence") == g.get("evidence") for o in golds) > 1
            row["class"] = "each_of_several" if repeated else "joined"
            row["predicted"] = [p["evidence"] for p in preds if sf.same_activity(g, p)][:1]
        elif any(p["type"] != g.get("type") and sf.same_activity(g, {**p, "type": g.get("type")}) for p in covering):
            row["class"] = "wrong_type"
            row["predicted"] = sorted({p["type"] for p in covering})
        elif any(p["type"] == g.get("type") for p in covering):
            row["class"] = "laws_or_evidence"
            row["predicted"] = [p["evidence"] for p in covering if p["type"] == g.get("type")][:2]
        elif where is None:
            row["class"] = "not_in_text"
        else:
            start, end = _normalised(ctx, *where)
            passes = [why for kind, s, e, why in removed.found if s < end and e > start]
            test = _clause_test(ctx, start, end)
            row["class"] = test if test == "no_trigger" else "dropped:" + (passes[0] if passes else test)
            if covering:
                row["predicted"] = sorted({p["type"] for p in covering})
        rows.append(row)
    return rows


def classify_false(name: str, text_path: Path, gold: dict, pred: dict, sf: ModuleType) -> list[dict]:
    """The predicted activities of one file no gold activity takes (the scorer's greedy matching), each with its
    ``class`` (see the module's doc) and, for ``wrong_type``, the gold's type in the class's name."""
    golds, preds = gold.get("activities", []), pred.get("activities", [])
    taken: set[int] = set()
    for g in golds:
        hit = next((i for i, p in enumerate(preds) if i not in taken and sf.same_activity(g, p)), None)
        if hit is not None:
            taken.add(hit)
    text = text_path.read_text(encoding="utf-8") if text_path.exists() else ""
    rows = []
    for i, p in enumerate(preds):
        if i in taken:
            continue
        row = {"file": name, "type": p.get("type"), "evidence": p.get("evidence", ""), "status": p.get("status"),
               "laws": p.get("laws") or []}
        retyped = [g["type"] for g in golds if g.get("type") != p.get("type") and sf.same_activity({**g, "type": p.get("type")}, p)]
        if any(sf.same_activity(g, p) for g in golds):
            row["class"] = "duplicate"
        elif retyped:
            row["class"] = "wrong_type:" + retyped[0]
        else:
            row["class"] = "beside_gold" if _gold_in_sentence(text, p, golds) else "no_gold"
        rows.append(row)
    return rows


def _gold_in_sentence(text: str, pred: dict, golds: list[dict]) -> bool:
    """Whether a gold activity's evidence lies in the sentence of ``pred``'s evidence (up to 。；; or a line end)."""
    where = _locate(text, pred.get("evidence", ""))
    if where is None:
        return False
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, where[0])), default=0)
    end = m.start() if (m := _SENTENCE_END.search(text, where[1])) else len(text)
    spans = (_locate(text, g.get("evidence", "")) for g in golds)
    return any(span is not None and span[0] < end and span[1] > start for span in spans)


def _normalised(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The normalised-view range of the original ``start:end``."""
    return ctx.view.index(start), ctx.view.index(end)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pred", type=Path, help="folder of NAME.json Facts")
    parser.add_argument("gold", type=Path, nargs="?", default=Path("benchmarks/genre/dev"), help="folder of NAME.gold.json and NAME.txt")
    parser.add_argument("--only", default="", help="files whose name starts with this (ao)")
    parser.add_argument("--type", default="", help="only activities of these types, comma-separated (other,filing_review)")
    parser.add_argument("--false", action="store_true", help="class the predicted activities no gold takes, not the misses")
    parser.add_argument("--json", action="store_true", help="every miss as JSON lines")
    parser.add_argument("--show", default="", help="list the misses of classes starting with this")
    parser.add_argument("--scorer", type=Path, default=SCORER, help="the shared scorer (default: ../shared/tools/score_facts.py)")
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        raise SystemExit(f"no gold folder {args.gold}")
    sf = scorer(args.scorer)
    rows: list[dict] = []
    for gold_path in sorted(args.gold.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        if VALIDATION.match(name) or not name.startswith(args.only):
            continue
        pred_path = args.pred / f"{name}.json"
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        classing = classify_false if args.false else classify
        rows += classing(name, args.gold / f"{name}.txt", json.loads(gold_path.read_text(encoding="utf-8")), pred, sf)
    if args.type:
        rows = [r for r in rows if r["type"] in args.type.split(",")]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.show:
        for row in rows:
            if row["class"].startswith(args.show):
                print(f"{row['file']:6} {row['class']:28} {row['type']:28} {row['evidence'][:90]!r} {row.get('predicted', '')}")
        return 0
    by_class = Counter(r["class"] for r in rows)
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        by_type[r["class"]][r["type"]] += 1
    types = [t for t, _ in Counter(r["type"] for r in rows).most_common()]
    short = {t: t.replace("law_enforcement_inspection", "inspection").replace("satisfaction_evaluation", "satisfaction")[:13] for t in types}
    print(f"{'class':40} {'all':>4} " + " ".join(f"{short[t]:>13}" for t in types))
    for cls, n in by_class.most_common():
        print(f"{cls:40} {n:4} " + " ".join(f"{by_type[cls][t] or '':>13}" for t in types))
    print(f"{'total':40} {len(rows):4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
