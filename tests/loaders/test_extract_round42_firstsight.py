"""Organs of round 42 at first sight (held set ``ar`` moved into dev), each class tried on phrasings written for it in
the genre's style (simplified and traditional script), none copied from a dev file: a street's party working committee
named bare (街道党工委) is its district committee's body, 中共…区委X街道工作委员会 (round 34 ruling 6), wherever the
street is known: after the street's name in its district's report, and bare in a report of one of the street's own
bodies (its congress working committee, its office, its residents' council), whatever word comes before it; a working
body of a standing committee cut to 委 or 办 after its name (市人大常委会城建环资委, 县人大常委会农村办) is that body,
its field expanded where the table's committees make it certain (教科文卫 → 教育科学文化卫生), else as written; a minimum due in every period (每周巡河至少两次) is no count of work done."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

HUANGPU = "上海市黄浦区人民代表大会常务委员会"
STREET_COMMITTEE = "上海市黄浦区人民代表大会常务委员会外滩街道工作委员会"
PARTY = "中共上海市黄浦区委{}街道工作委员会"


def _organs(text: str, organ: str) -> set[str]:
    doc = Document(text=text, source="t.txt", metadata={"organ": organ, "year": "2023"})
    return {o.canonical for o in extract(doc).organs}


@pytest.mark.parametrize(("text", "organ", "street"), [
    # after its street's name, in the district's report
    ("区人大常委会副主任带队到南京东路街道开展调研，南京东路街道党工委书记陪同。", HUANGPU, "南京东路"),
    ("區人大常委會執法檢查組來到瑞金二路街道，瑞金二路街道黨工委副書記匯報了有關情況。", HUANGPU, "瑞金二路"),
    # bare, in the street committee's own report, after any word
    ("会议由街道党工委副书记、人大工委主任主持。", STREET_COMMITTEE, "外滩"),
    ("在街道党工委的领导下，街道人大工委组织代表开展视察。", STREET_COMMITTEE, "外滩"),
    ("街道黨工委主要負責人就下一步工作作了部署。", STREET_COMMITTEE, "外滩"),
    # bare, in a report of another body of the street (its office, its residents' council)
    ("会议由街道党工委副书记主持，对辖区职能部门开展民主评议。", "上海市黄浦区人民政府豫园街道办事处", "豫园"),
    ("豫园街道召开议事代表会议，街道党工委主要负责人作讲话。", "豫园街道议事代表会议（上海市黄浦区）", "豫园"),
])
def test_a_street_party_committee_is_its_district_committees_body(text: str, organ: str, street: str) -> None:
    assert PARTY.format(street) in _organs(text, organ)


@pytest.mark.parametrize(("text", "organ"), [
    # every street's committee: no one body named
    ("区人大常委会召开座谈会，各街道党工委分管负责同志参加。", HUANGPU),
    # in the district's own report no street is the report's: bare, the street is unknown
    ("区人大常委会副主任出席会议，街道党工委书记介绍了情况。", HUANGPU),
])
def test_a_street_party_committee_of_no_known_street_is_no_entry(text: str, organ: str) -> None:
    assert not any(name.endswith("街道工作委员会") and name.startswith("中共") for name in _organs(text, organ))


def test_another_streets_party_committee_keeps_its_own_name() -> None:
    names = _organs("会议邀请南京东路街道党工委副书记介绍经验。", STREET_COMMITTEE)
    assert PARTY.format("南京东路") in names and PARTY.format("外滩") not in names


# A standing committee's working body cut to 委 or 办, after the standing committee's canonical name: its field expanded
# where the table makes it certain, as written where not.
@pytest.mark.parametrize(("text", "body"), [
    ("市人大常委会城建环资委牵头组织开展了专题调研。", "城建环资委"),
    ("市人大常委会城建环保办会同市住建委开展视察。", "城建环保办"),
    ("市人大常委会农环委主任带队检查秸秆禁烧工作。", "农环委"),
    ("會議聽取了市人大常委會教科文衛辦公室關於調研情況的匯報。", "教育科学文化卫生办公室"),
    ("市人大常委会农村办、财经委有关同志参加。", "农村办"),
])
def test_a_working_body_cut_short_is_kept_as_written(text: str, body: str) -> None:
    assert f"北京市人民代表大会常务委员会{body}" in _organs(text, "北京市人民代表大会常务委员会")


# Words after 常委会 that are no body: a verb and another organ, a piece of work handled, the standing committee's own office.
@pytest.mark.parametrize("text", [
    "市人大常委会听取市发改委关于计划执行情况的报告。",
    "市人大常委会重点督办了5件代表建议。",
    "市人大常委会办公室组织代表学习。",
])
def test_no_body_is_cut_from_a_verb_or_another_organ(text: str) -> None:
    names = _organs(text, "北京市人民代表大会常务委员会")
    assert not any(name.startswith("北京市人民代表大会常务委员会") and name.endswith(("委", "办")) for name in names), names


CITY = "某州人民代表大会常务委员会"


def _stat_values(text: str) -> set[tuple[float, str]]:
    doc = Document(text=text, source="t.txt", metadata={"organ": CITY, "year": "2023"})
    return {(s.value, s.unit) for s in extract(doc).statistics}


# A minimum due in every period is a rule's norm, no count of work done.
@pytest.mark.parametrize(("text", "figure"), [
    ("会议要求，各代表小组每季度开展集中视察不少于两次，每名代表每年走访选民至少5户。", (2, "次")),
    ("会议要求，各代表小组每季度开展集中视察不少于两次，每名代表每年走访选民至少5户。", (5, "户")),
    ("办法规定，代表联络站每月接待选民不得少于两次。", (2, "次")),
    ("辦法規定，每個聯絡站每年收集意見建議不低于30條。", (30, "条")),
])
def test_a_minimum_per_period_is_no_count(text: str, figure: tuple[float, str]) -> None:
    assert figure not in _stat_values(text)


# Work done stays counted, and so does a quota per body or person without a period (the golds' count, round 29).
@pytest.mark.parametrize(("text", "figure"), [
    ("会议要求，每个代表小组征集群众意见不少于20条。", (20, "条")),
    ("今年以来，州人大常委会共开展集中视察5次，走访选民120户。", (5, "次")),
    ("州人大常委会给代表布置“作业”：走访群众不少于6户。", (6, "户")),
    ("全年每个季度都开展了视察，共开展视察4次。", (4, "次")),
])
def test_work_done_stays_counted(text: str, figure: tuple[float, str]) -> None:
    assert figure in _stat_values(text)


# A rating's (or a vote's) result told by each choice's votes: one count per choice, in 票.
@pytest.mark.parametrize(("text", "figures"), [
    ("会议对市政府关于代表建议办理情况的报告进行满意度测评，结果为：满意41票，基本满意8票，不满意2票。",
     {(41, "票"), (8, "票"), (2, "票")}),
    ("會議對縣法院專項工作報告進行滿意度測評，滿意35票，基本滿意5票。", {(35, "票"), (5, "票")}),
    ("经无记名投票表决，赞成52票，反对3票，弃权2票，决议获得通过。", {(52, "票"), (3, "票"), (2, "票")}),
])
def test_a_ratings_votes_are_counted(text: str, figures: set[tuple[float, str]]) -> None:
    assert figures <= _stat_values(text)


# 票 after no choice counts no votes: a veto's name, ballots handed out, votes written before their choice.
@pytest.mark.parametrize("text", [
    "州人大常委会对安全生产工作实行一票否决，共发放选票120张。",
    "会议共收回测评票60张，其中有效票58票。",
])
def test_votes_without_their_choice_are_no_count(text: str) -> None:
    assert not any(unit == "票" for _, unit in _stat_values(text))
