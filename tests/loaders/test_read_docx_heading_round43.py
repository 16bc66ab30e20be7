"""A DOCX's first title or first-level heading is the report's title when its core properties name none (newuser28
§16, round 43: a page saved as DOCX, property 文档1, headline styled 标题 1, had no title); a property naming a report
still wins, and a heading that names none (a site's name) is no title."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from loaders.read import read

BODY = "2020年6月18日，聊城市人大常委会副主任王建鹏带队，对我市贯彻实施《中华人民共和国野生动物保护法》情况进行执法检查。"


def _docx(path: Path, heading: str, style: str, prop: str = "文档1") -> Path:
    document = docx.Document()
    document.core_properties.title = prop
    document.add_paragraph("来源：聊城人大")
    document.add_paragraph(heading, style=style)
    document.add_paragraph(BODY)
    document.save(path)
    return path


@pytest.mark.parametrize("style", ["Heading 1", "Title"])
def test_the_first_heading_is_the_title_when_the_properties_name_none(tmp_path: Path, style: str) -> None:
    doc = read(_docx(tmp_path / "r.docx", "聊城市人大常委会开展野生动物保护执法检查", style))
    assert doc.metadata.get("title") == "聊城市人大常委会开展野生动物保护执法检查"


def test_a_property_naming_a_report_wins(tmp_path: Path) -> None:
    doc = read(_docx(tmp_path / "r.docx", "要闻", "Heading 1", prop="聊城市人大常委会工作报告"))
    assert doc.metadata.get("title") == "聊城市人大常委会工作报告"


@pytest.mark.parametrize(("heading", "style"), [("聊城人大网", "Heading 1"), ("聊城市人大常委会开展执法检查", "Heading 2")])
def test_a_site_name_or_a_lower_heading_is_no_title(tmp_path: Path, heading: str, style: str) -> None:
    assert "title" not in read(_docx(tmp_path / "r.docx", heading, style)).metadata
