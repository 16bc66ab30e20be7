"""The genre's tables: CSV files under ``lexicon/data/``, read once per process.

Each file has a header row; a ``note`` column, where present, documents a row
and is never read by code. See ``data/README.md`` for the files and their sources.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
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
    found = []
    with (DATA / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)  # as csv.DictReader reads it (a missing field "", blank lines skipped), a third the time
        header = next(reader, [])
        for row in reader:
            if not row:
                continue
            if len(row) > len(header):
                raise ValueError(f"{name}.csv line {reader.line_num}: more fields than the header (quote a pattern with commas)")
            found.append(dict(zip(header, [value.strip() for value in row] + [""] * (len(header) - len(row)))))
    return tuple(found)


def column(name: str, key: str) -> tuple[str, ...]:
    """One column of a table, in file order."""
    return tuple(row[key] for row in rows(name))


def words_of(name: str, role: str) -> str:
    """The ``word`` column of a table's rows whose ``role`` is ``role``, as one regex alternation (``look-backs.csv``'s
    ``lead`` or ``term`` words), in file order."""
    return "|".join(row["word"] for row in rows(name) if row["role"] == role)


def filled(pattern: str) -> str:
    """``pattern`` with each ``{NAME}`` naming a table (``{congress-work}``) replaced by the alternation of that
    table's ``pattern`` column, ``(?:row1|row2…)`` in file order: a class of words one file keeps (what makes a subject
    congress work) and the rows of another file use in their structure. A pattern naming no table is returned as it is;
    a quantifier (``{0,12}``) names none. Raises ``FileNotFoundError`` when the named table is missing."""
    return _TABLE_NAMED.sub(lambda named: "(?:" + "|".join(column(named.group(1), "pattern")) + ")", pattern)
