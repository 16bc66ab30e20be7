""":func:`literal_words.finditer` finds what ``re.finditer`` finds with the words' alternation compiled into the
pattern: the same starts, words and ends, on phrasings of the genre and on any text of the characters involved."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.extract import laws_bare
from loaders.lexicon import literal_words

BOUNDED = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = ["新洲", "新洲区", "区", "苏州", "州", "古城", "保护", "条例", "实施办法", "人大常委会", "个", "、", "和", "，", "。", "\n"]
WORD_LISTS = [["新洲区", "新洲"], ["新洲", "新洲区"], ["苏州"], ["州", "苏州"], ["洲区", "新洲"]]
REST = re.compile(r"(?!人大常委会)(?P<body>[古城保护]{2,6}?(?:(?<!个)条例|实施办法))")


def _by_re(text: str, words: list[str], rest: re.Pattern[str] | None, before: str | None) -> list[tuple[int, int, str]]:
    opens = rf"(?:(?<=[{before}])|^)" if before else ""
    pattern = re.compile(rf"{opens}(?P<word>{'|'.join(map(re.escape, words))})" + (rest.pattern if rest else ""))
    return [(m.start(), m.end(), m.group("word")) for m in pattern.finditer(text)]


def _by_words(text: str, words: list[str], rest: re.Pattern[str] | None, before: str | None) -> list[tuple[int, int, str]]:
    opens = (lambda at: at == 0 or text[at - 1] in before) if before else None
    return [(start, match.end() if match else start + len(word), word)
            for start, word, match in literal_words.finditer(text, words, rest, opens)]


@pytest.mark.parametrize("text, words, expected", [
    ("新洲区人大常委会听取新洲区政府报告", ["新洲区", "新洲"], [(0, 3, "新洲区"), (10, 13, "新洲区")]),
    ("新洲区人大", ["新洲", "新洲区"], [(0, 2, "新洲")]),  # the first listed wins where both start
    ("新洲区", ["洲区", "新洲"], [(0, 2, "新洲")]),  # none overlapping a match before it
    ("武汉市人大", ["新洲"], []),
])
def test_words_alone_are_found_as_their_alternation(text, words, expected):
    assert _by_words(text, words, None, None) == expected == _by_re(text, words, None, None)


@pytest.mark.parametrize("text, expected", [
    ("和苏州古城保护条例", [(1, 9, "苏州")]),
    ("苏州古城保护条例", [(0, 8, "苏州")]),  # the text's start opens a title
    ("江苏州古城保护条例", []),  # within a word: nothing before it opens one
    ("和苏州人大常委会古城保护条例", []),  # what the rest refuses
    ("和苏州个条例", []),
])
def test_words_then_a_pattern_are_found_as_one_pattern(text, expected):
    words = ["苏州", "州"]
    assert _by_words(text, words, REST, "和、") == expected == _by_re(text, words, REST, "和、")


@BOUNDED
@given(text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join), words=st.sampled_from(WORD_LISTS),
       rest=st.sampled_from([None, REST]), before=st.sampled_from([None, "和、\n"]))
def test_any_text_gives_what_re_gives(text, words, rest, before):
    assert _by_words(text, words, rest, before) == _by_re(text, words, rest, before)


@pytest.mark.parametrize("text, title", [
    ("贯彻落实苏州古城保护条例", "苏州古城保护条例"),
    ("对苏州城乡规划条例实施情况开展检查", "苏州城乡规划条例"),
    ("和苏州人大常委会工作条例", "苏州人大常委会工作条例"),
])
def test_a_title_after_a_short_name_is_found_as_written(text, title):
    jur = laws_bare.areas.Jurisdiction("city", province="江苏省", city="苏州市")
    assert [found for _, _, found in laws_bare.level_word_titles(text, jur, laws_bare.Stretches([]))] == [title]


@pytest.mark.parametrize("text", ["东苏州古城保护条例", "苏州人大常委会河道管理条例", "苏州多个条例"])
def test_no_title_after_a_short_name_inside_a_word_or_the_committee(text):
    jur = laws_bare.areas.Jurisdiction("city", province="江苏省", city="苏州市")
    assert laws_bare.level_word_titles(text, jur, laws_bare.Stretches([])) == []
