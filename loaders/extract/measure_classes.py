"""A statistic's measure class: the one class of a controlled vocabulary an analyst groups the figure under.

A statistic keeps its measure as the report words it (召开常委会会议, 举行常委会会议, 常委会会议 …: ~900 ways on the
dev reports), which nobody can group or sum. Its class is one code for what is counted:

- a summary count of activities (开展执法检查11项) is counted in its kind: the Facts type
  (``law_enforcement_inspection``), or the narrower kind its words name when the type is ``other``
  (4次专项工作评议 → ``work_appraisal``, the class's local name in the types' style: :func:`measure_key`);
- any other figure takes the first row of ``data/measure-classes.csv`` whose units hold its unit and whose
  pattern its measure holds (代表建议 件 → ``suggestions_received``; 满意率 % → ``satisfaction_rate``), else the first
  such row whose pattern the stretch it was read from holds (常委会组成人员 51名出席会议 → ``attendance_present``:
  the measure is often only the words before the number), else none.

Measure and evidence are read as the rules read the text (simplified, glosses dropped: 建議 as 建议).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.facts import Statistic
from loaders.lexicon.normalise import normalise
from loaders.lexicon.tables import rows
from loaders.lexicon.triggers import activity_class


@dataclass(frozen=True)
class MeasureClass:
    """One row of ``measure-classes.csv``: a class code, its labels (blank for an activity kind's code, whose labels
    are its ontology class's), the units it counts in and the words that name it."""

    code: str
    label_zh: str
    label_en: str
    units: re.Pattern[str]
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def classes() -> tuple[MeasureClass, ...]:
    """The rows of ``measure-classes.csv``, in file order (the first that fits wins)."""
    return tuple(MeasureClass(row["class"], row["label_zh"], row["label_en"], re.compile(row["units"]),
                              re.compile(row["pattern"])) for row in rows("measure-classes"))


def measure_key(cls: str) -> str:
    """The measure of a summary count of a narrower kind: its class's local name in the Facts types' style
    (``okg:WorkAppraisal`` or ``WorkAppraisal`` → ``work_appraisal``, beside ``law_enforcement_inspection``)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", str(cls).rsplit("#", 1)[-1]).lower()


def narrower_kind(kind: str, evidence: str) -> str | None:
    """The local name of the narrower kind the words of an activity or a summary count of Facts type ``kind`` name:
    the class of the first row of ``activity-classes.csv`` for that type whose pattern ``evidence`` holds (民生实事项目票决
    of an ``other`` → ``LivelihoodProjectVote``), else None; the evidence is read as the rules read the text."""
    return activity_class(kind, normalise(evidence).text)


def measure_class(stat: Statistic) -> str | None:
    """The class code of ``stat`` (see the module's doc), or None when no row fits."""
    if stat.kind:
        narrower = narrower_kind(stat.kind, stat.evidence) if stat.kind == "other" else None
        return measure_key(narrower) if narrower else stat.kind
    fitting = [row for row in classes() if row.units.fullmatch(stat.unit)]
    for words in (normalise(stat.what).text, normalise(stat.evidence).text):
        if found := next((row.code for row in fitting if row.pattern.search(words)), None):
            return found
    return None
