"""The law views (:mod:`graph.views`) kept with the store they describe, so a start reads them back instead of
building them (round 48, issue 14 §4: a first ``/laws`` after a server start at 1M triples rebuilt them from the
store, about 24 CPU-s).

What is kept is what the views are built from: each named graph's content hash and the IRIs it holds, every law
row and every Law node's description, under the store version they describe. The laws table's entries and what
each IRI's rows name are derived from the rows again on reading (:meth:`graph.views._State.set_rows`), so a file
cannot hold entries that disagree with its rows. The bytes are JSON, compressed with zlib (whose checksum finds a
damaged file), written and read through :meth:`graph.backends.Backend.keep_view` and
:meth:`~graph.backends.Backend.kept_view`: a file beside the embedded store, a node in the Neo4j database.

A kept view is read back only at the store's version it was kept at; a damaged file, one of another format, or
one kept at another version is not read (:func:`decode` says why in one line) and the views are built anew.
"""
from __future__ import annotations

import dataclasses
import json
import zlib
from collections.abc import Iterable

from graph.backends import Description, LawRow

#: The name the views are kept under (:meth:`graph.backends.Backend.keep_view`).
NAME = "law-views"
#: The layout of the kept bytes; a file of another layout is built anew.
FORMAT = 1
_ROW_FIELDS = tuple(f.name for f in dataclasses.fields(LawRow))


@dataclasses.dataclass(frozen=True)
class Kept:
    """What the views are built from at one store version (:func:`encode` / :func:`decode`)."""

    version: str
    hashes: dict[str, str]
    terms: dict[str, set[str]]
    rows: dict[str, list[LawRow]]  # law → its rows
    described: dict[str, Description]  # Law node → its description


class Unreadable(ValueError):
    """A kept view that is no use: damaged, of another format, or of another store version (the message says which,
    in one line)."""


def encode(kept: Kept) -> bytes:
    """``kept`` as compressed JSON. TypeError when a value is not JSON (a law's description holding one).

    The JSON is compressed part by part as it is written (a graph's IRIs, a row, a description), never held whole:
    at 1M triples the whole text, its UTF-8 bytes and the body's lists took 94 MiB more for the moment of encoding
    (round 48, perf48b: a keep's peak 320 → 264 MiB); the bytes decompress to the text the whole body dumps to."""
    squeeze = zlib.compressobj(1)
    out: list[bytes] = []

    def write(text: str) -> None:
        out.append(squeeze.compress(text.encode("utf-8")))

    def items(opening: str, values: Iterable[str], closing: str) -> None:
        write(opening)
        for i, value in enumerate(values):
            write("," + value if i else value)
        write(closing)

    write(f'{{"format":{FORMAT},"version":{_dumps(kept.version)},"hashes":{_dumps(kept.hashes)},')
    items('"terms":{', (f"{_dumps(g)}:{_dumps(sorted(iris))}" for g, iris in kept.terms.items()), "},")
    items('"rows":[', (_dumps([getattr(row, f) for f in _ROW_FIELDS]) for rows in kept.rows.values() for row in rows),
          "],")
    items('"described":[', (_dumps([d.iri, sorted(d.types), dict(d.props), dict(d.rels)])
                            for d in kept.described.values()), "]}")
    return b"".join(out) + squeeze.flush()


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def decode(data: bytes, version: str) -> Kept:
    """The views kept in ``data`` when they describe the store at ``version``. :class:`Unreadable` otherwise."""
    try:
        body = json.loads(zlib.decompress(data))
    except (zlib.error, ValueError) as exc:
        raise Unreadable(f"damaged ({exc})") from exc
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise Unreadable(f"of another format ({body.get('format') if isinstance(body, dict) else '?'}, "
                         f"this okg reads {FORMAT})")
    if body.get("version") != version:
        raise Unreadable(f"stale: kept at store version {body.get('version')}, the store is at {version}")
    try:
        rows: dict[str, list[LawRow]] = {}
        for values in body["rows"]:
            row = LawRow(**dict(zip(_ROW_FIELDS, values, strict=True)))
            rows.setdefault(row.law, []).append(row)
        described = {}
        for iri, types, props, rels in body["described"]:
            d = Description(iri, set(types))
            d.props.update(props)
            d.rels.update(rels)
            described[iri] = d
        return Kept(version, dict(body["hashes"]), {g: set(iris) for g, iris in body["terms"].items()}, rows,
                    described)
    except (KeyError, TypeError, ValueError) as exc:
        raise Unreadable(f"damaged ({type(exc).__name__}: {exc})") from exc

