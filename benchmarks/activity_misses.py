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

``--false`` classes the other way round: every predicted activity no gold took (a false activity), by the first of
these that holds (round 40):

- ``told_twice``: a gold activity of its type would match it, but another prediction took that one (an event told again
  in the report, or one telling predicted twice);
- ``wrong_type``: a gold activity of another type, which no prediction took, would match it under that type;
- ``beside_other``: a gold activity of another type, taken by a prediction of that type, would match it under that
  type (a step of that work, 评议工作组…开展走访调研 in an appraisal, or a compound 视察调研 typed twice);
- ``planned``: stated as to come (a plan or an agenda), which the scorer counts like any other;
- ``heading``: its sentence is a heading (``activities._is_lead``, a title line, a numbered line);
- ``title``: its kind's word stands in a title (《…》 or 关于…报告) named, not in work done;
- ``other_body``: a clause of its sentence before it opens with a government, party or department (区政府高度重视，…组织
  代表开展了现场调研; 省审计厅…实时跟踪督促审计整改落实), the last such opening before it deciding (市委书记、…王浩提出
  …，市人大常委会副主任…开展调研 is the congress's): that body's work;
- ``no_event``: its clause names the kind as a method, a principle, an aim or a judgement (坚持重调研, 探索开展…测评,
  要…加强…执法检查, 是…开展的第一项执法检查);
- ``step``: its sentence tells another activity that a gold took (召开调研座谈会 after 开展…执法检查);
- ``retold``: a gold of its type elsewhere in the report was taken by another prediction: the event told again in
  other words (会上，委员们…进行了询问; 在…专题询问现场), or a second event the gold lacks;
- ``unsorted``: none of these (work the gold may lack: for the lead to read, never to edit).

``--shape TYPE REGEX --before SET`` counts the readable golds of the collection sets before ``SET`` (a, b, f, …, z, aa,
…: shorter names first) that give an activity of ``TYPE`` (``*``: any) whose evidence, simplified, matches ``REGEX``, and
the activities of other types whose evidence matches it (round 48's classing of the newest sets' misses: a construction
three or more older golds give as that type is a known shape a rule reads too narrowly; fewer, a shape dev rarely shows,
which more data fixes, not a rule).

Only readable files are read (the validation split's misses are never looked at: a file whose name is of that split is
refused). Run: ``python -m benchmarks.activity_misses PRED_DIR [GOLD_DIR] [--only ao] [--type report,budget] [--false] [--json]
[--show CLASS]``, or ``python -m benchmarks.activity_misses --shape TYPE REGEX --before SET [GOLD_DIR]``;
PRED_DIR holds the Facts JSON of the same extractor (``/work/scratch/extract_dir.py`` writes it).
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

from loaders.extract import activities, filing_reviews, plans, suggestions, voters
from loaders.extract.organs import OVERSEEN_KINDS
from loaders.extract.context import Context
from loaders.extract.spans import Span
from loaders.lexicon.normalise import simplify
from loaders.lexicon.patterns import NOT_DONE
from loaders.read import read

#: The validation split of the dev files (the round's engineer brief): never read here.
VALIDATION = re.compile(r"^(?:[p-z]|a[a-z]|ba)\d*[02468]$")
SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score_facts.py"
#: The passes of :func:`activities.hits` that take activities out of the list they are given: (module, function name).
_PASSES: list[tuple[ModuleType, str]] = [(activities, name) for name in dir(activities) if name.startswith("_without_")] + [
    (activities, name) for name in ("_once_each_event", "_as_fated", "_own_drafts_planned", "_each_law_reported",
                                    "_inspections_reported", "_own_report_reviewed")] + [
    (filing_reviews, "once_a_passage"), (suggestions, "once_a_sentence"), (voters, "without_reports_to_voters")]


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
    _, took = _taken(golds, preds, sf)
    missed = [g for k, g in enumerate(golds) if k not in took]
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


# The bodies whose work is not the congress's (:data:`organs.OVERSEEN_KINDS` and party committees).
_OTHER_BODIES = frozenset(OVERSEEN_KINDS) | {"party"}
# A numbered heading line (二、组织开展观摩视察).
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。]*$")
# A title the kind's word stands in: open 《 before it, or 关于… before and 报告 after it in its clause.
_IN_TITLE = re.compile(r"《[^》]*$|关于[^，,。；]*$")
# Words making a clause name its kind as a method, a principle, an aim or a judgement, not as work done.
_STANCE = re.compile(r"要|应当?|需要|坚持|注重|探索|推动|推进|加强|强化|做实|重(?=[^，,。；]{0,2}调研)|同步|结合|方式|形式|机制"
                     r"|^\s*是|通过此次|基础上")


def _taken(golds: list[dict], preds: list[dict], sf: ModuleType) -> tuple[set[int], dict[int, int]]:
    """The scorer's greedy match: the predictions taken, and for each gold taken the prediction that took it."""
    used: set[int] = set()
    took: dict[int, int] = {}
    for j, g in enumerate(golds):
        hit = next((i for i, p in enumerate(preds) if i not in used and sf.same_activity(g, p)), None)
        if hit is not None:
            used.add(hit)
            took[j] = hit
    return used, took


def classify_false(name: str, text_path: Path, gold: dict, pred: dict, sf: ModuleType) -> list[dict]:
    """The false activities of one file (predicted, taken by no gold), each with its ``class`` (the module's list for
    ``--false``)."""
    golds, preds = gold.get("activities", []), pred.get("activities", [])
    used, took = _taken(golds, preds, sf)
    false = [p for i, p in enumerate(preds) if i not in used]
    if not false:
        return []
    doc = read(text_path)
    ctx = Context(doc)
    taken_spans = [(preds[i].get("type"), preds[i].get("start", -1), preds[i].get("end", -1)) for i in took.values()]
    rows = []
    for p in false:
        row = {"file": name, "type": p["type"], "evidence": p.get("evidence", ""), "status": p.get("status")}
        retyped = [(j, g) for j, g in enumerate(golds) if g.get("type") != p["type"] and sf.same_activity(g, {**p, "type": g.get("type")})]
        if any(sf.same_activity(g, p) for g in golds):
            row["class"] = "told_twice"
        elif any(j not in took for j, _ in retyped):
            row["class"], row["gold"] = "wrong_type", sorted({g["type"] for j, g in retyped if j not in took})
        elif retyped:
            row["class"], row["gold"] = "beside_other", sorted({g["type"] for _, g in retyped})
        elif p.get("status") == "planned":
            row["class"] = "planned"
        else:
            row["class"] = _false_cause(ctx, p, taken_spans)
        rows.append(row)
    return rows


def _false_cause(ctx: Context, p: dict, taken: list[tuple[str, int, int]]) -> str:
    """Why a false activity that no gold would take under any type was found: a class of :func:`classify_false`."""
    text = ctx.text
    start, end = _normalised(ctx, p.get("start", 0), p.get("end", 0))
    sentence = ctx.sentence_holding(start)
    if sentence is None:
        return "unsorted"
    line = ctx.line_at(sentence.start)
    if activities._is_lead(text, sentence) or plans.is_title_line(line) or _NUMBERED.match(line) or _NUMBERED.match(sentence.text):
        return "heading"
    kinds = activities._kinds(Span(start, end, text[start:end]))
    at = start + (kinds[0][1].start() if kinds else 0)
    clause = ctx.clause_at(at) or sentence
    if _IN_TITLE.search(text[clause.start : at]) and ("《" in text[clause.start : at] or "报告" in text[at : clause.end]):
        return "title"
    subject = None  # the kind of the organ opening the last clause up to the kind's word that opens with one
    for clause_before in ctx.clauses_of(sentence):
        if clause_before.start > at:
            break
        lead = clause_before.start + len(clause_before.text) - len(clause_before.text.lstrip(" \t\u3000“"))
        opener = next((o for o in ctx.organ_hits if o.start == lead), None)
        subject = opener.kind if opener is not None else subject
    if subject in _OTHER_BODIES:
        return "other_body"
    if _STANCE.search(text[clause.start : at]):
        return "no_event"
    spans = [(kind, *_normalised(ctx, s, e)) for kind, s, e in taken]
    if any(s < sentence.end and e > sentence.start and kind != p["type"] for kind, s, e in spans):
        return "step"
    if any(kind == p["type"] for kind, _, _ in spans):
        return "retold"
    return "unsorted"


def _set_order(name: str) -> tuple[int, str]:
    """Where a file's collection set stands among the sets (a, b, f, …, z, aa, …): its letters' count, then the letters."""
    letters = re.match(r"[a-z]*", name).group()  # type: ignore[union-attr]
    return len(letters), letters


def shape_count(gold_dir: Path, kind: str, pattern: str, before: str) -> tuple[list[str], Counter[str]]:
    """How often older golds give a construction: the readable files of the sets before ``before`` (:func:`_set_order`)
    whose gold has an activity of ``kind`` (``*`` any) with evidence matching ``pattern`` once simplified, and the
    count of matching activities of the other types. Raises re.error on a bad pattern."""
    matcher = re.compile(pattern)
    files: list[str] = []
    others: Counter[str] = Counter()
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        if VALIDATION.match(name) or _set_order(name) >= _set_order(before):
            continue
        for activity in json.loads(gold_path.read_text(encoding="utf-8")).get("activities", []):
            if not matcher.search(simplify(activity.get("evidence", ""))):
                continue
            if kind in ("*", activity.get("type")):
                files += [] if name in files else [name]
            else:
                others[activity.get("type", "")] += 1
    return files, others


def _normalised(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The normalised-view range of the original ``start:end``."""
    return ctx.view.index(start), ctx.view.index(end)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    if argv is None:
        argv = sys.argv[1:]
    if "--shape" in argv:
        return _shape_main(argv)
    parser.add_argument("pred", type=Path, help="folder of NAME.json Facts")
    parser.add_argument("gold", type=Path, nargs="?", default=Path("benchmarks/genre/dev"), help="folder of NAME.gold.json and NAME.txt")
    parser.add_argument("--only", default="", help="files whose name starts with this (ao)")
    parser.add_argument("--false", action="store_true", help="class the false activities (predicted, no gold) instead of the misses")
    parser.add_argument("--json", action="store_true", help="every miss as JSON lines")
    parser.add_argument("--show", default="", help="list the misses of classes starting with this")
    parser.add_argument("--type", default="", help="only activities whose type starts with one of these, comma-separated (report,budget)")
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
        how = classify_false if args.false else classify
        rows += how(name, args.gold / f"{name}.txt", json.loads(gold_path.read_text(encoding="utf-8")), pred, sf)
    rows = [r for r in rows if any(str(r["type"]).startswith(t) for t in args.type.split(","))]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.show:
        for row in rows:
            if row["class"].startswith(args.show):
                print(f"{row['file']:6} {row['class']:28} {row['type']:28} {row['evidence'][:90]!r} "
                      f"{row.get('predicted', row.get('gold', ''))}")
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


def _shape_main(argv: list[str]) -> int:
    """``--shape TYPE REGEX --before SET [GOLD_DIR]``: print :func:`shape_count`'s files and other types."""
    parser = argparse.ArgumentParser(description="older readable golds giving a construction as an activity of a type")
    parser.add_argument("--shape", nargs=2, metavar=("TYPE", "REGEX"), required=True)
    parser.add_argument("--before", required=True, help="the collection set the golds must come before (ax)")
    parser.add_argument("gold", type=Path, nargs="?", default=Path("benchmarks/genre/dev"))
    args = parser.parse_args(argv)
    if not args.gold.is_dir():
        raise SystemExit(f"no gold folder {args.gold}")
    files, others = shape_count(args.gold, *args.shape, args.before)
    print(f"{len(files)} files {' '.join(files)}")
    print("other types: " + (", ".join(f"{t} {n}" for t, n in others.most_common()) or "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
