"""Tombstones: the reports ``okg delete`` took out of a store, which a later ingest of their files does not store again
unless forced (a first-time analyst's round 43, finding 7: ``okg ingest reports/`` after ``okg delete
reports/jinshi2020.txt`` stored the report again, silently, and undid the clean-up).

Kept as one store mark (:meth:`graph.backends.Backend.set_mark`, outside the graphs, so neither store's answers nor its
version change): ``{report IRI: the date it was deleted}``, JSON. ``okg ingest --force`` stores such a report again and
lifts its tombstone, as a package manager keeps a package removed on purpose out of an upgrade until it is installed by
name, and ``git`` keeps a file deleted from its index deleted until it is added again.

A copy dropped the same way (newuser31 B4: ``okg delete`` of one file among a report's copies, to let another copy's
header give its year; the routine ``okg ingest reports dup`` brought the dropped copies back without a word, the year
and id with them) is kept out too: a second mark, ``{source location: {"report": the report it was dropped from,
"day": the date}}``; a later ingest of that file is ``dropped before`` unless ``--force``, which stores it and lifts
the tombstone.
"""
from __future__ import annotations

import datetime
import json
from collections.abc import Iterable

from graph import Store, StoreError

MARK = "deleted-reports"
#: The store mark of the copies (sources) ``okg delete`` dropped from a report that stays.
SOURCES = "dropped-sources"


def read(store: Store) -> dict[str, str]:
    """``{report IRI: ISO date deleted}`` of the store's tombstones; none when the store keeps none or cannot be read."""
    try:
        found = json.loads(store.mark(MARK) or "{}")
    except (StoreError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def bury(store: Store, reports: Iterable[str]) -> None:
    """Keep a tombstone, dated today, for each of ``reports`` (IRIs) deleted."""
    wanted = set(reports)
    if wanted:
        today = datetime.date.today().isoformat()
        _write(store, {**read(store), **dict.fromkeys(wanted, today)})


def lift(store: Store, reports: Iterable[str]) -> None:
    """Drop the tombstones of ``reports`` (IRIs) stored again."""
    kept = read(store)
    if any(iri in kept for iri in reports):
        _write(store, {iri: day for iri, day in kept.items() if iri not in set(reports)})


def _write(store: Store, tombstones: dict[str, str]) -> None:
    store.set_mark(MARK, json.dumps(tombstones, ensure_ascii=False, sort_keys=True) if tombstones else None)


def said(source: str, report: str, day: str) -> str:
    """The line for a ``source`` whose report was deleted on ``day``: what was done and how to store it again."""
    return (f"{source}: its report {report} was deleted from this store on {day} (okg delete), so it is not stored "
            f"again; okg ingest --force {source} stores it")


def dropped(store: Store) -> dict[str, dict[str, str]]:
    """``{source location: {"report": IRI it was dropped from, "day": ISO date}}`` of the copies ``okg delete``
    dropped; none when the store keeps none or cannot be read."""
    try:
        found = json.loads(store.mark(SOURCES) or "{}")
    except (StoreError, ValueError):
        return {}
    return {str(k): {"report": str(v.get("report", "")), "day": str(v.get("day", ""))}
            for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}


def drop(store: Store, sources: Iterable[tuple[str, str]]) -> None:
    """Keep a tombstone, dated today, for each ``(source location, report IRI)`` dropped from a report that stays."""
    wanted = dict(sources)
    if wanted:
        today = datetime.date.today().isoformat()
        _write_sources(store, {**dropped(store), **{s: {"report": r, "day": today} for s, r in wanted.items()}})


def restore(store: Store, sources: Iterable[str]) -> None:
    """Drop the tombstones of the copies ``sources`` (locations) stored again."""
    kept, wanted = dropped(store), set(sources)
    if wanted & set(kept):
        _write_sources(store, {s: held for s, held in kept.items() if s not in wanted})


def _write_sources(store: Store, sources: dict[str, dict[str, str]]) -> None:
    store.set_mark(SOURCES, json.dumps(sources, ensure_ascii=False, sort_keys=True) if sources else None)


def said_dropped(source: str, report: str, day: str) -> str:
    """The line for a ``source`` okg delete dropped from ``report`` on ``day``: why it is kept out, how to store it."""
    return (f"{source}: this copy was dropped from the report {report} on {day} (okg delete), so it is not read "
            f"again, and the report keeps the reading its other copies give; okg ingest --force {source} stores it")
