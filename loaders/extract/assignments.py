"""Commissioned inspections: the share of one inspection each body takes on.

开展A法、B条例执法检查，其中，某区负责《B条例》… (or 由某委员会负责《B条例》的检查) divides an
inspection the sentence before or the same sentence states: each assignment is an inspection of
the laws it names, conducted by its assignee. A bare area named as the assignee (璧山区负责…) in a
congress's commissioned inspection stands for that area's standing committee (:mod:`organs`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from loaders.extract.spans import Span, strip_span
from loaders.lexicon.triggers import triggers

if TYPE_CHECKING:
    from loaders.extract.context import Context

# who (up to 24 characters, no clause break) 负责 the titles of the laws it takes
_ASSIGNED = re.compile(r"(?:由)?(?P<who>[^，,。；;：:、]{2,24}?)(?:具体|牵头)?负责(?:对)?(?P<what>《[^《》]{2,60}》(?:[、和及与]《[^《》]{2,60}》)*)")


@dataclass(frozen=True)
class Assignment:
    """One assignment: its evidence (assignee to the last title) and where the assignee is named."""

    span: Span
    who_start: int
    who_end: int


def find(ctx: Context) -> list[Assignment]:
    """Every assignment of a divided inspection in the context's text, in text order."""
    text = ctx.text
    found = []
    inspection = triggers()["law_enforcement_inspection"]  # the inspection divided: this sentence's or the last's
    previous = ""
    for sentence in ctx.sentences:
        if "负责《" in sentence.text or "负责对《" in sentence.text:
            if inspection.search(previous) or inspection.search(sentence.text):
                for m in _ASSIGNED.finditer(text, sentence.start, sentence.end):
                    who = m.start("who") + (2 if text.startswith("其中", m.start("who")) else 0)
                    found.append(Assignment(strip_span(text, who, m.end()), who, m.end("who")))
        previous = sentence.text
    return found
