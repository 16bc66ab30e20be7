"""Counts the genre writes in Chinese numerals before their noun, hours, rates of the deputies' work,
and the words that look like counts but are formulas, ordinals or sessions. Phrasings composed for
the test."""
from __future__ import annotations

import pytest


def stats(facts):
    return {(s.value, s.unit) for s in facts.statistics}


@pytest.mark.parametrize("text, value, unit", [
    # (a sitting's plenary and joint meetings are its procedure, round 23 part b 8: test_extract_statistics_sitting)
    ("常委会全年共召开两次主任会议和三次常委会会议。", 3, "次"),
    ("对市政府十件民生实事项目开展满意度测评。", 10, "件"),
    ("督办十二件重点建议。", 12, "件"),
    ("听取和审议县政府两个议案。", 2, "个"),
    ("四名代表接受了满意度测评。", 4, "名"),
    ("審議了三個專項工作報告。", 3, "个"),
    ("专题询问历时3个多小时。", 3, "小时"),
    ("在长达2个半小时的询问中，委员们踊跃发言。", 2.5, "小时"),
    ("代表述职率达到85%。", 85, "%"),
])
def test_a_count_before_its_noun_hours_and_rates(facts_of, text, value, unit):
    assert (value, unit) in stats(facts_of(text))


@pytest.mark.parametrize("text, value", [
    # zyrb.com/content/202401/08/content_8903.html
    ("开展执法检查6项，组织视察调研8项，任免国家机关工作人员87人(次)。", 87),
    # mooc1.chaoxing.com … 永登县志 常务委员会会议
    ("任免县人民政府、县人民法院、县人民检察院等行政机关领导人员643人(次)。", 643),
    # paraphrased from www.sznianjian.com/show.php?mlid=19525 (全年依法任免地方国家机关工作人员8人次)
    ("全年依法任免地方国家机关工作人员8人（次）。", 8),
])
def test_people_counted_as_appointments_keep_their_unit(facts_of, text, value):
    """人(次) counts appointments, a person once per post, as 件(次) counts laws made and amended: the unit is
    人次 in the scorer's reading, never a head count 人."""
    assert [(s.value, s.unit) for s in facts_of(text).statistics if s.value == value] == [(value, "人(次)")]


@pytest.mark.parametrize("text, value, unit", [
    ("执法检查期间共检查企业、部位12797家次。", 12797, "家次"),
    ("執法檢查組共抽查經營單位326家次。", 326, "家次"),
    ("代表们开展入户走访3000余户次。", 3000, "户次"),
    ("各镇街依法作出行政处罚242宗。", 242, "宗"),
    ("共立案查處違法案件58宗。", 58, "宗"),
])
def test_visits_per_place_and_cases_in_zong_keep_their_unit(facts_of, text, value, unit):
    """家次 and 户次 count visits per place or household, as 人次 counts them per person: never a count of places
    (家) with 次 left in the measure; 宗 counts cases as 起 does."""
    assert [(s.value, s.unit) for s in facts_of(text).statistics if s.value == value] == [(value, unit)]


@pytest.mark.parametrize("text, value", [
    ("根据代表们提出的意见和建议，报告作了9处修改。", 9),
    ("根據審議意見，條例草案共修改12處。", 12),
    ("法制委员会对草案修订3处。", 3),
])
def test_revisions_in_chu_are_counted(facts_of, text, value):
    """处 counts the revisions a report or a draft took."""
    assert (value, "处") in [(s.value, s.unit) for s in facts_of(text).statistics]


@pytest.mark.parametrize("text, value", [
    ("完成地质灾害避让搬迁1处，完成工程治理13处。", 13),
    ("代表们实地察看了6处点位。", 6),
    ("村裡新建文化廣場2處。", 2),
])
def test_places_in_chu_are_no_count(facts_of, text, value):
    """Near misses: other counts in 处 are places."""
    assert (value, "处") not in [(s.value, s.unit) for s in facts_of(text).statistics]


@pytest.mark.parametrize("text, value", [
    ("秉承宗旨，3宗教团体参加座谈。", 3),
    ("全县5家企业接受检查。", 5),
])
def test_a_longer_word_or_a_bare_place_keeps_its_reading(facts_of, text, value):
    """Near misses: 宗 opening a word (宗教) is no unit; 家 with no 次 counts places."""
    units = [s.unit for s in facts_of(text).statistics if s.value == value]
    assert "宗" not in units and "家次" not in units


def test_hours_keep_their_qualifier(facts_of):
    [stat] = facts_of("专题询问历时3个多小时。").statistics
    assert (stat.value, stat.unit, stat.qualifier) == (3, "小时", "多")


@pytest.mark.parametrize("text", [
    "增强四个意识、坚定四个自信、做到两个维护，严格落实中央八项规定精神。",
    "坚持一个中心、两个基本点，发挥好四个机关作用。",
    "省十四届人大常委会第三十一次会议举行第二次全体会议。",
    "圆满完成十三届全国人大五次会议确定的任务。",
    "从四个方面提出要求，分为三个阶段推进。",
    "对条例草案进行二次审议。",
    "政府工作报告提出的重点项目落实率达100%。",  # a rate of no deputies' suggestion (k19, k27 count theirs)
])
def test_formulas_ordinals_sessions_and_parts_are_no_counts(facts_of, text):
    assert facts_of(text).statistics == []


def test_a_long_quotation_holds_counts(facts_of):
    text = "报告指出：“检查6部法律的实施情况，听取审议国务院、最高人民法院、最高人民检察院20个工作报告，开展3次专题询问。"
    found = {(s.what, s.value) for s in facts_of(text).statistics}
    assert ("检查法律的实施情况", 6) in found
    assert ("国务院、最高人民法院、最高人民检察院工作报告", 20) in found


def test_a_short_quoted_name_is_no_count(facts_of):
    assert facts_of("深入开展“三进三访”活动。").statistics == []


@pytest.mark.parametrize("text, what", [
    ("委托31个省级人大常委会同步开展检查。", "省级人大常委会"),
    ("先后组织3个执法检查组赴各地开展检查。", "执法检查组"),
    ("委托12个县级人大常委会联合开展视察。", "县级人大常委会"),
])
def test_a_counted_noun_ends_before_the_verb_after_it(facts_of, text, what):
    assert what in {s.what for s in facts_of(text).statistics}


@pytest.mark.parametrize("text, value, unit", [
    ("听取了《〈上海市建设工程材料管理条例〉等20件地方性法规修正案(草案)》修改情况的报告。", 20, "件"),
    ("提请审议《〈江苏省高速公路条例〉等四件地方性法规(修正草案)》。", 4, "件"),
    ("审议《〈湖南省行政事业性收费管理条例〉等五部地方性法规修正案(草案)》。", 5, "部"),
    ("审议《关于修改《某省水资源条例》等六部地方性法规的决定》。", 6, "部"),
])
def test_a_bundle_of_laws_amended_together_counts_its_laws_inside_its_title(facts_of, text, value, unit):
    assert (value, unit) in stats(facts_of(text))


@pytest.mark.parametrize("text, value, unit", [
    ("审议《关于设立三个开发区的决定》。", 3, "个"),
    ("学习《关于新时代三项重点工作的意见》。", 3, "项"),
    ("会议通过《关于开展“五个一”活动的决定》。", 5, "个"),
])
def test_other_numbers_inside_titles_and_quotes_stay_names(facts_of, text, value, unit):
    assert (value, unit) not in stats(facts_of(text))


# The groups a committee forms for a piece of work are counted (the lead's ruling of round 13: 组成4个视察组), named by
# the verb that forms them (www.npc.gov.cn/npc/c2/c185/c201/201905/t20190522_140673.html 视察共分为6个专题视察组; the
# others paraphrase it); the bodies an organ is made of are not (下设3个工作委员会: its structure).
@pytest.mark.parametrize("text, what, value", [
    ("视察共分为6个专题视察组，将分赴哈尔滨、齐齐哈尔、牡丹江开展专题视察。", None, 6),
    ("省人大常委会组成5个视察组，分赴各市开展集中视察。", "组成视察组", 5),
    ("县人大常委会成立3个执法检查组，深入各乡镇开展检查。", "成立执法检查组", 3),
])
def test_the_groups_formed_for_a_work_are_counted(facts_of, text, what, value):
    found = {(s.value, s.unit): s.what for s in facts_of(text).statistics}
    assert (value, "个") in found and what in (None, found[(value, "个")])


def test_the_bodies_an_organ_is_made_of_are_no_count(facts_of):
    assert (3, "个") not in stats(facts_of("县人大常委会下设3个工作委员会。"))


# The handling of the deputies' suggestions is counted (the lead's ruling of round 13: 办理代表建议N件): big5.china.com.cn/
# gate/big5/news.china.com.cn/2023-03/08/content_85152275.htm 办理代表议案487件、建议9349件; zblt.cc/artdetail-39057.html
# 2282件代表议案、43750件代表建议已全部办理完毕; a city's year paraphrased from them.
@pytest.mark.parametrize("text, counts", [
    ("坚持高质量做好代表工作，办理代表议案487件、建议9349件。", {487, 9349}),
    ("2282件代表议案、43750件代表建议已全部办理完毕。", {2282, 43750}),
    ("市人大常委会2023年共办理代表建议、批评和意见315件。", {315}),
])
def test_the_handling_of_the_deputies_suggestions_is_counted(facts_of, text, counts):
    assert {v for v, unit in stats(facts_of(text)) if unit == "件"} == counts


def test_a_list_handled_is_counted_from_its_verb_past_a_year(facts_of):
    """The year in a list's first item is no count of its own: the list is counted from its verb."""
    text = "市人大常委会2023年共办理代表建议、批评和意见315件。"
    assert [s.what for s in facts_of(text).statistics] == ["办理代表建议、批评和意见"]
