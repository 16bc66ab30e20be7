"""Organ classes of round 44. A group a congress's committee forms is that committee's (genre README round 44 ruling 4):
in the report of a special committee (…人民代表大会环境与资源保护委员会) or of a working committee of the standing
committee (…常务委员会农业农村工作委员会), a group named alone (检查组, 调研组, 视察组) is the reporting committee's, not the
standing committee's, as it is the standing committee's in that committee's own reports.

Every sentence is written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

#: Reports by their organ (as the header writes it and as canonical): a sentence naming a group alone, the group.
REPORTS = {
    "江西省人民代表大会环境与资源保护委员会": ("6月中旬，检查组先后听取了市政府及有关部门的汇报，实地察看了污水处理厂。", "检查组"),
    "四川省人民代表大会监察和司法委员会": ("委员会副主任委员率调研组赴德阳开展专题调研，调研组召开座谈会听取意见。", "调研组"),
    "广东省人民代表大会教育科学文化卫生委员会": ("調研組深入企業和社區，聽取了基層代表的意見建議。", "调研组"),
    "竹山县人民代表大会常务委员会农业和农村工作委员会": ("视察组一行来到县农业农村局，了解高标准农田建设情况。", "视察组"),
    "九江市人民代表大会常务委员会": ("检查组先后听取了市政府及有关部门的汇报。", "检查组"),  # the standing committee's own
}


@pytest.mark.parametrize("organ", sorted(REPORTS))
def test_a_group_named_alone_is_the_reporting_committees(facts_of, organ):
    text, group = REPORTS[organ]
    found = {c for _, c in organs(facts_of(text, organ)) if c and c.endswith("组")}
    assert found == {organ + group}


#: A street's own offices by their short names (round 44 ruling 3: short offices as written), in the reports of the
#: street's bodies: sentence, header, the offices' canonical names.
STREET_OFFICES = [
    ("街道党政办、社区管理办、社区服务办等职能部门参与了此次活动。", "上海市松江区人民代表大会常务委员会九里亭街道工作委员会",
     {"上海市松江区九里亭街道党政办", "上海市松江区九里亭街道社区管理办", "上海市松江区九里亭街道社区服务办"}),
    ("街道物管办负责人汇报了老旧小区物业管理情况。", "长西街道人大工作委员会（淮安市清江浦区）", {"淮安市清江浦区长西街道物管办"}),
    ("代表們聽取了街道城建辦關於背街小巷改造的匯報。", "滨海新区人民代表大会常务委员会塘沽街道工作委员会（天津市）",
     {"天津市滨海新区塘沽街道城建办"}),
]


@pytest.mark.parametrize(("text", "organ", "offices"), STREET_OFFICES)
def test_a_streets_office_by_its_short_name_is_an_entry(facts_of, text, organ, offices):
    assert offices <= {c for _, c in organs(facts_of(text, organ))}


@pytest.mark.parametrize("text", ["街道督办的事项已全部办结。", "各街道综治办负责人参加了会议。", "街道人大办组织代表开展视察。"])
def test_no_office_where_the_words_name_a_handling_or_every_street(facts_of, text):
    found = {c for _, c in organs(facts_of(text, "上海市松江区人民代表大会常务委员会九里亭街道工作委员会"))}
    assert not {c for c in found if c.startswith("上海市松江区九里亭街道") and c.endswith("办")}



#: Round 44 ruling 10: the 政府工作报告 heard names the government of its place, in a 《》 title as outside it; by the
#: header of the report hearing it, a sentence and the government.
WORK_REPORTS_HEARD = {
    "剑阁县演圣镇人民代表大会（四川省广元市）": ("会议听取和审议了《演圣镇2021年政府工作报告》、《人大主席团工作报告》。",
                                   "剑阁县演圣镇人民政府"),
    "炉桥镇人民代表大会（安徽省滁州市定远县）": ("大會聽取和審查了《政府工作報告》和《財政預算報告》。", "定远县炉桥镇人民政府"),
    "全国人民代表大会": ("3月5日下午，各代表团认真审议了政府工作报告。", "中华人民共和国国务院"),
    "第十三届全国人民代表大会第四次会议主席团": ("大会批准政府工作报告，批准关于国民经济和社会发展计划执行情况的报告。",
                                 "中华人民共和国国务院"),
    "宝丰县张八桥镇人民代表大会": ("会议认为，《张八桥镇人民政府工作报告》实事求是，目标明确。", "宝丰县张八桥镇人民政府"),
    "哈尔滨市人民代表大会": ("会议听取了关于审议《市政府工作报告》、《市人大常委会工作报告》情况的汇报。", "哈尔滨市人民政府"),
}


@pytest.mark.parametrize("header", sorted(WORK_REPORTS_HEARD))
def test_the_government_whose_work_report_is_heard_is_an_entry(facts_of, header):
    text, government = WORK_REPORTS_HEARD[header]
    assert government in {c for _, c in organs(facts_of(text, header))}


@pytest.mark.parametrize("text", ["要进一步规范各级政府工作报告的编制。", "代表们认真学习了《省政府工作报告》。",
                                  "代表们认真学习了《杭州市人民政府工作报告》。"])
def test_governments_work_reports_in_general_or_of_another_area_name_not_the_own(facts_of, text):
    found = {c for _, c in organs(facts_of(text, "绍兴市人民代表大会常务委员会"))}
    assert "绍兴市人民政府" not in found


#: Round 44 ruling 2: a term's congress named as a time or an event of the term gives no entry; acting, it is the body.
#: Sentence → whether the term's congress (…人民代表大会) is an entry, in 开平市's standing committee's report.
TERMS = {
    "十五届市人大成立后，常委会把专题询问作为监督的重要抓手。": False,
    "在市十六届人民代表大会即将完成其使命之际，代表们回顾了五年的履职历程。": False,
    "市十五届人大圆满收官，各项目标任务全面完成。": False,
    "因疫情原因，市十五届人大换届推迟了一年。": False,
    "五年来，市十五届人大及其常委会认真履行宪法和法律赋予的职责。": True,
}


@pytest.mark.parametrize("text", sorted(TERMS))
def test_a_terms_congress_as_a_time_is_no_body(facts_of, text):
    found = {c for _, c in organs(facts_of(text, "开平市人民代表大会常务委员会"))}
    assert ("开平市人民代表大会" in found) is TERMS[text]
