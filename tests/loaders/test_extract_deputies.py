"""Deputies named by role, in personnel items and in lists; groups counted or qualified.

Sentences are written for this test in the genre's style.
"""
from __future__ import annotations

import pytest

CITY = "扬州市人民代表大会常务委员会"


def named(facts):
    return [d.name for d in facts.deputies if d.name]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("全国人大代表王建国提出的建议已办结。", ["王建国"]),
        ("省人大代表李晓红表示,将继续关注养老服务。", ["李晓红"]),
        ("座谈会上,市人大代表张强、群众代表刘芳先后发言。", ["张强", "刘芳"]),
        ("会议接受周明辞去市人大代表职务的请求。", ["周明"]),
        ("孙立同志辞去扬州市第九届人民代表大会代表职务。", ["孙立"]),
    ],
)
def test_a_deputy_named_by_role_or_in_a_personnel_item(facts_of, text, names):
    assert named(facts_of(text, CITY)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("视察组由代表王明、李红、赵强组成。", ["王明", "李红", "赵强"]),
        ("邀请代表陈静、黄海参加执法检查。", ["陈静", "黄海"]),
        # names after the first need no common surname: the list's shape says they are names (round 18)
        ("列席会议的全国人大代表刘怀平、党永富、温娟围绕大气污染防治提出询问。", ["刘怀平", "党永富", "温娟"]),
        ("列席會議的全國人大代表劉懷平、党永富、溫娟提出詢問。", ["刘怀平", "党永富", "温娟"]),  # names simplified
        # near misses: what follows the names is no name
        ("市人大代表张三、李四、全体委员出席会议。", ["张三", "李四"]),
        ("人大代表张三、有关部门负责人参加视察。", ["张三"]),
    ],
)
def test_each_deputy_of_a_list_is_named(facts_of, text, names):
    facts = facts_of(text, CITY)
    assert named(facts) == names
    assert all(text[d.start : d.end] == d.mention for d in facts.deputies)


def test_a_named_deputy_and_others_uncounted(facts_of):
    facts = facts_of("会议审议了关于吴刚等市九届人大代表资格终止的报告。", CITY)
    assert named(facts) == ["吴刚"]


@pytest.mark.parametrize(
    ("text", "count"),
    [("组织36名市人大代表开展视察。", 36), ("邀请市人大代表20名列席会议。", 20)],
)
def test_counted_groups_keep_their_count(facts_of, text, count):
    assert [d.count for d in facts_of(text, CITY).deputies] == [count]


@pytest.mark.parametrize("text", ["个别代表反映问题较多。", "部分市人大代表参加了视察。", "全市各级人大代表积极履职。"])
def test_qualified_groups_are_deputies_without_a_count(facts_of, text):
    deputies = facts_of(text, CITY).deputies
    assert len(deputies) == 1 and deputies[0].count is None and deputies[0].name is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("会议听取并审议了部分省十四届人大代表履职情况报告。", "部分省十四届人大代表"),
        ("组织个别市人大代表履职情况向原选区选民报告。", "个别市人大代表"),
        ("全体人大代表履职情况纳入年度考评。", "全体人大代表"),
    ],
)
def test_a_qualified_group_reporting_its_own_work_is_deputies(facts_of, text, mention):
    assert [d.mention for d in facts_of(text).deputies] == [mention]


def test_media_at_every_level_reporting_on_deputies_is_no_group(facts_of):
    assert facts_of("组织全区各级媒体宣传报道代表履职典型事迹。").deputies == []


@pytest.mark.parametrize(
    ("text", "mention", "count"),
    [
        ("组织常委会组成人员和驻区市人大代表对老旧小区改造开展视察。", "驻区市人大代表", None),
        ("座谈会上，与会代表围绕乡村振兴踊跃发言。", "与会代表", None),
        ("收集了省人大代表对各承办单位办理工作的评价。", "省人大代表", None),
        ("乡人大主席团组织20余名区、乡人大代表视察产业园。", "20余名区、乡人大代表", 20),
        ("全镇人大代表参加了本次活动。", "全镇人大代表", None),
    ],
)
def test_deputies_named_as_a_group(facts_of, text, mention, count):
    assert [(d.mention, d.count) for d in facts_of(text).deputies] == [(mention, count)]


@pytest.mark.parametrize(
    "text",
    [
        "认真办理人大代表建议，提高人大代表建议办理质量。",  # a modifier, not deputies taking part
        "发挥人大代表作用，建好人大代表之家。",
    ],
)
def test_deputies_as_a_modifier_are_no_group(facts_of, text):
    assert facts_of(text).deputies == []


def test_a_group_taking_part_is_counted_once_beside_the_groups_named(facts_of):
    """Round 20's ruling: the deputies taking part are a group of their own (16 of 26 dev golds had them so)."""
    once = facts_of("与会代表分组讨论。会后，与会代表视察了工地。")
    assert [d.mention for d in once.deputies] == ["与会代表"]
    named = facts_of("部分市人大代表列席会议，与会代表提出意见。")
    assert [d.mention for d in named.deputies] == ["部分市人大代表", "与会代表"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a surname beyond the hundred most common
        ("市人大代表官志远在座谈会上介绍了村里的做法。", ["官志远"]),
        ("县人大代表覃丽萍走访选民。", ["覃丽萍"]),
        # personnel items: elected, recalled, by-elected
        ("钟文斌同志当选为县十八届人大代表。", ["钟文斌"]),
        ("依法罢免孙海涛的省人大代表职务。", ["孙海涛"]),
        ("补选魏晓东为市十七届人大代表。", ["魏晓东"]),
        # by role and job title
        ("市人大代表、县人民医院院长邵建华建议增加床位。", ["邵建华"]),
        ("省人大代表、石桥村党支部书记聂红梅介绍了经验。", ["聂红梅"]),
        # several jobs between the role and the name (an analyst's file, o28)
        ("市人大代表、市委常委、县委书记孙轶参加活动。", ["孙轶"]),
        ("人大代表、县委副书记、县纪委书记、县监委主任赵向阳出席会议。", ["赵向阳"]),
        # lists before 等…代表, and names each followed by 代表
        ("杨帆、郑丽、谢军等5名代表联名提出议案。", ["杨帆", "郑丽", "谢军"]),
        # the list's shape names them, whatever the later names' surnames (an analyst's file, o06)
        ("市领导陈新、徐文光、居亚平等49名衢州代表团代表出席会议。", ["陈新", "徐文光", "居亚平"]),
        ("会上，冯强代表、曹敏代表先后发言。", ["冯强", "曹敏"]),
    ],
)
def test_deputies_named_by_job_in_personnel_items_and_lists(facts_of, text, names):
    assert sorted(named(facts_of(text, CITY))) == sorted(names)


@pytest.mark.parametrize("text", ["全体代表，", "会议应到代表80人，党员代表、农民代表、单位代表参加座谈。", "温州代表团审议报告。",
                                  "王金狮、张明东、郑俊生、施仲达等主席团成员和人大代表参加了全体会议。",
                                  "由民政局、卫计局、地震局等部门负责人和部分人大代表组成检查组。"])
def test_words_before_deputies_that_are_no_names(facts_of, text):
    assert named(facts_of(text, CITY)) == []


@pytest.mark.parametrize("text, counts", [
    ("邀请40余名选民代表参加评议。", []),
    ("组织20名居民代表、15名人大代表参加座谈。", [15]),
    ("邀请8名村民代表和6名职工代表列席。", []),
])
def test_representatives_of_voters_residents_or_staff_are_no_deputies(facts_of, text, counts):
    assert [d.count for d in facts_of(text, CITY).deputies] == counts


@pytest.mark.parametrize(
    "text",
    [
        # a name does not start inside a word (l16: 有关|人员, no 关人员)
        "听取了关于提请接受有关人员辞去山东省第十三届人民代表大会代表职务请求的议案。",
        "聽取了關於提請接受有關人員辭去山東省第十三屆人民代表大會代表職務請求的議案。",
        "会议同意相关人员辞去市人大代表职务。",
        # deputies named as many are followed by what they do, no name (m14)
        "衷心感谢各位省人大代表关心和支持全省经济社会发展。",
        "衷心感謝各位省人大代表關心和支持全省經濟社會發展。",
        "全体人大代表高度重视。",
        "广大人大代表严格要求自己。",
        # a name does not end in a conjunction joining it to 代表 (p17: 任免和代表等工作)
        "不断加强和改进立法、监督、决定、任免和代表等工作。",
        "不斷加強和改進立法、監督、決定、任免和代表等工作。",
    ],
)
def test_word_fragments_are_no_deputies_names(facts_of, text):
    assert named(facts_of(text, CITY)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # near misses: the name starts after the verb taking up the item, after a mark, or after 了
        ("会议接受了周明辞去市人大代表职务的请求。", ["周明"]),
        ("关于接受张永州辞去宝丰县第十六届人民代表大会代表职务的决议。", ["张永州"]),
        ("同意高峰辞去市人大代表职务。", ["高峰"]),
        # one deputy named by role after a group named as many
        ("各位代表：省人大代表李晓红表示，将继续关注养老服务。", ["李晓红"]),
        ("会上，冯强代表、曹敏代表先后发言。", ["冯强", "曹敏"]),
    ],
)
def test_names_at_a_words_start_are_still_read(facts_of, text, names):
    assert sorted(named(facts_of(text, CITY))) == sorted(names)
