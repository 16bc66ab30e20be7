"""Property tests of the numeral and law-title parsers: any input, no crash, spans that hold.

Examples are bounded (``max_examples``) so the module runs in seconds.
"""
from __future__ import annotations

import cn2an
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loaders.document import Document
from loaders.extract import laws as law_titles
from loaders.extract.context import Context
from loaders.lexicon import law_catalog, numerals
from loaders.lexicon.areas import Jurisdiction
from loaders.lexicon.patterns import NUMERAL_CHARS

BOUNDED = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WUHAN = Jurisdiction("county", "湖北省", "武汉市", "新洲区")
WUHAN_ORGAN = "武汉市新洲区人民代表大会常务委员会"
#: Characters report prose is made of, plus the ones the title grammar keys on.
PROSE = st.text(alphabet=st.sampled_from(list("的了和及与、，。；《》〈〉“”（）()法条例规定办法决定实施检查执法省市区县"
                                                  "新洲武汉湖北中华人民共和国湿地保护森林渔业环境0123456789 \n")),
                max_size=300)
def law_hits(text: str) -> list[law_titles.LawHit]:
    """The law hits of ``text`` in a report of 武汉市新洲区."""
    return law_titles.hits(Context(Document(text=text, source="property", metadata={"organ": WUHAN_ORGAN})))


CATALOG = sorted(law_catalog.entries().values(), key=lambda e: e.short_title)


@BOUNDED
@given(st.integers(min_value=0, max_value=10**12))
def test_arabic_numerals_round_trip(n: int) -> None:
    assert numerals.to_number(str(n)) == n


@BOUNDED
@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numerals_round_trip(n: int) -> None:
    assert numerals.to_number(cn2an.an2cn(n)) == n


@BOUNDED
@given(st.text(alphabet=st.sampled_from(list(NUMERAL_CHARS)), max_size=12))
def test_any_run_of_numeral_characters_is_a_number_or_none(token: str) -> None:
    value = numerals.to_number(token)
    assert value is None or value >= 0


@BOUNDED
@given(n=st.integers(min_value=1, max_value=9999), chinese=st.booleans(),
       pre=st.sampled_from(["", "近", "约", "超过", "逾"]), post=st.sampled_from(["", "余", "多", "以上"]))
def test_a_stated_count_keeps_its_value_and_qualifier(n: int, chinese: bool, pre: str, post: str) -> None:
    if pre and post:
        post = ""  # the genre writes one qualifier, not both
    written = cn2an.an2cn(n) if chinese else str(n)
    match = numerals.NUMBER_RE.search(f"开展执法检查{pre}{written}{post}项")
    assert match is not None
    number = numerals.parse(match)
    assert number is not None
    assert (number.value, number.qualifier or "", number.chinese) == (n, pre or post, chinese)


@BOUNDED
@given(PROSE)
def test_find_never_fails_and_spans_lie_inside_the_text(text: str) -> None:
    hits = law_hits(text)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.canonical


@BOUNDED
@given(entry=st.sampled_from(CATALOG), before=PROSE, after=PROSE)
def test_a_catalog_title_in_brackets_is_found_with_its_canonical_title(
        entry: law_catalog.CatalogEntry, before: str, after: str) -> None:
    before, after = before.replace("《", "").replace("〈", ""), after.replace("》", "").replace("〉", "")
    written = entry.canonical.replace("《", "〈").replace("》", "〉")  # a title inside a title is in 〈〉
    text = f"{before}《{written}》{after}"
    start = len(before) + 1
    hits = [h for h in law_hits(text) if h.start == start]
    if law_titles.is_law_title(entry.canonical):
        assert [(h.end, h.canonical) for h in hits] == [(start + len(entry.canonical), entry.canonical)]


@BOUNDED
@given(st.sampled_from([e for e in CATALOG if not law_titles._DRAFT.search(e.short_title)]))
def test_canonical_titles_are_fixed_points(entry: law_catalog.CatalogEntry) -> None:
    title, level = law_titles.canonical(entry.short_title, WUHAN)
    assert law_titles.canonical(title, WUHAN) == (title, level)
    assert title == entry.canonical and level == entry.level


@pytest.mark.parametrize("title", ["刑法修正案（七）", "宪法修正案（1988年）"])
def test_numbered_amendments_keep_their_number(title: str) -> None:
    assert law_titles.canonical(title, WUHAN)[0] == law_catalog.lookup(title).canonical  # type: ignore[union-attr]


@BOUNDED
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_is_law_title_agrees_with_its_definition(title: str) -> None:
    cleaned = title.strip()
    if law_titles.is_law_title(title):
        assert cleaned.endswith(law_titles.SUFFIXES) or law_titles._DRAFT.search(cleaned)
