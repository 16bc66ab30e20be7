"""The README's data-model table says what the graph holds: every class and relationship it names
is used in a store holding the real reports the repository ships (the bundled samples and the
genre corpus's dev half; the held-back half stays unread) beside its reference graphs (the
ontology with the issue scheme, the law catalog) — issue 11, item 8."""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from api.ingest import REFERENCE_GRAPHS
from loaders import load
from ontology import OKG

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted([*(ROOT / "api" / "samples").glob("*.txt"), *(ROOT / "benchmarks" / "genre" / "dev").glob("*.txt")])


def _data_model_rows() -> list[list[str]]:
    """The cells of the table under the README's "## Data model" heading."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Data model", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in section.splitlines() if line.startswith("| `")]
    return [[cell.strip() for cell in row] for row in rows]


def _terms(cells: list[str]) -> set[str]:
    """The okg terms named in backticks (prefixed names such as `foaf:Person` are alignments, not data)."""
    return {name for cell in cells for name in re.findall(r"`([A-Za-z]+)`", cell)}


CLASSES = sorted(_terms([row[0] for row in _data_model_rows()]))
PROPERTIES = sorted(_terms([row[3] for row in _data_model_rows()]) - set(CLASSES))


@cache
def _graph(index: int) -> Graph:
    """Graph ``index`` of the store's contents: 0 the reference graphs, then each report of :data:`REPORTS` in turn,
    built on first use (extracting every report took about 25 s; most terms show in the reference graphs and the
    first samples)."""
    if index == 0:
        union = Graph()
        for _, _, build in REFERENCE_GRAPHS:
            union += build("")
        return union
    return load(REPORTS[index - 1]).graph


def _stated(pattern: tuple[URIRef | None, URIRef | None, URIRef | None]) -> bool:
    """Whether any graph of the store holds a triple matching ``pattern``: the graphs read in order until one does."""
    return any(pattern in _graph(index) for index in range(len(REPORTS) + 1))


def test_the_table_names_the_core_classes_and_relationships() -> None:
    assert {"Report", "Law", "Organ", "AdministrativeArea", "OversightActivity", "Statistic"} <= set(CLASSES)
    assert {"publishedBy", "conductedBy", "concernsLaw", "within", "jurisdiction"} <= set(PROPERTIES)


@pytest.mark.parametrize("name", CLASSES)
def test_every_class_in_the_table_has_instances_in_the_samples(name: str) -> None:
    assert _stated((None, RDF.type, URIRef(OKG[name]))), f"README names okg:{name}; no report has one"


@pytest.mark.parametrize("name", PROPERTIES)
def test_every_relationship_in_the_table_is_stated_in_the_samples(name: str) -> None:
    assert _stated((None, URIRef(OKG[name]), None)), f"README names okg:{name}; no report states it"
