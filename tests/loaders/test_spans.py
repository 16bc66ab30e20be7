"""Clauses of a sentence: quotes that name or cite keep their commas, a quoted speech does not."""
from __future__ import annotations

import re

import pytest

from loaders.extract.spans import MAX_SENTENCE, Disjoint, Placed, Span, clauses, sentences, start_after


def clause_texts(text: str) -> list[str]:
    return [c.text for c in clauses(text, Span(0, len(text), text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("“担任代表以来，我列席常委会会议，参加食品安全法执法检查。”代表王某说",
     ["“担任代表以来", "我列席常委会会议", "参加食品安全法执法检查", "”代表王某说"]),
    ("他说：“今年我们视察了三个项目，提出建议五条！”",
     ["他说", "“今年我们视察了三个项目", "提出建议五条", "”"]),
    ("“我参加了两次调研，一次视察。” 代表们表示",
     ["“我参加了两次调研", "一次视察", "” 代表们表示"]),
])
def test_a_quoted_speech_splits_at_its_commas_and_stops(text: str, expected: list[str]) -> None:
    assert clause_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("听取了关于“巩固成果，强化队伍建设”的工作报告，并进行了审议",
     ["听取了关于“巩固成果，强化队伍建设”的工作报告", "并进行了审议"]),
    ("开展“人大代表进社区，倾听群众心声”活动，收集建议20条",
     ["开展“人大代表进社区，倾听群众心声”活动", "收集建议20条"]),
])
def test_a_quoted_name_or_slogan_keeps_its_commas(text: str, expected: list[str]) -> None:
    assert clause_texts(text) == expected


@pytest.mark.parametrize("join", ["，", "、", " ", ""])
def test_a_sentence_over_the_longest_is_cut_in_pieces_that_keep_every_character(join: str) -> None:
    """A page flattened into one line without sentence ends (a menu, a table) is read in pieces of at
    most MAX_SENTENCE characters, cut after a clause end where one is, so per-sentence rules stay linear."""
    clause = "县人大常委会组织部分代表视察全县重点项目建设情况"
    text = "前言。" + join.join([clause] * 400) + "。后记"
    found = sentences(text)
    assert found[0].text == "前言" and found[-1].text == "后记"
    pieces = found[1:-1]
    assert len(pieces) > 1 and all(len(p.text) <= MAX_SENTENCE and p.text == text[p.start : p.end] for p in pieces)
    assert "".join(p.text for p in pieces) == join.join([clause] * 400)
    assert not join or all(p.text.endswith(join) for p in pieces[:-1])


def test_a_sentence_of_the_genre_s_length_is_whole() -> None:
    text = "会议听取和审议了" + "、".join(f"关于第{n}项工作情况的报告" for n in range(60)) + "。"
    assert [s.text for s in sentences(text)] == [text[:-1]]


def _after_last_mark(text: str, at: int, marks: str, low: int) -> int:
    """What :func:`start_after` answers, read the plain way: past the last mark in ``text[low:at]``, else ``low``."""
    return max(max(text.rfind(mark, low, at) for mark in marks) + 1, low)


@pytest.mark.parametrize("marks", ["。！？!?\n", "\n。；;", "；;。\n", "!"])
@pytest.mark.parametrize("gap", [0, 3, 255, 256, 257, 1500, 5000])
def test_where_a_sentence_starts_is_past_the_last_mark_before_it_however_far(marks: str, gap: int) -> None:
    """The start of a hit's sentence is right after the nearest mark before it, whether the mark is next to the hit, just
    inside or outside the first window read back, or thousands of characters away; a mark the text never holds (!)
    gives the text's start (or ``low``)."""
    text = "前言。会议听取了报告；" + "审" * gap + "会议听取和审议了报告。" + "视" * gap + "开展视察\n后记"
    for at in range(0, len(text) + 1, max(1, len(text) // 97)):
        for low in (0, 5, at // 2, at):
            assert start_after(text, at, marks, low) == _after_last_mark(text, at, marks, low), (at, low)


def test_placed_items_touching_a_stretch_are_all_those_it_meets_however_long_or_added_late() -> None:
    """Placed answers, for every stretch asked, each item whose stretch meets it (starts at or before its end, ends at or
    after its start), a long item starting far before it included, an item added after the first ones too."""
    stretches = [(s, s + length) for s in range(0, 400, 7) for length in (0, 3, 40)] + [(5, 390), (200, 201)]
    placed = Placed([(start, end, (start, end)) for start, end in stretches[::2]])
    for start, end in stretches[1::2]:
        placed.add(start, end, (start, end))
    for low in range(-5, 420, 11):
        for high in (low, low + 1, low + 30, low + 200):
            expected = sorted(s for s in stretches if s[0] <= high and s[1] >= low)
            assert sorted(placed.touching(low, high)) == expected, (low, high)


@pytest.mark.parametrize("pattern", [r"图为[^。\n]*", r"^[^\n]*摄$", r"审"])
def test_disjoint_ranges_hold_a_stretch_where_one_of_them_holds_it_whole(pattern: str) -> None:
    """Disjoint (a pattern's matches) answers, for every stretch, whether some range holds it whole, as asking every
    range does: a stretch at a range's start or end, across two adjacent ranges, or between them."""
    text = "图为调研现场。会议现场 王欢摄\n审审议图为\n视察图为检查组在某地。审"
    ranges = [m.span() for m in re.finditer(pattern, text, re.M)]
    assert ranges
    inside = Disjoint(ranges)
    for start in range(len(text) + 1):
        for end in range(start + 1, len(text) + 1):
            expected = any(first <= start and end <= last for first, last in ranges)
            assert inside.holds(start, end) == expected, (start, end)
    assert not Disjoint([]) and not Disjoint([]).holds(0, 1)
