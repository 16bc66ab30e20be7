"""Where an activity's work was done and who led it (round 29, a first-time analyst's: from 省人大常委会副主任周先旺率
执法检查组赴荆州市、洪湖市、监利市，检查《湿地保护法》实施情况 the tool gave no leader and no places).

Sentences are the genre's phrasings, written for these tests (none from ``benchmarks/genre`` or the shared corpus).
"""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.facts import Activity, Facts
from loaders.read import Document

HUBEI = "湖北省人民代表大会常务委员会"
JINGZHOU = "荆州市人民代表大会常务委员会"
XIAMEN = "厦门市人民代表大会常务委员会"


def _facts(text: str, organ: str) -> Facts:
    return extract(Document(text=text, source="test", metadata={"organ": organ, "year": "2023"}))


def _only(text: str, organ: str) -> Activity:
    found = _facts(text, organ).activities
    assert len(found) == 1, found
    return found[0]


def _places(act: Activity) -> list[tuple[str, str]]:
    return [(str(p["name"]), str(p["code"])) for p in act.places]


@pytest.mark.parametrize(("text", "organ", "places"), [
    # the analyst's sentence: a list after 赴, the places before the inspection's clause
    ("2023年5月，省人大常委会副主任周先旺率执法检查组赴荆州市、洪湖市、监利市，检查《湿地保护法》实施情况。", HUBEI,
     [("荆州市", "421000"), ("洪湖市", "421083"), ("监利市", "421088")]),
    # districts of the report's city after 赴, then the work
    ("市人大常委会调研组赴思明区、湖里区、集美区开展专题调研。", XIAMEN,
     [("思明区", "350203"), ("湖里区", "350206"), ("集美区", "350211")]),
    # a city's short name after 到, resolved within the report's province
    ("省人大常委会执法检查组到宜昌、襄阳检查大气污染防治法贯彻实施情况。", HUBEI, [("宜昌市", "420500"), ("襄阳市", "420600")]),
    # a chain of names (市 then its district) is its last; 深入 as the verb; 和 joining the list
    ("省人大常委会调研组深入武汉市新洲区和黄冈市团风县开展乡村振兴专题调研。", HUBEI,
     [("新洲区", "420117"), ("团风县", "421121")]),
    # 在 with the work after it
    ("全国人大常委会执法检查组在湖北省检查湿地保护法实施情况。", HUBEI, [("湖北省", "420000")]),
    # 来我市: the report's own area
    ("省人大常委会执法检查组来我市检查《中华人民共和国湿地保护法》实施情况。", JINGZHOU, [("荆州市", "421000")]),
    # a township of the report's county by its full name
    ("县人大常委会执法检查组到郑场镇检查《中华人民共和国湿地保护法》实施情况。", "仙桃市人民代表大会常务委员会",
     [("郑场镇", "429004100")]),
])
def test_the_places_the_sentence_names_are_the_activitys(text: str, organ: str, places: list[tuple[str, str]]) -> None:
    act = _only(text, organ)
    assert _places(act) == places
    for place in act.places:  # each with the words naming it, where the text has them: its provenance
        assert text[int(place["start"]) : int(place["end"])] == place["mention"]


@pytest.mark.parametrize(("text", "organ", "places"), [
    # two pieces of work in one sentence: each reads its places from its own stretch of it (places._stretch)
    ("省人大常委会调研组赴宜昌开展专题调研，执法检查组到襄阳检查大气污染防治法贯彻实施情况。", HUBEI, [["宜昌市"], ["襄阳市"]]),
    ("市人大常委会调研组赴思明区开展专题调研，视察组到湖里区视察重点项目建设情况。", XIAMEN, [["思明区"], ["湖里区"]]),
    ("省人大常委会执法检查组到宜昌检查湿地保护法实施情况，调研组赴襄阳、十堰开展乡村振兴专题调研。", HUBEI,
     [["宜昌市"], ["襄阳市", "十堰市"]]),
])
def test_each_piece_of_work_in_a_sentence_has_the_places_of_its_own_stretch(text: str, organ: str,
                                                                            places: list[list[str]]) -> None:
    assert [[str(p["name"]) for p in act.places] for act in _facts(text, organ).activities] == places


# Places in a later clause of the sentence that goes on with the same work (round 32, a first-time analyst's: 常委会对
# 《森林法》…开展执法检查，对洪湖市、监利市进行了实地检查 gave no places): after 对 with the work's verb of visiting or
# checking right after the list, as after 赴 and 深入; traditional text through the simplified view.
@pytest.mark.parametrize(("text", "organ", "places"), [
    ("常委会对《中华人民共和国森林法》和《湖北省森林资源管理条例》开展“一法一条例”执法检查，对洪湖市、监利市进行了实地检查。",
     JINGZHOU, [("洪湖市", "421083"), ("监利市", "421088")]),
    ("常委會對《中華人民共和國森林法》開展執法檢查，對洪湖市、監利市進行了實地檢查。", JINGZHOU,
     [("洪湖市", "421083"), ("监利市", "421088")]),
    ("常委会对《中华人民共和国森林法》开展执法检查，对洪湖市、监利市等地进行了现场检查。", JINGZHOU,
     [("洪湖市", "421083"), ("监利市", "421088")]),
    ("常委会对《中华人民共和国森林法》开展执法检查，深入洪湖市、监利市实地查看。", JINGZHOU,
     [("洪湖市", "421083"), ("监利市", "421088")]),
    ("市人大常委會對《中華人民共和國長江保護法》實施情況開展執法檢查，由常委會副主任劉立勇帶隊，赴江夏區、新洲區檢查。",
     "武汉市人民代表大会常务委员会", [("江夏区", "420115"), ("新洲区", "420117")]),
    ("市人大常委会组织开展乡村振兴专题调研，对江夏区和新洲区进行实地调研，并召开座谈会。", "武汉市人民代表大会常务委员会",
     [("江夏区", "420115"), ("新洲区", "420117")]),
    ("市人大常委会调研组对思明区、湖里区开展专题调研。", XIAMEN, [("思明区", "350203"), ("湖里区", "350206")]),
    # the verb, then the law checked
    ("执法检查组对洪湖市、监利市开展《中华人民共和国森林法》执法检查。", JINGZHOU, [("洪湖市", "421083"), ("监利市", "421088")]),
])
def test_places_in_a_later_clause_of_the_same_work_are_its(text: str, organ: str, places: list[tuple[str, str]]) -> None:
    act = _only(text, organ)
    assert _places(act) == places
    for place in act.places:
        assert text[int(place["start"]) : int(place["end"])] == place["mention"]


# A later clause about other work keeps its places (the site visit's, not the inspection's), and places after 对 with
# no visit or check right after them are the work's topic or the bodies rated.
@pytest.mark.parametrize(("text", "places"), [
    ("常委会对《中华人民共和国森林法》开展执法检查，并组织代表对洪湖市、监利市进行视察。", [[], ["洪湖市", "监利市"]]),
    ("常委会对洪湖市、监利市的森林资源保护工作开展调研。", [[]]),
    ("常委会开展森林法执法检查，针对洪湖市、监利市存在的问题提出意见。", [[]]),
    ("常委会对洪湖市、监利市进行了满意度测评。", [[]]),
])
def test_places_after_dui_belong_to_the_visit_or_check_right_after_them(text: str, places: list[list[str]]) -> None:
    assert [[str(p["name"]) for p in act.places] for act in _facts(text, JINGZHOU).activities] == places


@pytest.mark.parametrize(("text", "organ"), [
    # the place is only what the work is about (对…), not where it was done
    ("市人大常委会对洪湖市湿地保护工作开展专题调研。", JINGZHOU),
    # the whole area, and our province, are no place named
    ("市人大常委会在全市开展《中华人民共和国湿地保护法》执法检查。", JINGZHOU),
    ("省人大常委会对我省贯彻实施湿地保护法情况开展执法检查。", HUBEI),
    # a short name running on into another word (上海老港…) names no place
    ("全国人大常委会执法检查组在上海老港固废基地检查固体废物污染环境防治法实施情况。", "上海市人民代表大会常务委员会"),
    # an area opening an organ's name: the body visited, not a place (the overseen organ's seat is none by default)
    ("市人大常委会调研组到洪湖市人民政府开展湿地保护专题调研。", JINGZHOU),
    # a meeting's seat: 在…召开 is where a meeting sat
    ("省人大常委会湿地保护法执法检查动员会在武汉召开。", HUBEI),
    # 以来我市 is no coming to the city; 在我县产生的代表 no work there
    ("市人大常委会听取和审议了市政府关于今年以来我市湿地保护工作情况的报告。", JINGZHOU),
    # a township's short name outside the report's area: a common word (到地方考察)
    ("省人大常委会组织代表到地方视察湿地保护工作。", HUBEI),
    # what was carried out in an area is the topic (在姑苏区贯彻实施情况), not where the work was done
    ("区人大常委会执法检查组就《中华人民共和国退役军人保障法》在姑苏区贯彻实施情况开展执法检查。",
     "苏州市姑苏区人民代表大会常务委员会"),
    # after 对, the places' own work checked, or other work before the check
    ("常委会对洪湖市、监利市开展的湿地保护工作进行检查。", JINGZHOU),
    ("常委会对洪湖市、监利市进行满意度测评后开展检查。", JINGZHOU),
    # a place inside a title heard is another piece of work's
    ("会议书面听取《市人大财经委关于赴洪湖市考察湿地保护的调研报告》。", JINGZHOU),
])
def test_a_place_the_work_was_not_done_in_is_none(text: str, organ: str) -> None:
    assert all(not act.places for act in _facts(text, organ).activities)


@pytest.mark.parametrize(("text", "organ", "name", "title"), [
    ("2023年5月，省人大常委会副主任周先旺率执法检查组赴荆州市、洪湖市、监利市，检查《湿地保护法》实施情况。", HUBEI,
     "周先旺", "省人大常委会副主任"),
    # the name before the title, 率领
    ("8月，王晓东副委员长率领全国人大常委会执法检查组在湖北检查湿地保护法实施情况。", HUBEI, "王晓东", "副委员长"),
    # 带队, a chairman of a special committee
    ("省人大环资委主任委员李明带队赴荆州市开展湿地保护专题调研。", HUBEI, "李明", "省人大环资委主任委员"),
    # 在…的带领下: the 在 is no part of the title
    ("在市人大常委会主任张红的带领下，视察组对全市湿地保护工作进行视察。", JINGZHOU, "张红", "市人大常委会主任"),
    # several leaders named: the first named
    ("市人大常委会主任张红、副主任刘强带领执法检查组对湿地保护法实施情况进行执法检查。", JINGZHOU, "张红", "市人大常委会主任"),
    # the posts of a party group with the post
    ("市人大常委会党组成员、副主任刘强率调研组赴洪湖市开展湿地保护专题调研。", JINGZHOU, "刘强", "市人大常委会党组成员、副主任"),
    # an officer and his party (一行), no verb of leading (newuser22 §4: 副主任戴书萍、周长明一行对…进行检查)
    ("5月23日，市人大常委会副主任刘强、王华一行对我市《湿地保护法》贯彻执行情况进行检查。", JINGZHOU, "刘强", "市人大常委会副主任"),
    ("省人大常委会副主任周先旺一行赴荆州市调研湿地保护工作。", HUBEI, "周先旺", "省人大常委会副主任"),
    ("市人大常委会主任张红、副主任刘强等一行到洪湖市视察湿地保护工作。", JINGZHOU, "张红", "市人大常委会主任"),
])
def test_the_leader_is_named_with_the_title_as_written(text: str, organ: str, name: str, title: str) -> None:
    leaders = [act.led_by for act in _facts(text, organ).activities if act.led_by]
    assert leaders and all((leader["name"], leader["title"]) == (name, title) for leader in leaders)
    assert all(text[int(leader["start"]) : int(leader["end"])] == leader["mention"] for leader in leaders)


@pytest.mark.parametrize("text", [
    # one who attends or takes part leads nothing
    "市人大常委会副主任刘强出席湿地保护法执法检查座谈会。",
    "市人大常委会开展湿地保护法执法检查，市人大常委会副主任刘强参加检查。",
    # a group led by posts without a name
    "常委会领导分别带队赴各县市区开展湿地保护法执法检查。",
    # 率 of a rate or 率先 is no leading
    "市人大常委会率先开展湿地保护法执法检查，群众满意率达到95%。",
    # 一行 of a party named by posts alone, or a line of text (一行动)
    "市人大常委会领导一行赴洪湖市开展湿地保护法执法检查。",
])
def test_no_named_leader_is_none(text: str) -> None:
    assert all(act.led_by is None for act in _facts(text, JINGZHOU).activities)


def test_the_subject_loses_the_list_of_places_after_dui() -> None:
    act = _only("市人大常委会调研组对思明区、湖里区开展城市更新专题调研。", XIAMEN)
    assert [p["name"] for p in act.places] == ["思明区", "湖里区"]
    assert not any(place["name"] in act.subject for place in act.places)


def test_the_subject_loses_the_list_of_places() -> None:
    act = _only("市人大常委会调研组赴思明区、湖里区、集美区开展城市更新专题调研。", XIAMEN)
    assert act.places and not any(place["name"] in act.subject for place in act.places)
    assert act.subject == "城市更新"


def test_the_facts_json_gives_places_and_leader_only_when_named() -> None:
    named = _facts("2023年5月，省人大常委会副主任周先旺率执法检查组赴荆州市、洪湖市，检查《湿地保护法》实施情况。",
                   HUBEI).to_json()["activities"]
    assert [p["name"] for p in named[0]["places"]] == ["荆州市", "洪湖市"]
    assert (named[0]["led_by"]["name"], named[0]["led_by"]["title"]) == ("周先旺", "省人大常委会副主任")
    plain = _facts("市人大常委会开展湿地保护法执法检查。", JINGZHOU).to_json()["activities"]
    assert plain and "places" not in plain[0] and "led_by" not in plain[0]
