"""Round 43, activities on reports nobody tuned to: classes found in the newest readable files and in several collection
rounds (docs/design.md, "Round 43, activities on reports nobody tuned to"); phrasings written for them."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

HEADER = {"organ": "某县人民代表大会常务委员会", "level": "county", "year": "2024"}


def kinds(text: str) -> list[str]:
    return [a.type for a in extract(Document(text=text, source="news.txt", metadata=HEADER)).activities]


@pytest.mark.parametrize("text", [
    "代表们对镇十七届人大八次会议上表决通过的5项民生实事项目落实情况进行了视察。",
    "县人大常委会组织代表对人代会表决通过的民生实事项目推进情况开展视察。",
])
def test_projects_named_by_the_vote_that_chose_them_are_no_vote(text: str) -> None:
    """表决通过的…民生实事项目 names the projects a vote chose, the object of the visit: no vote of its own."""
    assert kinds(text) == ["site_visit"]


@pytest.mark.parametrize("text", [
    "镇党委会专题研究拟提交表决的民生实事项目。",
    "县政府将按照代表表决通过的民生实事项目清单抓好落实。",
])
def test_projects_named_by_a_vote_to_come_or_past_state_no_vote(text: str) -> None:
    assert "other" not in kinds(text)


@pytest.mark.parametrize("text", [
    "会议表决通过了2024年民生实事项目。",
    "大会表决了本镇2025年度民生实事项目。",
])
def test_a_vote_on_livelihood_projects_stays_one(text: str) -> None:
    assert kinds(text) == ["other"]


@pytest.mark.parametrize("text", [
    "市人大常委会组成工作组到三个县开展养老服务工作调研。工作组听取了市民政局的情况汇报，并选取了5家养老机构进行实地调研，了解了运营情况。",
    "县人大常委会对全县农村饮水安全工作开展专题调研。常委会副主任带队，先后赴甲、乙等4个乡镇开展实地调研，对其余乡镇开展了书面调查。",
    "州人大常委会组织评估组到敦化、龙井就《某州促进专业农场发展条例》开展立法后评估工作调研。评估组听取了全州专业农场发展情况汇报，并选择了不同类型的7家专业农场进行实地调研。",
])
def test_an_investigations_look_on_site_told_after_it_is_its_stop(text: str) -> None:
    assert kinds(text) == ["investigation"]


def test_a_look_on_site_told_first_is_the_investigation() -> None:
    assert kinds("县人大常委会副主任带领调研组到景县和阜城县进行实地调研。") == ["investigation"]


@pytest.mark.parametrize("text", [
    "区人大常委会主任带领区人大代表一行30人，来到某新材料有限公司，对公司年产2万吨的生产线项目进行考察。",
    "市人大常委会副主任带领离退休干部考察团来我县参观考察经济社会发展情况。",
    "县人大常委会组织部分代表对全县重点水利工程开展实地考察。",
])
def test_a_tour_told_by_kaocha_is_a_visit(text: str) -> None:
    assert kinds(text) == ["site_visit"]


@pytest.mark.parametrize("text", [
    "县人大常委会主任带领各委室负责人到邻县考察学习人大代表联络站建设工作。",
    "会议传达学习了习近平总书记考察某省时的重要讲话精神。",
])
def test_a_study_trip_or_a_leaders_tour_cited_is_no_visit_by_kaocha(text: str) -> None:
    assert "site_visit" not in kinds(text)


@pytest.mark.parametrize("text", [
    "长三角三省一市人大常委会昨天开展长江禁捕联动监督联合执法行动。",
    "县人大常委会在组织开展大气污染防治联动监督活动中，发动全县代表参与。",
    "市县两级人大常委会启动河湖保护联合监督行动。",
])
def test_a_joint_oversight_campaign_is_an_activity(text: str) -> None:
    assert kinds(text) == ["other"]


def test_joint_oversight_named_as_a_way_of_working_is_none() -> None:
    assert kinds("州人大常委会以监督议题联选的方式，协同县市人大开展联动监督，助推高质量发展。") == []


@pytest.mark.parametrize("text, kind", [
    ("市人大常委会组织部分代表集中视察城市建设情况。市人大常委会副主任张某率队视察，副市长李某参加视察。", "site_visit"),
    ("县人大常委会组织开展农村供水专题调研。县人大常委会副主任王某率队调研，县水利局负责人陪同。", "investigation"),
])
def test_the_leader_of_work_told_before_restates_it(text: str, kind: str) -> None:
    """率队 as 带队 (leader-words.csv reads 率 as a verb of leading): who led the work told, not a second one."""
    assert kinds(text) == [kind]


@pytest.mark.parametrize("text", [
    "各位代表：\n现在，我受县十八届人大常委会委托，向大会作报告，请予审议。",
    "现在，我代表执法检查组向常委会作报告。",
    "我受市人大常委会委托，向大会作报告，请予审议，并请列席会议的同志提出意见。",
])
def test_a_report_speaking_in_its_own_voice_is_no_hearing(text: str) -> None:
    """作报告 in the speaker's own voice, as 报告工作 (round 14): the document itself, no report heard."""
    assert "report_review" not in kinds(text)


@pytest.mark.parametrize("text", [
    "镇长王某向大会作《关于民生实事项目完成情况的报告》。",
    "副主任张某分别代表执法检查组向常委会会议作报告。",
    "镇人大主席李某受主席团委托，向大会作《镇人大主席团工作报告》。",
])
def test_a_report_made_to_the_session_by_someone_named_stays_heard(text: str) -> None:
    assert "report_review" in kinds(text)
