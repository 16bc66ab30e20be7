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


def _concept(words: str) -> str | None:
    """The IRI of the issue concept ``words`` name (see the module docstring), or None."""
    found = {pair for _, pair in _automaton().iter_long(words)}
    concepts = {c for c, _ in found}
    tops = {t for _, t in found}
    return concepts.pop() if len(concepts) == 1 else tops.pop() if len(tops) == 1 else None


def _names_a_concept(words: str) -> bool:
    """Whether ``words`` hold any keyword of the scheme."""
    return next(_automaton().iter_long(words), None) is not None


def issue_of(subject: str, evidence: str = "") -> str | None:
    """The notation of the issue concept an activity's subject names, or None; a subject that holds no keyword
    (none found, as for a dated report title: 关于2020年我省环境状况和环境保护目标完成情况的报告) is read from the
    activity's own words, ``evidence`` in simplified script (a fresh user's study, issue 13: a fifth of the
    environmental oversight carried no issue). A subject naming concepts under two top concepts stays unmapped.

    >>> issue_of("湿地保护")
    'ecology-nature'
    >>> issue_of("", "听取和审议关于2019年度环境质量状况和环保年度目标完成情况的报告")
    'ecology'
    >>> issue_of("") is None
    True
    """
    words = subject if subject and _names_a_concept(subject) else evidence
    chosen = _concept(words) if words else None
    return chosen.removeprefix(ISSUE) if chosen else None
