"""The RDF builder: one report's Facts → its named graph in the ontology's terms (:mod:`loaders.build.builder`).

``build``, ``ReportGraph`` and ``header_stated`` are re-exported on first use (PEP 562): importing a part
(``loaders.build.areas``, ``loaders.build.measure_scheme``) runs this file, which importing the builder would make
import every extractor; the API's routes and vocabulary read those parts only (round 51, start-up: ``import api.app``
paid for the extractor it never ran).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.lazy import reexport

if TYPE_CHECKING:
    from loaders.build.builder import ReportGraph, build, header_stated

#: The builder's public names, by the module that defines them.
_LAZY = {"build": "loaders.build.builder", "ReportGraph": "loaders.build.builder",
         "header_stated": "loaders.build.builder"}

__all__ = ["ReportGraph", "build", "header_stated"]

__getattr__ = reexport(__name__, _LAZY)
