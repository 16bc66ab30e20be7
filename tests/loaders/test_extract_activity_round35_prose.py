"""A long work report's general prose states no oversight activity: petition work, a tool of some work built, the fit of
one kind of work with another, a procedure drawn up (a new user's round 18 class 2); the work it names beside them stays.

Sentences paraphrase the user's provincial report (江西, 2023) and the genre's wording; written for these tests unless a
dev file is named.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "江西省人民代表大会常务委员会"


def found(text: str) -> list[str]:
    facts = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2023"}))
    return [a.type for a in facts.activities]


@pytest.mark.parametrize("text", [
    "常委会认真做好人民群众来信来访工作，畅通群众诉求表达渠道，对群众反映的涉法涉诉问题，依法交有关机关办理并跟踪督办。",
    "对群众来信来访反映的问题，及时转交有关部门处理，并督促办理反馈。",
    "就信访人反映的突出问题，交由有关机关依法处理并跟踪督办。",
    "對群眾反映的涉法涉訴問題，依法交有關機關辦理並跟蹤督辦。",
])
def test_petition_work_is_no_oversight_activity(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("对代表提出的建议，常委会依法交有关机关办理并跟踪督办。", ["other"]),  # suggestions handled: round 32 ruling 3
    ("对群众反映强烈的食品安全问题，常委会组织部分省人大代表开展视察。", ["site_visit"]),
])
def test_work_on_what_deputies_or_citizens_raise_stays(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "常委会加强备案审查信息平台建设，推动省市县三级人大备案审查信息平台互联互通，做到备案审查工作全覆盖。",
    "并同步完成备案审查信息平台录入。",  # dev s29
    "常委会推进代表建议网上督办系统上线运行。",
    "常委会加强合宪性审查和备案审查衔接联动。",
    "推动备案审查与合宪性审查有序衔接。",
    "常委会完善监督工作机制，明确监督议题确定、监督实施、审议意见办理和跟踪监督的工作流程。",
    "制定专题询问等工作规程。",
])
def test_a_tool_a_fit_or_a_procedure_is_no_activity(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("常委会坚持有件必备、有备必审、有错必纠，对报送备案的规范性文件逐件进行审查。", ["filing_review"]),
    ("常委会听取审议了省人民政府关于政务服务流程再造工作情况的报告。", ["report_review"]),
])
def test_the_work_beside_them_stays(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "常委会首次组织部分被任命人员向常委会书面报告履职情况。",
    "“一府两院”相关负责人向区人大常委会报告履职情况。",  # dev j09's form
    "组织部分由常委会任命的国家机关工作人员向常委会书面报告履职情况。",
    "常委會組織部分被任命人員向常委會書面報告履職情況。",
])
def test_appointees_reporting_their_duties_are_appraised_not_heard(text: str) -> None:
    assert found(text) == ["other"]  # as dev i12 hears 任命人员履职情况报告


@pytest.mark.parametrize("text", [
    "县人民政府书面报告了审议意见的落实情况。",
    "市中级人民法院、市人民检察院书面汇报2020年工作情况。",
])
def test_an_organ_reporting_its_work_in_writing_stays_heard(text: str) -> None:
    assert set(found(text)) == {"report_review"}
