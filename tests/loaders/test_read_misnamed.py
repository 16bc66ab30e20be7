"""Files whose name says one format and whose bytes another (a first-time analyst, round 30, finding 9): a text's
``key: value`` header in a file named .html or .htm is read as the header, over a text or over a saved page; a file
named .pdf, .docx or .doc that is none is read as what it is, with a warning naming what it was read as."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.read import read

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"
HEADER = "url: http://www.example-tc.gov.cn/rd/2022.html\norgan: 桐城市人民代表大会常务委员会\nyear: 2022\n\n"
BODY = "桐城市人大常委会2022年工作报告\n一年来，常委会对《中华人民共和国食品安全法》实施情况开展执法检查。\n"
WANTED = {"url": "http://www.example-tc.gov.cn/rd/2022.html", "organ": "桐城市人民代表大会常务委员会", "year": "2022"}


@pytest.mark.parametrize("suffix", [".html", ".htm", ".shtml"])
@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "utf-8-sig"])
def test_a_text_with_a_header_under_a_markup_name_keeps_its_header(tmp_path: Path, suffix: str, encoding: str) -> None:
    path = tmp_path / f"copy{suffix}"
    path.write_bytes((HEADER + BODY).encode(encoding))
    document = read(path)
    assert WANTED.items() <= document.metadata.items(), document.metadata
    assert document.text.startswith("桐城市人大常委会2022年工作报告") and "organ:" not in document.text
    assert not document.warnings


def test_a_header_written_over_a_saved_page_is_the_header_and_the_page_its_text(tmp_path: Path) -> None:
    page = (FIXTURES / "xinzhou.html").read_bytes()
    path = tmp_path / "xinzhou.htm"
    path.write_bytes(HEADER.encode() + page)
    document, alone = read(path), read(FIXTURES / "xinzhou.html")
    assert document.text == alone.text  # the page read as a page: its chrome dropped, its title first
    assert WANTED.items() <= document.metadata.items()
    assert document.metadata["issued"] == alone.metadata["issued"]  # the page's own labels beside the header's


def test_a_page_without_a_header_reads_as_before(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(b"\n" + (FIXTURES / "xinzhou.html").read_bytes())
    assert read(path).text == read(FIXTURES / "xinzhou.html").text


@pytest.mark.parametrize(("name", "label", "read_as"), [
    ("fakezh.pdf", "a PDF (its bytes do not start with %PDF-)", "plain text"),
    ("report.docx", "a DOCX document", "plain text"),
    ("report.doc", "a Word .doc", "plain text"),
])
def test_a_text_under_a_binary_format_name_is_read_with_a_warning(tmp_path: Path, name: str, label: str,
                                                                   read_as: str) -> None:
    path = tmp_path / name
    path.write_text(HEADER + BODY, encoding="utf-8")
    document = read(path)
    assert document.metadata["url"] == WANTED["url"]
    assert [w for w in document.warnings if w.startswith(f"named {path.suffix} but not {label}")] == [
        next(w for w in document.warnings if "named" in w)]
    assert f"read as {read_as}" in document.warnings[-1]


def test_a_page_under_a_pdf_name_says_it_was_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "saved.pdf"
    path.write_bytes((FIXTURES / "xinzhou.html").read_bytes())
    assert read(path).warnings[-1].endswith("read as an HTML page: check that this is the file you meant, or rename it")


def test_a_file_of_its_own_format_has_no_such_warning(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(HEADER + BODY, encoding="utf-8")
    assert not read(path).warnings and not read(FIXTURES / "xinzhou.html").warnings
