"""Round 41's rulings on round 40's gold disputes (genre README "## Round 41", rulings 1–19), each by its principle:
sentences written for these tests in the genre's phrasings, not copied from a dev file."""
from __future__ import annotations

import pytest

COUNTY = "安溪县人民代表大会常务委员会"
TOWN = "站集镇人民代表大会（河南省郸城县）"


def _organs(facts_of, text: str, organ: str = COUNTY) -> list[str]:
    return [o.canonical for o in facts_of(text, organ).organs]


# Ruling 7: a bare office title (市长某某, 副县长某某, 镇长某某) writes no organ's name: no organ entry from it alone.
@pytest.mark.parametrize("text", [
    "副县长李明就全县义务教育工作作了说明。",
    "常务副县长王强到会应询。",
    "会议听取了副县长张华所作的关于全县安全生产工作情况的报告。",
    "县长赵刚和有关部门负责人到会听取意见。",
])
def test_a_bare_office_title_names_no_government(facts_of, text: str) -> None:
    assert not [name for name in _organs(facts_of, text) if name.endswith("人民政府")]


def test_a_government_named_beside_the_title_is_still_named(facts_of) -> None:
    assert "安溪县人民政府" in _organs(facts_of, "县人民政府副县长李明到会应询。")


def test_the_title_still_places_the_departments_listed_after_it(facts_of) -> None:
    # the title's level word places 公安局, though the title itself is no organ
    found = _organs(facts_of, "副县长、公安局局长张某某列席会议。")
    assert found == ["安溪县公安局"]


# Ruling 7: a title writing the organ's name names it: 镇人大主席 → the township's congress (人民代表大会, not its presidium).
@pytest.mark.parametrize("text", [
    "人大主席栗卫星同志主持会议。",
    "镇党委书记李某某、人大主席王某某参加视察。",
    "人大副主席张某带领代表开展视察。",
])
def test_a_township_congress_chair_named_bare_names_its_congress(facts_of, text: str) -> None:
    assert "郸城县站集镇人民代表大会" in _organs(facts_of, text, TOWN)


@pytest.mark.parametrize("text, towns", [
    ("蓬莱镇、湖头镇的人大主席列席会议。", ["蓬莱镇", "湖头镇"]),
    ("会议邀请官桥镇、湖头镇、白濑乡的人大主席列席。", ["官桥镇", "湖头镇", "白濑乡"]),
])
def test_towns_listed_before_their_chairs_name_each_congress(facts_of, text: str, towns: list[str]) -> None:
    found = _organs(facts_of, text)
    assert sorted(found) == sorted(f"安溪县{town}人民代表大会" for town in towns)


# Ruling 10: a standing committee's working bodies named as a set, in any wording, are one entry …各工作机构.
@pytest.mark.parametrize("text", [
    "县人大常委会各工委要加强协调配合。",
    "常委会各工作委员会分别开展了专题调研。",
    "县人大常委会部分工委负责人列席会议。",  # (相关工委: some, as written since round 48's fix-up answer 4)
    "会议要求各工委室认真抓好落实。",
    "縣人大常委會各工委負責同志參加會議。",
])
def test_the_working_bodies_as_a_set_are_one_entry(facts_of, text: str) -> None:
    found = _organs(facts_of, text)
    assert "安溪县人民代表大会常务委员会各工作机构" in found
    assert not [name for name in found if name.endswith("各工作委员会")]


def test_one_working_committee_keeps_its_name(facts_of) -> None:
    assert "安溪县人民代表大会常务委员会法制工作委员会" in _organs(facts_of, "县人大常委会法工委开展了调研。")


def _kinds(facts_of, text: str, organ: str = COUNTY) -> list[str]:
    return [a.type for a in facts_of(text, organ).activities]


# Ruling 17: a document that is itself the filing review's report, named by its title in the opening sentence, tells one
# filing review; its documents received, reviewed or corrected are that review's figures, not reviews of their own.
@pytest.mark.parametrize("text", [
    "12月20日，县人大常委会法工委主任王某向县人大常委会作关于2023年规范性文件备案审查工作情况的报告。报告显示，一年来，"
    "县人大常委会共接收报送备案的规范性文件36件。法工委对报送备案的规范性文件逐件进行审查。对发现问题的3件规范性文件，"
    "督促制定机关予以纠正。",
    "提请县人大常委会第十次会议审议的县人大常委会法工委关于2022年备案审查工作情况的报告显示，一年来共收到报送备案的"
    "规范性文件21件。王某在常委会会议上作报告时介绍，法工委对审查建议逐一进行研究。全年共审查规范性文件21件。",
    "縣人大常委會法工委主任李某作關於2021年度規範性文件備案審查工作情況的報告。一年來共收到報送備案的規範性文件18件，"
    "逐件進行主動審查。",
])
def test_the_filing_reviews_own_report_retold_is_one_filing_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["filing_review"]


def test_a_wider_report_tells_one_filing_review_its_intake_a_count(facts_of) -> None:
    """Round 45 ruling 5 (over round 40's ruling 9): in a report of wider work too, the documents received for filing
    are a count, not a second filing review."""
    text = ("县人大常委会召开第十五次会议，听取和审议了县政府关于2023年法治政府建设情况的报告。"
            "会议还听取了县人大常委会法工委关于2023年备案审查工作情况的报告。全年共收到报送备案的规范性文件12件。")
    assert _kinds(facts_of, text).count("filing_review") == 1


# Ruling 4: a work report's draft sent out for comment is consultation on a document not yet adopted: no activity.
@pytest.mark.parametrize("text", [
    "代表们认真审阅了县人大常委会和“一府两院”2023年工作报告(征求意见稿)。",
    "代表们审阅了县政府工作报告（征求意见稿），提出修改意见12条。",
    "会议听取了对县政府工作报告草稿的意见。",
    "代表們對縣政府2022年度工作報告（徵求意見稿）進行了認真審議。",
])
def test_a_draft_for_comment_is_no_review(facts_of, text: str) -> None:
    assert "report_review" not in _kinds(facts_of, text)


def test_the_adopted_work_report_heard_stays_a_review(facts_of) -> None:
    assert _kinds(facts_of, "会议听取了县政府关于2023年工作情况的报告。") == ["report_review"]


# Ruling 5: a report on drafting the five-year outline is its making, a budget_review; its execution, evaluation or
# adjustment alone stays a report_review, and other plans' drafting is outside the outline class.
@pytest.mark.parametrize("text, kind", [
    ("会议听取了县政府关于“十四五”规划纲要编制情况的报告。", "budget_review"),
    ("会议听取和审议了县政府关于“十三五”规划纲要执行与“十四五”规划纲要编制情况的报告。", "budget_review"),
    ("會議審議縣政府關於我縣「十四五」規劃編制有關情況的報告。", "budget_review"),
    ("会议听取了县政府关于“十四五”规划纲要实施中期评估情况的报告。", "report_review"),
    ("会议听取了县政府关于国土空间总体规划编制情况的报告。", "report_review"),
])
def test_an_outlines_drafting_reported_is_a_budget_review(facts_of, text: str, kind: str) -> None:
    assert _kinds(facts_of, text) == [kind]


def test_a_study_groups_report_on_the_drafting_stays_its_study(facts_of) -> None:
    text = "会议审议了县人大常委会专题调研组关于我县“十四五”规划编制情况的调研报告。"
    assert "budget_review" not in _kinds(facts_of, text)


def test_a_briefing_on_the_drafting_heard_during_a_visit_is_a_step_of_the_visit(facts_of) -> None:
    text = ("县人大代表开展“十四五”规划编制工作专项视察活动。代表们实地察看了工业园区，"
            "听取了县发改局关于“十四五”规划编制情况的汇报。")
    assert _kinds(facts_of, text) == ["site_visit"]


# Ruling 1: a committee's review result beside the budget report it examined is part of that one examination.
@pytest.mark.parametrize("text", [
    "会议听取和审议了县人民政府关于2023年县本级预算调整方案的报告，听取了县人大财政经济委员会关于2023年县本级预算调整方案的审查报告。",
    "会议听取了县政府关于2022年县级决算草案的报告和县人大常委会预算工委关于2022年县级决算草案的审查结果报告。",
    "會議聽取了縣人民政府關於2021年縣本級決算的報告。會議還聽取了縣人大財經委關於2021年縣本級決算草案審查結果的報告。",
])
def test_a_review_result_beside_its_budget_report_is_one_budget_review(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["budget_review"]


def test_a_review_result_heard_alone_stays_a_budget_review(facts_of) -> None:
    text = "会议听取了县人大财政经济委员会关于2023年县本级预算调整方案的审查报告。"
    assert _kinds(facts_of, text) == ["budget_review"]


def test_the_result_on_another_document_is_another_review(facts_of) -> None:
    text = ("会议听取了县政府关于2023年上半年预算执行情况的报告，"
            "听取了县人大财经委关于2022年县级决算草案的审查结果报告。")
    assert _kinds(facts_of, text) == ["budget_review", "budget_review"]


# Ruling 3: several bodies before one shared report title made several reports: one review per body.
@pytest.mark.parametrize("text, bodies", [
    ("会议听取了县人大常委会人代工委和县政府、县法院、县检察院关于县十八届人大三次会议代表建议、批评和意见办理情况的报告。", 4),
    ("会议听取了县政府、县中院、县检察院关于代表建议办理情况的报告。", 3),
    ("會議聽取了縣人民法院和縣人民檢察院關於2023年度司法公開工作情況的報告。", 2),
])
def test_several_bodies_before_one_title_are_one_review_each(facts_of, text: str, bodies: int) -> None:
    assert _kinds(facts_of, text) == ["report_review"] * bodies


def test_bodies_reporting_a_list_of_subjects_are_typed_by_the_subjects(facts_of) -> None:
    text = "会议听取了县财政局、县审计局关于2022年度财政决算及审计情况、2023年预算调整方案的汇报。"
    assert "budget_review" in _kinds(facts_of, text)


def test_a_title_about_a_partnership_is_one_report(facts_of) -> None:
    assert _kinds(facts_of, "会议听取了关于政府和社会资本合作情况的报告。") == ["report_review"]
