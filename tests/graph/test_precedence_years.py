"""A copy's years are one kind of thing whether a year or a range (a fresh user's study 7, F5): counted as two, a
header's range 2019—2021 beat another copy's exact 2019 for "stating more", and that report's 2019 inspections
showed under year=2021. What decides between them now is what else the headers state, then their digest."""
from __future__ import annotations

import pytest

from graph.identity import Reading
from loaders import extracted
from loaders.build import build
from loaders.document import Document

TEXT = "2018年，济南市人大常委会对《中华人民共和国森林法》开展执法检查，检查组深入企业实地察看。"


def _precedence(text: str = TEXT, **header: str):  # noqa: ANN202 - graph.identity.Precedence
    doc = Document(text=text, source="a.txt", metadata={"url": "http://www.jnrd.gov.cn/1.html",
                                                        "organ": "济南市人民代表大会常务委员会", **header})
    built = build(doc, extracted(doc))
    return Reading.of(built.iri, built.graph, built.content_hash).precedence


@pytest.mark.parametrize("span", ["2019-2021", "2017-2018", "2018-2019"])
def test_a_range_states_no_more_than_a_year(span: str) -> None:
    assert _precedence(year="2019")[:4] == _precedence(year=span)[:4]


def test_a_header_stating_more_still_goes_first_and_no_year_states_less() -> None:
    """Near misses: a date of issue is one more field; a copy whose header gives no year states one field fewer."""
    undated = TEXT.removeprefix("2018年，")
    assert _precedence(year="2019", issued="2019-12-30")[:4] < _precedence(year="2019-2021")[:4]
    assert _precedence(undated, year="2019-2021")[:4] < _precedence(undated)[:4]


def test_a_year_the_text_gives_is_no_year_the_header_states() -> None:
    """A copy whose header gave no year but a date of issue beat one whose header gave the year, its graph stating
    "more kinds of thing" (13 against 12) with the year its text gives, and re-dated the report from 2023 to that
    year (a fresh user's round 24, finding 3): what ranks a copy is what its header states, of whose report it is
    first."""
    dated, issued = _precedence(year="2023"), _precedence(issued="2024-01-15")
    assert dated[:4] < issued[:4]
    assert (dated[3].whose, issued[3].whose, issued[3].besides) == (("organ", "url", "year"), ("organ", "url"), ("issued",))
    assert _precedence(year="2023", issued="2024-01-15")[:4] < dated[:4]
