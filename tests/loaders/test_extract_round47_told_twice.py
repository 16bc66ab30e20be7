"""One report heard and the committee's opinion on it told after the hearing are one review (round 47, readable dev's
false reviews told twice: the sitting and its result). Phrasings written for these tests (simplified and traditional),
with the pairs that stay two: an opinion on a report no hearing named, the handling of an opinion (a later follow-up),
an opinion on another report, and the report heard at two sittings."""
from __future__ import annotations

import pytest

from loaders.extract.report_names import opinion_subject, report_name, same_subject, spoken

CITY = "景德镇市人民代表大会常务委员会"


def _reviews(facts_of, text: str) -> list[str]:
    return [a.evidence for a in facts_of(text, CITY).activities if a.type == "report_review"]


@pytest.mark.parametrize("text", [
    # the committee's preliminary opinion after the report, its year left out
    "10月28日，市人大常委会召开第二十次会议。会议听取和审议了市人民政府关于2023年度行政事业性国有资产管理情况的专项报告；"
    "听取和审议了市人大财经委关于行政事业性国有资产管理情况的初步审议意见。",
    # the opinion names the report in quotes with the place in its maker, the hearing without
    "会议审议了市人民政府关于2019年度国有资产管理情况的综合报告(书面)；"
    "听取和审议了市人大财经委关于《萍乡市人民政府关于2019年度国有资产管理情况的综合报告》的初步审议意见。",
    # the opinion points at the reports heard before it (以上, 上述)
    "会议听取了市人民政府关于全市深化公安执法规范化建设工作情况的报告。书面印发了市人大有关专门委员会对以上专项工作报告的初审意见。",
    "會議聽取了市人民政府關於全市養老服務體系建設情況的報告；會議還書面審議了市人大社會建設委員會關於上述報告的審議意見。",
    # traditional script, 初审意见
    "會議聽取和審議了市人民政府關於全市養老服務體系建設情況的報告；"
    "會議還聽取了市人大社會建設委員會關於全市養老服務體系建設情況報告的初審意見。",
])
def test_an_opinion_on_a_report_heard_before_is_that_review(facts_of, text: str) -> None:
    assert len(_reviews(facts_of, text)) == 1


@pytest.mark.parametrize("text, expected", [
    # an opinion on a report no hearing named stands for its review
    ("会议听取了市人民政府关于城市建设重点项目计划安排情况的报告；"
     "会议审议了市人大财经委关于对2025年农村公路建设项目计划安排情况报告的初审意见。", 2),
    # the handling of the opinion is a follow-up of the review, another piece of work
    ("会议听取和审议了市人民政府关于全市农村公路建设情况的报告；"
     "会议还书面审议了市人民政府关于市人大常委会对全市农村公路建设情况报告审议意见研究处理情况的报告。", 2),
    # the opinion follows the report in one list clause: the report heard is not the opinion
    ("会议听取和审议市人民政府关于2023年度行政事业性国有资产管理情况的专项报告和市人大财经委关于"
     "行政事业性国有资产管理情况的初步审议意见。", 1),
])
def test_other_reports_and_follow_ups_stay(facts_of, text: str, expected: int) -> None:
    assert len(_reviews(facts_of, text)) == expected


@pytest.mark.parametrize("evidence, rest, subject", [
    ("市人大财经委关于行政事业性国有资产管理情况的初步审议意见", "", "行政事业性国有资产管理"),
    ("听取和审议了市人大财经委关于《萍乡市人民政府关于2019年度国有资产管理情况的综合报告》的初步审议意见", "", "国有资产管理"),
    # a list's item: the opinion at the clause's end, after the other titles
    ("听取和审议了市人大财经委关于《萍乡市人民政府关于2019年度国有资产管理情况的综合报告》",
     "和《萍乡市人民政府关于2019年度国有改制企业资产管理情况的专项报告》的初步审议意见", "国有资产管理"),
    ("关于对2025年城市建设重点项目计划安排情况报告的初审意见", "", "城市建设重点项目计划安排"),
    ("书面印发了市人大有关专门委员会对以上四个专项工作报告", "的初审意见", ""),  # the reports told before
])
def test_the_subject_of_an_opinion(evidence: str, rest: str, subject: str) -> None:
    assert opinion_subject(evidence, rest) == subject


@pytest.mark.parametrize("evidence, rest", [
    ("县政府关于落实县人大常委会对农村公路建设情况报告审议意见情况的报告", ""),
    ("听取了市人民政府关于2023年度行政事业性国有资产管理情况的专项报告", "和市人大财经委关于行政事业性国有资产管理情况的初步审议意见"),
    ("通过了关于环境保护的审议意见", ""),  # a subject too short to tell one report
])
def test_no_opinion_or_one_on_another_report(evidence: str, rest: str) -> None:
    assert opinion_subject(evidence, rest) is None


def test_opinion_and_report_subjects_compare_without_the_year() -> None:
    name = report_name("听取和审议市人民政府关于2023年度行政事业性国有资产管理情况的专项报告")
    assert name is not None
    assert same_subject("行政事业性国有资产管理", name)
    assert not same_subject("企业国有资产管理", name)


def _ratings(facts_of, text: str) -> list[str]:
    return [a.evidence for a in facts_of(text, CITY).activities if a.type == "satisfaction_evaluation"]


@pytest.mark.parametrize("text", [
    "12月31日，县人大常委会召开会议，对县教育局审计查出问题整改情况开展满意度测评。"
    "此次会议对审计查出问题整改情况进行满意度测评，体现了监督方式的创新。",
    "12月31日，縣人大常委會召開會議，對縣教育局審計查出問題整改情況開展滿意度測評。"
    "此次會議對審計查出問題整改情況進行滿意度測評，體現了監督方式的創新。",
])
def test_a_later_rounds_word_the_first_telling_names_is_its_object(facts_of, text: str) -> None:
    """整改 of 审计查出问题整改情况, named by both tellings, is what is rated, not a later round (round 47, dev v13)."""
    assert len(_ratings(facts_of, text)) == 1


@pytest.mark.parametrize("text", [
    # a later round the first telling does not name (再次, 整改 of the first's rating)
    "6月28日，县人大常委会召开会议，对县教育局办理代表建议情况开展满意度测评。会议对县教育局整改情况再次进行满意度测评。",
    "6月28日，县人大常委会召开会议，对县教育局办理代表建议情况开展满意度测评。此次会议对县教育局整改情况进行满意度测评。",
    # another piece of work (还)
    "6月28日，县人大常委会召开会议，对县教育局办理代表建议情况开展满意度测评。此次会议还对县政府落实审议意见情况进行满意度测评。",
])
def test_a_later_round_or_other_work_stays_two_ratings(facts_of, text: str) -> None:
    assert len(_ratings(facts_of, text)) == 2


MIANYANG = "绵阳市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "本报讯 昨日，市人大常委会召开第十四次会议，听取和审议多项报告。\n"
    "副市长王某列席会议，向会议作了本市2018年上半年国民经济和社会发展计划执行情况的报告。\n"
    "会议听取和审议了市人大常委会执法检查组关于《中华人民共和国食品安全法》贯彻实施情况的报告，"
    "以及市政府关于本市2018年上半年国民经济和社会发展计划执行情况的报告。",
    "本報訊 昨日，市人大常委會召開第十四次會議。\n副市長王某向會議作了全市農村公路建設情況的報告。\n"
    "會議聽取和審議了市人民政府關於全市農村公路建設情況的報告，並提出了意見。",
])
def test_a_report_given_by_its_speaker_and_heard_by_its_makers_name_is_one_review(facts_of, text: str) -> None:
    assert sum("农村公路" in e or "農村公路" in e or "计划执行" in e for e in
               [a.evidence for a in facts_of(text, MIANYANG).activities if a.type == "report_review"]) == 1


@pytest.mark.parametrize("text, expected", [
    # each organ's report of one title, the list's items carrying the maker of their head: two
    ("会议听取和审议了省政府关于脱贫攻坚工作情况的报告，关于省十三届人大三次会议代表建议办理工作情况的报告；"
     "省法院关于民事审判工作情况的报告，关于省十三届人大三次会议代表建议办理工作情况的报告。", 4),
    # the speaker's report at one sitting, the maker's at a later one
    ("6月25日，市人大常委会召开第十三次会议，副市长王某向会议作了全市农村公路建设情况的报告。\n"
     "9月23日，市人大常委会召开第十五次会议，听取了市政府关于全市农村公路建设情况的报告。", 2),
])
def test_reports_of_one_title_by_two_makers_or_at_two_sittings_stay(facts_of, text: str, expected: int) -> None:
    assert len(_reviews(facts_of, text)) == expected


@pytest.mark.parametrize("evidence, expected", [
    ("向会议作了绵阳市2018年1至6月国民经济和社会发展计划执行情况的报告", True),
    ("副市长作了关于全市农村公路建设工作情况的报告", True),
    ("市政府关于绵阳市2018年1至6月国民经济和社会发展计划执行情况的报告", False),
    ("关于省十三届人大三次会议代表建议办理工作情况的报告", False),  # 工作 is no speaker's 作
])
def test_a_report_given_by_its_speaker(evidence: str, expected: bool) -> None:
    assert spoken(evidence) is expected


def _inquiries(facts_of, text: str) -> int:
    return sum(a.type == "special_inquiry" for a in facts_of(text, MIANYANG).activities)


@pytest.mark.parametrize("text", [
    "7月10日,市人大常委会第四次会议10日上午举行联组会议,结合审议市人大常委会执法检查组关于检查大气污染防治法实施情况的"
    "报告进行专题询问,主任某某主持并讲话。\n\n本次常委会会议在分组审议大气污染防治法执法检查报告的基础上,举行联组会议,"
    "开展专题询问。这是本届常委会开展的第一次专题询问。",
    "7月10日,市人大常委會第四次會議10日上午舉行聯組會議,結合審議市人大常委會執法檢查組關於檢查水污染防治法實施情況的"
    "報告進行專題詢問,主任某某主持並講話。\n\n本次常委會會議在分組審議水污染防治法執法檢查報告的基礎上,舉行聯組會議,"
    "開展專題詢問。這是本屆常委會開展的第一次專題詢問。",
])
def test_an_inquiry_told_in_the_setting_of_a_report_and_again_is_one(facts_of, text: str) -> None:
    """The report heard is the inquiry's setting (结合审议…报告进行专题询问), not a report the work is told by (round 47,
    dev l02)."""
    assert _inquiries(facts_of, text) == 1


def test_inquiries_on_two_reports_at_two_sittings_stay_two(facts_of) -> None:
    assert _inquiries(facts_of, "7月10日,市人大常委会第四次会议举行联组会议,结合审议市政府关于大气污染防治工作情况的报告"
                      "进行专题询问。\n\n10月25日,市人大常委会第六次会议举行联组会议,结合审议市政府关于养老服务体系建设情况的"
                      "报告开展专题询问。") == 2


@pytest.mark.parametrize("text, expected", [
    ("会议听取了市政府关于2019年度环境状况和环境保护目标完成情况的报告。组成人员还分组审议了相关报告和条例(草案)。", 1),
    ("會議聽取了市政府關於全市養老服務體系建設情況的報告。會議審議通過有關報告和人事任免事項。", 1),
    ("会议听取了市政府关于全市农村公路建设情况的报告。会议还审议了上述报告。", 1),
    # no review told before: the pointing review stands for them
    ("会议审议通过了有关报告和人事任免事项。", 1),
    # 各项报告 names the session's reports, told or not
    ("会议听取审议了县人民政府关于农村公路建设情况的报告。大会审议通过各项报告并作出决议7项。", 2),
])
def test_a_review_pointing_back_at_reports_told_is_no_other(facts_of, text: str, expected: int) -> None:
    assert len(_reviews(facts_of, text)) == expected


def _budgets(facts_of, text: str) -> int:
    return sum(a.type == "budget_review" for a in facts_of(text, "四川省人民代表大会常务委员会").activities)


@pytest.mark.parametrize("text, expected", [
    ("大会审查四川省2021年预算执行情况及2022年预算草案的报告，批准2021年省本级预算执行情况的报告和2022年省本级预算。", 1),
    ("大會審查四川省2021年預算執行情況及2022年預算草案的報告，準予2021年省本級預算執行情況的報告和2022年省本級預算。", 1),
    # an approval with no examination of its budget before it in its sentence
    ("大会批准了2021年省本级预算执行情况的报告和2022年省本级预算。", 1),
    # an approval of other years is another review
    ("会议审查了2021年预算执行情况及2022年预算草案的报告，批准2020年省本级决算和2021年预算调整方案。", 2),
])
def test_a_budget_examined_and_its_level_approved_is_one_review(facts_of, text: str, expected: int) -> None:
    """The congress examines the area's budget and approves its own level's: one budget review (round 47, dev ah07)."""
    assert _budgets(facts_of, text) == expected
