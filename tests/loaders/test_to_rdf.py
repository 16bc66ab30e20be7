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
        for law in set(g.subjects(RDF.type, OKG.Law)) - set(g.subjects(RDF.type, OKG.AmbiguousLawTitle)):
            title = str(g.value(law, RDFS.label))  # an ambiguous title is the title of one reading, but no law of it
            iris.setdefault(title, set()).add(str(law))
            reports[title] = reports.get(title, 0) + 1
    assert all(len(found) == 1 for found in iris.values())
    assert any(n >= 2 for n in reports.values())  # some law is named in several samples


def test_rebuilding_gives_the_same_graph(graphs: dict) -> None:
    from rdflib.compare import isomorphic

    again = load(SAMPLES[0])
    assert isomorphic(again.graph, graphs[SAMPLES[0].name].graph)
    assert again.content_hash == graphs[SAMPLES[0].name].content_hash


def test_a_multi_year_report_states_its_range_on_the_report_and_its_facts(tmp_path: Path) -> None:
    from rdflib import Literal, XSD

    from loaders import read
    from loaders.build import build
    from loaders.extract import extract

    path = tmp_path / "five-years.txt"
    path.write_text("organ: 某市人民代表大会常务委员会\nyear: 2017—2021\n\n五年来，常委会对森林法、水法开展执法检查，"
                    "共开展执法检查11项。\n", encoding="utf-8")
    doc = read(path)
    report = build(doc, extract(doc))
    g = report.graph
    facts = [*g.subjects(RDF.type, OKG.OversightActivity), *g.subjects(RDF.type, OKG.Statistic)]
    assert facts
    for node in [report.iri, *facts]:
        assert (g.value(node, OKG.yearFrom), g.value(node, OKG.yearTo)) == (
            Literal(2017, datatype=XSD.integer), Literal(2021, datatype=XSD.integer))
    assert not list(g.triples((None, OKG.year, None))) and not list(g.triples((None, OKG.coversYear, None)))
    assert validate(g) == []


def test_a_report_is_named_by_its_url_or_its_text_never_its_file_name(tmp_path: Path) -> None:
    from loaders import read
    from loaders.build.report import report_iri

    def named(relative: str, text: str) -> str:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return str(report_iri(read(path)))

    first, second = named("a/report.txt", "甲报告。\n"), named("b/report.txt", "乙报告。\n")
    assert first != second and "report.txt" not in first
    assert named("c/copy.txt", "甲报告。\r\n") == first
    assert named("d/report.txt", "url: https://www.example.gov.cn/a/1.html?id=2\n\n甲报告。\n").endswith(
        "/report/www.example.gov.cn/a/1.html%3Fid=2")
