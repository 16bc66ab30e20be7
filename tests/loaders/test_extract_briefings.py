"""Briefings heard by a meeting: a 汇报 on how some work progressed or was handled is a report heard."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

HEADER = {"organ": "平利县城关镇人民代表大会主席团", "level": "township"}


def kinds(text: str) -> list[str]:
    return [a.type for a in extract(Document(text=text, source="news.txt", metadata=HEADER)).activities]


@pytest.mark.parametrize("text", [
    "会上，代表们听取了集镇在建项目工程实施进展的情况汇报。",
    "主席团会议听取镇政府关于民生实事项目推进情况的汇报。",
    "会议听取了镇政府2024年代表建议办理情况汇报。",
    "镇经发办负责人就全镇民生实事进展情况进行了汇报。",
    "镇农综站站长就高标准农田建设完成情况作了汇报，代表们提出意见。",
    "人大代表们听取项目建设进展介绍后，与相关负责人互动交流。",
    "代表们听取了集镇污水管网工程进展情况介绍。",
    "会上，代表们先听取了街道办事处主任关于2015年工作总结和2016年工作计划汇报。",
    "代表们听取了镇政府关于全镇人居环境整治情况汇报。",
    "镇党委副书记、镇长沈某某简要总结了2020年各项工作完成情况。",
    "副镇长王某总结了全年民生实事项目推进情况，代表们提出建议。",
])
def test_a_briefing_on_how_work_progressed_is_a_report_heard(text: str) -> None:
    assert kinds(text) == ["report_review"]


@pytest.mark.parametrize("text", [
    "检查组听取了镇政府的工作汇报，并实地查看了三个项目。",
    "代表们认真听取汇报，积极建言献策。",
    "代表们听取了工作人员的情况介绍。",
    "镇长总结了经验，代表们表示赞同。",
])
def test_a_briefing_without_a_subject_is_part_of_the_work_it_serves(text: str) -> None:
    assert "report_review" not in kinds(text)


@pytest.mark.parametrize("text", [
    "县人大常委会组织代表视察城区污水管网改造工程。座谈会上，副县长张某对全县污水治理有关情况作了简要介绍。",
    "镇人大组织代表开展重点项目视察活动。人大代表们听取项目建设进展介绍后，与相关负责人互动交流。",
    "代表小组一行对水库除险加固工程进行了实地视察。在随后的座谈会上，水利站站长就全镇水利工程建设情况作了详细的介绍。",
    "镇人大组织代表视察集镇改造工程。随后在镇会议室召开座谈会，镇长李某简要总结了今年各项重点工作完成情况。",
    "区人大常委会组织代表视察老旧小区改造项目。座谈会上，区政府通报了全区上半年城市更新推进情况。",
    "区人大常委会组织调研组赴城南街道调研安置房建设。调研组实地查看了三个安置小区，街道办事处主任对安置房建设进展情况进行了全面介绍。",
])
def test_a_briefing_introduced_to_visitors_is_a_step_of_their_visit(text: str) -> None:
    """Round 33 ruling 4, told by 介绍 as by 汇报 (round 43): the visit or the study, no report heard."""
    found = kinds(text)
    assert "report_review" not in found
    assert found and set(found) <= {"site_visit", "investigation"}


@pytest.mark.parametrize("text", [
    "主席团会议听取了镇政府关于民生实事项目进展情况的介绍。",
    "会议听取了街道办事处关于老旧小区改造进展情况的介绍，并提出意见。",
])
def test_a_briefing_introduced_at_a_sitting_stays_a_report_heard(text: str) -> None:
    assert kinds(text) == ["report_review"]


CITY = {"organ": "安陆市人民代表大会常务委员会", "level": "county"}


def _reviews(text: str) -> list[tuple[str, list[str]]]:
    return [(a.type, a.laws) for a in extract(Document(text=text, source="news.txt", metadata=CITY)).activities]


@pytest.mark.parametrize(("text", "laws"), [
    # a department's head briefing the sitting on a law's implementation or some work (newuser31 A3, paraphrased)
    ("市七届人大常委会召开第二十次常委会议。\n市药监局负责人汇报了《中华人民共和国食品安全法》在我市的贯彻实施情况。",
     ["中华人民共和国食品安全法"]),
    ("县卫健局局长汇报了全县传染病防治法贯彻实施情况，委员们进行了审议。", ["中华人民共和国传染病防治法"]),
    ("市住建局主要负责同志汇报了全市老旧小区改造推进情况。", []),
    ("市生態環境局負責人匯報了全市大氣污染防治工作開展情況。", []),
])
def test_a_department_head_briefing_the_committee_is_a_report_heard(text: str, laws: list[str]) -> None:
    """Round 44 ruling 8: a report heard is reviewed whoever reports; a sentence opening with a department whose head
    汇报了 some work's 情况 is the committee's hearing, not the department's own work (organs._TO_CONGRESS)."""
    assert _reviews(text) == [("report_review", laws)]


@pytest.mark.parametrize("text", [
    "市药监局负责人汇报了相关情况。",  # names no work: a step of what it serves
    "市药监局开展了食品安全专项检查。",  # the department's own work
    "市市场监管局局长主持召开了全局食品安全工作会议。",
])
def test_a_departments_own_work_or_a_bare_briefing_is_no_report_heard(text: str) -> None:
    assert "report_review" not in [t for t, _ in _reviews(text)]
