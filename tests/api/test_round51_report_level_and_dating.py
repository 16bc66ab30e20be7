"""A7 of newuser36 (round 51): the Facts JSON says what the store records of a report's level and where its years came
from. A report whose organ only its text names had ``okg:level`` county in the store and no ``level`` in the Facts; a
year guessed from the page's date said ``dated.from: report text`` beside the warning naming the page's date; and a
saved page's address date (/202409/) was no guess while an ``issued:`` line was. One rule now: a page's posting date,
from ``issued:``, the page or its address, guesses the year (warned, ``from: page date``), never overriding a year the
header or the text's own words give."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from loaders import extracted, load, read
from loaders.document import Document
from ontology import OKG

#: A county's standing committee meeting told without naming its county but in a deputy's resignation (as 宝丰's page).
MEETING = ("7月28日上午，县十六届人大常委会第四次会议在县人大常委会机关会议室举行。会议听取和审议了县人民政府关于"
           "优化营商环境工作情况的报告，表决通过了关于接受王某某辞去鲁山县第十六届人民代表大会代表职务的决定。\n")


def _stored_level(path: Path) -> str | None:
    report = load(str(path))
    value = report.graph.value(URIRef(str(report.iri)), OKG.level)
    return None if value is None else str(value)


@pytest.mark.parametrize("header", ["title: 县十六届人大常委会举行第四次会议\nissued: 2022-08-02\n", "issued: 2022-08-02\n",
                                    "url: http://www.example.gov.cn/rd/2022-08/02/c_1.htm\n"])
def test_the_facts_give_the_level_the_store_records(tmp_path: Path, header: str) -> None:
    path = tmp_path / "meeting.txt"
    path.write_text(header + "\n" + MEETING, encoding="utf-8")
    facts = extracted(read(path))
    assert facts.report.get("level") == _stored_level(path) == "county", facts.report


@pytest.mark.parametrize(("header", "source", "year"), [
    ("issued: 2022-08-02\n", "page date", "2022"),
    ("url: http://www.example.gov.cn/rd/202208/t20220802_5.html\n", "page date", "2022"),
    ("url: http://www.example.gov.cn/html/2021-12-30/88.html\n", "page date", "2021"),
    ("year: 2021\nissued: 2022-08-02\n", "header", "2021"),
    ("issued: 2022-08-02\nurl: http://www.example.gov.cn/rd/201901/t2.html\n", "page date", "2022"),  # issued: first
])
def test_dated_from_says_where_the_report_s_year_came_from(tmp_path: Path, header: str, source: str, year: str) -> None:
    path = tmp_path / "meeting.txt"
    path.write_text(header + "\n" + MEETING, encoding="utf-8")
    facts = extracted(read(path))
    assert facts.report["year"] == year
    assert {a.dated["from"] for a in facts.activities if a.dated} == {source}, [a.dated for a in facts.activities]
    guessed = [w for w in facts.warnings if w.startswith("year:")]
    assert (len(guessed) == 1 and "guessed from the page's date" in guessed[0]) == (source == "page date"), guessed
    if "url:" in header and "issued:" not in header:
        assert "in its address" in guessed[0] and "issued" not in facts.report  # a guess of the year, no date of issue


def test_the_text_s_own_year_wins_over_the_address(tmp_path: Path) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("url: http://www.example.gov.cn/rd/202409/t1.html\n\n2023年，" + MEETING, encoding="utf-8")
    facts = extracted(read(path))
    assert facts.report["year"] == "2023" and not [w for w in facts.warnings if "guessed" in w]
    assert {a.dated["from"] for a in facts.activities if a.dated} <= {"report text", "sentence"}


def test_a_saved_page_s_address_date_guesses_its_year(tmp_path: Path) -> None:
    page = tmp_path / "saved.html"
    page.write_text('<!DOCTYPE html>\n<!-- saved from url=(0052)http://www.example.gov.cn/rdxw/202409/t20240926_3.html -->'
                    "<html><head><meta charset='utf-8'><title>县人大常委会举行第四次会议</title></head><body><h1>县人大常委会"
                    f"举行第四次会议</h1><p>{MEETING}</p></body></html>", encoding="utf-8")
    document = read(page)
    assert document.metadata["url"].endswith("t20240926_3.html")
    facts = extracted(document)
    assert facts.report["year"] == "2024"
    assert any("2024-09 in its address" in w for w in facts.warnings), facts.warnings
    assert {a.dated["from"] for a in facts.activities if a.dated} == {"page date"}


def test_a_plain_document_without_any_date_still_has_no_year() -> None:
    facts = extracted(Document(MEETING, "r.txt", {}))
    assert "year" not in facts.report and any(w.startswith("year: neither") for w in facts.warnings)
