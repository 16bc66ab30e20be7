"""Move graphs between stores and files: copy a whole store, import an export.

Everything moves as named graphs through :meth:`graph.backends.Backend.upsert_report`, so a
copy or an import is per-graph atomic, skips graphs the target already holds
with the same content hash, and works in every direction (embedded ↔ Neo4j).
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph.canonical import content_hash, stable_blank_nodes
from graph.oxterms import from_oxigraph
from graph.backends import Backend, StoreError, check_terms
from graph.terms import exact_literals
from ontology import OKG

PARSERS = ("trig", "nq", "jsonld", "ttl", "nt")
_OX_FORMATS = {"trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "ttl": ox.RdfFormat.TURTLE,
               "nt": ox.RdfFormat.N_TRIPLES}
COPY_BATCH = 200  # graphs handed to the target at once
_RDFLIB_FORMATS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld", "ttl": "turtle", "nt": "nt"}
SUFFIXES = {".trig": "trig", ".nq": "nq", ".jsonld": "jsonld", ".json": "jsonld", ".ttl": "ttl", ".nt": "nt"}


def copy(source: Backend, target: Backend, on_graph: Callable[[str, str], None] = lambda *_: None,
         prune: bool = False, reports: Counter[str] | None = None) -> dict[str, int]:
    """Upsert every named graph of ``source`` into ``target``, then settle the report graphs ``target`` holds and
    ``source`` lacks; outcome → count (``inserted``, ``replaced``, ``unchanged``, and ``removed`` or ``kept``).

    ``okg copy --to-neo4j`` is ``copy(embedded, neo4j)``, ``--from-neo4j`` the reverse.
    Every graph is checked before any is written (StoreError naming the graph and term). Each keeps the hash
    ``source`` stored it with (an ingested report's names its copy and where its files are, :mod:`graph.identity`),
    so ingesting the same files into the copy skips them (round 19: the copy stored each graph's content hash alone,
    and the next ingest rewrote every report); a graph with none gets its :func:`content_hash`.

    A report graph of ``target`` that ``source`` does not hold (:func:`surplus`: one deleted from the source since an
    earlier copy, or one another writer stored, ``okg ingest --neo4j``) is deleted whole with ``prune`` (``removed``),
    after every upsert, so a copy that fails half-way has removed nothing; else left as it is and counted ``kept``
    (round 41, newuser26 §1: a report deleted from the embedded store stayed in Neo4j and Cypher answered 4 where
    SPARQL answered 3). One such graph is no other writer's: an earlier id of a report ``source`` holds under another,
    read from the same file or URL (:func:`renamed`: a header change renames a report, newuser31 B5: Neo4j kept the
    old id and counted its inspection twice until ``--prune``); it is deleted whatever ``prune`` says (``renamed``), so
    the copy makes ``target`` hold what ``source`` holds of the reports it copies. ``on_graph`` hears each graph's IRI
    and outcome; ``reports``, when given, counts the outcomes of
    the report graphs alone (:func:`is_report_graph`), which ``okg stats`` counts as reports: the law catalog and the
    ontology are graphs too (round 43, newuser28 §5: 23 graphs copied beside 21 reports read as a mismatch)."""
    graphs = list(source.report_graphs())
    for iri, graph in graphs:
        check_terms(iri, graph)
    hashes = source.graph_hashes()
    tally: Counter[str] = Counter()
    batch: list[tuple[URIRef, Graph, str]] = []
    for entry in [*graphs, None]:
        if batch and (entry is None or len(batch) >= COPY_BATCH):
            for (iri, graph, _), outcome in zip(batch, target.upsert_reports(batch)):
                on_graph(str(iri), outcome)
                tally[outcome] += 1
                if reports is not None and is_report_graph(iri, graph):
                    reports[outcome] += 1
            batch = []
        if entry is not None:
            batch.append((entry[0], entry[1], hashes.get(str(entry[0])) or content_hash(entry[1])))
    extra = surplus({str(iri) for iri, _ in graphs}, target)
    moved = set(renamed(source, target, extra))
    for iri in extra:
        outcome = ("renamed" if iri in moved and target.delete_report(iri)
                   else "removed" if prune and target.delete_report(iri) else "kept")
        on_graph(str(iri), outcome)
        tally[outcome] += 1
        if reports is not None:  # a surplus graph is a report's (surplus)
            reports[outcome] += 1
    return dict(tally)


def surplus(held: set[str], target: Backend) -> list[URIRef]:
    """The report graphs ``target`` holds whose IRI is not in ``held``, in IRI order: a graph named by the report
    it types ``okg:Report`` (every report graph is), so the ontology and the law catalog, whose versions may differ
    between two okg installations, are never among them."""
    extra = sorted(set(target.graph_hashes()) - held)
    return [URIRef(iri) for iri in extra
            if (graph := target.named_graph(URIRef(iri))) is not None and is_report_graph(URIRef(iri), graph)]


def renamed(source: Backend, target: Backend, extra: list[URIRef]) -> list[URIRef]:
    """The report graphs of ``extra`` (``target``'s, :func:`surplus`) read from a source, a file or URL, that a report
    of ``source`` is read from now: that report's earlier id, which its source store replaced when a header change
    renamed it (identity: a file is read as one report, so the source store's reading of it supersedes the target's).
    A report only ``target`` ever held shares no source with ``source``'s and is not among them."""
    from graph.identity import Index  # identity reads stores; imported when a copy settles its surplus

    if not extra:
        return []
    there, held = Index(target).reports, Index(source).by_source
    return [iri for iri in extra if str(iri) in there and any(held.get(s) for s in there[str(iri)].sources)]


def is_report_graph(iri: URIRef, graph: Graph) -> bool:
    """Whether the named graph ``iri`` is a report's: it types its own name ``okg:Report`` (every report graph does; the
    law catalog's and the ontology's do not)."""
    return (iri, RDF.type, OKG.Report) in graph


def parse(data: str | bytes, fmt: str, base: str | None = None) -> dict[URIRef | None, Graph]:
    """The graphs of an RDF document, ``None`` for its default graph, literals exactly as written.

    Oxigraph parses (strict RDF 1.1, relative IRIs against ``base``), each language tag given back as written
    (:func:`_tag_spellings`: a ``@zh-Hans`` label stays ``zh-Hans``); JSON-LD, and a document writing one tag in
    two cases, go through rdflib. Raises one StoreError line: a syntax error with its position and the text it
    points at, or an ill-typed XSD literal (``"2024/2/9"^^xsd:date``) with its line.
    """
    if fmt not in PARSERS:
        raise StoreError(f"cannot import {fmt!r}; use one of {', '.join(PARSERS)}")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    graphs: dict[URIRef | None, Graph] = {}
    rdflib_term = logging.getLogger("rdflib.term")
    level = rdflib_term.level
    rdflib_term.setLevel(logging.CRITICAL)  # rdflib logs a traceback for each ill-typed literal
    try:
        tags = _tag_spellings(raw) if fmt != "jsonld" else None
        if tags is None:  # rdflib keeps a tag as written; Oxigraph's parser lower-cases it (BCP 47 ignores case)
            dataset = Dataset()
            with exact_literals():
                dataset.parse(data=raw, format=_RDFLIB_FORMATS[fmt], publicID=base)
            quads = ((s, p, o, None if g.identifier == DATASET_DEFAULT_GRAPH_ID else g.identifier)
                     for g in dataset.graphs() for s, p, o in g)
        else:
            quads = ((*(_spelt(from_oxigraph(t), tags) for t in (q.subject, q.predicate, q.object)), _graph_name(q))
                     for q in ox.parse(raw, format=_OX_FORMATS[fmt], base_iri=base))
        for s, p, o, g in quads:
            if isinstance(o, Literal) and str(o.datatype or "").startswith(str(XSD)) and o.ill_typed:
                raise StoreError(f"line {_line_of(raw, str(o))}: ill-typed literal {o.n3()}; fix or drop it")
            graphs.setdefault(g, Graph()).add((s, p, o))
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"cannot parse the {fmt} data: {_pointed(' '.join(str(exc).split()), raw)}") from exc
    finally:
        rdflib_term.setLevel(level)
    return graphs


#: A language tag after a quoted string (RDF 1.1 Turtle production 144s LANGTAG, N-Quads' alike).
_LANGTAG = re.compile(rb"[\"']@([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)")


def _tag_spellings(raw: bytes) -> dict[str, str] | None:
    """Each language tag of a Turtle-family document as written, by its lower-case form (``zh-hant`` →
    ``zh-Hant``): Oxigraph's parser lower-cases tags, and the store keeps what it is given. None when one tag is
    written in two cases (``@zh-Hant`` and ``@zh-hant``), which only a parser that keeps each literal's own can
    tell apart (the caller parses with rdflib then). A quoted ``"@xx`` inside a string may add a spelling: at
    worst that sends the document to rdflib, never a wrong tag to a literal."""
    spellings: dict[str, str] = {}
    for found in _LANGTAG.finditer(raw):
        tag = found.group(1).decode("ascii")
        if spellings.setdefault(tag.lower(), tag) != tag:
            return None
    return spellings


def _spelt(term: URIRef | BNode | Literal, tags: dict[str, str]) -> URIRef | BNode | Literal:
    """``term`` with its language tag as the document wrote it (:func:`_tag_spellings`)."""
    if isinstance(term, Literal) and term.language and (tag := tags.get(term.language, term.language)) != term.language:
        return Literal(str(term), lang=tag, normalize=False)
    return term


_WHERE = re.compile(r"line (\d+) between columns (\d+) and (\d+)")


def _pointed(message: str, raw: bytes) -> str:
    """A parser's message with the text its position points at quoted (``…: '<urn:a b>'``)."""
    where = _WHERE.search(message)
    if not where:
        return message
    number, start, end = (int(g) for g in where.groups())
    lines = raw.decode("utf-8", errors="replace").split("\n")
    return f"{message}: {lines[number - 1][start - 1:end - 1]!r}" if number <= len(lines) else message


def _line_of(raw: bytes, lexical: str) -> int | str:
    """The first line holding ``lexical`` in quotes, or "?"."""
    for number, line in enumerate(raw.decode("utf-8", errors="replace").split("\n"), 1):
        if f'"{lexical}"' in line or f"'{lexical}'" in line:
            return number
    return "?"


def _graph_name(quad: ox.Quad | ox.Triple) -> URIRef | BNode | None:
    name = getattr(quad, "graph_name", ox.DefaultGraph())
    return None if isinstance(name, ox.DefaultGraph) else from_oxigraph(name)  # type: ignore[return-value]


#: One report graph ready to write: its IRI, its triples and their content hash.
Export = list[tuple[URIRef, Graph, str]]


def read_export(data: str | bytes, fmt: str, graph: str | None = None) -> Export:
    """The report graphs of an export (TriG, N-Quads, JSON-LD keep their named graphs), checked.

    Triples outside any named graph (all of a Turtle or N-Triples file; a graph
    named by a blank node) go to the named graph ``graph``, which must then be
    given. Raises one StoreError line for a syntax error, a bad term, or no triples at all
    (JSON-LD drops a node whose ``@id`` is not an absolute IRI, as its spec says, which can
    leave nothing).
    """
    named: dict[URIRef, Graph] = {}
    for name, triples in parse(data, fmt, graph).items():
        if not isinstance(name, URIRef):
            if graph is None:
                raise StoreError("the data has triples outside named graphs; say which report graph they belong to "
                                 "(okg import FILE --graph IRI)")
            name = URIRef(graph)
            _one_report(triples, name)
        if name in named:  # the default graph's triples given the name of a graph the data names too
            named[name] += triples
        else:  # the parsed graph as it is: copying each triple into another graph was a fifth of an import (round 50)
            named[name] = triples
    if not named:
        dropped = " (JSON-LD drops nodes whose @id is not an absolute IRI, e.g. one with a space)" if fmt == "jsonld" else ""
        raise StoreError(f"the data holds no triples{dropped}")
    for iri in sorted(named):
        check_terms(iri, named[iri])
        named[iri] = stable_blank_nodes(iri, named[iri])
    return [(iri, named[iri], content_hash(named[iri])) for iri in sorted(named)]


def _one_report(triples: Graph, name: URIRef) -> None:
    """Refuse triples for ``--graph name`` that describe several reports, or another report than ``name``: a whole
    store's export read as one report would replace that report with every other (a new user's ``okg import all.nt
    --graph …`` stored 539 reports as one). Raises one StoreError line saying what to do."""
    reports = set(triples.subjects(RDF.type, OKG.Report))
    if len(reports) > 1:
        raise StoreError(f"the triples describe {len(reports)} reports, not one report graph; import a TriG, N-Quads or "
                         "JSON-LD export (they keep each report's graph), or one report's graph with --graph")
    if reports and name not in reports:
        raise StoreError(f"the triples describe the report {next(iter(reports))}, not {name}; give that IRI to --graph")


def write_export(store: Backend, items: Export) -> dict[str, int]:
    """Write checked report graphs (:func:`read_export`); outcome → count.

    Raises :class:`PartialImportError` saying how many graphs were written whole before a failure.
    """
    try:
        return dict(Counter(store.upsert_reports(items)))
    except StoreError as exc:
        raise PartialImportError(exc, _stored_whole(store, items), len(items)) from exc


def import_rdf(store: Backend, data: str | bytes, fmt: str, graph: str | None = None) -> dict[str, int]:
    """Load an export: every graph is checked (:func:`read_export`) before any is written."""
    return write_export(store, read_export(data, fmt, graph))


class PartialImportError(StoreError):
    """A write failed after the checks passed: ``written`` of the ``total`` graphs hold their new
    content (each whole, read back by content hash), the others are as they were."""

    def __init__(self, cause: StoreError, written: int, total: int) -> None:
        super().__init__(f"{cause}; {written} of {total} graph(s) were written whole before it, the rest not"
                         if written else f"{cause}; nothing was imported")
        self.written = written


def _stored_whole(store: Backend, items: Export) -> int:
    """How many of ``items`` the store now holds under their new content hash (0 if it cannot say)."""
    try:
        stored = store.graph_hashes()
        return sum(stored.get(str(iri)) == digest for iri, _, digest in items)
    except StoreError:
        return 0


def read_export_file(path: str | Path, graph: str | None = None) -> Export:
    """``okg import FILE``'s graphs, checked: the format from the suffix (.trig .nq .jsonld .ttl .nt)."""
    path = Path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise StoreError(f"cannot tell the format from the suffix {Path(path).suffix or '(none)'!r}; use one of {', '.join(SUFFIXES)}")
    return read_export(path.read_bytes(), fmt, graph)
