"""A table's rows searched one by one where the text holds their words (:class:`Alternation`) find what
their alternation finds: the same spans, from any position to any end, the earliest row winning a tie."""
from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from loaders.extract import congress_bodies
from loaders.lexicon.alternation import Alternation, _matches_empty
from loaders.lexicon.triggers import triggers
from tests.loaders.test_first_chars import BOUNDED, GENRE_TEXT

# each kind's triggers, and the congress committees named alone (whose rows share group names: unnamed when joined)
KINDS = {**triggers(), "committee alone": congress_bodies._patterns()[1]}
JOINED = {kind: re.compile(re.sub(r"\(\?P<\w+>", "(?:", alternation.pattern)) for kind, alternation in KINDS.items()}


@BOUNDED
@given(text=GENRE_TEXT, cut=st.tuples(st.integers(0, 8), st.integers(0, 8)))
@example(text="常委会听取执法检查报告并开展专题询问和满意度测评，县长作政府工作报告", cut=(0, 0))
@example(text="，王明作全国人大常委会工作报告", cut=(1, 0))
@example(text="由市人大常委会法制委员会负责，常委会法工委和各有关专门委员会", cut=(0, 0))
def test_the_rows_find_what_their_alternation_finds(text: str, cut: tuple[int, int]) -> None:
    pos, endpos = cut[0], max(cut[0], len(text) - cut[1])
    for kind, alternation in KINDS.items():
        expected = [m.span() for m in JOINED[kind].finditer(text, pos, endpos)]
        assert [m.span() for m in alternation.finditer(text, pos, endpos)] == expected, kind
        found = alternation.search(text, pos, endpos)
        assert (found and found.span()) == (expected[0] if expected else None), kind


def test_the_earliest_row_wins_a_tie_and_the_leftmost_match_wins() -> None:
    rows = Alternation(["人大常委会", "人大", "常委会听取"])
    assert rows.search("县人大常委会听取").group() == "人大常委会"
    assert [m.group() for m in rows.finditer("常委会听取，人大")] == ["常委会听取", "人大"]
    assert rows.search("政府") is None and rows.pattern == "人大常委会|人大|常委会听取"


@pytest.mark.parametrize("row", ["(?:人大)?", "(?=人大)"])
def test_a_row_that_may_match_nothing_is_refused(row: str) -> None:
    with pytest.raises(ValueError):
        Alternation(["听取", row])


def test_a_match_holds_its_rows_groups() -> None:
    assert Alternation(["(听)取", "人(大)"]).search("县人大").group(1) == "大"


@pytest.mark.parametrize("row", ["(?:人大)?", "(?=人大)", "[^，]{0,3}", "听取", "[^，]{0,3}报告", "(?<=县)人大|常委会"])
def test_whether_a_row_may_match_nothing_is_the_parsers_answer_when_kept_too(row: str) -> None:
    expected = _parser.parse(row).getwidth()[0] == 0
    assert _matches_empty(row) is expected
    assert _matches_empty(row) is expected  # the second answer read from the pattern table
    if expected:
        with pytest.raises(ValueError):
            Alternation(["听取", row])
