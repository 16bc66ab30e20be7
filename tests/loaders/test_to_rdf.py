"""The RDF builder: every sample report's graph conforms to the shapes, IRIs are stable."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS

from loaders import load
from ontology import OKG, validate

SAMPLES = sorted((Path(__file__).parents[2] / "api" / "samples").glob("*.txt"))


@pytest.fixture(scope="module")
def graphs() -> dict[str, object]:
    return {path.name: load(path) for path in SAMPLES}


@pytest.mark.parametrize("name", [p.name for p in SAMPLES])
def test_every_sample_graph_conforms_to_the_shapes(graphs: dict, name: str) -> None:
    assert validate(graphs[name].graph) == []


@pytest.mark.parametrize("name", [p.name for p in SAMPLES])
def test_every_evidence_span_slices_the_report_text(graphs: dict, name: str) -> None:
    report = graphs[name]
    text = str(report.graph.value(report.iri, OKG.fullText))
    spans = 0
    for node in report.graph.subjects(OKG.evidenceText, None):
        start = int(report.graph.value(node, OKG.startOffset))
        end = int(report.graph.value(node, OKG.endOffset))
        assert text[start:end] == str(report.graph.value(node, OKG.evidenceText))
        spans += 1
    assert spans > 0


def test_every_activity_kind_is_also_an_oversight_activity(graphs: dict) -> None:
    for report in graphs.values():
        for kind in (OKG.LawEnforcementInspection, OKG.SpecialInquiry, OKG.WorkReportReview):
            for node in report.graph.subjects(RDF.type, kind):
                assert (node, RDF.type, OKG.OversightActivity) in report.graph


def test_the_same_law_is_one_iri_across_reports(graphs: dict) -> None:
    iris: dict[str, set[str]] = {}
    reports: dict[str, int] = {}
    for report in graphs.values():
        g = report.graph
        for law in set(g.subjects(RDF.type, OKG.Law)):
            title = str(g.value(law, RDFS.label))
            iris.setdefault(title, set()).add(str(law))
            reports[title] = reports.get(title, 0) + 1
    assert all(len(found) == 1 for found in iris.values())
    assert any(n >= 2 for n in reports.values())  # some law is named in several samples


def test_rebuilding_gives_the_same_graph(graphs: dict) -> None:
    from rdflib.compare import isomorphic

    again = load(SAMPLES[0])
    assert isomorphic(again.graph, graphs[SAMPLES[0].name].graph)
    assert again.content_hash == graphs[SAMPLES[0].name].content_hash
