"""Reports in, report graphs out: read → extract → build."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from loaders.document import Document
from loaders.read import ReadError, read

if TYPE_CHECKING:
    from loaders.build import ReportGraph

__all__ = ["Document", "ReadError", "ReportGraph", "load", "read", "warm"]


def __getattr__(name: str) -> Any:
    """``ReportGraph`` on first use, so reading and extracting (``okg extract``) do not load rdflib."""
    if name == "ReportGraph":
        from loaders.build import ReportGraph

        return ReportGraph
    raise AttributeError(f"module 'loaders' has no attribute {name!r}")


def load(source: str | Path) -> ReportGraph:
    """The named graph of one report file or URL."""
    from loaders.build import build
    from loaders.extract import extract

    doc = read(source)
    return build(doc, extract(doc))


def warm() -> None:
    """Load the lexicon's tables, the ontology's labels and the compiled patterns now, by building
    one short report: a worker process forked afterwards (``api.report_worker``) shares them
    instead of loading them again for each ingest (about 2 s of CPU)."""
    from loaders.build import build
    from loaders.extract import extract

    doc = Document(text="武汉市新洲区人大常委会对《中华人民共和国森林法》开展执法检查，检查发现问题3个。",
                   source="warm-up", metadata={"year": "2023"})
    build(doc, extract(doc))
