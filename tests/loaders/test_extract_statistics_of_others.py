"""Figures of others that a report quotes, as classes (issue 10): a budget's own figures, the
government's public works and services, what an area is (its villages, population, size) and the
political consultative conference's proposals (round 11), money that is not an audit's finding or the
funds of a project the congress voted (a state-asset report's balance sheet, a plan's investment) and the households
and institutions others served (round 19) are not statistics of the oversight; the congress's own counts
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
        # what an area is, as the pages of township deputies' stations open: the place, no work
        # (wsllz.henanrd.gov.cn/zgrd/contact-overview/1171)
        ("目前站内有市级人大代表1人。辖区共有28个行政村，总人口5.2万人。", 28, "个"),
        ("目前站内有市级人大代表1人。辖区共有28个行政村，总人口5.2万人。", 52000, "人"),
        # (wsllz.henanrd.gov.cn/zgrd/contact-overview/1038)
        ("屯子镇位于浚县西北部，镇域面积约125平方公里，下辖1个社区52个行政村，人口8.4万人，耕地11万亩。", 52, "个"),
        ("屯子镇位于浚县西北部，镇域面积约125平方公里，下辖1个社区52个行政村，人口8.4万人，耕地11万亩。", 84000, "人"),
        # (wsllz.henanrd.gov.cn/zgrd/contact-overview/1595)
        ("辖区总面积66.7平方公里，总人口8.2万人，其中，户籍3.9万人，农业人口2.9万人。辖8个行政村、6个居委会。", 39000, "人"),
        ("辖区总面积66.7平方公里，总人口8.2万人，其中，户籍3.9万人，农业人口2.9万人。辖8个行政村、6个居委会。", 8, "个"),
        # money a state-asset report, a plan or a project states: its balance sheet, results and investment (written
        # for this test after the genre's 国有资产管理情况报告 and 民生实事 reports)
        ("全区国有企业资产总额1,776.07亿元，负债总额1,144.41亿元，所有者权益631.66亿元。", 1776.07, "亿元"),
        ("全区国有企业资产总额1,776.07亿元，负债总额1,144.41亿元，所有者权益631.66亿元。", 631.66, "亿元"),
        ("區管國企營業收入112.34億元，實現淨利潤2.59億元，上繳稅費29.31億元。", 2.59, "亿元"),
        ("安置小区项目总投资61344万元，其中资本金17344万元。", 61344, "万元"),
        ("规划纲要提出重大项目280个，总投资1049.28亿元。", 1049.28, "亿元"),
        # households and institutions others served or own
        ("完成困难群众家电配置350户，为辖区431户低保对象投保。", 350, "户"),
        ("全区共有国有独资、控股企业215户，较上年增加5户。", 215, "户"),
        ("今年新建、改擴建中小學7所。", 7, "所"),
        # roads, rivers, parking and care places a government built or manages, or an area has; a welfare's
        # beneficiaries (written for this test after reports on livelihood projects and a district's rivers)
        ("农田水利提升工程：完成主要河道治理3条，提升机耕路2000米。", 3, "条"),
        ("納入智慧停車系統的封閉式場庫86個，道路23條，共計停車泊位超1.2萬個。", 23, "条"),
        ("納入智慧停車系統的封閉式場庫86個，道路23條，共計停車泊位超1.2萬個。", 12000, "个"),
        ("辖区内河网纵横，有22条沟河和4座湖泊。", 22, "条"),
        ("改造提升公交站台10个以上。", 10, "个"),
        ("建设6家托育综合服务中心，新增养老床位300张。", 6, "家"),
        ("为辖区684人低保对象投保意外保险。", 684, "人"),
        # the political consultative conference's proposals, handled beside the deputies' suggestions
        # (www.xiangyin.gov.cn/31176/31178/content_1312811.html)
        ("2017年，县政府承办人大代表建议117件，其中重点督办建议7件。承办政协提案139件，其中重点督办提案5件。", 139, "件"),
        ("2017年，县政府承办人大代表建议117件，其中重点督办建议7件。承办政协提案139件，其中重点督办提案5件。", 5, "件"),
        # (bj.crntt.com/doc/22_275_105352941_1.html)
        ("全国政协委员提交大会提案5360件，平时提案211件。", 5360, "件"),
        # (www.axyjyo.cn/c/2015-02-06/444040.shtml)
        ("截至2015年1月31日，已辦復提案5044件，辦復率為99.84%。", 5044, "件"),
        # the state of an area a report quotes (round 20: dev v03, v11)
        ("全省60岁以上老年人有1320万人，占比19.88%。", 13200000, "人"),
        ("目前全國共有農作物種子管理機構3000多個。", 3000, "个"),
        ("我县现有养老机构25家。", 25, "家"),
        # the state of the environment a report quotes (written for this test after the genre's annual environment reports)
        ("全省17个重点城市空气质量平均优良天数比例为79.1%。", 17, "个"),
        ("全市12个国控断面水质优良率达到91.7%。", 12, "个"),
        ("全省17個重點城市空氣質量平均優良天數比例為79.1%。", 17, "个"),
        # geography: a basin's or a people's places, a coverage told without the work (round 29, after dev ab21 x41 v05)
        ("该河流域覆盖我市10个县区的136个镇。", 136, "个"),
        ("易地搬迁群众分布在全县85个村(社区)。", 85, "个"),
        ("此次活动共分7个组，覆盖我省28个市、县(区)。", 28, "个"),
        ("搬遷群眾分佈於全縣42個村。", 42, "个"),
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
        ("审计查出管理不规范金额303亿元，已整改问题金额214762.02万元。", 214762.02, "万元"),
        ("審計處理處罰金額32.42億元，審減政府投資56600萬元。", 56600, "万元"),
        ("代表大会票决的两个民生实事项目累计投资130万元。", 130, "万元"),
        ("常委会跟踪监督，推动落实农村公路养护资金3000万元。", 3000, "万元"),
        ("代表们视察了河道治理项目5个。", 5, "个"),
        ("会议听取了关于城区道路和供热工程等基础设施建设情况三个专项工作报告的准备情况。", 3, "个"),
        ("听取市政府关于道路交通安全工作等2个报告。", 2, "个"),
        ("常委会组成人员累计入户走访800余户。", 800, "户"),
        ("每名代表走访群众不少于6户。", 6, "户"),
        ("代表们实地察看了3所农村学校。", 3, "所"),
        ("常委会审查批准了财政决算，听取审议预算执行等报告6个。", 6, "个"),
        ("代表们共提出关于老旧小区改造的建议15件。", 15, "件"),
        # the deputies of an area's station, and work in its villages, beside what the area is
        ("目前站内有市级人大代表1人，县级人大代表13人，镇级人大代表72人。", 13, "人"),
        ("入驻市县镇三级人大代表103名，实现了辖区代表进站全覆盖。", 103, "名"),
        ("组织代表走访辖区12个行政村，收集意见建议36条。", 12, "个"),
        ("代表们深入辖区内8个村开展视察。", 8, "个"),
        ("联络站坚持每月2次接待选民群众，共接待群众200人次。", 200, "人次"),
        ("2017年，县政府承办人大代表建议117件，其中重点督办建议7件。承办政协提案139件，其中重点督办提案5件。", 117, "件"),
        # (49.213.3.36/doc/7_0_105771234_2_0519164918.html)
        ("代表在十三屆全國人大二次會議期間提出的491件議案和8160件建議均辦理完畢並答覆代表。", 8160, "件"),
        # an area's own figure that is the congress's (its stations, its deputies), or 有关 after the area
        ("全市共有代表联络站120个。", 120, "个"),
        ("全县有各级人大代表1200名。", 1200, "名"),
        ("全市有关部门共办理代表建议350件。", 350, "件"),
        # the congress's own inspection of air quality work stays counted (near miss of the environment's figures)
        ("执法检查组深入12个县区检查大气污染防治工作。", 12, "个"),
        # near misses of geography: the congress's own work covering places
        ("代表联络站覆盖全市12个镇街。", 12, "个"),
        ("对全国31个省市区实施土壤污染防治法的情况进行了“全覆盖”检查。", 31, "个"),
        ("执法检查覆盖全省13个市(地)。", 13, "个"),
    ],
)
def test_the_congresss_own_counts_stay(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, COUNTY))


# The cases a procuratorate or a court handled, as its own report to the standing committee states them, and the parts
# of such a figure told after its 其中 (dev u25 v29 y47; phrasings after a city procuratorate's public-interest litigation
# report, xiezuogongyuan.com/?p=30284, and the Supreme People's Procuratorate's figures as a news page retold them,
# bg3.co/a/jian-cha-ji-guan-qu-nian-li-an-ban-li-gong-yi-su-song-19mo-jian.html and wanqulawyer.cn/yianshuofa/21709.html;
# the figures changed).
PROCURATORATE = "德清县人民检察院"
_JUDICIAL_CASES = [
    ("近三年来，我院共办理公益诉讼案件96件，其中生态环境和资源保护领域31件，食品药品安全领域18件，安全生产领域7件。", 96, "件"),
    ("近三年来，我院共办理公益诉讼案件96件，其中生态环境和资源保护领域31件，食品药品安全领域18件，安全生产领域7件。", 31, "件"),
    ("近三年来，我院共办理公益诉讼案件96件，其中生态环境和资源保护领域31件，食品药品安全领域18件，安全生产领域7件。", 7, "件"),
    ("2021年以来，该院发出诉前检察建议86件，提起行政公益诉讼2件，行政机关全部回复整改。", 86, "件"),
    ("2021年以来，该院发出诉前检察建议86件，提起行政公益诉讼2件，行政机关全部回复整改。", 2, "件"),
    ("檢察機關去年立案辦理公益訴訟3200件，其中行政公益訴訟2700件，向行政機關發出訴前檢察建議1900件。", 3200, "件"),
    ("檢察機關去年立案辦理公益訴訟3200件，其中行政公益訴訟2700件，向行政機關發出訴前檢察建議1900件。", 2700, "件"),
    ("檢察機關去年立案辦理公益訴訟3200件，其中行政公益訴訟2700件，向行政機關發出訴前檢察建議1900件。", 1900, "件"),
    ("全市法院共审结各类案件12600件，执结案件4100件。", 12600, "件"),
    ("全市法院共审结各类案件12600件，执结案件4100件。", 4100, "件"),
    # the parts of another figure of others (the police's results) after its 其中
    ("警方共抓获犯罪嫌疑人86人，其中外省籍32人，未成年人5人。", 32, "人"),
    ("警方共抓获犯罪嫌疑人86人，其中外省籍32人，未成年人5人。", 5, "人"),
    ("全县侦办涉林案件44起，其中刑事案件9起。", 9, "起"),
]


@pytest.mark.parametrize(("text", "value", "unit"), _JUDICIAL_CASES)
def test_the_judiciarys_cases_and_their_parts_are_no_statistics(facts_of, text, value, unit):
    assert (value, unit) not in _values(facts_of(text, PROCURATORATE))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # near misses: the deputies' and the congress's own work on the same litigation, a report on it counted, and the
        # congress's figure broken down after 其中 (its parts are its own), or a figure of others in the sentence before
        ("人大代表收集公益诉讼线索100条，交检察机关办理。", 100, "条"),
        ("常委会开展公益诉讼专项监督3次。", 3, "次"),
        ("常委会听取审议检察院公益诉讼工作等专项报告4个。", 4, "个"),
        ("常委会审议代表建议办理情况报告，代表提出建议215件，其中重点建议12件。", 12, "件"),
        ("我院共办理公益诉讼案件96件。常委会开展执法检查4次，其中跟踪检查1次。", 1, "次"),
        ("县人大常委会共办理代表建议136件，其中已解决的98件。", 98, "件"),
        ("代表们提出检察建议的意见5条。", 5, "条"),
    ],
)
def test_the_congresss_counts_beside_the_judiciarys_stay(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, COUNTY))
