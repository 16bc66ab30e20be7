"""Reports in, report graphs out: read → extract → build."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from loaders.document import Document
from loaders.read import ReadError, read

if TYPE_CHECKING:
    from loaders.build import ReportGraph

__all__ = ["Document", "ReadError", "ReportGraph", "load", "read"]


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
