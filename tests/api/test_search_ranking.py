"""/search ranks inside each store's engine (SQLite, Cypher) as :mod:`graph.name_index` states it:
on the samples, every total, facet count and page equals the ranking computed in Python over every
name the store's index holds (:func:`graph.search_index.tier`), for many queries of every kind, and
says so (``total_exact``) when no source was cut; a broad query read only as far as its page needs
says it is not exact, counts no more than match, and still gives the ranking's first page. The vocabulary's
terms (classes, properties) follow the data, ranked among themselves the same way."""
from __future__ import annotations

import random
import sqlite3
from functools import lru_cache
from typing import Any

from fastapi.testclient import TestClient
from rdflib import OWL, RDF, RDFS, SKOS, Literal

from graph import Store
from graph.name_index import CANDIDATES, FACETS, OTHER, RANKED_BY, TIERS, Name, order, window
from graph.search_fts import FILE
from graph.search_index import query, tier
from ontology import load_ontology
from ontology.textform import is_han, search_key

TRADITIONAL = ["濕地保護法", "人民代表大會常務委員會", "條例", "環境保護", "執法檢查"]
MISSES = ["龘", "不存在的名称", "湿地保护法龘"]


def held(store: Store) -> list[Name]:
    """Every name in the store's index, read past the index's own code."""
    if store.name == "embedded":
        with sqlite3.connect(store.path / FILE) as db:  # type: ignore[attr-defined]
            rows = db.execute("SELECT iri, name, alias, key, label, types FROM names").fetchall()
        return [Name(iri, name, bool(alias), key, label, tuple(kinds.split())) for iri, name, alias, key, label, kinds
                in rows]
    return [Name(r["iri"], r["name"], r["alias"], r["key"], r["label"], tuple(r["types"])) for r in store._read(  # type: ignore[attr-defined]
        "MATCH (n:_OkgName) RETURN n.iri AS iri, n.name AS name, n.alias AS alias, n.key AS key, n.label AS label, "
        "n.types AS types")]


def facet(types: tuple[str, ...]) -> str:
    return next((f for f in FACETS if f in types), OTHER)


@lru_cache(maxsize=1)
def vocabulary() -> list[Name]:
    """The names of the ontology's classes and properties, the ontology and the issue scheme, read from the
    shipped ontology past the index's own code: labels, then the alternative labels."""
    graph = load_ontology()
    kinds = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property,
             OWL.Ontology, SKOS.ConceptScheme}
    terms = {s for s, o in graph.subject_objects(RDF.type) if o in kinds}
    out = []
    for term in terms:
        labels = sorted(str(o) for p in (RDFS.label, SKOS.prefLabel) for o in graph.objects(term, p) if isinstance(o, Literal))
        shown = min(labels, key=lambda v: (v[:1].isascii(), v)) if labels else ""
        for p, alias in ((RDFS.label, False), (SKOS.prefLabel, False), (SKOS.altLabel, True)):
            out += [Name(str(term), str(o), alias, search_key(str(o)), shown, ()) for o in graph.objects(term, p)
                    if isinstance(o, Literal) and str(o).strip()]
    return out


def ranking(names: list[Name], key: str, types: list[str] | None) -> list[tuple[str, tuple[Any, ...], Name]]:
    """``(IRI, order, best name)`` of every resource a name of which matches ``key``, best first."""
    best: dict[str, tuple[tuple[int, int, int, str, int, str], Name]] = {}
    for name in names:
        rank = tier(name, key)
        if rank is None or (types and not set(types) & set(name.types)):
            continue
        placed = order(*rank, name.key, name.types, name.name)  # a law first of one key (round 50)
        if name.iri not in best or placed < best[name.iri][0]:
            best[name.iri] = (placed, name)
    return [(iri, placed, name)
            for iri, (placed, name) in sorted(best.items(), key=lambda item: (item[1][0][:RANKED_BY], item[0]))]


def expected(names: list[Name], q: str, types: list[str] | None = None) -> dict[str, Any]:
    """The whole ranking of ``q`` over ``names`` (its first :data:`CANDIDATES` resources, exact when
    there are no more), then, when exact and of any type, the vocabulary's terms: as ``Store.find`` answers
    it with no limit when it reads every name."""
    key = query(q).key  # as the store compares it: title marks and a congress term dropped
    found = ranking(names, key, types)
    exact = len(found) <= CANDIDATES
    ranked = found[:CANDIDATES] + (ranking(vocabulary(), key, None) if exact and not types else [])
    facets: dict[str, int] = {}
    for _, _, name in ranked:
        facets[facet(name.types)] = facets.get(facet(name.types), 0) + 1
    items = [{"iri": iri, "label": name.label if name.alias else name.name, "types": list(name.types),
              "match": TIERS[placed[0]]} for iri, placed, name in ranked]
    return {"total": len(ranked), "total_exact": exact, "items": items, "facets": facets}


def queries(names: list[Name]) -> list[str]:
    """Whole names, aliases, prefixes, suffixes, middles, abbreviations, single characters, traditional
    script and misses, drawn from the store's own names (Han only: the terms a query shares with a name)."""
    pick = random.Random(13)
    keys = sorted({n.key for n in names})
    out = [*TRADITIONAL, *MISSES, *sorted({n.key for n in names if n.alias})[:10]]
    for key in pick.sample(keys, 24):
        cut = pick.randint(1, max(1, len(key) - 1))
        out += [key, key[:cut], key[cut:], key[cut // 2:cut + 2], key[::2], key[pick.randrange(len(key))]]
    return list(dict.fromkeys(q for q in out if q and all(is_han(c) for c in q)))


def holding(names: list[Name], q: str) -> int:
    """Names holding every character of ``q``'s key, in any order: more than any source of either store
    gives (Lucene's query for an abbreviation takes them all)."""
    chars = set(query(q).chars or search_key(q))
    return sum(chars <= set(n.key) for n in names)


def within_candidates(names: list[Name], q: str) -> bool:
    """No source of candidates is cut at :data:`CANDIDATES` for ``q``: then the engine sees every match."""
    return holding(names, q) < CANDIDATES


def ranked(answer: dict[str, Any]) -> dict[str, Any]:
    """``answer`` without a statistic hit's description of what and where (``label_en``, ``place``, round 36:
    ``tests/api/test_statistic_hits.py``), which no name in the index holds: the ranking this module checks."""
    return {**answer, "items": [{k: v for k, v in item.items() if k not in ("label_en", "place")}
                                for item in answer["items"]]}


def test_totals_facets_and_pages_equal_the_full_ranking(sample_store: Store) -> None:
    names = held(sample_store)
    asked = [q for q in queries(names) if within_candidates(names, q)]
    assert len(asked) > 90
    kinds = set()
    for q in asked:
        want = expected(names, q)
        assert want["total_exact"]
        assert ranked(sample_store.find(q, limit=CANDIDATES)) == want, q
        kinds |= {item["match"] for item in want["items"]}
    assert kinds == set(TIERS)  # every tier was met


def test_a_page_reads_a_window_of_names_and_says_when_its_counts_are_lower_bounds(sample_store: Store) -> None:
    """With the first page of 20, a source reads :func:`window` names when the page can do with them: a
    query no source holds more for is answered exactly as before; one read only in part (its page filled
    by the names that are the key, start with it or end with it) says its counts are not exact, counts no
    more than match (each facet too), and its page is the ranking's first page (exact names, then aliases,
    ...), as far as no source holds more than :data:`CANDIDATES` names."""
    names = held(sample_store)
    reach = window(0, 20)
    narrow = wide = 0
    suffixed = 0  # pages filled with names ending with the query, read only in part
    for q in queries(names) + ["法", "人", "中华人民共和国", "条例", "人大", "委员会", "人民政府", "法院"]:
        want = expected(names, q)
        found = ranked(sample_store.find(q, limit=20))
        if within_candidates(names, q):  # beyond, Lucene's best CANDIDATES by score decide (as before windows)
            assert found["items"] == want["items"][:20], q
        if holding(names, q) <= reach:
            narrow += 1
            assert found == {**want, "items": want["items"][:20]}, q
        if found["total_exact"]:
            assert found == {**want, "items": want["items"][:20]}, q
        else:
            wide += 1
            assert holding(names, q) > reach, q
            assert len(found["items"]) <= found["total"] < want["total"], q
            assert all(count <= want["facets"][facet] for facet, count in found["facets"].items()), q
            if within_candidates(names, q):  # cut at the window, not at CANDIDATES: the page was of tiers read in order
                assert {item["match"] for item in found["items"]} <= set(TIERS[:4]), q
                suffixed += "suffix" in {item["match"] for item in found["items"]}
                assert ranked(sample_store.find(q, limit=CANDIDATES)) == want, q  # a page that needs them all reads them all
    assert narrow > 60 and wide >= 5 and suffixed >= 1


def test_pages_run_across_tiers_and_types_filter_in_the_engine(sample_store: Store) -> None:
    names = held(sample_store)
    spread = [q for q in ["湿地", "法", "人大", "委员会", "保护"] if within_candidates(names, q)
              and len({item["match"] for item in expected(names, q)["items"]}) >= 3]
    assert spread
    for q in spread:
        want = expected(names, q)
        pages = [ranked(sample_store.find(q, limit=7, offset=offset)) for offset in range(0, want["total"] + 7, 7)]
        assert [item for page in pages for item in page["items"]] == want["items"], q
        for offset, page in zip(range(0, want["total"] + 7, 7), pages):  # a later page reads more names
            assert page["total"] == want["total"] if page["total_exact"] else page["total"] < want["total"], (q, offset)
            assert page["total_exact"] or holding(names, q) > window(offset, 7), (q, offset)
        for types in (["Law"], ["Organ", "AdministrativeArea"]):
            assert ranked(sample_store.find(q, types, limit=CANDIDATES)) == expected(names, q, types), (q, types)


def test_search_route_pages_and_counts(client: TestClient, sample_store: Store) -> None:
    names = held(sample_store)
    assert holding(names, "湿地") <= window(0, 3)
    want = expected(names, "湿地")
    first, second = (ranked(client.get("/search", params={"q": "湿地", "limit": 3, "offset": offset}).json())
                     for offset in (0, 3))
    assert first["items"] + second["items"] == want["items"][:6]
    assert first["total"] == second["total"] == want["total"] and first["facets"] == want["facets"]
    assert first["total_exact"] is second["total_exact"] is True


def test_search_route_says_when_a_broad_querys_counts_are_lower_bounds(client: TestClient,
                                                                       sample_store: Store) -> None:
    names = held(sample_store)
    q = "中华人民共和国"
    assert holding(names, q) > window(0, 10) and within_candidates(names, q)
    want = expected(names, q)
    page = ranked(client.get("/search", params={"q": q, "limit": 10}).json())
    assert page["total_exact"] is False and page["total"] < want["total"]
    assert page["items"] == want["items"][:10]
    every = ranked(client.get("/search", params={"q": q, "limit": CANDIDATES}).json())
    assert every["total_exact"] is True and every["total"] == want["total"] and every["facets"] == want["facets"]
    # typed: the facets count every kind (one search of its own, with the page's window), and those were cut
    laws = ranked(client.get("/search", params={"q": q, "type": "Law", "limit": 10}).json())
    assert laws["total_exact"] is False and laws["facets"] == page["facets"]
