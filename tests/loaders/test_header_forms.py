"""Header forms a Markdown writer uses (a fresh user's study 7, F4 and F7): a header written as a list
(``- **url:** …``, ``* url: …``, ``+ 年份：…``), keys in ``__`` emphasis, and YAML front matter (``---`` … ``---``)
are read as the header; near misses stay text, and a front matter's lines okg cannot read are warned about."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.read import ReadError, read

BODY = "市人大常委会对《中华人民共和国森林法》开展执法检查。\n"
WANTED = {"url": "http://odd.example/34", "organ": "济南市人民代表大会常务委员会", "level": "city", "year": "2019"}


def _read(tmp_path: Path, text: str):  # noqa: ANN202 - a loaders.document.Document
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


@pytest.mark.parametrize("header", [
    "- **url:** http://odd.example/34\n- **organ:** 济南市人民代表大会常务委员会\n- **level:** city\n- **year:** 2019\n",
    "* url: http://odd.example/34\n* organ: 济南市人民代表大会常务委员会\n* level: city\n* year: 2019\n",
    "+ url: http://odd.example/34\n+ organ：济南市人民代表大会常务委员会\n+ level: 市级\n+ year: 2019年\n",
    "- **网址**：http://odd.example/34\n- **机关**：济南市人民代表大会常务委员会\n- **级别**：市\n- **年份**：2019\n",
    "- **網址**：http://odd.example/34\n- **機關**：济南市人民代表大会常务委员会\n- **級別**：市\n- **年份**：2019\n",
    "__url:__ http://odd.example/34\n__organ__: 济南市人民代表大会常务委员会\n__level: city__\n__year:__ 2019\n",
    "- __url:__ http://odd.example/34\n- __organ:__ 济南市人民代表大会常务委员会\n- level: city\n- year: 2019\n",
])
def test_a_header_written_as_a_markdown_list_or_in_underscores_is_read(tmp_path: Path, header: str) -> None:
    for blank in ("\n", ""):  # closed by a blank line, or followed by the text directly
        doc = _read(tmp_path, header + blank + BODY)
        assert doc.metadata == WANTED and doc.text == BODY, (blank, doc.metadata)


@pytest.mark.parametrize("front", [
    "---\nurl: http://odd.example/34\norgan: 济南市人民代表大会常务委员会\nlevel: city\nyear: 2019\n---\n\n",
    "---\nurl: \"http://odd.example/34\"\norgan: '济南市人民代表大会常务委员会'\nlevel: city\nyear: 2019\n---\n",
    "\n\n---\n# written by hand\nurl: http://odd.example/34\n\norgan: 济南市人民代表大会常务委员会\nlevel: city\nyear: 2019\n...\n\n",
    "---\n网址：http://odd.example/34\n機關：济南市人民代表大会常务委员会\n级别：市级\n年份：2019\n---\n\n",
    "---  \n- url: http://odd.example/34\n- organ: 济南市人民代表大会常务委员会\n- level: city\n- year: 2019\n---\n\n",
])
def test_yaml_front_matter_is_the_header(tmp_path: Path, front: str) -> None:
    """Before, the opening ``---`` made the block below it "a header block inside the text": several reports joined."""
    doc = _read(tmp_path, front + BODY)
    assert doc.metadata == WANTED and doc.text == BODY and not doc.warnings


def test_front_matter_lines_no_field_reads_are_warned_about_never_text(tmp_path: Path) -> None:
    doc = _read(tmp_path, "---\nurl: http://odd.example/34\ntags:\n  - 执法检查\n  - 森林法\nyear: 2019\n---\n\n" + BODY)
    assert doc.text == BODY and doc.metadata["year"] == "2019"
    [warning] = [w for w in doc.warnings if w.startswith("front matter")]
    assert "lines 4, 5 are no one-line `key: value` field" in warning and "\n" not in warning


@pytest.mark.parametrize("header", [
    "---\nurl http://odd.example/34\nyear: 2019\n---\n\n",  # a colon lost inside front matter
    "- url http://odd.example/34\n- year: 2019\n\n",
])
def test_a_header_line_that_lost_its_colon_is_refused_in_either_form(tmp_path: Path, header: str) -> None:
    with pytest.raises(ReadError, match="its colon is missing"):
        _read(tmp_path, header + BODY)


@pytest.mark.parametrize("text", [
    "- 一是加强执法检查。\n- 二是开展专题询问。\n\n" + BODY,  # a list of the report's own
    "---\n正文第一段。\n---\n" + BODY,  # rules around a paragraph: no key, no front matter
    "- 来源：新华网\n- 日期：2021-05-01\n\n" + BODY,  # a page's own source and date, as a list
    "**一、执法检查**\n" + BODY,
    "*url: http://odd.example/34\n\n" + BODY,  # emphasis that does not pair: no list item, no header
])
def test_near_misses_stay_the_report_s_text(tmp_path: Path, text: str) -> None:
    doc = _read(tmp_path, text)
    assert doc.text == text and not {"url", "organ", "year", "level"} & doc.metadata.keys()


def test_two_reports_joined_under_front_matter_are_still_refused(tmp_path: Path) -> None:
    front = "---\nurl: http://odd.example/{n}\norgan: 济南市人民代表大会常务委员会\nyear: 2019\n---\n\n"
    with pytest.raises(ReadError, match="several reports joined"):
        _read(tmp_path, front.format(n=1) + BODY + "\n" + front.format(n=2) + BODY)


@pytest.mark.parametrize(("heading", "kept"), [
    ("## 济南市人大常委会2019年工作报告\n\n", "## 济南市人大常委会2019年工作报告\n\n"),
    ("# 工作报告\n", "# 工作报告\n"),
    ("### 报告\n\n## 济南市\n\n", "### 报告\n\n## 济南市\n\n"),
    ("\n  ## 工作报告  \n\n\n", "  ## 工作报告  \n\n\n"),  # blank lines above it skipped, the heading as written
])
@pytest.mark.parametrize("header", [
    "- url: http://odd.example/34\n- organ: 济南市人民代表大会常务委员会\n- level: city\n- year: 2019\n",
    "url: http://odd.example/34\norgan: 济南市人民代表大会常务委员会\nlevel: city\nyear: 2019\n",
    "- **网址**：http://odd.example/34\n- **机关**：济南市人民代表大会常务委员会\n- **级别**：市\n- **年份**：2019\n",
])
def test_a_markdown_heading_above_the_header_is_kept_as_the_title(tmp_path: Path, heading: str, kept: str,
                                                                  header: str) -> None:
    """A header under a ``## heading`` was refused as "1 header block (line 3), 1 inside the text: several reports
    joined" (a fresh user's round 24, finding 1): the heading is the report's title, kept as its opening line."""
    doc = _read(tmp_path, heading + header + "\n" + BODY)
    assert doc.metadata == WANTED and not doc.warnings
    assert doc.text == kept + BODY


def test_reports_joined_under_headings_are_refused_naming_the_file_s_lines(tmp_path: Path) -> None:
    part = "## 报告{n}\n\n- url: http://odd.example/{n}\n- organ: 济南市人民代表大会常务委员会\n- year: 2019\n\n" + BODY
    with pytest.raises(ReadError, match=r"2 header blocks \(url:/organ:/level:/year: lines; lines 3, 10\), 1 inside"):
        _read(tmp_path, part.format(n=1) + part.format(n=2))


@pytest.mark.parametrize("text", [
    "#话题#市人大常委会 2019\n" + BODY,  # a hashtag, no heading: the text's own
    "## 一、执法检查\n" + BODY,  # a heading over the text, no header
])
def test_headings_above_no_header_stay_the_text(tmp_path: Path, text: str) -> None:
    doc = _read(tmp_path, text)
    assert doc.text == text and not {"url", "year"} & doc.metadata.keys()


def test_a_header_line_that_lost_its_colon_under_a_heading_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="header line 4 'year 2019' is not `key: value`"):
        _read(tmp_path, "## 报告\n\nurl: http://odd.example/34\nyear 2019\n\n" + BODY)
