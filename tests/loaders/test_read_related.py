"""Links to other articles on a saved page (a first-time analyst, round 31, class 1): a related-article list, the
neighbouring articles' headlines and a site's menu are no text of the report, so they state no activity; the
article's own sentences, and a title under a menu's 往期回顾 button, stay.

Pages and texts are written for these tests after the genre's news pages (none from benchmarks/genre).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.read import read

HEADER = "organ: 孝感市人民代表大会常务委员会\nyear: 2023\n\n"
ARTICLE = "6月8日，市人大常委会对《中华人民共和国长江保护法》贯彻实施情况开展执法检查。"
HEADLINES = ["市人大常委会开展《中华人民共和国消防法》执法检查", "市人大常委会就全市养老服务工作开展专题询问",
             "孝感市人大常委会对《湖北省汉江流域水污染防治条例》开展执法检查"]

TEXTS = {
    "上一篇：/下一篇：": f"{ARTICLE}\n上一篇：{HEADLINES[0]}\n下一篇：{HEADLINES[1]}\n",
    "相关阅读 with dates": f"{ARTICLE}\n\n相关阅读\n{HEADLINES[0]}\n2022-05-03\n{HEADLINES[1]}\n2021-11-20\n",
    "— 相关新闻 —, blank lines": f"{ARTICLE}\n\n—  相关新闻  —\n\n{HEADLINES[0]}\n\n{HEADLINES[2]}\n",
    "相关阅读: headlines on its line": f"{ARTICLE}\n相关阅读:\n{HEADLINES[0]} {HEADLINES[1]}\n",
    "【推荐阅读】 then the site's footer": f"{ARTICLE}\n【推荐阅读】\n{HEADLINES[2]}（2020年9月1日）\n主办：孝感市人大常委会办公室\n",
    "相關閱讀, traditional": f"{ARTICLE}\n相關閱讀：\n市人大常委會開展《中華人民共和國消防法》執法檢查\n",
    "下一條, traditional": f"{ARTICLE}\n下一條：市人大常委會就全市養老服務工作開展專題詢問\n",
    # the label after other words on its line: a page printed to PDF runs its footer into one line (round 38 §7)
    "上一篇 after the footer": f"{ARTICLE}\n联系我们 电话：0712-2345678 上一篇：{HEADLINES[0]}\n",
    "上一篇 and 下一篇 on one line, no blank": f"{ARTICLE}\n主办：孝感市人大常委会办公室上一篇：{HEADLINES[0]}下一篇：{HEADLINES[1]}\n",
    "【下一篇】 after the article's last sentence": f"{ARTICLE}【下一篇】：{HEADLINES[2]}\n",
}


def _activities(path: Path) -> list[tuple[str, list[str]]]:
    return [(a.type, a.laws) for a in extract(read(path)).activities]


ONE = [("law_enforcement_inspection", ["中华人民共和国长江保护法"])]


@pytest.mark.parametrize("body", TEXTS.values(), ids=TEXTS.keys())
def test_a_texts_links_to_other_articles_are_no_activities(tmp_path, body):
    path = tmp_path / "page.txt"
    path.write_text(HEADER + body, encoding="utf-8")
    assert _activities(path) == ONE


def test_a_menu_button_above_the_article_keeps_the_title(tmp_path):
    """往期回顾 above the article is a button of the site's menu: the title after it stays."""
    path = tmp_path / "page.txt"
    path.write_text(HEADER + "往期回顾\n2023年06月12日\n严格执法检查促进长江保护\n" + ARTICLE + "\n", encoding="utf-8")
    assert "严格执法检查促进长江保护" in read(path).text


def test_a_list_heading_runs_to_the_next_sentence(tmp_path):
    """Article text after a related list (a sentence) is read again."""
    path = tmp_path / "page.txt"
    later = "7月，市人大常委会听取和审议了市人民政府关于全市养老服务工作情况的报告。"
    path.write_text(HEADER + f"{ARTICLE}\n相关阅读\n{HEADLINES[0]}\n{later}\n", encoding="utf-8")
    assert [a.type for a in extract(read(path)).activities] == ["law_enforcement_inspection", "report_review"]


PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>孝感市人大常委会开展长江保护法执法检查_孝感人大网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zfjc">执法检查</a> <a href="/ztxw">专题询问</a></div>
<h1>孝感市人大常委会开展长江保护法执法检查</h1><div class="info">日期：2023-06-12</div>
<div class="content"><p>6月8日至10日，孝感市人大常委会对《中华人民共和国长江保护法》贯彻实施情况开展执法检查，<a href="/m">先后深入汉川市实地查看</a>。</p>
<p>检查组指出，要压实各方责任，推动长江保护法落地见效。</p></div>
{links}
</body></html>"""

LINKS = {
    "a list under 相关阅读": "<div><h3>相关阅读</h3><ul>{items}</ul></div>",
    "a list under 上一篇 / 下一篇": "<div><h3>上一篇 / 下一篇</h3><ul>{items}</ul></div>",
    "links in a div, no heading": "<div class='more'>{anchors}</div>",
    "a table of links": "<table><tr><td>更多</td></tr>{rows}</table>",
}


@pytest.mark.parametrize("links", LINKS.values(), ids=LINKS.keys())
def test_a_pages_links_to_other_articles_are_no_activities(tmp_path, links):
    dates = ["2022-05-03", "2021-11-20", "2020-09-01"]
    items = "".join(f'<li><a href="/a{n}">{h}</a> {d}</li>' for n, (h, d) in enumerate(zip(HEADLINES, dates)))
    anchors = "".join(f'<p class="x"></p><a href="/a{n}">{h}</a><br>' for n, h in enumerate(HEADLINES))
    rows = "".join(f'<tr><td><a href="/a{n}">{h}</a></td><td>{d}</td></tr>' for n, (h, d) in enumerate(zip(HEADLINES, dates)))
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(links=links.format(items=items, anchors=anchors, rows=rows)), encoding="utf-8")
    doc = read(path)
    assert "先后深入汉川市实地查看" in doc.text  # a link inside the article's sentence is its text
    assert all(headline not in doc.text for headline in HEADLINES), doc.text
    assert [(a.type, a.laws) for a in extract(doc).activities] == ONE



def test_a_sentence_naming_a_former_article_keeps_its_words(tmp_path):
    """A label the article's sentence writes without a colon is no link (上一篇报道提到…)."""
    path = tmp_path / "page.txt"
    path.write_text(HEADER + "本报上一篇报道提到，6月8日，市人大常委会对《中华人民共和国长江保护法》贯彻实施情况开展执法检查。\n",
                    encoding="utf-8")
    assert _activities(path) == ONE
