"""Round 47: activity classes of the newest readable files (`aw` odd) that recur across collection rounds, told in
phrasings written for these tests (no dev file's sentence)."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds_and_statuses

COUNTY = "平阳县人民代表大会常务委员会"


# Work already told named as the basis of what follows (根据/依据/结合/基于 + kinds + 情况) is its result used, not a new
# event: the clause holds no activity. The work of the clause after it stays, and so does work done on the state of
# an inspection (对…执法检查情况开展视察), 对 making the kind the object, not the basis.
@pytest.mark.parametrize("text, expected", [
    ("县人大常委会组织代表视察了县法院。最后根据视察、汇报、评议情况，代表们对法院工作进行了满意度测评。",
     [("site_visit", "reported"), ("satisfaction_evaluation", "reported")]),
    ("县人大常委会组织代表视察了县法院。最後根據視察、匯報、評議情況，代表們對法院工作進行了滿意度測評。",
     [("site_visit", "reported"), ("satisfaction_evaluation", "reported")]),
    ("县人大常委会开展了《安全生产法》执法检查。检查组依据前期调研情况，梳理出五个方面的问题。",
     [("law_enforcement_inspection", "reported")]),
    ("县人大常委会开展了《安全生产法》执法检查。代表们结合执法检查情况，提出了意见建议。",
     [("law_enforcement_inspection", "reported")]),
    ("县人大常委会组织代表视察了县法院。评议组要根据此次会议评议情况形成书面评议意见。",
     [("site_visit", "reported")]),
    ("县人大常委会组织代表视察了县法院。代表们根据前期实地走访调研情况，就老旧小区改造提出建议。",
     [("site_visit", "reported")]),
    ("县人大常委会结合本县备案审查工作实际，制定了工作规程。", []),
])
def test_work_named_as_the_basis_of_what_follows_is_no_event(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == expected


@pytest.mark.parametrize("text", [
    "根据年度工作计划，县人大常委会对《安全生产法》执法检查情况开展视察。",
    "依据监督工作计划，县人大常委会组织代表对审议意见落实情况开展视察。",
])
def test_a_kind_that_is_the_object_of_the_work_is_no_basis(facts_of, text: str) -> None:
    assert ("site_visit", "reported") in kinds_and_statuses(facts_of(text, COUNTY))


# A kind of work described by what it has become or gained (是对…的创新发展, 搭建…平台, 跨入…新阶段) is the field told,
# not work done: the clause holds no activity, while the work told beside it stays.
@pytest.mark.parametrize("text, expected", [
    ("预算联网监督系统的运行，是对人大预算审查监督工作的创新发展。", []),
    ("这一系统搭建起县人大开展预算审查监督的崭新平台。", []),
    ("县人大预算审查监督工作从“看报表”跨入到了“看数据”的新阶段。", []),
    ("专题询问的开展是对询问制度的创新和发展。", []),
    ("县人大常委会搭建代表视察平台，组织代表视察了县人民医院。", [("site_visit", "reported")]),
    ("縣人大常委會審查了2023年財政預算執行情況，這是對人大預算審查監督工作的創新發展。", [("budget_review", "reported")]),
])
def test_a_kind_of_work_described_by_what_it_became_is_no_event(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == expected



# Items under a heading naming one activity's parts (评议内容, 调研方式, 视察时间) are what that activity covers or how it
# runs, not activities of its kind; under a heading naming the kind itself (二、专题调研) each item stays one.
@pytest.mark.parametrize("heading, items", [
    ("专项工作评议内容", ["贯彻落实县委决策部署情况", "干部作风建设情况"]),
    ("專項工作評議內容", ["貫徹落實縣委決策部署情況", "幹部作風建設情況"]),
    ("专题调研内容", ["乡村振兴工作情况", "农村人居环境整治情况"]),
    ("视察时间", ["5月中旬全县重点项目建设情况", "9月下旬养老服务体系建设情况"]),
])
def test_items_of_an_activitys_parts_are_no_activities(facts_of, heading: str, items: list) -> None:
    """The parts' items are none, while the item of the kind's heading after them is still one (so an extractor that
    found nothing fails)."""
    text = (f"泾县人大常委会2025年监督工作计划\n一、{heading}\n1.{items[0]}\n2.{items[1]}\n"
            "二、专题调研\n1.义务教育均衡发展情况\n")
    told = [(a.type, a.evidence) for a in facts_of(text, COUNTY).activities]
    assert told == [("investigation", "义务教育均衡发展情况")]


@pytest.mark.parametrize("heading, kind", [("专题调研", "investigation"), ("专项工作评议", "other"), ("视察", "site_visit")])
def test_items_under_a_heading_of_a_kind_stay_one_activity_each(facts_of, heading: str, kind: str) -> None:
    text = f"泾县人大常委会2025年监督工作计划\n一、{heading}\n1.乡村振兴工作情况\n2.农村人居环境整治情况\n"
    told = [(a.type, a.evidence) for a in facts_of(text, COUNTY).activities]
    assert told == [(kind, "乡村振兴工作情况"), (kind, "农村人居环境整治情况")]


# The style, aim or weight of a kind of work (调研之风, 调研切入点, 突出问题导向, 对…意义重大) is a manner or a judgement,
# not an event; work told in the same sentence stays.
@pytest.mark.parametrize("text, expected", [
    ("县人大常委会大兴学习调研之风。", []),
    ("要找准调研切入点、着力点和突破口。", []),
    ("专题调研突出问题导向和目标导向。", []),
    ("專題詢問對促進人大監督、保障政府部門依法行政意義重大。", []),
    ("县人大常委会大兴调研之风，组织代表视察了县人民医院。", [("site_visit", "reported")]),
])
def test_the_style_or_weight_of_a_kind_of_work_is_no_event(facts_of, text: str, expected: list) -> None:
    assert kinds_and_statuses(facts_of(text, COUNTY)) == expected
