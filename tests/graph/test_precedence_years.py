"""A copy's years are one kind of thing whether a year or a range (a fresh user's study 7, F5): counted as two, a
header's range 2019—2021 beat another copy's exact 2019 for "stating more", and that report's 2019 inspections
showed under year=2021. What decides between them now is what else the headers state, then their digest."""
from __future__ import annotations

import pytest

from graph.identity import precedence
from loaders import extracted
from loaders.build import build
from loaders.document import Document

TEXT = "2018年，济南市人大常委会对《中华人民共和国森林法》开展执法检查，检查组深入企业实地察看。"


def _precedence(text: str = TEXT, **header: str):  # noqa: ANN202 - graph.identity.Precedence
    doc = Document(text=text, source="a.txt", metadata={"url": "http://www.jnrd.gov.cn/1.html",
                                                        "organ": "济南市人民代表大会常务委员会", **header})
    built = build(doc, extracted(doc))
    return precedence(True, built.iri, built.graph, doc.metadata_hash)


@pytest.mark.parametrize("span", ["2019-2021", "2017-2018", "2018-2019"])
def test_a_range_states_no_more_than_a_year(span: str) -> None:
    assert _precedence(year="2019")[:4] == _precedence(year=span)[:4]


def test_a_header_stating_more_still_goes_first_and_no_year_states_less() -> None:
    """Near misses: a date of issue is one more kind of thing; a copy whose header and text give no year states one
    kind fewer."""
    undated = TEXT.removeprefix("2018年，")
    assert _precedence(year="2019", issued="2019-12-30")[:4] < _precedence(year="2019-2021")[:4]
    assert _precedence(undated, year="2019-2021")[:4] < _precedence(undated)[:4]
