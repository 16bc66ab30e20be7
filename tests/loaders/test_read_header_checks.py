"""What a text report's header reading refuses or warns about beyond one header's own lines (a fresh user's round,
findings F1, F4, F7): several reports joined in one file, an ``organ:`` that is no name, and a header written with
Chinese keys and no blank line after it. Each is one line naming the file (refusals) or the field (warnings)."""
from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

from loaders import extracted
from loaders.document import Document
from loaders.read import ReadError, read
from loaders.read import header_checks, layout, properties, text

BODY = "2023年，区人大常委会对《中华人民共和国大气污染防治法》开展执法检查，听取和审议了区政府关于环境保护工作情况的报告。\n"
HEADERS = {
    "english": "url: http://www.example.gov.cn/{n}.html\norgan: 武汉市新洲区人民代表大会常务委员会\nlevel: county\nyear: 2023\n",
    "chinese": "网址：http://www.example.gov.cn/{n}.html\n机关：武汉市新洲区人大常委会\n年份：2023\n",
    "traditional": "網址：http://www.example.gov.cn/{n}.html\n機關：武漢市新洲區人大常委會\n級別：區\n",
    "two fields": "organ: 湖北省人民代表大会常务委员会\nyear: 2019\n",
    "no url": "機關: 蒼南縣人大常委會\n年度: 2021\n",
}


def _write(tmp_path: Path, content: str, name: str = "r.txt") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(ReadError) as info:
        read(path)
    return str(info.value)


@pytest.mark.parametrize("style", list(HEADERS))
@pytest.mark.parametrize("reports", [2, 3, 7])
def test_several_reports_joined_in_one_file_are_refused_naming_how_many(tmp_path: Path, style: str, reports: int) -> None:
    """``cat a.txt b.txt > all.txt`` read as one report credited every activity to the first header's organ and
    year (F1: 896 activities of 全国人民代表大会, 2018, from about 300 local reports of many years)."""
    content = "\n".join(HEADERS[style].format(n=n) + "\n" + BODY for n in range(reports))
    path = _write(tmp_path, content)
    message = _refusal(path)
    assert message.startswith(f"{path}: {reports} header blocks (") and f"), {reports - 1} inside the text: " in message
    assert "\n" not in message
    assert "split it into one file per report" in message


def test_joined_files_without_a_blank_line_between_or_a_first_header_are_refused(tmp_path: Path) -> None:
    glued = BODY.rstrip("\n") + HEADERS["english"].format(n=1) + "\n" + BODY  # the first file lacked its last newline
    assert ": 2 header blocks (url:/organ:/level:/year: lines; lines 1, 7), 1 inside" in _refusal(
        _write(tmp_path, HEADERS["english"].format(n=0) + "\n" + glued))
    headless = BODY + "\n" + HEADERS["chinese"].format(n=1) + "\n" + BODY  # a first report without a header
    message = _refusal(_write(tmp_path, headless))
    assert ": 1 header block (url:/organ:/level:/year: lines; line 3), 1 inside the text: several reports" in message


def test_the_lines_a_refusal_names_are_the_file_s(tmp_path: Path) -> None:
    content = "\n".join(HEADERS["english"].format(n=n) + "\n" + BODY for n in range(8))
    message = _refusal(_write(tmp_path, content))
    assert "8 header blocks (url:/organ:/level:/year: lines; lines 1, 8, 15, 22, 29, 36, …), 7 inside" in message
    lines = content.split("\n")
    assert lines[7].startswith("url:") and lines[14].startswith("url:")


@pytest.mark.parametrize("inside", [
    "来源：新华网\n",  # a page quoting its source
    "日期：2021年5月1日\n",
    "来源：新华网\n日期：2021-05-01\n",  # source and date: no field says whose report
    "标题：关于环境保护工作情况的报告\n日期：2021-05-01\n",  # a title and its date: what a page quotes of another
    "url地址为http://www.example.gov.cn，欢迎访问。\n",  # prose starting with url
    "URL: http://www.example.gov.cn/a.html\n",  # one field alone
    "网址：http://www.example.gov.cn\n电话：027-12345678\n",  # a page's contact lines: one field
    "year: 2023\n\norgan: 某县人大常委会\n",  # two fields, but not one block
    "索引号：001-2023-0042\n发布机关：某县人大常委会\n发布日期：2023-05-01\n文号：某人常〔2023〕3号\n",  # a page's particulars
    "來源：蒼南新聞網\n機關：蒼南縣人大常委會\n年份：2023\n",
])
def test_a_body_quoting_label_lines_is_read_as_one_report(tmp_path: Path, inside: str) -> None:
    content = HEADERS["english"].format(n=0) + "\n" + BODY + inside + BODY
    document = read(_write(tmp_path, content))
    assert inside.strip().split("\n")[0] in document.text and document.metadata["year"] == "2023"


def _plain(style: str) -> dict[str, str]:
    """The metadata of a ``HEADERS`` style read with nothing above it and no markup."""
    return dict(read_text_of(HEADERS[style].format(n=0) + "\n" + BODY).metadata)


def read_text_of(content: str) -> Document:
    return text.read_text(content.encode("utf-8"), "r.txt")


@pytest.mark.parametrize("style", list(HEADERS))
@pytest.mark.parametrize("above", ["\n", "\n\n", "  \n\t\n", "\u3000\n\n\n"])
def test_blank_lines_above_a_header_are_skipped(style: str, above: str) -> None:
    """Two blank lines above a normal header were refused as "1 header block (line 3), 1 inside the text: several
    reports joined" (a fresh user's study 6, row 23): white space above the header is no text."""
    document = read_text_of(above + HEADERS[style].format(n=0) + "\n" + BODY)
    assert document.metadata == _plain(style) and document.text == BODY and document.warnings == ()


def test_lines_named_below_blank_lines_are_the_file_s(tmp_path: Path) -> None:
    joined = "\n\n" + "\n".join(HEADERS["english"].format(n=n) + "\n" + BODY for n in range(2))
    assert ": 2 header blocks (url:/organ:/level:/year: lines; lines 3, 10), 1 inside" in _refusal(_write(tmp_path, joined))
    stray = "\n\norgan: 某县人大常委会\nyear 2023\n\n" + BODY
    assert "header line 4 'year 2023' is not `key: value`" in _refusal(_write(tmp_path, stray, "stray.txt"))
    unclosed = "\n\n来源：县人大网\n机关：某县人大常委会\n" + BODY
    assert read_text_of(unclosed).warnings[0].startswith("lines 3–4 look like a header (来源, 机关)")


@pytest.mark.parametrize("style", list(HEADERS))
@pytest.mark.parametrize("bold", ["**{key}:** {value}", "**{key}**: {value}", "**{key}：**{value}", "**{key}**：{value}",
                                  "**{key}: {value}**", "  **{key}:**\t{value}"])
def test_markdown_bold_keys_are_read_as_the_keys(style: str, bold: str) -> None:
    """``**url:** …`` lines were read as text, so the url and the year were lost with no warning but the year's
    (study 6, row 24); Markdown's emphasis is presentation, and the key is plain once the paired markers go."""
    lines = [re.split("[:：]", line, maxsplit=1) for line in HEADERS[style].format(n=0).splitlines()]
    header = "".join(bold.format(key=key.strip(), value=value.strip()) + "\n" for key, value in lines)
    document = read_text_of(header + "\n" + BODY)
    assert document.metadata == _plain(style) and document.text == BODY


@pytest.mark.parametrize("near_miss", ["**url: http://www.example.gov.cn/1.html\nyear: 2023\n",  # unpaired markers
                                       "*url:* http://www.example.gov.cn/1.html\n*year:* 2023\n",  # emphasis, not bold
                                       "**一、执法检查**\n**二、专题询问**\n"])  # bold headings, no key
def test_markers_that_do_not_pair_around_a_key_are_text(near_miss: str) -> None:
    document = read_text_of(near_miss + "\n" + BODY)
    assert "url" not in document.metadata and document.text.startswith(near_miss.split("\n")[0])


def test_bold_headers_joined_in_one_file_are_refused_as_plain_ones_are(tmp_path: Path) -> None:
    bold = "**url:** http://www.example.gov.cn/{n}.html\n**organ:** 某县人大常委会\n**year:** 2023\n"
    message = _refusal(_write(tmp_path, "\n".join(bold.format(n=n) + "\n" + BODY for n in range(3))))
    assert ": 3 header blocks (url:/organ:/level:/year: lines; lines 1, 7, 13), 2 inside the text" in message


FORMULA = '=HYPERLINK("http://evil.example/","点我")武汉市人大常委会'


@pytest.mark.parametrize(("organ", "reason"), [
    (FORMULA, "a spreadsheet formula"),
    ("+武汉市人大常委会", "a spreadsheet formula"),
    ("@SUM(A1)武汉市人大常委会", "a spreadsheet formula"),
    ('<a href="http://x.cn">武汉市人大常委会</a>', "markup"),
    ("武汉市人大常委会&nbsp;", "markup"),
    ("http://www.whrd.gov.cn/", "a web address"),
    ("武汉市人大常委会 www.whrd.gov.cn", "a web address"),
    ("asdf", "no Chinese name"),
    ("12345", "no Chinese name"),
    ("武汉市人大常委会;DROP TABLE", "Latin letters or symbols"),
    ("武漢市人大常委會{x}", "Latin letters or symbols"),
])
def test_an_organ_header_that_reads_as_no_organ_is_warned_about_and_not_used(organ: str, reason: str, tmp_path: Path) -> None:
    """F4: an ``organ:`` cell pasted with its formula became the organ ``=HYPERLINK武汉市人大常委会``, placed in 武汉市,
    with no warning; the report now reads as one without ``organ:``."""
    path = _write(tmp_path, f"organ: {organ}\nyear: 2023\n\n{BODY}")
    document = read(path)
    assert "organ" not in document.metadata
    facts = extracted(document)
    assert facts.warnings[0].startswith(f"organ: {organ[:60]!r} reads as no organ ({reason}") and "\n" not in facts.warnings[0]
    bare = extracted(read(_write(tmp_path, f"year: 2023\n\n{BODY}", "bare.txt")))
    assert facts.report == bare.report and facts.activities == bare.activities


@pytest.mark.parametrize("organ", [
    "武汉市新洲区人民代表大会常务委员会", "武漢市新洲區人大常委會", "县人民代表大会常务委员会（县名不见于正文；网站 bhrd.gov.cn）",
    "县人民代表大会（永嘉县?）", "遂溪县洋青镇、北坡镇人民代表大会", "全国人大常委会执法检查组", "湖北省人大常委",  # a typo: the
    "不详", "unknown",  # extractor's own warning; a value saying the organ is not known
])
def test_an_organ_header_that_is_a_name_gets_no_such_warning(organ: str, tmp_path: Path) -> None:
    document = read(_write(tmp_path, f"organ: {organ}\nyear: 2023\n\n{BODY}"))
    assert document.metadata["organ"] == organ
    assert not [w for w in extracted(document).warnings if "reads as no organ" in w]


@pytest.mark.parametrize(("header", "expected"), [
    ("url：http://www.example.gov.cn/a.html\n机关：武汉市新洲区人大常委会\n级别：区\n年份：2023\n",
     {"url": "http://www.example.gov.cn/a.html", "organ": "武汉市新洲区人大常委会", "level": "county", "year": "2023"}),
    ("机关：武汉市新洲区人大常委会\n年份：2023\n", {"organ": "武汉市新洲区人大常委会", "year": "2023"}),
    ("機關：蒼南縣人大常委會\n年度：2021\n", {"organ": "蒼南縣人大常委會", "year": "2021"}),
    ("网址: http://www.example.gov.cn/a.html\n标题：关于执法检查的报告\n", {"url": "http://www.example.gov.cn/a.html",
                                                                  "title": "关于执法检查的报告"}),
    ("年份：2023\n", {"year": "2023"}),
    ("organ：某县人民代表大会常务委员会\n辖区：某县\n", {"organ": "某县人民代表大会常务委员会", "jurisdiction": "某县"}),
])
def test_a_chinese_key_header_with_text_right_under_it_is_read(tmp_path: Path, header: str, expected: dict[str, str]) -> None:
    """F7: 机关：/年份： lines with the text right under them were read as text: the title became 「机关：…」, the url
    and year were lost. Keys that all name fields, one of them whose report it is, are no page's own lines."""
    document = read(_write(tmp_path, header + BODY))
    assert document.metadata == expected and document.text == BODY and document.warnings == ()


@pytest.mark.parametrize(("header", "keys"), [
    ("来源：县人大网\n机关：某县人大常委会\n年份：2023\n", "来源, 机关, 年份"),
    ("機關：蒼南縣人大常委會\n來源：蒼南新聞網\n", "機關, 來源"),
    ("作者：办公室\n网址：http://www.example.gov.cn/a.html\n", "作者, 网址"),
])
def test_a_chinese_key_header_with_an_unread_key_and_no_blank_line_is_text_and_warned(tmp_path: Path, header: str,
                                                                                       keys: str) -> None:
    """A key no field names (来源) makes the block possibly the page's own lines: it stays text, and the warning
    says how to make it a header."""
    document = read(_write(tmp_path, header + BODY))
    assert document.text == header + BODY and document.metadata == {}
    count = header.count("\n")
    assert document.warnings == (f"lines 1–{count} look like a header ({keys}) but no blank line follows them, so they "
                                 "are read as the report's text; add a blank line after them",)
    assert extracted(document).warnings[0] == document.warnings[0]


@pytest.mark.parametrize("text_", [
    "来源：新华网\n日期：2021-05-01\n" + BODY,  # a page's own source and date
    "日期：2021年5月1日\n" + BODY,
    "标题：关于执法检查的报告\n日期：2021-05-01\n" + BODY,  # its title and date: no field says whose report it is
    "会议：听取县政府工作报告\n" + BODY,
])
def test_a_page_s_own_label_lines_stay_text_without_a_warning(tmp_path: Path, text_: str) -> None:
    document = read(_write(tmp_path, text_))
    assert document.text == text_ and document.metadata == {} and document.warnings == ()


@pytest.mark.parametrize(("name", "kind"), [("notes.pdf", "a PDF"), ("notes.docx", "a DOCX document"),
                                            ("notes.doc", "a Word .doc"), ("NOTES.PDF", "a PDF")])
@pytest.mark.parametrize("content", ["hello world\n", "Meeting notes, nothing else.\n", "%PD not quite\n"])
def test_a_file_named_for_a_binary_format_that_is_not_one_says_so(tmp_path: Path, name: str, kind: str,
                                                                   content: str) -> None:
    """F12: an ASCII text named .pdf was refused as "no Chinese text; not a report", which sent the user looking at
    the text rather than at the file's kind."""
    path = _write(tmp_path, content, name)
    message = _refusal(path)
    assert message.startswith(f"{path}: not {kind} (its bytes do not start with ") and "\n" not in message


@pytest.mark.parametrize("name", ["notes.txt", "notes.md", "notes", "report.pdf.txt"])
def test_a_text_without_chinese_under_a_text_name_is_still_no_report(tmp_path: Path, name: str) -> None:
    assert ": no Chinese text; not a report" in _refusal(_write(tmp_path, "hello world\n", name))


@pytest.mark.parametrize("module", [header_checks, layout, properties, text])
def test_docstring_examples(module: object) -> None:
    failures, tried = doctest.testmod(module)  # type: ignore[arg-type]
    assert tried and not failures


@pytest.mark.parametrize(("header", "faults"), [
    ("organ: =HYPERLINK(\"x\")\nlevel: 村级\nyear: 2021-2017", {"year": "runs backwards", "organ": "a spreadsheet formula",
                                                            "level": "is not a level"}),
    ("issued: 2024-13\nyear: 2019-21", {"issued": "is not a whole date", "year": "two digits"}),
    ("year: 二〇二一至二〇一七年\nlevel: 村", {"year": "runs backwards", "level": "is not a level"}),
    ("organ: 123\nissued: 9月\nyear: 2023", {"issued": "is not a whole date", "organ": "reads as no organ"}),
])
def test_a_header_with_several_faults_names_them_all_at_once(tmp_path: Path, header: str, faults: dict[str, str]) -> None:
    """A new user's round 40, §8: a bad year refused the file alone, its formula as organ and unknown level told only
    on the next run. Every fault of the header is a line of the one refusal, naming the file and the field."""
    path = _write(tmp_path, header + "\n\n2023年，县人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查。\n")
    lines = _refusal(path).split("\n")
    assert len(lines) == len(faults), lines
    for line in lines:
        field = re.match(rf"{re.escape(str(path))}: header field (\w+): ", line)
        assert field, line
        assert faults[field[1]] in line and "ignored" not in line, line
    assert {re.match(rf"{re.escape(str(path))}: header field (\w+)", line)[1] for line in lines} == set(faults)


@pytest.mark.parametrize(("header", "strays", "faults"), [
    # the analyst's header (newuser26 §9): the url's colon lost, a year in two digits running backwards, a level no row holds
    ("url http://example.gov.cn/x.html\norgan: 宣城市人大常委会\nyear: 2024-23\nlevel: 省市",
     [1], {"year": "two digits", "level": "is not a level"}),
    ("organ 某县人民代表大会常务委员会\nyear 2021-2017", [1, 2], {"year": "runs backwards"}),
    ("- url http://a.cn/1\n- issued: 2024-13\n- organ: =SUM(A1)", [1], {"issued": "is not a whole date",
                                                                      "organ": "a spreadsheet formula"}),
    ("year: 2023\nlevel 村级", [2], {"level": "is not a level"}),
    ("title 某县人大常委会工作报告\nyear: 2023\nyear: 2024", [1], {"year": "is given twice"}),
])
def test_a_line_without_its_colon_is_named_with_the_header_s_other_faults(tmp_path: Path, header: str, strays: list[int],
                                                                          faults: dict[str, str]) -> None:
    """A header line that lost its colon is refused, and the header is read as if it had it, so the refusal names the
    header's other faults too, one line each (round 41, newuser26 §9: the first refusal named that line alone, and
    the year and the level came one run later, where the README promises every fault at once)."""
    path = _write(tmp_path, header + "\n\n2023年，县人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查。\n")
    lines = _refusal(path).split("\n")
    assert len(lines) == len(strays) + len(faults), lines
    said = [re.match(rf"{re.escape(str(path))}: header line (\d+) .*its colon is missing", line) for line in lines[:len(strays)]]
    assert [int(match[1]) if match else None for match in said] == strays, lines
    fields = [re.match(rf"{re.escape(str(path))}: header field (\w+)", line) for line in lines[len(strays):]]
    named = {match[1]: line for match, line in zip(fields, lines[len(strays):]) if match}
    assert set(named) == set(faults) and all(faults[field] in line for field, line in named.items()), lines


@pytest.mark.parametrize(("written", "advice"), [
    ("2024-23", ", and its year 2023 comes before 2024; write the year alone (2024), or the range in full, the first "
                "year first: 2023-2024"),
    ("2021—20", ", and its year 2020 comes before 2021; write the year alone (2021), or the range in full, the first "
                "year first: 2020-2021"),
    ("1998-02", "; write it in full: 1998-2002"),  # across a century: the next year ending so
    ("2019-21", "; write it in full: 2019-2021"),
])
def test_a_two_digit_last_year_is_told_as_such_whichever_way_it_runs(tmp_path: Path, written: str, advice: str) -> None:
    """README: a last year in two digits (which could be a month) is asked in full; 2024-23 was told only "neither a
    year nor a range" (newuser26 §9), its two digits fewer than the first year's."""
    path = _write(tmp_path, f"year: {written}\n\n2023年，县人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查。\n")
    assert _refusal(path) == (f"{path}: header field year: {written!r} gives its last year in two digits, which could "
                              f"be a month (2019-12 is December 2019){advice}")
