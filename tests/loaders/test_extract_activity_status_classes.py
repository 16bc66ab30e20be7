"""Status classes of round 11: what a coming session will do is planned, what a sentence tells as done
is reported, however the sentence around it looks ahead.

Sentences follow public pages of the genre (paraphrased where noted; none from benchmarks/genre or the
shared corpus): lw33.cn/docDown/692cda699255c74bab84e572.doc (1998 委员长会议), m.floorcoveringcontractor.com/
p/281342.html (德州 主任会议), szbbs.org tid=1576925, hainanpc.gov.cn (2018 press conference), hk.crntt.com
107173392, bjgjys.com/news/shipinyanjiu/7676.html, cnganbu.com/news/view?id=11365, shicaozhen.com aid=146046,
stheadline.com 3551033, big5.china.com.cn 2023-03/08/content_85152275, zblt.cc/artdetail-39057,
thch813.com/article-3358-1.html, news.gmw.cn/2023-04/15/content_36498193.htm, aq365.com/html/201103/04/2230.html.
"""
from __future__ import annotations

import pytest

NPC = "全国人民代表大会常务委员会"
COUNTY = "某县人民代表大会常务委员会"
PROVINCE = "江西省人民代表大会常务委员会"
CITY = "上海市人民代表大会常务委员会"

PLANNED = {
    # the agenda a council proposes, words between 建议 and 议程 (lw33.cn, paraphrased)
    "proposed agenda": ("据介绍，建议本次常委会会议的主要议程有：听取和审议国务院关于1997年中央决算的报告；"
                        "听取和审议国务院关于1997年中央预算执行和其他财政收支的审计工作报告。", NPC),
    # m.floorcoveringcontractor.com (德州, paraphrased)
    "proposed agenda, city": ("会议决定，市人大常委会第三十一次会议9月20日召开，建议会议的主要议程有：听取审议市政府关于平安建设"
                              "工作情况的报告；听取审议和测评全市民政工作情况的报告。", NPC),
    # a session's agenda counted before it opens (szbbs.org; hainanpc.gov.cn; hk.crntt.com, traditional, paraphrased)
    "counted agenda": ("大会议程共有9项：第一项，审议政府工作报告；第二项，审查计划报告及草案；第三项，审查预算报告及草案。", NPC),
    "counted agenda, 共有N项议程": ("这次大会共有十项议程，第一至第三项是审议政府工作报告，审查计划报告和预算报告。", NPC),
    "counted agenda, traditional": ("大會議程共11項，分別為：審議政府工作報告；審查2025年中央和地方預算執行情況與2026年預算草案的報告；"
                                    "審議最高人民法院工作報告。", NPC),
    # near-misses of the inspection group's report: a plan of the year, where the inspection itself is to come
    "group report in a year's plan": ("2024年监督工作计划\n一、执法检查\n1. 听取和审议常委会执法检查组关于检查《中华人民共和国种子法》"
                                      "实施情况的报告。\n2. 听取和审议常委会执法检查组关于检查《中华人民共和国森林法》实施情况的报告。",
                                      PROVINCE),
    # the government's handling of an inspection's findings, not the group's report (shicaozhen.com, paraphrased)
    "handling report in an agenda": ("委员长会议建议的议程还有：审议国务院关于研究处理大气污染防治法执法检查报告和审议意见情况的报告。", NPC),
    # a plan document the meeting discussed, adopted or heard: its work is to come (thch813.com, gmw.cn, aq365.com;
    # paraphrased to a congress's work)
    "scheme discussed": ("会议听取讨论了《关于组织代表开展民生实事项目视察和“回头看”活动的实施方案》。", COUNTY),
    "year's oversight plan studied": ("会议研究了区人大常委会2023年监督工作计划和代表建议重点督办事项。", COUNTY),
    "arrangement heard": ("会议听取了关于市十五届人大三次会议代表建议办理工作安排意见的汇报。", COUNTY),
    # an agenda whose items run on into the next sentence, opening with the work (gmw.cn, floorcoveringcontractor.com,
    # cnganbu.com; paraphrased with 。 between the items)
    "agenda runs on": ("委员长会议建议，常委会第二次会议的议程是：审议反间谍法修订草案。审议国务院关于2022年度环境状况和环境保护"
                       "目标完成情况的报告、关于新时代侨务工作情况的报告。", NPC),
    "agenda runs on, city": ("建议会议主要议程为：听取审议市政府关于平安建设工作情况的报告。听取审议和测评全市民政工作情况的报告。", COUNTY),
    "agenda runs on, 还有": ("委员长会议建议的常委会第二十二次会议议程还有：审议国务院关于今年以来预算执行情况的报告。"
                            "审议国务院关于高等教育改革与发展工作情况的报告。", NPC),
    # 拟 before the hearing or inspecting verb itself (a new user's NPC agenda, round 17)
    "拟审议": ("会议拟审议国务院关于落实职业教育法执法检查报告和审议意见的报告。", NPC),
    "拟检查": ("今年，常委会拟检查《中华人民共和国森林法》实施情况。", NPC),
    "拟视察, traditional": ("下半年，縣人大常委會擬視察全縣農村公路建設情況。", COUNTY),
    # 将 before a verb of starting or doing for the first time (new users' Shenzhen and Dazu reports, round 17)
    "将启动": ("深圳市人大常委会将启动对《深圳经济特区养老服务条例》的执法检查。", CITY),
    "将首次开展": ("今年5月，区人大常委会将首次开展审计查出问题整改情况满意度测评。", COUNTY),
    "將再次, traditional": ("縣人大常委會將再次組織代表視察全縣農村飲水安全工作。", COUNTY),
    "将列入": ("针对代表反映强烈的3个建议，镇人大将列入“代表问政”议题，将在12月召开的代表问政会上进行重点督办。", COUNTY),
    # the year's work to do (a fresh user's round 21: 大连); work urged with 要 is no activity (round 34 ruling 10,
    # tests/loaders/test_extract_activity_semantics.py)
    "year's work to do": ("今年要完成28项监督事项，其中安排听取和审议专项工作报告21项、执法检查3项。", CITY),
    "next step opening the sentence": ("下一步，区人大常委会将坚持问题导向，继续组织代表视察民生实事项目。", COUNTY),
    "將堅持, traditional": ("縣人大常委會將堅持開展執法檢查“回頭看”。", COUNTY),
    "a session's agenda counted": ("本次大会共9项议程：一是听取和审议省人民政府工作报告；二是听取和审议省高级人民法院工作报告。", CITY),
    "将完成": ("今年，常委会将完成28项监督事项，其中安排专题询问2项、视察1项。", CITY),
    # what is yet to be submitted to a session
    "submitted": ("会议听取了市政府关于本市养老服务工作情况报告的说明，决定将相关报告提请常委会第十五次会议审议。", CITY),
    "yet to be submitted": ("会议听取了关于常委会工作报告起草情况的说明，以及其他需要提请常委会第十七次会议审议的有关文件的汇报。", CITY),
}

REPORTED = {
    # near-misses of an agenda: the agenda of the session reported
    "agenda completed": ("会议圆满完成了各项议程，听取和审议了县人民政府工作报告。", COUNTY),
    "agenda held, uncounted": ("会议的主要议程有：听取和审议了县人民政府工作报告、县人大主席团工作报告。", COUNTY),
    # near-miss of an agenda running on: the next sentence tells the work done
    "after an announcement, work done": ("常委会第十次会议将于下月召开。听取了市政府关于养老服务工作情况的报告后，委员们提出了意见。", COUNTY),
    # near-misses of a plan document: a plan followed as the ground of work done, a report on next year's plan heard
    "plan as ground": ("根据区人大常委会《关于开展代表集中视察活动的方案》要求，3月5日，街道人大工委组织代表开展集中视察。", COUNTY),
    "year's plan as ground": ("按照年度监督工作计划，区人大常委会组织部分代表对全区河道整治情况进行了视察。", COUNTY),
    "report on next year's plan": ("会议听取了区政府关于2023年工作情况和2024年工作计划的报告。", COUNTY),
    # near-miss of a body urged: its key points (要点) name work done
    "key points": ("县人大常委会要点工作完成情况：重点督办了代表建议15件。", COUNTY),
    # near-miss of the year's work to do: 主要 is no 要 of a task
    "this year's main work": ("今年主要开展了执法检查3项、专题询问2项。", COUNTY),
    "requested": ("市人大常委会要求市政府加强食品安全监管，并听取了市政府关于食品安全工作的报告。", CITY),
    # near-miss of 拟: a scheme drawn up (拟定)
    "scheme drawn up": ("常委会拟定了执法检查方案，组织检查组对《中华人民共和国森林法》实施情况进行了检查。", COUNTY),
    # 将 for 把 before the opinions a review produced: the review is done
    "opinions passed on": ("会议听取审议了县政府关于农村公路建设情况的报告，决定将审议意见交县政府研究处理。", COUNTY),
    # work a report submitted to a session tells as done (stheadline.com; china.com.cn; zblt.cc; paraphrased)
    "work report's year": ("提请十四届全国人大四次会议审议的全国人大常委会工作报告显示，一年来，共听取审议22个监督工作的报告，"
                           "检查5件法律实施情况，组织开展2次专题询问、11项专题调研。", NPC),
    "work report's past year": ("提请大会审议的常委会工作报告回顾，过去一年检查5件法律的实施情况，听取审议23个监督工作报告，"
                                "进行8项专题调研。", NPC),
    "work report's term": ("提请大会审议的常委会工作报告说，五年来检查30件法律和决定实施情况，开展11次专题询问、33项专题调研。", NPC),
}


@pytest.mark.parametrize(("text", "organ"), PLANNED.values(), ids=PLANNED.keys())
def test_work_still_to_come_is_planned(facts_of, text, organ):
    facts = facts_of(text, organ)
    assert facts.activities and {a.status for a in facts.activities} == {"planned"}, facts.activities


@pytest.mark.parametrize(("text", "organ"), REPORTED.values(), ids=REPORTED.keys())
def test_work_told_as_done_is_reported(facts_of, text, organ):
    facts = facts_of(text, organ)
    assert facts.activities and {a.status for a in facts.activities} == {"reported"}, facts.activities


@pytest.mark.parametrize(
    "text",
    [
        # bjgjys.com (paraphrased)
        "根据委员长会议建议的议程，常委会第四次会议还将审议全国人大常委会执法检查组关于检查未成年人保护法实施情况的报告。",
        # cnganbu.com
        "委员长会议建议常委会第二十二次会议的议程还有：审议国务院关于高等教育改革与发展工作情况的报告；"
        "审议全国人大常委会执法检查组关于检查水法实施情况的报告；审议有关任免案等。",
        # a city's council (paraphrased after cnganbu.com)
        "主任会议建议，常委会第十次会议听取和审议市人大常委会执法检查组关于检查《中华人民共和国安全生产法》实施情况的报告。",
    ],
)
def test_an_inspection_whose_group_reports_to_a_coming_session_is_done(facts_of, text):
    facts = facts_of(text, NPC)
    kinds = [(a.type, a.status) for a in facts.activities]
    assert ("law_enforcement_inspection", "reported") in kinds, kinds
    assert all(status == "planned" for kind, status in kinds if kind != "law_enforcement_inspection"), kinds


def test_the_figures_of_the_years_work_to_do_are_planned(facts_of):
    """A clause's figures share its activities' status (a fresh user's round 21: a city's plan figures stored as done)."""
    facts = facts_of("今年要完成28项监督事项，其中安排听取和审议专项工作报告21项、执法检查3项。", CITY)
    assert [(s.value, s.status) for s in facts.statistics] == [(28, "planned"), (21, "planned"), (3, "planned")]
