"""Ingest a batch of reports: each one whole or not at all, the batch goes on.

Reading and extraction fail one file at a time; writes go to the store in
groups (fewer commits) and a group that fails is retried report by report by
the store, so one bad report never takes others with it.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDFS, SKOS, Graph, Literal, URIRef

from graph import Store, StoreError
from loaders import ReadError, ReportGraph, load
from loaders.build.catalog import build_catalog, catalog_iri
from loaders.lexicon.law_catalog import CATALOG
from ontology import ISSUES_TTL, OKG, OKG_TTL, ONTOLOGY_IRI, load_ontology
from ontology import validate as check

SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx"}
WRITE_GROUP = 50


@dataclass(frozen=True)
class IngestResult:
    """What happened to one report: inserted, replaced, unchanged or failed."""

    source: str
    outcome: str
    report: str | None = None
    triples: int = 0
    error: str | None = None


def expand(paths: Iterable[str | Path]) -> list[str]:
    """Files as given, directories as the report files inside them, URLs as they are."""
    found: list[str] = []
    for item in paths:
        path = Path(item)
        if str(item).startswith(("http://", "https://")) or not path.is_dir():
            found.append(str(item))
        else:
            found.extend(str(p) for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES)
    return found


def _ontology_graph(digest: str) -> Graph:
    """The ontology with the issue scheme, so classes and issues have their labels wherever they show."""
    ontology = load_ontology()
    for concept, label in list(ontology.subject_objects(SKOS.prefLabel)):
        ontology.add((concept, RDFS.label, label))  # stores and the explorer read rdfs:label
    ontology.add((ONTOLOGY_IRI, OKG.contentHash, Literal(digest)))  # lets an unchanged ontology be skipped
    return ontology


# The named graphs every store holds beside the reports: (IRI, source files, builder).
# The catalog lets coverage count laws never inspected.
REFERENCE_GRAPHS: tuple[tuple[URIRef, tuple[Path, ...], Callable[[str], Graph]], ...] = (
    (ONTOLOGY_IRI, (OKG_TTL, ISSUES_TTL), _ontology_graph),
    (catalog_iri(), (CATALOG,), lambda _: build_catalog().graph),
)


def ensure_reference_graphs(store: Store) -> list[str]:
    """Load the reference graphs; one whose source files are unchanged is not even built."""
    outcomes = []
    for graph_iri, sources, build in REFERENCE_GRAPHS:
        digest = hashlib.sha256(b"".join(path.read_bytes() for path in sources)).hexdigest()
        if store.report_hash(graph_iri) == digest:
            outcomes.append("unchanged")
        else:
            outcomes.append(store.upsert_report(graph_iri, build(digest), digest))
    return outcomes


def prepare(source: str, validate: bool = False) -> ReportGraph | IngestResult:
    """Read, extract and build one report, or say why it failed.

    With ``validate`` a report graph that breaks the SHACL shapes is refused
    and its violations are the error, one per line.
    """
    try:
        report = load(source)
    except ReadError as exc:
        return IngestResult(source, "failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad report must not stop the batch
        return IngestResult(source, "failed", error=f"{source}: {type(exc).__name__}: {exc}")
    if validate and (violations := check(report.graph)):
        return IngestResult(source, "failed", str(report.iri), len(report.graph),
                            f"{source}: {len(violations)} shape violation(s):\n  " + "\n  ".join(violations))
    return report


def _write(group: list[tuple[str, ReportGraph]], store: Store) -> list[IngestResult]:
    try:
        outcomes = store.upsert_reports((r.iri, r.graph, r.content_hash) for _, r in group)
    except StoreError:
        return [_write_one(source, report, store) for source, report in group]
    return [IngestResult(source, outcome, str(r.iri), len(r.graph))
            for (source, r), outcome in zip(group, outcomes, strict=True)]


def _write_one(source: str, report: ReportGraph, store: Store) -> IngestResult:
    try:
        outcome = store.upsert_report(report.iri, report.graph, report.content_hash)
    except StoreError as exc:
        return IngestResult(source, "failed", str(report.iri), len(report.graph), f"{source}: {exc}")
    return IngestResult(source, outcome, str(report.iri), len(report.graph))


def ingest(sources: list[str], store: Store, validate: bool = False,
           on_done: Callable[[IngestResult], None] = lambda _: None) -> list[IngestResult]:
    """Ingest every source, reporting each result as it completes; results in input order."""
    ensure_reference_graphs(store)
    results: dict[int, IngestResult] = {}
    group: list[tuple[int, str, ReportGraph]] = []

    def flush() -> None:
        written = _write([(source, report) for _, source, report in group], store)
        for (index, _, _), result in zip(group, written, strict=True):
            results[index] = result
            on_done(result)
        group.clear()

    for index, source in enumerate(sources):
        prepared = prepare(source, validate)
        if isinstance(prepared, IngestResult):
            results[index] = prepared
            on_done(prepared)
            continue
        group.append((index, source, prepared))
        if len(group) >= WRITE_GROUP:
            flush()
    if group:
        flush()
    return [results[i] for i in range(len(sources))]
