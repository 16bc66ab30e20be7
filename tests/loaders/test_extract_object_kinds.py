"""What a heard, examined or approved object is (loaders/extract/object_kinds.py), round 10: one decision
from the head of the object's title, used by the lists of reports heard, the clause that examines an object
without naming a report, and the resolutions. A clause examining several fields after one verb, without the
word 报告 (听取和审议…计划、…预算执行情况、…审计查出问题整改情况), states one activity per field, each of its own
kind; a report whose title shares one head between the fields (计划、预算的执行情况报告) stays one.
Sentences paraphrase public pages (urls beside each), simplified and traditional."""
from __future__ import annotations

import pytest

from loaders.extract import object_kinds
from tests.loaders.extract_helpers import kinds_and_counts

CITY = "襄阳市人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [kind for kind, _ in kinds_and_counts(facts_of(text, CITY))]


@pytest.mark.parametrize(("text", "kinds"), [
    # fymate.net/html/text/lar/168004/16800482_3.html (常委会监督计划及预算的执行情况; 审计) paraphrased
    ("2021年，市人大常委会听取和审议市政府关于国民经济和社会发展计划、财政预算执行情况、审计工作及审计查出问题整改情况。",
     ["report_review", "budget_review", "audit_oversight"]),
    # law.lawtime.cn/d462297467391.html (监督…年度计划和中长期规划的执行) paraphrased
    ("区人大常委会听取和审议区政府关于年度规划纲要、预算执行情况，推动经济平稳运行。", ["report_review", "budget_review"]),
    # suinian.com/book/914/40877.html (审查计划和预算) paraphrased, traditional
    ("縣人大常委會聽取和審議縣政府關於國民經濟和社會發展計劃、審計查出問題整改情況。", ["report_review", "audit_oversight"]),
])
def test_fields_examined_after_one_verb_are_one_activity_each(facts_of, text: str, kinds: list[str]) -> None:
    assert sorted(_kinds(facts_of, text)) == sorted(kinds)


@pytest.mark.parametrize(("text", "kinds"), [
    # near-misses. fsou.com/html/text/lar/171949/17194906_3.html (第三十一条): one report whose fields share its head
    ("常务委员会会议听取和审议国民经济和社会发展计划、预算的执行情况报告。", ["budget_review"]),
    # lwstw.com/caijingxinwen/81ub77xm65.html (审查和批准本级决算): one object
    ("市人大常委会审查和批准本级决算。", ["budget_review"]),
])
def test_one_object_stays_one_review(facts_of, text: str, kinds: list[str]) -> None:
    assert _kinds(facts_of, text) == kinds


def test_titles_adopted_are_no_report_heard(facts_of) -> None:
    # near-miss: the titles a session adopts (通过了《…》) are no review of those reports
    assert "report_review" not in _kinds(facts_of, "会议全票通过了《政府工作报告》、《人大工作报告》和《关于2015年财政预算执行情况的报告》。")


@pytest.mark.parametrize(("title", "kinds"), [
    ("关于计划执行情况、预算执行情况、审计工作情况的报告", ("report_review", "budget_review", "audit_oversight")),
    ("国民经济和社会发展计划、财政预算执行情况", ("report_review", "budget_review")),
    ("国民经济和社会发展计划、预算的执行情况报告", ("budget_review",)),
    ("关于城乡供水、污水处理工作情况的报告", ("report_review",)),
    ("代表资格审查委员会关于代表资格的审查报告", ()),
])
def test_the_kinds_of_an_object_by_its_title(title: str, kinds: tuple[str, ...]) -> None:
    assert object_kinds.kinds_of(title) == kinds


@pytest.mark.parametrize(("words", "expected"), [
    ("审议了食品安全法执法检查报告", True),
    ("听取和审议了关于检查《中华人民共和国水污染防治法》实施情况的报告", True),
    ("结合审议全国人大常委会执法检查组关于检查大气污染防治法实施情况的报告进行专题询问", True),
    ("关于检查《安全生产法》、《消防条例》实施情况的报告", True),
    # an inspection done and a report heard beside it; a report on other work; a bill
    ("在2014年开展大气污染防治法执法检查、听取审议相关报告的基础上", False),
    ("听取和审议了县政府关于安全生产工作情况的报告", False),
    ("开展执法检查，听取了县政府的工作汇报", False),
])
def test_names_inspection_report(words: str, expected: bool) -> None:
    """The inspection-report filter asks the table what a report heard is (the row 执法检查, 检查…实施情况),
    from past the verb that hears it."""
    assert object_kinds.names_inspection_report(words) is expected


@pytest.mark.parametrize(("title", "kinds"), [
    # zhilengw.com/15/7579 (听取审议了《政府工作报告》、《人大工作报告》、《财政工作报告》), the township named
    ("《胡集回族乡财政工作报告》", ("budget_review",)),
    # bbs.seclub.cn/forum.php?…tid=37414 (鉴江镇人民政府工作报告、人大工作报告、财政工作报告) paraphrased
    ("鉴江镇财政工作报告", ("budget_review",)),
    # huarong.gov.cn/33046/content_1006859.html (《政府工作报告》、《人大工作报告》和《财政工作报告》) with its year
    ("《操军镇2010年财政工作报告》", ("budget_review",)),
    ("《镇财政工作报告》", ("budget_review",)),
    # near-misses: the government's report, a field that is no budget, a title whose 财政 is not its head
    ("《操军镇政府工作报告》", ("report_review",)),
    ("《乡村振兴工作报告》", ("report_review",)),
    ("关于农村财政工作报告", ("report_review",)),
])
def test_a_sessions_budget_report_named_by_its_area_is_a_budget_review(title: str, kinds: tuple[str, ...]) -> None:
    """A township session's 财政工作报告 is its budget report, with or without its area and year before the field,
    inside 《》 or not (report-kinds.csv)."""
    assert object_kinds.kinds_of(title) == kinds


# The plan report named by its field alone in a session's list (计划报告, 计划、预算报告, 年度计划) is the plan examined with
# its draft: a budget_review of its own beside the budget's (round 13 ruling: k28 j32; phrasings after a session's
# agenda and group meetings, www.gov.cn/2008lh/content_911604.htm and szbbs.org's 2023 agenda, 审查计划报告及草案;
# paraphrased, simplified and traditional).
@pytest.mark.parametrize(("text", "kinds"), [
    ("会议期间，各代表团举行全体会议，审查计划报告和预算报告。", ["budget_review", "budget_review"]),
    ("大會期間，各代表團認真審查了計劃、財政報告。", ["budget_review", "budget_review"]),
    ("大会听取了市人大常委会工作报告、计划报告和财政报告。", ["budget_review", "budget_review", "report_review"]),
    ("主席團會議聽取了各代表團審議政府工作報告、審查計劃、預算報告情況的匯報。", ["budget_review", "budget_review", "report_review"]),
    # near misses: beside an audit report the list is the standing committee's, its plan the execution heard in the
    # year; a plan's execution named so is a report_review wherever it is heard
    ("常委会全年听取和审议计划、预算、审计工作报告。", ["audit_oversight", "budget_review", "report_review"]),
    ("常委會聽取和審議了計劃、預決算、審計工作報告。", ["audit_oversight", "budget_review", "report_review"]),
    ("会议听取和审议了计划执行情况报告、预算执行情况报告和审计工作报告。", ["audit_oversight", "budget_review", "report_review"]),
    ("会议听取和审议了市政府关于上半年计划执行情况的报告。", ["report_review"]),
])
def test_a_plan_report_named_by_its_field_is_a_budget_review(facts_of, text: str, kinds: list[str]) -> None:
    assert sorted(_kinds(facts_of, text)) == kinds


@pytest.mark.parametrize(("title", "kinds"), [
    ("计划报告", ("budget_review",)),
    ("年度计划", ("budget_review",)),
    ("计划、财政报告", ("budget_review", "budget_review")),
    ("计划报告和预算报告", ("budget_review", "budget_review")),
    # near misses: the standing committee's list with the audit; a development plan (规划) named alone; a plan's execution
    ("计划、预算和审计工作报告", ("report_review", "budget_review", "audit_oversight")),
    ("计划、预决算、审计工作报告", ("report_review", "budget_review", "audit_oversight")),
    ("规划", ("report_review",)),
    ("关于上半年计划执行情况的报告", ("report_review",)),
])
def test_the_kinds_of_a_plan_report_by_its_title(title: str, kinds: tuple[str, ...]) -> None:
    assert object_kinds.kinds_of(title) == kinds
