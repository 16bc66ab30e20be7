"""Round 29's classes of reports heard (readable dev ae27 ac37 ad25 o30 aa37 ae33 ae47 ae01 r15): titles whose draft mark
stands inside their 》, review opinions discussed in draft, a plan's or budget's report with the plan or budget it
presents, a budget approved right after its report was examined, reports listed after the congress's own business, a
report made in writing or at a named session by its speaker, organs submitting written reports to the session."""
from __future__ import annotations

import pytest
from extract_helpers import kinds

CITY = "株洲市人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return kinds(facts_of(text, CITY))


@pytest.mark.parametrize(("text", "expected"), [
    # titles one after another, each a committee's draft report (…报告(草案)》《…》)
    ("会议讨论《市人大财经委关于2022年市本级决算草案审查结果的报告(草案)》《市人大财经委关于我市上半年国民经济和社会"
     "发展计划执行情况的调查报告(草案)》。", ["budget_review", "investigation"]),
    ("会议审议了《市人大财经委关于决算草案审查结果的报告(草案)》和《市人民政府关于全市消防工作情况的报告》。",
     ["budget_review", "report_review"]),
    ("會議審議了《市人大財經委關於決算草案審查結果的報告（草案）》《市人民政府關於全市消防工作情況的報告》。",
     ["budget_review", "report_review"]),
])
def test_titles_with_their_draft_mark_inside_are_one_report_each(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize(("text", "reviews"), [
    ("会议讨论关于《市人民政府关于全市打击治理涉众金融犯罪工作情况报告》的审议意见(草案)、关于《市人民政府关于全市"
     "中等职业教育发展情况报告》的审议意见(草案)。", 2),
    ("会议讨论关于《市人民政府关于全市中等职业教育发展情况报告》的审议意见(草案)。", 1),
    ("会议研究讨论了关于《市人民政府关于全市养老服务工作情况的报告》的审议意见（草案）、关于《市人民政府关于全市"
     "消防工作情况的报告》的审议意见（草案）。", 2),
])
def test_review_opinions_discussed_in_draft_are_their_reports_reviews(facts_of, text: str, reviews: int) -> None:
    assert _kinds(facts_of, text) == ["report_review"] * reviews


@pytest.mark.parametrize(("report", "opinion"), [
    ("会议研究讨论了市人大常委会预算工委关于上半年国民经济和社会发展计划执行情况的调查报告", "及相应的审议意见(草案)"),
    ("会议研究讨论了市人大常委会预算工委关于上半年国民经济和社会发展计划执行情况的调查报告", "及相应审议意见"),
    ("会议讨论了市人大财经委关于全市中等职业教育发展情况的调研报告", "及其审议意见"),
])
def test_a_report_and_the_opinion_on_it_are_one_report(facts_of, report: str, opinion: str) -> None:
    """…的调查报告及相应的审议意见(草案) (dev ac37): the report's kinds, once; the opinion is no report of its own."""
    assert _kinds(facts_of, report + opinion + "。") == _kinds(facts_of, report + "。")


@pytest.mark.parametrize(("text", "expected"), [
    # the plan's execution with the plan itself, an agenda item (round 29 ruling: a budget review)
    ("建议会议的主要议程为：\n3.审查和批准绍兴市2020年国民经济和社会发展计划执行情况的报告及2021年国民经济和社会发展计划；",
     ["budget_review"]),
    ("会议的议程是：\n三、审查和批准某县2020年国民经济和社会发展计划执行情况的报告与2021年国民经济和社会发展计划；",
     ["budget_review"]),
    # the report on plan and draft with the draft, and the budget's with the budget draft: one review each
    ("本次会议的主要任务是：审议市人民政府工作报告；审查哈尔滨市2023年国民经济和社会发展计划执行情况与2024年国民经济和"
     "社会发展计划草案的报告及2024年国民经济和社会发展计划草案、哈尔滨市2023年预算执行情况和2024年预算草案的报告及"
     "2024年市本级预算草案；审议市人民政府2024年民生候选项目。", ["report_review", "budget_review", "budget_review"]),
])
def test_a_report_with_the_plan_or_budget_it_presents_is_one_budget_review(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


def test_a_work_report_and_a_plan_stay_two_documents(facts_of) -> None:
    """政府工作报告和…计划 names two documents: the work report's review is not the plan's."""
    text = "会议听取和审议了政府工作报告和2024年国民经济和社会发展计划，审查了2024年预算草案。"
    assert "report_review" in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "建议会议的主要议程为：\n4.审查绍兴市2020年全市和市级预算执行情况的报告及2021年全市和市级预算草案,批准绍兴市2020年"
    "市级预算执行情况的报告和2021年市级预算；",
    "会议审查了绍兴市2020年全市和市级预算执行情况的报告，批准了绍兴市2020年市级预算执行情况的报告和2021年市级预算。",
    "四、审查某县2020年预算执行情况和2021年预算草案的报告，批准2020年县级预算执行情况的报告和2021年县级预算",
])
def test_a_budget_approved_after_its_report_was_examined_is_one_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["budget_review"]


@pytest.mark.parametrize(("text", "kind"), [
    ("镇财政所长钱宝忠同志以书面形式作了《关于2018年1—8月份财政预算执行情况的报告》。", "budget_review"),
    ("县财政局局长张三书面作了关于上半年预算执行情况的报告。", "budget_review"),
    ("县民政局负责同志以书面形式作了关于全县养老服务工作情况的报告。", "report_review"),
    # made at the session the sentence names (dev ae01 z05)
    ("2010年3月9日，委员长吴邦国同志在十一届全国人大三次会议上作全国人大常委会工作报告时提出，要根据监督法开展工作。",
     "report_review"),
    ("市长张三在市十六届人大二次会议上作了关于全市城市更新工作情况的报告。", "report_review"),
])
def test_a_report_made_in_writing_or_at_a_named_session_is_heard(facts_of, text: str, kind: str) -> None:
    assert _kinds(facts_of, text) == [kind]


@pytest.mark.parametrize(("text", "reviews"), [
    ("此外，市政府、市中级法院、市检察院向大会提交代表建议办理情况的书面报告。", 3),
    ("此外，市政府、市中級法院、市檢察院向大會提交代表建議辦理情況的書面報告。", 3),
    ("区政府、区法院向常委会提交了2020年工作情况的书面汇报。", 2),
])
def test_organs_submitting_written_reports_to_the_session_are_one_review_each(facts_of, text: str, reviews: int) -> None:
    assert _kinds(facts_of, text) == ["report_review"] * reviews


def test_reports_sent_without_naming_their_work_are_not_heard(facts_of) -> None:
    """各办理单位…提交了有关办理情况的书面报告 (dev b09): reports sent in, none heard."""
    assert _kinds(facts_of, "各办理单位分别向市人大常委会提交了有关办理情况的书面报告。") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("会议审议并表决通过了关于修改《雅安市人民代表大会常务委员会议事规则》的决定,关于接受张三辞去雅安市人民政府副市长职务"
     "请求的决定,市人民政府关于研究处理贯彻落实《四川省禁毒条例》情况审议意见的报告、关于研究处理全市养老服务工作情况"
     "审议意见的报告。", ["report_review", "report_review"]),
    ("会议审议通过了关于召开市十六届人大二次会议的决定，市人大常委会代表资格审查委员会名单，市人民政府关于全市消防工作"
     "情况的报告。", ["report_review"]),
    ("会议听取了市人民政府有关人事议案的说明,关于上半年全市国民经济和社会发展计划执行情况的报告,关于上半年预算执行情况的"
     "报告。", ["report_review", "budget_review"]),
])
def test_reports_listed_after_the_congress_own_business_are_heard(facts_of, text: str, expected: list[str]) -> None:
    """Decisions, name lists and bills on no oversight named first (dev ae33 ac25) are the congress's own business; the
    reports after them are heard, and no law a decision amends is theirs."""
    activities = facts_of(text, CITY).activities
    assert [a.type for a in activities] == expected
    assert all("雅安市人民代表大会常务委员会议事规则" not in a.laws for a in activities)


def test_a_budget_bill_explained_first_stays_a_budget_review(facts_of) -> None:
    """The explanation of a bill on the debt quota (dev g05) is no business to pass over: a budget review."""
    text = ("会议听取了省财政厅厅长王某作的关于提请审议批准2015年我省政府债务限额的议案的说明,省人大财政经济委员会副主任委员"
            "李某作的关于省人民政府关于提请审议批准2015年我省政府债务限额的议案的审查报告。")
    assert "budget_review" in [a.type for a in facts_of(text, CITY).activities]


@pytest.mark.parametrize("text", [
    "大会以举手表决的方式通过了县政府工作报告、计划草案报告、财政预算草案报告、人大常委会工作报告等四个报告的决议。",
    "大会审议了县政府工作报告、计划草案报告、财政预算草案报告。",
])
def test_the_plan_draft_named_by_its_field_is_a_budget_review(facts_of, text: str) -> None:
    """计划草案报告 in a plenary's list of reports (dev p21) is the plan's draft examined, as 计划报告 is: a budget review
    beside the budget's, no audit report among them."""
    assert _kinds(facts_of, text).count("budget_review") == 2


@pytest.mark.parametrize("text", [
    "会议听取和审议市公安局研究处理《市人大常委会关于打击侵犯企业权益经济犯罪,助力优化营商环境工作情况的审议意见》"
    "情况的报告，并进行满意度测评。",
    "會議聽取和審議市公安局研究處理《市人大常委會關於打擊侵犯企業權益經濟犯罪，助力優化營商環境工作情況的審議意見》"
    "情況的報告，並進行滿意度測評。",
])
def test_a_comma_inside_a_titled_document_keeps_the_report_one(facts_of, text: str) -> None:
    """A comma inside the 《》 title a report names (dev g22) is no clause break: the report is heard, and rated."""
    assert sorted(_kinds(facts_of, text)) == ["report_review", "satisfaction_evaluation"]


@pytest.mark.parametrize("text", [
    "街道主要领导汇报了地区2015年经济社会发展情况。",
    "镇党委主要领导汇报了全镇上半年工作情况。",
])
def test_leaders_reporting_on_work_are_heard(facts_of, text: str) -> None:
    """主要领导汇报了…情况 (dev ac53), as 乡长汇报了…情况: a report heard."""
    assert _kinds(facts_of, text) == ["report_review"]


@pytest.mark.parametrize("text", [
    "被测评单位和被审计单位要认真整改审计查出问题，做到立行立改、全面整改。",
    "县审计局要以审计报告为依据，督促有关部门落实整改。",
    "各被审计部门要按照审计报告的要求抓好整改。",
])
def test_an_instruction_to_the_bodies_audited_is_no_audit_oversight(facts_of, text: str) -> None:
    """The duty of the bodies audited or the audit office (dev o34 aa43) is theirs to come, not the congress's oversight."""
    assert "audit_oversight" not in _kinds(facts_of, text)


def test_the_audit_report_heard_stays_audit_oversight(facts_of) -> None:
    text = "会议听取和审议了区审计局关于2022年度区级预算执行和其他财政收支审计查出问题整改情况的报告。"
    assert _kinds(facts_of, text) == ["audit_oversight"]


@pytest.mark.parametrize("text", [
    "新邵县人大常委会高度重视规范性文件备案审查工作。",
    "适应了当前备案审查工作发展需求。",
    "县人大常委会高度重视执法检查工作。",
])
def test_an_attitude_or_a_need_answered_states_no_activity(facts_of, text: str) -> None:
    """Attitudes to a kind of work and the needs it answers (dev q29 ac13) describe it; no event."""
    assert _kinds(facts_of, text) == []


def test_the_work_done_after_the_attitude_stays(facts_of) -> None:
    text = "县人大常委会高度重视规范性文件备案审查工作，依法对县政府报送的4份规范性文件进行了备案审查。"
    assert _kinds(facts_of, text) == ["filing_review"]


@pytest.mark.parametrize("text", [
    "会议先后听取省人大法制委委员李智作关于《福建省武夷山国家公园条例(草案修改稿)》审议结果的报告,省人大法制委委员"
    "吴黎静作关于该条例审查的报告。",
    "会议听取了市人大法制委员会主任委员张三作的关于《某市水资源条例》审查的报告。",
])
def test_a_bill_review_report_made_by_its_speaker_is_legislation(facts_of, text: str) -> None:
    """A law committee's report on its review of a regulation (dev ae13) is legislation, no report heard."""
    assert "report_review" not in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    "9月22日下午，大会通过了三份报告的决议，并选举产生了新一届镇人民代表大会主席。",
    "大会表决通过了3个报告的决议。",
])
def test_resolutions_on_reports_only_counted_add_no_review(facts_of, text: str) -> None:
    """三份报告的决议 (dev ae47) names no report: the reviews are those the text told, none more."""
    assert _kinds(facts_of, text) == []


def test_resolutions_on_reports_named_stay_their_reviews(facts_of) -> None:
    text = "大会表决通过了关于政府工作报告的决议、关于人大主席团工作报告的决议。"
    assert _kinds(facts_of, text) == ["report_review", "report_review"]


def test_titles_of_a_report_with_the_plan_it_presents_end_one_report_each(facts_of) -> None:
    """《…计划执行情况报告及本年度…计划》 before the next title (dev ae59) is one report; a department's work plan is no
    development plan, its execution a review."""
    text = ("会议书面审查了《2023年镇财政预算执行情况和2024年镇财政预算草案的报告》《镇政府上年度民政工作实施计划执行情况"
            "报告及本年度民政工作实施计划》。")
    assert _kinds(facts_of, text) == ["budget_review", "report_review"]
