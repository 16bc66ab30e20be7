"""Ingest a batch of reports: each one whole or not at all, the batch goes on."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from graph import Store, StoreError
from loaders import ReadError, load
from ontology import validate as check

SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".docx"}


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
            found.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.suffix.lower() in SUFFIXES and not p.name.endswith(".gold.json"))
    return found


def ingest_one(source: str, store: Store, validate: bool = False) -> IngestResult:
    """Read, extract, build and store one report; errors become a failed result.

    With ``validate`` a report graph that breaks the SHACL shapes is not stored
    and its violations are the error, one per line.
    """
    try:
        report = load(source)
        if validate and (violations := check(report.graph)):
            return IngestResult(source, "failed", str(report.iri), len(report.graph),
                                f"{source}: {len(violations)} shape violation(s):\n  " + "\n  ".join(violations))
        outcome = store.upsert_report(report.iri, report.graph, report.content_hash)
    except (ReadError, StoreError) as exc:
        return IngestResult(source, "failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad report must not stop the batch
        return IngestResult(source, "failed", error=f"{source}: {type(exc).__name__}: {exc}")
    return IngestResult(source, outcome, str(report.iri), len(report.graph))


def ingest(sources: list[str], store: Store, validate: bool = False,
           on_done: Callable[[IngestResult], None] = lambda _: None) -> list[IngestResult]:
    """Ingest every source in order, reporting each result as it completes."""
    results = []
    for source in sources:
        result = ingest_one(source, store, validate)
        on_done(result)
        results.append(result)
    return results
