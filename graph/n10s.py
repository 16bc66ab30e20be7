"""The Neo4j layout's reversible names and values: RDF terms as n10s stores them.

Names follow neosemantics' SHORTEN convention: an IRI becomes
``prefix__localName``, the prefix table living in the graph on one
``_NsPrefDef`` node (prefix → namespace), with terms of ``okg:`` bare.
Values follow n10s's keepLangTag / keepCustomDataTypes forms: ``text@lang``,
``lexical^^prefix__datatype``; a Neo4j typed value (integer, float, boolean,
date, string) only where it gives back the very same literal. Blank nodes are
skolemised to IRIs under :data:`GENID` and restored on the way out.
Shapes follow n10s's ``handleMultival: 'ARRAY'`` with a ``multivalPropList``, the
list decided by the ontology, not by the data (:func:`node_values`): a property
okg.ttl declares functional is a single value, every other one a list.

Every function here is a bijection on its domain, so what goes in as RDF comes
out as the same RDF; :func:`literal` and :func:`value` are the two directions.
"""
from __future__ import annotations

import functools
import hashlib
import re
from datetime import date
from typing import Any

from rdflib import XSD, BNode, Literal, URIRef
from rdflib.namespace import DC, DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SH, SKOS

from graph.terms import OKG_NS

# Names n10s users know for well-known vocabularies; other namespaces get ns0, ns1 …
KNOWN_PREFIXES = {
    "okg": OKG_NS, "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD), "skos": str(SKOS),
    "dct": str(DCTERMS), "dc": str(DC), "foaf": str(FOAF), "prov": str(PROV), "org": str(ORG), "sh": str(SH),
    "eli": "http://data.europa.eu/eli/ontology#", "sch": "http://schema.org/",
}
# Node property and label names the store itself uses; an okg term of one of these names is prefixed.
RESERVED = frozenset({"uri", "graphs", "Resource"})
GENID = "https://w3id.org/oversight-kg/.well-known/genid/"
#: A blank node label :func:`safe_label` keeps as it is.
_SAFE_LABEL = re.compile(r"b[0-9a-f]{24}")
# The key of a functional property's further values, should the data give it several: no statement's name
# starts with "_" (an okg term that does is named okg___…), so it is never read as a property of its own.
ALSO = "_okgAlso_"
_TYPED = re.compile(r"(?s)(.*)\^\^([^\s^]+)")
_TAGGED = re.compile(r"(?s)(.*)@([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)")
_INT64 = (-(2**63), 2**63 - 1)
_INTEGER_FORM = re.compile(r"-?[1-9][0-9]*|0")
_DATE_FORM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Looked up once: an rdflib namespace attribute is a method call, and these are asked per literal.
_STRING, _INTEGER, _BOOLEAN, _DOUBLE, _DATE = XSD.string, XSD.integer, XSD.boolean, XSD.double, XSD.date


class UnknownPrefix(ValueError):
    """A stored name uses a prefix the ``_NsPrefDef`` table does not define."""


class Namespaces:
    """The prefix table: shortens IRIs to names and expands them back, adding prefixes as needed."""

    def __init__(self, table: dict[str, str] | None = None) -> None:
        self.table = dict(table or {})
        self._by_ns = {ns: prefix for prefix, ns in self.table.items()}
        self.added: dict[str, str] = {}
        self.used: dict[str, str] = {}  # the prefixes names were made with (a writer checks them against the graph's)

    def prefix(self, namespace: str) -> str:
        if namespace in self._by_ns:
            self.used[self._by_ns[namespace]] = namespace
            return self._by_ns[namespace]
        known = next((p for p, ns in KNOWN_PREFIXES.items() if ns == namespace and p not in self.table), None)
        n = 0
        while known is None:
            known = f"ns{n}" if f"ns{n}" not in self.table else None
            n += 1
        self.table[known], self._by_ns[namespace], self.added[known] = namespace, known, namespace
        self.used[known] = namespace
        return known

    def name(self, iri: str) -> str:
        """``okg:concernsLaw`` → ``concernsLaw``; ``rdfs:label`` → ``rdfs__label``; others ``nsN__local``."""
        if iri.startswith(OKG_NS):
            local = iri[len(OKG_NS):]
            if local and "__" not in local and not local.startswith("_") and local not in RESERVED:
                return local
        cut = max(iri.rfind("#"), iri.rfind("/"), iri.rfind(":")) + 1
        return f"{self.prefix(iri[:cut])}__{iri[cut:]}"

    def iri(self, name: str) -> str:
        if "__" not in name:
            return OKG_NS + name
        prefix, local = name.split("__", 1)
        if prefix not in self.table:
            raise UnknownPrefix(f"the prefix {prefix!r} of {name!r} is not in the _NsPrefDef table")
        return self.table[prefix] + local


def safe_label(node: BNode) -> str:
    """A blank node label any syntax takes (letters and digits), the same for the same label; a label of that form
    already (``b`` and 24 hex digits: :func:`graph.canonical.stable_blank_nodes`) as it is, so both stores give a
    graph's blank nodes back under the labels they were written with."""
    if _SAFE_LABEL.fullmatch(node):
        return str(node)
    return "b" + hashlib.sha1(str(node).encode("utf-8")).hexdigest()[:24]


def node_iri(term: URIRef | BNode, graph: str) -> str:
    """An IRI as it is; a blank node skolemised, unique to its graph."""
    if isinstance(term, BNode):
        return f"{GENID}{hashlib.sha1(graph.encode('utf-8')).hexdigest()[:16]}/{safe_label(term)}"
    return str(term)


def node_term(iri: str) -> URIRef | BNode:
    """The inverse of :func:`node_iri`."""
    if iri.startswith(GENID):
        return BNode(iri.rsplit("/", 1)[1])
    return URIRef(iri)


def _native(lit: Literal) -> Any:
    """The Neo4j value that gives back exactly ``lit``, or None when only the string form does."""
    lexical, datatype = str(lit), lit.datatype
    if datatype == _INTEGER and _INTEGER_FORM.fullmatch(lexical):
        number = int(lexical)
        return number if _INT64[0] <= number <= _INT64[1] else None
    if datatype == _BOOLEAN and lexical in ("true", "false"):
        return lexical == "true"
    if datatype == _DOUBLE:
        try:
            number = float(lexical)
        except ValueError:
            return None
        return number if repr(number) == lexical else None
    if datatype == _DATE and _DATE_FORM.fullmatch(lexical):
        try:
            day = date.fromisoformat(lexical)
        except ValueError:
            return None
        return day if day.isoformat() == lexical else None
    return None


def value(lit: Literal, ns: Namespaces, native: bool = True) -> Any:
    """The stored form of a literal; ``native=False`` gives the string form (for lists of mixed types)."""
    lexical = str(lit)
    if lit.language:
        return f"{lexical}@{lit.language}"
    if lit.datatype is None or lit.datatype == _STRING:
        # the two forms need "^^" and "@": most strings hold neither and are not matched at all
        ambiguous = ("^^" in lexical and _TYPED.fullmatch(lexical)) or ("@" in lexical and _TAGGED.fullmatch(lexical))
        return f"{lexical}^^{ns.name(str(_STRING))}" if ambiguous else lexical
    stored = _native(lit) if native else None
    return stored if stored is not None else f"{lexical}^^{ns.name(str(lit.datatype))}"


@functools.lru_cache(maxsize=1)
def functional_keys() -> frozenset[str]:
    """The property names that hold a single value: the okg properties the ontology declares
    ``owl:FunctionalProperty``, under their bare names, and the properties of other vocabularies the shapes cap at one
    value (``dct__issued``, under its fixed prefix) (:func:`ontology.single_valued_properties`)."""
    from ontology import single_valued_properties

    return frozenset(Namespaces().name(str(p)) for p in single_valued_properties())


def identity(lit: Literal) -> tuple[str, str, str]:
    """What makes a literal the one the store keeps: ``(lexical form, language tag as written, datatype IRI)``,
    the datatype ``""`` for a simple literal and for ``xsd:string`` alike (one literal in RDF 1.1 Concepts §3.3, one
    stored form in :func:`value`). Literals rdflib calls equal can differ here (rdflib compares language tags
    ignoring case, the store keeps them as written), so the store orders, merges and digests by this, never by ``==``."""
    datatype = lit.datatype
    return str(lit), lit.language or "", "" if datatype is None or datatype == _STRING else str(datatype)


def _one_type(items: list[Literal], ns: Namespaces) -> list[Any]:
    """Stored values of one Neo4j type, as a property list must be: string forms when types mix."""
    stored = [value(lit, ns) for lit in items]
    if len({type(v) for v in stored}) > 1:
        stored = [value(lit, ns, native=False) for lit in items]
    return stored


def node_values(kept: dict[str, list[Literal]], ns: Namespaces) -> dict[str, Any]:
    """A node's properties from its literals by property name, each in the one shape its name has
    (n10s's ``handleMultival: 'ARRAY'`` with every non-functional property in ``multivalPropList``):

    - a functional property (:func:`functional_keys`) is a single value; should the data give it several
      (two reports giving a law two levels), the least (lexical form, then language tag, then datatype)
      is the value and the others, sorted, are the list ``ALSO + name``;
    - every other property is a list, sorted, of one Neo4j type (string forms when types mix), even of
      one value.

    Values are one per :func:`identity` (``"x"@zh-Hant`` and ``"x"@zh-hant`` both kept, ``"a"`` and
    ``"a"^^xsd:string`` once), so each value's :func:`digest` names a value stored.
    """
    functional = functional_keys()
    row: dict[str, Any] = {}
    for key, literals in kept.items():
        if len(literals) == 1:  # most properties: nothing to sort
            stored = value(literals[0], ns)
            row[key] = stored if key in functional else [stored]
            continue
        items = [lit for _, lit in sorted({identity(lit): lit for lit in literals}.items())]
        if key not in functional:
            row[key] = _one_type(items, ns)
            continue
        row[key] = value(items[0], ns)
        if len(items) > 1:
            row[ALSO + key] = _one_type(items[1:], ns)
    return row


def statement_key(key: str) -> str:
    """The property name a stored key holds values of (``ALSO + name`` holds more of ``name``'s)."""
    return key[len(ALSO):] if key.startswith(ALSO) else key


def literal(stored: Any, ns: Namespaces) -> Literal:
    """The RDF literal a stored value stands for (the inverse of :func:`value`)."""
    if hasattr(stored, "to_native"):  # neo4j.time.Date
        stored = stored.to_native()
    if isinstance(stored, bool):
        return Literal("true" if stored else "false", datatype=_BOOLEAN)
    if isinstance(stored, int):
        return Literal(str(stored), datatype=_INTEGER)
    if isinstance(stored, float):
        return Literal(repr(stored), datatype=_DOUBLE)
    if isinstance(stored, date):
        return Literal(stored.isoformat(), datatype=_DATE)
    text = str(stored)
    # The tagged form first: "x^^y@en" is "x^^y"@en, not "x" of a datatype named "y@en" (a tag holds no "^" or "_",
    # so only a datatype whose local name ends in "@" and a tag would read otherwise; none is in use).
    if match := _TAGGED.fullmatch(text):
        return Literal(match[1], lang=match[2], normalize=False)
    if match := _TYPED.fullmatch(text):
        datatype = ns.iri(match[2])
        if datatype == str(_STRING):  # the same literal as a simple one in RDF 1.1
            return Literal(match[1])
        return Literal(match[1], datatype=URIRef(datatype), normalize=False)
    return Literal(text)


def digest(lit: Literal) -> str:
    """A short form of :func:`identity` (16 hex digits), for the records that say which graphs state a value: the
    same for a literal as for the one :func:`literal` reads back from its stored form."""
    key = "\x00".join(identity(lit))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
