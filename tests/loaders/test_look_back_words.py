"""The look-back words the extractor reads from ``look-backs.csv`` (round 46: five phrases of a look-back over the present
term and two of a past time were written in Python beside that table): a sentence looking back over the present term
covers its five years, a work report opening with one and a year since covers the years from it, and a past time named
by no year makes a plan's sentence recall work done. Phrasings written for these tests."""
from __future__ import annotations

import pytest

from loaders.extract.metadata import infer_metadata, look_back_years
from loaders.extract.plans import recalled

THIS_TERM = [
    "五年来，常委会共开展执法检查12次。",
    "过去五年，我们紧扣中心工作依法履职。",
    "一、五年工作回顾",
    "本届以来，市人大常委会听取审议专项工作报告36个。",
    "任期以来，常委会先后组织视察调研40余次。",
]


@pytest.mark.parametrize("sentence", THIS_TERM)
def test_a_look_back_over_the_present_term_covers_five_years(sentence: str) -> None:
    assert look_back_years(sentence) == 5


def test_other_sentences_look_back_over_no_term() -> None:
    assert look_back_years("今年以来，常委会开展执法检查3次。") is None


@pytest.mark.parametrize("sentence", THIS_TERM[:2] + THIS_TERM[3:])
def test_a_work_report_with_a_year_since_and_a_term_look_back_covers_the_years_from_it(sentence: str) -> None:
    text = f"2017年以来，在市委的坚强领导下，{sentence}\n"
    assert infer_metadata(text, {"issued": "2022-01-20"})["year"] == "2017-2021"


PAST = [
    ("此前，常委会对《中华人民共和国水法》开展了执法检查。", True),
    ("以往常委会围绕大气污染防治开展过视察。", True),
    ("常委会对《中华人民共和国水法》开展执法检查。", False),  # no time recalled: planned work under a plan's heading
]


@pytest.mark.parametrize(("sentence", "done"), PAST)
def test_a_past_time_named_by_no_year_recalls_work_done(sentence: str, done: bool) -> None:
    assert recalled(sentence) is done
