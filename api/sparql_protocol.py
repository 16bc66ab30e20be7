"""The SPARQL 1.1 Protocol around a store's ``sparql()``: standard prefixes predeclared,
content negotiation, and syntax errors as one line with line and column.

The store answers SPARQL 1.1 JSON results (CONSTRUCT and DESCRIBE as subject/predicate/
object rows); this module turns them into what the client's ``Accept`` asks for:

- SELECT and ASK: SPARQL JSON (the default), XML, CSV or TSV;
- CONSTRUCT and DESCRIBE: Turtle (the default), N-Triples, JSON-LD or RDF/XML;
- anything else: :class:`NotAcceptable` (406) listing what is offered.

``format=csv`` or ``format=xlsx`` with an ``Accept`` that names no results format (a browser's, curl's) gives a
SELECT's or ASK's answer as a file for a spreadsheet, as every listing does (:mod:`api.tabular`: a BOM, no CSV cell a
formula), and ``Accept: text/csv`` gives the same bytes (newuser31 B12: it gave the standard's CSV without a BOM, so
the README's quick start saved a file Excel read as mojibake, while every listing's ``Accept: text/csv`` has one);
programs wanting each cell exactly as the results hold it read TSV or JSON, the standard's formats untouched.
"""
from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

import pyoxigraph as ox
from fastapi import HTTPException

from api.tabular import XLSX, to_csv, to_xlsx
from rdflib import BNode, Graph
from rdflib import Literal as RdfLiteral
from rdflib import URIRef
from graph.backends import SparqlDataset

Form = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]

#: Prefixes every query may use without declaring them (a query's own declaration wins).
PREFIXES = {
    "okg": "https://w3id.org/oversight-kg/ontology#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "eli": "http://data.europa.eu/eli/ontology#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
_RESULTS = ox.QueryResultsFormat
#: Media types offered for solutions and booleans, in order of preference; value: the format.
TABLE_TYPES: dict[str, Any] = {
    "application/sparql-results+json": _RESULTS.JSON, "application/json": _RESULTS.JSON,
    "application/sparql-results+xml": _RESULTS.XML, "application/xml": _RESULTS.XML, "text/xml": _RESULTS.XML,
    "text/csv": _RESULTS.CSV, "text/tab-separated-values": _RESULTS.TSV,
}
#: Media types offered for graphs, in order of preference; value: rdflib's serializer.
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
    "application/ld+json": "json-ld", "application/rdf+xml": "xml", "application/xml": "xml",
}
#: ``format=`` words of the SPARQL 1.1 protocol's common practice (Fuseki's and Virtuoso's ``format``/``output``, the values
#: SPARQLWrapper sends: json, xml, csv, tsv, turtle, n3, rdf+xml, json-ld), any case, beside a media type itself, by the
#: answer's kind: a hint at the content type when ``Accept`` names none offered. csv and xlsx of a SELECT or ASK are a
#: spreadsheet's file, as every listing gives (:mod:`api.tabular`).
TABLE_NAMES = {"json": "application/sparql-results+json", "srj": "application/sparql-results+json",
               "xml": "application/sparql-results+xml", "srx": "application/sparql-results+xml",
               "tsv": "text/tab-separated-values"}
GRAPH_NAMES = {"turtle": "text/turtle", "ttl": "text/turtle", "n3": "text/turtle",
               "n-triples": "application/n-triples", "ntriples": "application/n-triples", "nt": "application/n-triples",
               "json-ld": "application/ld+json", "jsonld": "application/ld+json", "json": "application/ld+json",
               "rdf/xml": "application/rdf+xml", "rdf+xml": "application/rdf+xml", "rdfxml": "application/rdf+xml",
               "xml": "application/rdf+xml", "rdf": "application/rdf+xml"}
SPREADSHEETS = ("csv", "xlsx")
#: The results formats of lines, each ended by a line break as text files are (POSIX's "line"); Oxigraph writes an
#: ASK's answer without one.
_LINES = (_RESULTS.CSV, _RESULTS.TSV)
_TEXT = {"text/csv", "text/tab-separated-values", "text/turtle", "text/plain", "text/xml"}

#: Strings, IRIs and comments: blanked before looking for keywords and prefixed names.
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*', re.S)
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
#: A query's PREFIX and BASE lines, its IRIs and comments blanked (:func:`blank_opaque`); what follows is its form, or
#: an update's verb (INSERT DATA, DELETE WHERE, LOAD …), or the word that should have been its form (SELEC).
_PROLOGUE = re.compile(r"(?:\s*(?:PREFIX\s+[^\s:]*:|BASE\b))*\s*", re.I)
_UPDATE = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
_DECLARED = re.compile(r"\bPREFIX\s+([^\s:]*):", re.I)
_PREFIXED = re.compile(r"(?<![\w\-.:?$@])([A-Za-z\u00c0-\uffff][\w\-.\u00b7]*)?:(?=[\w\u00c0-\uffff%\\]|[\s;,.)}\]])")
_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


class ProtocolError(HTTPException):
    """A request the protocol refuses: 400 or 406, and one line saying why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(status, message)


#: The parameters /sparql reads: the protocol's (``default-graph-uri`` and ``named-graph-uri``, the dataset a query runs
#: on, and ``update``, to refuse it saying why), the ``format`` hint, and ``output`` and ``results``, the other names of that hint SPARQLWrapper
#: sends with every query (Joseki's, rasqal's), let be as ``format`` says the same.
PARAMETERS = ("query", "format", "output", "results", "default-graph-uri", "named-graph-uri", "update")


def check_parameters(parameters: list[tuple[str, str]]) -> None:
    """Refuse a parameter /sparql does not read (422 naming those it takes, as every route refuses one: a first-time
    analyst's round 44, finding 11, ``/sparql?foo=bar`` answered 200), and (400) more than one ``query`` and an
    ``update``: the endpoint is read-only. A protocol-given dataset is :func:`dataset`'s."""
    names = [name for name, _ in parameters]
    if unknown := sorted(set(names) - set(PARAMETERS)):
        raise ProtocolError(422, f"{unknown[0]}: /sparql has no such parameter; it takes query and format (and output "
                                 "and results, other names of format that SPARQLWrapper sends beside it, let be)")
    if names.count("query") > 1:
        raise ProtocolError(400, "query: give exactly one query")
    if "update" in names:
        raise ProtocolError(400, "update: this endpoint is read-only")


#: An absolute IRI, as the protocol's dataset parameters take (RFC 3987: a scheme, a colon, no space or angle bracket).
_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")


def dataset(parameters: list[tuple[str, str]]) -> SparqlDataset | None:
    """The RDF dataset the request names (SPARQL 1.1 Protocol §2.1.4: each ``default-graph-uri`` a graph merged into the
    default graph, each ``named-graph-uri`` a named graph; either given, it replaces the query's FROM and FROM NAMED and
    a part left out is empty), None when it names none: the store's own dataset, every report triple once as the
    default graph and each report's graph named. A report's IRI names its graph (newuser30 T8: standard clients that
    send ``default-graph-uri`` were refused). Raises :class:`ProtocolError` 400 for a value that is no absolute IRI;
    a graph the store does not hold is the store's refusal (:meth:`graph.backends.Backend.sparql`)."""
    default = [value.strip() for name, value in parameters if name == "default-graph-uri"]
    named = [value.strip() for name, value in parameters if name == "named-graph-uri"]
    if not default and not named:
        return None
    for name, values in (("default-graph-uri", default), ("named-graph-uri", named)):
        if bad := next((v for v in values if not _IRI.fullmatch(v)), None):
            raise ProtocolError(400, f"{name}: {bad[:80]!r} is no absolute IRI; give a graph's IRI, a report's "
                                     "(GET /reports lists them), unbracketed")
    return SparqlDataset(tuple(dict.fromkeys(default)), tuple(dict.fromkeys(named)))


def blank_opaque(query: str) -> str:
    """``query`` with strings, IRIs and comments replaced by spaces (newlines kept), same length."""
    return _OPAQUE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), query)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


_GROUPS = (("{", "}", "braces"), ("(", ")", "parentheses"), ("[", "]", "brackets"))


def _unbalanced(query: str) -> str:
    """A note for each kind of group the query does not close as it opens (a missing ``}`` or ``)`` reads to the
    parser as some other token expected); empty when all balance. Groups in strings, IRIs and comments are none
    (:func:`blank_opaque`)."""
    bare = blank_opaque(query)
    notes = []
    for opening, closing, name in _GROUPS:
        opened, closed = bare.count(opening), bare.count(closing)
        if opened != closed:
            missing = f"{opened - closed} {closing} missing" if opened > closed else f"{closed - opened} {closing} too many"
            notes.append(f"unbalanced {name}: the query opens {opened} {opening} and closes {closed} {closing}, {missing}")
    return f" ({'; '.join(notes)})" if notes else ""


def _at_end(text: str, line: int, column: int) -> bool:
    """Whether the parser's position (``line``, ``column``, from 1) lies past the last character of ``text`` that is
    no white space: Oxigraph's parser names the furthest point any rule reached, which for a triple short of its
    object (``{ ?x ?y }``) or an expression left open (``FILTER(?o > ) }``) is the query's end, not the fault."""
    lines = text.split("\n")
    offset = sum(len(part) + 1 for part in lines[:line - 1]) + column - 1
    return offset >= len(text.rstrip())


def _fault_start(text: str) -> tuple[int, int] | None:
    """Where rdflib's SPARQL parser (pyparsing: it names the start of the construct it could not match) finds ``text``
    going wrong, as (line, column) from 1; None when it reads the query (an extension Oxigraph has, LATERAL) or fails
    otherwise. A first-time analyst, round 40 (newuser25 §8): ``SELECT ?x WHERE { ?x ?y }`` answered column 26,
    past the end, expecting LATERAL or SERVICE; the triple short of its object starts at column 19."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(text)
    except ParseBaseException as exc:
        return exc.lineno, exc.col
    except Exception:  # noqa: BLE001 - another parser's failure is no position to give
        return None
    return None


def _reason(said: str) -> str:
    """What the parser says after the error's position, as one short line: the tokens it expected (at most 8;
    its catch-all ``[_]`` left out, none left: unexpected input), or its words as they are."""
    listed = re.fullmatch(r"expected (?:one of )?(.*)", said.strip(), re.S)
    if not listed:
        return said
    tokens = [t.strip() for t in listed[1].split(", ") if t.strip() and not t.strip().startswith("[")]
    if not tokens:
        return "unexpected input"
    return f"expected {'one of ' if len(tokens) > 1 else ''}{', '.join(tokens[:8])}{' …' if len(tokens) > 8 else ''}"


@dataclass(frozen=True)
class Prepared:
    """A query ready for the store: its text with the predeclared prefixes, its form, the
    media type and format of the answer."""

    text: str
    form: Form
    media_type: str
    format: Any
    added_lines: int
    spreadsheet: str | None = None  # csv or xlsx: a file for a spreadsheet (format=), not a results format

    def explain(self, message: str) -> str:
        """The store's error as one line, positions relative to the query as the client sent it: a parser's error at
        a position is a syntax error (its form was checked already), saying what was expected and when the braces
        do not balance (:func:`_unbalanced`)."""
        found = _POSITION.search(message)
        if not found:
            return " ".join(message.split())
        line, column = int(found[1]), int(found[2])
        unbalanced = _unbalanced(self.text)
        if not unbalanced and _at_end(self.text, line, column) and (start := _fault_start(self.text)):
            line, column = start  # Oxigraph read to the end; where the construct it could not complete starts
            near = self.text.split("\n")[line - 1][column - 1:column - 1 + 24].strip()
            reason = f"{near!r} is not complete or not well formed"  # the tokens expected at the end would mislead
        else:
            reason = _reason(found[3]) + unbalanced
        return " ".join(f"syntax error at line {line - self.added_lines}, column {column}: {reason}".split())

    def respond(self, result: dict[str, Any]) -> tuple[bytes, str]:
        """The store's JSON ``result`` serialised as negotiated: (body, Content-Type)."""
        if self.spreadsheet == "csv":
            return to_csv(solution_rows(result), solution_fields(result)), self.media_type
        if self.spreadsheet == "xlsx":
            return to_xlsx(solution_rows(result), "sparql", solution_fields(result)), self.media_type
        charset = "; charset=utf-8" if self.media_type in _TEXT else ""
        if self.form in ("CONSTRUCT", "DESCRIBE"):
            return _graph(result).serialize(format=self.format, encoding="utf-8"), self.media_type + charset
        if self.format == _RESULTS.JSON:
            return json.dumps(result, ensure_ascii=False).encode(), self.media_type
        table = {key: value for key, value in result.items() if key != "truncated"}  # said in a header
        body = ox.parse_query_results(json.dumps(table), format=_RESULTS.JSON).serialize(format=self.format)
        if self.format in _LINES and not body.endswith(b"\n"):
            body += b"\n"  # an ASK's TSV is "true" alone: a shell's prompt ran on after it (newuser37 B5, round 51)
        return body, self.media_type + charset


def prepare(query: str, accept: str | None, format: Sequence[str] = ()) -> Prepared:  # noqa: A002
    """Check ``query``'s prefixes, find its form, negotiate the answer's media type. ``format`` (each value the request
    gave, in order) is a hint at the content type, as SPARQL endpoints commonly read it beside ``Accept``
    (:func:`hinted`): it chooses when ``accept`` names no media type offered for the form (a browser's or curl's
    ``*/*``): tsv, xml or json of a SELECT's results, turtle, json-ld … of a CONSTRUCT's graph, or csv and xlsx, a
    file for a spreadsheet (:func:`solution_rows`). When ``accept`` names one, it decides and ``format`` is let be:
    SPARQLWrapper sends ``format=csv`` (``tsv`` and ``text/tab-separated-values``, ``json-ld`` …) beside ``Accept:
    text/csv`` for endpoints that read the parameter. A SELECT's or ASK's ``text/csv`` is the spreadsheet's file,
    ``format=csv``'s bytes, however it was asked (newuser31 B12).

    Raises :class:`ProtocolError` 400 for a prefix neither declared nor predeclared (with its
    line and column) and 406 when ``accept``, or the ``format`` that chooses, allows nothing offered for the query's form.
    """
    code = blank_opaque(query)
    declared = set(_DECLARED.findall(code))
    for match in _PREFIXED.finditer(code):
        name = match[1] or ""
        if name not in declared and name not in PREFIXES:
            line, column = _line_column(query, match.start())
            raise ProtocolError(400, f"syntax error at line {line}, column {column}: unknown prefix {name}: "
                                     f"(declare it, or use one of {', '.join(PREFIXES)})")
    start = _PROLOGUE.match(code).end()
    if update := _UPDATE.match(code, start):
        raise ProtocolError(400, f"{update[1].upper()}: an update; this endpoint is read-only: ask with SELECT, ASK, "
                                 "CONSTRUCT or DESCRIBE")
    form_match = _FORM.match(code, start)
    if not form_match:
        line, column = _line_column(query, start)
        word = re.match(r"\S*", code[start:])[0]
        raise ProtocolError(400, f"syntax error at line {line}, column {column}: {word or 'nothing'} where the query's "
                                 "form goes: SELECT, ASK, CONSTRUCT or DESCRIBE (after any PREFIX lines)")
    form: Form = form_match[1].upper()  # type: ignore[assignment]
    offered = GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else TABLE_TYPES
    chosen = None if not format or names_offered(accept, list(offered)) else hinted(format, form)
    media_type = negotiate(chosen if chosen and chosen not in SPREADSHEETS else accept, list(offered))
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in declared]
    text = (" ".join(missing) + "\n" + query) if missing else query
    if chosen is None and media_type == "text/csv":
        chosen = "csv"  # Accept: text/csv is format=csv, the same bytes as on every listing
    if chosen in SPREADSHEETS:
        return Prepared(text, form, "text/csv; charset=utf-8" if chosen == "csv" else XLSX, None,
                        1 if missing else 0, chosen)
    return Prepared(text, form, media_type, offered[media_type], 1 if missing else 0)


def hinted(hints: Sequence[str], form: Form) -> str:
    """The content type the first of ``hints`` (``format=`` values) that names one the answer of a ``form`` query has
    gives: a word of :data:`TABLE_NAMES` or :data:`GRAPH_NAMES` or a media type offered (``text/tab-separated-values``),
    any case, or ``csv``/``xlsx`` (:data:`SPREADSHEETS`) for a SELECT's or ASK's file. SPARQLWrapper sends a word and
    then its media type (``format=tsv&format=text/tab-separated-values``). Raises :class:`ProtocolError` 406 naming what
    the form's answer can be given as when none names one (``turtle`` of a SELECT, ``csv`` of a CONSTRUCT, a word of
    no format): source, the SPARQL 1.1 protocol (2.1.4: the response's content type is negotiated, 406 when none can be
    given) and its endpoints' ``format``/``output`` parameter (Fuseki, Virtuoso)."""
    graph = form in ("CONSTRUCT", "DESCRIBE")
    names, offered = (GRAPH_NAMES, GRAPH_TYPES) if graph else (TABLE_NAMES, TABLE_TYPES)
    for hint in hints:
        word = hint.strip().lower()
        if not graph and word in SPREADSHEETS:
            return word
        if word in names:
            return names[word]
        if (media := word.split(";")[0].strip()) in offered:
            return media
    words = [*names, *([] if graph else SPREADSHEETS)]
    raise ProtocolError(406, f"format: {', '.join(map(repr, hints))} names no format a {form}'s answer has: "
                             f"{', '.join(words)}, or a media type ({', '.join(offered)}); or leave format out and "
                             "name one in Accept")


#: Numeric XSD datatypes, whose values a spreadsheet cell holds as numbers.
_NUMBERS = {f"http://www.w3.org/2001/XMLSchema#{name}": kind for kind, names in (
    (int, ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
           "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")),
    (float, ("decimal", "double", "float"))) for name in names}


#: The XSD boolean's datatype and its lexical forms (XSD 1.1, 3.3.2), whose values a spreadsheet cell holds as booleans.
_BOOLEAN = ("http://www.w3.org/2001/XMLSchema#boolean", {"true": True, "1": True, "false": False, "0": False})


def solution_rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """SPARQL JSON results as rows for a spreadsheet, one key per variable in the query's order: each value as the
    standard's CSV writes it (an IRI, a literal's lexical form, ``_:b0`` for a blank node; None unbound), a numeric
    literal as a number, a boolean one as a boolean; an ASK's answer one row ``{"boolean": True}``."""
    if "boolean" in result:
        return [{"boolean": bool(result["boolean"])}]

    def value(term: dict[str, str] | None) -> Any:
        if term is None:
            return None
        if term["type"] == "bnode":
            return "_:" + term["value"]
        if term.get("datatype") == _BOOLEAN[0] and term["value"] in _BOOLEAN[1]:
            return _BOOLEAN[1][term["value"]]
        kind = _NUMBERS.get(term.get("datatype", ""))
        try:
            return kind(term["value"]) if kind else term["value"]
        except ValueError:  # an ill-typed literal ("x"^^xsd:integer) stays as written
            return term["value"]

    names = result.get("head", {}).get("vars", [])
    return [{name: value(row.get(name)) for name in names} for row in result.get("results", {}).get("bindings", [])]


def solution_fields(result: dict[str, Any]) -> tuple[str, ...]:
    """The columns of :func:`solution_rows`: the query's variables in its order (``boolean`` for an ASK), so an answer
    with no solution still has its header row, as the standard's CSV and TSV results have (newuser35 B2: a SELECT
    matching nothing answered a BOM and a line break, and Excel and pandas found no column)."""
    return ("boolean",) if "boolean" in result else tuple(result.get("head", {}).get("vars", []))


def negotiate(accept: str | None, offered: list[str]) -> str:
    """The offered media type ``accept`` prefers (ties: the order of ``offered``).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", ["application/json", "text/csv",
    ...           "application/sparql-results+xml"])
    'application/sparql-results+xml'
    """
    if not accept or not accept.strip():
        return offered[0]
    ranges = _ranges(accept)

    def quality_of(media: str) -> float:
        kind = media.split("/")[0] + "/*"
        for wanted in (media, kind, "*/*"):  # the most specific range decides
            found = [q for m, q in ranges if m == wanted]
            if found:
                return max(found)
        return 0.0

    best = max(offered, key=lambda m: (quality_of(m), -offered.index(m)))
    if quality_of(best) <= 0:
        raise ProtocolError(406, f"cannot answer {accept!r} for this query; offered: {', '.join(offered)}")
    return best


def names_offered(accept: str | None, offered: list[str]) -> bool:
    """Whether ``accept`` asks for one of ``offered`` by name (not by a wildcard), with a quality above 0.

    >>> names_offered("text/csv", ["text/csv"]), names_offered("text/html, */*;q=0.8", ["text/csv"])
    (True, False)
    """
    return any(media in offered and quality > 0 for media, quality in _ranges(accept or ""))


def _ranges(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an ``Accept`` header with their qualities (1 when not given, 0 when unreadable)."""
    ranges: list[tuple[str, float]] = []
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        if media:
            ranges.append((media.lower(), quality))
    return ranges


def _term(value: dict[str, str]) -> URIRef | BNode | RdfLiteral:
    if value["type"] == "uri":
        return URIRef(value["value"])
    if value["type"] == "bnode":
        return BNode(value["value"])
    datatype = value.get("datatype")
    return RdfLiteral(value["value"], lang=value.get("xml:lang"), datatype=URIRef(datatype) if datatype else None)


def _graph(result: dict[str, Any]) -> Graph:
    """The store's subject/predicate/object rows as an rdflib graph with the standard prefixes."""
    graph = Graph(bind_namespaces="none")
    for name, iri in PREFIXES.items():
        graph.bind(name, iri)
    for row in result.get("results", {}).get("bindings", []):
        if {"subject", "predicate", "object"} <= row.keys():
            graph.add((_term(row["subject"]), _term(row["predicate"]), _term(row["object"])))  # type: ignore[arg-type]
    return graph
