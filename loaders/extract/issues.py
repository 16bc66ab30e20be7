"""Issues: an activity's subject mapped to a concept of the issue scheme, or left unmapped.

The scheme's Chinese labels are its keywords (ontology/issues.ttl). A subject
whose keywords all point to one concept gets it; keywords of several concepts
under one top concept give that top concept; anything else stays unmapped
rather than guessed.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import ahocorasick
import pyoxigraph

ISSUE = "https://w3id.org/oversight-kg/id/issue/"
# Each Chinese label of a concept of the scheme, the concept and the top concept above it. Read with
# pyoxigraph rather than ontology.issue_keywords: rdflib's import and Turtle parser cost an extraction's
# start more CPU than the extraction itself (tests/loaders/test_extract_issues.py checks the two agree).
_KEYWORDS = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?keyword ?concept ?top WHERE {
  ?concept skos:inScheme <https://w3id.org/oversight-kg/id/issue-scheme> ; skos:prefLabel|skos:altLabel ?keyword .
  FILTER(lang(?keyword) = "zh")
  ?concept skos:broader* ?top .
  FILTER NOT EXISTS { ?top skos:broader ?above }
}"""


def _issues_ttl() -> Path:
    """ontology/issues.ttl, found without importing the ontology package (which imports rdflib)."""
    spec = importlib.util.find_spec("ontology")
    assert spec is not None and spec.submodule_search_locations, "the ontology package is installed with loaders"
    return Path(next(iter(spec.submodule_search_locations))) / "issues.ttl"


@lru_cache(maxsize=1)
def keywords() -> dict[str, tuple[str, str]]:
    """Each Chinese keyword of the issue scheme → (its concept's IRI, its top concept's IRI)."""
    store = pyoxigraph.Store()
    store.load(path=str(_issues_ttl()), format=pyoxigraph.RdfFormat.TURTLE)
    return {row["keyword"].value: (row["concept"].value, row["top"].value) for row in store.query(_KEYWORDS)}


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for keyword, pair in keywords().items():
        auto.add_word(keyword, pair)
    auto.make_automaton()
    return auto


def issue_of(subject: str) -> str | None:
    """The notation of the issue concept a subject names, or None.

    >>> issue_of("湿地保护")
    'ecology-nature'
    >>> issue_of("") is None
    True
    """
    if not subject:
        return None
    found = {pair for _, pair in _automaton().iter_long(subject)}
    concepts = {c for c, _ in found}
    tops = {t for _, t in found}
    chosen = concepts.pop() if len(concepts) == 1 else tops.pop() if len(tops) == 1 else None
    return chosen.removeprefix(ISSUE) if chosen else None
