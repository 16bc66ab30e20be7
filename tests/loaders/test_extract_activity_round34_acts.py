"""Activities that should not exist (round 34, branch acts): classes of what a report writer means, each read from a
first-time analyst's findings or readable dev's false activities, tested over several phrasings."""
from __future__ import annotations

import pytest

CITY = "苏州市人民代表大会常务委员会"


def _kinds(facts) -> list[str]:
    return sorted(a.type for a in facts.activities)


# A report's review named as the occasion of an inquiry or a rating (结合审议…的报告开展专题询问) is the review the text
# tells elsewhere: one report is reviewed once (round 33 ruling 2, the same for 在审议…时).
@pytest.mark.parametrize("text", [
    # the analyst's plan (round 33): item one reviews the report, item three inquires on it
    "苏州市人大常委会2025年度监督工作计划\n一、听取和审议专项工作报告\n1．听取和审议市人民政府关于大运河文化保护传承利用情况的报告。\n"
    "二、专题询问\n结合审议市人民政府关于大运河文化保护传承利用情况的报告开展专题询问。",
    "会议听取和审议了市人民政府关于全市养老服务体系建设情况的报告。会议结合审议市人民政府关于全市养老服务体系建设情况的报告进行专题询问。",
    "会议听取了市人民政府关于全市食品安全工作情况的报告。下午，会议结合听取和审议该市人民政府关于全市食品安全工作情况的报告开展了专题询问。",
    # the inquiry told again in a comment (dev z11)
    "会议举行联组会议，结合审议水污染防治法执法检查报告开展专题询问。结合审议水污染防治法执法检查报告开展专题询问，有利于提高审议质量。",
])
def test_a_review_named_as_an_inquirys_occasion_is_the_review_told(facts_of, text: str) -> None:
    kinds = _kinds(facts_of(text, CITY))
    assert kinds.count("report_review") == 1 and kinds.count("special_inquiry") == 1


@pytest.mark.parametrize("text", [
    # the text tells the review nowhere else (dev a01, b06): the occasion is the review
    "检查节约能源法实施情况，并结合审议节约能源法执法检查报告开展专题询问。",
    "会议举行联组会议，结合听取和审议市人民政府关于发展数字经济工作情况的报告，就“加快发展数字经济”开展专题询问。",
    # another report reviewed before: the occasion's report is a review of its own
    "会议听取了市人民政府关于教育工作情况的报告。会议结合审议市人民政府关于卫生健康工作情况的报告开展专题询问。",
])
def test_a_review_named_only_as_an_occasion_stays(facts_of, text: str) -> None:
    kinds = _kinds(facts_of(text, CITY))
    assert kinds.count("special_inquiry") == 1
    assert kinds.count("report_review") == (2 if "教育" in text else 1)


# A kind of work as the subject of a judgement (X是Y: what the kind is or serves), or a clause opening with the 是 of a
# contrast, definition or duty, is commentary; what a kind of work produced, named right after it (专题询问提出的问题,
# 专题询问带来的成果, 调研所形成的建议), is its results: neither states an event.
JUDGED = [
    "专项审查是备案审查工作重要的审查方式之一。",  # dev af13
    "开展工作评议是州人大常委会立足监督实效的重要举措。",  # dev ab25
    "实行民生实事项目人大代表票决制是贯彻落实中央人大工作会议精神的具体行动。",  # dev w55
    "全过程监督民生实事项目落实是充分发挥人大代表作用的有力抓手。",  # dev ag29
    "满意度测评也是增强监督刚性的有效手段。",
    "這種監督並非法定程序，而是各級人大常委會在聽取和審議專項工作報告時可選擇的一種工作方式。",  # dev ae15
    "是人大及其常委会的职责——通过议案建议办理，推动解决群众关心的问题。",  # dev t13
]
PRODUCED = [
    "询问结束后，副省长代表省政府对如何整改专题询问提出的问题作了表态发言。",  # dev ad17
    "讓老百姓享受專題詢問帶來的成果。",  # dev o08
    "承办单位认真研究视察形成的意见建议。",
    "各部门对照评议指出的问题逐项整改。",
]


@pytest.mark.parametrize("text", JUDGED + PRODUCED)
def test_commentary_and_results_of_a_kind_of_work_are_no_activity(facts_of, text: str) -> None:
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize("text", [
    "去年年底最后一场专题询问是张德江委员长亲自主持的。",  # dev ad01: one inquiry, dated and counted
    "2019年12月，常委会开展的专题询问是本届以来规模最大的一次。",
    "6月，常委会组织代表开展视察，是本届以来第一次集中视察。",
    "常委会组织代表开展视察，提出意见建议12条。",
    "常委会就食品安全工作开展专题询问，取得了良好效果。",
])
def test_work_told_done_before_a_judgement_or_with_its_results_stays(facts_of, text: str) -> None:
    assert len(facts_of(text, CITY).activities) == 1


# A setting that names its report by no words of its own (结合审议报告情况, 有关报告, 该报告) is the review told before it.
@pytest.mark.parametrize("text", [
    "会议听取了市人民政府关于全市安全生产工作情况的报告。會議結合審議報告情況進行專題詢問。",  # dev z01
    "会议听取和审议了市人民政府关于教育工作情况的报告，并结合听取审议有关报告开展专题询问。",  # dev ae01
    "会议听取了市人民政府关于养老服务工作情况的报告。下午，会议结合审议上述报告开展专题询问。",
])
def test_a_setting_naming_no_report_is_the_review_told(facts_of, text: str) -> None:
    kinds = _kinds(facts_of(text, CITY))
    assert kinds.count("report_review") == 1 and kinds.count("special_inquiry") == 1


def test_a_setting_naming_no_report_with_none_told_stays_the_review(facts_of) -> None:
    kinds = _kinds(facts_of("会议举行联组会议，结合审议有关报告开展专题询问。", CITY))
    assert kinds.count("special_inquiry") == 1 and kinds.count("report_review") == 1


# A visit's next stop, told by the order or weight of its stops (重点视察, 沿路视察, 还将视察) or by the deputies alone as
# the clause's subject (代表视察…, 人大代表视察了…), is the visit the text stated: one visit.
@pytest.mark.parametrize("text", [
    "6月5日，镇人大组织部分人大代表开展视察活动。代表们首先听取了情况介绍，沿路视察牛蹄镇街道、中心社区人居环境综合治理情况，重点视察大棚魔芋基地建设情况。",  # dev y59
    "市人大常委会组织部分人大代表视察水污染防治工作。代表視察信宜市鎮隆鎮污水處理廠建設及運行情況。代表們還將視察鎮、村三級污水處理設施建設情況。",  # dev aa25
    "县人大常委会组织代表开展农业产业发展专题视察。人大代表视察了中牟县冷藏保鲜协会。",  # dev aj55
])
def test_a_visits_stops_are_that_visit(facts_of, text: str) -> None:
    assert _kinds(facts_of(text, CITY)).count("site_visit") == 1


@pytest.mark.parametrize("text", [
    "人大代表视察了中牟县冷藏保鲜协会。",  # no visit told before: the visit itself
    "3月，常委会组织代表视察了全市学前教育工作。9月，常委会组织代表视察了全市养老服务工作。",  # organised, each its own
])
def test_a_visit_told_on_its_own_stays(facts_of, text: str) -> None:
    assert _kinds(facts_of(text, CITY)).count("site_visit") == text.count("视察")


# A public inquiry session (问政, an inquiry kind) named again by 此次/本次 narrates the inquiry just told, as 此次询问 does.
@pytest.mark.parametrize("text", [
    "9月10日，镇人大主席团组织开展“民生实事”现场问政活动。镇主席团全体成员、部分市镇两级人大代表、相关的分管领导及部门负责人等参加了此次问政会。",  # dev af49
    "9月10日，鎮人大主席團組織開展“民生實事”現場問政活動。鎮主席團全體成員、部分市鎮兩級人大代表、相關的分管領導及部門負責人等參加了此次問政會。",
    "9月10日，镇人大主席团组织开展“民生实事”现场问政活动。镇主席团全体成员及部门负责人出席了本次问政会。",
])
def test_an_inquiry_session_named_again_is_that_inquiry(facts_of, text: str) -> None:
    assert _kinds(facts_of(text, "某某市某某县某某镇人民代表大会")) == ["special_inquiry"]
