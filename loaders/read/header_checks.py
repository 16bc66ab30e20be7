"""Checks of a text report's header the reader makes before any extraction: header blocks further down the text
(several reports joined into one file) and an ``organ:`` value that is no name at all (a formula, markup, a URL).

Both read lines as :mod:`loaders.read.text` reads a header (:func:`header_line`): ``key: value`` with an ASCII or
full-width colon, the key ASCII or Chinese in either script (:data:`CHINESE_KEYS`), bold or not in Markdown.
"""
from __future__ import annotations

import re

from loaders.document import HEADER_FIELDS, states_unknown
from loaders.lexicon.normalise import simplify
from loaders.lexicon.patterns import HAN_CHARS

#: A ``key: value`` line: an ASCII key, or a Chinese one of two to four characters.
HEADER_LINE = re.compile(r"^([A-Za-z_][\w-]*|[\u4e00-\u9fff]{2,4})\s*[:：]\s?(.*)$")
#: A key in Markdown's strong emphasis (``**`` or ``__``), its colon inside or outside the markers: ``**url:**``,
#: ``**url**:``, ``__url:__``.
_BOLD_KEY = re.compile(r"^(\*\*|__)([^*_:：\s][^*_:：]*?)(?:\1\s*([:：])|\s*([:：])\s*\1)")
#: A Markdown list item's marker (``- ``, ``* ``, ``+ ``), which a header written as a list puts before each line.
_LIST_ITEM = re.compile(r"^[-*+]\s+")


def header_line(line: str) -> tuple[str, str] | None:
    """``(key as written, value)`` of a ``key: value`` line (:data:`HEADER_LINE`; surrounding white space ignored),
    or None for any other line.

    A key in Markdown's strong emphasis (``**url:** http://…``, ``__url:__ …``, ``**机关**：…``), or a whole line in it
    (``**year: 2023**``), is read as the plain key, and so is a line made a list item (``- url: …``, ``* **organ:** …``,
    ``+ year: 2023``): the markers are presentation (a Markdown viewer shows the line as ``url: http://…``, or as a
    bullet before it), the key is unambiguous once they go, and refusing the file would cost its owner an edit that
    tells okg nothing new; Obsidian's Dataview reads ``**key**:: value`` and ``- key:: value`` fields the same way.
    Markers that do not pair around the key (``**url: http://…``) are no such line.

    >>> header_line("**url:** http://a.cn/1"), header_line("**機關**：某县人大常委会"), header_line("**year: 2023**")
    (('url', 'http://a.cn/1'), ('機關', '某县人大常委会'), ('year', '2023'))
    >>> header_line("- **url:** http://a.cn/1"), header_line("* 年份：2023"), header_line("__level:__ county")
    (('url', 'http://a.cn/1'), ('年份', '2023'), ('level', 'county'))
    >>> header_line("**url: http://a.cn/1") is None, header_line("**一、执法检查**") is None, header_line("- 一是加强监督") is None
    (True, True, True)
    """
    line = _LIST_ITEM.sub("", line.strip())
    if bold := _BOLD_KEY.match(line):
        line = bold.group(2).strip() + (bold.group(3) or bold.group(4)) + line[bold.end():]
    elif line[:2] in ("**", "__") and line.endswith(line[:2]) and len(line) > 4:
        line = line[2:-2].strip()
    match = HEADER_LINE.match(line)
    return (match.group(1), match.group(2).strip()) if match else None
#: Header keys written in Chinese (either script: 網址, 機關, read through :func:`simplify`) → the field they name.
CHINESE_KEYS = {"网址": "url", "链接": "url", "机关": "organ", "发布机关": "organ", "级别": "level", "层级": "level",
                "年份": "year", "年度": "year", "标题": "title", "日期": "issued", "发布日期": "issued", "辖区": "jurisdiction"}
#: The fields that say whose report of which year a text is: a block naming one of them (and another field) is a
#: report's header; a title and a date alone (标题：…, 日期：…) are what a page quotes of itself or of another.
IDENTITY_FIELDS = frozenset({"url", "organ", "level", "year", "jurisdiction"})


def field_of(key: str) -> str:
    """The header field a key names (lowercased ASCII key, or the field of a Chinese one); the key itself,
    lowercased, when it names none.

    >>> field_of("Year"), field_of("機關"), field_of("来源")
    ('year', 'organ', '来源')
    """
    return key.lower() if key.isascii() else CHINESE_KEYS.get(simplify(key), key)


def header_blocks(lines: list[str]) -> list[int]:
    """The 0-based index of the first line of every header block among ``lines``: a run of consecutive
    ``key: value`` lines naming at least two different header fields (:data:`loaders.document.HEADER_FIELDS`),
    one of which says whose report it is (:data:`IDENTITY_FIELDS`), and no Chinese key naming none. One field alone
    (a quoted 来源：… or 日期：… line, a 网址：… under a page), a title with its date, and a page's table of its
    own particulars (索引号：…, 发布机关：…, 发布日期：…, whose other keys name no field) are no report's header.

    >>> header_blocks(["正文。", "url: http://a.cn/1", "organ: 某县人大常委会", "", "正文"])
    [1]
    >>> header_blocks(["来源：新华网", "日期：2021-05-01", "正文"])
    []
    """
    found: list[int] = []
    start, keys = 0, list[str]()
    for index, line in enumerate([*lines, ""]):
        if found_line := header_line(line):
            start = start if keys else index
            keys.append(found_line[0])
            continue
        named = {field_of(key) for key in keys} & HEADER_FIELDS
        if len(named) >= 2 and named & IDENTITY_FIELDS and all(field_of(key) in HEADER_FIELDS for key in keys
                                                               if not key.isascii()):
            found.append(start)
        keys = []
    return found


#: What makes a header's ``organ:`` value no name at all, in the order the reasons are given: its words outside
#: bracketed notes (an annotator's （第五届；文中未写明所属县） may quote a site's address) are tested.
_NOT_A_NAME = (
    (re.compile(r"^[=+\-@]"), "a spreadsheet formula"),  # what a spreadsheet cell computes, as CSV-injection guards list
    (re.compile(r"<[A-Za-z/!][^>]*>|&#?\w+;"), "markup"),
    (re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://|www\.", re.I), "a web address"),
    (re.compile(f"^[^{HAN_CHARS}]*$"), "no Chinese name"),
    (re.compile(r"[A-Za-z\"'`$%^&*|\\{}\[\]<>#~;]"), "Latin letters or symbols no organ's name holds"),
)
_NOTE = re.compile(r"[（(][^（）()]*[）)]")


def organ_flaw(value: str) -> str | None:
    """Why a header's ``organ:`` value reads as no organ, or None when it is a name (whether or not an organ's:
    the extractor decides that and warns, :attr:`loaders.extract.context.Context.warnings`). A value saying the
    organ is not known (不详, unknown: :func:`loaders.document.states_unknown`) is none either.

    >>> organ_flaw('=HYPERLINK("http://x.cn/","点我")武汉市人大常委会')
    'a spreadsheet formula'
    >>> organ_flaw("县人民代表大会常务委员会（网站 bhrd.gov.cn）") is None
    True
    """
    if states_unknown(value):
        return None
    name = _NOTE.sub("", value).strip()
    return next((reason for pattern, reason in _NOT_A_NAME if pattern.search(name)), None)
