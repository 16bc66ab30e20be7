"""HTML pages as Chinese government sites publish them.

trafilatura finds the article; what it lets through of the page chrome that
these sites share (字体 [大 中 小], 分享到, 返回顶部, 版权所有, ICP备) is dropped
line by line. The page's own labels (发布日期, 来源) and meta tags give the
metadata, because they state the issue date more reliably than any heuristic.
"""
from __future__ import annotations

import re

import lxml.html
import trafilatura
import trafilatura.settings
from lxml import etree

from loaders.document import PAGE_DATE, Document
from loaders.read.encoding import decode
from loaders.read.errors import ReadError
from loaders.read.masthead import is_masthead, names_document, page_organ
from loaders.read.page_address import page_address
from loaders.read.properties import own_part
from loaders.read.related import without_related

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE = r"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})"
_ISSUED_LABEL = re.compile(r"(?:发布日期|发布时间|发文日期|日期|时间)\s*[:：]\s*" + _DATE)
_SOURCE_LABEL = re.compile(r"来\s*源\s*[:：]\s*([^\s|｜/:：]{2,40})")
_META_DATE_NAMES = ("pubdate", "publishdate", "firstpublishedtime", "article:published_time", "dc.date")
_META_SOURCE_NAMES = ("contentsource", "source")
#: Short lines that are page chrome, not article text.
_CHROME = re.compile(
    r"字体|字号|[【\[]\s*大\s*中\s*小\s*[】\]]|返回顶部|回到顶部|打印本页|关闭窗口|[【\[](?:打印|关闭)[】\]]"
    r"|分享到|扫一扫|版权所有|copyright|©|ICP备|公网安备|网站标识码|主办单位|承办单位|技术支持"
    r"|当前位置|您现在的位置|所在位置|浏览次数|阅读次数|点击数|次浏览|上一篇|下一篇|相关链接|相关新闻"
    r"|^\s*(?:发布日期|发布时间|来源|作者|时间|日期|编辑|责任编辑)\s*[:：]",
    re.I,
)
_CHROME_MAX = 80
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "nav", "header", "footer", "form", "button")
_MIN_CJK = 20


def read_html(data: bytes, source: str, declared: str | None = None, *, url_given: bool = False) -> Document:
    """The article text of a page, its title first, with title, issued (or page_date) and source_organ metadata, and
    for a page read from a file the address it states of itself (:func:`page_address`) as ``url`` with a warning
    saying where it was read, unless ``url_given``: a header over the page names it (loaders.read._markup), and the
    page's own address is neither read nor announced."""
    if declared is None:
        meta = _META_CHARSET.search(data[:4096])
        declared = meta.group(1).decode("ascii") if meta else None
    markup = _XML_DECLARATION.sub("", decode(data, source, declared), count=1)
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"{source}: not a readable HTML page ({exc})") from exc
    metadata = _page_metadata(tree)
    extracted = trafilatura.bare_extraction(
        markup, url=source if source.startswith("http") else None, with_metadata=True,
        favor_recall=True, include_comments=False, include_tables=True,
        # the page's own date (meta tags, <time>, the URL) only: htmldate's extensive search reads a
        # bare 2023年 in the text as 2023-01-01
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found: dict[str, str | None] = extracted.as_dict() if isinstance(extracted, trafilatura.settings.Document) else {}
    title = metadata.get("title") or (found.get("title") if not is_masthead(found.get("title") or "") else "") or ""
    links = _listed_links(tree)
    lines = _article_lines(found.get("text") or "", links)
    if _cjk_count(lines) < _MIN_CJK:
        lines = _article_lines(_visible_text(tree), links)
    if _cjk_count(lines) < _MIN_CJK:
        raise ReadError(
            f"{source}: no article text in the page (only scripts, styles or navigation; "
            "if it is rendered by JavaScript, save the rendered page)"
        )
    if title:
        metadata["title"] = title
        if lines[0].strip() != title:
            lines.insert(0, title)
    if "issued" not in metadata and found.get("date"):
        metadata[PAGE_DATE] = str(found["date"])
    warnings: tuple[str, ...] = ()
    if not url_given and not source.startswith("http") and (address := page_address(markup, tree)):
        # a saved page's own address (round 47, issue 13)
        metadata["url"] = address.url
        warnings = (f"url: {address.url} read from the page's {address.read_from} (no url: header); "
                    "give a url: header to name another",)
    return Document(text="\n".join(lines), source=source, metadata=metadata, warnings=warnings)


def _page_metadata(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """title from <h1> or <title>, issued and source_organ from labels or meta tags, else the organ the page's
    ``<title>`` or masthead ``<h1>`` opens with (:func:`loaders.read.masthead.page_organ`)."""
    metadata: dict[str, str] = {}
    if title := _heading(tree):
        metadata["title"] = title
    metas = {
        (m.get("name") or m.get("property") or "").lower(): (m.get("content") or "").strip()
        for m in tree.iter("meta")
    }
    visible = _visible_text(tree)
    issued = _ISSUED_LABEL.search(visible)
    meta_date = next((re.search(_DATE, metas[n]) for n in _META_DATE_NAMES if metas.get(n)), None)
    for found in (issued, meta_date):
        if found:
            year, month, day = (int(g) for g in found.groups())
            metadata["issued"] = f"{year:04d}-{month:02d}-{day:02d}"
            break
    organ = _SOURCE_LABEL.search(visible)
    source_organ = organ.group(1) if organ else next((metas[n] for n in _META_SOURCE_NAMES if metas.get(n)), "")
    if source_organ and source_organ not in ("本站", "本网"):
        metadata["source_organ"] = source_organ
    elif organ_named := page_organ(_squash(tree.findtext(".//title") or ""),
                                   *(text for h in tree.iter("h1") if is_masthead(text := _squash(h.text_content())))):
        metadata["source_organ"] = organ_named  # the page's title or masthead names whose page it is
    return metadata


def _heading(tree: lxml.html.HtmlElement) -> str | None:
    """The report's own heading: the first ``<h1>`` that is no masthead (:func:`loaders.read.masthead.is_masthead`: the
    site's organ name, newuser23 round 39), else the first ``<h2>``/``<h3>`` naming a document or its work when every
    ``<h1>`` is a masthead, else the first part of ``<title>`` that is no masthead (关于…的报告_新洲人大网, 新洲人大网 -
    关于…的报告); None when the page has none of these."""
    headings = [(h.tag, text) for h in tree.iter("h1", "h2", "h3") if (text := _squash(h.text_content()))]
    own = next((text for tag, text in headings if tag == "h1" and not is_masthead(text)), None)
    if own is None and any(tag == "h1" for tag, _ in headings):
        own = next((text for tag, text in headings if tag != "h1" and names_document(text)), None)
    if own is None:
        own = own_part(_squash(tree.findtext(".//title") or ""))
    return own


def _visible_text(tree: lxml.html.HtmlElement) -> str:
    """The page's text without scripts, styles and the semantic chrome elements, one block a line."""
    body = tree.find("body")
    if body is None:
        return ""
    clone = lxml.html.fromstring(lxml.html.tostring(body, encoding="unicode"))
    for element in list(clone.iter(*_DROP_TAGS)):
        element.drop_tree()
    for block in clone.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "span"):
        block.tail = "\n" + (block.tail or "")
    return clone.text_content()


def _article_lines(text: str, links: frozenset[str]) -> list[str]:
    """Non-empty lines of ``text`` without the links to other articles (:func:`without_related`, ``links`` the
    page's listed links) and the short lines that are page chrome."""
    lines = without_related((line for line in map(_squash, text.split("\n")) if line), links)
    return [_cells(line) for line in lines if not (len(line) <= _CHROME_MAX and _CHROME.search(line))]


def _listed_links(tree: lxml.html.HtmlElement) -> frozenset[str]:
    """The text of every link outside the article's paragraphs (``<p>``): a menu's entry (执法检查, 专题询问) or a
    related article's headline (``<li><a href="/a1">市人大常委会开展《消防法》执法检查</a> 2022-05-03</li>``); a
    line that is one of them alone is navigation, never article text."""
    return frozenset(text for anchor in tree.iter("a")
                     if not any(parent.tag == "p" for parent in anchor.iterancestors())
                     and (text := _squash(anchor.text_content())))


def _cells(line: str) -> str:
    """A table row as trafilatura writes it (``| 1 | 《X法》实施情况 | 执法检查 |``) as its cells
    joined by tabs; any other line unchanged."""
    if len(line) > 3 and line.startswith("| ") and line.endswith(" |"):
        return "\t".join(cell.strip() for cell in line[2:-2].split(" | "))
    return line


def _squash(text: str) -> str:
    return re.sub(r"[ \t\u3000\xa0]+", " ", text).strip()


def _cjk_count(lines: list[str]) -> int:
    return sum(len(re.findall(r"[\u4e00-\u9fff]", line)) for line in lines)
