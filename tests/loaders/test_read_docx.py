"""DOCX reading, and the zip bombs it must refuse before inflating anything."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from loaders.extract import extract
from loaders.extract.context import Context
from loaders.read import docx as docx_reader
from loaders.read import ReadError, read


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "广安市人大常委会工作报告"
    document.add_paragraph("2022年1月8日")
    document.add_paragraph("我受广安市第五届人民代表大会常务委员会委托,向大会报告工作,请予审查。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "执法检查", "12项"
    table.cell(1, 0).text, table.cell(1, 1).text = "专题询问", "3次"
    document.add_paragraph("2017年以来,五年来,市人大常委会依法开展监督。")
    document.save(path)
    return path


def test_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    doc = read(make_docx(tmp_path / "report.docx"))
    lines = doc.text.split("\n")
    assert lines[0] == "2022年1月8日"
    assert "执法检查\t12项" in lines
    assert lines.index("执法检查\t12项") < lines.index("2017年以来,五年来,市人大常委会依法开展监督。")
    assert doc.metadata["title"] == "广安市人大常委会工作报告"
    assert Context(doc).metadata["organ"] == "广安市人民代表大会常务委员会"
    assert Context(doc).metadata["issued"] == "2022-01-08"
    assert Context(doc).metadata["year"] == "2017-2021"


def test_docx_is_sniffed_whatever_the_extension(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "report.bin")
    assert "向大会报告工作" in read(path).text


def bomb(member_size: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * member_size)
    return buffer.getvalue()


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb(8 * 2**20))
    with pytest.raises(ReadError, match=r"bomb\.docx: zip bomb refused: word/document\.xml inflates \d+:1"):
        read(path)


def test_zip_bomb_by_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED", 2**20)
    path = tmp_path / "big.docx"
    path.write_bytes(bomb(2 * 2**20))
    with pytest.raises(ReadError, match=r"big\.docx: zip bomb refused: DOCX would inflate to 2 MB"):
        read(path)


def test_zip_that_is_not_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "x")
    path = tmp_path / "a.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ReadError, match="not a DOCX"):
        read(path)


def test_truncated_docx(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "r.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError, match=r"cut\.docx: damaged"):
        read(path)


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(path)
    with pytest.raises(ReadError, match="empty"):
        read(path)


def test_a_tables_rows_state_what_their_cells_say(tmp_path: Path) -> None:
    """A row (cells joined by tabs) is no heading: a plan's table of items gives its activities, and a
    summary table's row reads as the same words in a sentence do (开展执法检查12项: a count)."""
    document = docx.Document()
    document.add_paragraph("武汉市人大常委会2024年监督工作计划")
    rows = [("序号", "监督项目", "监督方式", "承办单位"),
            ("1", "《中华人民共和国大气污染防治法》实施情况", "执法检查", "环资工委"),
            ("2", "全市养老服务工作情况", "专题询问", "社会委"),
            ("3", "2023年市级决算", "审查批准", "预算工委")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    document.save(path)
    facts = extract(read(path))
    found = {(a.type, tuple(a.laws), a.status) for a in facts.activities}
    assert found == {("law_enforcement_inspection", ("中华人民共和国大气污染防治法",), "planned"),
                     ("special_inquiry", (), "planned"), ("budget_review", (), "planned")}
    summary = extract(read(make_docx(tmp_path / "report.docx")))
    assert {(a.type, a.count) for a in summary.activities} == {("law_enforcement_inspection", 12), ("special_inquiry", 3)}


@pytest.mark.parametrize(("title", "kept"), [("t", None), ("文档1", None), ("Microsoft Word - 工作报告.docx", None),
                                             ("广安市人大常委会工作报告", "广安市人大常委会工作报告")])
def test_a_core_title_is_the_report_s_title_only_when_it_names_one(tmp_path: Path, title: str, kept: str | None) -> None:
    path = make_docx(tmp_path / "report.docx")
    document = docx.Document(str(path))
    document.core_properties.title = title
    document.save(path)
    assert read(path).metadata.get("title") == kept
