""":meth:`Context.matches` gives what ``pattern.finditer`` gives over the stretch, from one scan of the whole text:
for stretches starting or ending inside a match of the whole text too, on genre phrasings and any text of their
pieces."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.document import Document
from loaders.extract import framing
from loaders.extract.context import Context

BOUNDED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = ["市教育局", "、", "和", "等", "3", "12", "三", "个", "部门", "单位", "负责同志", "，", "。", "\n"]
TEXT = "对市教育局、市民政局等3个部门进行测评。市司法局12个单位负责同志，对三个部门开展评议。"
# the framing's count of a list, and a pattern whose matches may be cut by a stretch's end in several ways
PATTERNS = [framing._LIST_COUNT, re.compile(r"\d+个?|[三十]+个部门")]


def _both(text: str, pattern: re.Pattern[str], start: int, end: int) -> tuple[list, list]:
    ctx = Context(Document(text=text, source="t"))
    ctx.matches(pattern, 0, len(ctx.text))  # the whole text scanned first, as a finder asking again finds it
    return _spans(ctx.matches(pattern, start, end)), _spans(pattern.finditer(ctx.text, start, end))


def _spans(found) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in found]


@pytest.mark.parametrize("pattern", PATTERNS)
@pytest.mark.parametrize("start, end", [(0, len(TEXT)), (0, 23), (0, 24), (0, 25), (11, 44), (12, 30), (13, 26), (27, 27)])
def test_a_stretch_holds_what_scanning_it_finds(pattern, start, end):
    ours, scanned = _both(TEXT, pattern, start, end)
    assert ours == scanned


def test_a_stretch_ending_inside_a_count_finds_the_count_it_holds():
    ours, scanned = _both("市司法局12个单位", re.compile(r"\d+个?"), 0, 5)  # 12个 of the whole text, 1 of the stretch
    assert ours == scanned == [(4, 5, "1")]


@BOUNDED
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join), pattern=st.sampled_from(PATTERNS),
       bounds=st.tuples(st.integers(0, 80), st.integers(0, 80)))
def test_any_stretch_of_any_text_holds_what_scanning_it_finds(text, pattern, bounds):
    start, end = sorted(min(b, len(text)) for b in bounds)
    ours, scanned = _both(text, pattern, start, end)
    assert ours == scanned
