"""The export formats a store writes (a module of its own, so the command line names them without
importing a store)."""
from __future__ import annotations

from typing import Literal, get_args

ExportFormat = Literal["ttl", "trig", "nt", "nq", "jsonld", "graphml", "csv-nodes", "csv-edges"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
# What an export holds: everything; the data (the reports and the law catalog, without the ontology and
# the issue scheme); or the ontology alone (RDF). GraphML and CSV hold the data with either of the first two: the
# ontology's terms are no rows of a table (graph.export._projection), it is exported apart as RDF.
ExportPart = Literal["all", "data", "ontology"]
EXPORT_PARTS: tuple[str, ...] = get_args(ExportPart)
