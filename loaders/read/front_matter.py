"""YAML front matter as a text report's header: a ``---`` line, ``key: value`` lines, and a closing ``---`` (or
``...``), as Jekyll, Hugo, Pandoc and Obsidian open a Markdown file (a fresh user's study 7, F7: such a file was
refused as "several reports joined", its header block found inside the text below the opening ``---``).

Only one-line ``key: value`` fields are read, each as :func:`loaders.read.header_checks.header_line` reads a header
line; a value in YAML quotes (``url: "http://…"``) is read without them. Blank lines and ``#`` comments are skipped;
any other line (a YAML list or a value continued on the next line) is left unread and named in a warning
(:func:`unread_lines`), never read as the report's text.
"""
from __future__ import annotations

import re

from loaders.read.header_checks import header_line

#: The fences: three dashes open the block; three dashes or three dots close it (YAML's end of document).
_OPENING, _CLOSING = re.compile(r"---\s*"), re.compile(r"(?:---|\.\.\.)\s*")
#: How far below its opening fence a closing one is looked for: a header, not a document of its own.
MOST_LINES = 40


def fences(lines: list[str]) -> tuple[int, int] | None:
    """``(opening, closing)``: the 0-based indices of the front matter's fences when ``lines`` open with one (blank
    lines above it aside) holding at least one ``key: value`` line; None otherwise (a rule ``---`` above a
    paragraph is no front matter).

    >>> fences(["---", "url: http://a.cn/1", "year: 2023", "---", "", "正文"])
    (0, 3)
    >>> fences(["---", "正文第一段。", "---", "正文"]) is None, fences(["url: http://a.cn/1", "", "正文"]) is None
    (True, True)
    """
    opening = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
    if opening == len(lines) or not _OPENING.fullmatch(lines[opening].strip()):
        return None
    for index in range(opening + 1, min(len(lines), opening + 1 + MOST_LINES)):
        if _CLOSING.fullmatch(lines[index].strip()):
            return (opening, index) if any(header_line(line) for line in lines[opening + 1:index]) else None
    return None


def fields(lines: list[str], opening: int, closing: int) -> list[tuple[int, str, str]]:
    """``(line number from 1, key as written, value)`` of each ``key: value`` line between the fences, the value
    out of its YAML quotes.

    >>> fields(["---", 'url: "http://a.cn/1"', "# a note", "year: 2023", "---"], 0, 4)
    [(2, 'url', 'http://a.cn/1'), (4, 'year', '2023')]
    """
    found = []
    for number, line in enumerate(lines[opening + 1:closing], opening + 2):
        if not _skipped(line) and (read := header_line(line)):
            key, value = read
            quoted = len(value) > 1 and value[0] == value[-1] and value[0] in "\"'"
            found.append((number, key, value[1:-1] if quoted else value))
    return found


def unread_lines(lines: list[str], opening: int, closing: int) -> list[int]:
    """The numbers (from 1) of the lines between the fences that are neither ``key: value``, blank nor a comment.

    >>> unread_lines(["---", "year: 2023", "tags:", "  - 执法检查", "---"], 0, 4)
    [4]
    """
    return [number for number, line in enumerate(lines[opening + 1:closing], opening + 2)
            if not _skipped(line) and not header_line(line)]


def _skipped(line: str) -> bool:
    """A blank line or a YAML comment."""
    return not line.strip() or line.lstrip().startswith("#")
