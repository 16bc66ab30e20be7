"""The export formats a store writes (a module of its own, so the command line names them without
importing a store)."""
from __future__ import annotations

from typing import Literal, get_args

ExportFormat = Literal["ttl", "trig", "nt", "nq", "jsonld", "graphml", "csv-nodes", "csv-edges"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
# What an export holds: everything; the data (the reports and the law catalog, without the ontology and
# the issue scheme); the reports alone (their named graphs; in a table, the resources they name); or the ontology
# alone (RDF). GraphML and CSV hold the data with either of the first two: the ontology's terms are no rows of a table
# (graph.export._projection), it is exported apart as RDF.
ExportPart = Literal["all", "data", "reports", "ontology"]
EXPORT_PARTS: tuple[str, ...] = get_args(ExportPart)
#: The formats of tables (nodes and edges), which hold the reports alone unless a part is asked (:func:`part_of`).
TABLE_FORMATS = frozenset({"graphml", "csv-nodes", "csv-edges"})


def part_of(fmt: str, part: str | None) -> ExportPart:
    """The part an export of ``fmt`` holds when ``part`` (None: not asked) is asked: RDF everything, a table
    (GraphML, CSV) what the reports state, the law catalog and the schemes only with ``data`` or ``all`` (a
    first-time analyst, round 33: csv-nodes held 650 administrative regulations and 324 national laws of the catalog
    beside 217 mentions, and counting "laws in the data" from it counted the catalog)."""
    return part or ("reports" if fmt in TABLE_FORMATS else "all")  # type: ignore[return-value]
