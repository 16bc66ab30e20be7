"""Plan items: the numbered lines of a list that each state one piece of work.

A 监督工作计划 or 工作要点 lists its work as short numbered lines under headings::

    一、执法检查
    1.《中华人民共和国土地管理法》执法检查
    2.听取和审议县政府关于安全生产工作情况的报告
    二、专题调研
    1.乡村振兴工作情况

A numbered line with a line of a deeper rank or a paragraph under it is a heading. One that a
sibling, a higher heading or the end of the text follows, under some heading, is an *item*: a
statement, with or without a full stop. An item without a verb of its own (乡村振兴工作情况)
states the kind of work its nearest heading names.
"""
from __future__ import annotations

from dataclasses import dataclass

from loaders.extract import plans
from loaders.extract.spans import Span, strip_span


@dataclass(frozen=True)
class Item:
    """One item: its words past the number (``span``), its whole line and its nearest heading."""

    span: Span
    line: tuple[int, int]
    heading: str


def items(text: str) -> list[Item]:
    """The items of every numbered list in ``text``, in text order (one pass over the lines)."""
    lines: list[tuple[int, str, int]] = []  # (offset, line, rank) of the non-blank lines
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, line, plans.heading_rank(line)))
        offset += len(line) + 1
    found: list[Item] = []
    open_headings: list[tuple[int, str]] = []  # (rank, line), outermost first
    for index, (offset, line, rank) in enumerate(lines):
        if not rank:
            continue
        while open_headings and open_headings[-1][0] >= rank:
            open_headings.pop()
        next_rank = lines[index + 1][2] if index + 1 < len(lines) else None
        leaf = next_rank is None or 0 < next_rank <= rank
        if leaf and open_headings and plans.is_title_line(line):
            end = offset + len(line.rstrip().rstrip("。.；;，,"))
            span = strip_span(text, offset + plans.after_number(line), end)
            found.append(Item(span, (offset, offset + len(line)), _words(open_headings[-1][1])))
        else:
            open_headings.append((rank, line))
    return found


def _words(line: str) -> str:
    """A numbered line's words, past its number."""
    return line[plans.after_number(line):].strip()
