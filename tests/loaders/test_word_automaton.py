"""Words found with characters outside every word read as \\0 (:mod:`word_automaton`) are the words
pyahocorasick's ``iter_long`` finds in the text as written: the gazetteer's names, the catalog's
bare titles, and a small table whose words overlap and nest."""
from __future__ import annotations

import ahocorasick
from hypothesis import example, given, settings
from hypothesis import strategies as st

from loaders.lexicon import areas, law_catalog
from loaders.lexicon.word_automaton import Words

PIECES = ["朝阳区", "朝阳", "北京市", "北京", "湖北省", "武汉市", "恩施州", "长阳县", "市", "区", "县", "州", "人大", "的",
          "森林法", "森林", "保护法", "环境保护法", "监督法", "，", "\n", " ", "a", "1", "\0", "\1", "《", "》",
          "龥", "ｚ", "\U00020000"]  # past the highest code point any table's words hold: read as written
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
SMALL = ["北京", "北京市", "京市", "市朝阳", "朝阳区", "阳", "森林法", "林法"]


def _found(words: list[str], text: str, longest: bool = True) -> list[tuple[int, int, str]]:
    """What pyahocorasick finds in the text as written: ``iter_long``, else ``iter``."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    found = automaton.iter_long(text) if longest else automaton.iter(text)
    return [(last - len(word) + 1, last + 1, word) for last, word in found]


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
@example(text="北京市朝阳区\0\1湖北省")  # the sentinel written in the text is no word
@example(text="北京a市朝阳区")
@example(text="北京\U00020000市朝阳ｚ区龥湖北省")
def test_words_are_found_as_in_the_text_as_written(text: str) -> None:
    assert Words(SMALL).longest_in(text) == _found(SMALL, text)
    # the words added in the order of their first characters' counts in a sample (here the text itself)
    assert Words(SMALL, common=[text]).longest_in(text) == _found(SMALL, text)
    assert Words(SMALL, common=[text]).every_in(text) == _found(SMALL, text, longest=False)
    assert areas.names_in(text) == _found(list(areas.gazetteer()), text)
    assert areas.every_name_in(text) == _found(list(areas.gazetteer()), text, longest=False)
    titles = [t for t in list(law_catalog.entries()) + list(law_catalog.ALIASES) if len(t) >= law_catalog.MIN_BARE_LENGTH]
    assert law_catalog.bare_titles().longest_in(text) == _found(titles, text)
