"""One activity described over several sentences is one activity (:mod:`loaders.extract.event_mentions`).

A report names an activity in full and then refers back to it or tells its steps; each such mention is
folded into the activity. What a separate activity has of its own (a new law, a new report, a count, a
later round, another year) keeps it apart. Sentences paraphrase news items of the genre found in the
search tool's ``pages`` corpus (source under each group), none from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

COUNTY = "某某县人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, COUNTY))]


# The inspection group (or the visitors) as the subject of a later sentence: what it does is a step of the
# work already stated. Sources: qiubet3287.com/thread-447896 (迁西), sina.cn/news/detail/5073789648113888
# (益阳、株洲), aqyx.gov.cn/html/2016/zxbd_0421/32638 (宜秀), rd.gd.cn/rdlz/dbgz/content/post_179824 (集中视察).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("7月26日，市人大常委会副主任带领执法检查组到迁西县，就《中华人民共和国固体废物污染环境防治法》的贯彻实施情况"
         "开展执法检查。随后，检查组分成四个小组，分别前往部分企业和问题现场，并到县行政审批中心调研营商环境情况。",
         ["law_enforcement_inspection"]),
        ("8月下旬，省人大常委会秘书长率执法检查组先后到益阳市、株洲市开展《中华人民共和国大气污染防治法》执法检查。"
         "执法检查组一行深入工业园区、企业现场开展实地检查，调研了12家企业。",
         ["law_enforcement_inspection"]),
        ("4月20日上午，市人大常委会副主任率检查组来我区，就《中华人民共和国城乡规划法》进行执法检查。"
         "代表们怀着强烈的责任感，深入罗岭镇进行调研。",
         ["law_enforcement_inspection"]),
        ("2月16日，县人大常委会组织部分代表开展集中视察。视察组一行先后前往开发区、高铁站，实地调研了项目建设情况。",
         ["site_visit"]),
        ("县人大常委会组织开展《中华人民共和国水法》执法检查。此次执法检查中，检查组还在网上开展问卷调查。",
         ["law_enforcement_inspection"]),
        # the narrator opening the clause that holds the mention (a fresh user's round 22)
        ("县人大常委会成立三个调研小组深入五个部门开展专题调研。会上，五个部门负责同志分别作了汇报，各调研小组递交了书面调研报告。",
         ["investigation"]),
        ("縣人大常委會成立三個調研小組深入五個部門開展專題調研。會上，各部門作了匯報，各調研小組遞交了書面調研報告。",
         ["investigation"]),
        # the askers of an inquiry as the subject, then the topic they ask on: its questions
        ("县人大常委会举行联组会议，开展专题询问。\n陆某等8位常委会委员和人大代表围绕群众关切，就学前教育、医疗保险基金等问题进行了询问，"
         "县教育局等部门负责人到会应询。", ["special_inquiry"]),
        ("市人大常委會舉行聯組會議，開展專題詢問。\n常委會組成人員聚焦重點領域，就學前教育和養老服務等問題進行了詢問。", ["special_inquiry"]),
        # the visitors' steps of a visit stated with an appraisal (视察和评议) are steps of both
        ("9月8日，省人大常委会组织视察组，对代表建议办理工作开展视察和评议。\n根据工作方案，视察组将先后赴省公安厅等6家承办单位进行视察和评议。",
         ["site_visit", "other"]),
    ],
)
def test_a_step_its_narrator_tells_is_the_activity_already_stated(facts_of, text, kinds):
    assert _kinds(facts_of, text) == kinds


# The same laws checked again in the narrative of one inspection. Sources: markspestcontrol.com/xqzc/…/635401
# (镇安), jiangyong.gov.cn/jiangyong/dtyw/201811/29fa6013457444d195ac197ef5083612 (江永).
@pytest.mark.parametrize(
    "text",
    [
        "3月7日，市人大常委会秘书长带领检查组深入我县开展《中华人民共和国环境保护法》执法检查。\n"
        "通过实地检查，对我县贯彻落实《中华人民共和国环境保护法》工作进行全面检查。",
        "13日，县人大常委会副主任带队开展《中华人民共和国城乡规划法》执法检查。\n"
        "座谈会后，对全县贯彻实施《中华人民共和国城乡规划法》的情况进行了检查。",
        "县人大常委会于5月开展了《中华人民共和国水法》执法检查。\n"
        "各乡镇人大高度重视《中华人民共和国水法》执法检查工作。",
    ],
)
def test_the_laws_of_an_inspection_checked_again_are_that_inspection(facts_of, text):
    assert _kinds(facts_of, text) == ["law_enforcement_inspection"]


# What makes two inspections of one kind separate: a new law, another year, a later round, a summary and its item.
@pytest.mark.parametrize(
    "text",
    [
        "县人大常委会开展《中华人民共和国水法》执法检查。\n县人大常委会开展《中华人民共和国森林法》执法检查。",
        "2021年，县人大常委会开展《中华人民共和国水法》执法检查。\n2023年，县人大常委会开展《中华人民共和国水法》执法检查。",
        "县人大常委会开展《中华人民共和国水法》执法检查。\n年底，常委会再次对《中华人民共和国水法》实施情况开展执法检查。",
        "今年共开展执法检查3次。\n县人大常委会开展《中华人民共和国水法》执法检查。",
    ],
)
def test_inspections_with_something_of_their_own_stay_apart(facts_of, text):
    assert _kinds(facts_of, text) == ["law_enforcement_inspection", "law_enforcement_inspection"]


# An inspection group of another body whose step is told by its narrator, after the county's own visit: the
# visit is the last activity, so the group's survey is that visit's step only when the group is the visit's.
# Near misses: a group being formed states its activity (成立执法检查组对…开展了执法检查 after a headline's inspection of
# another law), and members asking in a sentence of their own with no inquiry stated are an inquiry.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("县人大常委会开展《中华人民共和国水法》执法检查。\n根据年度工作计划，县人大常委会成立执法检查组对《中华人民共和国森林法》实施情况开展了执法检查。",
         ["law_enforcement_inspection", "law_enforcement_inspection"]),
        ("县人大常委会组织代表开展专题视察。\n常委会委员围绕群众关切，就学前教育问题开展询问。", ["site_visit", "special_inquiry"]),
    ],
)
def test_what_no_narrator_tells_stays_an_activity(facts_of, text, kinds):
    assert _kinds(facts_of, text) == kinds


def test_a_narrator_naming_another_kind_takes_the_last_activity_of_that_kind(facts_of):
    text = ("县人大常委会组织开展《中华人民共和国水法》执法检查。\n县人大常委会组织代表开展专题视察。\n"
            "执法检查组深入乡镇调研了5家单位。")
    assert _kinds(facts_of, text) == ["law_enforcement_inspection", "site_visit"]


# Tallies of the outcome of appraisals and ratings already told. Sources: jxtx163.cn/news-19-76-464 (商丘 工作评议),
# ncrd.gov.cn …id=459 (满意度测评 types), smrd.gov.cn/llyj/202507/t20250707_2137084 (测评结果).
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("10月11日，市人大常委会组织对市粮食局等4个政府组成部门进行满意度测评。"
         "满意度测评4个中，测评为“满意”的3个。", ["satisfaction_evaluation"]),
        ("县人大常委会对县住建局等5个部门开展了工作评议。其中，工作评议5个中评议为“满意”等次4个。", ["other"]),
        ("会议对县政府关于审议意见落实情况的报告进行了满意度测评。满意度测评结果为“满意”。",
         ["satisfaction_evaluation"]),  # the report rated only is no review (round 33 ruling 5)
    ],
)
def test_a_tally_of_results_is_the_activity_already_stated(facts_of, text, kinds):
    assert _kinds(facts_of, text) == kinds


# The same report heard, or the same thing rated, named again with its own words.
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("会议听取和审查了《2023年财政预算执行情况和2024年财政预算草案的报告》。\n"
         "会上，代表们听取和审查镇财政所所长作的《2023年财政预算执行情况和2024年财政预算草案的报告》。", ["budget_review"]),
        ("参加会议的代表对2024年度市政府十件民生实事项目实施情况进行满意度测评。\n"
         "代表们在代表团全体会议上对2024年度市政府十件民生实事项目实施情况进行了满意度测评。", ["satisfaction_evaluation"]),
        ("会议听取和审议了《县人民政府关于全县养老服务工作情况的报告》。\n"
         "委员们在审议《县人民政府关于全县养老服务工作情况的报告》时提出了意见。", ["report_review"]),
        # the things rated named again by their count alone (a fresh user's round 22)
        ("11月28日，县人大常委会组织对县法院、检察院、公安局、教育体育局四个部门工作进行了满意度测评。\n"
         "会议组织对四个部门工作进行了满意度测评。\n组成人员以填写测评票的方式，对四个部门分别进行了满意度测评。",
         ["satisfaction_evaluation"]),
        ("縣人大常委會組織對縣法院、檢察院、公安局五個部門工作進行了滿意度測評。\n會議對這五個部門分別進行了滿意度測評。",
         ["satisfaction_evaluation"]),
        # near misses: another count, or another kind of work on those things
        ("县人大常委会组织对县法院、检察院、公安局、教育局四个部门工作进行了满意度测评。\n会议对三个部门进行了满意度测评。",
         ["satisfaction_evaluation", "satisfaction_evaluation"]),
        ("县人大常委会组织对县法院、检察院、公安局、教育局四个部门工作进行了满意度测评。\n会议对四个部门开展了专题询问。",
         ["satisfaction_evaluation", "special_inquiry"]),
    ],
)
def test_the_same_object_named_again_is_one_activity(facts_of, text, kinds):
    assert _kinds(facts_of, text) == kinds


def test_two_reports_of_one_kind_stay_two(facts_of):
    text = ("会议听取和审议了《县人民政府关于全县养老服务工作情况的报告》。\n"
            "会议听取和审议了《县人民政府关于全县义务教育工作情况的报告》。")
    assert _kinds(facts_of, text) == ["report_review", "report_review"]


# Reports named only by a word pointing back at them, beside the reports named with their titles.
@pytest.mark.parametrize(
    "text",
    [
        "会议听取了县人民政府关于农村饮水安全工作情况的报告。\n会议分组审议相关工作报告。",
        "会议听取了县人民政府关于农村饮水安全工作情况的报告。\n会议还书面听取了多项报告。",
        "会议听取了县人民政府关于农村饮水安全工作情况的报告。\n常委会组成人员认真审议了上述报告。",
    ],
)
def test_reports_pointed_at_are_those_named(facts_of, text):
    assert _kinds(facts_of, text) == ["report_review"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a session's own vote on all its reports (审议通过各项报告并作出决议) is not pointed back at
        ("会议听取了县人民政府关于农村饮水安全工作情况的报告。\n大会审议通过各项报告并作出决议7项。",
         ["report_review", "report_review"]),
        # reports pointed at on the way to rating how their opinions were handled: the rating stays
        ("会议听取了县人民政府关于农村饮水安全工作情况的报告。\n会议还对相关报告审议意见落实情况进行满意度测评。",
         ["report_review", "satisfaction_evaluation"]),
    ],
)
def test_a_pointer_that_is_not_the_mentions_object_keeps_it(facts_of, text, kinds):
    assert _kinds(facts_of, text) == kinds
