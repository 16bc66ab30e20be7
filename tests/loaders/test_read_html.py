"""HTML pages as government sites publish them: article kept, chrome dropped."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract.context import Context
from loaders.read import ReadError, read

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"
PAGE = FIXTURES / "xinzhou.html"
CHROME = ["字体", "大 中 小", "分享到", "返回顶部", "打印本页", "版权所有", "ICP备", "公网安备", "当前位置", "首页",
          "浏览次数", "相关链接", "黄陂区人大常委会召开", "_hmt", "float: left", "统计"]


def test_article_kept_and_chrome_dropped() -> None:
    doc = read(PAGE)
    assert doc.text.startswith("新洲人大:打造全过程人民民主新洲实践新高地\n2023年,新洲区人大常委会")
    assert "开展执法检查11项" in doc.text
    assert "组织代表调研视察G347江北快速路东延线建设情况" in doc.text
    for chrome in CHROME:
        assert chrome not in doc.text, chrome


def test_page_metadata() -> None:
    doc = read(PAGE)
    assert doc.metadata["title"] == "新洲人大:打造全过程人民民主新洲实践新高地"
    assert doc.metadata["issued"] == "2024-02-09"
    assert doc.metadata["source_organ"] == "新洲区人大常委会"
    meta = Context(doc).metadata  # the organ the page's source names, resolved by the extractor
    assert meta["organ"] == "武汉市新洲区人民代表大会常务委员会"  # the full area path, as the genre writes it
    assert meta["jurisdiction"] == "新洲区"
    assert meta["level"] == "county"
    assert meta["year"] == "2023"


def test_gbk_page_declared_gb2312(tmp_path: Path) -> None:
    html = PAGE.read_text(encoding="utf-8").replace("charset=utf-8", "charset=gb2312")
    path = tmp_path / "page.shtml"
    path.write_bytes(html.encode("gbk"))
    assert read(path).text == read(PAGE).text


def test_undeclared_gbk_page(tmp_path: Path) -> None:
    html = PAGE.read_text(encoding="utf-8").replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', "")
    path = tmp_path / "page.htm"
    path.write_bytes(html.encode("gb18030"))
    assert read(path).text == read(PAGE).text


def test_title_from_title_tag_without_h1(tmp_path: Path) -> None:
    body = "".join(f"<p>{'崇明区人大常委会开展水污染防治法执法检查,推动问题整改。' * 3}</p>" for _ in range(4))
    path = tmp_path / "p.html"
    path.write_text(
        f"<html><head><title>崇明区人大开展执法检查_工作动态_崇明人大</title></head><body>{body}"
        "<p>发布时间：2024年5月6日  来源：本站</p></body></html>",
        encoding="utf-8",
    )
    doc = read(path)
    assert doc.metadata["title"] == "崇明区人大开展执法检查"
    assert doc.metadata["issued"] == "2024-05-06"
    assert doc.metadata["source_organ"] == "崇明区人大"  # from the title, never 本站 (this site)
    assert doc.text.startswith("崇明区人大开展执法检查\n崇明区人大常委会开展")


def test_short_article_falls_back_to_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "short.html"
    path.write_text(
        "<html><body><nav>首页 | 新闻</nav><div>市人大常委会召开第十次会议,审议了大气污染防治条例执法检查报告。</div>"
        "<footer>版权所有 某市人大</footer><script>var a=1;</script></body></html>",
        encoding="utf-8",
    )
    text = read(path).text
    assert "审议了大气污染防治条例执法检查报告" in text
    assert "版权所有" not in text and "var a" not in text


def test_page_that_is_all_scripts(tmp_path: Path) -> None:
    path = tmp_path / "app.html"
    script = "<script>window.__STATE__ = {'标题': '新洲人大', 'body': '" + "x" * 5000 + "'};</script>"
    path.write_text(f"<!DOCTYPE html><html><head>{script}</head><body><div id='app'></div>{script}</body></html>",
                    encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read(path)
    message = str(info.value)
    assert message.startswith(f"{path}: no article text") and "\n" not in message


def test_markup_is_sniffed_in_a_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes(PAGE.read_bytes())
    assert "开展执法检查11项" in read(path).text


@pytest.mark.parametrize(("stated", "issued"), [("2024年12月5日", "2024-12-05"), ("2025年3月27日", "2025-03-27"),
                                                ("二〇二三年十月十二日", "2023-10-12")])
def test_a_date_the_page_states_in_chinese_wins_over_the_guessed_page_date(tmp_path: Path, stated: str,
                                                                         issued: str) -> None:
    page = tmp_path / "report.html"
    page.write_text(f"<html><head><meta charset='utf-8'><title>区人大常委会工作报告</title></head><body>"
                    f"<h1>黄陂区人民代表大会常务委员会工作报告</h1><p>{stated}</p>"
                    f"<p>过去一年，区人大常委会开展了《中华人民共和国水法》执法检查，听取审议了区政府的报告。</p></body></html>",
                    encoding="utf-8")
    meta = Context(read(page)).metadata
    assert meta["issued"] == issued and "page_date" not in meta


def test_a_page_that_states_no_date_gets_none_from_a_bare_year_in_its_text(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text("<html><head><meta charset='utf-8'><title>县人大常委会视察重点项目</title></head><body><article>"
                    "<p>2023年，县人大常委会组织代表视察了重点项目建设情况，听取了县政府关于重点项目建设情况的汇报，"
                    "代表们提出了意见建议。会议要求，县政府要认真研究处理代表意见。</p></article></body></html>",
                    encoding="utf-8")
    doc = read(page)
    assert "page_date" not in doc.metadata and "issued" not in Context(doc).metadata
    assert Context(doc).metadata["year"] == "2023"


def test_a_table_row_is_its_cells_joined_by_tabs_as_from_docx(tmp_path: Path) -> None:
    page = ("<html><body><article><h1>某市人大常委会2023年监督工作计划</h1>"
            "<p>为做好2023年监督工作，根据《中华人民共和国各级人民代表大会常务委员会监督法》，制定本计划。</p>"
            "<table><tr><td>序号</td><td>监督项目</td><td>监督方式</td></tr>"
            "<tr><td>1</td><td>《中华人民共和国大气污染防治法》实施情况</td><td>执法检查</td></tr></table>"
            "<p>各专门委员会要认真组织实施，确保监督工作取得实效。</p></article></body></html>")
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    lines = read(path).text.split("\n")
    assert "序号\t监督项目\t监督方式" in lines
    assert "1\t《中华人民共和国大气污染防治法》实施情况\t执法检查" in lines
    assert not any("|" in line for line in lines)


@pytest.mark.parametrize(("head", "h1", "organ", "area"), [
    # the title names the organ with its place, the heading and the text only its placeless name (newuser25 §6)
    ("修水县人大常委会开展执法检查_修水新闻网", "县人大常委会开展执法检查", "修水县人民代表大会常务委员会", "修水县"),
    ("宜章县人民代表大会常务委员会 - 县人大常委会视察农村公路建设", "", "宜章县人民代表大会常务委员会", "宜章县"),
    ("工作动态 | 崇义县人大常委会召开第十次会议", "县人大常委会召开第十次会议", "崇义县人民代表大会常务委员会", "崇义县"),
    # a masthead heading names the organ, the title only the news
    ("县人大常委会开展执法检查", "浠水县人大常委会", "浠水县人民代表大会常务委员会", "浠水县"),
])
def test_the_organ_a_pages_title_or_masthead_names_is_offered(tmp_path: Path, head: str, h1: str, organ: str,
                                                               area: str) -> None:
    """A page whose ``<title>`` (or masthead ``<h1>``) names its organ with the place, while its text says only
    县人大常委会, has that organ and area, as a text file's masthead line gives them, and no warning of a missing organ
    (a new user's round 40, §6)."""
    path = tmp_path / "p.html"
    heading = f"<h1>{h1}</h1>" if h1 else ""
    path.write_text(f"<html><head><title>{head}</title></head><body>{heading}"
                    "<p>2011年5月，县人大常委会对《中华人民共和国食品安全法》贯彻实施情况开展执法检查，"
                    "检查组听取了县政府及有关部门的汇报。</p></body></html>", encoding="utf-8")
    context = Context(read(path))
    assert (context.metadata["organ"], context.metadata["jurisdiction"]) == (organ, area)
    assert not [line for line in context.warnings if line.startswith("organ:")]


def test_a_page_naming_no_organ_with_its_place_offers_none(tmp_path: Path) -> None:
    """A title naming only a placeless organ and a site offers no organ (县人大常委会 is no place's)."""
    path = tmp_path / "p.html"
    path.write_text("<html><head><title>县人大常委会开展执法检查_新闻中心</title></head><body>"
                    "<p>2011年5月，县人大常委会对《中华人民共和国食品安全法》贯彻实施情况开展执法检查，"
                    "检查组听取了县政府及有关部门的汇报。</p></body></html>", encoding="utf-8")
    assert "source_organ" not in read(path).metadata
