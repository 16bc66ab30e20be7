"""The level words a report header's ``level:`` takes (``loaders/lexicon/data/level-words.csv``): the genre's own words
for each level in either script, English ones, and a word no table holds warned about rather than failing the report
(a fresh user's study 7, F6: 区县, 地区, 盟, 副省级, 计划单列市, 市辖区, prefecture and county-level each failed a report)."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders import extracted
from loaders.build import build
from loaders.lexicon.patterns import LEVEL_OF_CHAR, LEVELS
from loaders.read import ReadError, read
from loaders.read.text import header_level, level_words
from ontology import OKG


@pytest.mark.parametrize(("written", "level"), [
    ("区县", "county"), ("區縣", "county"), ("县区", "county"), ("縣區", "county"), ("区县级", "county"),
    ("市辖区", "county"), ("市轄區", "county"), ("county-level", "county"), ("County Level", "county"),
    ("district", "county"), ("县级市", "county"),
    ("地区", "city"), ("地區", "city"), ("盟", "city"), ("副省级", "city"), ("副省級", "city"), ("副省级城市", "city"),
    ("计划单列市", "city"), ("計劃單列市", "city"), ("自治州", "city"), ("prefecture", "city"),
    ("Prefecture-level", "city"), ("sub-provincial", "city"),
    ("自治区", "provincial"), ("直轄市", "provincial"), ("province", "provincial"),
    ("街道", "township"), ("鄉鎮", "township"), ("town", "township"),
    ("中央", "national"), ("nationwide", "national"),
])
def test_the_genre_s_level_words_are_read_in_either_script(written: str, level: str) -> None:
    assert header_level(written, "level") == level


@pytest.mark.parametrize("written", ["村级", "村", "省市", "市县", "县乡", "countryside", "prefect", "级", "地", "副"])
def test_near_misses_and_two_levels_at_once_are_no_level(written: str) -> None:
    """A village is no level of the state's congresses, and two levels at once (省市, 市县) are none of them."""
    with pytest.raises(ReadError):
        header_level(written, "level")


def test_the_table_holds_every_relative_level_word_of_the_extractor_at_its_level() -> None:
    """One table of level words: each level word the extractor reads before an organ's ending (区人大常委会, 自治州政府)
    is a header's level word too, alone and with 级, at the same level, and every row names one of the levels."""
    words = level_words()
    assert set(words.values()) <= set(LEVELS)
    for word, level in LEVEL_OF_CHAR.items():
        assert words[word] == words[word + "级"] == level, word


@pytest.mark.parametrize(("level", "organ", "expected"), [
    ("村级", "湖北省人民代表大会常务委员会", "province"),
    ("county-town", "武汉市新洲区人民代表大会常务委员会", "county"),
    ("县？", "崇明区人大常委会", "county"),  # an annotator's mark on a level: the organ says it all the same
    ("三级", "长沙市人民代表大会常务委员会", "city"),
])
def test_a_header_level_no_table_holds_is_a_warning_and_the_organ_gives_the_level(
        tmp_path: Path, level: str, organ: str, expected: str) -> None:
    path = tmp_path / "r.txt"
    path.write_text(f"organ: {organ}\nlevel: {level}\nyear: 2023\n\n常委会开展《中华人民共和国森林法》执法检查。\n",
                    encoding="utf-8")
    doc = read(path)
    facts = extracted(doc)
    warned = [w for w in facts.warnings if repr(level) in w]
    assert len(warned) == 1 and warned[0].startswith("header field level:") and "organ" in warned[0]
    built = build(doc, facts)
    assert {str(v) for v in built.graph.objects(built.iri, OKG.level)} == {expected}
    assert facts.activities, "the report's text is extracted"
