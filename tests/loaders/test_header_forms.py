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
