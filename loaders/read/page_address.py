"""The address a saved web page states of itself, for a page read from a file with no ``url:`` header.

A page saved from a browser and read from disk lost its address: the report got no ``url``, so its source and the
one-report-per-URL rule were lost (round 46's end tester, issue 13). The page still says where it came from, in the
places below, read in this order (the first absolute http(s) address wins):

1. the comment a browser writes when it saves the page: Chrome's and Internet Explorer's "mark of the web"
   ``<!-- saved from url=(0056)https://… -->`` (the number is the address's length), and SingleFile's
   ``<!-- Page saved with SingleFile … url: https://… -->``: the address the page was actually read from.
   Firefox's "Web Page, complete" writes no address into the file, so such a page falls to the next two;
2. ``<link rel="canonical" href="…">``: the address the site itself names as the page's;
3. ``<meta property="og:url" content="…">``: the address the site gives for sharing, the least kept up to date.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import urlsplit

import lxml.html

#: The comments a saving browser leaves, with the address as group ``url`` (Chrome/IE's mark of the web; SingleFile).
_SAVED_FROM = (
    ("saved from url comment", re.compile(r"<!--\s*saved from url=\(\d+\)(?P<url>[^\s>]+?)\s*-->", re.I)),
    ("SingleFile comment", re.compile(r"<!--\s*Page saved with SingleFile(?:(?!-->).)*?\burl:\s*(?P<url>\S+)", re.I | re.S)),
)
#: How far into the markup a browser's comment is looked for: it opens the file (after a doctype).
_HEAD = 4096


class PageAddress(NamedTuple):
    """A page's address and where in the page it was read (``saved from url comment``, ``link rel=canonical`` …)."""

    url: str
    read_from: str


def page_address(markup: str, tree: lxml.html.HtmlElement) -> PageAddress | None:
    """The address the page states (the module's order), or None when it states no absolute http(s) address.

    >>> page = '<!DOCTYPE html><!-- saved from url=(0024)https://www.npc.gov.cn/ --><html><body>x</body></html>'
    >>> page_address(page, lxml.html.document_fromstring(page))
    PageAddress(url='https://www.npc.gov.cn/', read_from='saved from url comment')
    """
    for read_from, comment in _SAVED_FROM:
        if (found := comment.search(markup[:_HEAD])) and _web(found["url"]):
            return PageAddress(found["url"], read_from)
    for read_from, values in (("link rel=canonical", tree.xpath("//link[@href]"
                                                                 "[contains(concat(' ', translate(@rel, 'CANONIL', "
                                                                 "'canonil'), ' '), ' canonical ')]/@href")),
                              ("meta og:url", tree.xpath("//meta[@property='og:url' or @name='og:url']/@content"))):
        for value in values:
            if _web(url := value.strip()):  # a relative address has nothing to resolve against: skipped
                return PageAddress(url, read_from)
    return None


def _web(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)
