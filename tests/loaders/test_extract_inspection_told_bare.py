"""An inspection told bare (开展执法检查, 开展执法检查工作: no law, no count, no topic) is the report's one
inspection when it names no other, and refers to the one it names otherwise (round 13: a new user's provincial
report on 大气污染防治 gave no activity at all, so its area's coverage listed every law as never inspected)."""
from __future__ import annotations

import pytest

PROVINCE = "安徽省人民代表大会常务委员会"


def _inspections(facts) -> list[tuple[str, list[str]]]:
    return [(a.evidence, list(a.laws)) for a in facts.activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    # jxxfw.com/periodical/5a933b729b2f6b63b583a37fc654c46d.html (2019, real, its ASCII punctuation kept)
    "为深入贯彻习近平生态文明思想,省十三届人大常委会年初将大气污染防治法律法规执法检查列入工作要点.按照工作方案安排,"
    "省人大常委会成立5个检查组,于7月上旬至8月中旬,分赴池州、淮北、亳州、宿州、淮南、安庆6个市及其所属1个县开展执法检查"
    "工作,实地检查抽查了88个单位和项目.",
    # the same report's work told in a county's words (paraphrased)
    "今年以来，县人大常委会组织部分委员和代表，深入乡镇开展执法检查，实地查看了12个单位。",
    # a city's news item (paraphrased)
    "6月中旬，市人大常委会成立检查组，进行了执法检查，并召开座谈会听取意见。",
])
def test_the_one_inspection_a_report_tells_bare_is_an_activity(facts_of, text: str) -> None:
    assert len(_inspections(facts_of(text, PROVINCE))) == 1


@pytest.mark.parametrize("text", [
    "要进一步加强执法检查工作，增强监督实效。",  # an exhortation, no work done
    "执法检查是人大常委会监督的重要形式。",  # what an inspection is
])
def test_an_inspection_named_as_a_kind_of_work_is_none(facts_of, text: str) -> None:
    assert _inspections(facts_of(text, PROVINCE)) == []


def test_a_bare_inspection_refers_to_the_one_the_report_names_after_it(facts_of) -> None:
    text = "常委会积极开展执法检查，推动法律法规有效实施。对全市贯彻实施《森林法》情况开展执法检查，提出了意见建议。"
    assert _inspections(facts_of(text, PROVINCE)) == [("对全市贯彻实施《森林法》情况开展执法检查", ["中华人民共和国森林法"])]


@pytest.mark.parametrize("text, law", [
    # haizhurenda.org.cn (a new user's law stories, round 17): the inspection told only by the time of its doing
    ("今年，区人大常委会在对我区实施《广州市水务管理条例》情况开展执法检查中，注重创新监督方式。", "广州市水务管理条例"),
    ("市人大常委会在开展《安徽省大气污染防治条例》执法检查过程中，发现了一些问题。", "安徽省大气污染防治条例"),
    ("縣人大常委會在組織《中華人民共和國森林法》執法檢查期間，召開了座談會。", "中华人民共和国森林法"),
])
def test_an_inspection_told_by_the_time_of_its_doing_is_one(facts_of, text: str, law: str) -> None:
    assert [laws for _, laws in _inspections(facts_of(text, PROVINCE))] == [[law]]


def test_the_time_of_an_inspection_told_before_adds_none(facts_of) -> None:
    text = "今年，常委会开展《安徽省大气污染防治条例》执法检查。在开展执法检查中，注重创新监督方式。"
    assert len(_inspections(facts_of(text, PROVINCE))) == 1
