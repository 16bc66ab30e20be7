"""Reports in, report graphs out: read → extract → build."""
from __future__ import annotations

from pathlib import Path

from loaders.document import Document
from loaders.read import ReadError, read
from loaders.build import ReportGraph, build

__all__ = ["Document", "ReadError", "ReportGraph", "load", "read"]


def load(source: str | Path) -> ReportGraph:
    """The named graph of one report file or URL."""
    from loaders.extract import extract

    doc = read(source)
    return build(doc, extract(doc))
