"""Round 40's activities precision (issue 10): classes of false activities (predicted, no gold) found by
``benchmarks/activity_misses.py --false`` over readable dev, each fixed by a structural rule or a row of data.

- an investigation its sentence tells after a group formed for an inspection, a visit or an appraisal (视察组一行…实地
  调研了…; 带领评议工作组…开展走访调研), or a word of such a group's name (评议调研小组), is a step of the group's work
  (activities ``_OTHER_GROUP``);
- members or deputies asking, as the subject, then the topic they ask on, maybe after a comma (会上，12位委员，围绕…
  进行了询问), are the questions of the inquiry just told (activity-mentions.csv, a ``narrator`` row);
- kinds of work combined as a method (把执法检查同开展专题询问结合起来, 与审计查出问题整改有机结合) name no event
  (not-activities.csv);
- an audit's rectification rated (对…审计查出问题整改满意度进行测评) is the rating's object, no audit oversight
  (activities ``_kinds``);
- a copula whose predicate is a kind of work (…进行检查，是…开展的第一项执法检查) names the work of its subject clause
  again: the subject clause is the event, the predicate none (activities ``_KIND_PREDICATE``);
- what a speaker said (…指出，…要…) runs on past a ； into a part with no subject of its own (…；做实代表视察献计):
  activities ``hits``, ``_opens_with_organ``;
- 现场 (on site) names no object of a telling, as 实地 does (…到A、B等企业调研…；…，现场调研，…): one investigation
  (coreference ``_STOCK``);
- a forum held (召开调研座谈会, 汇报会) beside an inspection of a law is its step (activities ``_FORUM``);
- 视察调研 after a trip to a site (代表们前往…现场开展视察调研) is one visit, as it is alone (activities ``_kinds``).

Sentences are written for this test in the genre's style, simplified and traditional; each rule has a sentence it
must leave alone.
"""
from __future__ import annotations

import pytest

from loaders.extract import activities
from tests.loaders.extract_helpers import kinds

CITY = "湖南省岳阳市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "6月5日，市人大常委会视察组一行先后前往城东工业园、河西水厂，实地调研了园区污水处理等工作。",
    "市人大常委会执法检查组深入各县区，从3个县各选取一个乡镇进行重点调研。",
    "区人大常委会副主任李明带领评议工作组对区教育局负责人履职情况开展走访调研。",
    "視察組一行前往尚義鎮柑桔園，實地調研了化肥減量等工作。",
])
def test_an_investigation_told_after_another_kinds_group_is_a_step_of_its_work(facts_of, text: str) -> None:
    assert "investigation" not in kinds(facts_of(text, CITY))


def test_an_investigation_in_an_appraisal_groups_name_is_its_step(facts_of) -> None:
    text = "县人大常委会成立三个评议调研小组，分别由三位副主任带队，分组深入五个部门开展专题调研。"
    assert "investigation" not in kinds(facts_of(text, CITY))


@pytest.mark.parametrize("text", [
    # an investigation group of its own, or a report of one, after another kind's group
    "会议审议了市人大常委会执法检查组关于检查《中华人民共和国森林法》实施情况的报告、专题调研组关于全市就业促进工作情况的调研报告。",
    "市人大常委会组成调研组，赴各县开展农村供水专题调研。",
    "市人大常委会检查组完成检查后，市人大常委会另行组织调研组对全市养老服务工作进行专题调研。",
])
def test_an_investigation_of_its_own_stays(facts_of, text: str) -> None:
    assert "investigation" in kinds(facts_of(text, CITY))


@pytest.mark.parametrize("asking", [
    "会上，12位市人大常委会委员，围绕新农合资金筹集、报销比例等方面的问题进行了询问。",
    "联组会上，11名市人大常委会委员紧扣生态环境保护工作进行询问。",
    "8位市人大常委会委员、2位市人大代表和1位区人大常委会负责人，围绕国有资产管理中的重点难点问题开展询问。",
])
def test_members_asking_tell_the_questions_of_the_inquiry_told(facts_of, asking: str) -> None:
    text = "9月28日，市人大常委会召开联组会议，就全市医疗保障工作开展专题询问。" + asking
    assert kinds(facts_of(text, CITY)) == ["special_inquiry"]


def test_an_inquiry_told_by_its_askers_alone_stays(facts_of) -> None:
    text = "9月28日，市人大常委会召开第十次会议。会上，12位市人大常委会委员，围绕医疗保障工作开展专题询问。"
    assert kinds(facts_of(text, CITY)) == ["special_inquiry"]


@pytest.mark.parametrize("text", [
    "常委会坚持依法监督，把执法检查、报告工作同开展专题询问结合起来，增强监督实效。",
    "县人大常委会推进国有资产监督，与审计查出问题整改、预算绩效管理有机结合。",
    "常委會注重把執法檢查同聽取審議專項工作報告結合起來。",
])
def test_kinds_of_work_combined_as_a_method_are_no_event(facts_of, text: str) -> None:
    assert kinds(facts_of(text, CITY)) == []


def test_work_done_in_step_with_another_body_is_done(facts_of) -> None:
    text = "区人大常委会围绕《中华人民共和国种子法》落实情况，与市人大常委会同步开展执法检查。"
    assert kinds(facts_of(text, CITY)) == ["law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    "会议对4个县级部门和2个乡镇开展了审计查出问题整改满意度测评。",
    "此次会议对审计查出问题整改落实情况满意度进行测评，体现了监督方式的创新。",
    "常委會會議對審計查出問題整改情況進行滿意度測評。",
])
def test_an_audit_rectification_rated_is_the_ratings_object(facts_of, text: str) -> None:
    assert kinds(facts_of(text, CITY)) == ["satisfaction_evaluation"]


def test_an_audit_rectification_heard_then_rated_is_both(facts_of) -> None:
    text = "会议听取和审议了市人民政府关于2023年度审计查出问题整改情况的报告，并进行满意度测评。"
    assert sorted(kinds(facts_of(text, CITY))) == ["audit_oversight", "satisfaction_evaluation"]


@pytest.mark.parametrize("text, subject", [
    ("对《中华人民共和国统计法》实施情况进行检查，是十三届全国人大常委会开展的第一项执法检查。",
     "对《中华人民共和国统计法》实施情况进行检查"),
    ("市人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查，这也是本届常委会组织的首次执法检查。",
     "市人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查"),
    ("市人大常委會就養老服務工作開展專題詢問，是本屆常委會的第一次專題詢問。", "市人大常委會就養老服務工作開展專題詢問"),
])
def test_a_copula_naming_the_work_again_leaves_its_subject_the_event(facts_of, text: str, subject: str) -> None:
    assert [a.evidence for a in facts_of(text, CITY).activities] == [subject]


def test_a_copula_of_a_kind_of_work_in_general_is_no_event(facts_of) -> None:
    assert kinds(facts_of("执法检查，是人大监督的重要方式。", CITY)) == []


@pytest.mark.parametrize("predicate, names_the_work", [
    ("是十三届全国人大常委会开展的第一项执法检查", True),
    ("也是统计法自2009年修订以来的首次全国性执法检查", True),
    ("这是继1998年对《海洋环境保护法》开展执法检查20年后", False),  # a past event told in the predicate
    ("是人大监督的重要方式", False),
])
def test_a_predicate_names_the_work_again_only_when_a_kind_ends_it(predicate: str, names_the_work: bool) -> None:
    assert bool(activities._KIND_PREDICATE.match(predicate)) is names_the_work


@pytest.mark.parametrize("text", [
    "在座谈会上，主任张明指出，基层人大代表要不断加强学习，提升履职能力；做实代表视察献计，增强代表履职实效。",
    "王某强调，要聚焦民生关切，认真审议各项报告；深入开展专题调研，切实提出意见建议。",
    "會上，李某指出，代表要密切聯系群眾；深入基層開展視察，反映群眾呼聲。",
])
def test_what_a_speaker_said_runs_on_past_a_semicolon(facts_of, text: str) -> None:
    assert kinds(facts_of(text, CITY)) == []


def test_a_part_with_its_own_subject_after_a_semicolon_is_told(facts_of) -> None:
    text = ("会议指出：今年市政府承办的代表建议均已办理答复完毕；"
            "市人大常委会组织部分市人大代表对全市农村饮水安全工作开展视察。")
    assert kinds(facts_of(text, CITY)) == ["site_visit"]


@pytest.mark.parametrize("again", [
    "县人大常委会通过多方协调，现场调研，提出了创新销售模式的建议。",
    "縣人大常委會多方協調，現場調研，提出了改進意見。",
])
def test_work_on_site_told_again_names_no_other_object(facts_of, again: str) -> None:
    text = "3月2日，县人大常委会组织人员到自来水公司、脐橙加工厂等企业调研疫情防控和复工复产工作。" + again
    assert kinds(facts_of(text, CITY)) == ["investigation"]


@pytest.mark.parametrize("text", [
    "5月12日，区人大常委会副主任王某带队到南京东路街道开展《上海市街道办事处条例》执法检查，召开调研座谈会，听取街道贯彻实施情况。",
    "检查组对《中华人民共和国消防法》实施情况进行执法检查，并召开汇报会，听取市消防救援支队的工作汇报。",
    "縣人大常委會對《中華人民共和國農業法》實施情況開展執法檢查，召開座談調研會，聽取有關部門匯報。",
])
def test_a_forum_held_beside_an_inspection_of_a_law_is_its_step(facts_of, text: str) -> None:
    assert "investigation" not in kinds(facts_of(text, CITY))


def test_a_forum_held_on_its_own_is_an_investigation(facts_of) -> None:
    text = "区人大法制委召开公益诉讼检察工作专题调研座谈会，听取区人民检察院的情况介绍。"
    assert kinds(facts_of(text, CITY)) == ["investigation"]


@pytest.mark.parametrize("text", [
    "集中学习结束后，代表们前往民生实事项目现场开展视察调研。",
    "代表们前往城东污水处理厂现场进行视察调研。",
    "代表們前往民生實事項目現場開展視察調研。",
])
def test_a_trip_to_a_site_then_a_visit_and_investigation_compound_is_one_visit(facts_of, text: str) -> None:
    assert kinds(facts_of(text, CITY)) == ["site_visit"]


def test_a_visit_listed_beside_an_investigation_stays_two(facts_of) -> None:
    text = "县人大常委会组织代表对民生实事项目进展情况进行集中视察、专项检查和观摩调研。"
    assert sorted(set(kinds(facts_of(text, CITY)))) == ["investigation", "site_visit"]
