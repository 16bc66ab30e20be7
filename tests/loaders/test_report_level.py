"""A report's level (``okg:level``): its header's ``level:``, else the level its organ's name states, else the level of
the area read from its text; never the level of the deepest area the text resolves when that is another."""
from __future__ import annotations

import pytest
from rdflib import Literal

from loaders import extracted
from loaders.build import build
from loaders.extract.metadata import LEVEL_NAMES
from loaders.document import Document
from loaders.read.text import header_level
from ontology import OKG, validate

TEXT = "2023年，常委会听取和审议了关于《中华人民共和国湿地保护法》实施情况的报告，全年召开会议6次。"


def _level(organ: str | None, level: str | None, text: str = TEXT) -> tuple[set[str], set[str]]:
    """The levels the built graph states of its report, and the division codes of the report's areas."""
    meta = {"year": "2023", **({"organ": organ} if organ else {}), **({"level": header_level(level, "level")} if level else {})}
    doc = Document(text=text, source="r.txt", metadata=meta)
    built = build(doc, extracted(doc))
    assert validate(built.graph) == []
    areas = {str(a).rsplit("/", 1)[1] for a in built.graph.objects(built.iri, OKG.jurisdiction)}
    return {str(v) for v in built.graph.objects(built.iri, OKG.level)}, areas


@pytest.mark.parametrize(("organ", "level", "expected"), [
    ("姚安县适中彝族乡人民代表大会", "township", "township"),  # placed in 姚安县
    ("射洪县万林乡人民代表大会主席团", "乡", "township"),
    ("廣州市天河區人民代表大會常務委員會前進街道工作委員會", "街道", "township"),  # placed in 天河区
    ("县人民代表大会常务委员会（德州市属县，县名未载）", "县级", "county"),  # placed in 德州市
    ("乡人民代表大会主席团（乡名未载）", "乡镇", "township"),  # placed nowhere
    ("湖北省人民代表大会常务委员会", "省级", "province"),  # a header's provincial is the areas' province
    ("全国人民代表大会常务委员会", "全国", "national"),
    # a header contradicting its organ is still the report's level (and warned about)
    ("武汉市新洲区人民代表大会常务委员会", "township", "township"),
])
def test_the_header_s_level_is_the_report_s(organ: str, level: str, expected: str) -> None:
    assert _level(organ, level)[0] == {expected}


@pytest.mark.parametrize(("organ", "expected"), [
    ("湖北省人大常委会", "province"),  # an area the gazetteer holds
    ("桐乡市人民代表大会常务委员会梧桐街道工作委员会", "township"),  # a street's committee of a county-level city's
    ("县人民代表大会常务委员会（德州市属县，县名未载）", "county"),  # its level word, not its note's city
    ("縣人大常委會（縣名未載）", "county"),
    ("乡人民代表大会主席团", "township"),
    ("街道人大工委", "township"),
    ("全国人大常委会", "national"),
])
def test_without_a_level_the_organ_s_name_gives_it(organ: str, expected: str) -> None:
    assert _level(organ, None)[0] == {expected}


@pytest.mark.parametrize("organ", [
    "安吉縣人民代表大會常務委員會", "安吉县人大常委会", "县人大常委会", "县人民代表大会常务委员会", "縣人大常委會（縣名未載）",
    "乡人民代表大会主席团", "市人大常委会", "湖北省人大常委会", "廣州市天河區人民代表大會常務委員會",
])
def test_the_facts_give_the_level_the_graph_states(organ: str) -> None:
    """The Facts JSON's ``report`` (``okg extract``) has the level ``/reports`` shows, from a header organ in either
    script or naming no place (a fresh analyst's: 機關 and 县人大常委会 gave the graph county and the Facts none)."""
    doc = Document(text=TEXT, source="r.txt", metadata={"organ": organ, "year": "2023"})
    assert LEVEL_NAMES[extracted(doc).report["level"]] in _level(organ, None)[0]


def test_without_a_level_or_organ_the_text_s_area_gives_it() -> None:
    assert _level(None, None, "2023年，新洲区人大常委会依法开展执法检查，全年召开会议6次。") == ({"county"}, {"420117"})


def test_a_report_that_says_nothing_of_its_level_states_none() -> None:
    assert _level(None, None)[0] == set()


@pytest.mark.parametrize("values", [("county", "township"), ("provincial",), ("县",), ("County",)])
def test_the_shapes_refuse_two_levels_or_a_word_not_of_the_five(values: tuple[str, ...]) -> None:
    doc = Document(text=TEXT, source="r.txt", metadata={"organ": "湖北省人民代表大会常务委员会", "year": "2023"})
    built = build(doc, extracted(doc))
    built.graph.remove((built.iri, OKG.level, None))
    for value in values:
        built.graph.add((built.iri, OKG.level, Literal(value)))
    assert any("level" in line for line in validate(built.graph))
