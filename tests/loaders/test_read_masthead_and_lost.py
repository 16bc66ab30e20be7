"""A report's title is its own heading, never the site's masthead, and a text that lost characters to an encoding is
warned about, naming how it was decoded (a first-time analyst, newuser23, round 39: reports titled with the organ's name
from the page's masthead, and a title of ``?`` stored without a word)."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from loaders.read import read
from tests.loaders.test_build_report import BODY, title_of

HEADER = "organ: 武汉市新洲区人大常委会\nyear: 2023\n\n"
REPORT = ("2023年，区人大常委会对《中华人民共和国湿地保护法》贯彻实施情况开展执法检查，检查组赴涨渡湖湿地实地察看，"
          "听取了区林业局的汇报。\n")


@pytest.mark.parametrize(("opening", "title"), [
    ("武汉市新洲区人民代表大会常务委员会\n武汉市新洲区人大常委会2023年工作报告\n", "武汉市新洲区人大常委会2023年工作报告"),
    ("新洲人大网\n关于湿地保护法执法检查情况的报告\n", "关于湿地保护法执法检查情况的报告"),
    ("湖北省人大常委会\n省人大常委会开展湿地保护法执法检查\n", "省人大常委会开展湿地保护法执法检查"),
    ("嘉義縣人民代表大會常務委員會\n嘉義縣人大常委會二〇二三年工作報告\n", "嘉義縣人大常委會二〇二三年工作報告"),
    # the name is a title's first line when the line under it ends the title
    ("某某自治县人民代表大会\n常务委员会工作报告\n", "某某自治县人民代表大会常务委员会工作报告"),
    ("某某县人民代表大会常务委员会\n工 作 报 告\n", "某某县人民代表大会常务委员会工作报告"),
    ("某市人大常委会\n关于对水污染防治法实施情况\n执法检查报告的审议意见\n", "某市人大常委会关于对水污染防治法实施情况执法检查报告的审议意见"),
    # a headline ending on a congress is news, not a masthead
    ("各镇胜利召开新一届人民代表大会\n", "各镇胜利召开新一届人民代表大会"),
])
def test_a_title_is_the_reports_heading_not_the_masthead(opening: str, title: str) -> None:
    assert title_of(opening + BODY) == title


def test_a_title_header_wins_over_heading_and_masthead() -> None:
    assert title_of("新洲人大网\n关于湿地保护法执法检查情况的报告\n" + BODY, {"title": "某区工作报告"}) == "某区工作报告"


PAGE = "<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{body}<p>" + REPORT + "</p></body></html>"


@pytest.mark.parametrize(("title", "body", "heading"), [
    ("新洲人大网", "<h1>武汉市新洲区人民代表大会常务委员会</h1><h2>武汉市新洲区人大常委会2023年工作报告</h2>",
     "武汉市新洲区人大常委会2023年工作报告"),
    ("新洲人大网 - 关于湿地保护法执法检查情况的报告", "<div>首页</div>", "关于湿地保护法执法检查情况的报告"),
    ("关于湿地保护法执法检查情况的报告_武汉市新洲区人大常委会", "", "关于湿地保护法执法检查情况的报告"),
    ("新洲人大网", "<h1>新洲人大网</h1><h3>工作动态</h3><h3>区人大常委会开展湿地保护法执法检查</h3>",
     "区人大常委会开展湿地保护法执法检查"),
    ("x", "<h1>区人大常委会开展湿地保护法执法检查</h1>", "区人大常委会开展湿地保护法执法检查"),  # an own h1 as before
])
def test_a_pages_title_is_its_heading_not_its_masthead(tmp_path: Path, title: str, body: str, heading: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.format(title=title, body=body), encoding="utf-8")
    document = read(page)
    assert document.metadata["title"] == heading and document.text.splitlines()[0] == heading


LOST = "人民代表大?常务委员?议决定?召开?第五次?议。"


@pytest.mark.parametrize(("name", "data", "how"), [
    ("damaged.txt", (HEADER + REPORT + LOST).encode("utf-8"), "its bytes decoded as utf-8"),
    ("fffd.txt", (HEADER + REPORT + "人民代表大\ufffd常务委员会\ufffd\ufffd决定。").encode("utf-8"), "its bytes decoded as utf-8"),
    ("page.html", PAGE.replace("utf-8", "gb2312").format(title="报告", body=f"<p>{LOST}</p>").encode("gb18030"),
     "its bytes decoded as gb18030 (declared gb2312)"),
    ("gbk.txt", (HEADER + REPORT + LOST).encode("gb18030"), "its bytes decoded as gb18030 (detected)"),
])
def test_a_text_that_lost_characters_is_warned_about_naming_its_decoding(tmp_path: Path, name: str, data: bytes,
                                                                        how: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    [warning] = [w for w in read(path).warnings if "has lost" in w]
    assert warning.startswith("its text has lost ") and f"), {how}: " in warning and "\n" not in warning
    assert "save it as UTF-8" in warning


@pytest.mark.parametrize("text", [REPORT, REPORT + "情况如何?取得了哪些成效?近日，区人大常委会召开会议。"])
def test_an_intact_text_is_not_warned_about(tmp_path: Path, text: str) -> None:
    path = tmp_path / "good.txt"
    path.write_text(HEADER + text, encoding="utf-8")
    assert not [w for w in read(path).warnings if "lost" in w]


def test_okg_extract_and_ingest_say_it_once_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from api.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "gbk.txt").write_bytes((HEADER + REPORT + LOST).encode("gb18030"))
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", "gbk.txt"])
    assert extracted.exit_code == 0 and "its bytes decoded as gb18030 (detected)" in extracted.stdout
    ingested = runner.invoke(app, ["ingest", "gbk.txt", "--store", "store"])
    lines = [line for line in ingested.output.splitlines() if "has lost" in line]
    assert len(lines) == 1 and lines[0].startswith("warning: gbk.txt: its text has lost 5 character(s)"), lines
