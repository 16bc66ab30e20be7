"""A binary document's own title property (a PDF's Info ``/Title``, a DOCX's core ``title``), kept as the report's
title only when it names one.

Tools fill the property with whatever they have: the HTML page's ``<title>`` a browser printed (``t``), the file's
name (``Microsoft Word - 报告.docx``), the template's (``文档1``, ``Untitled``). Kept, such a value is the report's title
and its label in every listing; dropped, the extractor reads the title from the text's opening, as for a ``.txt``.
"""
from __future__ import annotations

import re

from loaders.lexicon.patterns import HAN_CHARS
from loaders.read.masthead import is_masthead, names_document

#: Fewer Chinese characters than this and a title names no report (the shortest, 工作报告, has four).
_MIN_HAN = 2
_HAN = re.compile(f"[{HAN_CHARS}]")
#: A file's name (…报告.docx), or what a tool calls a document it was given no name for (文档1, 新建文档, 无标题).
_NO_TITLE = re.compile(r"\.(?:docx?|wps|pdf|txt|html?|rtf|odt)\s*$|^\s*(?:新建\s*)?(?:Microsoft\s*Word\s*)?(?:文档|无标题)\s*\d*\s*$",
                       re.I)


#: A site's word ending its name (聊城人大网, 新京报网, 某某门户网站, 官网), after a name of no more than this many characters.
_SITE = re.compile(r"^[^，,。；;：:]{1,16}?(?:门户网站|門戶網站|官方网站|官方網站|网站|網站|官网|官網|网|網)$")
#: A host name (www.lcrd.gov.cn), which a browser writes as the title of a page printed with none.
_HOST = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?/?$", re.I)
#: What parts a page's title into its own and its site's (关于…的报告_聊城人大网, 聊城人大网 - 关于…), as ``<title>`` is read.
_PARTS = re.compile(r"\s*[_|｜]\s*|\s+-\s+")


def is_site_name(value: str) -> bool:
    """Whether ``value`` names a web site, not a document: a masthead (:func:`loaders.read.masthead.is_masthead`:
    聊城人大网, 武汉市新洲区人民代表大会常务委员会), a short name ending in a site's word that names no document or its work
    (新京报网, 央视网; 关于城市地下管网建设情况的报告 names one), or a host name.

    >>> [is_site_name(v) for v in ("聊城人大网", "新京报网", "www.lcrd.gov.cn", "市人大常委会开展野生动物保护执法检查")]
    [True, True, True, False]
    """
    value = value.strip()
    return is_masthead(value) or bool(_HOST.match(value)) or (bool(_SITE.match(value)) and not names_document(value))


def document_title(value: str | None) -> str | None:
    """``value`` stripped, when it names a report: two Chinese characters or more, and no file's name or a tool's
    name for an unnamed document (:data:`_NO_TITLE`); of a page's title printed to PDF (关于…的报告_聊城人大网), the first
    part that is no site's name (:func:`is_site_name`); else None: the text's opening gives the title (a first-time
    analyst's round 43, finding 3: a PDF Chromium printed was titled 聊城人大网, its page's ``<title>``).

    >>> document_title(" 关于执法检查情况的报告 "), document_title("t"), document_title("Microsoft Word - 报告.docx")
    ('关于执法检查情况的报告', None, None)
    >>> document_title("聊城人大网"), document_title("市人大常委会开展执法检查_聊城人大网")
    (None, '市人大常委会开展执法检查')
    """
    title = (value or "").strip()
    if len(_HAN.findall(title)) < _MIN_HAN or _NO_TITLE.search(title):
        return None
    own = own_part(title)
    return own if own is not None and len(_HAN.findall(own)) >= _MIN_HAN else None


def own_part(title: str) -> str | None:
    """Of a page's title (关于…的报告_聊城人大网, 聊城人大网 - 关于…), the page's own part, as both readers take it (the HTML
    reader's ``<title>``, the PDF reader's printed title): the whole title when it is one part; else the first part
    naming a document or its work (:func:`loaders.read.masthead.names_document`: 广安市人大常委会检查《…》实施情况 before
    _四川省农业农村厅, a publisher's name no site word marks: newuser30 E7), else the first that is no site's name
    (:func:`is_site_name`); None when every part is a site's.

    >>> own_part("广安市人大常委会检查《种子法》实施情况_四川省农业农村厅"), own_part("聊城人大网")
    ('广安市人大常委会检查《种子法》实施情况', None)
    """
    parts = [part for part in _PARTS.split(title.strip()) if part]
    own = [part for part in parts if not is_site_name(part)]
    if len(own) == len(parts) == 1:
        return own[0]
    return next((part for part in own if names_document(part)), own[0] if own else None)
