"""A first load in bulk: the Neo4j layout written as ``neo4j-admin database import full`` files.

:func:`write_files` takes the same ``(graph IRI, graph, content hash)`` items the online path
(:meth:`graph.backends.neo4j.Neo4jStore.upsert_reports`) writes and turns them into CSV files with
headers, so that a database imported from them holds what the online path would have written into an
empty one: the rows come from :func:`graph.neo4j_write.prepare` (every node as if new, which in an
empty database it is), the names from :func:`graph.search_index.names` and
:func:`graph.search_neo4j.name_row`. What the files hold (:mod:`graph.neo4j_layout`):

- ``:Resource`` nodes, their labels in the ``:LABEL`` column, one file per set of columns (a header
  gives each property one Neo4j type, and a property's type differs from node to node: an integer on
  one, a list of strings on another), with ``graphs`` on a node one graph mentions;
- the ``:_OkgStated`` record of each graph mentioning a node several graphs mention;
- their relationships (a relationship's graphs are its subject's);
- the bookkeeping: one ``:_OkgGraph {uri, contentHash, nodes}`` per graph, the ``:_NsPrefDef`` prefix
  table, the ``:_OkgLock`` nodes of the prefix table and of the store's version (a new epoch), the
  layout's mark (:data:`graph.neo4j_layout.LAYOUT_MARK`);
- the name index: ``:_OkgName`` nodes stated by ``(:_OkgNamesOf {g, hash})-[:_STATES]->``.

Constraints and indexes are not in the files: the store makes them when it is first opened on the
imported database (:data:`graph.neo4j_layout.CONSTRAINTS`, :data:`graph.search_neo4j.SETUP`).

The CSV dialect (:data:`IMPORT_OPTIONS`): ``,`` between fields, string fields always quoted with ``"``
doubled inside (so an empty string stays one), typed fields bare, array elements joined by U+001E
(:data:`ARRAY`); a string holding that character cannot be written and is refused
(:class:`BulkError`). A list the online path stores empty (a name of a resource without okg types)
cannot be told from a missing property in the CSV, nor can a list of one empty string (a property not
functional whose one value is ``""``, :func:`graph.n10s.node_values`), which a node's :data:`BLANK` names
instead: :data:`EMPTY_LISTS` sets both after the import.
"""
from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rdflib import Graph

from graph import neo4j_write, search_index
from graph.neo4j_layout import LAYOUT, LAYOUT_MARK, RECORD
from graph.search_neo4j import name_row

ARRAY = "\x1e"  # the array delimiter: a control character no report text holds
IMPORT_OPTIONS = ("--delimiter=,", "--quote=\"", "--array-delimiter=U+001E",
                  "--ignore-empty-strings=false", "--trim-strings=false", "--bad-tolerance=0",
                  "--skip-bad-relationships=false", "--skip-duplicate-nodes=false")
BLANK = "_okgBlank"  # the properties of a node whose value is [""], during an import only
# Lists the CSV cannot write (an array field holding nothing or one empty string reads as no property): set
# after the import.
EMPTY_LISTS = (
    "MATCH (n:_OkgName) WHERE n.types IS NULL SET n.types = []",
    "MATCH (m:_OkgGraph) WHERE m.nodes IS NULL SET m.nodes = []",
    f"MATCH (n:Resource) WHERE n.{BLANK} IS NOT NULL CALL (n) {{ UNWIND n.{BLANK} AS k SET n[k] = [''] }} "
    f"REMOVE n.{BLANK}",
)
RESOURCE, NAME, NAMES_OF = "Resource", "Name", "NamesOf"  # the ID spaces of the files


class BulkError(ValueError):
    """The graphs cannot be written as import files (the message says which value and why)."""


@dataclass
class ImportFiles:
    """Import files written into ``directory``: ``nodes`` and ``relationships`` (one header each)."""

    directory: Path
    nodes: list[Path] = field(default_factory=list)
    relationships: list[Path] = field(default_factory=list)
    graphs: int = 0
    triples: int = 0
    multiline: list[Path] = field(default_factory=list)  # the files with a field holding a line break

    def arguments(self) -> list[str]:
        """The arguments of ``neo4j-admin database import full`` that read these files: only the files
        :attr:`multiline` are parsed as such (the tool's slow path, ``--multiline-fields-format=v2``)."""
        lines = ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(map(str, self.multiline))] \
            if self.multiline else []
        return [*IMPORT_OPTIONS, *lines, *(f"--nodes={p}" for p in self.nodes),
                *(f"--relationships={p}" for p in self.relationships)]


def _kind(value: Any) -> str:
    """A value's CSV column type (``long``, ``string[]`` …)."""
    if isinstance(value, list):
        return (_kind(value[0]) if value else "string") + "[]"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    if isinstance(value, date):
        return "date"
    return "string"


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return ("NaN" if math.isnan(value) else "Infinity" if value > 0 else "-Infinity") \
            if not math.isfinite(value) else repr(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if ARRAY in text:
        raise BulkError(f"the value {text[:80]!r} holds U+001E, the import files' array delimiter; "
                        "write this corpus online (okg ingest --neo4j) instead")
    return text


def _field(value: Any, kind: str) -> str:
    """One CSV field of a column of type ``kind``."""
    text = ARRAY.join(_scalar(v) for v in value) if isinstance(value, list) else _scalar(value)
    return '"' + text.replace('"', '""') + '"' if kind.startswith("string") else text


def _header(name: str, kind: str) -> str:
    """A header field: ``name:kind`` (quoted when the name holds a delimiter or a quote)."""
    if ":" in name:
        raise BulkError(f"the property name {name!r} holds ':', which an import header cannot name")
    text = f"{name}:{kind}"
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


class _Files:
    """Rows gathered per header and per whether they hold a line break, written one file each (the
    import tool parses only the files :attr:`multiline` lists as multi-line, its slow path)."""

    def __init__(self, directory: Path, stem: str) -> None:
        self.directory, self.stem = directory, stem
        self.rows: dict[tuple[tuple[str, ...], bool], list[str]] = defaultdict(list)
        self.multiline: list[Path] = []

    def add(self, fixed: list[tuple[str, Any]], props: dict[str, Any]) -> None:
        """A row: ``fixed`` header fields (``uri:ID(Resource)``, ``:LABEL`` …) with their values,
        then the properties, their columns sorted by name."""
        columns = [(h, v, "string[]" if h == ":LABEL" else "string") for h, v in fixed]
        columns += [(_header(k, kind), v, kind) for k, v in sorted(props.items()) for kind in [_kind(v)]]
        header, line = tuple(h for h, _, _ in columns), ",".join(_field(v, kind) for _, v, kind in columns)
        self.rows[header, any("\n" in text or "\r" in text for text in (line, *header))].append(line)

    def write(self) -> list[Path]:
        paths = []
        for n, ((header, multiline), lines) in enumerate(sorted(self.rows.items())):
            path = self.directory / f"{self.stem}-{n:04d}.csv"
            with open(path, "w", encoding="utf-8", newline="") as out:
                out.write(",".join(header) + "\n" + "\n".join(lines) + "\n")
            paths.append(path)
            if multiline:
                self.multiline.append(path)
        return paths


def write_files(items: Iterable[tuple[str, Graph, str]], directory: Path) -> ImportFiles:
    """Import files for an empty database holding the graphs ``items`` (the last of one IRI wins, as
    online), written into ``directory`` (made if missing). Raises :class:`BulkError`."""
    directory.mkdir(parents=True, exist_ok=True)
    graphs = {g: (g, graph, content_hash) for g, graph, content_hash in items}
    batch = neo4j_write.prepare(graphs.values(), {})
    nodes, edges = _Files(directory, "nodes"), _Files(directory, "relationships")
    for uri, row in batch.fresh.items():
        props = {k: v for k, v in row["props"].items() if k != "uri" and v != [""]}
        if blank := sorted(k for k, v in row["props"].items() if v == [""]):
            props[BLANK] = blank
        nodes.add([(f"uri:ID({RESOURCE})", uri), (":LABEL", row["labels"])], props)
        for record in row.get("records", ()):
            nodes.add([(":LABEL", [RECORD])], record)
    for s, kind, o in batch.edges:
        edges.add([(f":START_ID({RESOURCE})", s), (f":END_ID({RESOURCE})", o), (":TYPE", kind)], {})
    for g, content_hash in batch.items:
        nodes.add([(":LABEL", ["_OkgGraph"])], {"uri": g, "contentHash": content_hash,
                                                "nodes": batch.graph_nodes[g]})
    nodes.add([(":LABEL", ["_NsPrefDef"])], dict(batch.used))
    nodes.add([(":LABEL", ["_OkgLock"])], {"name": "prefixes"})
    nodes.add([(":LABEL", ["_OkgLock"])], {"name": "version", "epoch": str(uuid.uuid4()), "count": 1})
    nodes.add([(":LABEL", ["_OkgMark"])], {"key": LAYOUT_MARK, "value": LAYOUT})  # nothing to migrate on open
    for g, name_id, props in _names(graphs.values()):
        if name_id is None:
            nodes.add([(f"g:ID({NAMES_OF})", g), (":LABEL", ["_OkgNamesOf"])], props)
        else:
            edges.add([(f":START_ID({NAMES_OF})", g), (f":END_ID({NAME})", name_id), (":TYPE", "_STATES")], {})
            if props:
                nodes.add([(f"id:ID({NAME})", name_id), (":LABEL", ["_OkgName"])], props)
    return ImportFiles(directory, nodes.write(), edges.write(), len(graphs),
                       sum(len(graph) for _, graph, _ in graphs.values()), nodes.multiline + edges.multiline)


def _names(items: Iterable[tuple[str, Graph, str]]) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    """The name index: ``(graph, None, {hash})`` per graph, then ``(graph, name id, properties)`` per
    name it states, the properties only the first time a name comes (one node per name)."""
    seen: set[str] = set()
    for g, graph, content_hash in items:
        yield g, None, {"hash": content_hash}
        for name in search_index.names(graph):
            row = name_row(name)
            yield g, row["id"], {} if row["id"] in seen else row["props"]
            seen.add(row["id"])
