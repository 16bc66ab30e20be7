"""Near copies (a fresh user's study 6, F3): the same article as ``.txt`` and as a saved web page (its title,
breadcrumb and 【打印】【关闭】 beside the text) or with a PDF layer's spaces are different texts, so different reports
(report identity), and ``okg ingest`` warns on the one inserted, naming the stored report its text nearly is and its
files; other reports of the same publisher, exact copies and one text two councils published draw no such warning.
Which texts are near copies is decided above the store (``api.near_copies``, from the reports' rows and ``describe``):
the tests of the warning's count, of two near copies inserted together and of a plan in both scripts ask those and
``near_copies.repeated``'s queries on Neo4j too; the others run on the embedded store (``EMBEDDED_EMPTIED_ONLY``,
round 50)."""
from __future__ import annotations

import html
from pathlib import Path

import pytest

from api.ingest import IngestResult, ingest
from api_helpers import EMBEDDED_EMPTIED_ONLY
from graph import Store

HEADER = "url: http://www.example.gov.cn/rd/2024/0412.html\norgan: 长子县人民代表大会常务委员会\nlevel: county\nyear: 2024\n\n"
ARTICLE = ["本报讯 为全面加强大气污染防治工作，日前，长子县人大常委会执法检查组对《中华人民共和国大气污染防治法》贯彻实施情况开展执法检查。",
           "检查组一行先后深入县内重点企业、建筑工地和城区道路，实地察看了扬尘治理和散煤管控情况。",
           "在随后召开的座谈会上，检查组听取了县政府及有关部门关于大气污染防治工作的汇报。",
           "检查组指出，要压实各方责任，持续改善全县空气质量，让人民群众享有更多蓝天白云。"]
OTHER = ["2024年6月，长子县人大常委会组织部分省市县人大代表对全县农村饮水安全工作进行专题视察。",
         "代表们实地察看了水厂建设和管网改造情况，听取了县水利局的工作汇报。",
         "视察组要求，要加强水源地保护，确保群众喝上放心水。"]
NEAR = "its text is nearly that of the stored report"


@pytest.fixture()
def store(emptied_store: Store) -> Store:
    """An empty store of each kind (the embedded one if so marked), one per module emptied for each test (the
    reference graphs kept)."""
    return emptied_store


def _file(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def _page(lines: list[str]) -> str:
    """The article as a site's page: its title, a breadcrumb, the paragraphs and the print links."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (f"<html><head><meta charset='utf-8'><title>长子县人大常委会开展大气污染防治法执法检查</title></head><body>"
            f"<div>首页 / 人大要闻 / 正文</div>{paragraphs}<div>【打印】【关闭】</div></body></html>")


def _near(results: list[IngestResult]) -> dict[str, list[str]]:
    return {r.source: [w for w in r.warnings if NEAR in w] for r in results}


def _traditional(text: str) -> str:
    """``text`` in traditional script, as a big5 mirror of a page gives it (OpenCC, the lexicon's converter)."""
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("copy", ["html", "layout", "traditional-quotes", "script", "script-html", "script-widths"])
def test_the_same_article_in_another_form_is_warned_about_naming_the_stored_report(
        store: Store, tmp_path: Path, copy: str) -> None:
    [stored] = ingest([_file(tmp_path / "l32.txt", HEADER + "\n".join(ARTICLE) + "\n")], store)
    other = {"html": lambda: _file(tmp_path / "l32.html", _page(ARTICLE)),
             # lines broken inside sentences as a page's width broke them, a print stamp above, a space or two
             "layout": lambda: _file(tmp_path / "l32-print.txt", "12/3/26, 11:42 AM\n" + "\n".join(
                 line[:30] + "\n" + line[30:].replace("，", " ， ") for line in ARTICLE) + "\n"),
             "traditional-quotes": lambda: _file(tmp_path / "l32-copy.txt", "\n".join(
                 line.replace("，", ",") for line in ARTICLE) + "\n第 1 页\n"),
             # a mirror in the other script (a new user's round 36, finding 8: a big5 copy of a Xinhua summary)
             "script": lambda: _file(tmp_path / "l32-big5.txt", _traditional("\n".join(ARTICLE)) + "\n"),
             "script-html": lambda: _file(tmp_path / "l32-big5.html", _traditional(_page(ARTICLE))),
             "script-widths": lambda: _file(tmp_path / "l32-fw.txt", _traditional("\n".join(ARTICLE)).replace(
                 "，", ",").replace("。", ". ") + "\n２０２４年４月１２日\n")}[copy]()
    [result] = ingest([other], store)
    assert result.outcome == "inserted"
    [warning] = _near([result])[other]
    assert warning.startswith(f"{other}: {NEAR} {stored.report} (") and "l32.txt" in warning
    assert f"okg delete {other}" in warning and "\n" not in warning


@EMBEDDED_EMPTIED_ONLY
def test_other_reports_exact_copies_and_two_councils_copies_draw_no_warning(store: Store, tmp_path: Path) -> None:
    first = _file(tmp_path / "a.txt", HEADER + "\n".join(ARTICLE) + "\n")
    another = _file(tmp_path / "b.txt", HEADER.replace("0412", "0620") + "\n".join(OTHER) + "\n")
    same = _file(tmp_path / "c.txt", "\n".join(ARTICLE) + "\n")  # the same text without a header: identity's copy
    council = _file(tmp_path / "d.txt", "url: http://www.tlrd.gov.cn/2024/1.html\norgan: 屯留区人民代表大会常务委员会\n"
                                        "year: 2024\n\n" + "\n".join(ARTICLE) + "\n")  # one text, another publisher
    one_line = _file(tmp_path / "e.txt", HEADER.replace("0412", "0701") + ARTICLE[0] + "\n")  # one sentence shared
    results = ingest([first, another, same, council, one_line], store)
    assert [r.outcome for r in results][:3] == ["inserted", "inserted", "duplicate"]
    assert not any(_near(results).values()), _near(results)


def _edition(year: int, lines: list[str]) -> str:
    """One organ's annual report of ``year``: its header (another url, year and issue date each year) and text."""
    return (f"url: http://www.example.gov.cn/rd/{year + 1}/0110.html\norgan: 长子县人民代表大会常务委员会\nlevel: county\n"
            f"year: {year}\nissued: {year + 1}-01-10\n\n" + "\n".join(line.replace("2024", str(year)) for line in lines) + "\n")


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("together", [False, True])
def test_next_year_s_edition_of_a_formulaic_report_is_no_near_copy(store: Store, tmp_path: Path, together: bool) -> None:
    """An organ's annual report of another year, in the same formulas (a first-time analyst's round 35, finding 5a: a
    county's 备案审查 report of 2024 is 86–91 % that of 2023), is another report: no warning, stored after the first or
    with it in one batch (where each of the two was told to delete itself)."""
    lines = [*ARTICLE, *OTHER]
    first, later = _file(tmp_path / "2023.txt", _edition(2023, lines)), _file(tmp_path / "2024.txt", _edition(2024, lines))
    results = ingest([first, later], store) if together else [*ingest([first], store), *ingest([later], store)]
    assert [r.outcome for r in results] == ["inserted", "inserted"]
    assert not any(_near(results).values()), _near(results)


def test_of_two_near_copies_inserted_together_only_the_second_is_told_to_go(store: Store, tmp_path: Path) -> None:
    """Both files of a pair in one run: the second is warned, naming the first; the first is not told to delete itself,
    so following the advice keeps one (round 35, finding 5a: both were)."""
    first = _file(tmp_path / "l32.txt", HEADER + "\n".join(ARTICLE) + "\n")
    page = _file(tmp_path / "l32.html", _page(ARTICLE))
    results = ingest([first, page], store)
    assert [r.outcome for r in results] == ["inserted", "inserted"]
    near = _near(results)
    assert near[first] == [] and len(near[page]) == 1 and f"okg delete {page}" in near[page][0]


#: A news item naming no year, as neither its page nor its address gives one (newuser26 §4; since round 51 a date in
#: the address, /rd/2024/…, is a year guess as an ``issued:`` line is, so the undated page's address names none).
UNDATED = HEADER.replace("year: 2024\n", "").replace("/rd/2024/0412.html", "/rd/article/0412.html")


@pytest.mark.parametrize("header", [HEADER, UNDATED], ids=["dated", "undated"])
def test_the_warning_says_how_much_the_store_counts_twice(store: Store, tmp_path: Path, header: str) -> None:
    """The near copy's line gives the cost in numbers (round 41, newuser26 §4: the inspection both copies of one
    undated article stated counted 2 in /laws, where the warning said only "counted twice"): the activities and
    statistics of the copy the stored report states in the same words, and the inspections /laws counts twice, which
    are the undated ones (a statement naming no year is one of its own) and none when the same organs' year joins them."""
    [stored] = ingest([_file(tmp_path / "l32.txt", header + "\n".join(ARTICLE) + "\n")], store)
    page = _file(tmp_path / "l32.html", header.replace("0412", "0412-print") + _page(ARTICLE))  # its header but url
    [result] = ingest([page], store)
    [warning] = _near([result])[page]
    law = next(law for law in store.laws(inspected=True) if law["title"] == "中华人民共和国大气污染防治法")
    stated = {row["report"] for row in law["evidence"]}
    assert stated == {stored.report, result.report}
    twice = law["times_inspected"] - 1  # one inspection, however many copies state it, were the copies one report
    assert twice == (0 if header == HEADER else 1)
    activities = sum(row["report"] == result.report for row in store.activities())
    statistics = sum(row["report"] == result.report for row in store.statistics())
    assert activities >= 1
    assert (f"({activities} of its activities and {statistics} of its statistics are the stored report's in the same "
            f"words; /laws counts {twice} inspection(s) and 0 planned inspection(s) twice") in warning, warning
    assert warning.endswith(f": keep one (okg delete {page})")


PLAN = ["长子县人大常委会2025年工作要点", "一、加强法律监督",
        "1.拟对《中华人民共和国水污染防治法》实施情况开展执法检查，推动全县水环境质量持续改善。",
        "二、加强工作监督", "听取和审议县人民政府关于农村饮水安全工作情况的报告，组织代表开展专题视察。"]


def test_a_plan_in_both_scripts_is_told_to_count_its_planned_inspection_twice(store: Store, tmp_path: Path) -> None:
    """newuser31 B3: a plan and its mirror in the other script counted the planned inspection twice in /laws, and the
    line said "/laws counts 0 inspection(s) twice": it says the planned inspections counted twice too, the mirror's
    item without its list number (1.) being in the same words."""
    [stored] = ingest([_file(tmp_path / "plan.txt", HEADER + "\n".join(PLAN) + "\n")], store)
    unnumbered = "\n".join(line.removeprefix("1.") for line in PLAN)
    mirror = _file(tmp_path / "plan-big5.txt", HEADER.replace("0412", "0412-big5") + _traditional(unnumbered) + "\n")
    [result] = ingest([mirror], store)
    [warning] = _near([result])[mirror]
    law = next(law for law in store.laws() if law["title"] == "中华人民共和国水污染防治法")
    assert (law["times_inspected"], law["planned_inspections"]) == (0, 2)
    assert "/laws counts 0 inspection(s) and 1 planned inspection(s) twice" in warning, warning


#: An article naming its congress by its level word alone (市人大常委会), so only a header places it (newuser31 B2).
UNPLACED = ["本报讯 日前，市人大常委会执法检查组对《中华人民共和国食品安全法》贯彻实施情况开展执法检查。",
            "检查组一行先后深入农贸市场、学校食堂和食品生产企业，实地察看了食品安全监管情况。",
            "在随后召开的座谈会上，检查组听取了市政府及有关部门关于食品安全工作的汇报。",
            "检查组强调，要压实监管责任，守护好人民群众舌尖上的安全。"]
CITY = "url: http://www.example.gov.cn/rd/2017/0608.html\norgan: 驻马店市人民代表大会常务委员会\nlevel: city\nyear: 2017\n\n"


def _saved_page(lines: list[str]) -> str:
    """The article as a browser saves its page: the site's ``<title>``, the headline as ``<h1>``, the same body, no
    ``key: value`` header."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>人大新闻 - 人大网</title></head><body>"
            f"<h1>市人大常委会开展食品安全法执法检查</h1>{paragraphs}</body></html>")


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("page_first", [False, True], ids=["page-after", "page-before"])
def test_a_saved_page_placed_nowhere_is_still_a_near_copy(store: Store, tmp_path: Path, page_first: bool) -> None:
    """newuser31 B2: a browser's saved page of a stored report gives no organ, no area and no year, and the check
    compared only reports of one publisher or area, so it was compared with nothing and its inspection counted twice
    without a word. Placed nowhere, it is compared with every report, stored before it or after."""
    text = _file(tmp_path / "zmd.txt", CITY + "\n".join(UNPLACED) + "\n")
    page = _file(tmp_path / "zmd.html", _saved_page(UNPLACED))
    first, second = (page, text) if page_first else (text, page)
    [stored] = ingest([first], store)
    [result] = ingest([second], store)
    assert (stored.outcome, result.outcome) == ("inserted", "inserted")
    rows = {row["iri"]: row for row in store.reports()}
    saved = stored.report if page_first else result.report
    assert not rows[saved].get("publisher") and not rows[saved].get("area_code"), rows[saved]  # placed nowhere
    [warning] = _near([result])[second]
    assert warning.startswith(f"{second}: {NEAR} {stored.report} (") and Path(first).name in warning
    assert "/laws counts 1 inspection(s)" in warning, warning
