"""The export formats a store writes (a module of its own, so the command line names them without
importing a store)."""
from __future__ import annotations

from typing import Literal, get_args

ExportFormat = Literal["ttl", "trig", "nt", "nq", "jsonld", "graphml", "csv-nodes", "csv-edges"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)
# What an export holds: everything; the data (the reports and the law catalog, without the ontology and
# the issue scheme, and in GraphML and CSV without nodes of ontology terms); or the ontology alone (RDF).
ExportPart = Literal["all", "data", "ontology"]
EXPORT_PARTS: tuple[str, ...] = get_args(ExportPart)
