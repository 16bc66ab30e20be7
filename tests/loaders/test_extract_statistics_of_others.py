"""Figures of others that a report quotes, as classes (issue 10): a budget's own figures and the
government's public works and services are not statistics of the oversight; the congress's own counts
and an audit's findings beside them are. Sentences follow pages of the genre found with the search
tool (urls beside each group), none from benchmarks/genre or ../shared/corpus.
"""
from __future__ import annotations

import pytest

COUNTY = "德清县人民代表大会常务委员会"


def _values(facts) -> set[tuple[float, str]]:
    return {(s.value, s.unit) for s in facts.statistics}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a budget report's figures (news.china.com/focus/2019qglh/qwfb/13002650/20190306/35367811.html)
        ("全国一般公共预算收入183351.84亿元，为预算的100.1%。", 183351.84, "亿元"),
        ("收支总量相抵，中央财政赤字15500亿元，与预算持平。", 15500, "亿元"),
        ("加上补充中央预算稳定调节基金1018.54亿元，支出总量为221924.61亿元。", 221924.61, "亿元"),
        ("加上从中央预算稳定调节基金调入2130亿元，收入总量为87900.34亿元。", 2130, "亿元"),
        # a county's monthly budget execution (dayao.gov.cn/info/egovinfo/1007/overt_centent/dyx009-/2024-0516001.htm)
        ("4月，一般公共预算支出累计完成107752万元，完成预算数257288万元的41.9%。", 257288, "万元"),
        # the government's public works, as its projects are reported (gansu.gscn.com.cn/system/2019/02/23/012118909.shtml)
        ("一是实施扩大教育资源项目，新建和改扩建幼儿园、中小学20所，新增学位1.4万个。", 20, "所"),
        ("一是实施扩大教育资源项目，新建和改扩建幼儿园、中小学20所，新增学位1.4万个。", 14000, "个"),
        ("五是实施老旧楼院治理改造及电梯加装工程，完成老旧楼院维修改造40个，电梯加装245部。", 245, "部"),
        # (linan.gov.cn/art/2022/11/3/art_1229299207_4099657.html)
        ("新建成婴幼儿照护服务成长驿站7家。", 7, "家"),
        # (wxredian.com/art?id=b96601f2fb18467f35b4810df0a1fe6c)
        ("95个老旧小区改造全部开工，惠及群众3.1万户。", 31000, "户"),
        # (m.dingqianjf.com/news/show/446/1536552_0.html)
        ("今年以来，我市新改扩建26所中小学，新建12所幼儿园。", 12, "所"),
    ],
)
def test_figures_of_others_are_no_statistics(facts_of, text, value, unit):
    assert (value, unit) not in _values(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # near misses: the congress's own counts beside the same verbs, an audit's findings, reports heard
        ("全年新建代表联络站12个，建成人大代表之家5家。", 12, "个"),
        ("全年新建代表联络站12个，建成人大代表之家5家。", 5, "家"),
        ("常委会组织代表视察新建的3所中小学。", 3, "所"),
        ("审计发现违规金额2377.2万元，促进增收节支和挽回损失29.82亿元。", 29.82, "亿元"),
        ("常委会审查批准了财政决算，听取审议预算执行等报告6个。", 6, "个"),
        ("代表们共提出关于老旧小区改造的建议15件。", 15, "件"),
    ],
)
def test_the_congresss_own_counts_stay(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, COUNTY))
