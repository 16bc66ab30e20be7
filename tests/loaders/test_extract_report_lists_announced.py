"""Reports heard at a sitting given as a list after a colon or as a numbered agenda (a first-time analyst, round 31,
class 3): the announcement (以下报告：, 如下5个报告：) is the hearing verb's, no report of its own (never a subject
以下), and each report after it is one review overseeing its maker, whether the list runs on after the colon, is
numbered inline, or is set out one numbered line each, closed by ； or under the agenda's title.

Sentences are written for these tests after the genre's communiqués and agendas (none from benchmarks/genre).
"""
from __future__ import annotations

import pytest

PROVINCE = "湖北省人民代表大会常务委员会"
COURT, PROCURATORATE, GOVERNMENT = "湖北省高级人民法院", "湖北省人民检察院", "湖北省人民政府"
A = "省高级人民法院关于知识产权审判工作情况的报告"
B = "省人民检察院关于公益诉讼检察工作情况的报告"
C = "省人民政府关于2023年度国有资产管理情况的综合报告"

LISTS = {
    "以下报告：A；B；C": f"会议听取和审议了以下报告：{A}；{B}；{C}。",
    "如下3个报告：": f"会议听取了如下3个报告：{A}；{B}；{C}。",
    "听取和审议了： bare colon": f"会议听取和审议了：{A}；{B}；{C}。",
    "（一）…；（二）… inline": f"会议听取和审议了以下报告：（一）{A}；（二）{B}；（三）{C}。",
    "一、… one line each": f"会议听取和审议了以下报告：\n一、{A}；\n二、{C}；\n三、{B}。",
    "1. … one line each, 下列": f"会议审议了下列报告:\n1. {A}；\n2. {B}；\n3. {C}。",
    "以下報告, traditional": "會議聽取和審議了以下報告：省高級人民法院關於知識產權審判工作情況的報告；"
                          "省人民檢察院關於公益訴訟檢察工作情況的報告；省人民政府關於2023年度國有資產管理情況的綜合報告。",
}


@pytest.mark.parametrize("text", LISTS.values(), ids=LISTS.keys())
def test_each_listed_report_is_one_review(facts_of, text):
    facts = facts_of(text, PROVINCE)
    assert sorted(o for a in facts.activities for o in a.overseen) == sorted([COURT, PROCURATORATE, GOVERNMENT]), facts.activities
    assert all(a.type == "report_review" and a.status == "reported" for a in facts.activities), facts.activities
    assert not any(a.subject and ("以下" in a.subject or "下列" in a.subject) for a in facts.activities), facts.activities


AGENDA = (f"湖北省第十四届人民代表大会常务委员会第五次会议议程\n一、审议《湖北省数字经济促进条例（草案）》\n"
          f"二、听取和审议{A}\n三、听取和审议{B}\n四、审议人事任免事项")


def test_a_numbered_agendas_hearings_are_one_review_each(facts_of):
    """An agenda under its title: each item hearing a report is a review; the bill and the appointments are none."""
    facts = facts_of(AGENDA, PROVINCE)
    assert [(a.type, a.overseen) for a in facts.activities] == [
        ("report_review", [COURT]), ("report_review", [PROCURATORATE])], facts.activities


def test_a_numbered_section_heading_still_heads_its_body(facts_of):
    """A first-rank heading without ； (二、听取和审议专项工作报告) is told by its body: counted once."""
    text = f"二、听取和审议专项工作报告\n常委会听取和审议了{A}。"
    facts = facts_of(text, PROVINCE)
    assert [(a.type, a.overseen) for a in facts.activities] == [("report_review", [COURT])], facts.activities


@pytest.mark.parametrize("item", [
    "（一）拟于4月听取和审议{A}。\n（二）拟于9月听取和审议{B}。",
    "1.听取和审议{A}；\n2.审议{B}。",
    "（一）6月份，听取{A}\n（二）10月份，听取{B}",
])
def test_an_item_holding_its_own_hearing_verb_under_a_hearing_heading_is_one_review(facts_of, item):
    """A plan's item that states its own hearing (（一）拟于4月听取和审议…的报告) is read once, by the activity rules,
    not again as a title of the heading's list (a first-time analyst, round 32: two reviews per item)."""
    text = "2024年监督工作计划\n一、听取和审议专项工作报告\n" + item.format(A=A, B=B)
    facts = facts_of(text, PROVINCE)
    assert sorted((a.type, tuple(a.overseen)) for a in facts.activities) == sorted([
        ("report_review", (COURT,)), ("report_review", (PROCURATORATE,))]), facts.activities
