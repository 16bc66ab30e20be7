"""Deputies of the genre's long tail (issue 10): groups qualified by level, place or role wherever
the report names them, names listed under a heading of deputies, deputies quoted in the news.
Sentences are written for this test in the genre's style.
"""
from __future__ import annotations

import pytest

COUNTY = "平湖市人民代表大会常务委员会"


def groups(facts) -> set[str]:
    return {d.mention for d in facts.deputies if d.name is None}


def names(facts) -> set[str]:
    return {d.name for d in facts.deputies if d.name}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("这支由林埭镇人大代表组成的联合小组仔细检查了农贸市场。", "镇人大代表"),
        ("向部分常委会组成人员和全国、省、市人大代表通报今年工作。", "全国、省、市人大代表"),
        ("座谈会上，与会的市人大代表对教育等六项工作提出了意见。", "与会的市人大代表"),
        ("主任会议决定了常委会第二十一次会议的列席代表和旁听公民。", "列席代表"),
        ("常委会组成人员每季度联系基层县人大代表。", "基层县人大代表"),
        ("广泛征求自治县人大代表和社会公众对监督计划的意见。", "自治县人大代表"),
        ("8月中旬，市人大常委会组织市人大代表对议案办理情况进行视察。", "市人大代表"),
    ],
)
def test_a_group_qualified_by_level_place_or_role(facts_of, text, mention):
    assert mention in groups(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    "text",
    [
        "会议听取了市人大代表建议办理情况的报告。",
        "表彰先进市人大代表小组和市人大代表联络站。",
        "城市人大代表之家建设全面推开。",
        # a station or centre named for a town's deputies (m.juzitie.cn/p/2856184.html, 雷州市附城镇人大)
        "考察学习组一行先后到廉江市塘蓬镇人大代表中心联络站、遂溪县岭北镇人大代表中心联络站，实地察看两地代表联络站建设。",
        "7月3日，附城镇人大组织干部学习借鉴先进经验，规范建设附城镇人大代表中心联络站。",
        # wsllz.henanrd.gov.cn/zgrd/contact-overview/1171 (方里镇人大代表联络站)
        "方里镇人大代表联络中心位于方里镇政府院内，办公面积60平方米。",
    ],
)
def test_no_group_where_the_words_modify_a_thing(facts_of, text):
    assert not groups(facts_of(text, COUNTY))


def test_the_deputies_of_a_station_counted_by_level_stay_groups(facts_of):
    # wsllz.henanrd.gov.cn/zgrd/contact-overview/1171: the station's deputies counted right after the centre
    text = "方里镇人大代表联络中心位于方里镇政府院内。目前站内有市级人大代表1人，县级人大代表13人，镇级人大代表72人。"
    assert [d.count for d in facts_of(text, COUNTY).deputies] == [1, 13, 72]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # the present count a statistic only (round 46 ruling 1): the level's deputies at their work are the group
        ("大会应到代表80人，实到代表64人。会议期间，镇人大代表认真审议了各项报告。", {"镇人大代表"}),
        # round 20's ruling: those present at their work are the group; the present count none (round 47 ruling 1)
        ("65名镇代表出席会议。与会代表积极讨论，踊跃发言。", {"与会代表"}),
        # 如期到会 is present (round 48: a present count, round 47 ruling 1), the level's deputies at their work the group
        ("全镇79名正式代表如期到会。镇人大代表们首先视察了景观工程。", {"镇人大代表"}),
        ("88名省人大代表参加了视察。省人大代表对项目建设提出了建议。", {"88名省人大代表"}),
        ("全区各级人大代表参与接待选民活动。区人大代表共提出建议196件。", {"全区各级人大代表"}),
    ],
)
def test_a_counted_or_every_level_group_is_the_one_group_of_its_level_and_of_those_taking_part(facts_of, text, counted):
    assert groups(facts_of(text, COUNTY)) == counted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三、参加人员\n1.各级代表(18名)\n陈中正、王文振、琚新莲、石峰\n2.工作人员(2名)\n赵卫峰、蒋晓梦",
         {"陈中正", "王文振", "琚新莲", "石峰"}),
        ("参加视察的人大代表：\n李建国，王秀兰，欧阳明\n视察时间：6月5日", {"李建国", "王秀兰", "欧阳明"}),
        ("出席会议代表（3名）\n张伟 刘芳 周涛", {"张伟", "刘芳", "周涛"}),
    ],
)
def test_names_listed_under_a_heading_of_deputies(facts_of, text, expected):
    assert names(facts_of(text, COUNTY)) == expected


def test_names_under_another_heading_are_no_deputies(facts_of):
    assert not names(facts_of("工作人员(2名)\n赵卫峰、蒋晓梦\n调研路线\n镇政府、云锦大道", COUNTY))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("全國人大代表馬瑞燕切實感受到，代表們深入參與了常委會工作。", "马瑞燕"),
        ("在全国人大代表王红梅看来，建议办理越来越实。", "王红梅"),
        ("省人大代表李国强坦言，基层执法力量仍显不足。", "李国强"),
        ("全国人大代表、某制药公司项目部材料员钱加艳传达了全国两会精神。", "钱加艳"),
        ("市人大代表、县人民医院主治医师张丽华介绍了调研情况。", "张丽华"),
    ],
)
def test_a_deputy_quoted_by_role(facts_of, text, name):
    assert name in names(facts_of(text, COUNTY))
