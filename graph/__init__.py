"""Stores of report graphs and the queries analysts run on them.

In a notebook::

    from graph import open_store
    store = open_store()            # the embedded default, or Neo4j when NEO4J_URI is set
    store.laws(inspected=True)      # the laws-inspected table as plain data
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graph.backends import QueryError, QueryTimeout, StoreError
    from graph.store import Store

__all__ = ["QueryError", "QueryTimeout", "Store", "StoreError", "default_store_path", "open_store"]


def __getattr__(name: str) -> Any:
    """``Store``, ``StoreError``, ``QueryError`` and ``QueryTimeout`` on first use: importing a module of this package (the
    settings, the export formats) does not load rdflib and the stores."""
    if name == "Store":
        from graph.store import Store

        return Store
    if name in ("StoreError", "QueryError", "QueryTimeout"):
        from graph import backends

        return getattr(backends, name)
    raise AttributeError(f"module 'graph' has no attribute {name!r}")


def default_store_path() -> Path:
    """Where the embedded store lives unless OKG_STORE or --store says otherwise."""
    from graph.settings import GraphSettings

    return GraphSettings.from_env().store_path()


def open_store(path: str | Path | None = None, *, neo4j: bool = False, access: str = "write") -> Store:
    """Open the store a user asked for.

    An explicit ``path`` means the embedded store there; ``neo4j=True`` or a
    NEO4J_URI in the environment means Neo4j (NEO4J_USER, NEO4J_PASSWORD,
    NEO4J_DATABASE, OKG_NEO4J_TIMEOUT); otherwise the embedded store at :func:`default_store_path`
    (the settings: :class:`graph.settings.GraphSettings`). ``access`` says how the embedded store is held
    (``write`` or ``read``: :class:`graph.backends.embedded.EmbeddedStore`, :mod:`graph.holder`); a
    Neo4j server takes any number of clients.
    """
    from graph.settings import GraphSettings

    settings = GraphSettings.from_env()
    if path is None and (neo4j or settings.neo4j_uri):
        from graph.backends.neo4j import Neo4jStore

        return Neo4jStore.from_settings(settings)
    from graph.backends.embedded import EmbeddedStore

    return EmbeddedStore(path if path is not None else settings.store_path(), settings.query_timeout,
                         access)  # type: ignore[arg-type]
