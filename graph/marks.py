"""Marks a store keeps about itself outside its graphs: a few named strings that survive reopening
and that writing does not count as a change of the store (:meth:`graph.backends.Backend.version`).

The embedded store keeps them in ``okg-marks.json`` in its directory (written whole, by rename);
the Neo4j store as ``:_OkgMark {key, value}`` nodes, outside the ``:Resource`` graph.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

FILE = "okg-marks.json"

NEO4J_READ = "MATCH (m:_OkgMark {key: $key}) RETURN m.value AS value"
NEO4J_WRITE = "MERGE (m:_OkgMark {key: $key}) SET m.value = $value"
NEO4J_DROP = "MATCH (m:_OkgMark {key: $key}) DELETE m"


def read(directory: Path) -> dict[str, str]:
    """The marks kept in ``directory`` (none when the file is missing or unreadable)."""
    try:
        found = json.loads((directory / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def write(directory: Path, key: str, value: str | None) -> None:
    """Set (or with None, drop) one mark in ``directory``; the file is replaced whole."""
    marks = read(directory)
    if value is None:
        marks.pop(key, None)
    else:
        marks[key] = value
    temporary = directory / (FILE + ".tmp")
    temporary.write_text(json.dumps(marks, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(temporary, directory / FILE)
