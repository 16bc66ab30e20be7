"""Which activities of a report's Facts are stated totals alone: summary counts (开展执法检查6项) that the report graph
keeps only as the statistic of their kind, no activity node (DESIGN.md's data model: "a summary count is a statistic
whose measure is the activity kind, not an activity instance"), while the Facts JSON, the extraction contract, lists
them as activities with their ``count``. One rule for the build (:mod:`loaders.build.activities`) and for ``okg
extract``, which marks them (round 41, newuser25 §8); free of rdflib, so ``okg extract`` starts without it."""
from __future__ import annotations

from loaders.extract.activity_counts import told_in_sequence
from loaders.extract.subjects import done_on
from loaders.facts import Activity, Facts


def stated_totals(facts: Facts) -> list[bool]:
    """For each of ``facts.activities`` in order, whether the graph keeps it only as the statistic stating its number (a
    summary count, 开展执法检查6项: the statistic of its kind, no activity node), not as an activity (DESIGN.md's data
    model); a summary count naming its laws, what it was done on, or told in sequence is an activity as well."""
    totals = {(stat.kind, stat.start, stat.end) for stat in facts.statistics}
    kinds_on: dict[tuple[int, int], set[str]] = {}
    for act in facts.activities:
        kinds_on.setdefault((act.start, act.end), set()).add(act.type)
    return [_summary(act, totals, len(kinds_on[act.start, act.end]) > 1) and not act.laws and not done_on(act.evidence)
            and not told_in_sequence(act.evidence) for act in facts.activities]


def _summary(act: Activity, totals: set[tuple[str | None, int, int]], joint: bool) -> bool:
    """Whether an activity is a summary count: a statistic of its kind states its number (a count of
    laws, 检查6部法律实施情况, is six inspections: a total, as 开展执法检查6次 is), or, when its words state activities of
    several kinds (``joint``), a statistic ending where those words end counts them at once
    (开展执法检查、视察、专题询问16次: one total, no inspection)."""
    return any(start < act.end and act.start < end
               and ((act.count is not None and kind == act.type) or (joint and kind is None and end == act.end))
               for kind, start, end in totals)
