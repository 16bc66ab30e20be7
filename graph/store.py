"""The analysts' queries over a store, and the views kept between writes.

:class:`Store` is a :class:`graph.backends.Backend` (the primitives each store answers
natively) plus the contract's queries, shaped once in :mod:`graph.tables`,
:mod:`graph.traverse` and :mod:`graph.loop`, so the two stores cannot drift apart in what
they return. The laws table and coverage are kept until the store's version changes and are
shared between callers read-only (:mod:`graph.frozen`); when the version moves they are brought
up to date from what changed (:mod:`graph.views`).
"""
from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from graph import area_view, deputies, frozen, gc_pause, heap, inspections, loop, search_index, tables, traverse, views
from graph.areas import report_sources
from graph.fields import YearFilter
from graph.law_mentions import law_mentions
from graph.backends import Backend
from graph.name_index import OpenedIndex
from graph.recent import Recent
from graph.formats import ExportFormat, ExportPart, part_of

__all__ = ["Store"]

MAX_VIEWS = 256  # cached (view, arguments) pairs before the cache starts afresh
#: Neighbourhoods kept, the least recently asked forgotten first: at the API's largest page (2,000 nodes,
#: about 0.4 MB) 64 of them stay within the server's memory budget.
MAX_NEIGHBOURHOODS = 64


class Store(Backend):
    """A graph of report graphs: each report's triples replaced as a whole, and the queries on it."""

    def __init__(self) -> None:
        super().__init__()
        self._views: dict[tuple[str, tuple[Any, ...]], tuple[str, Any]] = {}
        self._views_lock = threading.RLock()  # a view may build on another (coverage on the laws table)
        self._law_views = views.LawViews()
        self.names = OpenedIndex()
        #: The nodes a walk found to have more than traverse.HUB_EDGES relationships, at a store version.
        self._hubs: tuple[str | None, set[str]] = (None, set())
        #: The last neighbourhoods asked, each under the store's version read before it was walked
        #: (a write makes every earlier key unreachable), shared read-only (:func:`graph.frozen.freeze`).
        self.neighbourhoods = Recent(MAX_NEIGHBOURHOODS)
        #: Search answers with their statistics' and activities' descriptions, by the kept answer they describe
        #: (graph.search_index keeps one per search until a write): ``{id(answer): (answer, described)}``.
        self._described: dict[int, tuple[Any, Any]] = {}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the queries of the contract: plain JSON-ready data shaped as graph.shapes says ---

    def entity(self, iri: str) -> dict[str, Any] | None:
        """One resource, a :class:`graph.shapes.Entity`, or None."""
        return tables.entity(self, iri)

    def search(self, q: str, types: list[str] | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """Resources a name of which matches ``q`` (:meth:`find`'s items): :class:`graph.shapes.Node` rows."""
        return [{k: item[k] for k in ("iri", "label", "types")}
                for item in self.find(q, types, max(1, min(limit, 1000)))["items"]]

    def find(self, q: str, types: list[str] | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Resources by name, through the store's name index, best first: the name is ``q`` (a label,
        then an alias: short title, abbreviation, short name), starts with it, ends with it (森林法
        finds 中华人民共和国森林法 before 森林法实施条例), holds it, or holds its characters in
        order (湿地法, 全国人大常委会); traditional or simplified, any width, bracket form or spacing.
        ``{"total", "total_exact", "items": [{"iri", "label", "types", "match"}], "facets": {class: count}}``
        (``match``: exact, alias, prefix, suffix, inside or abbreviation); ``types`` are local class names;
        ``total`` and ``facets`` count up to 1000 matches among the names read for the page, all of them
        when ``total_exact``, else they are lower bounds (:func:`graph.search_index.find`). A statistic's hit also
        has its ``label_en`` and ``place`` (:func:`graph.tables.statistic_hits`, its row looked up by IRI), and so has
        an activity's (:func:`graph.tables.activity_hits`: whose work it is)."""
        found = search_index.find(self, q, types, limit, offset)
        kept = self._described.get(id(found))
        if kept is not None and kept[0] is found:  # the same kept answer: described once, shared read-only
            return kept[1]
        items = found["items"]
        if any("Statistic" in hit["types"] for hit in items):
            items = tables.statistic_hits(self, items, self._statistic_table()[1])
        described = frozen.freeze({**found, "items": tables.activity_hits(self, items)})
        if len(self._described) >= MAX_VIEWS:
            self._described.clear()
        self._described[id(found)] = (found, described)
        return described

    def reindex(self) -> int:
        """Build the name index anew from every named graph; the number of graphs indexed."""
        return search_index.rebuild(self)

    def neighbours(self, iri: str, depth: int = 1, types: list[str] | None = None,
                   limit: int = 200) -> dict[str, Any]:
        """The subgraph around ``iri`` up to ``depth`` (≤ 3) hops, keeping nodes of ``types``: a
        :class:`graph.shapes.Subgraph`. Kept until the store's version changes (the much-inspected laws
        are asked again and again) and shared between callers read-only, as :meth:`laws` is."""
        version = self.version()  # read before walking: a write meanwhile makes the answer stale, never wrong
        if self._hubs[0] != version:  # a write may have taken relationships from a hub
            self._hubs = (version, set())
        hubs = self._hubs[1]
        return self.neighbourhoods.answer(
            (version, iri, depth, tuple(types) if types is not None else None, limit),
            lambda: frozen.freeze(traverse.neighbourhood(self, iri, depth, types, limit, hubs)))

    def paths(self, source: str, target: str, max_hops: int = 6, limit: int = 5,
              mentions: bool = True) -> list[dict[str, Any]]:
        """Shortest paths (either direction along relationships), each a :class:`graph.shapes.Path`; with ``mentions``
        False, none through a report's naming of a law or organ (:data:`graph.traverse.MENTION_EDGES`)."""
        return traverse.shortest_paths(self, source, target, max_hops, limit,
                                       frozenset() if mentions else traverse.MENTION_EDGES)

    def activities(self, kind: tables.Choice = None, year: YearFilter = None, organ: tables.Choice = None,
                   law: str | None = None, issue: tables.Choice = None, status: tables.Choice = None,
                   jurisdiction: str | None = None, level: tables.Choice = None,
                   place: str | None = None, follow_up: bool | None = None) -> list[dict[str, Any]]:
        """Oversight activities, :class:`graph.shapes.Activity` rows; filters are local class name,
        year (one, or a range ``(first, last)``: :func:`graph.fields.covers`), IRIs (``organ`` matches the organ conducting or overseen, or any of several organs given
        together, a congress's institution; a joint partner is no match),
        ``status`` (``reported`` or ``planned``; both when None), ``jurisdiction`` (a division code,
        420000: activities conducted by an organ in that area or its sub-areas) and ``level`` (the level of
        the report stating them, ``okg:level``: national, province, city, county or township), ``place`` (a division
        code: activities whose work was done in that area or an area within it, ``okg:place``); ``issue``, like
        ``organ``, takes several IRIs, any of which an activity's issues hold (the API gives a concept with its
        narrower ones); ``follow_up`` keeps the follow-ups of earlier oversight (true: 跟踪检查, a handling report of an
        inspection's opinions heard, typed an inspection too) or the rest (false); both when None. ``kind``,
        ``status`` and ``level`` take several values too, any of which an activity has (round 48:
        :data:`graph.tables.Choice`).

        Raises ValueError for an ``organ``, ``law`` or ``issue`` that is no IRI or a ``jurisdiction`` that is
        no code, or a ``place`` (a name would match nothing): :meth:`search` gives a name's IRI, ``/areas`` an area's code."""
        organs, issues = tables.value_set(organ) or (), tables.value_set(issue) or ()
        _require_iris((*(("organ", o) for o in sorted(organs)), ("law", law), *(("issue", i) for i in sorted(issues))))
        return tables.activities(self, kind, year, organ, law, issue, status=status,
                                 jurisdiction=_division_code(jurisdiction), level=level,
                                 place=_division_code(place, "place"), follow_up=follow_up)

    def organs(self) -> list[dict[str, Any]]:
        """Organs with how many activities they conducted and were overseen in and how many inspections
        they conducted (:mod:`graph.inspections`), :class:`graph.shapes.Organ` rows (aliases: the names
        reports call it by, skos:altLabel); kept and shared read-only as :meth:`coverage` is."""
        return self._memo("organs", (), lambda: tables.organs(self, self._law_views.rows(self)))

    def deputies(self, jurisdiction: str | None = None) -> list[dict[str, Any]]:
        """Named deputies with their place, the reports naming them and the activities involving them
        (:func:`graph.deputies.deputies`, :class:`graph.shapes.Deputy` rows); ``jurisdiction`` a division code; kept
        and shared read-only as :meth:`organs` is (every activity and deputy is described to build it)."""
        return self._memo("deputies", (jurisdiction,), lambda: deputies.deputies(self, jurisdiction))

    def reports(self, level: tables.Choice = None, jurisdiction: str | None = None,
                year: YearFilter = None) -> list[dict[str, Any]]:
        """The reports, :class:`graph.shapes.ReportSummary` rows; with ``level`` (national, province, city, county
        or township, or several of them), those whose ``okg:level`` it is (one of them); with ``jurisdiction`` (a division code), those whose area lies
        in it; with ``year``, those whose years cover it
        (or meet a range ``(first, last)``, :func:`graph.fields.covers`)."""
        return tables.reports(self, level, _division_code(jurisdiction), year)

    def report(self, iri: str, offset: int = 0, limit: int | None = None) -> dict[str, Any] | None:
        """A report with its text and the evidence spans stated in it, a :class:`graph.shapes.ReportText`: in the
        text's order, ``limit`` of them (None: every one) from ``offset`` on, and how many there are."""
        return tables.report(self, iri, offset, limit)

    def timeline(self, iri: str, undated: bool = True) -> list[dict[str, Any]]:
        """Dated activities (a year or a range) touching a law, an organ or an issue, oldest first (rows
        of :meth:`activities`), each with its place in the accountability loop (``stage``, ``loop``,
        ``follows_up``, ``followed_up_by``: :func:`graph.loop.timeline`); then, unless ``undated`` is false, the
        activities no year dates (``year_from`` None), in the order :meth:`activities` gives, so a law inspected
        only in reports without a year has a timeline."""
        rows = tables.activities(self, involving=iri)
        dated = [row for row in rows if row["year_from"] is not None]
        return loop.timeline(self, dated + [row for row in rows if row["year_from"] is None] if undated else dated)

    def activity_statuses(self) -> dict[str, int]:
        """``{"reported_activities": n, "planned_activities": n}``: the two are never one count."""
        found = self.describe(cls="OversightActivity", keys=("status",)).values()
        return {f"{status}_activities": sum((d.one("status") or "reported") == status for d in found)
                for status in tables.STATUSES}

    def years(self) -> list[dict[str, int]]:
        """The single years a report, an activity or a statistic is dated in by itself, oldest first, as
        ``{"year": 2021, "reports": n, "activities": n, "statistics": n}`` rows: a multi-year report's range (2017-2021)
        dates none of its years, as the year filters of :meth:`reports`, :meth:`activities` and :meth:`statistics` read
        it, so each year listed finds something there. Built once per store version and shared read-only, as
        :meth:`coverage` is: the explorer's year menu asked every row of three listings for it (round 42)."""
        def count() -> list[dict[str, int]]:
            found: dict[int, dict[str, int]] = {}
            for kind, rows in (("reports", self.reports()), ("activities", self.activities()),
                               ("statistics", self.statistics())):
                for row in rows:
                    if row.get("year") is not None:
                        found.setdefault(row["year"], {"reports": 0, "activities": 0, "statistics": 0})[kind] += 1
            return [{"year": year, **found[year]} for year in sorted(found)]

        return self._memo("years", (), count)

    def summary(self) -> dict[str, int]:
        """What ``okg stats`` and ``/stats`` print: :meth:`counts`, :meth:`activity_statuses`,
        ``inspections`` (distinct inspections, :func:`graph.inspections.identify`, where the class
        count ``LawEnforcementInspection`` counts their statements) with the parts by which the other routes' totals
        reconcile with it (:func:`graph.inspections.parts`), and ``laws_inspected`` (the laws ``/laws?inspected=true``
        lists). Kept and shared read-only until the store's version moves, as :meth:`laws` is: the triple and class
        counts and every activity's status were read per request (round 43, issue 14 §4: 300 ms a request at 100k
        triples, ``benchmarks.view_cache``)."""
        return self._memo("summary", (), self._summary)

    def _summary(self) -> dict[str, int]:
        """:meth:`summary` computed from the store."""
        counted = self._memo("inspections", (), lambda: set().union(*inspections.identify(
            self._law_views.rows(self), self.describe(cls=inspections.INSPECTION, keys=inspections.KEYS).values()).values()))
        return {**self.counts(), **self.activity_statuses(), "inspections": len(counted),
                **inspections.parts(counted, self.organs(), self.areas()["unplaced"]),
                "laws_inspected": len(self.laws(inspected=True))}

    def statistics(self, measure: str | None = None, year: YearFilter = None, organ: tables.Choice = None,
                   jurisdiction: str | None = None, level: tables.Choice = None,
                   status: tables.Choice = None, measure_class: tables.Choice = None) -> list[dict[str, Any]]:
        """Numbers the reports state, :class:`graph.shapes.Statistic` rows; a summary count of activities has the activity
        kind as its measure (``law_enforcement_inspection``); ``measure_class`` (a code of the measure-class scheme,
        ``suggestions_received``) keeps the numbers counted in that class. ``organ`` (an IRI, or several: any of them) keeps the
        numbers of reports that organ published, ``jurisdiction`` (a division code) those of organs in that area or
        its sub-areas, ``level`` those of reports of that level (as :meth:`activities`), ``status`` the figures
        stated as done (reported) or of a plan (planned); ``level``, ``status`` and ``measure_class`` take several
        values too, as :meth:`activities`'s. Raises ValueError as :meth:`activities` does. Read-only and
        shared between callers until the next write, as :meth:`laws` is: every Statistic node and Report is read once
        per store version."""
        organs = tables.value_set(organ)
        _require_iris(("organ", o) for o in sorted(organs or ()))
        jurisdiction = _division_code(jurisdiction)
        level, status, measure_class = tables.value_set(level), tables.value_set(status), tables.value_set(measure_class)
        return self._memo("statistics", (measure, year, organs, jurisdiction, level, status, measure_class),
                          lambda: tables.statistics(self, self._statistic_table()[0],
                                                    measure, year, organs, jurisdiction, level, status, measure_class))

    def _statistic_table(self) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        """Every :func:`graph.tables.statistic_rows` row, and the same rows (shared, not copied) by IRI, built together
        once per store version: a search whose page holds a statistic looks its row up (round 37, issue 14: it
        scanned every row of the table per search)."""
        def build() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
            rows = frozen.freeze(tables.statistic_rows(self))
            return rows, {row["iri"]: row for row in rows}

        return self._memo("statistic rows", (), build)

    def coverage(self, level: tables.Choice = None, category: tables.Choice = None,
                 jurisdiction: str | None = None, organ: tables.Choice = None,
                 report_level: tables.Choice = None, year: YearFilter = None) -> dict[str, Any]:
        """Laws of the loaded law catalog against inspections: ``{"summary": [CoverageRow], "laws":
        [CoverageLaw]}`` (:mod:`graph.shapes`). Catalog laws are those with an ``okg:lawCategory``
        (the catalog's named graph, :mod:`loaders.build.catalog`); inspected laws outside it
        are listed with ``in_catalog`` false. ``jurisdiction`` (a division code) counts only the
        inspections by organs in that area or its sub-areas, ``organ`` (an IRI, or several: any of them, a
        congress's institution) those that organ conducted, ``report_level`` those stated in reports of that level
        (national, province, city, county, township), ``year`` (a year or ``(first, last)``) those dated in it, as
        :meth:`laws` selects them; ``level``, ``category`` and ``report_level`` take several values too, any of
        which a law or a report has. Read-only and shared
        between callers until the next write (TypeError on a change): copy what you want to change. Raises
        ValueError for a ``jurisdiction`` that is no division code or area IRI, or an ``organ`` that is no IRI."""
        jurisdiction = _division_code(jurisdiction)
        level, category, report_level = tables.value_set(level), tables.value_set(category), tables.value_set(report_level)
        organs = tables.value_set(organ)
        _require_iris(("organ", o) for o in sorted(organs or ()))
        return self._memo("coverage", (level, category, jurisdiction, organs, report_level, year),
                          lambda: self._law_views.coverage(self, level, category, self._entries(
                              None, year=year, jurisdiction=jurisdiction, organ=organs, report_level=report_level)))

    def areas(self) -> dict[str, Any]:
        """Every area with its counts, the areas above and within it, and its organs:
        :func:`graph.area_view.view`; kept and shared read-only as :meth:`coverage` is."""
        return self._memo("areas", (), lambda: area_view.view(self))

    def laws(self, inspected: tables.Inspected = None, *, year: YearFilter = None, organ: tables.Choice = None,
             jurisdiction: str | None = None, report_level: tables.Choice = None, level: tables.Choice = None,
             drafts: bool = False) -> list[dict[str, Any]]:
        """The laws table: each law with its inspections and their evidence, :class:`graph.shapes.Law` rows.

        ``inspected=True`` keeps laws with at least one inspection the store holds, ``"followed_up_only"`` those
        only a follow-up of an earlier inspection concerns, ``False`` those mentioned but never inspected, ``None`` all
        (:func:`graph.tables.standing`). ``year``, ``organ``
        (IRI or label, or several: any of them), ``jurisdiction`` (a division code, 420000: inspections by
        organs in that area or its sub-areas) and ``report_level`` (national, province, city, county, township:
        inspections stated in reports of that level) keep only matching inspections, and so only
        inspected laws; ``level`` (法律, 行政法规, 地方性法规 …) filters laws. A law the reports name only
        as a draft (a bill, 审议《X条例（草案）》: ``draft_only``) is no law never inspected: it is listed
        only with ``drafts=True``. ``inspected``, ``report_level`` and ``level`` take several values too (a set of
        standings, levels), any of which a law or an inspection's report has (round 48). Read-only and shared
        between callers until the next write (TypeError on a change): copy what you want to change.
        Raises ValueError for a ``jurisdiction`` that is no division code or area IRI.
        """
        jurisdiction = _division_code(jurisdiction)
        organs = tables.value_set(organ)
        inspected, report_level, level = tables.standings(inspected), tables.value_set(report_level), tables.value_set(level)
        return self._memo("laws", (inspected, year, organs, jurisdiction, report_level, level, drafts),
                          lambda: self._laws(inspected, year=year, organ=organs, jurisdiction=jurisdiction,
                                             report_level=report_level, level=level, drafts=drafts))

    def _laws(self, inspected: tables.Inspected, *, year: YearFilter = None, organ: Iterable[str] | None = None,
              jurisdiction: str | None = None, report_level: tables.Choice = None, level: tables.Choice = None,
              drafts: bool = False) -> list[dict[str, Any]]:
        """The laws table from the kept views: their entries as they are unless inspections are filtered (each
        statement naming its report's source, as :func:`graph.tables.laws` does)."""
        if year is None and organ is None and jurisdiction is None and report_level is None:
            described = self._law_views.described(self)
            return tables.with_sources(self._law_views.laws(self, inspected, level, drafts), report_sources(self),
                                       law_mentions(self), described, self._law_views.readings(self))
        return tables.laws(self, inspected, year=year, organ=organ, jurisdiction=jurisdiction,
                           report_level=report_level, level=level, drafts=drafts, rows=self._law_views.rows(self))

    def _entries(self, inspected: tables.Inspected, *, year: YearFilter = None, organ: Iterable[str] | None = None,
                 jurisdiction: str | None = None, report_level: tables.Choice = None) -> list[dict[str, Any]]:
        """The entries of :meth:`_laws` without the sources, mentions and readings it adds
        (:func:`graph.tables.law_entries`): what coverage counts. Copying every statement of every law to name its
        source was most of a first ``/coverage`` at 1M triples."""
        if year is None and organ is None and jurisdiction is None and report_level is None:
            return self._law_views.laws(self, inspected, None)
        return tables.law_entries(self, inspected, year=year, organ=organ, jurisdiction=jurisdiction,
                                  report_level=report_level, rows=self._law_views.rows(self))

    @contextlib.contextmanager
    def keeping_views(self) -> Iterator[None]:
        """Around a command's writes: the law views read back from the store (or built) before, then brought up to date
        by what the writes changed and kept with the store (:meth:`keep_views`), so the next opening (``okg serve``)
        reads them back instead of building them (round 48, issue 14 §4)."""
        with self._views_lock:
            self._law_views.current(self)
        yield
        self.keep_views()

    def keep_views(self, wait: bool = True) -> None:
        """Keep the law views this opening holds with the store, brought up to date (:meth:`graph.views.LawViews.keep`):
        ``okg serve`` on closing, ``okg ingest`` after its writes. Nothing when it holds none, nor, unless ``wait``,
        while another thread reads or builds them (a server stopping does not wait for a request in flight)."""
        if not self._views_lock.acquire(blocking=wait):
            return
        try:
            self._law_views.keep(self)
        finally:
            self._views_lock.release()

    def _memo(self, view: str, args: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """The laws table and coverage walk every inspection, so they are kept until the store's
        :meth:`version` changes (one cheap look-up, no scan) and handed out read-only and shared:
        :func:`graph.frozen.freeze`, TypeError on any attempt to change them."""
        version = self.version()  # read before computing: a write meanwhile makes the entry stale, never wrong
        with self._views_lock:  # concurrent misses compute once
            hit = self._views.get((view, args))
            if hit is None or hit[0] != version:
                if len(self._views) >= MAX_VIEWS:
                    self._views.clear()
                hit = self._views[(view, args)] = (version, frozen.freeze(compute()))
                gc_pause.kept()
                heap.give_back()  # what the build freed, not held by the allocator for the next view to start from
        return hit[1]

    def export(self, fmt: ExportFormat, part: ExportPart | None = None) -> str:
        """The whole graph: ttl/nt merge the named graphs, trig/nq/jsonld keep them;
        graphml and csv-nodes/csv-edges are the node-and-edge projection. ``part``: everything, the
        data without the ontology, the reports alone, or the ontology alone (RDF only):
        :data:`graph.formats.ExportPart`; not asked, :func:`graph.formats.part_of` chooses by format."""
        from graph import export

        return export.export(self, fmt, part_of(fmt, part))


_AREA_IRI_CODE = re.compile(r"/area/(\d+)$")


def _require_iris(filters: Iterable[tuple[str, str | None]]) -> None:
    """ValueError naming the first ``(field, value)`` whose value is no IRI (a name would match nothing)."""
    for field, value in filters:
        if value is not None and "://" not in value:
            raise ValueError(f"{field}: {value!r} is no IRI; store.search({value!r}) gives the IRIs "
                             "of what bears that name")


def _division_code(value: str | None, field: str = "jurisdiction") -> str | None:
    """A ``jurisdiction`` (or ``place``: ``field``) filter as the division code it must be (420117), also read from an
    area's IRI (``…/area/420117``). Raises ValueError for a name, which would match nothing."""
    if value is None or value.isdigit():
        return value
    if found := _AREA_IRI_CODE.search(value):
        return found.group(1)
    raise ValueError(f"{field}: {value!r} is no division code (420117) or area IRI; "
                     "store.areas() or GET /areas?q= gives it")
