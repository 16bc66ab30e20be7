"""Classes of law phrasing the genre writes, each with several phrasings composed for the test
(different laws, levels and scripts): inspection ties across clauses, bare titles whose form the
genre fixes, abbreviations, and laws cited in passing that are not inspected."""
from __future__ import annotations

import pytest

JIANGSU = "江苏省人民代表大会常务委员会"
ANHUI = "安徽省人民代表大会常务委员会"
NPCSC = "全国人民代表大会常务委员会"


def laws(facts):
    return {(law.canonical, law.inspected) for law in facts.laws}


@pytest.mark.parametrize("text, law", [
    # 检查…X…(贯彻执行|落实|贯彻实施) with any noun after it
    ("常委会组成人员分三组赴各区，检查《江苏省大气污染防治条例》的贯彻执行情况。", "江苏省大气污染防治条例"),
    ("执法检查组深入企业，对照法律条文逐条检查《中华人民共和国安全生产法》落实情况。", "中华人民共和国安全生产法"),
    ("运用信息化手段，检查了《中华人民共和国中医药法》在我市的贯彻实施。", "中华人民共和国中医药法"),
    ("检查我市贯彻实施《中华人民共和国民族区域自治法》情况。", "中华人民共和国民族区域自治法"),
    ("对《苏州市旅游条例》的执行情况进行监督检查。", "苏州市旅游条例"),
    # an inspection clause without a law of its own borrows the laws of its sentence
    ("年内，常委会围绕《苏州市河道管理条例》，组织开展执法检查，督促政府履职。", "苏州市河道管理条例"),
    ("围绕《江苏省生态环境保护条例》实施，常委会开展专项执法检查。", "江苏省生态环境保护条例"),
    ("为推动《中华人民共和国海洋环境保护法》全面有效实施，常委会组织开展执法检查。", "中华人民共和国海洋环境保护法"),
    ("执法检查项目：《中华人民共和国公共图书馆法》、《苏州市全民阅读促进条例》。", "苏州市全民阅读促进条例"),
    ("今年安排了三项执法检查，分别是药品管理法、中医药条例和湿地保护条例。", "中华人民共和国药品管理法"),
    ("執法檢查組通過聽取匯報、實地察看等方式，全面了解《中華人民共和國長江保護法》在本市的實施情況。", "中华人民共和国长江保护法"),
    # a list item after a law runs up to the verb of the inspection
    ("对公共文化服务保障法、全民阅读促进条例开展了执法检查。", "全民阅读促进条例"),
    ("依法开展气象法、防震减灾条例执法检查。", "防震减灾条例"),
])
def test_a_law_tied_to_an_inspection_is_inspected(facts_of, text, law):
    assert (law, True) in laws(facts_of(text))


@pytest.mark.parametrize("text, law", [
    ("市场监管局依据《中华人民共和国食品安全法》开展行政执法检查。", "中华人民共和国食品安全法"),
    ("公安局对《中华人民共和国消防法》落实情况开展行政执法检查。", "中华人民共和国消防法"),
    ("市市场监管局开展《中华人民共和国食品安全法》执法检查。", "中华人民共和国食品安全法"),
    ("市交通运输局对《江苏省道路运输条例》落实情况进行检查。", "江苏省道路运输条例"),
    ("依照《中华人民共和国各级人民代表大会常务委员会监督法》，常委会开展执法检查。", "中华人民共和国各级人民代表大会常务委员会监督法"),
    ("常委会开展执法检查4次，审议通过《苏州市文明行为促进条例》。", "苏州市文明行为促进条例"),
    ("开展执法检查两次，听取审议《苏州市养老服务条例》实施情况的报告。", "苏州市养老服务条例"),
    ("开展了执法检查，并组织学习宣传《中华人民共和国宪法》。", "中华人民共和国宪法"),
])
def test_a_law_cited_made_or_reviewed_beside_an_inspection_is_not_inspected(facts_of, text, law):
    assert (law, False) in laws(facts_of(text))


@pytest.mark.parametrize("text, organ, law", [
    ("开展省乡镇人大工作条例执法检查。", ANHUI, "安徽省乡镇人民代表大会工作条例"),
    ("修改《省乡镇人大工作条例》。", ANHUI, "安徽省乡镇人民代表大会工作条例"),
    ("贯彻市养犬管理条例，规范城市管理。", None, "苏州市养犬管理条例"),
    ("根据监督法和省实施监督法办法的规定，听取专项工作报告。", JIANGSU,
     "江苏省实施《中华人民共和国各级人民代表大会常务委员会监督法》办法"),
])
def test_a_bare_level_word_names_the_reports_own_area(facts_of, text, organ, law):
    found = laws(facts_of(text, organ=organ) if organ else facts_of(text))
    assert law in {name for name, _ in found}


@pytest.mark.parametrize("text, organ, law", [
    # paraphrased from www.nmgrd.gov.cn/…/t20211008_387179.html (内蒙古自治区人民代表大会常务委员会工作条例)
    ("常委会就自治区人大常委会工作条例实施情况开展调研。", "内蒙古自治区人民代表大会常务委员会",
     "内蒙古自治区人民代表大会常务委员会工作条例"),
    # paraphrased from www.fx361.cc/page/2016/0909/18453596.shtml (上海市控烟条例执法检查)
    ("常委会围绕市公共场所控制吸烟条例开展执法检查。", "上海市人民代表大会常务委员会", "上海市公共场所控制吸烟条例"),
    # paraphrased from m.handmsg.com/page/2018/1117/11104855.shtml (山东省地方立法四十年)
    ("各级政府认真落实省计划生育条例。", "山东省人民代表大会常务委员会", "山东省计划生育条例"),
])
def test_a_level_word_after_a_preposition_or_a_verb_of_carrying_out_names_the_reports_area(facts_of, text, organ, law):
    """就, 围绕 and 落实 stand before a title as 对 and 贯彻 do (laws_bare._BEFORE)."""
    assert law in {name for name, _ in laws(facts_of(text, organ=organ))}


def test_market_and_citizen_words_are_no_level_word(facts_of):
    assert facts_of("市场监管条例的起草，市民公约的修订。").laws == []


@pytest.mark.parametrize("text, law", [
    ("审议通过了实施残疾人保障法办法修订草案。", "实施《中华人民共和国残疾人保障法》办法"),
    ("湖北省实施监督法办法", "湖北省实施《中华人民共和国各级人民代表大会常务委员会监督法》办法"),
    ("审议《浙江省实施〈中华人民共和国妇女权益保障法〉办法》。", "浙江省实施《中华人民共和国妇女权益保障法》办法"),
])
def test_a_local_implementing_measure_names_its_law_by_the_official_title(facts_of, text, law):
    found = {name for name, _ in laws(facts_of(text))}
    assert law in found
    # the national law inside the measure's title is a mention of its own, with 〈〉 or without
    # (PROVENANCE-j-a, nested laws: 实施慈善法办法 names 慈善法 too)
    assert law[law.index("《") + 1 : law.index("》")] in found


@pytest.mark.parametrize("text, organ, measure, law", [
    ("会议建议议程有：审议实施慈善法办法草案修改二稿。", "陕西省人民代表大会常务委员会",
     "陕西省实施《中华人民共和国慈善法》办法", "中华人民共和国慈善法"),
    ("听取关于中小企业促进法及陕西省实施办法执法检查工作方案。", "陕西省人民代表大会常务委员会",
     "陕西省实施《中华人民共和国中小企业促进法》办法", "中华人民共和国中小企业促进法"),
    ("开展《水法》及本省实施办法的执法检查。", "湖北省人民代表大会常务委员会",
     "湖北省实施《中华人民共和国水法》办法", "中华人民共和国水法"),
    ("开展慈善法及我省实施办法执法检查。", "陕西省人民代表大会常务委员会",
     "陕西省实施《中华人民共和国慈善法》办法", "中华人民共和国慈善法"),
    ("审议陕西省实施《中华人民共和国慈善法》办法（草案）。", "陕西省人民代表大会常务委员会",
     "陕西省实施《中华人民共和国慈善法》办法", "中华人民共和国慈善法"),
    ("修订省实施《中华人民共和国道路交通安全法》办法。", "陕西省人民代表大会常务委员会",
     "陕西省实施《中华人民共和国道路交通安全法》办法", "中华人民共和国道路交通安全法"),
])
def test_a_provinces_implementing_measure_takes_the_province_and_never_stands_bare(facts_of, text, organ, measure, law):
    found = {name for name, _ in laws(facts_of(text, organ=organ))}
    assert {measure, law} <= found
    assert not any(name.endswith(("省实施办法", "市实施办法")) for name in found)


@pytest.mark.parametrize("text, organ, titles", [
    ("审议秦岭生态环境保护条例修订草案修改稿、测绘条例修订草案。", "陕西省人民代表大会常务委员会",
     {"陕西省秦岭生态环境保护条例", "陕西省测绘条例"}),
    ("审议省政府关于提请审议发展中医条例修订草案的议案。", "陕西省人民代表大会常务委员会", {"陕西省发展中医条例"}),
    ("会议审议了城市更新条例草案和养犬管理条例修正草案。", "深圳市人民代表大会常务委员会",
     {"深圳市城市更新条例", "深圳市养犬管理条例"}),
])
def test_a_draft_named_by_its_short_title_is_the_reports_own_regulation(facts_of, text, organ, titles):
    assert titles <= {name for name, _ in laws(facts_of(text, organ=organ))}


@pytest.mark.parametrize("text, organ, law", [
    ("审议委员长会议关于提请审议关于设立北京金融法院的决定草案的议案。", NPCSC, f"{NPCSC}关于设立北京金融法院的决定"),
    ("作出关于加强经济工作监督的决定。", NPCSC, f"{NPCSC}关于加强经济工作监督的决定"),
    ("常委会作出了关于加强和改进生态环境保护工作的决定。", JIANGSU, "江苏省人民代表大会常务委员会关于加强和改进生态环境保护工作的决定"),
    ("審議關於促進長江流域禁捕工作的決定(草案)。", JIANGSU, "江苏省人民代表大会常务委员会关于促进长江流域禁捕工作的决定"),
])
def test_a_legal_decision_without_brackets_is_a_law(facts_of, text, organ, law):
    assert law in {name for name, _ in laws(facts_of(text, organ=organ))}


@pytest.mark.parametrize("text", [
    "会议表决通过了关于接受王某辞去市人大代表职务的决定。",
    "学习贯彻中共中央关于全面深化改革若干重大问题的决定。",
    "表决通过了关于批准市体育中心建设项目的决定。",
])
def test_personnel_party_and_project_decisions_are_not_laws(facts_of, text):
    assert facts_of(text).laws == []


@pytest.mark.parametrize("written, law", [
    ("刑诉法", "中华人民共和国刑事诉讼法"),
    ("民诉法", "中华人民共和国民事诉讼法"),
    ("未保法", "中华人民共和国未成年人保护法"),
    ("固废法", "中华人民共和国固体废物污染环境防治法"),
    ("个保法", "中华人民共和国个人信息保护法"),
    ("反家暴法", "中华人民共和国反家庭暴力法"),
])
def test_customary_abbreviations_name_their_law(facts_of, written, law):
    assert law in {name for name, _ in laws(facts_of(f"认真落实行政诉讼法、{written}有关规定。"))}


@pytest.mark.parametrize("text, law", [
    ("會(huì )議聽(tīng )取了《中華人民共和國職業教育法》執法檢查報告。", "中华人民共和国职业教育法"),
    ("開(kāi )展《江蘇省湖泊保護條例》執(zhí )法檢查。", "江苏省湖泊保护条例"),
])
def test_a_gloss_padded_with_a_blank_is_dropped(facts_of, text, law):
    assert (law, True) in laws(facts_of(text))


@pytest.mark.parametrize("text, law", [
    ("開展《浙江省電梯安全管理?xiàng)l例》執(zhí)法檢查。", "浙江省电梯安全管理条例"),
    ("審議了《福州市養犬管理?xiàng)l例(草案)》。", "福州市养犬管理条例"),
])
def test_a_gloss_that_lost_its_character_reads_as_that_character(facts_of, text, law):
    facts = facts_of(text)
    assert law in {name for name, _ in laws(facts)}
    assert all(text[m.start:m.end] == m.mention for m in facts.laws)  # offsets into the text as read


@pytest.mark.parametrize("text, law", [
    ("常委会开展执法检查3项。一是《中华人民共和国种子法》；二是《江苏省河道管理条例》；三是《苏州市养老服务条例》。",
     "苏州市养老服务条例"),
    ("今年开展两项执法检查：一是《中华人民共和国畜牧法》，重点了解防疫；二是《江苏省渔业管理条例》，重点了解禁捕。",
     "江苏省渔业管理条例"),
    ("（三）扎实开展执法检查\n1.《中华人民共和国公共文化服务保障法》\n2.《苏州市全民阅读促进条例》", "苏州市全民阅读促进条例"),
])
def test_a_numbered_item_takes_the_inspection_its_list_states(facts_of, text, law):
    assert (law, True) in laws(facts_of(text))


def test_items_after_a_head_that_ends_in_other_work_are_not_inspected(facts_of):
    facts = facts_of("常委会开展执法检查3项，听取专项工作报告5个。一是《苏州市旅游条例》实施情况的报告。")
    assert ("苏州市旅游条例", False) in laws(facts)


@pytest.mark.parametrize("text, law", [
    ("常委会开展了森林法及其实施条例执法检查。", "森林法实施条例"),
    ("对《中华人民共和国土地管理法》及其实施条例贯彻执行情况进行检查。", "土地管理法实施条例"),
    ("对《中华人民共和国道路交通安全法》实施条例执行情况进行检查。", "道路交通安全法实施条例"),
    ("开展《中华人民共和国农产品质量安全法》和省实施办法执法检查。",
     "江苏省实施《中华人民共和国农产品质量安全法》办法"),
    ("检查《中华人民共和国妇女权益保障法》及我省实施办法实施情况。",
     "江苏省实施《中华人民共和国妇女权益保障法》办法"),
])
def test_a_laws_own_implementing_rules_named_after_it(facts_of, text, law):
    found = laws(facts_of(text, organ=JIANGSU))
    assert (law, True) in found
    assert all(not name.startswith(("其", "实施")) for name, _ in found)


@pytest.mark.parametrize("text, law, inspected", [
    ("今年5月，常委会组织开展了执法检查。检查组深入企业、社区，全面了解《中华人民共和国安全生产法》贯彻落实情况。",
     "中华人民共和国安全生产法", True),
    ("常委会开展执法检查。检查组认为，《中华人民共和国统计法》实施总体良好。", "中华人民共和国统计法", True),
    ("常委会开展执法检查。会议审议通过了《苏州市物业管理条例》。", "苏州市物业管理条例", False),
    # the next paragraph opened by the group is still that group's finding (round 44, fresh at45: a news lead, then
    # its body); one opened by other words is not
    ("常委会开展执法检查。\n检查组认为，《中华人民共和国统计法》实施总体良好。", "中华人民共和国统计法", True),
    ("常委会开展执法检查。\n会后，检查组认为，《中华人民共和国统计法》实施总体良好。", "中华人民共和国统计法", False),
])
def test_the_sentence_after_an_inspection_tells_what_its_group_found(facts_of, text, law, inspected):
    assert (law, inspected) in laws(facts_of(text))


@pytest.mark.parametrize("text, organ, law", [
    ("检查苏州古城保护条例实施情况。", None, "苏州古城保护条例"),
    ("审议海南自由贸易港企业国有资产条例（草案）。", "海南省人民代表大会常务委员会", "海南自由贸易港企业国有资产条例"),
])
def test_a_title_after_a_short_area_name_is_found_as_written(facts_of, text, organ, law):
    found = laws(facts_of(text, organ=organ) if organ else facts_of(text))
    assert law in {name for name, _ in found}


@pytest.mark.parametrize("text, reviewed, inspected", [
    ("听取和审议省高级人民法院关于贯彻实施《中华人民共和国行政诉讼法》情况的报告、省人大常委会执法检查组关于检查"
     "《中华人民共和国食品安全法》实施情况的报告。", "中华人民共和国行政诉讼法", "中华人民共和国食品安全法"),
    ("会议听取了市政府关于《苏州市养老服务条例》实施情况的报告和市人大常委会执法检查组关于《中华人民共和国消防法》"
     "执法检查情况的报告。", "苏州市养老服务条例", "中华人民共和国消防法"),
])
def test_each_report_of_a_list_heard_is_what_its_own_words_say(facts_of, text, reviewed, inspected):
    found = laws(facts_of(text))
    assert (reviewed, False) in found and (inspected, True) in found


@pytest.mark.parametrize("text, decision, law", [
    ("审议通过《杭州市人民代表大会常务委员会关于修改<杭州市城乡规划条例>的决定》。",
     "杭州市人民代表大会常务委员会关于修改《杭州市城乡规划条例》的决定", "杭州市城乡规划条例"),
    ("审议通过《苏州市人民代表大会常务委员会关于修改《苏州市城市绿化条例》的决定》。",
     "苏州市人民代表大会常务委员会关于修改《苏州市城市绿化条例》的决定", "苏州市城市绿化条例"),
])
def test_a_title_nesting_brackets_of_any_form_is_one_title_naming_another(facts_of, text, decision, law):
    assert {name for name, _ in laws(facts_of(text))} == {decision, law}


@pytest.mark.parametrize("text, title", [
    ("2024年，省人大常委会对《湖北省实施〈中华人民共和国农业技术推广法〉办法》开展执法检查。",
     "湖北省实施《中华人民共和国农业技术推广法》办法"),
    ("常委会检查了《江苏省实施<中华人民共和国防洪法>办法》的执行情况。", "江苏省实施《中华人民共和国防洪法》办法"),
    ("會議審議通過了《安徽省實施〈中華人民共和國土地管理法〉辦法》。", "安徽省实施《中华人民共和国土地管理法》办法"),
])
def test_a_measure_implementing_a_national_law_is_a_local_regulation(facts_of, text, title):
    levels = {law.canonical: law.level for law in facts_of(text).laws}
    assert levels[title] == "地方性法规"


@pytest.mark.parametrize("text, decision", [
    ("会议审议通过社区矫正法、关于废止有关收容教育法律规定和制度的决定。",
     "全国人民代表大会常务委员会关于废止有关收容教育法律规定和制度的决定"),
    ("表决通过了森林法和关于修改部分法律的决定。", "全国人民代表大会常务委员会关于修改部分法律的决定"),
    ("会议批准了预算调整方案、关于授权国务院在部分地区开展试点的决定。",
     "全国人民代表大会常务委员会关于授权国务院在部分地区开展试点的决定"),
])
def test_a_decision_listed_after_a_verb_of_adoption_is_a_law(facts_of, text, decision):
    assert decision in {name for name, _ in laws(facts_of(text, organ="全国人民代表大会常务委员会"))}


def test_a_decision_outside_a_list_of_adopted_items_is_no_law(facts_of):
    assert facts_of("会议传达了学习材料、关于加强作风建设的决定。", organ="全国人民代表大会常务委员会").laws == []


@pytest.mark.parametrize("text, titles", [
    ("审查《深圳市人民代表大会常务委员会关于修改〈深圳市实施《中华人民共和国人民防空法》办法〉和〈深圳市养犬管理条例〉的决定》。",
     {"深圳市实施《中华人民共和国人民防空法》办法", "中华人民共和国人民防空法", "深圳市养犬管理条例"}),
    ("审查《珠海市人民代表大会常务委员会关于修改《珠海市实施〈中华人民共和国水法〉办法》的决定》。",
     {"珠海市实施《中华人民共和国水法》办法", "中华人民共和国水法"}),
])
def test_a_decision_amending_an_implementing_measure_names_the_measure_and_its_law(facts_of, text, titles):
    found = {name for name, _ in laws(facts_of(text))}
    assert titles <= found
    assert any(name.endswith("的决定") for name in found)


@pytest.mark.parametrize("text, organ, canonical", [
    ("适时作出《秀山自治县人大常委会关于促进和保障武陵山区毗邻地区中心城市建设的决定》。",
     "秀山土家族苗族自治县人民代表大会常务委员会",
     "秀山土家族苗族自治县人民代表大会常务委员会关于促进和保障武陵山区毗邻地区中心城市建设的决定"),
    ("审议《长阳自治县清江保护条例（草案）》。", "长阳土家族自治县人民代表大会常务委员会", "长阳土家族自治县清江保护条例"),
    ("施行《恩施自治州酉水河保护条例》。", "恩施土家族苗族自治州人民代表大会常务委员会", "恩施土家族苗族自治州酉水河保护条例"),
])
def test_an_autonomous_areas_short_form_is_read_as_its_full_name(facts_of, text, organ, canonical):
    assert canonical in {name for name, _ in laws(facts_of(text, organ=organ))}


@pytest.mark.parametrize("text, organ, canonical", [
    # the customary name (short name and the unit's last character), in a report of the area or of its province
    ("州人大常委会对《恩施州山体保护条例》开展执法检查。", "恩施土家族苗族自治州人民代表大会常务委员会",
     "恩施土家族苗族自治州山体保护条例"),
    ("批准《湘西州酉水河保护条例》。", "湖南省人民代表大会常务委员会", "湘西土家族苗族自治州酉水河保护条例"),
    ("審議《黔東南州民族文化村寨保護條例（草案）》。", "贵州省人民代表大会常务委员会", "黔东南苗族侗族自治州民族文化村寨保护条例"),
    ("县人大常委会检查《长阳县清江保护条例》实施情况。", "长阳土家族自治县人民代表大会常务委员会", "长阳土家族自治县清江保护条例"),
])
def test_an_autonomous_areas_customary_name_is_read_as_its_full_name(facts_of, text, organ, canonical):
    """恩施州, 湘西州, 长阳县: the name the genre writes for an autonomous area, no area's own (round 21: a prefecture's
    regulation kept 恩施州 in its canonical title, apart from the same law under its full name)."""
    assert canonical in {name for name, _ in laws(facts_of(text, organ=organ))}


@pytest.mark.parametrize("text, canonical", [
    ("批准《扬州市古城保护条例》。", "扬州市古城保护条例"),
    ("批准《徐州市城市绿化条例》。", "徐州市城市绿化条例"),
])
def test_a_city_named_with_its_own_unit_is_no_customary_name(facts_of, text, canonical):
    """Only an autonomous area has a customary name; 扬州市, 徐州市 are read as written."""
    assert canonical in {name for name, _ in laws(facts_of(text, organ=JIANGSU))}


@pytest.mark.parametrize("text, organ, law", [
    ("听取和审议了州人大常委会执法检查组作的《关于检查恩施州山体保护条例实施情况的报告》。",
     "恩施土家族苗族自治州人民代表大会常务委员会", ("恩施土家族苗族自治州山体保护条例", True)),
    ("听取和审议了《关于检查湖北省河道管理条例实施情况的报告》。", "湖北省人民代表大会常务委员会",
     ("湖北省河道管理条例", True)),
    ("聽取了《吕梁市電動自行車管理條例（草案）的說明》。", "吕梁市人民代表大会常务委员会", ("吕梁市电动自行车管理条例", False)),
    ("交办《关于对贵阳市大气污染防治条例执法检查报告的审议意见》。", "贵阳市人民代表大会常务委员会",
     ("贵阳市大气污染防治条例", True)),
])
def test_a_reports_or_opinions_title_names_laws_as_running_text_does(facts_of, text, organ, law):
    """A 《》 title of a document about others (报告, 说明, 审议意见) names its laws bare, as a sentence would: found
    with their area (《关于检查湖北省河道管理条例…》 gave the State Council's 河道管理条例; 恩施州山体保护条例 was
    not found)."""
    assert law in laws(facts_of(text, organ=organ))


def test_a_decisions_title_stays_closed_to_bare_titles(facts_of):
    """A title that is no document about others (a non-law decision) names no law by its words."""
    assert facts_of("研究了《区人大常委会关于表扬在疫情防控工作中表现突出的人大代表的决定（草案）》。",
                    organ="武汉市新洲区人民代表大会常务委员会").laws == []


@pytest.mark.parametrize(("text", "expected"), [
    # a province's 2024 plan (湖南, paraphrased): the standing committee's 若干规定, inspected
    ("2024年，省人大常委会拟对《湖南省居民自建房安全管理若干规定》开展执法检查。", "地方性法规"),
    ("常委会组织开展《湖南省物业服务和管理规定》执法检查。", "地方性法规"),
    # named, not inspected: the form's guess stands
    ("省政府发布了《湖南省物业服务和管理规定》。", "规章"),
])
def test_a_local_rule_a_congress_inspects_is_a_local_regulation(facts_of, text, expected):
    """执法检查 checks laws and regulations (监督法, chapter 4): a local 规定 the congress inspects is no 规章, as
    its form alone would say (a fresh user's Hunan 若干规定 was typed Rule)."""
    [law] = facts_of(text, "湖南省人民代表大会常务委员会").laws
    assert law.level == expected


@pytest.mark.parametrize("text, organ, law", [
    # the report's words for its own area before a bare title (a new user's Guangdong report, round 17)
    # (its topic written as the national law's abbreviation in full: laws_bare.with_full_topic)
    ("审议省人大常委会执法检查组关于检查环保法和我省环保条例实施情况的报告。", "广东省人民代表大会常务委员会", "广东省环境保护条例"),
    ("常委会开展本市养犬管理条例执法检查。", "武汉市人民代表大会常务委员会", "武汉市养犬管理条例"),
    ("檢查我省環保條例實施情況。", "广东省人民代表大会常务委员会", "广东省环境保护条例"),
    # 我区 in an autonomous region's report is the region
    ("自治区人大常委会开展我区民族团结进步条例执法检查。", "广西壮族自治区人民代表大会常务委员会", "广西壮族自治区民族团结进步条例"),
])
def test_a_title_opening_with_the_reports_own_area_names_that_area(facts_of, text: str, organ: str, law: str) -> None:
    found = {law.canonical for law in facts_of(text, organ).laws}
    assert law in found
    assert not any(title.startswith(("我省", "本市", "我区")) for title in found)


@pytest.mark.parametrize("short, full", [
    ("《河南省乡镇人大主席团工作条例》", "《河南省乡镇人民代表大会主席团工作条例》"),
    ("《浙江省街道人大工作条例》", "《浙江省街道人民代表大会工作条例》"),
    ("全国人大常委会关于第十三届全国人大代表名额和选举问题的决定", "全国人民代表大会常务委员会关于第十三届全国人民代表大会代表名额和选举问题的决定"),
])
def test_a_title_naming_the_congress_short_or_in_full_is_one_law(facts_of, short: str, full: str) -> None:
    titles = {law.canonical for law in facts_of(f"常委会审议通过{short}。会议还审议了{full}。", NPCSC).laws}
    assert len(titles) == 1 and "人大" not in titles.pop().replace("人大代表", "")


def test_a_local_deputy_in_a_title_keeps_the_titles_short_form(facts_of) -> None:
    """民生实事项目人大代表票决制 is how the decisions name the system; only the body is written in full."""
    titles = {law.canonical for law in facts_of("会议通过了《关于实施民生实事项目人大代表票决制的决定》。",
                                                  "杭州市人民代表大会常务委员会").laws}
    assert any("人大代表票决制" in title for title in titles)


@pytest.mark.parametrize("text, law", [
    # the committee whose group or work it is stands before a bare title (new users' Jiangsu and Heilongjiang reports)
    ("省人大常委会河道管理条例执法检查组来我市检查。", "河道管理条例"),
    ("省人大常委会推进优化营商环境条例执法检查工作。", "优化营商环境条例"),
    ("市人大常委会城市绿化条例执法检查组深入各区。", "城市绿化条例"),
])
def test_the_committee_before_a_bare_title_is_no_part_of_it(facts_of, text: str, law: str) -> None:
    titles = {law.canonical for law in facts_of(text, JIANGSU).laws}
    assert law in titles and not any("常务委员会" in title for title in titles)


def test_a_title_of_the_congress_and_its_committee_keeps_them(facts_of) -> None:
    """Near miss: the rules of a congress and its standing committee name them (立法条例)."""
    titles = {law.canonical for law in facts_of("会议审议了省人民代表大会及其常务委员会立法条例修正案。", JIANGSU).laws}
    assert "江苏省人民代表大会及其常务委员会立法条例" in titles


HUBEI = "湖北省人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "title", "level"), [
    # the maker named before the title: a government issues rules, a congress makes or approves regulations
    # (each inspected too, which alone would make it a regulation: 监督法's 法律、法规)
    ("省政府出台《湖北省优化营商环境办法》后，常委会对《湖北省优化营商环境办法》开展执法检查。", "湖北省优化营商环境办法", "规章"),
    ("省人民政府近日印发《湖北省物业服务和管理规定》，常委会开展《湖北省物业服务和管理规定》执法检查。",
     "湖北省物业服务和管理规定", "规章"),
    ("省政府令《湖北省水库管理办法》施行后，常委会开展《湖北省水库管理办法》执法检查。", "湖北省水库管理办法", "规章"),
    ("省政府規章《湖北省水庫管理若干規定》施行以來，常委會開展《湖北省水庫管理若干規定》執法檢查。",
     "湖北省水库管理若干规定", "规章"),
    ("省人大常委会审议通过《湖北省物业服务和管理规定》。", "湖北省物业服务和管理规定", "地方性法规"),
    ("省人大常委會第十次會議審議通過《湖北省物業服務和管理規定》。", "湖北省物业服务和管理规定", "地方性法规"),
    ("常委会批准《武汉市禁止燃放烟花爆竹规定》。", "武汉市禁止燃放烟花爆竹规定", "地方性法规"),
    # a count after it naming its kind
    ("会议听取关于《武汉市禁止燃放烟花爆竹规定》等法规的审议结果。", "武汉市禁止燃放烟花爆竹规定", "地方性法规"),
    ("常委会开展《湖北省水库管理规定》等政府规章执法检查。", "湖北省水库管理规定", "规章"),
    # the province's 办法 on the topic of a State Council regulation the report names: the government's rule
    # carrying it out, inspected or not (a new user's l17)
    ("市人大常委会组织开展国务院《优化营商环境条例》和《湖北省优化营商环境办法》实施情况执法检查。",
     "湖北省优化营商环境办法", "规章"),
    ("全面推進國務院《優化營商環境條例》和《湖北省優化營商環境辦法》貫徹實施。", "湖北省优化营商环境办法", "规章"),
    ("常委会开展《物业管理条例》《湖北省物业管理规定》执法检查。", "湖北省物业管理规定", "规章"),
    # measures implementing a national law are the congress's, whatever their form's last word
    ("贯彻《湖南省实施〈中华人民共和国未成年人保护法〉若干规定》。", "湖南省实施《中华人民共和国未成年人保护法》若干规定", "地方性法规"),
    ("学习《湖北省实施〈中华人民共和国工会法〉规定》。", "湖北省实施《中华人民共和国工会法》规定", "地方性法规"),
    ("修改《湖北省实施〈中华人民共和国妇女权益保障法〉办法》。", "湖北省实施《中华人民共和国妇女权益保障法》办法", "地方性法规"),
    # no maker: the form's guess, and an inspection's (监督法: 法律、法规) as before
    ("学习《湖北省水库管理办法》。", "湖北省水库管理办法", "规章"),
    ("常委会组织开展《湖北省物业服务和管理规定》执法检查。", "湖北省物业服务和管理规定", "地方性法规"),
    # a government hearing, reporting or handling is no making (市政府关于《…》实施情况的报告)
    ("常委会开展《湖北省物业服务和管理规定》执法检查，听取市政府关于《湖北省物业服务和管理规定》实施情况的报告。",
     "湖北省物业服务和管理规定", "地方性法规"),
    ("聽取省政府關於《湖北省水庫管理辦法》實施情況的報告。", "湖北省水库管理办法", "规章"),
    # a State Council regulation of another topic says nothing
    ("贯彻《物业管理条例》和《湖北省水库管理办法》。", "湖北省水库管理办法", "规章"),
    # a regulation's own forms stay regulations whatever the words before them
    ("省政府出台《湖北省优化营商环境条例》配套文件。", "湖北省优化营商环境条例", "地方性法规"),
    ("省政府制定《湖北省实施〈中华人民共和国工会法〉办法》的细则。", "湖北省实施《中华人民共和国工会法》办法", "地方性法规"),
])
def test_a_local_measure_has_the_level_its_text_gives_else_its_form_s(facts_of, text: str, title: str, level: str) -> None:
    """A local 办法 or 规定 is a congress's regulation or a government's rule as the text's words on its maker say
    (law_levels.evidence); without them, as its form and an inspection say (a new user's l17: 湖北省优化营商环境办法)."""
    found = {law.canonical: law.level for law in facts_of(text, HUBEI).laws}
    assert found[title] == level, found
