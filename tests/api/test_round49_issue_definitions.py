"""An issue's 定义 in the UI's language (round 49, newuser34 B8: the Chinese explorer showed "Housing supply, renovation
and property management." for 住房): every concept of the issue scheme states its ``skos:definition`` in Chinese and in
English, the API gives both, and the explorer shows the one of its language."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from api_helpers import open_explorer
from ontology import iri as iris

HOUSING = f"{iris.base()}issue/urban-housing"


def _scheme() -> Graph:
    return Graph().parse(Path(__file__).parents[2] / "ontology" / "issues.ttl")


def test_every_issue_states_one_definition_in_each_language() -> None:
    scheme = _scheme()
    concepts = set(scheme.subjects(SKOS.inScheme, None))
    assert len(concepts) > 40
    for concept in concepts:
        said = [d for d in scheme.objects(concept, SKOS.definition) if isinstance(d, Literal)]
        assert sorted(d.language for d in said) == ["en", "zh"], concept
        zh = next(str(d) for d in said if d.language == "zh")
        assert re.search(r"[\u4e00-\u9fff]", zh) and not re.search(r"[A-Za-z]", zh), (concept, zh)


def test_the_api_gives_an_issues_definition_in_both_languages(client: TestClient) -> None:
    answer = client.get(f"/entities/{HOUSING.removeprefix(iris.base())}")
    assert answer.status_code == 200, answer.text
    definitions = answer.json()["properties"]["definition"]
    assert sorted(definitions) == sorted(["Housing supply, renovation and property management.", "住房供应、住房改造和物业管理。"])


@pytest.fixture(scope="module")
def page(chromium: Any, live_server: str) -> Iterator[Any]:
    yield from open_explorer(chromium, live_server)


def test_the_explorer_shows_an_issues_definition_in_its_language(page: Any) -> None:
    page.evaluate("(iri) => okg.showDetails(iri)", HOUSING)
    page.wait_for_selector("#details dl.props")
    shown = page.inner_text("#details dl.props")
    assert "住房供应、住房改造和物业管理。" in shown and "Housing supply" not in shown, shown
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#details dl.props')?.innerText.includes('Housing supply')")
    assert "住房供应" not in page.inner_text("#details dl.props")
    page.click("#lang-toggle")
