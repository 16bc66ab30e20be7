"""What the reports of one heard list share and what each keeps its own: makers, laws, evidence
(two analysts' findings of round 16, each as a class with several phrasings)."""
from __future__ import annotations

import pytest

CITY = "丽水市人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "own"), [
    ("会议听取和审议了市政府关于2024年上半年预算执行情况的报告，市人大财经委关于2023年度市本级财政决算草案审查结果的报告。",
     "市人大财经委关于2023年度市本级财政决算草案审查结果的报告"),
    ("听取了市政府关于代表建议办理情况的报告，及代表与选任工委督办工作情况的报告。", "代表与选任工委督办工作情况的报告"),
    ("审议了市政府关于《丽水市传统村落保护条例》实施情况的报告，市人大法制委关于《丽水市传统村落保护条例》立法后评估报告。",
     "市人大法制委关于《丽水市传统村落保护条例》立法后评估报告"),
    ("会议听取市政府关于“十四五”规划纲要编制情况的报告，及财经委的调研报告。", "财经委的调研报告"),
])
def test_a_listed_report_a_congress_body_made_oversees_no_government(facts_of, text: str, own: str) -> None:
    """The maker of a list's first report is carried to the bare titles after it, never to a report whose own
    words name a congress body as its maker: the congress reports on its own work."""
    facts = facts_of(text, CITY)
    assert [a.overseen for a in facts.activities if a.evidence.endswith(own)] == [[]] * sum(
        a.evidence.endswith(own) for a in facts.activities)
    assert any(a.overseen == ["丽水市人民政府"] for a in facts.activities)


@pytest.mark.parametrize(("text", "law"), [
    ("会议听取和审议了市政府关于《丽水市传统村落保护条例》实施情况的报告，及市人大常委会执法检查组的执法检查报告。", "丽水市传统村落保护条例"),
    ("聽取和審議了市政府關於《麗水市生態環境保護條例》實施情況的報告和執法檢查組的執法檢查報告。", "丽水市生态环境保护条例"),
    ("会议审议了市人民政府关于《中华人民共和国消防法》贯彻执行情况的报告、市人大常委会执法检查组的执法检查报告。", "中华人民共和国消防法"),
    # dev ab57: the title between the verb of implementing and 情况
    ("听取和审议市政府关于贯彻实施《丽水市传统村落保护条例》情况报告和市人大常委会相关执法检查报告。", "丽水市传统村落保护条例"),
])
def test_an_inspection_report_after_a_report_on_a_laws_implementation_is_of_that_law(facts_of, text: str, law: str) -> None:
    facts = facts_of(text, CITY)
    inspections = [a for a in facts.activities if a.type == "law_enforcement_inspection"]
    assert inspections and all(a.laws == [law] for a in inspections)
    assert [m.inspected for m in facts.laws if m.canonical == law] == [True]


def test_an_inspection_report_after_other_work_borrows_no_law(facts_of) -> None:
    facts = facts_of("会议审议通过了《丽水市传统村落保护条例》，听取了市人大常委会执法检查组的执法检查报告。", CITY)
    assert [a.laws for a in facts.activities if a.type == "law_enforcement_inspection"] == [[]]


def test_a_report_heard_never_holds_the_reports_listed_after_it(facts_of) -> None:
    """关于A决算草案…的报告、关于B的审计工作报告、关于…执法检查…的报告，……审查和批准决算 was one budget review
    whose evidence held the agenda and its laws (a16)."""
    facts = facts_of("会议拟听取和审议关于2015年省级决算草案的报告、关于2015年度省级预算执行和其他财政收支的审计工作报告、"
                     "关于对省人大常委会执法检查组检查《中华人民共和国水污染防治法》实施情况的报告指出问题的整改情况的报告，"
                     "审议《湖南省大气污染防治条例（草案）》，审查和批准2015年度省级决算。", "湖南省人民代表大会常务委员会")
    budget = [a for a in facts.activities if a.type == "budget_review"]
    assert budget and all(not a.laws and "审计" not in a.evidence for a in budget)
    assert {m.canonical for m in facts.laws if m.inspected} == {"中华人民共和国水污染防治法"}


@pytest.mark.parametrize(("text", "law"), [
    ("会议强调要贯彻落实好新食品安全法。省人大教科文卫委员会主任委员率食品安全执法检查组赴台州开展食品安全执法检查。",
     "中华人民共和国食品安全法"),  # an analyst's file (q05)
    ("《丽水市传统村落保护条例》施行两年来，市人大常委会组织开展传统村落保护执法检查。", "丽水市传统村落保护条例"),
])
def test_an_inspection_named_by_its_topic_concerns_the_report_s_law_of_that_topic(facts_of, text: str, law: str) -> None:
    facts = facts_of(text, CITY)
    assert [a.laws for a in facts.activities if a.type == "law_enforcement_inspection"] == [[law]]
    assert [m.inspected for m in facts.laws if m.canonical == law] == [True] * sum(m.canonical == law for m in facts.laws)


def test_an_inspection_whose_topic_no_law_of_the_report_has_concerns_none(facts_of) -> None:
    facts = facts_of("会议贯彻《中华人民共和国食品安全法》。常委会开展安全生产执法检查。", CITY)
    assert [a.laws for a in facts.activities if a.type == "law_enforcement_inspection"] == [[]]


@pytest.mark.parametrize(("text", "organ", "overseen"), [
    ("会议听取和审议了市长盛蕾作的《关于今年以来政府工作情况的报告》。", "长沙市人民代表大会常务委员会", ["长沙市人民政府"]),
    ("会议听取了副区长曹建新所作的关于2019年度环境质量状况的报告。", "南通市通州区人民代表大会常务委员会", ["南通市通州区人民政府"]),
    ("会议听取了副省长李明作的关于全省安全生产工作的报告。", "长沙市人民代表大会常务委员会", []),  # another area's head
    ("会议听取了镇长王刚代表镇人民政府作的关于2023年财政预算执行情况的报告。", "上海市浦东新区合庆镇人民代表大会", ["上海市浦东新区合庆镇人民政府"]),
    ("會議聽取了副鎮長李為煒所作的關於實事工程開展情況的報告。", "上海市浦东新区合庆镇人民代表大会", ["上海市浦东新区合庆镇人民政府"]),
    ("会议听取了副县长张平作的关于全县安全生产工作的报告。", "上海市浦东新区合庆镇人民代表大会", []),  # another level's head
])
def test_a_report_its_government_s_head_makes_oversees_that_government(facts_of, text: str, organ: str, overseen: list[str]) -> None:
    assert [a.overseen for a in facts_of(text, organ).activities] == [overseen]


def test_a_topic_s_laws_and_regulations_inspected_are_each_of_the_report_s_laws_of_it(facts_of) -> None:
    """食品安全法律法规执法检查 checks the topic's laws and regulations: every one of them the report names (l07)."""
    facts = facts_of("今年继续开展食品安全法律法规执法检查。会议听取了关于检查本市贯彻实施《中华人民共和国食品安全法》和"
                     "《上海市食品安全条例》情况的报告。", "上海市人民代表大会常务委员会")
    topic = [a for a in facts.activities if a.type == "law_enforcement_inspection" and "法律法规" in a.evidence]
    assert [sorted(a.laws) for a in topic] == [["上海市食品安全条例", "中华人民共和国食品安全法"]]


def test_an_inspection_told_under_a_headline_naming_its_law_is_of_that_law(facts_of) -> None:
    """麻章区人大常委会关于开展《安全生产法》执法检查工作 / …分别带领执法检查组到两镇开展执法检查 (l28): the body's
    inspection is the headline's; a text opening with a sentence has no headline to borrow from."""
    headed = facts_of("区人大常委会关于开展《中华人民共和国安全生产法》执法检查工作\n"
                      "区人大常委会主任分别带领执法检查组到麻章镇、太平镇开展执法检查。", "湛江市麻章区人民代表大会常务委员会")
    assert [a.laws for a in headed.activities if a.type == "law_enforcement_inspection"] == [["中华人民共和国安全生产法"]]
    opened = facts_of("为贯彻《中华人民共和国安全生产法》，常委会作出部署。\n执法检查组到麻章镇开展执法检查。",
                      "湛江市麻章区人民代表大会常务委员会")
    assert all(not a.laws for a in opened.activities if a.type == "law_enforcement_inspection")
