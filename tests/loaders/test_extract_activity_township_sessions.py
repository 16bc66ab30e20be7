"""Township and county sessions (round 11): the constructions that carry their activities, as classes.

Each sentence paraphrases a public page (url beside it), never a benchmark file; near-misses follow.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

TOWNSHIP = "某镇人民代表大会"


@pytest.mark.parametrize("text", [
    # zzkailai.com/newdetail-604885.html (城厢镇人大主席王道燕作镇人大主席团工作报告)
    "镇人大主席王道燕作镇人大主席团工作报告。",
    # 56china.com/2016/0414/109538.html (人大主席黄志刚代表乡人民代表大会所做的《人大工作报告》) paraphrased
    "乡人大主席黄志刚作人大工作报告。",
    # tsinfo.com.cn/tsrd/zhenjierenda/2011/0117/1681.html (镇人大副主席赵向前向大会作的…工作报告) paraphrased
    "镇人大副主席赵向前作了2010年镇人民代表大会工作报告。",
])
def test_a_chairperson_making_the_presidiums_report_is_heard(facts_of, text: str) -> None:
    """A township congress's chairperson (主席, 副主席) making its work report to the session is a report
    heard, as a 镇长 or a 主任 making one (the speaker row of activity-triggers.csv)."""
    assert kinds(facts_of(text, TOWNSHIP)) == ["report_review"]


@pytest.mark.parametrize("text", [
    # huarong.gov.cn/33046/content_1006859.html (镇长付春林所作的政府工作报告) paraphrased with 做, as township news writes it
    "会上，镇长付春林同志代表镇人民政府做《政府工作报告》。",
    # tsinfo.com.cn/tsrd/zhenjierenda/2011/0117/1681.html (镇人大副主席赵向前向大会作的…工作报告) paraphrased with 做
    "镇人大副主席赵向前同志向大会做《人大主席团工作报告》。",
    # 56china.com/2016/0414/109538.html (乡长金英珠代表乡人民政府所做的《政府工作报告》) paraphrased
    "乡长王志强代表乡人民政府向大会做政府工作报告。",
    "鎮長李明同志代表鎮人民政府做《政府工作報告》。",
])
def test_a_report_made_with_zuo_written_either_way_is_heard(facts_of, text: str) -> None:
    """做 is written for 作 in making a report (round 13): the speaker rows of activity-triggers.csv take both."""
    assert kinds(facts_of(text, TOWNSHIP)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "镇政府办公室负责同志认真做好政府工作报告起草工作。",  # preparing the report (做好), not making it
    "镇长要求各部门做好政府工作报告的数据核实。",
])
def test_doing_well_by_a_report_is_no_report_made(facts_of, text: str) -> None:
    assert kinds(facts_of(text, TOWNSHIP)) == []


@pytest.mark.parametrize("text", [
    "镇人大主席张三作重要讲话。",  # no report
    "镇人大主席团主席李四主持会议，各代表团团长作了发言。",  # chairing; speeches, not reports
    "乡人大主席团作出了关于召开乡第十九届人民代表大会第三次会议的决定。",  # the presidium deciding
])
def test_a_chairperson_or_presidium_without_a_report_made_is_none(facts_of, text: str) -> None:
    assert kinds(facts_of(text, TOWNSHIP)) == []


@pytest.mark.parametrize("text", [
    # do446.com/news/2012/02/1919.html (万宝镇人大组织代表对8个单位创建“人民满意单位”活动进行评议…民主测评) paraphrased
    "镇人大组织人大代表对派出所、司法所等8个单位开展了人民满意单位民主测评。",
    # ushya.com/anhui/focus/2019-11-29/38787.html (郭河镇人大代表民主评议基层站所…测评等级) paraphrased
    "听取述职后，参会代表对农技站、卫生院等4个部门进行了民主测评。",
    # jk.fzbdw.org.cn/sy/difang/anhui/2016-01-20/54048.html (全体镇人大代表对基层34个站所进行满意度测评) paraphrased
    "全体镇人大代表对基层34个站所进行民主测评。",
])
def test_deputies_rating_units_by_a_show_of_opinion_is_a_satisfaction_rating(facts_of, text: str) -> None:
    """民主测评 by deputies of the units or work they appraise is a satisfaction rating, as 满意度测评 is."""
    assert "satisfaction_evaluation" in kinds(facts_of(text, TOWNSHIP))


@pytest.mark.parametrize("text", [
    # xjdzao.com/xwyw/xzdt/content/post_1974330.html (评议活动以自查自纠、调查了解、民主测评、督促整改等阶段进行): stages
    "评议活动以自查自纠、调查了解、民主测评、督促整改等阶段进行。",
    "镇党委对领导班子和干部进行了民主测评。",  # a party's rating of its cadres
    "下一步镇人大将约谈民主测评靠后的部门负责人。",  # the rating's result, no rating
])
def test_a_rating_named_as_a_stage_or_by_a_party_is_none(facts_of, text: str) -> None:
    assert "satisfaction_evaluation" not in kinds(facts_of(text, TOWNSHIP))


@pytest.mark.parametrize("text", [
    # rd.zhuxi.gov.cn/gzdt/202302/t20230206_4177978.shtml (对县河镇2023年拟办民生实事项目进行票决) paraphrased
    "与会代表对县河镇2023年拟办民生实事项目进行投票表决。",
    # dyrdw.gov.cn/Web_Jcrd/2022-11-28/2566.html (对2018年民生实事项目进行代表票决) paraphrased
    "会议审议了镇人民政府工作报告，并对2018年民生实事项目进行表决。",
    # jjwmsj.cbg.cn/show/8138-2656457.html (45名人大代表通过无记名投票的方式…票决产生…民生实事项目) paraphrased
    "45名人大代表对2023年民生实事候选项目进行了无记名投票表决。",
])
def test_a_vote_on_the_years_projects_named_before_the_verb_is_an_activity(facts_of, text: str) -> None:
    """Deputies voting on the year's projects for people's livelihood (票决, 表决) are an activity of the session,
    whether the projects follow the verb (表决了…民生实事项目) or come before it (对…民生实事项目进行投票表决)."""
    assert "other" in kinds(facts_of(text, TOWNSHIP))


@pytest.mark.parametrize("text", [
    "镇政府对2023年民生实事项目进行了公示。",  # made public, not voted on
    "会议通过了民生实事项目人大代表票决办法。",  # the rules of the vote
    "民生实事项目表决结果当场公布。",  # the result
])
def test_projects_published_or_the_rules_of_their_vote_are_no_vote(facts_of, text: str) -> None:
    assert "other" not in kinds(facts_of(text, TOWNSHIP))


@pytest.mark.parametrize("text", [
    # 56china.com/2016/0414/109538.html (人大主席黄志刚代表乡人民代表大会所做的《人大工作报告》) paraphrased
    "乡长金英珠作政府工作报告。人大主席黄志刚代表乡人大主席团作人大工作报告。会议听取和审议了《政府工作报告》《人大主席团工作报告》。",
    # zzkailai.com/newdetail-604885.html (听取和审议了《城厢镇人民政府工作报告》、《城厢镇人大主席团工作报告》…镇人大主席王道燕同志作镇人大主席团工作报告)
    "会议听取和审议了《镇人民政府工作报告》、《镇人大主席团工作报告》。镇长刘勇作政府工作报告。镇人大主席王道燕作镇人大工作报告。",
    # huarong.gov.cn/33046/content_1006859.html (听取并审议通过了《政府工作报告》、《人大工作报告》) paraphrased
    "镇长付春林作政府工作报告，镇人大主席作镇人大主席团工作报告。全体代表听取并审议了《政府工作报告》、《人大工作报告》。",
])
def test_the_congress_own_work_report_is_one_under_any_of_its_names(facts_of, text: str) -> None:
    """A session hears one work report of the congress's own body, named 人大工作报告, 人大主席团工作报告 or
    常委会工作报告 (a township's presidium, a county's standing committee): one review, however it is named again."""
    assert kinds(facts_of(text, TOWNSHIP)) == ["report_review", "report_review"]


def test_the_government_and_the_congress_reports_stay_two(facts_of) -> None:
    text = "会议听取和审议了《政府工作报告》《人大工作报告》《财政预算执行情况报告》。"
    assert kinds(facts_of(text, TOWNSHIP)) == ["report_review", "report_review", "budget_review"]


@pytest.mark.parametrize(("text", "expected"), [
    # huarong.gov.cn/33046/content_1006859.html (镇长付春林所作的政府工作报告回顾了…；听取并审议通过了《政府工作报告》、
    # 《人大工作报告》和《财政工作报告》等三个报告)
    ("该镇镇长付春林所作的政府工作报告回顾了上届政府过去五年的工作。全体镇人大代表听取并审议通过了《政府工作报告》、"
     "《人大工作报告》和《财政工作报告》等三个报告。", ["report_review", "report_review", "budget_review"]),
    # tsinfo.com.cn/tsrd/zhenjierenda/2011/0117/1681.html (听取镇长罗富贞向大会作的…政府工作报告…；审议通过…关于政府工作报告的决议)
    ("代表们认真听取镇长罗富贞向大会作的2010年镇人民政府工作报告；审议通过镇第十四届人民代表大会第六次会议关于政府工作报告的决议。",
     ["report_review"]),
    # 56china.com/2016/0414/109538.html (乡长金英珠代表乡人民政府所做的《政府工作报告》) paraphrased
    ("乡长金英珠代表乡人民政府所作的政府工作报告总结了过去一年的工作。会议听取和审议了《政府工作报告》。", ["report_review"]),
])
def test_a_work_report_named_by_its_speaker_or_its_resolution_is_that_report(facts_of, text: str, expected: list[str]) -> None:
    """One body's work report named as made by its speaker (镇长所作的政府工作报告回顾了…) or as what a resolution is on
    (关于政府工作报告的决议) is that report again; a list's total after its titles (…》等三个报告) is no title."""
    assert kinds(facts_of(text, TOWNSHIP)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another body's report heard after a speaker's stays its own; a resolution on a report no review heard is a review
    ("乡长所作的政府工作报告回顾了过去一年的工作。会议听取和审议了《人大主席团工作报告》。", ["report_review", "report_review"]),
    ("大会表决通过了关于政府工作报告的决议。", ["report_review"]),
])
def test_reports_of_several_bodies_or_resolved_alone_stay(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, TOWNSHIP)) == expected


@pytest.mark.parametrize("text", [
    # handmsg.com/page/2010/1117/13543405.shtml (21位常委会组成人员对该报告进行了满意度表决) paraphrased
    "常委会组成人员对区政府关于审议意见处理情况的报告进行了满意度表决。",
    "会议听取了镇政府关于民生实事项目办理情况的报告，并进行了满意度表决。",
    # rating the year's projects where they stand (现场测评), as township news tells it
    "代表们对2023年民生实事项目进行了现场测评，满意率达98%。",
    "代表們對鎮政府民生實事項目進行了當場測評。",
])
def test_a_rating_by_vote_or_on_site_is_a_satisfaction_rating(facts_of, text: str) -> None:
    """满意度表决 and 现场/当场/集中测评 rate as 满意度测评 does (round 13)."""
    assert "satisfaction_evaluation" in kinds(facts_of(text, TOWNSHIP))


@pytest.mark.parametrize("text", [
    "区人大常委会实行审议意见满意度表决制度。",  # the system, not a rating held
    "镇人大主席团制定了现场测评办法。",  # the rules of rating
])
def test_a_rating_system_or_its_rules_is_no_rating(facts_of, text: str) -> None:
    assert "satisfaction_evaluation" not in kinds(facts_of(text, TOWNSHIP))


@pytest.mark.parametrize("text", [
    # m.news.wmxa.cn/n/201512/290409.html (视察组一行…实地察看了白鹿原印象民俗村…等项目) paraphrased without the visit before
    "县人大常委会组成人员实地察看了白鹿原印象民俗村、新寨黑木耳产业园等项目。",
    # bkrmw.net/bk/2023-03-15/107622.html (视察组察看了后坪集镇学校整体迁建项目…) paraphrased
    "视察组一行先后参观了后坪集镇学校整体迁建项目和县健康管理中心建设项目。",
    "部分縣人大代表現場查看了農村飲水安全工程。",
])
def test_members_looking_at_sites_themselves_are_a_visit(facts_of, text: str) -> None:
    """Deputies or members looking at sites without 视察 or without who took them are a visit (round 13)."""
    assert kinds(facts_of(text, TOWNSHIP)) == ["site_visit"]


@pytest.mark.parametrize("text", [
    # zcjczz.com 2023-07-17 古田县 (组织视察组…进行视察。视察组一行当天先后实地察看了…) paraphrased: the visit's stops
    "县人大常委会组织视察组对县重点项目进行视察。视察组一行当天先后实地察看了食用菌文化旅游配套设施项目。",
    "县人大常委会主任带领部分县人大代表对重点产业项目进行了视察。视察组一行实地察看了民俗村等项目。",
])
def test_the_stops_of_a_visit_told_are_that_visit(facts_of, text: str) -> None:
    assert kinds(facts_of(text, TOWNSHIP)) == ["site_visit"]


def test_an_inspection_groups_look_is_a_step_of_its_inspection(facts_of) -> None:
    text = "执法检查组实地查看了企业安全生产情况，检查《中华人民共和国安全生产法》的执行情况。"
    assert kinds(facts_of(text, TOWNSHIP)) == ["law_enforcement_inspection"]


@pytest.mark.parametrize(("text", "expected"), [
    # two towns' sessions told in one article (a county's roundup of its towns' new congresses, paraphrased)
    ("9月22日，甲镇召开第十八届人民代表大会第一次会议。会议听取和审议了政府工作报告和人大工作报告。"
     "9月23日，乙镇召开第十八届人民代表大会第一次会议。会议听取和审议了政府工作报告和人大工作报告。", 4),
    # the roundup's summary before them tells the same reviews again
    ("全县各乡镇相继召开新一届人民代表大会，代表们认真审议政府工作报告和人大工作报告。"
     "甲镇召开第十八届人民代表大会第一次会议，会议听取和审议了政府工作报告和人大工作报告。"
     "乙乡召开第十八届人民代表大会第一次会议，会议听取和审议了政府工作报告。", 3),
    # the summary alone is the only telling
    ("全县各乡镇相继召开新一届人民代表大会，代表们认真审议政府工作报告和人大工作报告。", 2),
    # one session named twice, by its place each time: its reports once
    ("甲镇召开第十八届人民代表大会第一次会议，会议听取和审议了政府工作报告。甲镇召开第十八届人民代表大会第一次会议期间，"
     "代表们分组审议了政府工作报告。", 1),
])
def test_each_places_session_hears_its_own_work_reports(facts_of, text: str, expected: int) -> None:
    """A plenary work report is heard once per place's session: an article on several towns' sessions tells
    several reviews of 政府工作报告, while its summary of them all (各乡镇相继召开…) tells none of its own."""
    assert kinds(facts_of(text, "某县人民代表大会常务委员会")) == ["report_review"] * expected
