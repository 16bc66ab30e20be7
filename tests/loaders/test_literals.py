"""The words read from a pattern (:func:`literals.needed`) are held by its every match, and a gate
(:class:`literals.Gate`) leaves out only patterns that cannot match: the extractors skip searches by them,
so a wrong word would drop a fact silently. Checked on every pattern the extractors hold, over the real
sample reports and generated genre text, and on the constructs the reading must not trust."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given

from loaders.lexicon.literals import Gate, may_match, needed
from loaders.lexicon.tables import rows
from loaders.lexicon.triggers import not_activity_rows, triggers
from tests.loaders.test_pattern_cache import _extractors_patterns
from tests.loaders.test_first_chars import BOUNDED, GENRE_TEXT

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "api" / "samples").glob("*.txt"))
PATTERNS = [*_extractors_patterns(),
            *(re.compile(row["pattern"]) for table in ("activity-triggers", "report-kinds", "follow-ups") for row in rows(table)),
            *(re.compile(pattern) for pattern, _ in not_activity_rows())]
WORDED = [(p, needed(p.pattern, p.flags & ~re.UNICODE)) for p in PATTERNS]
WORDED = [(p, words) for p, words in WORDED if words is not None]


def _unheld(text: str) -> list[tuple[str, str]]:
    """(pattern, match) of every match in ``text`` that holds none of its pattern's words."""
    return [(p.pattern, m.group()) for p, words in WORDED for m in p.finditer(text)
            if not any(word in m.group() for word in words)]


def test_most_of_the_extractors_patterns_have_words() -> None:
    assert len(PATTERNS) > 400 and len(WORDED) > len(PATTERNS) / 2  # the reading reaches the rules' patterns


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_every_match_in_a_real_report_holds_one_of_its_patterns_words(sample: Path) -> None:
    assert _unheld(sample.read_text(encoding="utf-8")) == []


@BOUNDED
@given(text=GENRE_TEXT)
@example(text="县第十三届人民代表大会第三次会议举行，听取和审议执法检查报告")
def test_every_match_in_genre_text_holds_one_of_its_patterns_words(text: str) -> None:
    assert _unheld(text) == []


@pytest.mark.parametrize(("pattern", "words"), [
    ("报告$", {"报告"}),
    ("(?:人民代表大会|人大)第?[一二三]+次", {"人民代表大会", "人大"}),  # a word holding another (人大第) adds nothing
    ("(?<=报告)和|及(?=审议)", {"和", "及"}),  # lookarounds look outside the match: their words are not held
    ("听取(?:和审议)?[^，]{0,30}?报告书", {"报告书"}),  # the longest shortest word of the sequence
    ("[督查]办", {"督办", "查办"}),
    ("审议|[^，]+", None),  # a branch without a word
    ("(?:执法)?检查|", None),  # an empty branch
    ("(?:执法)?", None),  # an optional word only
    ("(?i)report", None),  # case-insensitive: a word written once matches several
    (r"(\d+)项\1", {"项"}),
])
def test_the_words_read_from_constructs(pattern: str, words: set[str] | None) -> None:
    assert needed(pattern) == (frozenset(words) if words is not None else None)


@BOUNDED
@given(text=GENRE_TEXT)
@example(text="常委会听取执法检查报告并开展专题询问和满意度测评")
def test_a_gate_keeps_every_kind_that_matches(text: str) -> None:
    kinds = triggers()
    gate = Gate({kind: pattern.pattern for kind, pattern in kinds.items()})
    assert {kind for kind, pattern in kinds.items() if pattern.search(text)} <= gate.possible(text)


def test_may_match_reads_only_the_stretch_searched() -> None:
    pattern = re.compile("人大常委会")
    text = "人大常委会，县政府"
    assert may_match(pattern, text) and not may_match(pattern, text, 1) and not may_match(pattern, text, 0, 4)


def test_a_text_asked_again_at_once_gets_the_same_keys_and_another_its_own() -> None:
    gate = Gate({"a": "人大", "b": "政府"})
    text = "县人大"
    assert gate.possible(text) == gate.possible(text) == {"a"}
    assert gate.possible("县政府") == {"b"} and gate.possible("".join(["县", "人大"])) == {"a"}


@pytest.mark.parametrize("texts", [
    ["县人大", "县政府", "".join(["县", "人大"])],  # asked again, an equal text of another object
    ["人大常委会", *(f"第{n}次会议" for n in range(40)), "人大常委会"],  # asked again after other texts
    ["县人大", *(f"第{n}次会议" for n in range(1200)), "县人大", "县政府"],  # after more than a gate keeps
    ["縣人大", "县政府和县人大", "", "县政府"],
])
def test_a_gates_bits_are_the_keys_it_finds_possible(texts: list[str]) -> None:
    patterns = {"a": "人大", "b": "政府", "c": "会议|人大"}
    gate = Gate(patterns)
    for text in texts:
        expected = {key for key, pattern in patterns.items() if re.search(pattern, text)}
        assert gate.possible(text) == expected
        assert gate.bits(text) == sum(1 << gate.index(key) for key in expected)
