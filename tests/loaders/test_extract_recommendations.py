"""An inspection (or investigation, visit) group's own suggestions as a step of its work's loop (``recommendation``).

The class: the group doing the fieldwork, or its report, makes suggestions to the organ (检查组提出建议6条, 执法检查报告提出
5条建议, 调研组建议：…); they were a bare statistic (``opinions_raised``), which stays. Readable dev instances read by eye:
i31 (执法检查组建议), v27 (调研组建议), ai25, y27, o35, l32 (检查组…提出意见建议), s25, z21 (调研组…提出), ah31, y31 (视察组). Not
the class: others' suggestions heard (听取…意见建议), deputies' suggestions (代表建议), suggestions a group will make
(将…提出建议), and suggestions told with no group or report of fieldwork. Sentences are written for these tests.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

CITY = "江苏省南通市人民代表大会常务委员会"
LAW = "《中华人民共和国消防法》"


def _steps(text: str) -> tuple[list, list]:
    facts = extract(Document(text=text, source="test", metadata={"organ": CITY, "year": "2023"}))
    return facts.activities, [step for step in facts.loop if step.type == "recommendation"]


MADE = {
    "检查组提出建议6条": (f"市人大常委会对{LAW}开展执法检查，检查组提出建议6条。", "law_enforcement_inspection", 6),
    "执法检查报告提出…条建议": (f"市人大常委会对{LAW}开展执法检查，执法检查报告提出5条建议，交市政府研究处理。",
                          "law_enforcement_inspection", 5),
    "执法检查组…针对…问题提出意见建议": (f"市人大常委会执法检查组对{LAW}实施情况开展检查，并针对检查中发现的问题提出意见建议。",
                                "law_enforcement_inspection", None),
    "执法检查组建议：": (f"市人大常委会对{LAW}开展执法检查。执法检查组建议：要继续加大防火宣传力度。", "law_enforcement_inspection", None),
    "调研组建议，": ("市人大常委会开展养老服务专题调研。调研组建议，要强化队伍建设。", "investigation", None),
    "调研组向…提出整改建议": ("市人大常委会开展农村人居环境专题调研，调研组及时向市政府提出整改建议。", "investigation", None),
    "视察组成员提出了意见建议": ("市人大常委会组织代表视察学前教育工作，座谈会上，视察组成员提出了意见建议。", "site_visit", None),
    "traditional": ("市人大常委會對《中華人民共和國消防法》開展執法檢查，檢查組提出建議6條。", "law_enforcement_inspection", 6),
}


@pytest.mark.parametrize(("text", "kind", "count"), MADE.values(), ids=MADE.keys())
def test_a_groups_suggestions_are_a_step_of_its_work(text, kind, count):
    activities, steps = _steps(text)
    (step,) = steps
    assert [activities[i].type for i in step.activities] == [kind]
    assert text[step.start : step.end] == step.evidence
    if kind == "law_enforcement_inspection":
        assert step.laws == ["中华人民共和国消防法"]


NOT_MADE = {
    "others' suggestions heard": f"市人大常委会对{LAW}开展执法检查，广泛听取了社会各界的意见建议。",
    "suggestions sought": f"市人大常委会对{LAW}开展执法检查，征求了相关部门提出的建议。",
    "deputies' suggestions": "市人大常委会组织视察组，对代表建议办理情况开展视察。",
    "to be made": "市人大常委会组织视察学前教育工作，视察组将根据存在的问题提出建议。",
    "no group, a meeting's deputies": "会议期间，代表们就群众关心的热点问题提出了合理化建议15条。",
    "a review's report heard, no fieldwork": "常委会听取了市政府关于养老服务工作情况的报告，提出了意见建议。",
}


@pytest.mark.parametrize("text", NOT_MADE.values(), ids=NOT_MADE.keys())
def test_no_group_suggestions_are_told(text):
    assert _steps(text)[1] == []


def test_the_statistic_stays_beside_the_step():
    facts = extract(Document(text=MADE["检查组提出建议6条"][0], source="test", metadata={"organ": CITY, "year": "2023"}))
    assert [(s.value, s.measure_class) for s in facts.statistics] == [(6, "opinions_raised")]
    assert [step.type for step in facts.loop] == ["recommendation"]
