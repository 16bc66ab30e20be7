"""``q=`` on the law listings (``/laws``, ``/coverage``): the laws whose title holds the words asked.

newuser36 B3 (round 51): ``/laws`` took no ``q=``, so an analyst looking for one law in the table went to ``/search``
or ``/laws/{title}``. The words are compared as ``/search`` compares names (:func:`ontology.textform.search_key`:
traditional → simplified, full width → half, one form of brackets, no white space, case folded), each word of the
query (split at white space and list commas) in the title, with the marks around a title (《》〈〉, quotes) dropped:
``q=安全生產法`` and ``q=《安全生产法》`` and ``q=安全生产 条例`` find 《中华人民共和国安全生产法》 and the province's
安全生产条例 as their words allow. newuser37 B3 (round 51): ``q`` also finds the laws the ``law`` filter of
``/activities`` resolves it to (a short title, an abbreviation a report defines: 下称“反电诈法”), by the same
matcher (:func:`api.vocabulary.laws_named`). A filter, not a ranking: the listing keeps its order, and its other filters and
files (CSV, XLSX) apply as without ``q``.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Annotated, Any

from fastapi import HTTPException, Query

from api.vocabulary import laws_named
from graph import Store
from ontology.textform import search_key

TitleQuery = Annotated[str | None, Query(max_length=200, description=(
    "Words of the law's title, each in it (split at spaces and commas), compared as /search compares names: "
    "simplified or traditional, full or half width, with or without 《》: 安全生產法, 《森林法》, '安全生产 条例'; "
    "also the laws /activities?law= reads it as (a short title, an abbreviation a report defines: 反电诈法)."),
    examples=["安全生产法", "森林 条例"])]
#: Where a query's words part: white space and the list commas (、，, ;；).
_PARTS = re.compile(r"[\s,，、;；]+")
#: The marks around a title, never part of the title a row holds (its label).
_MARKS = str.maketrans("", "", "《》〈〉“”‘’「」『』\"'")


def words(q: str) -> list[str]:
    """The words of ``q`` as titles are compared (:func:`ontology.textform.search_key`), marks dropped; 422 when
    nothing is left (``q=《》``): an empty filter would list every law as if it matched.

    >>> words("《安全生產法》  條例")
    ['安全生产法', '条例']
    """
    found = [key for part in _PARTS.split(q) if (key := search_key(part).translate(_MARKS))]
    if not found:
        raise HTTPException(422, f"q: {q!r} holds no word of a title (give part of one: q=安全生产法)")
    return found


def titled(rows: Sequence[Mapping[str, Any]], q: str | None, store: Store) -> Sequence[Mapping[str, Any]]:
    """The rows (each with a ``title`` and ``iri``) whose title holds every word of ``q`` (:func:`words`), and those
    of the laws ``q`` names as the ``law`` filter reads a name (:func:`api.vocabulary.laws_named`: a short title, an
    abbreviation); ``rows`` itself when ``q`` is None or blank (a table the store shares, whose JSON pages the route
    keeps)."""
    if q is None or not q.strip():
        return rows
    wanted, named = words(q), laws_named(store, q)
    return [row for row in rows for title in (search_key(row["title"] or ""),)
            if all(w in title for w in wanted) or row["iri"] in named]
