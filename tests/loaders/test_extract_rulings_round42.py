"""Round 42's rulings on round 41's gold disputes (genre README "## Round 42", rulings 1, 2, 5 and 6), each by its
principle: sentences written for these tests in the genre's phrasings (simplified and traditional script), not copied
from a dev file."""
from __future__ import annotations

import pytest
from extract_helpers import kinds

COUNTY = "安溪县人民代表大会常务委员会"
BODIES = f"{COUNTY}各工作机构"


# Ruling 1: a set of the standing committee's working bodies named by a determiner of any kind is one entry, 各工作机构;
# 有关/相关 ones are named as written since round 48's fix-up answer 4 (test_round50_entities).
@pytest.mark.parametrize("text", [
    "常委会部分工委负责人列席会议。",
    "县人大常委会副主任带领人大机关部分委室主任及部分人大代表开展视察。",
    "部分工作委员会负责同志参加了调研。",
    "常委會各委辦正副主任列席會議。",
    "常委会大部分工委已完成年度调研任务。",
])
def test_a_set_of_working_bodies_named_by_any_determiner_is_one_entry(facts_of, text: str) -> None:
    assert [o.canonical for o in facts_of(text, COUNTY).organs if o.canonical and "各工作" in o.canonical] == [BODIES]


@pytest.mark.parametrize("text", [
    "县政府各委办局负责人列席会议。",
    "县政府部分委办局主要负责人参加座谈。",
    "县直各委办、各部门要认真落实审议意见。",
    "县委各委办负责同志参加会议。",
    "会议由部分委员主持。",
])
def test_a_government_s_agencies_and_members_are_no_working_bodies(facts_of, text: str) -> None:
    assert not [o for o in facts_of(text, COUNTY).organs if o.canonical and o.canonical.endswith("各工作机构")]


@pytest.mark.parametrize("text", [
    "大家要努力把人大工委工作创出品牌，走在全区前列。",
    "镇(街道)人大主席(人大工委主任)列席了会议。",
    "人大工委组织辖区代表视察重点项目建设情况。",
    "人大工作委员会主任李明主持座谈。",
])
def test_a_bare_working_committee_meaning_one_unnamed_body_is_no_entry(facts_of, text: str) -> None:
    assert not [o for o in facts_of(text, COUNTY).organs if o.canonical and "工作" in o.canonical]


@pytest.mark.parametrize("text", ["县人大办、县人大工委负责人列席会议。", "县人大各工委负责人参加。", "人大常委会各工委负责人参加。"])
def test_the_working_committees_named_with_their_congress_or_a_determiner_stay_the_set(facts_of, text: str) -> None:
    assert [o.canonical for o in facts_of(text, COUNTY).organs if o.canonical and "各工作" in o.canonical] == [BODIES]


# Ruling 2: a review result naming its document by a demonstrative (上述, 该, 前述) names the document told before it.
@pytest.mark.parametrize("text", [
    "会议听取了县人民政府关于2023年县本级预算调整方案的报告，听取了县人大财经委关于上述预算调整方案的审查结果报告。",
    "會議聽取了縣人民政府關於2023年縣級財政預算調整方案的報告，聽取了縣人大財政經濟委員會關於上述縣級財政預算調整方案的審查結果報告。",
    "会议听取了县政府关于2023年县本级预算调整方案的报告，听取了县人大常委会预算工委关于该调整方案的审查报告。",
    "会议听取了县政府关于2022年县级决算草案的报告。会议还听取了县人大财经委关于前述决算草案的审查结果报告。",
])
def test_a_review_result_naming_its_document_by_a_demonstrative_is_part_of_its_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["budget_review"]


@pytest.mark.parametrize("text", [
    # the document the demonstrative names is not the one told before it: a review of its own
    "会议听取了县政府关于2022年县级决算草案的报告，听取了县人大财经委关于上述预算调整方案的审查结果报告。",
    # told before no budget report: the result heard alone stays a review (round 9)
    "会议听取了县人大财经委关于上述预算调整方案的审查结果报告。",
])
def test_a_demonstrative_naming_no_document_told_before_stays_a_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)).count("budget_review") == 1 + ("决算草案的报告" in text)


def test_the_demonstrative_names_the_last_document_told(facts_of) -> None:
    text = ("会议听取了县政府关于2023年上半年预算执行情况的报告和关于2023年县本级预算调整方案的报告，"
            "听取了县人大财经委关于上述预算调整方案的审查结果报告。")
    assert kinds(facts_of(text, COUNTY)) == ["budget_review", "budget_review"]


# Ruling 3: a filing review told by a sitting's agenda and by the report's own text in one document is one review, at the
# sitting's telling; the report's counts (接收并审查…13件) are its statistics.
_REPORT = ("关于2024年规范性文件备案审查工作情况的报告\n"
           "(2025年2月27日在某某县第十八届人民代表大会常务委员会第二十三次会议上)\n"
           "主任、各位副主任、秘书长、各位委员:\n"
           "现将有关情况报告如下:\n")


@pytest.mark.parametrize(("agenda", "intake"), [
    ("县十八届人大常委会第二十三次会议议程\n一、审议有关人事事项;\n二、听取和审议关于2024年规范性文件备案审查工作情况的报告。\n",
     "全年接收并审查县政府和各乡镇人大报送备案的规范性文件13件，其中县政府8件。"),
    ("会议议程：\n听取并审议县人大常委会法工委关于2024年规范性文件备案审查工作情况的报告。\n",
     "一年来，共收到报送备案的规范性文件21件，纠正2件。"),
    ("會議議程\n二、聽取和審議關於2024年規範性文件備案審查工作情況的報告。\n",
     "全年共受理報送備案的規範性文件9件，均未發現問題。"),
])
def test_a_filing_review_told_by_the_sitting_and_its_report_is_one_review(facts_of, agenda: str, intake: str) -> None:
    facts = facts_of(agenda + _REPORT + intake, COUNTY)
    reviews = [a.evidence for a in facts.activities if a.type == "filing_review"]
    assert len(reviews) == 1 and "报送备案" not in reviews[0] and "報送備案" not in reviews[0]
    assert any(s.unit in ("件",) for s in facts.statistics)  # the report's counts stay statistics


def test_a_filing_report_given_alone_is_one_review(facts_of) -> None:
    # no sitting tells it: the report is the one review, its documents received and reviewed its figures (round 45
    # ruling 5 over round 40's ruling 9, which round 42 kept for the report alone, dev ab15)
    facts = facts_of(_REPORT + "全年接收并审查县政府报送备案的规范性文件13件。", COUNTY)
    assert len([a for a in facts.activities if a.type == "filing_review"]) == 1
