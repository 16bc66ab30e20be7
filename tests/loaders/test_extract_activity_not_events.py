"""Words that name a field of oversight or a group's people state no activity; an activity deployed is still to come.

Sentences paraphrase pages found in the search tool's ``pages`` corpus (sources by case).
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "重庆市人民代表大会常务委员会"


def found(text: str) -> list[tuple[str, str]]:
    facts = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2019"}))
    return [(a.type, a.status) for a in facts.activities]


@pytest.mark.parametrize("text", [
    # https://cqrd.gov.cn/site/article/1211362132672663552/web/content_1211362132672663552.html
    "为推动《重庆市预算审查监督条例》更好地贯彻实施，推进各级人大加强预算审查监督，促进各级政府加强预算管理。",
    # https://www.beijing.gov.cn/gate/big5/www.beijing.gov.cn/zhengce/zhengcefagui/201905/t20190522_61780.html
    "市委出台实施意见，推动市、区人大加强预算决算审查监督职能。",
    # https://scholarmate.com/S/UhgXFT
    "这对加强和改进人大预算审查监督工作提出了明确要求。",
    # https://zf.alljournals.cn/view_abstract.aspx?aid=92AA3BD8FDE8C4AB23D1E9C2D39ED1E6&pcid=566B96C23CBD22A7705B6E046EC97336
    "地方人大及其常委会积极推进预算制度改革，不断完善预算审查监督。",
])
def test_an_aim_to_strengthen_budget_oversight_is_no_review(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # https://cqrd.gov.cn/site/article/1211362132672663552/web/content_1211362132672663552.html
    "成立了由我任组长的执法检查组，成员包括部分市人大代表、市人大财经委组成人员、部分预算审查监督专家。",
    # https://www.rmdbw.cn/content/2025-02/18/content_51511.html (优化人员构成, paraphrased)
    "执法检查组成员包括熟悉财政工作的人大代表和预算审查专家。",
    # https://m.fx361.cc/news/2014/0213/12881308.html (paraphrased)
    "调研组组成人员有财经委委员和部分预决算审查监督专家。",
])
def test_who_a_group_is_made_of_is_no_activity(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: the aim, then the review the sentence states; a review of its own
    ("常委会加强预算审查监督，审查批准了2018年市级决算。", [("budget_review", "reported")]),
    ("会议听取和审议了市政府关于2019年上半年预算执行情况的报告。", [("budget_review", "reported")]),
])
def test_a_review_beside_the_aim_stays(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # http://www.zzkailai.com/newdetail-604885.html and baoying.gov.cn/html/1317/2019-11-05/content-9929.html
    # (paraphrased: their deputies meeting voters are no activity since round 36 ruling 6)
    ("会前，镇人大主席组织人大代表集中学习了全国两会精神，专题部署了城厢镇2023年人大代表集中视察活动。",
     [("site_visit", "planned")]),
    ("会议专题部署了市县镇三级人大代表集中视察活动。", [("site_visit", "planned")]),
    # near miss: the activity done
    ("镇人大组织代表开展了集中视察活动。", [("site_visit", "reported")]),
])
def test_an_activity_deployed_is_planned(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    # a government's report on rectifying what the audit found, telling its own work (a new user's budget study, round 17;
    # paraphrased): the executive hears its departments, its leaders instruct, it convenes
    "市政府常务会议听取审计和审计整改情况汇报。",
    "市委、市政府主要领导多次对审计报告作出批示。",
    "市政府高度重视，及时组织召开全市审计整改督查工作推进会。",
    "自治區黨委高度重視審計監督和審計查出問題整改工作，多次研究部署審計整改。",
])
def test_the_executives_own_work_on_an_audit_is_no_oversight(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", [
    # near misses: a government reporting to the congress, or heard by it
    "市政府向市人大常委会报告了审计查出问题的整改情况。",
    "區政府通報了本區上半年經濟社會發展情況。",
    "县政府书面报告县人大常委会审议意见的落实情况。",
])
def test_a_government_reporting_to_the_congress_is_heard(text: str) -> None:
    assert found(text)
