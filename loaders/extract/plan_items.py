"""Plan items: the numbered lines of a list that each state one piece of work.

A 监督工作计划 or 工作要点 lists its work as short numbered lines under headings::

    一、执法检查
    1.《中华人民共和国土地管理法》执法检查
    2.听取和审议县政府关于安全生产工作情况的报告
    二、专题调研
    1.乡村振兴工作情况

A numbered line with a line of a deeper rank or a paragraph under it is a heading. One that a
sibling, a higher heading or the end of the text follows, under some heading, is an *item*: a
statement, with or without a full stop; so is one opening with a verb of hearing under no numbered heading (a
sitting's agenda under its title). An item without a verb of its own (乡村振兴工作情况)
states the kind of work its nearest heading names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.extract import plans
from loaders.extract.spans import Span, strip_span


#: An item hearing or reviewing, whose own verb says what it states: one of a sitting's numbered agenda, under no numbered
#: heading but the agenda's title (会议议程 / 二、听取和审议省人民政府关于…的报告 / 五、听取和审议省高级人民法院关于…的报告;
#: a first-time analyst, round 31, class 3: only the item too long for a heading was read).
_HEARING = re.compile(r"(?:听取|聽取|审议|審議|审查|審查)")


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
        if leaf and (open_headings or _HEARING.match(_words(line))) and plans.is_title_line(line):
            end = offset + len(line.rstrip().rstrip("。.；;，,"))
            span = strip_span(text, offset + plans.after_number(line), end)
            found.append(Item(span, (offset, offset + len(line)), _words(open_headings[-1][1]) if open_headings else ""))
        else:
            open_headings.append((rank, line))
    return found


def _words(line: str) -> str:
    """A numbered line's words, past its number."""
    return line[plans.after_number(line):].strip()
