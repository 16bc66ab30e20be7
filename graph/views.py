"""The laws table and coverage kept between writes, brought up to date by what changed.

A :class:`LawViews` remembers the content hash of every named graph it was built from
(:meth:`graph.backends.Backend.graph_hashes`), the IRIs each graph holds, each law's rows
(:func:`graph.loop.inspection_rows`) and entry (:func:`graph.tables.law_entry`), and the Law nodes
coverage reads. When the store's version moves it diffs the hashes: the laws a changed, added or
removed graph held or touched (through an inspection, a report, an organ of one of their rows)
are asked of the store again, by IRI, and nothing else. A law's rows and its node depend only on
triples about the law and about the activities, reports and organs of its rows, so the laws
recomputed are the only ones a change can alter: the views equal a build from scratch
(tests/graph/test_views.py checks it on both stores).

The hashes are trusted as the writes trust them: a graph rewritten behind okg's back under its
old hash is not seen, exactly as ``upsert_report`` would skip it.

Round 48 (issue 14 §4): what the views are built from is kept with the store (:mod:`graph.views_kept`,
:meth:`LawViews.keep`) and read back, instead of built, by an opening that has none yet while the store is still
at the version they were kept at; otherwise (none kept, damaged, stale: a one-line warning) they are built as before.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph import frozen, loop, tables, views_kept
from graph.backends import Backend, Description, LawRow

log = logging.getLogger("okg.views")


@dataclass
class _State:
    """What the views were built from, and the parts kept per law."""

    hashes: dict[str, str]
    #: graph → IRIs it holds; None when built on a read-only opening (:func:`_build`), which an update builds anew
    terms: dict[str, set[str]] | None
    rows: dict[str, list[LawRow]] = field(default_factory=dict)  # law → its rows
    entries: dict[str, Any] = field(default_factory=dict)  # law → its frozen entry in the laws table
    described: dict[str, Description] = field(default_factory=dict)  # Law node → its label, level, category, repeal
    depends: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # IRI → laws its rows name
    #: :func:`graph.tables.readings` of ``described``, read on first need and again after an update
    readings: dict[str, Any] | None = None

    def set_rows(self, law: str, rows: list[LawRow]) -> None:
        for row in self.rows.pop(law, ()):
            for iri in _named(row):
                self.depends[iri].discard(law)
        self.entries.pop(law, None)
        if rows:
            self.rows[law] = rows
            self.entries[law] = frozen.freeze(tables.law_entry(rows))
            for row in rows:
                for iri in _named(row):
                    self.depends[iri].add(law)


def _named(row: LawRow) -> Iterable[str]:
    """The IRIs a law row was read from: the law, the inspection, its report and organ."""
    return (iri for iri in (row.law, row.activity, row.report, row.organ_iri) if iri is not None)


class LawViews:
    """The laws table's per-law entries and the Law nodes, up to date with a store on request.
    Not thread-safe: :class:`graph.store.Store` calls it under its views lock."""

    def __init__(self) -> None:
        self._state: _State | None = None
        self._version: str | None = None  # the store's version the state is known to be up to date at
        self._kept: str | None = None  # the store's version of the views the store keeps, as far as this object knows

    def current(self, store: Backend) -> _State:
        """The state as of now: read back from the store or built whole the first time, then updated by graph
        diffs."""
        before = store.version()
        state = self._state
        if state is not None and self._version == before:
            return state
        if state is None and (state := _read_back(store, before)) is not None:
            self._state, self._version, self._kept = state, before, before
            return state
        hashes = store.graph_hashes()
        if state is None or state.terms is None or _mostly_changed(state.hashes, hashes):
            state = _build(store, hashes)
        elif hashes != state.hashes:
            _update(store, state, hashes)
        # a write while reading may have mixed versions: keep nothing, the next request builds anew
        self._state, self._version = (state, before) if store.version() == before else (None, None)
        return state

    def keep(self, store: Backend) -> None:
        """Bring the views this object holds up to date (:meth:`current`: by diffs, or built whole when most graphs
        changed, :func:`_mostly_changed`) and keep them with the store (:meth:`graph.backends.Backend.keep_view`),
        unless it keeps them at this version already: what the next opening reads back instead of building them.
        Nothing when this object holds none (never built from nothing here). Raises what the store's write raises."""
        if self._state is None:
            return
        state = self.current(store)
        version = self._version
        if version is None or version == self._kept or state.terms is None:
            return
        store.keep_view(views_kept.NAME, views_kept.encode(views_kept.Kept(
            version, state.hashes, state.terms, state.rows, state.described)))
        self._kept = version

    def laws(self, store: Backend, inspected: tables.Inspected, level: tables.Choice,
             drafts: bool = False) -> list[dict[str, Any]]:
        """The unfiltered laws table (but for ``inspected``, ``level`` and ``drafts``): :func:`graph.tables.laws`."""
        return tables.laws_table(self.current(store).entries.values(), inspected, level, drafts,
                                 loop.planned_follow_up_rows(store))

    def described(self, store: Backend) -> dict[str, Description]:
        """The Law nodes, by IRI, described with :data:`graph.tables.LAW_KEYS`."""
        return self.current(store).described

    def rows(self, store: Backend) -> list[LawRow]:
        """Every law row, as :func:`graph.loop.inspection_rows` gives them."""
        return [row for rows in self.current(store).rows.values() for row in rows]

    def readings(self, store: Backend) -> dict[str, Any]:
        """:func:`graph.tables.readings` of the kept Law nodes, frozen and kept with them: read once per version for the
        laws table and coverage under every filter (round 47: each of them read it anew, half of a first /coverage at
        1M triples)."""
        state = self.current(store)
        if state.readings is None:
            state.readings = frozen.freeze(tables.readings(store, state.described))
        return state.readings

    def coverage(self, store: Backend, level: tables.Choice, category: tables.Choice,
                 inspected: Iterable[dict[str, Any]]) -> dict[str, Any]:
        """:func:`graph.tables.coverage` from the kept Law nodes and the given inspected entries."""
        return tables.coverage_of(self.described(store).values(), inspected, level, category, self.readings(store))


def _read_back(store: Backend, version: str) -> _State | None:
    """The state the store keeps at ``version`` (:mod:`graph.views_kept`), None when it keeps none; one kept at another
    version or damaged is said in one line (logger ``okg.views``) and not read."""
    data = store.kept_view(views_kept.NAME)
    if data is None:
        return None
    try:
        kept = views_kept.decode(data, version)
    except views_kept.Unreadable as exc:
        log.warning("the law views kept with the %s store are %s: built anew", store.name, exc)
        return None
    state = _State(kept.hashes, kept.terms, described=kept.described)
    for law, rows in kept.rows.items():
        state.set_rows(law, rows)
    return state


def _build(store: Backend, hashes: dict[str, str]) -> _State:
    """The views built whole. On a read-only opening (``okg ask``, which can neither keep them nor write) the IRIs each
    graph holds are not read: only an update uses them, and a state without them is built anew instead (round 49,
    newuser34 B7: reading them was a third of an ``okg ask laws`` on a store holding a report of 6,000 statistics)."""
    state = _State(dict(hashes), None if store.read_only else store.graph_terms(None))
    by_law: dict[str, list[LawRow]] = defaultdict(list)
    for row in loop.inspection_rows(store):
        by_law[row.law].append(row)
    for law, rows in by_law.items():
        state.set_rows(law, rows)
    state.described = store.describe(cls="Law", keys=tables.LAW_KEYS)
    return state


def _mostly_changed(before: dict[str, str], now: dict[str, str]) -> bool:
    """Whether most graphs changed (a first ingest into a store the views were read of when empty): a build asks the
    store once for everything, where an update asks by IRI for nearly every law."""
    changed = sum(before.get(g) != h for g, h in now.items()) + len(before.keys() - now.keys())
    return changed > len(now) // 2


def _update(store: Backend, state: _State, hashes: dict[str, str]) -> None:
    """Ask again only about the laws the changed graphs held or touched."""
    assert state.terms is not None  # a state without them is built anew (:meth:`LawViews.current`)
    changed = sorted(g for g in state.hashes.keys() | hashes.keys() if state.hashes.get(g) != hashes.get(g))
    fresh = store.graph_terms([g for g in changed if g in hashes])
    touched: set[str] = set()
    for g in changed:
        touched |= state.terms.pop(g, set()) | fresh.get(g, set())
    state.terms.update(fresh)
    state.hashes = dict(hashes)
    laws = set(touched)
    for iri in touched:
        laws |= state.depends.get(iri, set())
    described = store.describe(sorted(laws), keys=tables.LAW_KEYS)
    for iri in laws:
        state.described.pop(iri, None)
    state.described.update((iri, d) for iri, d in described.items() if "Law" in d.types)
    state.readings = None  # a title's readings may have changed with its node
    recompute = sorted(iri for iri in laws if iri in state.described or iri in state.rows)
    by_law: dict[str, list[LawRow]] = {law: [] for law in recompute}
    for row in loop.inspection_rows(store, recompute):
        by_law[row.law].append(row)
    for law, rows in by_law.items():
        state.set_rows(law, rows)
