"""The laws table, coverage and the deputies kept between writes equal the ones built from scratch, on both
stores, after random sequences of upserts, replacements and deletions of the sample reports."""
from __future__ import annotations

import os
import random

from rdflib import RDFS, Graph, Literal, URIRef

from graph import Store, deputies, tables
from graph.canonical import content_hash
from loaders import ReportGraph

# Steps per random sequence, and sequences: a few in the suite; OKG_VIEW_STEPS=40 runs longer ones.
STEPS = int(os.environ.get("OKG_VIEW_STEPS", "6"))
SEQUENCES = 2


def _variant(report: ReportGraph, rng: random.Random) -> tuple[Graph, str]:
    """The report with about a quarter of its triples left out and one node given another label
    (a label other reports may read: an organ's, a law's)."""
    triples = sorted(report.graph, key=lambda t: t[0].n3() + t[1].n3() + t[2].n3())
    graph = Graph()
    for triple in triples:
        if rng.random() > 0.25:
            graph.add(triple)
    labelled = sorted({s for s, _, _ in report.graph.triples((None, RDFS.label, None))}, key=str)
    if labelled:
        graph.add((rng.choice(labelled), RDFS.label, Literal(f"别名{rng.randrange(3)}")))
    return graph, content_hash(graph)


def _same_as_scratch(db: Store, year: int) -> None:
    assert db.laws() == tables.laws(db, None)
    assert db.laws(inspected=True, level="法律") == tables.laws(db, True, level="法律")
    assert db.laws(year=year) == tables.laws(db, None, year=year)
    assert db.coverage() == tables.coverage(db)
    assert db.deputies() == deputies.deputies(db)
    assert db._law_views._state is not None  # the views were updated, not built anew


def test_views_kept_by_diffs_equal_a_build_from_scratch(store: Store, corpus: list[ReportGraph]) -> None:
    reports = corpus[:6]
    for seed in range(SEQUENCES):
        rng = random.Random(seed)
        _same_as_scratch(store, 2023)
        for _ in range(STEPS):
            report = rng.choice(reports)
            move = rng.choice(("upsert", "variant", "delete", "swap"))
            if move == "upsert":
                store.upsert_report(report.iri, report.graph, report.content_hash)
            elif move == "variant":
                store.upsert_report(report.iri, *_variant(report, rng))
            elif move == "delete":
                store.delete_report(report.iri)
            else:  # one transaction: one report replaced, another deleted
                other = rng.choice([r for r in reports if r.iri != report.iri])
                store.replace_graphs([(report.iri, *_variant(report, rng)), (URIRef(other.iri), None, "")])
            _same_as_scratch(store, rng.choice((2021, 2022, 2023)))


def test_coverage_counted_from_the_entries_equals_coverage_of_the_sourced_table(
        store: Store, corpus: list[ReportGraph], catalog: ReportGraph) -> None:
    """Coverage counts the laws table's entries as they are (round 37): the same answer, whatever inspections are
    chosen, as counting the table whose every statement names its source, which coverage built and dropped before."""
    for report in [*corpus, catalog]:
        store.upsert_report(report.iri, report.graph, report.content_hash)
    organ = next(row["iri"] for row in store.organs() if row["inspections"])
    area = next(code for code, row in store.areas()["areas"].items() if row["laws_inspected"])
    described = store.describe(cls="Law", keys=tables.LAW_KEYS)
    read = tables.readings(store, described)
    chosen: list[dict] = [{}, {"year": 2023}, {"year": (2020, 2022)}, {"report_level": "county"}, {"organ": organ},
                          {"jurisdiction": area}, {"level": "法律"}, {"category": "行政法"}]
    for asked in chosen:
        inspections = {k: v for k, v in asked.items() if k in ("year", "report_level", "organ", "jurisdiction")}
        sourced = tables.laws(store, None, **inspections)
        expected = tables.coverage_of(described.values(), sourced, asked.get("level"), asked.get("category"), read)
        assert store.coverage(**asked) == expected, asked
    assert any(row["times_inspected"] for row in store.coverage()["laws"])


def test_readings_are_the_candidate_links_of_every_ambiguous_title_kept_until_a_write(
        store: Store, corpus: list[ReportGraph], catalog: ReportGraph) -> None:
    """An ambiguous title's readings are its ``okg:candidate`` links, as every relationship of it gives them (round 47
    reads its outgoing links only), kept with the law views and read again after a write that changes them."""
    for report in [*corpus, catalog]:
        store.upsert_report(report.iri, report.graph, report.content_hash)

    def linked() -> dict[str, set[str]]:
        described = store.describe(cls="Law", keys=tables.LAW_KEYS)
        ambiguous = sorted(iri for iri, d in described.items() if "AmbiguousLawTitle" in d.types)
        return {iri: {o for s, p, o in store.edges(ambiguous) if s == iri and p == "candidate"} for iri in ambiguous}

    def kept() -> dict[str, set[str]]:
        return {iri: {c["iri"] for c in r["candidates"]} for iri, r in store._law_views.readings(store).items()}

    before = linked()
    assert before and all(before.values())  # the samples hold ambiguous titles with their readings
    assert kept() == before == {iri: {c["iri"] for c in r["candidates"]} for iri, r in tables.readings(
        store, store.describe(cls="Law", keys=tables.LAW_KEYS)).items()}
    assert store._law_views.readings(store) is store._law_views.readings(store)  # kept, not read again
    title, readings = next(iter(before.items()))
    for holder in [r for r in corpus if (URIRef(title), None, None) in r.graph]:  # each report stating its readings
        graph = Graph()
        for triple in holder.graph:
            if not (triple[0] == URIRef(title) and str(triple[1]).endswith("#candidate")
                    and str(triple[2]) == min(readings)):
                graph.add(triple)
        store.upsert_report(holder.iri, graph, content_hash(graph))
    assert kept() == linked() != before
