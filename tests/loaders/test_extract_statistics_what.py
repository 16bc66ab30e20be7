"""Statistics say what they count: the counted noun (with its verb), never a bare verb, a place or a cut fragment.

Sentences are written for this test in the genre's style.
"""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL

from loaders.lexicon.normalise import normalised

COUNTY = "万年县人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "what", "value", "unit"),
    [
        ("听取审议国务院、最高人民法院、最高人民检察院工作报告24个。", "国务院、最高人民法院、最高人民检察院工作报告", 24, "个"),
        ("听取审议县政府、县法院、县检察院专项工作报告11个。", "县政府、县法院、县检察院专项工作报告", 11, "个"),
        ("执法检查组赴31个省级人大常委会了解情况。", "省级人大常委会", 31, "个"),
        ("委托12个省（自治区、直辖市）人大常委会开展检查。", "省（自治区、直辖市）人大常委会", 12, "个"),
        ("全区开展执法检查5次。", "开展执法检查", 5, "次"),
        ("常委会全年召开常委会会议9次。", "召开常委会会议", 9, "次"),
        # a dash ends the phrase before it, as a comma does (a summary's lead-in is not the measure)
        ("这是奋发有为的一年——制定地方性法规2件。", "制定地方性法规", 2, "件"),
        ("五年来的履职答卷——听取审议专项工作报告20项。", "听取审议专项工作报告", 20, "项"),
        ("一年来——常委会开展执法检查6项。", "开展执法检查", 6, "项"),
        # a demonstrative after a preposition points at the noun after the number (对这3个报告…)
        ("常委会组成人员对这3个报告进行了满意度测评。", "测评的报告", 3, "个"),
        ("代表们对该2家企业开展视察。", "企业", 2, "家"),
        # a list sharing a count whose first item is too long for one: counted from the verb that opens it, the agent
        # before it left out (paraphrased from www.stheadline.com/realtime-china/3551033 对报送备案的2218件行政法规、…进行审查;
        # rd.shantou.gov.cn/dssjdychy/hyyw/201201/03e81379a7954c0da832e9a030b86af9.shtml 通过关于市人大常委会工作报告的决议
        # (草案)、…; zhishi.hgjy100.com/guancha/146338.html 会议表决通过关于市人民政府工作报告、…的决议草案).
        ("一年来，常委会收到报送备案的行政法规、监察法规、地方性法规和司法解释2218件。",
         "收到报送备案的行政法规、监察法规、地方性法规和司法解释", 2218, "件"),
        ("主席团会议通过关于常委会工作报告的决议草案、法院工作报告的决议草案2件。",
         "通过关于常委会工作报告的决议草案、法院工作报告的决议草案", 2, "件"),
        ("会议表决通过关于市人民政府工作报告、市人大常委会工作报告的决议草案4个。",
         "通过关于市人民政府工作报告、市人大常委会工作报告的决议草案", 4, "个"),
        # the noun after a number ends before an adverb, a verb of having, attending or going on, or a preposition; a verb of
        # having or the whole area before the number names nothing counted (www.fotosdegogos.com/qynews/system/2019/03/05/
        # 031496944.shtml 当天共有165名人大代表; paraphrased from www.tsinfo.com.cn/tsrd/zhenjierenda/2011/0117/1681.html
        # 海宴镇人大代表…认真听取, 8787sf.com/gzzwz/jpzrmzf/gzdt/content/post_1113176.html 界炮镇…人大代表对…决议草案进行表决).
        ("当天共有165名人大代表到场报到。", "人大代表", 165, "名"),
        ("全镇62名人大代表认真听取了镇长所作的政府工作报告。", "人大代表", 62, "名"),
        ("大会期间，48名镇人大代表对有关决议草案进行表决。", "镇人大代表", 48, "名"),
        ("执法检查组对这两家经营主有着强烈的食品安全意识表示肯定。", "经营主", 2, "家"),
        ("满意率低于60%的5件重点建议由相关部门继续办理。", "重点建议", 5, "件"),
        # the particles and adverbs a fragment opens or closes with name nothing counted (round 16's analysts)
        ("会议表决通过其中24件。", "会议表决通过", 24, "件"),
        ("整改问题金额达2147.5万元。", "整改问题金额", 2147.5, "万元"),
        ("且安排镇人大代表4名参加视察。", "安排镇人大代表", 4, "名"),
        ("对办理结果满意的有218件。", "对办理结果满意", 218, "件"),
        # levels listed before the counted noun are the noun's (an analyst's file, n32)
        ("常委会组织40名市、县两级人大代表开展视察。", "市、县两级人大代表", 40, "名"),
        # a photograph's credit or a headline run into the sentence before a space is no part of the measure (a fresh
        # user's round 23); a space between a number and its Chinese words is the sentence's own
        ("李健/图 议案建议件件有回音 代表满意率超99%。", "代表满意率", 99, "%"),
        ("王明/摄 代表履职有声有色 全年组织代表视察12次。", "组织代表视察", 12, "次"),
        ("本报讯 常委会全年召开常委会会议9次。", "召开常委会会议", 9, "次"),
        ("常委会全年召开常委会会议 9次。", "召开常委会会议", 9, "次"),
    ],
)
def test_what_a_number_counts(facts_of, text, what, value, unit):
    stats = [(s.what, s.value, s.unit) for s in facts_of(text, NATIONAL).statistics]
    assert stats == [(what, value, unit)]


def test_a_list_of_counted_items_is_not_one_measure(facts_of):
    """Near-miss: items counted each (开展2次专题询问、11项专题调研) do not share the last one's count."""
    stats = {(s.value, s.unit): s.evidence for s in facts_of("一年来，开展2次专题询问、11项专题调研。", COUNTY).statistics}
    assert stats[(11, "项")] == "11项专题调研"


@pytest.mark.parametrize(
    ("text", "what"),
    [("对3件法规草案和有关规则进行审议。", "法规草案和有关规则"), ("全年重点督办4个导向性问题。", "重点督办导向性问题")],
)
def test_words_inside_a_noun_do_not_end_it(facts_of, text, what):
    """Near-misses: 规则 and 导向 hold 则 and 向 without ending the noun."""
    assert [s.what for s in facts_of(text, COUNTY).statistics] == [what]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [("全省选举产生县乡两级人大代表12万多名。", 120000, "多"), ("代表联络站收集意见4.4万余件。", 44000, "余")],
)
def test_ten_thousands_are_counted(facts_of, text, value, qualifier):
    stats = facts_of(text, NATIONAL).statistics
    assert [(s.value, s.qualifier) for s in stats] == [(value, qualifier)]


def test_money_keeps_its_unit(facts_of):
    assert [(s.value, s.unit) for s in facts_of("督促落实专项资金500万元。", COUNTY).statistics] == [(500, "万元")]


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("测评结果显示，市政府民生实事项目实施情况总体满意率为98.56%。", 98.56, None),
        ("四名代表满意率均在94%以上。", 94, "以上"),
        ("经现场测评，县法院工作满意度达到91.2%。", 91.2, None),
        # a rate ranked among those rated, its value after a comma (a first-time analyst, round 28: dropped)
        ("测评结果显示，区民政局满意率最高，为97.1%。", 97.1, None),
        ("其中，县自然资源局得票满意度最低，仅为86.4%。", 86.4, None),
        ("七个单位中，满意率最高的是市医保局，达到95%。", 95, None),
        ("測評結果顯示，市水利局滿意率最高，為93.5%。", 93.5, None),
    ],
)
def test_a_satisfaction_rate_is_a_statistic_in_percent(facts_of, text, value, qualifier):
    rates = [(s.value, s.unit, s.qualifier) for s in facts_of(text).statistics if s.unit == "%"]
    assert rates == [(value, "%", qualifier)]


@pytest.mark.parametrize(
    ("text", "rates"),
    [  # a first-time analyst's round 27: only the first of a special inquiry's appraisal results was kept
        ("测评结果显示，3个部门满意率分别为91.4%、88.6%和85.7%。", [91.4, 88.6, 85.7]),
        ("会议对区住房和城乡建设局、区生态环境分局、区农业农村局进行满意度测评，满意度分别为95.2%、93.1%、90%。",
         [95.2, 93.1, 90]),
        ("三个单位的满意率分别是96.5%，92.3%，89.1%。", [96.5, 92.3, 89.1]),
        ("测评结果满意率分别为90%、90%和85%。", [90, 90, 85]),  # two departments rated alike are two results
        ("經現場測評，兩個部門的滿意度分別達到93%和88%。", [93, 88]),
    ],
)
def test_each_rate_of_a_list_told_with_fenbie_is_a_statistic(facts_of, text, rates):
    """As the golds count each value of a 分别 list (dev f32), each satisfaction result is a statistic of its own, the
    result of a rating of bodies (newuser19 §5: not deputies' satisfaction with suggestions' handling)."""
    found = [(s.value, s.measure_class) for s in facts_of(text, COUNTY).statistics if s.unit == "%"]
    assert found == [(rate, "rating_satisfaction_rate") for rate in rates]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("测评结果显示，3个部门满意率分别为91.4%、88.6%和85.7%。", "3个部门满意率分别为91.4%"),
        ("全市156件建议办复率达100%。", "156件建议办复率达100%"),
        ("2023年度民生实事项目总体满意率为98.5%。", "年度民生实事项目总体满意率为98.5%"),  # a year is no count
    ],
)
def test_a_rate_s_evidence_opens_with_the_count_of_what_was_rated(facts_of, text, evidence):
    assert next(s.evidence for s in facts_of(text, COUNTY).statistics if s.unit == "%") == evidence


def test_rates_told_with_fenbie_pair_with_their_values_in_order(facts_of):
    found = [(s.value, s.measure_class) for s in facts_of("代表对建议办理的满意率和办复率分别为98%和100%。", COUNTY).statistics]
    assert found == [(98, "satisfaction_rate"), (100, "reply_rate")]


@pytest.mark.parametrize(
    "text",
    [
        "凡是测评满意率低于60%的，由常委会责令整改。",
        "全市地区生产总值增长5.2%。",
        "办理答复满意率不足80%的单位将被约谈。",
    ],
)
def test_other_percentages_and_thresholds_are_no_statistics(facts_of, text):
    assert [s for s in facts_of(text).statistics if s.unit == "%"] == []


@pytest.mark.parametrize(
    ("text", "what", "value"),
    [
        ("代表建议所提问题得到解决或计划逐步解决的占建议总数的74.2%。", "代表建议所提问题得到解决或计划逐步解决占建议总数", 74.2),
        ("基于调研提出的代表建议数量占46%。", "基于调研提出的代表建议", 46),
        ("在规定时限内完成办理任务1212件、占比99.4%。", "在规定时限内完成办理任务1212件", 99.4),
        ("涉及民生福祉的，占建议总数的15.9%。", "涉及民生福祉占建议总数", 15.9),
        ("新制定法规条文少于30条的占78%。", "新制定法规条文少于30条", 78),
        ("审计发现问题金额占审计总额的12.3%。", "审计发现问题金额占审计总额", 12.3),
        ("基层代表占代表总数的51.2%。", "基层代表占代表总数", 51.2),
    ],
)
def test_a_share_of_the_work_says_what_it_is_a_share_of(facts_of, text, what, value):
    shares = [(s.what, s.value) for s in facts_of(text, COUNTY).statistics if s.unit == "%"]
    assert shares == [(what, value)]


@pytest.mark.parametrize("text", [
    "全市民营经济占比达到55%。",
    "第三产业增加值占地区生产总值的48.2%。",
    "二、2024年工作安排\n常委会将听取代表建议办理情况的报告，确保解决率占比达到90%。",
])
def test_a_share_of_the_economy_or_of_a_plan_is_no_statistic(facts_of, text):
    assert [s for s in facts_of(text, COUNTY).statistics if s.unit == "%"] == []


# What a number counts ends where its noun does: not on a conjunction joining the next counted item, a
# preposition, negation or conjunction that starts its predicate, an opening bracket, and not inside the words of
# another figure before it. Sentences of the genre (paraphrased; sources in the search tool's `pages` corpus):
# people.com.cn/n/2014/0310 (专题询问, 部门负责人应询), en84.com/10956.html (the NPCSC's counts of inquiries and
# research), jxxfw.com (安徽's inspection: 6个市及其所属1个县), cq.cri.cn (委托5个区县…对5件法规开展执法检查),
# cidian.kuaisou.com (湖南's year: 听取审议专项工作报告9项, 开展执法检查7项).
@pytest.mark.parametrize(
    ("text", "value", "what"),
    [
        ("十余个国务院部门负责人在应询席回答询问。", 10, "国务院部门负责人"),
        ("政府系统承办的147件建议在截止时限前全部办复。", 147, "建议"),
        ("常委会组织开展2次专题询问和4项专题调研。", 2, "组织开展专题询问"),
        ("常委会组织开展2次专题询问和4项专题调研。", 4, "专题调研"),
        ("市人大常委会委托5个区县(自治县)对6件法规开展了执法检查工作。", 6, "法规"),
        ("常委会听取审议专项工作报告9项，开展执法检查7次和专题询问2次。", 2, "专题询问"),
        ("今年共安排8个方面32项重点监督工作。", 32, "重点监督工作"),
        # near misses: a noun that shares its count with the next keeps it (14件法律和决定草案), 与会 is a word
        ("本次会议共审议14件法律和决定草案。", 14, "本次会议共审议法律和决定草案"),
        ("15名与会代表参加座谈。", 15, "与会代表"),
        ("4个工作委员会和常委会办公厅参与调研。", 4, "工作委员会和常委会办公厅"),
        # an organ's name before a number is the place or agent of what is counted, not its measure (a fresh user's:
        # 县政府1名副县长、法院1名副院长 measured the second as 法院); near miss: a list of the reports' makers stays
        ("常委会对县政府2名副县长、法院1名副院长进行了述职评议。", 1, "副院长"),
        ("常委會對縣政府2名副縣長、檢察院1名副檢察長進行了述職評議。", 1, "副检察长"),
        ("对县政府2名副县长、县法院1名副院长和县检察院3名副检察长进行了述职评议。", 3, "副检察长"),
        ("对县政府2名副县长、县法院1名副院长和县检察院3名副检察长进行了述职评议。", 1, "副院长"),
        ("全国人大7个专门委员会负责督办重点建议。", 7, "专门委员会"),
        ("7个部门负责同志逐一作了汇报。", 7, "部门负责同志"),
        ("听取审议国务院、最高人民法院、最高人民检察院20个工作报告。", 20, "国务院、最高人民法院、最高人民检察院工作报告"),
    ],
)
def test_a_measure_ends_with_its_noun(facts_of, text, value, what):
    assert what in [s.what for s in facts_of(text, NATIONAL).statistics if s.value == value]


@pytest.mark.parametrize(
    "text",
    [
        "省人大常委会成立5个检查组，分赴池州、淮北、亳州、宿州、淮南、安庆6个市及其所属1个县开展执法检查工作。",
        "2名镇政府部门负责人和2名镇人大代表小组组长列席会议。",
        "代表提出的491件议案和8160件建议均办理完毕。",
    ],
)
def test_no_measure_dangles_or_holds_another_figure(facts_of, text):
    whats = [s.what for s in facts_of(text, NATIONAL).statistics]
    assert whats and not [w for w in whats if w.endswith(tuple("和及与、(（")) or any(c.isdigit() for c in w)]


def test_a_rate_of_the_counted_ones_is_no_part_of_what_is_counted(facts_of):
    """四名代表满意率均在94%以上 counts four deputies, not four 代表满意率 (an analyst's file, b24)."""
    stats = [(s.what, s.value, s.unit) for s in facts_of("四名代表满意率均在90%以上。", NATIONAL).statistics]
    assert ("代表", 4, "名") in stats


# Counts listed before the one noun they share each count that noun (a fresh user's: 省市人大分别设立21个、587个立法联系点
# gave the first the measure 省市人大分别设立); near misses: counts each with its own noun keep theirs.
@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("五年来，省市人大分别设立21个、587个立法联系点。", {21: "立法联系点", 587: "立法联系点"}),
        ("省、市兩級人大分別設立3個和15個基層立法聯繫點。", {3: "基层立法联系点", 15: "基层立法联系点"}),
        ("市、县人大常委会分别组织开展8次、26次执法检查。", {8: "执法检查", 26: "执法检查"}),
        ("召开常委会会议9次、主任会议12次。", {9: "召开常委会会议", 12: "主任会议"}),
        ("开展2次专题询问、11项专题调研。", {2: "开展专题询问", 11: "专题调研"}),
    ],
)
def test_counts_listed_before_one_noun_share_it(facts_of, text, counted):
    assert {s.value: s.what for s in facts_of(text, COUNTY).statistics} == counted


@pytest.mark.parametrize(
    ("text", "value", "what", "measure_class"),
    [  # a fresh user's round 35 (class 5): places, organs listed, determiners, predicates and cut words were measures
        # a preposition after the count opens its predicate: no noun (其中86条在法规中 was the measure)
        ("全年通过立法联系点征集意见建议1500余条，其中86条在法规中得到采纳。", 86, "在法规中得到采纳", "suggestions_resolved"),
        ("收到代表议案5件，其中2件由市政府办理。", 2, "由市政府办理", "suggestions_assigned"),
        # a determiner before the count names nothing counted
        ("同时委托其他8个设区的市人大常委会在本行政区域内同步开展检查。", 8, "设区的市人大常委会", None),
        ("其余24名代表均参加视察活动。", 24, "代表", "deputies"),
        ("全國人大常委會還委托其他23個省區市人大常委會分別對本行政區域內的實施情況進行檢查。", 23, "省區市人大常委會",
         "areas_covered"),
        # bodies listed in apposition before their count, or the level they are at, are no measure
        ("省人大财政经济委员会对省水利厅、省农业农村厅2个部门的预算执行情况进行专项审查。", 2, "部门的预算执行情况",
         "units_overseen"),
        ("对省教育厅、省卫生健康委员会、省交通运输厅3个部门的预算执行情况进行专项审查。", 3, "部门的预算执行情况",
         "units_overseen"),
        ("省人大常委会还将委托泸州、德阳、乐山7个市人大常委会同步开展检查。", 7, "市人大常委会", "areas_covered"),  # round 38
        ("会前，财政经济委员会并对市本级34个部门的部门预算进行了重点审查。", 34, "部门的部门预算", "units_overseen"),
        # a noun after 的 is never cut mid-word
        ("对发现的11件存在合法性问题的规范性文件，督促制定机关予以纠正。", 11, "存在合法性问题的规范性文件", "documents_corrected"),
        ("深化预算联网监督，实现对全市12个县（市、区）预算执行情况的实时监督。", 12, "县（市、区）预算执行情况的实时监督", None),
        # what a rating takes as its object is what was rated, not what was heard
        ("听取审议了省人民检察院关于公益诉讼检察工作情况的报告，并首次对两个报告开展满意度测评。", 2, "测评的报告",
         "reports_rated"),
        ("会议对2个报告进行了满意度测评。", 2, "测评的报告", "reports_rated"),
        ("会议对5个部门开展工作评议。", 5, "评议的部门", "units_overseen"),
        # a list item's number opens no measure
        ("南昌市人大常委会2024年监督工作计划\n一、执法检查（2项）\n", 2, "执法检查", "law_enforcement_inspection"),
        # handing suggestions over is a verb of the count, whose noun is the handlers (交由 alone was the measure); the
        # predicate after them (研究办理, 重点办理) is not theirs
        ("代表共提出建议856件，全部交由114个承办单位办理。", 114, "全部交由承办单位", "handling_units"),
        ("交由32家单位牵头办理。", 32, "交由单位牵头", "handling_units"),
        ("分別交由204家承辦單位研究辦理。", 204, "分別交由承辦單位", "handling_units"),
        ("交由36家承办单位重点办理。", 36, "交由承办单位", "handling_units"),
    ],
)
def test_a_measure_is_the_counted_noun_phrase(facts_of, text, value, what, measure_class):
    found = {s.value: (s.what, s.measure_class) for s in facts_of(text, COUNTY).statistics}
    assert found[value] == (normalised(what), measure_class)
