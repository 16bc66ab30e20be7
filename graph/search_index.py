"""Search by name: what is indexed, how a query matches and ranks, and keeping the index in step.

Every labelled resource of every named graph is indexed under each of its
names: ``rdfs:label`` and ``skos:prefLabel`` as labels, ``skos:altLabel`` (an
organ's names in reports, an area's short name, an issue's keywords),
``okg:shortTitle`` (a law's short title) and ``okg:leaderName`` (the person an
activity's sentence says led it: a person is no node, so the work they led is what
a search for them finds; round 30's first-time analyst found "No results") as aliases. A name is kept in the
form of :func:`ontology.textform.search_key` (traditional → simplified, widths,
brackets, white space, case) and as terms (:func:`ontology.textform.search_tokens`:
one per Han character), which each store's index answers natively
(:mod:`graph.search_fts` on the embedded store, :mod:`graph.search_neo4j` on Neo4j).

A query is matched and ranked the same way on both stores (:mod:`graph.name_index` states the
ranking, :func:`tier` is it for one name), inside each store's engine: the name is the query (a
label, then an alias), starts with it, ends with it, holds it, or holds its characters in order (an
abbreviation: 湿地法 for 湿地保护法, 全国人大常委会 for 全国人民代表大会常务委员会); within a tier, the
shorter name (for an abbreviation, the shorter stretch it spans) comes first.

The index is kept per named graph with the content hash the store recorded: each
write or delete of a graph replaces that graph's names (:func:`written`; Neo4j does it
inside the graph's own transaction, :func:`graph.search_neo4j.write_names`, or for a grouped write in one
right after it, :func:`graph.search_neo4j.write_names_after`), and an
index found out of step with the store (a crash between the two writes, a store
made before the index) is brought level when a store first uses it (:func:`index`);
:func:`rebuild` makes it anew.

The answers of the last searches are kept (:attr:`graph.name_index.OpenedIndex.results`) under the store's version
and the index's generation read before each ran, so the same search again is a look-up until a write,
whichever process made it.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from graph.frozen import freeze
from graph.name_index import (ABBREVIATION, ALIAS, EXACT, INSIDE, OTHER, PREFIX, RANKED_BY, SUFFIX, TIERS, Hit, Name,
                              NameIndex, Query, Ranked, order, span)
from graph.terms import OKG_NS
from ontology import OKG, load_ontology
from ontology.textform import is_han, search_key, search_tokens

if TYPE_CHECKING:
    from graph.backends import Backend

log = logging.getLogger("okg.search")
LABELS = (RDFS.label, SKOS.prefLabel)
ALIASES = (SKOS.altLabel, URIRef(OKG_NS + "shortTitle"), URIRef(OKG_NS + "leaderName"))
PREDICATES = (RDF.type, *LABELS, *ALIASES)  # the triples a graph's names are read from
BATCH = 200  # graphs whose names one transaction replaces when the index is levelled or rebuilt
# What makes a resource a term of a vocabulary rather than data: its classes, properties, the ontology itself, the
# issue scheme and the statistics' measure classes (执法检查, 代表建议 as a class of figures would otherwise rank before
# every inspection and suggestion). Their names are no rows of the index; a search ranks them after all the data
# (:func:`find`).
SCHEMA_TYPES = frozenset({OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                          RDF.Property, OWL.Ontology, SKOS.ConceptScheme, OKG.MeasureClass})


def names(graph: Graph) -> list[Name]:
    """The names a graph states, one per (resource, name, label or alias): :func:`named` of its triples."""
    return named({p: list(graph.subject_objects(p)) for p in PREDICATES})


def named(stated: Mapping[URIRef, Sequence[tuple[Node, Node]]]) -> list[Name]:
    """The names of a graph's data (no vocabulary term's: :data:`SCHEMA_TYPES`) from ``{predicate: (subject,
    object) pairs}`` of its triples with each of :data:`PREDICATES` (a predicate missing: none), in a fixed order (resource, name, alias) whatever
    order the pairs came in, so that a graph's names get the same index rows however it was read."""
    types: dict[str, set[str]] = {}
    schema: set[Node] = set()
    prefix, start = OKG_NS, len(OKG_NS)
    for s, o in stated.get(RDF.type, ()):  # str.startswith: rdflib's own copies both strings first
        if o in SCHEMA_TYPES:
            schema.add(s)
        elif isinstance(s, URIRef) and isinstance(o, URIRef) and str.startswith(o, prefix):
            types.setdefault(str(s), set()).add(o[start:])
    found: dict[tuple[str, str, bool], None] = {}
    labels: dict[str, list[str]] = {}
    for predicates, alias in ((LABELS, False), (ALIASES, True)):
        for p in predicates:
            for s, o in stated.get(p, ()):
                if isinstance(s, URIRef) and isinstance(o, Literal) and o.strip() and s not in schema:
                    found[(str(s), str(o), alias)] = None
                    if not alias:
                        labels.setdefault(str(s), []).append(str(o))
    for iri, held in labels.items():
        if "Law" in types.get(iri, ()):
            for label in held:
                if (subject := subject_of_title(label)) is not None:
                    found.setdefault((iri, subject, True), None)
    shown = {iri: held[0] if len(held) == 1 else _shown(held) for iri, held in labels.items()}  # once per resource
    kinds = {iri: tuple(sorted(held)) for iri, held in types.items()}
    return [Name(iri, name, alias, search_key(name), shown.get(iri, name), kinds.get(iri, ()))
            for iri, name, alias in sorted(found)]


#: The form word ending a law's title (法, 条例, 实施办法 …): what is left before it names the law's subject.
_FORM = re.compile(r"(?:实施办法|实施细则|若干规定|条例|办法|规定|细则|规则|法)$")
#: The state's name opening a national law's title: its subject follows.
_STATE = "中华人民共和国"


def subject_of_title(title: str) -> str | None:
    """The subject a law's title names without its form word, as analysts and reports call the law (物业管理 for
    物业管理条例, 食品安全 for 中华人民共和国食品安全法): an alias of the law, so that a search for it finds the law
    as an alias hit, before a report or an activity whose name only holds the words, and, of names of one key, before an
    issue whose keyword it is (:func:`graph.name_index.kind_rank`; newuser34 B8, issue 13 §1). None when fewer than two
    characters are left (水法: 水 would name everything about water), the title ends in no form word, or what is left
    names another title (湖北省实施《中华人民共和国水法》办法: its subject is that law).

    >>> subject_of_title("物业管理条例"), subject_of_title("中华人民共和国食品安全法"), subject_of_title("中华人民共和国水法")
    ('物业管理', '食品安全', None)
    """
    subject, formed = _FORM.subn("", title.removeprefix(_STATE))
    return subject if formed and len(subject) >= 2 and "《" not in subject else None


def _shown(labels: list[str]) -> str:
    """The label to show: a Chinese one before an English one (as :attr:`graph.store.Description.label`)."""
    return min(labels, key=lambda v: (v[:1].isascii(), v))


#: A name pasted as reports write it, in title marks or quotes (《森林法》, “河长制”): the marks are no part of it.
_QUOTED = re.compile(r"^\s*[《〈“‘「『\"'](.+)[》〉”’」』\"']\s*$")


#: A congress's term written into a name (青海省十二届人大常委会, 第十三届全国人大): an organ's name in the graph has none.
_TERM = re.compile(r"第?[一二三四五六七八九十百零〇\d]+届")


def query(q: str) -> Query:
    """The query as the index compares it; marks around the whole of it (《森林法》) are dropped, and so is a
    congress's term inside it (:data:`_TERM`) unless nothing else of it is left."""
    q = quoted.group(1) if (quoted := _QUOTED.match(q)) else q
    q = termless if len(search_key(termless := _TERM.sub("", q))) >= 2 else q
    terms = tuple(search_tokens(q))
    chars = tuple(t for t in terms if is_han(t))
    return Query(search_key(q), terms, bool(terms) and not is_han(terms[-1]), chars if len(chars) >= 2 else ())


def tier(name: Name, key: str) -> tuple[int, int] | None:
    """``(tier, length)`` of a name against a query key, None when it does not match at all."""
    if name.key == key:
        return (ALIAS if name.alias else EXACT), len(key)
    if name.key.startswith(key):
        return PREFIX, len(name.key)
    if name.key.endswith(key):
        return SUFFIX, len(name.key)
    if key in name.key:
        return INSIDE, len(name.key)
    length = span(key, name.key)
    return None if length is None else (ABBREVIATION, length)


def find(store: Backend, q: str, types: list[str] | None = None, limit: int = 20,
         offset: int = 0) -> dict[str, Any]:
    """``{"total", "total_exact", "items": [{"iri", "label", "types", "match"}], "facets": {type: count}}``:
    resources with a name matching ``q``, best first (see the module; ``match`` names the tier,
    :data:`graph.name_index.TIERS`); ``total`` and ``facets`` count the matches among the names read
    (:func:`graph.name_index.window` of each source, from ``offset + limit``; at most
    :data:`graph.name_index.CANDIDATES` resources), all of them when ``total_exact``, else they are lower
    bounds (:attr:`graph.name_index.Ranked.exact`); ``types`` keeps resources of those classes (local names). An alias shows the resource's own label. The answer is read-only
    (:func:`graph.frozen.freeze`): the store keeps it for the next same search until a write."""
    wanted = query(q)
    if not wanted.key:
        return freeze({"total": 0, "total_exact": True, "items": [], "facets": {}})
    names_index = index(store)
    results = store.names.results
    asked = (store.version(), names_index.generation(), wanted, tuple(types) if types is not None else None,
             offset, limit)

    def ranking() -> dict[str, Any]:
        ranked = _then_terms(names_index.ranked(wanted, types, offset, limit), wanted.key, types, offset, limit)
        items = [{"iri": hit.iri, "label": hit.label, "types": list(hit.types), "match": TIERS[hit.tier]}
                 for hit in ranked.items]
        return freeze({"total": ranked.total, "total_exact": ranked.exact, "items": items, "facets": ranked.facets})

    return results.answer(asked, ranking)


def _then_terms(ranked: Ranked, key: str, types: list[str] | None, offset: int, limit: int) -> Ranked:
    """The data's ranking followed by the vocabulary's terms matching ``key`` (a class or property labelled 人大常委会
    or 执法检查 comes after every organ or inspection so named), ranked among themselves as names are. Only a
    ranking that counted all the data (``exact``) is followed, and only without ``types`` (a term has no okg class)."""
    if types or not ranked.exact:
        return ranked
    terms = _terms_matching(key)
    if not terms:
        return ranked
    start = max(0, offset - ranked.total)
    page = terms[start:start + max(0, offset + limit - ranked.total - start)]
    facets = {**ranked.facets, OTHER: ranked.facets.get(OTHER, 0) + len(terms)}
    return Ranked(ranked.total + len(terms), facets, [*ranked.items, *page], True)


@lru_cache(maxsize=256)
def _terms_matching(key: str) -> tuple[Hit, ...]:
    """The vocabulary's terms (the shipped ontology and issue scheme, :data:`SCHEMA_TYPES`) a name of which matches
    ``key``, ranked as the index ranks resources (by the best name's tier of :data:`graph.name_index.TIERS`, its
    length, its key's length and key, then the IRI); each shows the name it matched by, or its label when that was an alias."""
    best: dict[str, tuple[tuple[int, int, int, str, int, str], Name]] = {}
    for name in _term_names():
        if (found := tier(name, key)) is not None:
            placed = order(*found, name.key, name.types, name.name)
            if name.iri not in best or placed < best[name.iri][0]:
                best[name.iri] = (placed, name)
    ranking = sorted(best.items(), key=lambda item: (item[1][0][:RANKED_BY], item[0]))
    return tuple(Hit(iri, name.label if name.alias else name.name, (), placed[0]) for iri, (placed, name) in ranking)


@lru_cache(maxsize=1)
def _term_names() -> tuple[Name, ...]:
    """The names of the vocabulary's terms, as :func:`named` would index them were they data."""
    graph = load_ontology()
    terms = {s for s, o in graph.subject_objects(RDF.type) if o in SCHEMA_TYPES}
    stated = {p: [(s, o) for s, o in graph.subject_objects(p) if s in terms] for p in (*LABELS, *ALIASES)}
    return tuple(named({**stated, RDF.type: []}))


def index(store: Backend) -> NameIndex:
    """The store's name index, opened and brought level with the store on first use."""
    def opening() -> NameIndex:
        opened = store.open_name_index()
        if not store.read_only:  # a reader beside the holder: the holder keeps the index level
            _level(store, opened)
        return opened

    return store.names.get(opening)


def _level(store: Backend, names_index: NameIndex) -> int:
    """Re-index the graphs whose stored hash differs from the index's, :data:`BATCH` graphs per
    transaction; the number re-indexed."""
    stored, held = store.graph_hashes(), names_index.hashes()
    writes: list[tuple[str, str | None, list[Name]]] = [(g, None, []) for g in sorted(held.keys() - stored.keys())]
    changed = sorted(g for g, h in stored.items() if held.get(g) != h)
    for g in changed:
        graph = store.named_graph(URIRef(g))
        writes.append((g, stored[g], names(graph) if graph is not None else []))
        if len(writes) >= BATCH:
            names_index.replace_all(writes)
            writes = []
    if writes:
        names_index.replace_all(writes)
    if len(changed) >= BATCH:
        names_index.compact()
    return len(changed)


def written(store: Backend, writes: Iterable[tuple[Any, Graph | None, str]]) -> None:
    """After a store committed ``(graph IRI, new graph or None when deleted, content hash)``:
    :func:`replaced` with each graph's :func:`names`."""
    replaced(store, [(str(g), None, []) if graph is None else (str(g), content_hash, names(graph))
                     for g, graph, content_hash in writes])


def replaced(store: Backend, graphs: list[tuple[str, str | None, list[Name]]]) -> None:
    """After a store committed ``(graph IRI, content hash or None when deleted, the graph's names)``. The
    graphs are stored whatever happens here: an index that cannot follow (Neo4j gone after the commit)
    is closed, and levelled when next used."""
    try:
        index(store).replace_all(graphs)
    except Exception as exc:  # noqa: BLE001 - derived data: the write it follows has committed
        log.warning("search index of the %s store not updated (%s); it catches up when next used", store.name, exc)
        store.names.drop()


def rebuild(store: Backend) -> int:
    """Make the store's name index anew from every named graph; the number of graphs indexed."""
    names_index = index(store)
    names_index.clear()
    return _level(store, names_index)


def close(store: Backend) -> None:
    """Close the store's index, if it was opened."""
    if (opened := store.names.drop()) is not None:
        opened.close()
