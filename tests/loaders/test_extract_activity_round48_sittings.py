"""Round 48, a first-time analyst's extraction findings (A1, A2, A8) as classes of a sitting's news, told in phrasings
written for these tests in both scripts (no dev file's or analyst's sentence)."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "平阳县人民代表大会常务委员会"
HEARD = "会议听取了县人民政府关于城乡供水工作情况的报告。"


# A1. Personnel business at a sitting is no oversight (the lead's round 48 answer 4: reports on appointments and
# removals are no review): an appointment proposed for named persons, the nominees vetted and the appointees' own
# statements give no activity, while the report heard beside them stays one review.
@pytest.mark.parametrize("text", [
    HEARD + "会议听取了县人民法院关于李明等同志任职的提请报告。",
    HEARD + "会议听取了县人民检察院关于提请王芳同志任职的报告。",
    HEARD + "会议听取了县人大常委会人事代表工委关于拟任人员的审查报告。",
    HEARD + "会议听取了县人大常委会选任联工委关于拟任命人员的考察报告。",
    HEARD + "拟任人员作了供职报告，并进行了宪法宣誓。",
    HEARD + "赵强、钱亮两位同志作了供职报告。",
    HEARD + "拟任命人员作任前表态发言。",
    "會議聽取了縣人民政府關於城鄉供水工作情況的報告。會議聽取了縣人民法院關於李明等同志任職的提請報告，"
    "聽取了縣人大常委會人事代表工委關於擬任人員的審查報告，擬任人員作了供職報告。",
])
def test_personnel_business_at_a_sitting_is_no_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


@pytest.mark.parametrize("text, kind", [
    # a 述职 is the appraisal of persons, `other` (genre README round 49 ruling 7, the lead's answer 8)
    ("会议听取了县教育局局长作的述职报告，并进行了满意度测评。", "other"),
    ("会议听取了县交通运输局关于主要负责人履职情况的报告。", "report_review"),
])
def test_work_done_under_a_post_stays_oversight(facts_of, text: str, kind: str) -> None:
    assert kind in kinds(facts_of(text, COUNTY))


# A2. A committee's review report on a plan, budget or final accounts whose own report the sitting heard is that
# review's step (round 47 ruling 3: one document, one review), whatever area, level or span of months each title
# writes; heard alone, it is the review.
@pytest.mark.parametrize("text, expected", [
    ("会议听取了县人民政府关于2023年1至7月份全县国民经济和社会发展计划执行情况的报告、县人大常委会关于2023年1至7月份"
     "国民经济和社会发展计划执行情况的审查报告。", ["report_review"]),
    ("会议听取了县人民政府关于2023年1—7月份财政预算执行情况及2022年财政决算情况的报告、县人大常委会关于2023年1至7月份"
     "财政预算执行情况及2022年财政决算情况的审查报告。", ["budget_review"]),
    ("会议听取了市政府关于2022年财政预算调整方案(草案)的报告、常委会预算工委关于平阳县2022年县级财政预算调整方案(草案)的"
     "审查结果报告。", ["budget_review"]),
    ("會議聽取了市政府關於2022年財政預算調整方案(草案)的報告、常委會預算工委關於平陽縣2022年縣級財政預算調整方案(草案)的"
     "審查結果報告。", ["budget_review"]),
    ("会议听取了县人民政府关于2017年全县及县本级决算草案和2018年1—6月预算执行情况的报告，听取了县人大常委会预算工委关于"
     "2017年县本级决算草案审查结果报告。", ["budget_review"]),
    ("会议听取和审议了县政府《关于2021-2022年地方政府债券资金结余及拟调整使用情况的报告》，听取了财经委《关于2021-2022年"
     "地方政府债券资金结余及拟调整使用情况的报告的审查报告》。", ["report_review"]),
    ("会议听取了财经委关于2021年国民经济和社会发展计划执行情况与2022年计划草案的审查报告，听取了财经委关于2021年预算执行情况"
     "与2022年预算草案的审查报告。", ["budget_review", "budget_review"]),
    ("会议听取了县政府关于2023年上半年预算执行情况的报告、财经委关于2022年县级决算草案的审查报告。",
     ["budget_review", "budget_review"]),
])
def test_a_committees_review_report_is_the_step_of_the_review_heard(facts_of, text: str, expected: list) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected


# A8. 备案审查 (合宪性审查) inside a report's title is no hearing verb: a list broken by commas keeps the title whole, one
# filing review, and the reports after it stay one review each.
@pytest.mark.parametrize("text, expected", [
    ("会议审议通过了县人大常委会2023年工作要点，县人大法制委关于2022年规范性文件备案审查工作情况的报告，县人民政府关于2022年度"
     "法治政府建设情况的报告。", ["filing_review", "report_review"]),
    ("會議審議通過了縣人大常委會2023年工作要點,,縣人大法制委關於2022年規範性文件備案審查工作情況的報告,,縣人民政府關於"
     "2022年度法治政府建設情況的報告,、關於2022年度環境狀況和環境目標完成情況的報告。",
     ["filing_review", "report_review", "report_review"]),
    ("会议讨论通过了县人大常委会2023年监督工作计划，县人大常委会法工委关于2023年合宪性审查工作情况的报告，县人民政府关于"
     "2023年度国有资产管理情况的报告。", ["filing_review", "report_review"]),
    ("会议听取了县人大法制委关于2022年规范性文件备案审查工作情况的报告。", ["filing_review"]),
])
def test_a_filing_reviews_title_is_one_report(facts_of, text: str, expected: list) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected
