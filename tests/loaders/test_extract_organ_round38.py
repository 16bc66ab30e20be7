"""Organ classes of round 38, from the misses and false organs of the freshest readable files (`an`, `am`, `al` odd) and
older readable files with other wording; variants written in the genre's style (simplified and traditional script)."""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL, organs

PROVINCE = "浙江省人民代表大会常务委员会"
CITY = "三明市人民代表大会常务委员会（福建省）"
TOWN = "丰州镇人民代表大会（福建省南安市）"


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        # an07 (traditional): a national member's post in a special committee, in a province's report
        ("全國人大常委會委員、教科文衛委員會副主任委員吳恒率調研組前來我省。", PROVINCE, "教科文衛委員會",
         "全国人民代表大会教育科学文化卫生委员会"),
        # an55 (traditional): the county-level city's committee in a town's report, not the town's
        ("市人大常委、內司委主任張永志參加檢查。", TOWN, "內司委", "南安市人民代表大会内务司法委员会"),
        # an29: a working committee stays the standing committee's
        ("三明市人大常委会委员、法工委主任陈某作说明。", CITY, "法工委", "三明市人民代表大会常务委员会法制工作委员会"),
        # b17, n02, af27: other wording (a resignation, an abbreviation, a province named short)
        ("接受徐某辞去省人大常委会委员、法制委员会副主任委员职务的请求。", PROVINCE, "法制委员会", "浙江省人民代表大会法制委员会"),
        ("全国人大常委会委员、环资委副主任委员王某参加调研。", NATIONAL, "环资委", "全国人民代表大会环境与资源保护委员会"),
        ("省人大常委会委员、省人大外事侨务委员会副主任委员李某陪同。", PROVINCE, "省人大外事侨务委员会",
         "浙江省人民代表大会外事侨务委员会"),
    ],
)
def test_a_committee_after_its_congress_s_member_title_is_that_congress_s(facts_of, text, organ, mention, canonical):
    """A post in a committee named after a member's title of a congress or its standing committee (全国人大常委会委员、
    教科文卫委员会副主任委员; 市人大常委、内司委主任): the committee is that congress's, its body the committee's own."""
    found = organs(facts_of(text, organ))
    assert (mention, canonical) in found
    assert not any(m == mention and c != canonical for m, c in found)  # never the report's own committee beside it


# newuser22 §9 asked for one rule for a municipality's districts and counties. The rule is the one every city's follow: a
# district (市辖区), whose name repeats across cities (鼓楼区, 新华区), is named with its city, a county (县, 自治县) or a
# county-level city alone; the readable golds of Chongqing, Beijing, Shanghai and Tianjin reports give 140 district
# entries with their municipality and none without, 32 county entries without it and none with (丰都县, 奉节县, 云阳县,
# 石柱土家族自治县, 秀山土家族苗族自治县, 酉阳土家族苗族自治县: f07, g08, aj53, am43, m30, h12, h26, h29).
@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("市人大常委会委托九龙坡区、丰都县、石柱土家族自治县人大常委会开展执法检查。", "重庆市人民代表大会常务委员会", "九龙坡区",
         "重庆市九龙坡区人民代表大会常务委员会"),
        ("市人大常委会委托九龙坡区、丰都县、石柱土家族自治县人大常委会开展执法检查。", "重庆市人民代表大会常务委员会", "丰都县",
         "丰都县人民代表大会常务委员会"),
        ("市人大常委会委托九龙坡区、丰都县、石柱土家族自治县人大常委会开展执法检查。", "重庆市人民代表大会常务委员会",
         "石柱土家族自治县人大常委会", "石柱土家族自治县人民代表大会常务委员会"),
        ("县人大常委会组织开展执法检查，县政府参加。", "奉节县人民代表大会常务委员会（重庆市）", "县政府", "奉节县人民政府"),
        ("区人大常委会组织开展执法检查，区政府参加。", "九龙坡区人民代表大会常务委员会（重庆市）", "区政府", "重庆市九龙坡区人民政府"),
        ("海淀区人大常委会、延庆区人民政府负责同志参加。", "北京市人民代表大会常务委员会", "延庆区人民政府", "北京市延庆区人民政府"),
        ("崇明区人大常委会列席会议。", "上海市人民代表大会常务委员会", "崇明区人大常委会", "上海市崇明区人民代表大会常务委员会"),
        ("静海区人民政府参加。", "天津市人民代表大会常务委员会", "静海区人民政府", "天津市静海区人民政府"),
        # the same rule in a province's city
        ("武昌区人大常委会、新洲区人民政府参加。", "武汉市人民代表大会常务委员会", "新洲区人民政府", "武汉市新洲区人民政府"),
    ],
)
def test_a_district_is_named_with_its_city_a_county_alone(facts_of, text, organ, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, organ))


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        # an55 (traditional): a standing committee member's title after the congress's name is no committee
        ("市人大專職常委葉榮發參加檢查。", None),
        ("县人大驻会常委王某某陪同视察。", None),
        ("区人大兼职常委李某、区人大代表张某参加。", None),
        # near miss: a committee's short name after the congress's stays one
        ("市人大财经委主任委员王某参加调研。", "三明市人民代表大会财政经济委员会"),
    ],
)
def test_a_member_s_title_is_no_committee(facts_of, text, committee):
    """常委 after a word of a post (专职常委, 驻会常委, 兼职常委) is a standing committee member's title, never a committee's
    short name read as …常委员会."""
    found = {c for _, c in organs(facts_of(text, CITY)) if c and c.endswith("委员会") and "常务委员会" not in c}
    assert not any(c.endswith("常委员会") for c in found)
    assert committee is None or committee in found


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        # aa47, ah21, ab21: departments the stock of stems lacked, after their level word
        ("区园林绿化局、区水务局负责同志汇报了工作。", "海淀区人民代表大会常务委员会（北京市）", "区园林绿化局", "北京市海淀区园林绿化局"),
        ("州国家安全局、州公安局有关负责人列席会议。", "大理白族自治州人民代表大会常务委员会（云南省）", "州国家安全局",
         "大理白族自治州国家安全局"),
        ("听取了市文广局关于公共文化服务体系建设情况的汇报。", "榆林市人民代表大会常务委员会（陕西省）", "市文广局", "榆林市文广局"),
    ],
)
def test_departments_of_the_genre_s_stock(facts_of, text, organ, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, organ))


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        # an21, ae57, ac47: an enforcement bureau's short name the text never writes in full is kept as written (round 38's
        # ruling 10: 综合执法局 is written 综合行政执法局 only where the text names the bureau so)
        ("市人民政府及城管执法局、财政局负责同志到会应询。", "钦州市人民代表大会常务委员会（广西壮族自治区）", "城管执法局",
         "钦州市城管执法局"),
        ("区农业农村局、区综合执法局负责同志参加座谈。", "上虞区人民代表大会常务委员会（浙江省绍兴市）", "区综合执法局",
         "绍兴市上虞区综合执法局"),
        ("听取了县综合执法局关于行政处罚案卷评查情况的汇报。", "安吉县人民代表大会常务委员会（浙江省湖州市）", "县综合执法局",
         "安吉县综合执法局"),
        # near miss: the full name written stays full
        ("听取了县综合行政执法局的汇报。", "安吉县人民代表大会常务委员会（浙江省湖州市）", "县综合行政执法局", "安吉县综合行政执法局"),
    ],
)
def test_an_enforcement_bureau_s_short_name_is_kept_as_written(facts_of, text, organ, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, organ))
