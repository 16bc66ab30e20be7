"""Cells and CSV text for files people open in a spreadsheet: every CSV the project writes (the API's
listings, ``csv-nodes`` and ``csv-edges`` exports) comes from :func:`csv_text`, and every text cell of
a CSV or XLSX file passes :func:`inert`.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return
before one) as a formula: a report titled ``=HYPERLINK("http://evil.example","click")`` would become a
live link in the analyst's sheet. OWASP's rule (CSV Injection) is to prefix such a cell with ``'``,
which the spreadsheet shows as text. Numbers are no formulas: numeric cells stay numbers, and a text
cell that is a plain number (``-3``, ``+1.5e3``) stays as written.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence

#: The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV Injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
BOM = "\ufeff"  # so Excel reads the file as UTF-8


def inert(value: str) -> str:
    """``value`` as a spreadsheet keeps it as text: ``'`` before a cell a spreadsheet would run as a
    formula, a plain number (``-3.5``) unchanged."""
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def spelt(value: object) -> str:
    """A boolean as JSON spells it (``true``, ``false``: Python's ``True`` is no spelling a reader of the file
    expects), anything else as ``str`` gives it."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def person(value: Mapping[str, object]) -> str | None:
    """A person as a reader writes one: ``王晓科（省人大常委会秘书长）`` for ``{"name": …, "title": …}`` (an activity's
    ``led_by``, :class:`graph.shapes.Leader`), the name alone without a title; None for a value that is no person
    (no name, or other keys). A new user's round 40, §5: a file's cell held the raw JSON, the table the title alone."""
    if not value.get("name") or not set(value) <= {"name", "title"}:
        return None
    return f"{value['name']}（{value['title']}）" if value.get("title") else str(value["name"])


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """CSV (RFC 4180: CRLF line ends, fields quoted as needed) with a byte-order mark, ``header`` first;
    ``None`` is an empty cell, a boolean is ``true`` or ``false`` (:func:`spelt`), numbers are written as numbers and
    text passes :func:`inert`."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([inert(name) for name in header])
    for row in rows:
        writer.writerow(["" if v is None else inert(v) if isinstance(v, str) else spelt(v) if isinstance(v, bool) else v
                         for v in row])
    return BOM + out.getvalue()
