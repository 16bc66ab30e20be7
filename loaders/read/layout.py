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
#: A line that leaves a book title open (《浙 / 江省水土保持条例》): its last 《 or 〈 is closed on no later place of it.
_OPEN_TITLE = re.compile(r"[《〈][^《》〈〉]*$")
#: The line after it closes that title before it ends a sentence or opens another: the title runs on into it.
_CLOSES_TITLE = re.compile(r"^[^《》〈〉。！？!?；;\n]{0,40}[》〉]")
#: A line ending inside a number or date: a digit (2020 / 年9月, 20 / 20年), or a year's or month's word right after
#: its digits (2020年 / 9月11日) …
_OPEN_NUMBER = re.compile(r"(?:\d|\d[年月])$")
#: … and the line after it going on with that date: digits or none, then a date's word (20 / 20年, 2020年9 / 月11日), or
#: a month's or day's digits after a year's or month's word. A table's row after a row ending in a figure (1县人大12 /
#: 2县人大15) goes on with no date's word, and stays a line.
_GOES_ON_NUMBER = {"digit": re.compile(r"^\d*[年月日号時时]"), "unit": re.compile(r"^\d{1,2}[月日号]")}
#: Narrower than this (in columns, a Chinese character two) no line is taken for a full one: a page of short lines.
_MIN_FULL_WIDTH = 20


def reflow(pages: list[str]) -> str:
    """The text of ``pages`` (each one page's text layer as :func:`characters` gives it, lines separated by
    ``\\n``) with layout undone: spaces beside Chinese characters or marks
    dropped, and a line that runs to the margin without ending a sentence joined to the next (across a page break
    too) when at least :data:`_MIN_WRAPPED` lines do, as is a line broken inside a book title or a number or date
    (:func:`_broken_inside`), however short the layer; other lines stay lines, pages are separated by a blank line.

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
    widest = max((_width(line.rstrip()) for line in lines), default=0)
    parts: list[str] = []
    for number, page in enumerate(paged):
        if number:
            parts.append(_joint(paged[number - 1][-1], page[0], full, "\n\n", widest))
        for index, line in enumerate(page):
            parts.append(line)
            if index < len(page) - 1:
                parts.append(_joint(line, page[index + 1], full, "\n", widest))
    return "".join(parts)


def characters(page: str) -> str:
    """A page's text layer in the characters the text was written in: NFC (a font's 〈 as U+2329, canonically
    U+3008, as the text writes it) and ligatures spelt out (:data:`_PRESENTATION_FORM`: ﬁle → file).

    >>> characters("\ufb01le:///tmp/r.html \u2329")
    'file:///tmp/r.html 〈'
    """
    return _PRESENTATION_FORM.sub(lambda m: unicodedata.normalize("NFKC", m.group()), unicodedata.normalize("NFC", page))


def _joint(line: str, following: str, full: float, apart: str, widest: float = float("inf")) -> str:
    """What goes between ``line`` and the ``following`` one: nothing when ``line`` runs on into it (a space between
    two Latin words or numbers the margin parted, none inside a title or date: :func:`_broken_inside`; a sentence
    wrapped once where the layer wraps too few lines to know its margin: :func:`_wrapped_sentence`), else ``apart``."""
    if not following.strip():
        return apart
    if _broken_inside(line, following):  # a date's digits parted by the margin (于20 / 21年) take no space
        return ""
    if not _runs_on(line, full) and not (_wrapped_sentence(line, widest) and not _ITEM_OPENS.match(following)):
        return apart
    return " " if _LATIN.match(following) and _LATIN.match(line[-1:]) else ""


def _broken_inside(line: str, following: str) -> bool:
    """Whether the line break between ``line`` and ``following`` falls inside a book title (《浙 / 江省水土保持条例》)
    or a number or date (2020年9 / 月11日, 2020年 / 9月11日) of a line of Chinese text: a break no writer makes, and a
    Chinese line break is no space, so the two lines are one (newuser24 §9: a one-page news item printed to PDF, whose
    single wrapped line is too few for :data:`_MIN_WRAPPED`, lost the regulation its title split).

    >>> _broken_inside("赴仙居县开展《中华人民共和国水土保持法》《浙", "江省水土保持条例》贯彻实施情况执法检查。")
    True
    >>> _broken_inside("会议于2020年9", "月11日召开。"), _broken_inside("会议于2020年", "9月11日召开。")
    (True, True)
    >>> _broken_inside("《台州日报》", "2020年9月11日"), _broken_inside("1县人大12", "2县人大15")
    (False, False)
    """
    line, following = line.rstrip(), following.lstrip()
    if not re.search(f"[{_CJK}]", line):
        return False
    if _OPEN_TITLE.search(line):
        return bool(_CLOSES_TITLE.match(following))
    if not (number := _OPEN_NUMBER.search(line)):
        return False
    return bool(_GOES_ON_NUMBER["digit" if number.group().isdigit() else "unit"].match(following))


#: A line opening a numbered item or heading (二、, （三）, 3., 第五条): a new paragraph, whatever the line before it.
_ITEM_OPENS = re.compile(r"\s*(?:[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)"
                         r"|第[一二三四五六七八九十百\d]+[条章节部分])")
#: A clause's mark inside a line: a sentence runs through it, as a title or a dateline seldom does.
_CLAUSE_INSIDE = re.compile(r"[，,、][^，,、]")


def _wrapped_sentence(line: str, widest: float) -> bool:
    """Whether ``line`` is a sentence the margin broke in a layer that wraps too few lines to know its margin
    (:data:`_MIN_WRAPPED`: a one-page news item printed to PDF): the widest line of the layer (within :data:`_FULL` of
    ``widest``, at least :data:`_MIN_FULL_WIDTH` columns), of Chinese text holding a clause's mark (:data:`_CLAUSE_INSIDE`)
    and not ending a sentence (newuser28 §2: …贯彻实施《中华人民共和国野生动物保护法》情况 / 进行执法检查。 lost its law,
    the inspection read at the line's end). A heading as wide holds no clause mark and stays a line, as does a line
    before a numbered item (:data:`_ITEM_OPENS`, read by :func:`_joint`).

    >>> _wrapped_sentence("6月18日,聊城市人大常委会副主任王建鹏带队,对我市贯彻实施《中华人民共和国野生动物保护法》情况", 96)
    True
    >>> _wrapped_sentence("市人大常委会开展野生动物保护执法检查", 36), _wrapped_sentence("会议听取了报告，审议了条例。", 28)
    (False, False)
    """
    line = line.rstrip()
    width = _width(line)
    return (width >= max(_FULL * widest, _MIN_FULL_WIDTH) and re.search(f"[{_CJK}]", line) is not None
            and _CLAUSE_INSIDE.search(line) is not None and not _PARAGRAPH_END.search(line))


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
