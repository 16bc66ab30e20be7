"""Law classes of the h-set's misses, with phrasings written for this test: bare titles listed for an
inspection (as written: the text names no area), catalog laws a decision or a non-law title
names bare, and a standing committee's own procedural measures (no law).
"""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL

CITY = "杭州市人民代表大会常务委员会"
DISTRICT = "杭州市西湖区人民代表大会常务委员会"


def _laws(facts) -> dict[str, bool]:
    return {law.canonical: law.inspected for law in facts.laws}


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        ("今年拟对西溪湿地保护条例、城市绿化管理条例开展执法检查。", CITY, "西溪湿地保护条例"),
        ("今年拟对西溪湿地保护条例、城市绿化管理条例开展执法检查。", CITY, "城市绿化管理条例"),
        ("开展运河遗产保护条例执法检查跟踪监督。", CITY, "运河遗产保护条例"),
        ("开展物业管理条例执法检查。", CITY, "物业管理条例"),  # a national regulation: the catalog's name
        ("区人大常委会对生活垃圾管理条例进行执法检查。", DISTRICT, "生活垃圾管理条例"),
    ],
)
def test_bare_titles_listed_for_an_inspection(facts_of, text, organ, canonical):
    assert _laws(facts_of(text, organ)).get(canonical) is True


def test_a_counted_reference_is_no_title(facts_of):
    found = _laws(facts_of("对两部条例开展执法检查。", CITY))
    assert not any("两部" in name for name in found)


@pytest.mark.parametrize("text", ["常委会研究修改我市条例，提出意见建议。", "修改本省条例的工作稳步推进。", "审议通过了市地方性法规。"])
def test_an_areas_rules_in_general_are_no_title(facts_of, text):
    """我市条例 is the city's regulations in general, no law of that name (a new user's 苏州市条例)."""
    assert _laws(facts_of(text, CITY)) == {}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("审议关于授权国务院在自由贸易试验区暂时调整适用种子法有关规定的决定草案。", "中华人民共和国种子法"),
        ("修订《杭州市人大机关贯彻实施监督法若干意见》。", "中华人民共和国各级人民代表大会常务委员会监督法"),
    ],
)
def test_a_catalog_law_named_bare_inside_a_decision_or_a_title(facts_of, text, canonical):
    assert canonical in _laws(facts_of(text, CITY))


@pytest.mark.parametrize(
    "text",
    [
        "审议通过《杭州市人大常委会任免国家机关工作人员办法》。",
        "修订《市人大常委会关于邀请市人大代表列席常委会会议的办法》。",
        "通过了《常委会审议意见研究处理办法》。",
    ],
)
def test_a_standing_committee_s_own_procedure_is_no_law(facts_of, text):
    assert _laws(facts_of(text, CITY)) == {}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("已有10多件标注已通过，包括监察法、英雄烈士保护法。", "中华人民共和国监察法"),
        ("迅速制定或者修改了刑法、刑诉法、选举法。", "中华人民共和国刑法"),
        ("审议通过了慈善法和反家庭暴力法。", "中华人民共和国慈善法"),
        ("推动国家安全法、反间谍法、反恐怖主义法落地见效。", "中华人民共和国国家安全法"),
    ],
)
def test_a_catalog_title_heading_a_list_of_titles_is_a_mention(facts_of, text, canonical):
    assert canonical in _laws(facts_of(text, CITY))


@pytest.mark.parametrize("text", [
    "推进依法行政、严格执法，维护公平正义。",
    "加强立法、执法和司法工作。",
])
def test_words_before_a_separator_that_are_no_title_stay_words(facts_of, text):
    assert _laws(facts_of(text, CITY)) == {}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("审议刑法修正案(十一)草案、国防法修订草案。", "中华人民共和国刑法修正案（十一）"),
        ("会议表决通过了刑法修正案（十）。", "中华人民共和国刑法修正案（十）"),
        ("审议刑法修正案（十二）草案。", "中华人民共和国刑法修正案（十二）"),
    ],
)
def test_a_bare_amendment_keeps_its_number_in_either_bracket(facts_of, text, canonical):
    assert canonical in _laws(facts_of(text, "全国人民代表大会常务委员会"))


@pytest.mark.parametrize(
    ("text", "inspected"),
    [
        # qixian888.com/page/default.asp?pageID=6&ID=1253 (李建国一行…检查水法实施情况)
        ("全国人大常委会副委员长李建国一行在云南省陆良县小百户镇检查水法实施情况。", True),
        # www.npc.gov.cn/zgrdw/npc/zgrdzz/2016-08/19/content_1995336.htm
        ("全国人大常委会水法执法检查组要认真组织好这次检查。", True),
        ("认真贯彻实施水法，对于加强生态文明建设具有十分重要的意义。", False),
        # fsou.com/html/text/bela/5704254/570425420.html (书面汇报), the title written without 《》
        ("审议全国人大常委会执法检查组关于检查水法实施情况的报告。", True),
    ],
)
def test_a_two_character_title_is_read_where_its_implementation_is_spoken_of(facts_of, text, inspected):
    """水法 is too short to be read bare anywhere (law_catalog.MIN_BARE_LENGTH); the words of its implementation or
    inspection around it show it is the law."""
    laws = facts_of(text, NATIONAL).laws
    assert [(law.canonical, law.inspected) for law in laws] == [("中华人民共和国水法", inspected)]


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # dev v01 (全国人大常委会种子法执法检查组于…到西昌市开展执法检查工作), paraphrased
        ("全国人大常委会种子法执法检查组于10月到西昌市开展执法检查工作。", "中华人民共和国种子法"),
        ("全國人大常委會種子法執法檢查組到西昌市進行檢查。", "中华人民共和国种子法"),
        # ygsite.cn/show.asp?id=77418 (xinhua, 2021: 全国人大常委会启动畜牧法执法检查)
        ("全国人大常委会启动畜牧法执法检查。", "中华人民共和国畜牧法"),
        ("全国人大常委会召开统计法执法检查组第一次全体会议。", "中华人民共和国统计法"),
        ("省人大常委会组成档案法执法检查组，赴各地检查。", "中华人民共和国档案法"),
        # rmrb.online/read-htm-tid-1210698 (1999: 全国人大常委会森林法检查组召开第一次全体会议)
        ("全国人大常委会森林法检查组召开第一次全体会议。", "中华人民共和国森林法"),
        ("全国人大常委會森林法檢查組召開第一次全體會議。", "中华人民共和国森林法"),
    ],
)
def test_a_short_law_before_the_words_of_its_inspection_is_read_after_any_word(facts_of, text, canonical):
    """A three- or four-character law (种子法, 森林法) after a congress's name or a verb that may run into a title
    (会, 动, 成, 开) is read where the words after it name its inspection; the inspection is of that law."""
    assert _laws(facts_of(text, NATIONAL)) == {canonical: True}


@pytest.mark.parametrize(
    ("text", "laws"),
    [
        ("全国人大常委会启动学前教育法执法检查。", {"中华人民共和国学前教育法": True}),  # the longest title, not 教育法
        ("开展全省农业法规执法检查。", {}),  # 农业法规: regulations on farming, no law 农业法
        ("市人大常委会听取全市消防法实施情况的报告。", {"中华人民共和国消防法": False}),  # a report heard, no inspection
        ("全区信访条例宣传教育执法检查。", {}),  # a regulation (条例) is not read so: a local title may end in it
        ("组织开展行政执法检查组工作。", {}),
        # a 检查组 that no law names is no inspection of a law its clause mentions
        ("督导检查组查阅了义务教育法配套文件。", {"中华人民共和国义务教育法": False}),
        ("督導檢查組查閱了《義務教育法》配套文件。", {"中华人民共和国义务教育法": False}),
    ],
)
def test_near_misses_of_a_short_law_before_its_inspection(facts_of, text, laws):
    assert _laws(facts_of(text, NATIONAL)) == laws


@pytest.mark.parametrize(
    "text",
    [
        # big5.china.com.cn/…/2020-05/26/content_76091499.htm (一是確保憲法全面實施): the constitution in general
        "一是确保宪法全面实施，推进宪法实施和监督。",
        "推进刑法学研究。",
        "开展防洪水法规宣传活动。",
    ],
)
def test_a_short_title_inside_a_word_or_the_constitution_in_general_is_no_mention(facts_of, text):
    assert facts_of(text, NATIONAL).laws == []


@pytest.mark.parametrize(
    ("text", "organ", "titles"),
    [
        # paraphrased from palwonn.com.tw (经济特区法规: 出租车治理、公园广场、城市供水用水、城市绿化 …)
        ("常委会会议拟审议出租车管理条例、公园条例、城市供水用水条例、城市绿化条例等一系列特区法规。",
         "深圳市人民代表大会常务委员会", ["出租车管理条例", "公园条例", "城市供水用水条例"]),
        # paraphrased from yiyang.gov.cn/…/content_1323876.html and renda.zunyi.gov.cn/…/t20240911_85685907.html
        ("今年将审议地方立法条例、文明行为促进条例、优化营商环境条例。", "遵义市人民代表大会常务委员会",
         ["地方立法条例", "文明行为促进条例"]),
        # paraphrased from yiyang.gov.cn/…/content_1323876.html (益阳市文明行为促进条例)
        ("会议审议了文明行为促进条例、城市绿化条例。", "益阳市人民代表大会常务委员会", ["文明行为促进条例"]),
    ],
)
def test_bare_titles_heading_a_list_that_ends_in_a_known_title(facts_of, text, organ, titles):
    """…条例 items listed before a title the catalog knows are titles too, as items after one are (_list_items)."""
    found = [law.mention for law in facts_of(text, organ).laws]
    assert all(title in found for title in titles)


@pytest.mark.parametrize(
    "text",
    [
        "认真贯彻有关条例、城市绿化条例。",
        "修改两部条例、城市绿化条例。",
    ],
)
def test_a_reference_before_a_known_title_is_no_list_item(facts_of, text):
    laws = facts_of(text, "深圳市人民代表大会常务委员会").laws
    assert [law.canonical for law in laws] == ["城市绿化条例"]


@pytest.mark.parametrize(("text", "inspected"), [  # works listed under one verb: each law takes its own item's work
    ("与市人大联动开展《上海市非机动车安全管理条例》《上海市城市更新条例》实施情况执法检查、《上海市食品安全条例》"
     "《上海市生活垃圾管理条例》实施情况专项调研。",  # as dev n30 words it (a new user's law study, round 19)
     {"上海市非机动车安全管理条例": True, "上海市城市更新条例": True, "上海市食品安全条例": False, "上海市生活垃圾管理条例": False}),
    ("開展《上海市食品安全條例》實施情況專項調研和《上海市城市更新條例》實施情況執法檢查。",
     {"上海市食品安全条例": False, "上海市城市更新条例": True}),
    ("开展《中华人民共和国森林法》实施情况视察、《中华人民共和国水法》执法检查。",
     {"中华人民共和国森林法": False, "中华人民共和国水法": True}),
])
def test_each_work_of_a_list_under_one_verb_takes_its_own_laws(facts_of, text, inspected):
    assert _laws(facts_of(text, DISTRICT)) == inspected


def test_one_work_of_several_laws_inspects_them_all(facts_of):  # near miss: no second work in the list
    text = "开展《上海市食品安全条例》、《上海市城市更新条例》实施情况执法检查。"
    assert _laws(facts_of(text, DISTRICT)) == {"上海市食品安全条例": True, "上海市城市更新条例": True}
