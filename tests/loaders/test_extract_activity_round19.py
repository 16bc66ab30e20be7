"""Round 19's activity classes, each with phrasings of the genre (simplified and traditional) and near misses.

Sentences are paraphrased from the genre, never copied from a benchmark file; the class each test names was
seen in readable dev files (u-odd and older) and checked on the rest of dev.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

NATIONAL = "全国人民代表大会常务委员会"
PROVINCE = "陕西省人民代表大会常务委员会"
COUNTY = "凤县人民代表大会常务委员会"
DISTRICT = "上海市徐汇区人民代表大会常务委员会"
STREET = "湖州市吴兴区人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organs"), [
    ("会议听取了县人大常委会人事代表选举工作委员会主任李明、县政府副县长王强、县人民法院副院长赵亮、县人民检察院"
     "副检察长孙伟作的关于县十三届人大五次会议代表建议、批评和意见办理情况的报告。",
     ["凤县人民政府", "凤县人民法院", "凤县人民检察院"]),
    ("听取了县政府副县长王强、县人民法院副院长赵亮所作的关于优化营商环境工作情况的报告。",
     ["凤县人民政府", "凤县人民法院"]),
    ("會議聽取了縣政府副縣長王強、縣人民檢察院副檢察長孫偉作的關於公益訴訟工作情況的報告。",
     ["凤县人民政府", "凤县人民检察院"]),
    ("县政府、县法院、县检察院分别通报了上半年工作情况。", ["凤县人民政府", "凤县人民法院", "凤县人民检察院"]),
])
def test_officials_of_several_organs_making_one_report_are_one_review_per_organ(facts_of, text: str, organs: list[str]) -> None:
    """One review per body reporting (the round 17 ruling), each overseeing its own organ, not all of them."""
    facts = facts_of(text, COUNTY)
    assert kinds(facts) == ["report_review"] * len(organs)
    assert [a.overseen for a in facts.activities] == [[organ] for organ in organs]


@pytest.mark.parametrize("text", [
    # near misses: one official, or officials of one organ, make one report
    "会议听取了县政府副县长王强作的关于县十三届人大五次会议代表建议办理情况的报告。",
    "会议听取了县人大常委会副主任李明、县人大常委会秘书长周平作的关于代表工作情况的报告。",
])
def test_one_organs_report_stays_one_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "在十三届全国人大常委会第七次会议上，全国人大常委会副秘书长张华报告了十三届全国人大一次会议代表建议、批评和意见的办理情况。",
    "会上，市财政局局长王强报告了上半年全市预算执行情况。",
    "會上，縣審計局局長李明報告了審計查出問題的整改情況。",
])
def test_an_official_named_reporting_some_work_is_heard(facts_of, text: str) -> None:
    assert kinds(facts_of(text, NATIONAL))


@pytest.mark.parametrize("text", [
    "会上，区交通运输局、区应急管理局等部门主要负责人现场报告了本单位去年以来的工作，接受常委会组成人员的评议。",
    "局长张强报告了履职情况。",
    "县长王强报告了一个好消息。",
])
def test_own_duties_or_news_reported_are_no_report_heard(facts_of, text: str) -> None:
    assert "report_review" not in kinds(facts_of(text, COUNTY))


@pytest.mark.parametrize("text", [
    "会议表决通过了省人大常委会工作报告稿。会后，将根据组成人员审议意见作进一步修改后，提请省十三届人大六次会议审议。",
    "常委会会议审议了市人大常委会工作报告稿。",
    "會議表決通過了省人大常委會工作報告稿。",
    "会议审议通过了《区人大常委会工作报告（审议稿）》。",
])
def test_the_committees_own_draft_work_report_is_the_sessions_planned_review(facts_of, text: str) -> None:
    facts = facts_of(text, PROVINCE)
    assert [(a.type, a.status) for a in facts.activities] == [("report_review", "planned")]


@pytest.mark.parametrize("text", [
    # near misses: a draft of a resolution or of someone else's document is no review
    "会议表决通过了关于召开省十三届人大六次会议的决定草案。",
    "会议讨论了市政府关于城市更新的工作方案稿。",
])
def test_other_drafts_adopted_are_no_review(facts_of, text: str) -> None:
    assert "report_review" not in kinds(facts_of(text, PROVINCE))


@pytest.mark.parametrize("text", [
    "会议听取了街道2023年度经济运行工作情况。",
    "会议听取了全镇民生实事项目进展情况，并提出意见建议。",
    "會議聽取了街道年度重點工作完成情況。",
])
def test_a_briefing_named_by_its_state_alone_is_heard(facts_of, text: str) -> None:
    assert kinds(facts_of(text, STREET)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "会议听取了群众意见。",
    "代表们听取了有关情况。",
])
def test_hearing_opinions_or_unnamed_matters_is_no_briefing(facts_of, text: str) -> None:
    assert kinds(facts_of(text, STREET)) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("街道办事处主任就6个民生实事候选项目情况进行了介绍，并对6个民生实事候选项目进行投票。", ["other"]),
    ("与会代表对8个民生实事候选项目进行无记名投票表决。", ["other"]),
    ("代表們對民生實事候選項目進行投票。", ["other"]),
])
def test_candidate_projects_introduced_then_voted_on_are_one_vote(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, STREET)) == expected


@pytest.mark.parametrize("text", [
    "镇长就民生实事项目推进情况进行了汇报。",
])
def test_a_briefing_on_projects_under_way_stays_a_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, STREET)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "会议传达了全市“人大代表之家”建设观摩活动的精神。",
    "會議傳達了全省人大工作會議精神。",
    "会议传达学习了习近平总书记视察重要讲话精神。",
])
def test_conveying_a_spirit_is_no_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize("text", [
    "会议听取了州人民政府关于全州义务教育工作情况的报告。下午，与会人员分组审议了各项报告，并提出了意见建议。",
    "會議聽取了州人民政府關於全州義務教育工作情況的報告。下午，與會人員分組審議了各項報告。",
    "会议听取了区政府关于养老服务工作情况的报告。与会代表分组讨论和审议了上述报告。",
])
def test_deliberating_in_groups_the_reports_heard_is_a_step_of_the_hearing(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


def test_a_session_hearing_its_reports_unnamed_is_a_review(facts_of) -> None:
    """Near miss: the session's own hearing of reports it does not name is the review itself."""
    assert kinds(facts_of("在为期一天的会议中，代表们认真听取、审议各项报告，积极参加小组讨论。", "某镇人民代表大会")) == ["report_review"]


@pytest.mark.parametrize(("text", "expected"), [
    ("关于本区2023年度国有资产管理情况的综合报告\n——在2024年9月11日上海市徐汇区第十七届人民代表大会\n常务委员会第二十一次会议上\n"
     "区财政局\n主任、各位副主任、各位委员：\n现将本区2023年度国有资产管理情况报告如下：\n一、总体情况\n截至2023年末，本区共有国有企业215户。",
     ["report_review"]),
    ("全国人民代表大会常务委员会执法检查组\n关于检查《中华人民共和国长江保护法》\n实施情况的报告\n"
     "——2022年12月28日在第十三届全国人民代表大会常务委员会第三十八次会议上\n委员长、副委员长、秘书长、各位委员：\n"
     "今年是长江保护法实施一周年。",
     ["law_enforcement_inspection", "report_review"]),
    ("市政府副市长 陈明\n市人大常委会：\n我受市长委托，现将市政府办理代表建议、批评和意见的情况报告如下。\n一、总体情况\n共收到建议1219件。",
     ["report_review"]),
    ("關於2023年度備案審查工作情況的報告\n——2024年1月在市人大常委會第八次會議上\n主任、各位副主任、秘書長、各位委員：\n現將備案審查工作情況報告如下。",
     ["filing_review"]),
])
def test_a_report_in_its_own_voice_to_a_sitting_is_reviewed_once(facts_of, text: str, expected: list[str]) -> None:
    """The dateline or the salutation tells the sitting that heard it (the round 18 ruling on a report in its own voice)."""
    facts = facts_of(text, DISTRICT)
    assert sorted(kinds(facts)) == sorted(expected)
    assert all(a.status == "reported" for a in facts.activities)


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the committee's own work report to the plenary (none: round 14), news of a hearing (its sentence's)
    ("徐汇区人民代表大会常务委员会工作报告\n——2024年1月在上海市徐汇区第十七届人民代表大会第四次会议上\n各位代表：\n"
     "现在，我代表区人大常委会向大会报告工作。", []),
    ("区人大常委会听取国有资产管理情况报告\n在2024年9月11日召开的区人大常委会第二十一次会议上，会议听取了区政府关于国有资产"
     "管理情况的报告。", ["report_review"]),
])
def test_other_texts_with_a_dateline_get_no_review_of_their_own(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, DISTRICT)) == expected


def test_an_audit_report_in_its_own_voice_is_one_audit_oversight(facts_of) -> None:
    text = ("关于2023年度区级预算执行和其他财政收支的审计工作报告\n——2024年7月在区人大常委会第十九次会议上\n"
            "主任、各位副主任、各位委员：\n受区政府委托，现向区人大常委会报告2023年度区级预算执行和其他财政收支的审计工作情况，请审议。")
    assert kinds(facts_of(text, DISTRICT)) == ["audit_oversight"]


@pytest.mark.parametrize("text", [
    "常委会对区政府贯彻落实《中华人民共和国突发事件应对法》、加强人员密集场所安全管理工作实施专项监督。",
    "今年省人大常委会确定14件省人大代表建议进行重点办理。",
    "代表不满意的3个建议，均重新交办。",
    "第二次全体会议通过投票评选了2020年人大重点监督的民生实事项目清单。",
])
def test_oversight_of_work_and_of_suggestions_told_as_acts_are_other(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["other"]


@pytest.mark.parametrize("text", [
    # near misses: a tally of voters met (a statistic), a mechanism, a group, the organs' own handling
    "全年联系接待选民群众14301人次。",
    "建立选民接待日制度。",
    "成立专项监督组。",
    "承办单位认真研究办理代表建议。",
])
def test_tallies_mechanisms_and_handling_are_no_act(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize("text", [
    "会议决定：县第九届人民代表大会第七次会议于5月7日召开。建议会议的主要议程是：\n一、听取和审查县人民政府工作报告；\n"
    "二、听取和审查县人民法院工作报告；\n三、听取和审查县人民检察院工作报告；\n四、选举事项。",
    "會議決定：縣第九屆人民代表大會第七次會議於5月7日召開。建議會議的主要議程是：\n1.聽取和審查縣人民政府工作報告；\n"
    "2.聽取和審查縣人民法院工作報告；\n3.聽取和審查縣人民檢察院工作報告；\n4.選舉事項。",
])
def test_a_sessions_agenda_items_closed_by_semicolons_are_its_planned_reviews(facts_of, text: str) -> None:
    """A numbered line closed by ； is an item of the agenda its lines list, no heading (dev o30)."""
    facts = facts_of(text, "五峰土家族自治县人民代表大会常务委员会")
    assert [(a.type, a.status) for a in facts.activities] == [("report_review", "planned")] * 3


@pytest.mark.parametrize(("text", "expected"), [
    ("委员长会议建议，常委会第十九次会议审议拟提请十二届全国人大四次会议审议的全国人大常委会工作报告稿。",
     [("report_review", "planned")]),
    # near miss: the report the session was given, cited for its figures
    ("提请大会审议的常委会工作报告以一组数据概括了过去一年的监督工作。", []),
])
def test_the_draft_work_report_yet_to_be_submitted_is_reviewed(facts_of, text: str, expected: list) -> None:
    assert [(a.type, a.status) for a in facts_of(text, NATIONAL).activities] == expected


@pytest.mark.parametrize("tail", [
    "大会表决通过了关于三个报告的决议。",
    "与会代表认真审议三个报告。",
    "大会审议通过了政府工作报告等三个报告。",
    "大會表決通過了關於三個報告的決議。",
])
def test_a_count_of_reports_pointing_back_restates_those_named(facts_of, tail: str) -> None:
    text = "大会听取和审议了镇政府工作报告、镇人大主席团工作报告和财政预算报告。" + tail
    assert kinds(facts_of(text, "某镇人民代表大会")) == ["report_review", "report_review", "budget_review"]


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the count names its own reports (one review each, the count their total: round 31, README's
    # round 20 part b 5), or no report is named elsewhere
    ("会议听取和审议了企业国有资产、行政事业性国有资产、国有自然资源资产三个专项报告。", 3),
    ("会议听取了三个报告。", 1),
])
def test_a_count_of_reports_naming_them_or_alone_is_a_review(facts_of, text: str, expected: int) -> None:
    assert len(facts_of(text, COUNTY).activities) == expected


@pytest.mark.parametrize("text", [
    "会议听取了市人大法制委关于《市人大常委会2023年立法计划(草案)》编制情况的汇报。",
    "会议听取了市人大环资委关于《市人大常委会对〈市人民政府关于2022年度环境状况的报告〉的审议意见(送审稿)》的汇报。",
    "會議聽取了市人大常委會辦公廳關於《市人民代表大會會議工作規程》等5件工作制度修改情況的匯報。",
])
def test_the_congress_own_documents_in_the_making_are_no_oversight(facts_of, text: str) -> None:
    assert kinds(facts_of(text, "重庆市人民代表大会常务委员会")) == []


def test_a_governments_draft_plan_heard_stays_a_review(facts_of) -> None:
    """Near miss: a plan of the government's, in draft, is what the committee reviews."""
    assert kinds(facts_of("会议听取了区政府关于2020年度污染防治攻坚战工作方案(草案)的报告。", COUNTY)) == ["report_review"]
