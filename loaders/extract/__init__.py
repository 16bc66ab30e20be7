"""The extractor: one report's Document in, its Facts out (:func:`loaders.extract.pipeline.extract`).

``extract`` and ``FINDERS`` are re-exported on first use (PEP 562): importing one part (``loaders.extract.organs``,
``loaders.extract.measure_classes``) runs this file, which importing the pipeline would make import every finder;
the API's vocabulary reads a few parts only (round 51, start-up: ``import api.app`` paid 0.2–0.4 CPU-s for finders
it never ran).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.lazy import reexport

if TYPE_CHECKING:
    from loaders.extract.pipeline import FINDERS, extract

#: The pipeline's public names, by the module that defines them.
_LAZY = {"extract": "loaders.extract.pipeline", "FINDERS": "loaders.extract.pipeline"}

__all__ = ["FINDERS", "extract"]

__getattr__ = reexport(__name__, _LAZY)
