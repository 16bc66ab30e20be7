"""A PDF's running heads and feet: the lines a page carries in its top or bottom margin, not the text's.

A browser printing a page (Chromium's ``--print-to-pdf``, a user's Ctrl+P) sets a header and a footer on every page
(the date and time it printed, the page's title, its address, ``1/3``), a word processor a running head (the report's
title or organ) and a page number (``- 2 -``, ``第2页 共5页``); a PDF's text layer writes them as lines among the text
(pypdf gives Chromium's after the page's body), where a sentence read across them is lost (a fresh user's round, F5:
the evidence ``42 AM长子县人大常委会开展大气污染防治法执法检查ﬁle``, the body's sentence not extracted). A line is a
page's furniture when it stands in the run of lines at the page's top or bottom edge and is

* a page number (:data:`_PAGE_NUMBER`: ``3``, ``1/3``, ``- 3 -``, ``第3页 共5页``, ``Page 3 of 5``; a bare number only
  as the page's own), or an address alone (``file:///…``, ``https://…``), perhaps with a page number;
* a print stamp, a date written with / or . and a clock time leading the line (``12/3/26, 11:42 AM``, ``2025/11/3
  10:42``, the page's title after them), at an edge that also holds a page number or an address: alone, or at the
  other edge from them, it may be the publication time a web page opens with (which sites write 2024-09-29 15:14);
* the same line (a page number leading or closing it aside) at an edge of every page, or of every page but the first
  (a first page set apart), :data:`_MIN_REPEATS` pages at least, unless it ends a sentence (。！？): a running head.

Tagged PDFs mark such lines as ``/Artifact`` of ``/Type /Pagination`` (ISO 32000-1, 14.8.2.2), which pypdf's
``extract_text`` does not report; an untagged layer, which printouts are, is read by place and repetition.
"""
from __future__ import annotations

import re

#: How many lines from a page's top or bottom edge a running head or foot may stand.
_EDGE = 3
#: A page number as printers and word processors write it, a bare number aside (:data:`_NUMBER_LINE`).
_PAGE_NUMBER = (r"(?:\d{1,4}\s*/\s*\d{1,4}|[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页"
                r"(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"
                r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s+of\s+\d{1,4})")
#: A line that is a page number; ``n`` is the number written alone, which must be the page's own.
_NUMBER_LINE = re.compile(rf"(?P<n>\d{{1,4}})|{_PAGE_NUMBER}", re.I)
#: A web or file address alone on its line, perhaps with the page number the footer sets beside it.
_ADDRESS_LINE = re.compile(rf"(?:(?:https?|file|ftp)://|www\.)\S+(?:\s+{_PAGE_NUMBER})?", re.I)
#: A date and a clock time opening a line, as a browser stamps a printout in its locale's short date (month/day/year
#: or year/month/day, / or . between; a 12-hour clock's AM/PM or 上午/下午 on either side of the time).
_STAMP = re.compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{1,4}[,，]?\s*(?:上午|下午)?\s*"
                    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|上午|下午))?(?=\s|$|[^\d:])")
#: A page number leading or closing a line, put aside when lines of different pages are compared.
_NUMBERED = re.compile(rf"^(?:\d{{1,4}}|{_PAGE_NUMBER})|(?:\d{{1,4}}|{_PAGE_NUMBER})$", re.I)
#: On how many pages a line must stand at an edge to be a running head by repetition alone: two pages ending alike
#: (a table's 合计 row) are no evidence.
_MIN_REPEATS = 3
_SENTENCE_END = re.compile(r"[。！？!?]$")


def drop_running_lines(pages: list[str]) -> list[str]:
    """``pages`` (each a page's text layer, lines separated by ``\\n``) without their running heads and feet (the
    module's rules), every other line kept as it was. A page of running lines only is left empty.

    >>> drop_running_lines(["正文第一页。\\n12/3/26, 11:42 AM 报告\\nfile:///tmp/r.html 1/2",
    ...                     "正文第二页。\\n12/3/26, 11:42 AM 报告\\nfile:///tmp/r.html 2/2"])
    ['正文第一页。', '正文第二页。']
    """
    split = [page.split("\n") for page in pages]
    repeated = _repeated(split)
    kept: list[str] = []
    for number, lines in enumerate(split, start=1):
        drop: set[int] = set()
        for edge in _edges(lines):
            numbered = any(_is_marker(lines[i], number) for i in edge)
            drop |= {i for i in edge if _is_running(lines[i], number, numbered, repeated)}
        kept.append("\n".join(_without_edge_runs(lines, drop)))
    return kept


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the non-blank lines within :data:`_EDGE` of the page's top, and of its bottom."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:_EDGE], filled[-_EDGE:]


def _is_marker(line: str, number: int) -> bool:
    """Whether ``line`` is a page number (a bare one only as page ``number``'s) or an address alone."""
    line = line.strip()
    if match := _NUMBER_LINE.fullmatch(line):
        return match.group("n") is None or int(match.group("n")) == number
    return _ADDRESS_LINE.fullmatch(line) is not None


def _is_running(line: str, number: int, numbered: bool, repeated: set[str]) -> bool:
    """Whether an edge line of page ``number`` is a running head or foot: a marker, a print stamp at an edge holding a
    marker (``numbered``), or a line repeated page after page."""
    return (_is_marker(line, number) or (numbered and _STAMP.match(line.strip()) is not None)
            or _key(line) in repeated)


def _without_edge_runs(lines: list[str], drop: set[int]) -> list[str]:
    """``lines`` without the dropped lines that stand in an unbroken run from the page's top or bottom edge (blank
    lines do not break one): a line like a running head further in, after a line of text, is text."""
    gone: set[int] = set()
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        for index in order:
            if index in drop:
                gone.add(index)
            elif lines[index].strip():
                break
    return [line for index, line in enumerate(lines) if index not in gone]


def _key(line: str) -> str:
    """A line as pages repeat it: white space and a page number leading or closing it put aside."""
    return _NUMBERED.sub("", re.sub(r"\s+", "", line))


def _repeated(pages: list[list[str]]) -> set[str]:
    """The keys (:func:`_key`) of the lines standing at an edge of every page, or of every page but the first, when
    that is :data:`_MIN_REPEATS` pages or more; a line ending a sentence, and one of a page number alone, aside."""
    at_edges = [{key for i in {*top, *bottom} if not _SENTENCE_END.search(page[i].strip()) and (key := _key(page[i]))}
                for page in pages for top, bottom in [_edges(page)]]
    found = set.intersection(*at_edges) if len(pages) >= _MIN_REPEATS else set()
    if len(pages) > _MIN_REPEATS:
        found |= set.intersection(*at_edges[1:])
    return found
