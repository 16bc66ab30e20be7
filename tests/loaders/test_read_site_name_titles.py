"""A PDF's title property that names a web site is not the report's title (a first-time analyst's round 43, finding 3:
Chromium printed a page to PDF with its ``<title>`` 聊城人大网 as the property, and the report was titled so); a page's
title with its site's name after it keeps its own part, as an HTML page's ``<title>`` is read."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.read import read
from test_read_pdf import REPORT, make_pdf


@pytest.mark.parametrize("title", ["聊城人大网", "新京报网", "襄阳市人民政府门户网站", "湖北人大官网", "新洲區人大網", "www.lcrd.gov.cn",
                                   "lcrd.gov.cn:8080", "武汉市新洲区人民代表大会常务委员会"])
def test_a_site_s_name_is_no_title(tmp_path: Path, title: str) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(make_pdf(REPORT, title=title))
    assert "title" not in read(path).metadata


@pytest.mark.parametrize(("title", "own"), [
    ("市人大常委会开展野生动物保护执法检查_聊城人大网", "市人大常委会开展野生动物保护执法检查"),
    ("新京报网 - 北京市人大常委会工作报告", "北京市人大常委会工作报告"),
    ("关于城市地下管网建设情况的报告", "关于城市地下管网建设情况的报告"),  # a report's name ending near 网
    ("2023年工作报告 | www.xzrd.gov.cn", "2023年工作报告"),
])
def test_a_page_s_own_title_is_kept_without_its_site(tmp_path: Path, title: str, own: str) -> None:
    path = tmp_path / "r.pdf"
    path.write_bytes(make_pdf(REPORT, title=title))
    assert read(path).metadata["title"] == own
