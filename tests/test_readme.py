"""The README's example queries run as written and answer on the sample corpus."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.ingest import expand, ingest
from graph import Store

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUESTIONS = README[README.index("## Questions analysts ask"):]
PREFIXES = ("PREFIX okg: <https://w3id.org/oversight-kg/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
PARAMETERS = {"law": "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法",
              "organ": "https://w3id.org/oversight-kg/id/organ/武汉市新洲区人民代表大会常务委员会"}


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", QUESTIONS, flags=re.S)


def filled(db: Store) -> Store:
    results = ingest(expand([ROOT / "api" / "samples"]), db)
    assert all(r.outcome != "failed" for r in results)
    return db


@pytest.fixture(scope="module")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    from graph.embedded_store import EmbeddedStore

    with EmbeddedStore(tmp_path_factory.mktemp("readme")) as db:
        yield filled(db)


@pytest.fixture(scope="module")
def neo4j(neo4j_server) -> Iterator[Store]:
    from graph.neo4j_store import Neo4jStore

    with Neo4jStore(neo4j_server.uri, neo4j_server.user, neo4j_server.password) as db:
        db._driver.execute_query("MATCH (n) DETACH DELETE n")
        yield filled(db)


def test_there_are_five_questions_in_both_languages() -> None:
    assert len(blocks("sparql")) == len(blocks("cypher")) == 5


@pytest.mark.parametrize("query", blocks("sparql"), ids=lambda q: q.split("\n")[0][:40])
def test_sparql_example_answers(embedded: Store, query: str) -> None:
    assert embedded.sparql(PREFIXES + query)["results"]["bindings"]


@pytest.mark.neo4j
@pytest.mark.parametrize("query", blocks("cypher"), ids=lambda q: q.split("\n")[0][:40])
def test_cypher_example_answers(neo4j: Store, query: str) -> None:
    wanted = {name: PARAMETERS[name] for name in re.findall(r"\$(\w+)", query)}
    assert neo4j.cypher(query, wanted)


def test_every_setting_the_code_reads_is_documented() -> None:
    code = "".join(p.read_text(encoding="utf-8") for package in ("api", "graph", "loaders", "ontology")
                   for p in (ROOT / package).rglob("*.py"))
    settings = set(re.findall(r"(?:environ\.get\(|envvar=)\s*\"((?:OKG|NEO4J)_[A-Z0-9_]+)\"", code))
    undocumented = sorted(name for name in settings if f"`{name}`" not in README)
    assert settings and undocumented == []
