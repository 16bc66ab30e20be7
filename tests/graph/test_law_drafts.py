"""A law the reports name only as a draft (a bill, 草案) is no law never inspected, on both stores: the laws
table leaves it out unless asked (``drafts``) and marks it ``draft_only``; a law also inspected or named
without a draft's note stays a law; the kept views follow writes and deletions as a build from scratch does."""
from __future__ import annotations

from rdflib import URIRef

from graph import Store, tables
from law_drafts import CITED, DRAFTS, INSPECTED, report, with_draft_reports


def _table(db: Store, **filters: object) -> dict[str, bool]:
    return {law["iri"]: law["draft_only"] for law in db.laws(**filters)}  # type: ignore[arg-type]


def test_a_law_named_only_as_a_draft_is_no_law_never_inspected(store: Store) -> None:
    with_draft_reports(store)
    assert _table(store, inspected=False) == {CITED: False}
    assert _table(store, inspected=True) == {INSPECTED: False}
    assert _table(store) == {CITED: False, INSPECTED: False}
    assert _table(store, drafts=True) == {CITED: False, INSPECTED: False, **dict.fromkeys(DRAFTS, True)}
    assert _table(store, inspected=False, drafts=True) == {CITED: False, **dict.fromkeys(DRAFTS, True)}


def test_the_kept_views_follow_drafts_as_a_build_from_scratch(store: Store) -> None:
    first, second = report("drafts-2023.txt"), report("drafts-2024.txt")
    steps = [lambda: store.upsert_report(second.iri, second.graph, second.content_hash),
             lambda: store.upsert_report(first.iri, first.graph, first.content_hash),
             lambda: store.delete_report(URIRef(first.iri))]
    for step in steps:
        step()
        for drafts in (False, True):
            assert store.laws(drafts=drafts) == tables.laws(store, None, drafts=drafts)
    # the inspecting report gone, the law the other names only as a bill leaves the table of laws
    assert _table(store, drafts=True) == {INSPECTED: True, CITED: True}
    assert _table(store) == {}
