"""Activities the extractor invented on fresh text (round 37, dev am/al/ak/aj odd files), each class in several
phrasings: the ones it must leave out and the near misses it must keep."""
import pytest

COUNTY = "某某县人民代表大会常务委员会"


def _kinds(facts_of, text: str) -> list[str]:
    return [a.type for a in facts_of(text, COUNTY).activities]


@pytest.mark.parametrize("text", [
    # deputies meeting or liaising with their voters, organised or not (round 36 ruling 6; dev am49, am59, al47
    # wordings, paraphrased), simplified and traditional
    "述职活动结束后，5名区人大代表在街人大代表工作室接待了选民。",
    "区委副书记、区长李某来庙镇开展2025年第一次市人大代表集中联系社区活动。",
    "组织各级人大代表走进“家、站、点”接待选民，开展集中联系社区活动。",
    "區人大常委會組織各級人大代表走進“家、站、點”，開展集中聯系社區活動。",
    "晋州市人大常委会以乡镇为单位，陆续组织开展代表联系选民活动。",
    "街道人大工委组织代表走访选民，收集意见建议32条。",
    "市人大常委会开展人大代表走访选民活动。",
    "代表们实地走访接待挂钩联系的选民群众。",
    "代表们来到镇人大中心联络站开展集中接访活动。",
    "代表們到聯絡站接訪群眾。",
])
def test_deputies_meeting_voters_state_no_activity(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


@pytest.mark.parametrize("text, expected", [
    # near misses: the committee meeting deputies, and what deputies do beside meeting voters
    ("县人大常委会主任到某镇接待代表。", ["other"]),
    ("述职后选民对述职的代表进行了测评和评议。", ["satisfaction_evaluation"]),
    ("街道人大工委组织代表开展老旧小区改造视察活动。", ["site_visit"]),
])
def test_work_beside_meeting_voters_stays(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # projects named by the vote that chose them cite a past vote (dev ak51, ae55 wordings, paraphrased): the rating or
    # check of them is the activity
    ("数十位镇人大代表手持测评表，对2025年初由自己亲手票决产生的民生实事项目，进行集中验收和满意度测评。",
     ["satisfaction_evaluation"]),
    ("會上，代表們對年初票決產生的民生實事項目進行滿意度測評。", ["satisfaction_evaluation"]),
    # near miss: the vote told as held (round 34 ruling 12)
    ("大会以无记名投票方式票决产生了8项2022年民生实事项目。", ["other"]),
])
def test_projects_a_past_vote_chose_cite_no_vote(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # review against the constitution is a filing review (round 35 part a 1; dev al01, g03 wordings), simplified and
    # traditional, told alone
    ("推进合宪性审查工作。", ["filing_review"]),
    ("常委會依法開展合憲性審查，糾正了3件規範性文件。", ["filing_review"]),
    # near misses: its fit with the filing review, and a tool of the work improved (dev al01, s29)
    ("加强合宪性审查和备案审查衔接联动。", []),
    ("健全備案審查資訊平臺功能。", []),
    ("完善备案审查信息平台功能。", []),
])
def test_review_against_the_constitution_is_a_filing_review(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text", [
    # deputies reporting their duties to their voters, one other (round 45 ruling 6 over round 36 ruling 6: dev ab47, ab51,
    # b24, f24, j33, am49 wordings, paraphrased), simplified and traditional
    "镇人大主席团组织部分县、镇人大代表回原选区向选民述职。",
    "石泉县云雾山镇人大组织召开人大代表向选民述职评议会。",
    "忠防镇召开市镇人大代表向选民述职评议大会。",
    "本次安排了李永维等6名县镇人大代表向选民述职。",
    "選區人大代表吳水華履職報告會在肇清居委活動室舉行。",
])
def test_deputies_reporting_to_voters_are_one_other(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == ["other"]


@pytest.mark.parametrize("text, expected", [
    # near misses: officials or deputies reporting to the committee (their 述职 appraised, one `other`: genre README round 49 ruling 7, the lead's answer 8,
    # superseding round 45 ruling 12's review beside it), and voters rating the deputies who reported
    ("会议听取了部分市人大代表述职并进行了评议。", ["other"]),
    ("县人大常委会对8名政府部门主要负责人开展述职评议。", ["other"]),
    ("副县长向县人大常委会述职。", ["other"]),
    ("述职后选民对述职的代表进行了测评和评议。", ["satisfaction_evaluation"]),
])
def test_duties_reported_to_the_committee_stay(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # deputies' suggestions and opinions handed on to the organs that handle them: the handling's other (round 32
    # ruling 3, round 36 ruling 3; fresh am51, dev o26, ai27 wordings, paraphrased)
    ("大会通过分组讨论的形式共提出意见、建议26条，并将通过转办方式，由政府相关职能部门按程序处理。", [("other", "planned")]),
    ("对代表提出的意见建议，全部按照职责范围，及时转交相关部门予以答复或办理。", [("other", "reported")]),
    ("对代表在大会期间提出的建议，由市人大常委会转交市政府有关部门研究办理。", [("other", "reported")]),
    # near misses: review opinions sent on (the loop's step), citizens' letters and visits (petition work)
    ("常委会充分吸收组成人员的意见建议，形成审议意见，转自治区政府和有关部门研究处理。", []),
    ("对群众来信来访，及时转交有关部门处理。", []),
])
def test_suggestions_handed_on_are_their_handling(facts_of, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(a.type, a.status) for a in facts_of(text, COUNTY).activities] == expected


@pytest.mark.parametrize("text", [
    # what a rule governs (fresh am03's wording and variants a report would use): the rule's content, no work done
    "我省的办法对省、市、县三级人大常委会开展专题询问作了统一规范。",
    "该规定对备案审查的程序作出了具体规定。",
    "条例对人大常委会开展执法检查作了明确规定。",
    # experiences of a kind of work exchanged at a meeting (fresh aj31's wording and variants)
    "各县(市、区)交流了人大经济及预算审查监督等方面的经验做法和工作建议。",
    "各乡镇人大主席介绍了预算审查监督方面的做法。",
])
def test_a_rule_or_experiences_of_a_kind_of_work_state_no_activity(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


@pytest.mark.parametrize("text, expected", [
    # near misses: the work done beside the talk, and work done by a rule
    ("会议交流了经验，并对3个部门开展了工作评议。", ["other"]),
    ("常委会依据办法开展专题询问。", ["special_inquiry"]),
])
def test_work_beside_a_rule_or_experiences_stays(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected


@pytest.mark.parametrize("text", [
    # a kind of work named as the time of a step inside a clause (fresh ak01's wording, dev ah45's, variants): the
    # work told elsewhere, no other
    "视察结束后随即召开了座谈会。",
    "調研結束後隨即召開了座談會。",
    "黄志贤说，全国人大台湾团广东之行的首要任务就是要在视察活动中，进一步了解广东省经济社会发展情况。",
])
def test_a_kind_named_as_the_time_of_a_step_is_no_activity(facts_of, text: str) -> None:
    assert _kinds(facts_of, text) == []


def test_the_work_told_beside_its_time_stays(facts_of) -> None:
    """Near miss: the visit itself told in the sentence."""
    assert _kinds(facts_of, "代表们视察了县城污水处理厂，视察结束后召开了座谈会。") == ["site_visit"]


@pytest.mark.parametrize("text, expected", [
    # a kind of work named as the lever of some aim (dev ag13's wording, variants): the kind, no event
    ("省人大常委会以专题调研为抓手，推动解决了一批难题。", []),
    ("县人大常委会以专题询问为突破口，增强监督实效。", []),
    ("常委會以專題調研為抓手，推動條例落地見效。", []),
    # near miss: the work the sentence tells after it
    ("县人大常委会以专题询问为突破口，对全县养老服务工作开展了专题询问。", ["special_inquiry"]),
])
def test_a_kind_named_as_a_lever_is_no_activity(facts_of, text: str, expected: list[str]) -> None:
    assert _kinds(facts_of, text) == expected
