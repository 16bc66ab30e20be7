"""``okg delete``: take reports out of a store, by id or by the file (or URL) they were read from.

A report id (its IRI, short form ``report/…`` or the URL it is named by, as ``/reports/{id}`` reads them)
deletes that report whatever sources it holds. A source (a path, or the URL a report was read from) is
forgotten as an edited file's old reading is at ingest (:func:`graph.identity.forget_source`): each report
holding it loses it, and one it was the only source of is deleted. A source may also be given by the name
``GET /reports`` lists it under (its path relative to the folder ingested, ``2023/d01.txt``) when that name is
one stored file's. Each argument is one transaction, so one that fails leaves the others done; one naming a
report an earlier argument deleted says so.

A report whose reading (its header: URL, organ, year) came from the source dropped is read again from the sources
it keeps when every one is a file still here (:func:`_rereads`; a fresh user's study 6, F4: after the copy that gave a
made-up ``url:`` was deleted, the report kept that URL as its name and every row's ``source``); the report is
deleted and those files ingested, so it takes the reading their own headers give. A report keeping a URL or a file
no longer here keeps its reading, and the result's ``note`` says so and what to do.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from api import ids
from graph import Store, StoreError
from graph.identity import Holding, Index, Placement, delete, forget_source, now_named, source_digest
from loaders.build.report import location_of


@dataclass(frozen=True)
class DeleteResult:
    """What one argument did to one report: ``deleted`` (the report is gone), ``source dropped`` (it
    stays with ``sources`` left), ``already deleted`` (argument number ``by`` deleted it) or ``failed`` (``error``
    says why; ``report`` None when nothing matched)."""

    given: str
    outcome: str
    report: str | None = None
    sources: tuple[str, ...] = field(default_factory=tuple)
    error: str | None = None
    by: int | None = None
    #: What became of the report's reading when the source dropped had given it (:func:`_rereads`).
    note: str | None = None
    #: Of a ``source dropped``: the source (its location) the argument dropped, which ``okg delete`` keeps out of later
    #: ingests (:func:`api.tombstones.drop`; newuser31 B4); None when the argument named the report by its id.
    dropped: str | None = None


def _is_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def missing_sources(index: Index) -> list[str]:
    """The stored sources that are local files no longer there, sorted (URLs are never missing; nor is the name of a
    file an imported report was read from elsewhere, :attr:`graph.identity.Stored.located`)."""
    return sorted(s for s, held in index.by_source.items()
                  if any(index.reports[r].located for r in held) and not _is_url(s) and not Path(s).exists())


def delete_reports(store: Store, given: list[str], missing: bool = False, dry_run: bool = False) -> list[DeleteResult]:
    """Delete the reports and sources ``given`` (and, with ``missing``, every source that is a local file no longer
    there), each in its own transaction; with ``dry_run`` nothing is written and the results say what would be."""
    index = Index(store)
    named = {location_of(value) for value in given}
    targets = [*given, *(s for s in (missing_sources(index) if missing else []) if s not in named)]
    results: list[DeleteResult] = []
    gone: dict[str, tuple[int, str]] = {}  # each source and IRI of a report deleted → (argument number, its IRI)
    for number, value in enumerate(dict.fromkeys(targets), 1):
        source = _source_named(index, value)
        placement = _placement(store, index, value, gone)
        if isinstance(placement, DeleteResult):
            results.append(placement)
            continue
        for iri, holds in placement.edits.items():
            if holds is None and iri in index.reports:
                held = index.reports[iri]
                gone.update({key: (number, iri) for key in (iri, *held.sources, *held.names.values())})
        reread = _rereads(index, placement, location_of(value))
        before = _headers(store, set(reread)) if reread and not dry_run else {}
        placement.edits.update(dict.fromkeys(reread))  # read again below: deleted now, written from its other files
        if not dry_run:
            try:
                store.replace_graphs(placement.writes(store))
            except StoreError as exc:
                index.reload()
                results.append(DeleteResult(value, "failed", error=f"{value}: {exc}"))
                continue
        index.written(placement)
        notes = {iri: _read_again(store, index, files, dry_run, before.get(iri)) for iri, files in reread.items()}
        results += [DeleteResult(value, "deleted", iri) if holds is None and iri not in reread
                    else DeleteResult(value, "source dropped", iri, tuple(sorted(reread.get(iri) or holds.sources)),  # type: ignore[union-attr]
                                      note=notes.get(iri) or _kept_note(index, iri, value, holds), dropped=source)
                    for iri, holds in sorted(placement.edits.items())]
    return results


def _rereads(index: Index, placement: Placement, location: str) -> dict[str, list[str]]:
    """The reports ``placement`` keeps whose reading was read from ``location`` and all of whose other sources are
    files still here: report IRI → those files (sorted), to be read again."""
    found = {}
    for iri, holds in placement.edits.items():
        if holds is not None and _read_from(index, iri, location) and holds.sources and all(not _is_url(s) and Path(s).is_file() for s in holds.sources):
            found[iri] = sorted(holds.sources)
    return found


def _read_from(index: Index, iri: str, location: str) -> bool:
    """Whether the stored report ``iri``'s reading (its header's url:, organ:, year:) was read from ``location``."""
    return iri in index.reports and index.reading(iri).source == source_digest(location)


def _read_again(store: Store, index: Index, files: list[str], dry_run: bool,
                before: dict[str, str | None] | None = None) -> str:
    """Ingest ``files`` (under the names their report listed them by) after their report was deleted; a note saying
    what they were read as: the one report holding them now (an ingest of several copies may name the report by one
    copy, then by another whose header gives a URL: only the last stands, round 45, newuser30 T4), and what of its
    header changed from ``before`` (:func:`_headers`) and from which copy's header."""
    from api.ingest import Found, ingest, named_here

    shown = ", ".join(named_here(f) for f in files)
    if dry_run:
        return (f"its reading came from the file dropped: it would be read again from {shown}, whose headers may give "
                "it another year, organ or URL")
    results = ingest([Found(f, index.names.get(f, Path(f).name)) for f in files], store)
    index.reload()
    now = sorted({iri for f in files for iri in index.by_source.get(f, ())})
    failed = [r.error for r in results if r.outcome == "failed"]
    said = f"its reading came from the file dropped: read again from {shown}, now {', '.join(now) or 'not stored'}"
    if len(now) == 1 and before is not None:
        after = _headers(store, {now[0]}).get(now[0], {})
        changed = [f"{name} {before.get(name) or 'none'} → {after.get(name) or 'none'}"
                   for name in HEADER_FIELDS if before.get(name) != after.get(name)]
        copy = next((f for f in files if index.reading(now[0]).source == source_digest(f)), None)
        if changed:
            said += f": {', '.join(changed)}" + (f", from {named_here(copy)}'s header" if copy else "")
        else:
            said += ": its year, organ and URL unchanged"
    return said + (f" ({'; '.join(e for e in failed if e)})" if failed else "")


#: What a report's header decides and a delete that reads it again may change (:func:`_headers`).
HEADER_FIELDS = ("year", "organ", "url")


def _headers(store: Store, iris: set[str]) -> dict[str, dict[str, str | None]]:
    """Each stored report of ``iris`` → what its header decided, as ``/reports`` lists it: ``year`` (a year or a range
    ``2018–2020``), ``organ`` (its publishers' names) and ``url`` (the address it is named by, None when a file)."""
    found = {}
    for row in store.reports():
        if row["iri"] in iris:
            first, last = row.get("year_from"), row.get("year_to")
            year = str(row["year"]) if row.get("year") else f"{first}–{last}" if first and last else None
            organs = "、".join(label for label in row.get("publisher_labels") or [] if label) or row.get("publisher_label")
            url = row.get("source") if _is_url(str(row.get("source") or "")) else None
            found[row["iri"]] = {"year": year, "organ": organs, "url": url}
    return found


def _kept_note(index: Index, iri: str, value: str, holds: Holding | None) -> str | None:
    """For a report that keeps its reading though the source it was read from was dropped (a source left is a URL or a
    file no longer here): what to do to read it again; None when its reading came from another source."""
    if holds is None or not _read_from(index, iri, location_of(value)):
        return None
    return (f"its reading (its header's url:, organ:, year:) came from {value}, and it keeps it: a source left "
            f"({', '.join(sorted(holds.sources))}) is a URL or a file no longer here, so it is not read again; "
            "okg delete the report and ingest the copy whose header is right")


def _placement(store: Store, index: Index, value: str, gone: dict[str, tuple[int, str]]) -> Placement | DeleteResult:
    """What deleting ``value`` means: the report it names by id, else the source it names by its location or, when no
    file is there, by the name its report lists it under (:func:`_named`); a failed result naming the id and the reason when it names
    neither, or the earlier argument (``gone``: source or IRI → argument number, report) that deleted its report."""
    iri = ids.report_id(value)
    if iri is not None and iri in index.reports:
        return delete(iri)
    location, named = _location(index, value)
    if named:
        if len(named) > 1:
            return DeleteResult(value, "failed", error=(
                f"{value}: several stored files are listed under this name: {', '.join(named)}; give the one meant by "
                "its path"))
        location = named[0]
    if index.by_source.get(location):
        return forget_source(index, location)
    if (earlier := gone.get(iri or "") or gone.get(location) or gone.get(value)) is not None:
        return DeleteResult(value, "already deleted", earlier[1], by=earlier[0])
    if iri is not None and (later := now_named(store, iri)):
        reason = f"the report {iri} is stored as {later} now (a later copy of its text went first); delete that id"
    elif iri is not None:
        reason = f"no report is stored as {iri}" + ("" if not _is_url(value) else ", and none was read from it")
    elif Path(value).is_dir():
        reason = (f"{location} is a directory; name the report files read from it, or give --missing for those "
                  "no longer there")
    else:
        reason = f"no stored report was read from {location} (a report id is its IRI, report/… or its URL)"
    return DeleteResult(value, "failed", error=f"{value}: {reason}; GET /reports lists the stored reports and their sources")


def _source_named(index: Index, value: str) -> str | None:
    """The stored source (its location) the argument ``value`` names, as :func:`_placement` reads it: None when it
    names a report by its id or no stored source."""
    iri = ids.report_id(value)
    if iri is not None and iri in index.reports:
        return None
    location, named = _location(index, value)
    if len(named) == 1:
        location = named[0]
    return location if index.by_source.get(location) else None


def _location(index: Index, value: str) -> tuple[str, list[str]]:
    """The location an argument ``value`` names, and when no stored source, URL or file is there, the stored sources
    listed under it as a name (:func:`_named`: several make it ambiguous); [] when the location itself is meant."""
    location = location_of(value)
    if not index.by_source.get(location) and not _is_url(value) and not Path(value).exists():
        return location, _named(index, value)
    return location, []


def _named(index: Index, name: str) -> list[str]:
    """The stored sources (their locations, sorted) whose report lists them as ``name`` (``GET /reports``' ``sources``:
    a path relative to the folder ingested, which is no path from where ``okg delete`` runs)."""
    wanted = name.replace("\\", "/").removeprefix("./")
    return sorted(location for location, listed in index.names.items() if listed == wanted and index.by_source.get(location))
