"""Issues: an activity's subject mapped to a concept of the issue scheme, or left unmapped.

The scheme's Chinese labels are its keywords (ontology/issues.ttl). A subject
whose keywords all point to one concept gets it; keywords of several concepts
under one top concept give that top concept; anything else stays unmapped
rather than guessed.
"""
from __future__ import annotations

from functools import lru_cache

import ahocorasick

from ontology import ISSUE, issue_keywords


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    narrow, top = issue_keywords(), issue_keywords(top_level=True)
    auto = ahocorasick.Automaton()
    for keyword, concept in narrow.items():
        auto.add_word(keyword, (str(concept), str(top[keyword])))
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
    return chosen.removeprefix(str(ISSUE)) if chosen else None
