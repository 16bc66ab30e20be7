"""The README's example queries run as written and answer on the sample corpus."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from api.settings import Settings
from api_helpers import EMBEDDED_ONLY, NEO4J_ONLY
from graph import Store

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUESTIONS = README[README.index("## Questions analysts ask"):]
PREFIXES = ("PREFIX okg: <https://w3id.org/oversight-kg/ontology#>\n"
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n")
PARAMETERS = {"law": "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法",
              "organ": "https://w3id.org/oversight-kg/id/organ/武汉市新洲区人民代表大会常务委员会"}


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", QUESTIONS, flags=re.S)


def test_there_are_five_questions_in_both_languages() -> None:
    assert len(blocks("sparql")) == len(blocks("cypher")) == 5


@EMBEDDED_ONLY
@pytest.mark.parametrize("query", blocks("sparql"), ids=lambda q: q.split("\n")[0][:40])
def test_sparql_example_answers(sample_store: Store, query: str) -> None:
    assert sample_store.sparql(PREFIXES + query)["results"]["bindings"]


@NEO4J_ONLY
@pytest.mark.parametrize("query", blocks("cypher"), ids=lambda q: q.split("\n")[0][:40])
def test_cypher_example_answers(sample_store: Store, query: str) -> None:
    wanted = {name: PARAMETERS[name] for name in re.findall(r"\$(\w+)", query)}
    assert sample_store.cypher(query, wanted)


def test_every_setting_the_code_reads_is_documented() -> None:
    code = "".join(p.read_text(encoding="utf-8") for package in ("api", "graph", "loaders", "ontology")
                   for p in (ROOT / package).rglob("*.py"))
    settings = set(re.findall(r"(?:environ\.get\(|envvar=)\s*\"((?:OKG|NEO4J)_[A-Z0-9_]+)\"", code))
    settings |= {f"OKG_{name.upper()}" for name in Settings.model_fields}  # pydantic-settings, prefix OKG_
    undocumented = sorted(name for name in settings if f"`{name}`" not in README)
    assert settings and undocumented == []
