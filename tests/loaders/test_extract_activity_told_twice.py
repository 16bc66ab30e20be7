"""One event told twice, by a heading and the body under it or by a hearing and a clause recalling it, is one
activity (round 12, a new user's reports: 听取一次专项报告。…听取了…的汇报; 听取了区人民政府关于…报告 and then
常委会组成人员在听取…所作的…报告后). Sentences paraphrase items of the genre found in the search tool's ``pages``
corpus (source above each group), none from ``benchmarks/genre`` or the shared corpus.
"""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "某某县人民代表大会常务委员会"


# A heading (a line's opening verb phrase of work, no subject, no 了) and the body that tells the work it
# names: the body's activities alone. Sources: wjsdxs.com/yb5hg2.html (专题询问 2010–2012),
# neamco.com/01gmrb/2007-02/27/content_559047.htm (开展跟踪监督), byrd.gov.cn/E_ReadNews.asp?NewsID=2667
# (鲁垛镇: 听取…的情况汇报), chrd.gov.cn/Article/show/id/12960.html (a township's 听取一次专项报告).
@pytest.mark.parametrize(("heading", "body"), [
    ("——开展专题询问。", "十一届全国人大常委会于2010年6月首次开展专题询问，至2012年10月共开展了9次专题询问。"),
    ("——开展跟踪监督。", "常委会对《中华人民共和国大气污染防治法》执法检查审议意见落实情况开展跟踪检查。"),
    ("听取一次专项报告。", "在镇政府会议室，代表们听取了副镇长代表镇政府作的关于上半年安全生产工作情况的汇报。"),
    ("二、听取专项工作报告\n", "镇人大代表听取了工业经济及在建项目工程进展的情况汇报。"),
    # numbered headings written inline, the body on the same line (a new user's county plan)
    ("三、专题询问。", "结合审议县政府关于农村饮用水安全保障工作情况的报告开展专题询问。"),
    ("（五）视察调研。", "组织部分县人大代表视察县城污水处理设施建设情况。"),
])
def test_a_heading_adds_nothing_to_the_body_that_tells_its_work(facts_of, heading: str, body: str) -> None:
    assert kinds(facts_of(heading + body, COUNTY)) == kinds(facts_of(body, COUNTY)) != []


# Near misses: a heading whose body tells none of its work (组织一次专题督查。代表们详细了解了…), or work of another
# kind, is an activity of its own; a short first sentence with a subject (会议听取…) is no heading.
@pytest.mark.parametrize(("text", "expected"), [
    ("组织一次专题督查。代表们详细了解了超市食品的来源渠道和流通周期。", ["other"]),
    ("听取一次专项报告。代表们视察了县城污水处理厂。", ["report_review", "site_visit"]),
    ("会议听取县政府工作报告。会议还听取了县法院工作报告。", ["report_review", "report_review"]),
])
def test_a_heading_whose_body_tells_other_work_stands(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected


# A report heard and then recalled as the time of what followed (在听取…报告后, 在听取…报告时): one review.
# Sources: bkw8.com/content/2017-10/16/content_225884.htm (梧州: 在认真听取和审议市政府的工作情况报告后),
# zqx.gov.cn/info/1040/5480.htm (舟永公路建设情况的报告), medol.cn/keji/49602.html (在听取《政府工作报告》…后),
# wtqrd.cn/html/jiandugongzuo/6206.html (区人民政府2023年工作推进情况报告).
@pytest.mark.parametrize("text", [
    "常委会听取和审议了市政府关于贯彻实施《中华人民共和国森林法》工作情况的报告。常委会会议在认真听取和审议市政府的"
    "工作情况报告后，提出了审议意见。",
    "会议听取和审议了县人民政府《关于舟永公路建设情况的报告》。委员们在听取舟永公路建设情况的报告后，提出了意见建议。",
    "12月11日，县人大常委会听取了县人民政府关于城市管理工作情况的报告。与会人员在听取城市管理工作情况的报告后，"
    "认为报告结构清晰、内容实在。",
    "11月2日，区人大常委会以座谈会形式听取了区人民政府关于2023年工作推进情况报告。常委会组成人员在听取副区长代表"
    "区人民政府所作的工作推进情况报告后，对区人民政府工作予以肯定。",
])
def test_a_report_recalled_after_its_hearing_is_that_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


# Near misses: the report recalled is another one (教育 then 卫生; 县政府 then 县法院), or none was heard before.
@pytest.mark.parametrize(("text", "expected"), [
    ("会议听取了县政府关于教育工作情况的报告。在听取县政府关于卫生工作情况的报告时，委员们提出了意见。",
     ["report_review", "report_review"]),
    ("会议听取了县政府关于教育工作情况的报告。在听取县法院的工作报告后，委员们提出了意见。",
     ["report_review", "report_review"]),
    ("常委会组成人员在听取县政府关于城市管理工作情况的报告后，认为城市管理工作成效明显。", ["report_review"]),
])
def test_a_report_recalled_that_was_not_heard_before_is_a_review(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize("lead", ["核心提示：", "摘要：", ""])
def test_a_passage_the_page_repeats_tells_its_activities_once(facts_of, lead: str) -> None:
    """A news page's lead (核心提示, 摘要) or a syndicated copy repeating the body's paragraph verbatim tells the
    year's work once (round 14: a county's totals were counted twice); the same short sentence in two sessions
    told apart, and the reports of one list, stay."""
    paragraph = ("一年来，县人大常委会共召开常委会会议8次，听取和审议专项工作报告17项，对5部法律法规执行情况开展检查，"
                 "组织代表视察3次，为全县经济社会发展发挥了积极作用。")
    once = facts_of(paragraph, "某县人民代表大会常务委员会")
    twice = facts_of(f"{lead}{paragraph}\n\n  {paragraph}\n", "某县人民代表大会常务委员会")
    assert [a.type for a in twice.activities] == [a.type for a in once.activities]
    assert len(once.activities) == 3


# Members or deputies taking part in the inquiry just told are its participants (a new user's city report); taking
# part in one told nowhere else is that inquiry.
@pytest.mark.parametrize(("text", "expected"), [
    ("常委会围绕老旧小区改造工作开展专题询问。市人大代表周海峰在专题询问中提问。", ["special_inquiry"]),
    ("常委会围绕老旧小区改造工作开展专题询问。市人大代表林志明、黃美玲參加了專題詢問。", ["special_inquiry"]),
    ("市人大代表林志明参加了市人大常委会组织的专题询问。", ["special_inquiry"]),
])
def test_taking_part_in_the_inquiry_told_is_no_second_inquiry(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected


# A work report in its own voice (现在，我代表…向大会报告工作) is the report itself, no activity (the round 14 ruling,
# benchmarks/genre/README.md); a news item telling the head reporting is the session's hearing (a new user's township
# report turned the formula into a review conducted by its congress).
@pytest.mark.parametrize(("text", "expected"), [
    ("各位代表：现在，我代表镇人大主席团向大会报告工作，请予审议。", []),
    ("现在，我代表常务委员会向大会报告工作，请予审议。", []),
    ("镇人大主席张某向大会报告了镇人大主席团一年来的工作。", ["report_review"]),
])
def test_a_work_report_in_its_own_voice_is_no_activity(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, "安吉县天荒坪镇人民代表大会主席团")) == expected


# A plan's first-rank section heading, however long, and the items under it (a new user's budget study, round 17;
# a city's 2021 plan paraphrased): the items alone; a numbered item with no body under it is the activity itself.
@pytest.mark.parametrize(("text", "expected"), [
    ("二、审查和批准决算，听取和审议国民经济和社会发展计划、预算的执行情况报告及审计工作报告\n"
     "6月份审查和批准市人民政府关于2020年市财政决算草案的报告；关于2020年市财政预算执行情况的审计工作报告。\n"
     "7月份听取和审议市人民政府关于2021年上半年预算执行情况的报告。",
     ["budget_review", "audit_oversight", "budget_review"]),
    ("三、開展執法檢查，聽取和審議執法檢查報告\n5月份對《中華人民共和國森林法》實施情況開展執法檢查。",
     ["law_enforcement_inspection"]),
    # near miss: numbered items that are statements (a full stop ends them), each under no other
    ("一、听取和审议市人民政府关于城市管理工作情况的报告。\n二、听取和审议市人民政府关于依法行政工作情况的报告。",
     ["report_review", "report_review"]),
])
def test_a_numbered_section_heading_names_what_its_items_tell(text: str, expected: list[str], facts_of) -> None:
    assert kinds(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize("text", [  # a headline of several phrases whose lead tells its event (dev v13)
    "创新监督方式 守护居民的钱袋子 县人大常委会首次对审计查出问题整改情况开展满意度测评\n"
    "2019年12月31日，县人大常委会召开第二十四次会议，对县住建局、县交通运输局2个单位审计查出问题整改情况开展满意度测评，"
    "这是县人大常委会首次对审计查出问题整改情况开展满意度测评。",
    "創新監督方式 縣人大常委會首次對審計查出問題整改情況開展滿意度測評\n"
    "2019年12月31日，縣人大常委會召開會議，對縣住建局審計查出問題整改情況開展滿意度測評。",
])
def test_a_headline_its_lead_tells_is_one_activity(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)).count("satisfaction_evaluation") == 1


def test_a_headline_whose_lead_tells_other_work_stays(facts_of) -> None:  # near miss: the lead tells a hearing only
    text = ("创新监督方式 守护居民的钱袋子 县人大常委会首次对审计查出问题整改情况开展满意度测评\n"
            "2019年12月31日，县人大常委会召开会议，听取了县政府关于审计查出问题整改情况的报告。")
    assert kinds(facts_of(text, COUNTY)).count("satisfaction_evaluation") == 1
