"""The genre's tables: CSV files under ``lexicon/data/``, read once per process.

Each file has a header row; a ``note`` column, where present, documents a row
and is never read by code. See ``data/README.md`` for the files and their sources.
"""
from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

DATA = Path(__file__).parent / "data"
# A table named inside another table's pattern ({congress-work}): a class of words kept in a file of its own.
_TABLE_NAMED = re.compile(r"\{([a-z]+(?:-[a-z]+)+)\}")


@lru_cache(maxsize=None)
def rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``data/NAME.csv`` as dicts of stripped strings, in file order.

    Raises ``FileNotFoundError`` when the table is missing (a broken install) and
    ``ValueError`` naming the file and line when a row has more fields than the header.
    """
    lines = _lines(name)
    header = next(lines)
    return tuple(dict(zip(header, [value.strip() for value in row] + [""] * (len(header) - len(row)))) for row in lines)


def records(name: str, *keys: str) -> list[tuple[str, ...]]:
    """The ``keys`` columns (two or more) of the rows of ``data/NAME.csv``, each row a tuple of stripped strings in
    the order of ``keys``, in file order: :func:`rows` without a dict per row and uncached, for a large table its
    reader indexes once (the some 41,000 townships in a third of the time: a tenth of ``okg extract``'s).

    Raises ``FileNotFoundError`` when the table is missing, ``ValueError`` naming the file and line when a row has
    more fields than the header, and naming the file and column when the header lacks one of ``keys``.
    """
    lines = _lines(name)
    header = next(lines)
    if missing := [key for key in keys if key not in header]:
        raise ValueError(f"{name}.csv: no column {missing[0]!r} in its header")
    columns = itemgetter(*(header.index(key) for key in keys))
    width = len(header)
    return [tuple(map(str.strip, columns(row if len(row) == width else row + [""] * (width - len(row))))) for row in lines]


def _lines(name: str) -> Iterator[list[str]]:
    """The header of ``data/NAME.csv``, then its rows as ``csv.DictReader`` reads them (a third the time), blank
    lines skipped; raises ``ValueError`` naming the file and line when a row has more fields than the header."""
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        yield header
        for row in reader:
            if len(row) > len(header):
                raise ValueError(f"{name}.csv line {reader.line_num}: more fields than the header (quote a pattern with commas)")
            if row:
                yield row


def column(name: str, key: str) -> tuple[str, ...]:
    """One column of a table, in file order."""
    return tuple(row[key] for row in rows(name))


def words_of(name: str, role: str) -> str:
    """The ``word`` column of a table's rows whose ``role`` is ``role``, as one regex alternation (``look-backs.csv``'s
    ``lead`` or ``term`` words), in file order. Raises ``LookupError`` naming the file and the role when no row has it:
    an empty alternation would match everywhere (round 46: a table that lost a role's rows made every sentence a look-back
    over the present term)."""
    words = "|".join(row["word"] for row in rows(name) if row["role"] == role)
    if not words:
        raise LookupError(f"{name}.csv: no row of role {role!r}, which the extractor reads: restore its rows")
    return words


def filled(pattern: str) -> str:
    """``pattern`` with each ``{NAME}`` naming a table (``{congress-work}``) replaced by the alternation of that
    table's ``pattern`` column, ``(?:row1|row2…)`` in file order: a class of words one file keeps (what makes a subject
    congress work) and the rows of another file use in their structure. A pattern naming no table is returned as it is;
    a quantifier (``{0,12}``) names none. Raises ``FileNotFoundError`` when the named table is missing."""
    return _TABLE_NAMED.sub(lambda named: "(?:" + "|".join(column(named.group(1), "pattern")) + ")", pattern)
