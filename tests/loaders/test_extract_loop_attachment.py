"""Which activity a step of the loop belongs to (round 30, a first-time analyst's: 依托预算联网监督系统，全年发出预警信息
156条，发现问题43个 gave its finding to the audit report heard the sentence before). A step belongs to the activity of its
own sentence, else to the last one before it in its paragraph only while its sentence goes on telling that work: not when
the words before it name a means of their own (依托, 通过, 利用, 借助 … a system, a platform), past a link (通过检查，).

Sentences are the genre's phrasings, written for these tests (none from ``benchmarks/genre`` or the shared corpus).
"""
from __future__ import annotations

import pytest

AUDIT = "市人大常委会听取和审议了市政府关于2022年度市级预算执行和其他财政收支的审计工作报告。"


@pytest.mark.parametrize("other", [
    "依托预算联网监督系统，全年发出预警信息156条，发现问题43个。",
    "通过人大预算联网监督平台，对部门预算执行开展实时分析，发现问题20余个。",
    "利用大数据比对分析，梳理出财政资金使用中的问题15个。",
    "借助第三方专业力量，查找出国有资产管理方面的短板和不足。",
])
def test_a_step_of_other_means_belongs_to_no_work_told_before(facts_of, other: str) -> None:
    facts = facts_of(AUDIT + other)
    assert [step for step in facts.loop if step.type == "finding"] == []


@pytest.mark.parametrize("following", [
    "检查组指出了存在的主要问题。",  # its narrator
    "通过检查，发现问题32个。",  # a link: the work itself as the means
    "常委会充分吸收组成人员的意见，指出存在的主要问题和不足。",  # the committee going on with the work
    "共发现问题12个。",  # the step opening its sentence
])
def test_a_step_going_on_with_the_work_told_belongs_to_it(facts_of, following: str) -> None:
    text = "市人大常委会组织开展《中华人民共和国森林法》执法检查。" + following
    facts = facts_of(text)
    (finding,) = [step for step in facts.loop if step.type == "finding"]
    assert [facts.activities[i].type for i in finding.activities] == ["law_enforcement_inspection"]
