"""Which sources an ingest must read and extract again, and which it may find unchanged before extracting.

A stored report's hash (:func:`graph.identity.copy_hash`) names the copy it was read from: the digests of its
text with its header, of its header and of its source. Extraction is a function of the text, the header and
the extractor, so the first part is stamped with the extractor's version (:func:`extractor_version`: a
digest of every file of ``loaders/`` and ``ontology/``, code and lexicon tables alike) before it is written
(:func:`stamped`). A source whose stored reading has the same stamped digest, the same header and the same
name is that reading unchanged: it is read (decoded, cheap) but not extracted (round 22: 100 unchanged files
took 8 s, each extracted again before its hash was compared). A new okg version reads every report again,
where it used to leave the old extraction in place as "unchanged".

What else a placement depends on (the other copies of the text, :mod:`graph.identity`) is the store's, and
the store holds it already when the copy read is unchanged; a copy that is only a source of a report read
from another file has no stored hash of its own, so it is extracted and placed as before.
"""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from graph.identity import Index, source_digest
from loaders import ReportGraph
from loaders.build.report import location_of

#: What extraction depends on besides the text and its header: the readers, extractors, builder and lexicon
#: tables, and the ontology the graph is typed by.
EXTRACTOR_ROOTS = (Path(__file__).parent.parent / "loaders", Path(__file__).parent.parent / "ontology")


@functools.cache
def extractor_version() -> str:
    """SHA-256 (hex) of the files under :data:`EXTRACTOR_ROOTS` (their paths and bytes, caches aside)."""
    digest = hashlib.sha256()
    for root in EXTRACTOR_ROOTS:
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(path.relative_to(root.parent).as_posix().encode("utf-8") + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()


def stamp(content: str) -> str:
    """The first part of a stored hash: the digest of a copy's text and header (``content``,
    :attr:`loaders.document.Document.content_hash`) with :func:`extractor_version`."""
    return hashlib.sha256(f"{content} {extractor_version()}".encode("ascii")).hexdigest()


def stamped(report: ReportGraph) -> ReportGraph:
    """``report`` with its hash's first part stamped (:func:`stamp`); what every ingest path writes."""
    content, _, rest = report.content_hash.partition(" ")
    return replace(report, content_hash=f"{stamp(content)} {rest}")


@dataclass(frozen=True)
class Stored:
    """The stored reading a source gave: the report's IRI and the first two parts of its hash."""

    iri: str
    content: str
    header: str


def stored_reading(index: Index, hashes: dict[str, str], source: str, name: str) -> Stored | None:
    """The reading stored from ``source`` (named ``name`` in its graph), when exactly one stored report holds the
    source, was read from it (its hash names it) and names it ``name``; None otherwise (extract it)."""
    location = location_of(source)
    held = index.by_source.get(location, set())
    if len(held) != 1:
        return None
    [iri] = held
    parts = hashes.get(iri, "").split(" ")
    if len(parts) < 6 or parts[2] != source_digest(location) or index.reports[iri].names.get(location) != name:
        return None
    return Stored(iri, parts[0], parts[1])
