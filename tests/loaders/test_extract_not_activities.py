"""Not activities: judgements of an activity, its scoring, titles of documents; and follow-ups that are.

Sentences are written for this test in the genre's style.
"""
from __future__ import annotations

import pytest

CITY = "常德市人民代表大会常务委员会"


@pytest.mark.parametrize(
    "text",
    [
        "此次执法检查组准备充分、组织有序。",
        "整个调研扎实深入,成效明显。",
        "满意度测评结果当场公布。",
        "认真落实《政府工作报告》确定的各项任务。",
        "市政府严格对照《政府工作报告》推进各项工作。",
        "代表们分组审议了《政府工作报告》。",
    ],
)
def test_judgements_scorings_and_titles_are_not_activities(facts_of, text):
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize(
    "text",
    [
        "跟踪监督《中华人民共和国水污染防治法》执法检查审议意见落实情况。",
        "听取市政府关于《中华人民共和国水污染防治法》执法检查报告及审议意见研究处理情况的报告。",
        "开展《中华人民共和国水污染防治法》执法检查“回头看”。",
    ],
)
def test_a_follow_up_ties_the_law_to_an_inspection(facts_of, text):
    facts = facts_of(text, CITY)
    assert {law.canonical for law in facts.laws if law.inspected} == {"中华人民共和国水污染防治法"}
    assert facts.activities


def test_a_committee_assigned_to_one_law_of_an_inspection_ties_that_law(facts_of):
    text = ("开展《中华人民共和国固体废物污染环境防治法》、《湖南省环境保护条例》执法检查,其中,"
            "市人大城环委负责《湖南省环境保护条例》的检查。")
    facts = facts_of(text, CITY)
    assert {law.canonical for law in facts.laws if law.inspected} == {
        "中华人民共和国固体废物污染环境防治法", "湖南省环境保护条例"}


@pytest.mark.parametrize(
    "text",
    [
        "会议通过代表资格审查报告8个。",
        "审议代表资格审查委员会关于个别代表的代表资格的报告6个。",
        "常委会主任对本次会议听取的相关工作报告提出了明确要求。",
        "与会人员对会议听取的各项报告进行了分组讨论。",
    ],
)
def test_credentials_counted_and_reports_named_again_are_no_reviews(facts_of, text):
    assert facts_of(text).activities == []



# Sentences that tell the results or follow-on steps of an activity already reported, what members said
# while reviewing, how such work should be, or a decision whose title names a kind of oversight (legislation)
# state no activity of their own.
@pytest.mark.parametrize(
    "text",
    [
        "经人大代表视察，小区的积水问题得到了及时解决。",
        "经过调研，代表们对该项工作提出了三条建议。",
        "针对视察活动中遇到的群众反映的问题，代表们当场与有关部门沟通。",
        "代表们将调研中收集的意见建议整理成书面建议提交大会。",
        "集中督查后，各承办单位对问题进行了整改。",
        "一年来，审计查出问题得到有效整改。",
        "代表建议得到及时办理。",
        "常委会组成人员在审议预算报告时指出，要加强预算绩效管理。",
        "委员们在审议中认为，该项工作成效明显。",
        "代表们在视察过程中提出，要加快项目建设进度。",
        "促进备案审查工作民主化科学化。",
        "推动执法检查工作规范化。",
        "会议听取了市人大财经委关于《市人民代表大会常务委员会关于加强对审计查出问题整改情况监督的决定（草案）》的说明。",
        "会议审议了《县人民代表大会常务委员会关于加强预算审查监督的决定（草案）》。",
        "主任会议讨论了《区人大常委会关于规范性文件备案审查的决定（修订草案）》。",
    ],
)
def test_results_steps_manner_and_decisions_are_not_activities(facts_of, text):
    assert facts_of(text, "衢州市柯城区人民代表大会常务委员会").activities == []


# Mentions that are no statement of work done or planned: a comment on the activity just told, what it
# showed, the use of its results, the work a count came from, an aim (审议好), a purpose served, and what
# a judgement, instruction or recommendation holds.
@pytest.mark.parametrize(
    "text",
    [
        "这既是一次深入基层、深入群众了解实情的视察。",
        "这也是常委会首次开展专题询问。",
        "代表们结合视察所见和联系选民收集的社情民意，提出了意见建议。",
        "委员们根据调研所得，形成了书面意见。",
        "注重视察和评议成果运用。",
        "加强视察调研成果的运用。",
        "基于调研、视察提出的代表建议数量占46%。",
        "通过视察收集的问题已全部交办。",
        "对调研、查摆出的17个问题进行整改。",
        "代表们对视察发现的问题进行了梳理。",
        "在议案办理方面，",
        "在執法檢查方面，",
        "全国人大7个专门委员会负责督办。",
        "重点建议由各专门委员会负责督办。",
        "为出席人代会，审议好各项工作报告进行扎实准备。",
        "使代表们深入了解情况，为审议各项报告、票决民生实事项目奠定了坚实基础。",
        "检查组成员将结合实地检查情况打分，为满意度测评提供客观依据。",
        # a judgement, instruction or recommendation holds the rest of its sentence: what the organ did
        # well or should do
        "会议认为，区政府高度重视审议意见，推进审计整改工作，整改力度有所增强。",
        "委员们一致认为，去年开展的专题调研扎实，对策建议得到落实。",
        "会议指出，区政府在推进审计查出问题整改等方面做了大量工作，并取得了一定的成效。",
        "会议对区政府提出以下建议：一是对审计查出的问题要严肃认真对待，二是加强跟踪督办。",
        "要求代表集中精力开好会议，精心准备议案和建议，认真审议各项工作报告。",
        "要求全体委员深入基层，认真开展调研视察。",
    ],
)
def test_comments_purposes_aims_and_judgements_are_not_activities(facts_of, text):
    assert facts_of(text, "衢州市柯城区人民代表大会常务委员会").activities == []


def test_a_sentence_states_its_activities_before_a_judgement(facts_of):
    text = "会议听取了区政府关于审计查出问题整改情况的报告，会议认为，区政府推进审计整改工作，成效明显。"
    assert [a.type for a in facts_of(text, "衢州市柯城区人民代表大会常务委员会").activities] == ["audit_oversight"]


@pytest.mark.parametrize(
    "text",
    [
        # 射洪县 2019 and 宁德 (a second new user's files); the others after gsrdw.gov.cn 2025-05-30 and fx361 2024
        "这标志着射洪县率先在全省实行民生实事项目人大代表票决制。",
        "这意味着民生实事项目人大代表票决制在我县落地。",
        "代表对表决票所列的民生实事候选项目可以投赞成票、可以投反对票，也可以弃权。",
        "专题询问是人大监督工作与时俱进、不断创新、增强实效的一个重要探索与创新。",
        "此次我市人大常委会第一次启用专题询问这一新的监督方式。",
        # round 21's fresh user: a definition, the means combined, a method to improve, past practice contrasted
        "“专题询问”则指针对特定议题，有计划、有组织地进行问答。",
        "“執法檢查”是指人大常委會對法律實施情況進行的監督。",
        "省人大常委会首次综合运用“执法检查+听取审议专项工作报告+专题询问”的法定监督方式。",
        "常委会将进一步优化开展满意度测评的方式方法。",
        "相比以往市人大常委会只对专项工作报告进行满意度测评，",
        "会议听取、审议并票决通过了县人大常委会主任会议提请的关于人事任职的议案。",  # appointments, no oversight
        "會議表決通過了關於接受某某辭職的議案。",
    ],
)
def test_an_institution_a_rule_or_a_definition_is_no_activity(facts_of, text):
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize(
    "text",
    [
        "大会以无记名投票方式表决出8个2019年民生实事项目。",  # the vote itself
        "会议对市政府中心城区规划建设管理工作开展专题询问。",
        "指导各乡镇人大推进民生实事项目人大代表票决制。",  # promoting it is work (d09's gold)
    ],
)
def test_the_vote_and_the_inquiry_themselves_are_activities(facts_of, text):
    assert facts_of(text, CITY).activities


def test_work_a_clause_prepares_is_stated_once_where_it_is_done(facts_of):
    """为开展X，… names the X its sentence's steps prepare; the X is the one the report states done (a fresh user's
    round 21: one 满意度测评 was three)."""
    text = ("为开展审计查出问题整改情况满意度测评，会前，市人大常委会副主任率队深入被审计单位察看。"
            "会议对4单位审计查出问题整改情况开展满意度测评。")
    assert [a.type for a in facts_of(text, CITY).activities if a.type == "satisfaction_evaluation"] == [
        "satisfaction_evaluation"]


@pytest.mark.parametrize("text", ["会议听取和审议了市政府关于大气污染防治法执法检查指出问题整改情况的报告。",
                                  "主任到大圩镇调研指导乡村振兴工作。"])
def test_a_verb_after_a_kind_is_no_definition(facts_of, text):
    """指出, 指导 after a kind's name define nothing: the activity stands."""
    assert facts_of(text, CITY).activities


@pytest.mark.parametrize("text", [
    # deputies visiting their voters on their own (a first-time analyst's street report, round 27; dev n36's gold)
    "区人大代表孙立华、陈桂芳带头走访选民。",
    "11名人大代表定期回选区走访选民，了解民情民意。",
    "市人大代表张某某经常深入社区走访选民。",
    "區人大代表孫立華、陳桂芳帶頭走訪選民。",
])
def test_deputies_visiting_voters_on_their_own_is_no_activity(facts_of, text):
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize("text", [
    "常委会统筹运用执法检查、专题询问、视察调研等多种方式，增强监督实效。",  # i08's class
    "常委会综合运用听取审议报告、执法检查、专题询问等方式开展监督。",  # j38's class
    "常委会通过组织代表视察、专题调研等方式，推动问题解决。",  # f20's class
    "会议确定了代表报告履职情况、接待选民、代表培训和调研视察等活动内容形式。",  # ae51's wording
    "常委會綜合運用執法檢查、專題詢問等形式加強監督。",
])
def test_kinds_of_work_named_as_a_category_state_no_activity(facts_of, text):
    """Round 34 ruling 11: kinds of work listed and named as a means or form (…等方式, …等形式) state no activity."""
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize("text", [
    "常委会开展执法检查3次、视察5次。",
    "常委会组织代表对全市农村公路建设情况开展视察，并听取了市政府的报告。",
])
def test_kinds_of_work_told_with_what_was_done_stay_activities(facts_of, text):
    """Round 34 ruling 11's other side: kinds named with what was done (开展执法检查3次、视察5次) stay activities."""
    assert len(facts_of(text, CITY).activities) >= 2
