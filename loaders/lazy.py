"""A package's names re-exported on first use (PEP 562 ``__getattr__``), so importing one of its modules does not
import what the package's others need (round 51, start-up: ``import api.app`` imported every extractor through
``loaders/build/__init__.py`` and ``loaders/extract/__init__.py``)."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def reexport(package: str, modules: dict[str, str]) -> Callable[[str], Any]:
    """The module ``__getattr__`` of ``package`` that answers each name of ``modules`` (``{name: module}``) from its
    module, imported at that first use; ``AttributeError`` for any other name, as Python raises it."""
    def __getattr__(name: str) -> Any:
        if name in modules:
            return getattr(importlib.import_module(modules[name]), name)
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    return __getattr__
