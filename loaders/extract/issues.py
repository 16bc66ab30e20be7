"""Issues: an activity's subject mapped to the concepts of the issue scheme it names, or to none.

The scheme's Chinese labels are its keywords (ontology/issues.ttl). A subject
whose keywords all point to one concept gets it; keywords of several concepts
under one top concept give that top concept; keywords under several top
concepts give one concept per top concept, unless the activity's kind names
one of them; a subject naming no keyword gets none rather than a guess.
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


# The issue an activity's kind is about: among keywords of several top concepts (预算执行和其他财政收支的审计工作报告 names
# the budget and the audit), an audit's is the audit, a budget review's the budget, a filing review's the filing review
# (the Facts types of the extraction contract; the scheme's concepts of the same name).
KIND_ISSUES = {"audit_oversight": "audit", "budget_review": "budget", "filing_review": "congress-filing-review"}


def _keywords(words: str) -> set[tuple[str, str]]:
    """``(concept IRI, top concept IRI)`` of each keyword of the scheme ``words`` hold (see the module docstring)."""
    return {pair for _, pair in _automaton().iter_long(words)} if words else set()


def _concepts(found: set[tuple[str, str]], kind: str | None = None) -> list[str]:
    """The IRIs of the issue concepts the keywords ``found`` (:func:`_keywords`) name, one per top concept: a top
    concept's one concept found, or the top concept itself for several under it. Keywords under several top concepts
    give the concept of the activity's ``kind`` (:data:`KIND_ISSUES`) alone when they name it or a concept under it
    (an audit report's 预算执行 is the audit's subject, not a second issue); otherwise each top's: 农村生活污水治理 is
    about rural affairs and water pollution both, as a catalogue gives a record every subject it treats."""
    concepts = {c for c, _ in found}
    tops = {t for _, t in found}
    own = ISSUE + KIND_ISSUES[kind] if kind in KIND_ISSUES else None
    if len(concepts) == 1:
        return [*concepts]
    if own in concepts:
        return [own]
    if len(tops) == 1:
        return [*tops]
    if own in tops:
        return [own]
    under = {top: {c for c, t in found if t == top} for top in tops}
    return sorted(next(iter(named)) if len(named) == 1 else top for top, named in under.items())


def issues_of(subject: str, evidence: str = "", kind: str | None = None) -> list[str]:
    """The notations of the issue concepts an activity's subject names (:func:`_concepts`), sorted; [] for none. A
    subject that holds no keyword (none found, as for a dated report title: 关于2020年我省环境状况和环境保护目标完成情况的报告)
    is read from the activity's own words, ``evidence`` in simplified script (a fresh user's study, issue 13: a fifth of
    the environmental oversight carried no issue). Words naming concepts under several top concepts give each top's
    (a fresh user, round 25: 农村生活污水治理's special inquiry was missing from the ecology activities), or the issue of
    the activity's ``kind`` (a Facts type) alone when they name it (:data:`KIND_ISSUES`).

    >>> issues_of("湿地保护")
    ['ecology-nature']
    >>> issues_of("", "听取和审议关于2019年度环境质量状况和环保年度目标完成情况的报告")
    ['ecology']
    >>> issues_of("农村生活污水治理")
    ['agriculture-rural', 'ecology-water']
    >>> issues_of("", "关于2022年度市级预算执行和其他财政收支的审计工作报告", "audit_oversight")
    ['audit']
    >>> issues_of("")
    []
    """
    found = _keywords(subject) or _keywords(evidence)
    return [concept.removeprefix(ISSUE) for concept in _concepts(found, kind)]
