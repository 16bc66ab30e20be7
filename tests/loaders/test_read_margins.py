"""Running heads and feet of a PDF's pages (loaders.read.margins): what is dropped, and the lines like them kept."""
from __future__ import annotations

import pytest

from loaders.read.layout import characters
from loaders.read.margins import drop_running_lines

BODY = ["区人大常委会对《中华人民共和国森林法》贯彻实施情况开展执法检查。", "会议听取和审议了区政府关于环境保护工作情况的报告。",
        "督办代表建议156件。"]


def _pages(head: list[str], foot: list[str], count: int = 3) -> list[str]:
    """``count`` pages of :data:`BODY`, each with ``head`` lines above and ``foot`` lines below (``{n}``: the page's
    number, ``{m}``: the count)."""
    return ["\n".join([*(h.format(n=n, m=count) for h in head), *BODY, *(f.format(n=n, m=count) for f in foot)])
            for n in range(1, count + 1)]


@pytest.mark.parametrize(("head", "foot"), [
    ([], ["12/3/26, 11:42 AM 长子县人大常委会开展执法检查", "file:///tmp/l32.html {n}/{m}"]),  # Chromium, en-US
    ([], ["2025/11/3 10:42 长子县人大常委会开展执法检查", "https://www.czrd.gov.cn/a/1.html {n}/{m}"]),  # zh-CN
    ([], ["2025/11/3 下午10:42 長子縣人大常委會開展執法檢查", "http://127.0.0.1:8765/a.html {n}/{m}"]),  # traditional
    (["长子县人大常委会工作报告"], ["- {n} -"]),  # a word processor's running head and page number
    (["长子县人大常委会工作报告"], ["第 {n} 页 共 {m} 页"]),
    (["关于执法检查情况的报告"], ["共{m}页 第{n}页"]),
    ([], ["Page {n} of {m}"]),
    (["{n}"], []),  # a bare number at the top: the page's own
    (["关于执法检查情况的报告", "长子县人大常委会"], ["{n}"]),
])
def test_running_heads_and_feet_are_dropped(head: list[str], foot: list[str]) -> None:
    assert drop_running_lines(_pages(head, foot)) == ["\n".join(BODY)] * 3


@pytest.mark.parametrize("foot", [["12/3/26, 11:42 AM 长子县人大常委会开展大气污染防治法执法检查", "file:///tmp/l32.html 1/1"],
                                  ["http://www.czrd.gov.cn/a/1.html 1/1"], ["1/1"], ["- 1 -"], ["第1页 共1页"], ["1"]])
def test_a_one_page_pdf_s_print_furniture_is_dropped(foot: list[str]) -> None:
    assert drop_running_lines(["\n".join([*BODY, *foot])]) == ["\n".join(BODY)]


def test_a_first_page_set_apart_keeps_its_lines() -> None:
    """A running head on every page but the first (a title page without one) is dropped from the others."""
    pages = ["关于执法检查情况的报告\n" + "\n".join(BODY), *_pages(["长子县人大常委会工作报告"], ["{n}"], 4)[1:]]
    assert drop_running_lines(pages) == ["关于执法检查情况的报告\n" + "\n".join(BODY), *["\n".join(BODY)] * 3]


@pytest.mark.parametrize("pages", [
    # a publication time opening a web page's text: no page number or address at its edge
    ["县人大常委会开展森林法执法检查\n2024-09-29 15:14\n" + "\n".join(BODY)],
    ["2024-09-29 15:14 来源：县人大常委会\n" + "\n".join(BODY)],
    # a number at a page's edge that is not the page's (a table's last cell)
    ["\n".join(BODY) + "\n合计\n12", "\n".join(BODY) + "\n合计\n15"],
    # the same sentence ending two pages is text, not a running foot
    ["\n".join(BODY), "\n".join(BODY)],
    # an address in the body's middle, or after a line of text at the edge, is the text's
    ["区人大常委会网站\nhttp://www.xzrd.gov.cn\n" + "\n".join(BODY) + "\n本报讯"],
    ["\n".join(BODY[:2]) + "\n详见 http://www.xzrd.gov.cn/1.html 1/3\n" + BODY[2]],
    # a fraction in a sentence, a line naming page numbers
    ["\n".join(BODY) + "\n完成年度计划的1/3。"],
    ["\n".join(BODY) + "\n见第3页。"],
    # lines repeated on only some pages of three, or on both pages of two
    ["审议意见\n" + "\n".join(BODY), "审议意见\n" + "\n".join(BODY), "\n".join(BODY)],
    ["\n".join(BODY) + "\n合计", "\n".join(BODY) + "\n合计"],
])
def test_lines_like_running_ones_are_kept(pages: list[str]) -> None:
    assert drop_running_lines(pages) == pages


def test_a_print_stamp_is_dropped_only_beside_a_page_number_or_address() -> None:
    stamp = "12/3/26, 11:42 AM 长子县人大常委会开展执法检查"
    assert drop_running_lines(["\n".join([*BODY, stamp])]) == ["\n".join([*BODY, stamp])]
    assert drop_running_lines(["\n".join([*BODY, stamp, "1/1"])]) == ["\n".join(BODY)]


@pytest.mark.parametrize(("page", "kept"), [
    # a publication time at the top, the page's number at the bottom: the number goes, the time stays
    (["2024/09/29 15:14 来源：县人大常委会", *BODY, "1/1"], ["2024/09/29 15:14 来源：县人大常委会", *BODY]),
    # a site's time as it writes it (dashes), beside an address: the address goes, the time stays
    ([*BODY, "2024-09-29 15:14 县人大常委会", "http://www.czrd.gov.cn/a/1.html"], [*BODY, "2024-09-29 15:14 县人大常委会"]),
    (["2024年9月29日 15:14", *BODY, "- 1 -"], ["2024年9月29日 15:14", *BODY]),
])
def test_a_publication_time_is_not_a_print_stamp(page: list[str], kept: list[str]) -> None:
    assert drop_running_lines(["\n".join(page)]) == ["\n".join(kept)]


@pytest.mark.parametrize(("layer", "text"), [("\ufb01le", "file"), ("o\ufb03ce", "office"), ("\ufb02ow", "flow"),
                                              ("\ufb00\ufb04", "ffffl"), ("\ufb06", "st"), ("人大\u2329条例\u232a", "人大〈条例〉")])
def test_ligatures_are_spelt_out(layer: str, text: str) -> None:
    assert characters(layer) == text


@pytest.mark.parametrize("kept", ["，。：；（）", "ＡＢＣ１２３", "①②③", "㎡", "＂"])
def test_other_compatibility_characters_are_kept(kept: str) -> None:
    """Only presentation forms are spelt out: full-width punctuation, letters, circled numbers stay as written."""
    assert characters(kept) == kept
