"""Organs on the newest held sets (round 48, issue 10 §2.5): a township's stations named bare in a list of its units,
a working committee joining two fields the table expands, 农工委 as written, and an unnamed district's departments under
the header's level word. Phrasings written for these tests, in either script, with near misses."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

_TOWN = "当阳市半月镇人民代表大会"


def _organs(text: str, organ: str) -> dict[str, str]:
    facts = extract(Document(text=text, source="t.txt", metadata={"organ": organ, "year": "2024"}))
    return {o.mention: o.canonical for o in facts.organs}


# A township's station named bare as an item of a list of its units (a 、 before or after it) in its own report is the
# township's, as after its level word; 国土所 stays as written, 市场监管所 is the 市场监督管理所 (round 48 ruling 4).
@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("视察组先后实地视察了该镇派出所、国土所、工商分局、食药所、电信局。", "国土所", "当阳市半月镇国土所"),
        ("视察组先后实地视察了该镇派出所、国土所、工商分局、食药所、电信局。", "食药所", "当阳市半月镇食药所"),
        ("視察組先後實地視察了該鎮派出所、國土所、食藥所。", "鎮派出所", "当阳市半月镇派出所"),
        ("會上，鎮衛生院、鎮中小學、市場監管所四個單位負責人依次述職。", "市場監管所", "当阳市半月镇市场监督管理所"),
        ("组织县、镇人大代表，水利站、市监所、经发办等单位负责人开展专题调研。", "水利站", "当阳市半月镇水利站"),
        ("组织县、镇人大代表，水利站、市监所、经发办等单位负责人开展专题调研。", "市监所", "当阳市半月镇市场监督管理所"),
    ],
)
def test_a_station_listed_bare_is_the_townships(text, mention, canonical):
    assert _organs(text, _TOWN).get(mention) == canonical


@pytest.mark.parametrize(
    ("text", "organ", "mention"),
    [
        ("视察了派出所、国土所、食药所。", "当阳市人民代表大会常务委员会", "国土所"),  # a county's report: no township's
        ("镇卫生院、镇中小学、农业服务中心负责人述职。", _TOWN, "农业服务中心"),  # a centre listed bare: no station
    ],
)
def test_a_listed_station_needs_the_townships_own_report(text, organ, mention):
    assert mention not in _organs(text, organ)


# A working committee joining two fields the table expands (法制和内务司法, 社建和法) is named in full; one whose field no
# row expands (社会和环资城建, 代表与选任) stays as written (round 45 ruling 2).
@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("区人大常委会法制和内务司法工委开展调研。", "常州市武进区人民代表大会常务委员会", "区人大常委会法制和内务司法工委",
         "常州市武进区人民代表大会常务委员会法制和内务司法工作委员会"),
        ("州人大常委會社建和法工委開展視察。", "迪庆藏族自治州人民代表大会常务委员会", "州人大常委會社建和法工委",
         "迪庆藏族自治州人民代表大会常务委员会社会建设和法制工作委员会"),
        ("市人大常委会社会和环资城建工委作了报告。", "泰州市人民代表大会常务委员会", "市人大常委会社会和环资城建工委",
         "泰州市人民代表大会常务委员会社会和环资城建工委"),
        ("市人大常委会代表与选任工委作了报告。", "丽水市人民代表大会常务委员会", "市人大常委会代表与选任工委",
         "丽水市人民代表大会常务委员会代表与选任工委"),
    ],
)
def test_a_joined_committee_is_expanded_only_where_both_fields_are_certain(text, organ, mention, canonical):
    assert _organs(text, organ).get(mention) == canonical


# 农工委 is 农村工作委员会 or 农业农村工作委员会 by place: as written (at21, ax45); 农业农村工委 names its field in full.
@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("市人大常委会农工委开展调研。", "市人大常委会农工委", "郑州市人民代表大会常务委员会农工委"),
        ("市人大常委會農工委開展調研。", "市人大常委會農工委", "郑州市人民代表大会常务委员会农工委"),
        ("市人大常委会农业农村工委开展调研。", "市人大常委会农业农村工委", "郑州市人民代表大会常务委员会农业农村工作委员会"),
    ],
)
def test_the_rural_working_committee_cut_to_nonggongwei_stays_as_written(text, mention, canonical):
    assert _organs(text, "郑州市人民代表大会常务委员会").get(mention) == canonical


# A report whose header leaves its district unnamed writes its departments under the header's level word (区审计局), as
# its government (区人民政府); a county's unnamed report keeps 县.
@pytest.mark.parametrize(
    ("organ", "canonical"),
    [
        ("区人民代表大会常务委员会财政经济工作委员会（页面未载区名）", "区审计局"),
        ("县人民代表大会常务委员会（页面未载县名）", "县审计局"),
        ("自治县人民代表大会常务委员会", "县审计局"),  # the level's character of 自治县
    ],
)
def test_an_unnamed_areas_department_takes_the_headers_level_word(organ, canonical):
    facts = extract(Document(text="委员们赴审计局调研，听取了审计局的汇报。", source="t.txt",
                             metadata={"organ": organ, "year": "2024", "level": "county"}))
    assert [o.canonical.lstrip("\x00") for o in facts.organs if o.mention == "审计局"][:1] == [canonical]
