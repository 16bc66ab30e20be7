"""One report heard, told in a news item's lead and again in its body in other words (round 46, readable dev's false
reviews told twice): the lead's list without a verb, a scope word or quotes once only, 人民 in the maker's name once
only; the lead after header lines (a title, 来源:…, 阅读:…, a date). Phrasings written for these tests (simplified and
traditional), with the near misses that stay two reviews."""
from __future__ import annotations

import pytest

from loaders.extract.report_names import report_name, same_report

COUNTY = "衡阳县人民代表大会常务委员会"


def _reviews(facts_of, text: str) -> int:
    return sum(a.type == "report_review" for a in facts_of(text, COUNTY).activities)


@pytest.mark.parametrize("text, expected", [
    # the lead's list names the report without a verb, the body hears it with one, after header lines
    ("县人大常委会召开第十二次会议\n来源:某某新闻网\n阅读:512\n2024-06-13 09:10\n"
     "6月12日,县人大常委会召开第十二次会议。会议听取和审议了县人民政府关于全县农村公路建设情况的报告、"
     "县人民法院关于执行工作情况的报告。\n"
     "会议首先听取了县人民政府关于农村公路建设情况的报告。委员们认为，农村公路建设成效明显。", 2),
    # a scope word and the maker's 人民 in the body only
    ("9月5日，区人大常委会召开第九次会议，听取和审议区政府关于贯彻实施《中华人民共和国土壤污染防治法》情况的报告。\n"
     "会上，委员们认真听取了区人民政府关于全区贯彻实施《中华人民共和国土壤污染防治法》情况的报告，并提出意见建议。", 1),
    # traditional script, 工作 and 全市 in the body only
    ("市人大常委會召開第五次會議\n時間:2023-03-09 來源:市人大常委會辦公室\n"
     "3月8日，市人大常委會召開第五次會議，聽取市政府關於養老服務體系建設情況的報告。\n"
     "會議聽取了市人民政府關於全市養老服務體系建設工作情況的報告，並進行了審議。", 1),
])
def test_a_report_the_lead_names_and_the_body_hears_again_is_one_review(facts_of, text: str, expected: int) -> None:
    assert _reviews(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: another organ's report on the same subject is another review
    ("6月12日，区人大常委会召开第十次会议，听取区政府关于优化营商环境工作情况的报告。\n"
     "会议还听取了区法院关于优化营商环境工作情况的报告。", 2),
    # a later sitting hears the report again
    ("5月31日，区人大常委会召开第二十二次会议，听取区政府关于农村公路建设情况的报告。\n"
     "6月28日，区人大常委会召开第二十三次会议，听取了区政府关于全区农村公路建设情况的报告。", 2),
    # an opening that is no dated lead (a year's summary): the body's hearings are not read against it
    ("县人大常委会召开会议\n来源:某某新闻网\n"
     "今年以来，县人大常委会听取和审议了县政府关于农村公路建设情况的报告。\n"
     "县人大常委会还听取了县政府关于全县农村公路建设情况的报告。", 2),
    # lines with a comma before the dated paragraph are no header lines
    ("县人大常委会召开会议\n为推动农村公路建设，县人大常委会高度重视\n作者:张三\n"
     "6月12日，县人大常委会召开会议。会议听取和审议了县政府关于农村公路建设情况的报告。\n"
     "会议听取了县人民政府关于全县农村公路建设情况的报告。", 2),
])
def test_other_reports_and_hearings_stay(facts_of, text: str, expected: int) -> None:
    assert _reviews(facts_of, text) == expected


@pytest.mark.parametrize("one, other", [
    ("县人民政府关于2024年票决民生实事项目实施情况的报告", "会议首先听取了县人民政府关于2024年票决民生实事项目实施情况的报告"),
    ("听取和审议区政府关于贯彻实施《中华人民共和国退役军人保障法》情况的报告",
     "听取了区政府关于全区贯彻实施《中华人民共和国退役军人保障法》情况的报告"),
    ("向会议作了本市上半年国民经济和社会发展计划执行情况的报告", "市政府关于本市上半年国民经济和社会发展计划执行情况的报告"),
])
def test_names_of_one_report_compare_equal(one: str, other: str) -> None:
    first, second = report_name(one), report_name(other)
    assert first is not None and second is not None and same_report(first, second)


@pytest.mark.parametrize("one, other", [
    ("市人民政府关于优化营商环境、促进实体经济发展情况的报告", "市中级人民法院关于优化营商环境、促进实体经济发展情况的报告"),
    ("县政府关于农村公路建设情况的报告", "县政府关于城乡供水一体化建设情况的报告"),
    ("县政府关于落实县人大常委会对农村公路建设情况报告审议意见情况的报告", "县政府关于农村公路建设情况的报告"),
])
def test_names_of_two_reports_differ(one: str, other: str) -> None:
    first, second = report_name(one), report_name(other)
    assert first is not None and second is not None and not same_report(first, second)


@pytest.mark.parametrize("evidence", ["听取了政府工作报告", "审议人大常委会工作报告", "听取和审议财政报告", "开展专题调研"])
def test_a_generic_or_no_report_has_no_name(evidence: str) -> None:
    assert report_name(evidence) is None
