"""A year guessed from a page's date is warned about (newuser28 §15, round 43): a text whose header and own words give no
year, dated only by its page (时间:2022-03-12, 发布日期：…, a header's ``issued:``), has its year inferred from that date,
as before, with one warning saying so; a year the text states, or its byline's or its meeting's date, warns of nothing."""
from __future__ import annotations

import pytest

from loaders.read.text import read_text
from loaders.extract import extract

BODY = "一年来，县人大常委会共召开常委会会议8次，听取和审议专项工作报告11项。"


def _warnings(text: str, header: str = "organ: 远安县人大常委会\n") -> list[str]:
    return extract(read_text((header + "\n" + text).encode(), "t.txt", None)).warnings


@pytest.mark.parametrize("text", [
    "县人大常委会全年工作汇报\n时间:2022-03-12 10:18:00\n" + BODY,
    "縣人大常委會全年工作匯報\n時間:2022-03-12 10:18:00\n一年來，縣人大常委會共召開常委會會議8次。",
    "县人大常委会工作汇报\n发布日期：2019-01-20\n" + BODY,
])
def test_a_year_from_a_page_date_is_warned_about(text: str) -> None:
    found = [w for w in _warnings(text) if w.startswith("year:")]
    assert len(found) == 1 and "guessed from the page's date" in found[0], found


def test_a_header_issue_date_alone_is_warned_about_too() -> None:
    found = [w for w in _warnings(BODY, "organ: 远安县人大常委会\nissued: 2022-03-12\n") if w.startswith("year:")]
    assert len(found) == 1 and "2022-03-12" in found[0]


@pytest.mark.parametrize(("text", "header"), [
    ("时间:2022-03-12\n2021年，县人大常委会共召开常委会会议8次。", "organ: 远安县人大常委会\n"),  # the text states it
    ("——2020年4月22日在远安县第十七届人民代表大会第五次会议上\n" + BODY, "organ: 远安县人大常委会\n"),  # a byline
    ("时间:2022-03-12\n" + BODY, "organ: 远安县人大常委会\nyear: 2010\n"),  # the header states it
])
def test_a_year_the_report_gives_warns_of_nothing(text: str, header: str) -> None:
    assert not [w for w in _warnings(text, header) if w.startswith("year:")]
