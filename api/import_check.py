"""`okg import`'s input check: one line naming the line and the term, before anything is stored.

rdflib's parsers accept IRIs with spaces in some formats and store ill-typed
literals (``"2024/2/9"^^xsd:date``) with a logged traceback; Oxigraph's parser is
strict about IRIs and says where it stopped, and every XSD literal is checked here.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

XSD = "http://www.w3.org/2001/XMLSchema#"
_WHERE = re.compile(r"line (\d+) between columns (\d+) and (\d+)")


def bad_term(path: Path) -> str | None:
    """None when ``path`` parses strictly and its XSD literals are well-typed; else the reason,
    naming the line and the term. Formats by suffix, as `okg import` reads them."""
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip("."))
    if fmt is None:
        return None  # the importer names the suffixes it knows
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            term = quad.object
            if isinstance(term, ox.Literal) and term.datatype.value.startswith(XSD) and _ill_typed(term):
                return f"{path}: line {_line_of(path, term.value)}: ill-typed literal {term}; fix or drop it"
    except SyntaxError as exc:
        return f"{path}: {_with_term(path, str(exc))}"
    except OSError as exc:
        return f"{path}: cannot read file ({exc.strerror or exc})"
    return None


def _ill_typed(term: ox.Literal) -> bool:
    rdflib_term = logging.getLogger("rdflib.term")
    level = rdflib_term.level
    rdflib_term.setLevel(logging.CRITICAL)  # rdflib logs a traceback for each ill-typed literal
    try:
        return bool(Literal(term.value, datatype=URIRef(term.datatype.value)).ill_typed)
    finally:
        rdflib_term.setLevel(level)


def _line_of(path: Path, lexical: str) -> int | str:
    """The first line holding ``lexical`` in quotes, or "?"."""
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if f'"{lexical}"' in line or f"'{lexical}'" in line:
                return number
    return "?"


def _with_term(path: Path, message: str) -> str:
    """The parser's message with the text it points at quoted."""
    where = _WHERE.search(message)
    if not where:
        return message
    number, start, end = (int(g) for g in where.groups())
    with path.open(encoding="utf-8", errors="replace") as lines:
        for current, line in enumerate(lines, 1):
            if current == number:
                return f"{message}: {line[start - 1:end - 1]!r}"
    return message
