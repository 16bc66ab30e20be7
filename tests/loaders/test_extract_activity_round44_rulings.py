"""Round 44's rulings on activities (genre README "## Round 44"), each stated as the genre writes it, with near
misses that must keep their activity. Sentences are paraphrases written for these tests (simplified and
traditional), not copied from a dev file."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "某某县人民代表大会常务委员会"


# -- ruling 9: kinds listed under one participation count are its scope, no activities ------------------------

@pytest.mark.parametrize("text", [
    "全年组织代表参加视察、调研、执法检查等各类履职活动320人次。",
    "组织全国、省人大代表1200人次参加专题调研、900人次参加集中视察。",
    "统一安排代表150余人次参加集中视察、专题调研活动。",
    "五年来，组织在本地的全国人大代表和省人大代表参与执法检查、专题调研和集中视察六百人次。",
    "今年共組織代表參加視察、調研等履職活動86人次。",
])
def test_kinds_under_a_participation_count_are_no_activities(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize("text, kind", [
    ("组织代表50人次参加对《中华人民共和国食品安全法》的执法检查。", "law_enforcement_inspection"),
    ("今年5月，常委会组织代表对全县农村公路建设情况进行视察。", "site_visit"),
    ("常委会组织代表开展专题调研4次。", "investigation"),
])
def test_a_kind_told_as_an_event_of_its_own_stays(facts_of, text: str, kind: str) -> None:
    assert kind in kinds(facts_of(text, COUNTY))


# -- ruling 8: a report heard is reviewed, whoever reports; a 述职报告 heard is the appraisal of persons, `other`
# (genre README round 49 ruling 7, the lead's answer 8) -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "会议听取和审议了市民政局主要负责人履职情况报告。",
    "常委会会议听取部分县人大常委会任命人员履职情况报告。",
    "会议听取了3名市人大代表履职情况的报告。",
])
def test_a_duty_report_heard_is_a_report_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


@pytest.mark.parametrize("text, expected", [
    # the rating of the report heard is an activity of its own, as told
    ("会议听取了县财政局局长的述职报告，并进行了满意度测评。", ["other", "satisfaction_evaluation"]),
    # duties reported without a report heard stay the appraisal they are
    ("副县长张某向县人大常委会述职。", ["other"]),
    # a 述职评议 is the appraisal of persons, one `other` (genre README round 49 ruling 7, the lead's answer 8, superseding round 45 ruling 12)
    ("会议对县发改委、县教育局主要负责同志进行了述职评议。", ["other"]),
    ("会议听取了副镇长王某和李某两位同志所做的述职报告。", ["other"]),
    ("會議聽取了縣人民法院副院長的述職報告。", ["other"]),
    # voters hearing their deputies' report: no review; the report to voters organised is one other (round 45 ruling 6)
    ("选民代表们认真听取了人大代表的述职报告，并进行了测评。", ["satisfaction_evaluation"]),
    ("镇人大组织县人大代表向选民述职，选民们听取了代表的履职情况报告。", ["other"]),
])
def test_the_rating_and_a_述职_without_a_report_keep_their_kinds(facts_of, text: str, expected: list[str]) -> None:
    assert sorted(kinds(facts_of(text, COUNTY))) == expected


# -- ruling 7: a check-back (回头看) of an activity's opinions is typed by that activity -------------------------

@pytest.mark.parametrize("text", [
    "常委会对大气污染防治法执法检查审议意见落实情况开展“回头看”。",
    "县人大常委会组织对食品安全法执法检查提出的意见建议落实情况进行“回头看”。",
    "常委會對水污染防治法執法檢查審議意見書落實情況開展回頭看。",
])
def test_a_check_back_of_an_inspections_opinions_is_an_inspection(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["law_enforcement_inspection"]


@pytest.mark.parametrize("text, kind", [
    ("常委会对城区学位建设专题询问交办意见落实情况开展“回头看”。", "special_inquiry"),
    # opinions of no named kind of work: the bare check-back stays an `other`
    ("常委会对代表建议办理情况开展“回头看”。", "other"),
    ("常委会对民生实事项目审议意见落实情况开展“回头看”。", "other"),
])
def test_a_check_back_of_other_work_keeps_its_kind(facts_of, text: str, kind: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == [kind]


# -- ruling 7: a rating of the handling of opinions, told by item, is one rating per item --------------------

def _ratings(facts) -> int:
    return sum(1 for a in facts.activities if a.type == "satisfaction_evaluation")


@pytest.mark.parametrize("text, n", [
    ("会议听取审议了县政府关于农村公路建设审议意见落实情况的报告、关于养老服务工作审议意见落实情况的报告、"
     "关于城市管理工作审议意见落实情况的报告，会上对这3个报告进行了满意度测评并全部通过。", 3),
    ("常委会组成人员对以上4份审议意见办理情况报告进行了满意度测评。", 4),
    ("会议对县政府关于2023年上半年计划执行情况报告审议意见研究处理情况的报告、关于2023年上半年预算执行情况报告"
     "审议意见研究处理情况的报告开展了满意度测评。", 2),
    ("會議對區政府關於教育工作審議意見辦理情況的報告、關於交通工作審議意見辦理情況的報告、關於水利工作審議意見辦理"
     "情況的報告進行了滿意度測評。", 3),
])
def test_reports_rated_by_item_are_one_rating_each(facts_of, text: str, n: int) -> None:
    assert _ratings(facts_of(text, COUNTY)) == n


@pytest.mark.parametrize("text", [
    "会议对县政府关于食品安全工作情况的报告进行了满意度测评。",
    "会议对县政府关于食品安全审议意见落实情况的报告进行了满意度测评。",
    # several work reports rated: one rating of them all (round 33 ruling 5, round 35), not a handling of opinions
    "会议对县政府关于农村饮水安全工作情况的报告、县政府关于养老服务工作情况的报告进行了满意度测评。",
    "会议听取了县政府、县法院和县检察院的三个工作报告。会议对上述三个报告进行了满意度测评。",
    # a 、 inside one report's title lists no reports
    "会议对县政府关于《农村公路、桥梁建设三年行动计划》实施情况的报告进行了满意度测评。",
    # reports heard before a rating that neither counts nor lists them: one rating (only 分别 rates each)
    "会议听取了县政府关于教育工作的报告、关于交通工作的报告，并进行了满意度测评。",
])
def test_one_report_or_no_items_named_is_one_rating(facts_of, text: str) -> None:
    assert _ratings(facts_of(text, COUNTY)) == 1
