"""Who inspected which law, when and how often: a new user's findings (round 36, newuser20) as classes.

Sentences are written for these tests in the genre's wording (the tester's pages are not copied), each phrasing a
report writer would use.
"""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from loaders.build.organs import Organs
from loaders.extract import extract
from loaders.facts import Activity, Facts, OrganMention
from loaders.read import Document

YIDU = "宜都市人民代表大会常务委员会"
HUBEI = "湖北省人民代表大会常务委员会"  # a visiting 执法检查组's inspection is its former's (round 46 ruling 8)
NPC = "全国人民代表大会常务委员会"


def _facts(text: str, organ: str, year: str = "2023") -> Facts:
    return extract(Document(text=text, source="test", metadata={"organ": organ, "year": year}))


def _inspections(facts: Facts) -> list[Activity]:
    return [a for a in facts.activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize(
    ("text", "conductor"),
    [
        ("省人大常委会执法检查组来宜都，对《中华人民共和国长江保护法》实施情况开展执法检查，市人大常委会配合检查。", HUBEI),
        ("省人大常委会执法检查组到宜都，对《中华人民共和国长江保护法》实施情况开展执法检查，市人大常委会配合检查。", HUBEI),
        ("5月，省人大常委会执法检查组一行来我市，就《中华人民共和国长江保护法》实施情况开展执法检查。", HUBEI),
        ("6月，全国人大常委会执法检查组赴宜都，检查《中华人民共和国长江保护法》贯彻实施情况，市人大常委会全程陪同。", NPC),
        ("省人大常委會執法檢查組來宜都，對《中华人民共和国长江保护法》实施情况开展执法检查。", HUBEI),
    ],
)
def test_a_visiting_group_told_as_the_subject_before_its_work_conducts_it_and_the_host_assists(text: str, conductor: str) -> None:
    (act,) = _inspections(_facts(text, "宜都市人大常委会"))
    assert (act.conducted_by, act.assisted_by) == (conductor, [YIDU])


@pytest.mark.parametrize(
    "text",
    [
        "市人大常委会执法检查组深入各乡镇，对《中华人民共和国长江保护法》实施情况开展执法检查。",
        "执法检查组来到长江岸线，对《中华人民共和国长江保护法》实施情况开展执法检查。",
    ],
)
def test_the_report_s_own_group_going_somewhere_stays_its_own(text: str) -> None:
    (act,) = _inspections(_facts(text, "宜都市人大常委会"))
    assert act.conducted_by is None and YIDU not in act.assisted_by


@pytest.mark.parametrize(
    ("text", "organ", "government", "assisting"),
    [
        ("7月6日，县人大常委会主任李某带队对县人民政府关于《中华人民共和国食品安全法》贯彻实施情况进行执法检查，县政府副县长王某及相关部门负责人陪同。",
         "岚皋县人大常委会", "岚皋县人民政府", []),
        ("市人大常委会主任王某带队对市人民政府关于《中华人民共和国水法》实施情况进行执法检查，副市长李某及市水利局负责人陪同。",
         "宜都市人大常委会", "宜都市人民政府", []),
        ("区人大常委会执法检查组对区人民政府贯彻实施《中华人民共和国森林法》情况开展执法检查，区政府副区长赵某陪同检查。",
         "武汉市新洲区人大常委会", "武汉市新洲区人民政府", []),
    ],
)
def test_the_government_inspected_stays_overseen_when_its_officials_accompany(
        text: str, organ: str, government: str, assisting: list[str]) -> None:
    (act,) = _inspections(_facts(text, organ))
    assert (act.overseen, act.assisted_by) == ([government], assisting)


def test_bureaus_only_accompanying_still_assist() -> None:
    text = "市人大常委会执法检查组对《中华人民共和国水法》实施情况开展执法检查，市水利局、市生态环境局负责人陪同检查。"
    (act,) = _inspections(_facts(text, "宜都市人大常委会"))
    assert act.assisted_by == ["宜都市水利局", "宜都市生态环境局"] and not act.overseen


@pytest.mark.parametrize(
    "text",
    [
        "区人大常委会听取和审议了区人民政府关于《中华人民共和国道路交通安全法》执法检查整改情况的报告。",
        "常委会听取了县政府关于《中华人民共和国食品安全法》执法检查整改落实情况的汇报。",
        "会议审议了市人民政府关于《中华人民共和国水法》执法检查整改工作的报告。",
    ],
)
def test_a_handling_report_on_an_inspection_s_rectification_is_a_follow_up(text: str) -> None:
    found = _inspections(_facts(text, "武汉市新洲区人大常委会"))
    assert found and all(a.follow_up for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "座谈会上，县人大常委会各组成人员就食品安全有关问题向相关部门进行了询问、交流和探讨。",
        "检查组成员就发现的问题与有关部门开展询问和交流。",
        "委员们就执法中的难点向县市场监管局进行了询问与沟通。",
    ],
)
def test_questions_asked_in_a_talk_are_no_inquiry(text: str) -> None:
    assert not [a for a in _facts(text, "岚皋县人大常委会", "2017").activities if a.type == "special_inquiry"]


def test_questioning_organs_on_their_work_stays_an_inquiry() -> None:
    found = _facts("常委会对全县教育工作开展询问，县教育局局长到会回答。", "岚皋县人大常委会", "2017").activities
    assert [a.type for a in found] == ["special_inquiry"]


@pytest.mark.parametrize("post", ["副县长", "县长", "常务副县长"])
def test_a_government_leader_s_post_is_no_alias_of_the_government(post: str) -> None:
    mentions = [OrganMention(post, "岚皋县人民政府", 0, len(post), "government"), OrganMention("县政府", "岚皋县人民政府", 9, 12, "government")]
    organs = Organs(Graph(), lambda node, cls: None, mentions, URIRef("https://example.org/report"))
    assert organs.aliases["岚皋县人民政府"] == {"县政府"}


@pytest.mark.parametrize(
    ("text", "briefing"),
    [
        ("区人大常委会组成执法检查组，对全区《中华人民共和国农产品质量安全法》贯彻实施情况开展执法检查。检查组实地察看了区蔬菜检测中心；"
         "召开座谈会，听取了区农业农村局、区商务局关于《中华人民共和国农产品质量安全法》贯彻实施情况的汇报。",
         ["区农业农村局", "区商务局"]),
        ("区人大常委会对《中华人民共和国森林法》贯彻实施情况开展执法检查。执法检查组深入林场查看防火设施;随后听取了区林业局的工作汇报。",
         ["区林业局"]),
    ],
)
def test_the_bodies_briefing_an_inspection_after_a_semicolon_are_overseen(text: str, briefing: list[str]) -> None:
    (act,) = _inspections(_facts(text, "宣城市宣州区人大常委会", "2007"))
    assert act.overseen == ["宣城市宣州" + body for body in briefing]


@pytest.mark.parametrize(
    "text",
    [
        "全国人大常委会于5月启动食品安全法执法检查。全国人大常委会于2009年、2011年和2016年分别开展了食品安全法执法检查。"
        "此次执法检查中，检查组将赴黑龙江、上海、江西开展实地检查。",
        "省人大常委会今年对《中华人民共和国水法》开展执法检查。此前，省人大常委会已于2012年、2015年对《中华人民共和国水法》开展执法检查。"
        "此次执法检查中，检查组将赴黑龙江、上海、江西开展实地检查。",
    ],
)
def test_the_places_told_after_a_recalled_list_of_years_are_this_year_s_inspection_s(text: str) -> None:
    found = _inspections(_facts(text, "全国人民代表大会常务委员会", "2018"))
    assert len(found) > 2 and found[0].places and not [a for a in found[1:] if a.places], [(a.year, a.places) for a in found]


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        ("市人大常委会委托江北等4个区县人大常委会对《重庆市物业管理条例》等4部地方性法规开展执法检查。",
         [("个", "areas_covered"), ("部", "laws_inspected")]),
        ("今年市人大常委会委托6个区县(自治县)对6件法规开展了执法检查工作。", [("个", "areas_covered"), ("件", "laws_inspected")]),
        ("常委会对《重庆市旅游条例》等3部地方性法规开展执法检查。", [("部", "laws_inspected")]),
        ("常委会今年制定地方性法规5部。", [("部", "laws_made")]),
    ],
)
def test_laws_and_areas_counted_beside_an_inspection_are_laws_inspected_and_areas_covered(
        text: str, classes: list[tuple[str, str]]) -> None:
    found = _facts(text, "重庆市人大常委会", "2018").statistics
    assert [(s.unit, s.measure_class) for s in found] == classes


@pytest.mark.parametrize(
    "text",
    [
        "2010年，全国人大常委会在2009年对部分重大公共投资项目实施情况开展专题调研的基础上，又对中央政府公共投资计划实施情况开展跟踪调研。",
        "市人大常委会对全市义务教育均衡发展情况开展跟踪视察。",
        "县人大常委会组织部分委员对去年审计查出问题整改情况进行跟踪调研。",
    ],
)
def test_a_study_or_visit_following_up_earlier_work_is_a_follow_up(text: str) -> None:
    found = [a for a in _facts(text, "全国人民代表大会常务委员会", "2010").activities if a.type in ("investigation", "site_visit")]
    assert found and all(a.follow_up for a in found)
