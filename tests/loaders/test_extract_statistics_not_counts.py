"""Numbers that count no work of the congress, each class with phrasings written for this test:
a session's number however it is cut, a term of the economy, what a speech has, the batches or
parts work is divided into, grades, a superlative's 一次 and any Chinese 一 with a unit of work (an article or "once"), a periodical's
issue; and 件次 as a unit.
"""
from __future__ import annotations

import pytest

COUNTY = "德清县人民代表大会常务委员会"


def _values(facts) -> set[tuple[float, str]]:
    return {(s.value, s.unit) for s in facts.statistics}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("圆满完成了本届人大二次、三次会议确定的各项任务。", 2, "次"),
        ("常委会还就筹备县十八届人大四次会作了部署。", 4, "次"),
        ("认真贯彻县委十五届七次全会精神。", 7, "次"),
        ("深入学习县第十四届三次党代会精神。", 3, "次"),
        ("推动三次产业融合发展。", 3, "次"),
        ("主任指出，今年交办工作呈现四个特点。", 4, "个"),
        ("只是少了“专项”两个字。", 2, "个"),
        ("分两批开展集中视察。", 2, "批"),
        ("测评内容分为8个方面。", 8, "个"),
        ("测评结果分“好”“较好”“一般”3个等次。", 3, "个"),
        ("这是历年来参与人数最多的一次。", 1, "次"),
        ("文章刊登于《人民代表报》2019年6期。", 6, "期"),
        ("全面贯彻党的二十大和省第十五次、市第十四次党代会精神。", 5, "次"),
        ("第二十三次会议审议了三个报告。", 3, "次"),
        ("充分运用两个立法权，推进特区立法。", 2, "个"),
        ("村里首个农房改善集中区一期已经建成。", 1, "期"),
        ("安置小区一期工程年底交付。", 1, "期"),
        # a Chinese 一 with a unit of work is an article or "once", not a count of one
        # (mooc1.chaoxing.com … 永登县志 常务委员会会议)
        ("人大常委会每两月召开一次会议，主要听取并审议政府、法、检两院的工作。", 1, "次"),
        # (www.lylsrd.gov.cn/info/1316/4811.htm)
        ("代表联系选民的情况，每年要在各代表小组内交流汇报一次。", 1, "次"),
        # (jlsrkfljjh.com/dszrmzf/dtxx/content/post_2764202.html)
        ("此次视察活动也为参加接下来的市人大会提出建议进行了一次“热身”准备。", 1, "次"),
        # paraphrased from the same genre (a standing committee inspecting a batch of laws)
        ("常委会今年将组织检查一批法律法规实施情况。", 1, "批"),
    ],
)
def test_numbers_that_count_no_work(facts_of, text, value, unit):
    assert (value, unit) not in _values(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全年制定法规9件、修改15件次。", 15, "件次"),
        ("召开常委会会议6次。", 6, "次"),
        ("执法检查组分为3个小组赴各乡镇检查。", 3, "个"),
        ("代表们从6个方面提出了意见建议。", 6, "个"),
        ("开展专题询问1次，满意度测评1次。", 1, "次"),
        ("会议选举产生了镇人民政府副镇长一名。", 1, "名"),
    ],
)
def test_counts_of_work_stay(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, COUNTY))


def test_a_large_figure_restated_counts_once(facts_of):
    text = "本次会议期间代表提出建议245件。常委会从245件代表建议中确定重点督办建议12件。"
    assert [(s.value, s.unit) for s in facts_of(text, COUNTY).statistics].count((245, "件")) == 1


def test_small_figures_alike_count_different_work(facts_of):
    text = "全年制定地方性法规6件、修改6件。"
    assert [(s.value, s.unit) for s in facts_of(text, COUNTY).statistics].count((6, "件")) == 2


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("为企业降本减负585.7亿元，落实增值税留抵退税409亿元。", 585.7, "亿元"),
        ("为企业降本减负585.7亿元，落实增值税留抵退税409亿元。", 409, "亿元"),
        ("兑付惠企政策资金432.5亿元，累计发放消费券近20亿元。", 432.5, "亿元"),
        ("兑付惠企政策资金432.5亿元，累计发放消费券近20亿元。", 20, "亿元"),
        ("全市市场主体突破130万户。", 1300000, "户"),
        ("减轻实体经济负担超过180亿元，下达市县直达资金3593亿元。", 180, "亿元"),
        ("全市实现地区生产总值264.6亿元。", 264.6, "亿元"),
        ("今年全镇共侦办破坏野生动物资源案件6起，抓获犯罪嫌疑人8人。", 8, "人"),
        ("公安机关破获电信诈骗团伙12个，刑事拘留45人。", 45, "人"),
    ],
)
def test_others_results_a_report_quotes_are_no_statistics(facts_of, text, value, unit):
    """The government's, the economy's or the police's results quoted in an audit or work report
    (PROVENANCE-j-a j18, PROVENANCE-i-b i36)."""
    assert (value, unit) not in _values(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("全市审计机关共组织完成审计项目294个，促进增收节支和挽回损失29.82亿元。", 29.82, "亿元"),
        ("全市审计机关共组织完成审计项目294个，核减投资额7.09亿元。", 294, "个"),
    ],
)
def test_an_audits_own_figures_stay_statistics(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, COUNTY))
