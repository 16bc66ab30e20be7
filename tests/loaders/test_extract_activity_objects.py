"""Reviews stated by constructions the verb-led rules missed, each typed by the report it names
(report-kinds.csv), round 10: a report made by a named official (部长刘昆作了…报告, 市长朱林森到会作…报告);
a ；-list of titles each opening with the organ making it; a report or findings sent to a coming session;
a visit of key work (视察重点工作); a law's implementation checked by a special inspection (专项检查).
Sentences paraphrase public pages (urls beside each group), simplified and traditional."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_counts

CITY = "襄阳市人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, CITY))]


@pytest.mark.parametrize(("text", "kinds"), [
    # m.news.shi-fen.com/china/202206/50-1342226.html (财政部部长刘昆受国务院委托作的…决算的报告)
    ("受国务院委托，财政部部长刘昆作了关于2021年中央决算的报告。", ["budget_review"]),
    # bjrd.gov.cn …t20210105_2197757.html (北京市财政局局长 吴素芳, 市级决算)
    ("市财政局局长吴素芳到会作关于北京市2017年市级决算的报告。", ["budget_review"]),
    # rdgb.gsrdw.gov.cn/2022/240_0328/3017.html (甘肃省审计厅厅长马自学, 审计工作报告)
    ("省审计厅厅长马自学作了关于2020年度省级预算执行和其他财政收支的审计工作报告。", ["audit_oversight"]),
    ("市長朱林森到會作關於上半年全市經濟社會發展情況和下半年政府工作的報告。", ["report_review"]),
])
def test_a_report_made_by_a_named_official_is_typed_by_its_title(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


@pytest.mark.parametrize("text", [
    # near-misses: the official named without making a report, or reporting with no report named
    "财政局局长吴素芳作了表态发言。",
    "市长朱林森到会听取代表意见。",
])
def test_a_named_official_without_a_report_states_no_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


def test_a_list_over_semicolons_goes_on_past_a_bill_to_titles_opening_with_their_maker(facts_of) -> None:
    # the agenda of a city standing committee's session (a public session news item paraphrased, as dev l19 writes)
    text = ("会议听取和审议了市政府关于《丽水市传统村落保护条例》实施情况的报告；市政府关于《丽水市青田稻鱼共生系统保护"
            "利用条例(草案)》的起草说明；市政府关于2024年上半年预算执行情况的报告；市政府关于2023年度全市和市本级财政决算"
            "草案的报告；市政府关于2023年度市本级预算执行和全市其他财政收支的审计工作报告。")
    assert _kinds(facts_of, text) == ["report_review", "budget_review", "budget_review", "audit_oversight"]


def test_a_list_does_not_run_on_into_an_unrelated_part(facts_of) -> None:
    text = "会议听取和审议了市政府关于优化营商环境工作情况的报告；市政府有关负责同志列席会议。"
    assert _kinds(facts_of, text) == ["report_review"]


@pytest.mark.parametrize("text", [
    # code.fabao365.com/law_502802_4.html (执法检查结束后…提出执法检查报告…提请常务委员会审议), paraphrased
    "执法检查组将对检查情况认真梳理汇总后，形成报告提交第十一次人大常委会会议进行审议。",
    "执法检查情况将在6月底召开的县人大常委会第二十八次会议上进行审议。",
    "会议对区政府计划执行情况的报告进行了初步审查，同意将报告提交区人民代表大会会议审议。",
])
def test_a_report_sent_to_a_coming_session_is_a_review_planned(facts_of, text: str) -> None:
    found = facts_of(text, CITY).activities
    assert [a.type for a in found if a.status == "planned"][-1:] == ["report_review"]


@pytest.mark.parametrize("text", [
    # near-misses: a bill submitted is legislation; a report merely sent to an organ
    "会议决定将《襄阳市养犬管理条例(草案)》提交常委会会议审议。",
    "会议决定将条例草案修改稿提交常委会会议审议。",
    "执法检查情况将书面反馈市政府。",
])
def test_a_bill_or_a_report_sent_elsewhere_is_no_review(facts_of, text: str) -> None:
    assert "report_review" not in _kinds(facts_of, text)


@pytest.mark.parametrize("text", [
    # c5799.cn/wap/showxw.asp?id=8022 (市人大組織四級人大代表視察全市重點工作推進情況)
    "市人大組織四級人大代表視察全市重點工作推進情況。",
    # lxzrdw.gov.cn …07280541 (带领视察组对全县重点项目进行视察), paraphrased
    "县人大常委会主任带领视察组视察重点项目建设和灾后恢复重建情况。",
    "石鼓区人大常委会组织人大代表集中视察重点工作和重点项目推进情况。",
])
def test_a_visit_of_key_work_is_a_visit(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["site_visit"]


@pytest.mark.parametrize("text", [
    # near-misses: the focus of a visit named, not a visit
    "视察重点是城区道路和管网建设。",
    "此次视察重点为民生实事项目。",
])
def test_the_focus_of_a_visit_is_no_visit(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


@pytest.mark.parametrize("text", [
    # www.npc.gov.cn …content_353980.htm (法律法规实施情况的检查, 即执法检查), paraphrased as local news
    "县人大常委会重点对全县《水土保持法》和《甘肃省水土保持条例》贯彻实施情况开展了专项检查。",
    "市人大常委会对《中华人民共和国安全生产法》实施情况进行了专项检查。",
    "县人大常委会组织部分委员对《中华人民共和国森林法》执行情况开展专项检查。",
])
def test_a_special_check_of_a_laws_implementation_is_an_inspection(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["law_enforcement_inspection"]


def test_a_departments_special_check_is_administrative(facts_of) -> None:
    text = "市市场监管局对《中华人民共和国食品安全法》实施情况开展了专项检查。"
    assert "law_enforcement_inspection" not in _kinds(facts_of, text)


@pytest.mark.parametrize(("text", "kinds"), [
    # a government's office is a department (round 17): its briefing to the meeting is still a report heard
    ("市政府办公室、市应急管理局分别汇报了安全生产工作情况。", ["report_review", "report_review"]),
    ("市政府辦公室就代表建議辦理情況作了匯報。", ["report_review"]),
    ("市政府督查室负责人就重点工作推进情况作了汇报。", ["report_review"]),
    # near misses: a department's or an office's own checks are administrative
    ("市政府办公室先后开展执法检查3次。", []),
    ("市教育局就学校安全工作开展专项检查。", []),
])
def test_a_departments_briefing_is_heard_its_own_checks_are_not_oversight(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds
