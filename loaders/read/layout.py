"""A PDF text layer as the text it was typeset from: the line breaks and spaces page layout adds taken out.

A PDF's text layer (pypdf's ``extract_text``) breaks a line wherever the page's width ran out, inside a sentence
(「受省委書」 / 「記、省人大常委會」), and puts a space beside every run of Latin letters, digits or ASCII
punctuation set among Chinese (「7 月 23 日 , 省十三屆」); the same report as a ``.txt`` writes neither, and the
extractor, which reads a sentence within its line, loses what such a break cuts (a fresh user's round: g07 printed
to PDF gave 0 activities, its ``.txt`` 2). The document's text is what :func:`reflow` returns, so offsets and
evidence index that text, as they index any reader's (docs/design.md, "Readers").
"""
from __future__ import annotations

import re
import unicodedata

#: Chinese characters and the punctuation set among them (CJK symbols, full-width forms, quotes, dashes, ellipsis).
_CJK = r"\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201f\u2026\u2014"
#: Spaces beside a Chinese character or mark: layout's, never the text's (Chinese sets no space between words).
_LAYOUT_SPACE = re.compile(f"(?<=[{_CJK}])[ \\t\\u00a0]+|[ \\t\\u00a0]+(?=[{_CJK}])")
_LATIN = re.compile("[A-Za-z0-9]")
#: Alphabetic presentation forms (U+FB00–U+FB4F): the ligatures a font draws (ﬁ, ﬂ, ﬀ), which a text layer may
#: give as one character; NFKC spells them out (ﬁ → fi), as Unicode defines them compatibility characters.
_PRESENTATION_FORM = re.compile("[\ufb00-\ufb4f]")
#: What ends a paragraph's last line: a sentence's end, a list item's or a heading's colon, each perhaps closed by a
#: quote or bracket.
_PARAGRAPH_END = re.compile(r"[。！？!?；;：:…][”’」』）)\]】]*$")
#: A line whose width is at least this share of the text layer's full line width (:func:`_full_width`) ran to the
#: margin: the line after it continues it.
_FULL = 0.85
#: Fewer lines than this running on to the margin and the layer shows no wrapped paragraph: a title as wide as the
#: widest line is not joined to the date under it.
_MIN_WRAPPED = 3
#: Narrower than this (in columns, a Chinese character two) no line is taken for a full one: a page of short lines.
_MIN_FULL_WIDTH = 20


def reflow(pages: list[str]) -> str:
    """The text of ``pages`` (each one page's text layer as :func:`characters` gives it, lines separated by
    ``\\n``) with layout undone: spaces beside Chinese characters or marks
    dropped, and a line that runs to the margin without ending a sentence joined to the next (across a page break
    too) when at least :data:`_MIN_WRAPPED` lines do; other lines stay lines, pages are separated by a blank line.

    >>> reflow(["7 月 23 日 , 省人大常委会第四次会议在武昌召开，受省委书\\n记委托，常务副主任王玲主持会议并讲话，会议听取\\n"
    ...         "了省政府关于环境保护工作情况的报告，审议了\\n两个条例草案。"])
    '7月23日,省人大常委会第四次会议在武昌召开，受省委书记委托，常务副主任王玲主持会议并讲话，会议听取了省政府关于环境保护工作情况的报告，审议了两个条例草案。'
    """
    paged = [[_LAYOUT_SPACE.sub("", line) for line in page.strip("\n").split("\n")]
             for page in pages]
    lines = [line for page in paged for line in page]
    full = _full_width(lines)
    if sum(_runs_on(line, full) for line in lines) < _MIN_WRAPPED:  # no paragraph wrapped at a margin: lines as they are
        full = float("inf")
    parts: list[str] = []
    for number, page in enumerate(paged):
        if number:
            parts.append(_joint(paged[number - 1][-1], page[0], full, "\n\n"))
        for index, line in enumerate(page):
            parts.append(line)
            if index < len(page) - 1:
                parts.append(_joint(line, page[index + 1], full, "\n"))
    return "".join(parts)


def characters(page: str) -> str:
    """A page's text layer in the characters the text was written in: NFC (a font's 〈 as U+2329, canonically
    U+3008, as the text writes it) and ligatures spelt out (:data:`_PRESENTATION_FORM`: ﬁle → file).

    >>> characters("\ufb01le:///tmp/r.html \u2329")
    'file:///tmp/r.html 〈'
    """
    return _PRESENTATION_FORM.sub(lambda m: unicodedata.normalize("NFKC", m.group()), unicodedata.normalize("NFC", page))


def _joint(line: str, following: str, full: float, apart: str) -> str:
    """What goes between ``line`` and the ``following`` one: nothing when ``line`` runs on into it (a space between
    two Latin words or numbers the margin parted), else ``apart``."""
    if not following.strip() or not _runs_on(line, full):
        return apart
    return " " if _LATIN.match(following) and _LATIN.match(line[-1:]) else ""


def _width(line: str) -> int:
    """Columns ``line`` takes: two for a wide (Chinese) character, one for any other."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line)


def _full_width(lines: list[str]) -> float:
    """The width of a full line: the 90th percentile of the non-empty lines' widths (a few wider lines, a table's
    rows, aside); infinite when no line reaches :data:`_MIN_FULL_WIDTH`."""
    widths = sorted(_width(line) for line in lines if line.strip())
    widest = widths[int(0.9 * (len(widths) - 1))] if widths else 0
    return widest if widest >= _MIN_FULL_WIDTH else float("inf")


def _runs_on(line: str, full: float) -> bool:
    """Whether ``line`` ran to the margin mid-sentence, so the next line continues it."""
    return _width(line.rstrip()) >= _FULL * full and not _PARAGRAPH_END.search(line.rstrip())
