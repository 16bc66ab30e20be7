"""A binary document's own title property (a PDF's Info ``/Title``, a DOCX's core ``title``), kept as the report's
title only when it names one.

Tools fill the property with whatever they have: the HTML page's ``<title>`` a browser printed (``t``), the file's
name (``Microsoft Word - 报告.docx``), the template's (``文档1``, ``Untitled``). Kept, such a value is the report's title
and its label in every listing; dropped, the extractor reads the title from the text's opening, as for a ``.txt``.
"""
from __future__ import annotations

import re

from loaders.lexicon.patterns import HAN_CHARS

#: Fewer Chinese characters than this and a title names no report (the shortest, 工作报告, has four).
_MIN_HAN = 2
_HAN = re.compile(f"[{HAN_CHARS}]")
#: A file's name (…报告.docx), or what a tool calls a document it was given no name for (文档1, 新建文档, 无标题).
_NO_TITLE = re.compile(r"\.(?:docx?|wps|pdf|txt|html?|rtf|odt)\s*$|^\s*(?:新建\s*)?(?:Microsoft\s*Word\s*)?(?:文档|无标题)\s*\d*\s*$",
                       re.I)


def document_title(value: str | None) -> str | None:
    """``value`` stripped, when it names a report: two Chinese characters or more, and no file's name or a tool's
    name for an unnamed document (:data:`_NO_TITLE`); else None.

    >>> document_title(" 关于执法检查情况的报告 "), document_title("t"), document_title("Microsoft Word - 报告.docx")
    ('关于执法检查情况的报告', None, None)
    """
    title = (value or "").strip()
    if len(_HAN.findall(title)) < _MIN_HAN or _NO_TITLE.search(title):
        return None
    return title
