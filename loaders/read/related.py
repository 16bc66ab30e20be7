"""Links to other articles on a saved page: what the page links to, not what the report says.

A news page ends (or is interrupted) with links to other articles of its site: a list under a heading (相关阅读,
相关新闻, 推荐阅读, 往期回顾), or the neighbouring articles (上一篇：…, 下一篇：…). Each link is a headline
(市人大常委会开展《消防法》执法检查), often with its own date, so read as text it states an activity the report never
tells, dated to the report's year (a first-time analyst, round 31, class 1). They are recognised by structure, as a
page sets them out: a heading line naming the list and the headline lines after it (a headline is no sentence: no 。),
a neighbour's label before its headline on one line, and, on an HTML page, a list whose every item is one link.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

#: A heading naming a list of links to other articles, alone on its line (— 相关新闻 —, 【相关阅读】, 相关阅读:) or with
#: the first headlines after its colon (相关阅读: 海南四部门联合通报… 开通倾听民意新窗口…).
_LIST_HEADING = re.compile(
    r"^[\s—\-–_=*#•·【\[〖<《]*(?:(?:相关|相關|推荐|推薦|延伸|更多|热点|熱點|热门|熱門|精彩)"
    r"(?:阅读|閱讀|新闻|新聞|文章|链接|鏈接|报道|報道|推荐|推薦|资讯|資訊)|往期回[顾顧]|猜你喜[欢歡])"
    r"[\s—\-–_=*#•·】\]〗>》]*(?:[:：]|$)"
)
#: A link to the article before or after this one, its headline on the same line (上一篇：…, 下一條: …).
_NEIGHBOUR = re.compile(r"^[\s【\[〖]*(?:上一?篇|下一?篇|上一?[条條]|下一?[条條])[\s】\]〗]*[:：]\s*\S")
#: The same link after other words on its line (a page printed to PDF runs its footer into one line: 联系我们 电话：…
#: 上一篇：区人大常委会开展视察, a first-time analyst's round 38 §7): the label and the headlines after it, which hold no 。,
#: up to the line's end.
_NEIGHBOUR_AFTER = re.compile(r"[\s【\[〖]*(?:上一?篇|下一?篇|上一?[条條]|下一?[条條])[\s】\]〗]*[:：][^。\n]*$")
#: A date alone on its line: a listed headline's.
_DATE_LINE = re.compile(r"^[\s(（\[【]*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\s)）\]】]*$")
#: What ends a list of headlines: a line that is a sentence.
_SENTENCE = re.compile(r"[。]")


def without_related(lines: Iterable[str], links: frozenset[str] = frozenset()) -> list[str]:
    """``lines`` without the links to other articles: the neighbours' lines (:data:`_NEIGHBOUR`) or, after other words on
    a line, the neighbours' labels and headlines to its end (:data:`_NEIGHBOUR_AFTER`), each list heading
    (:data:`_LIST_HEADING`) after the article's first sentence with the headline and date lines after it up to the
    next sentence (above the article, 往期回顾 is a button of the site's menu, and the title follows it), and any line that is
    one of ``links`` (the text of an HTML page's link-only list items, :func:`loaders.read.html`), each with the date
    line after it. Blank lines stay where they are (a plain text's layout).

    >>> without_related(["6月8日，市人大常委会开展执法检查。", "相关阅读", "市人大常委会开展专题询问", "2021-11-20"])
    ['6月8日，市人大常委会开展执法检查。']
    """
    kept: list[str] = []
    begun = in_list = after_link = False
    for line in lines:
        text = line.strip()
        if not text:
            kept.append(line)
            continue
        if begun and _LIST_HEADING.match(text):
            in_list, after_link = True, False
            continue
        if in_list and not _SENTENCE.search(text):
            continue
        in_list, begun = False, begun or bool(_SENTENCE.search(text))
        if _NEIGHBOUR.match(text) or text in links or (after_link and _DATE_LINE.match(text)):
            after_link = not _DATE_LINE.match(text)
            continue
        after_link = False
        kept.append(_NEIGHBOUR_AFTER.sub("", line))
    return kept
