"""Round 44, a first-time analyst's extraction findings (newuser29 §1–§4; docs/design.md, "Round 44, …"): phrasings
written for each class, not copied from the analyst's files."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts


def facts(text: str, organ: str, level: str) -> Facts:
    return extract(Document(text=text, source="news.txt", metadata={"organ": organ, "level": level, "year": "2024"}))


# §1: a law's name never starts inside an organ's name or a verb of a meeting's business.
@pytest.mark.parametrize(("organ", "level", "text", "title"), [
    ("杭州市人民代表大会常务委员会", "city",
     "常委会将对《杭州市西湖水域保护管理条例》实施情况开展执法检查。启动会上，市人大城建环资委通报西湖水域保护管理条例"
     "执法检查方案，市住建局汇报贯彻实施《条例》工作情况。", "杭州市西湖水域保护管理条例"),
    ("上海市人民代表大会常务委员会", "provincial",
     "今年常委会对《上海市养老服务条例》实施情况开展执法检查。动员会上，市人大社会建设委部署养老服务条例执法检查工作，"
     "市民政局汇报了贯彻落实《条例》的情况。", "上海市养老服务条例"),
    ("湖南省人民代表大会常务委员会", "provincial",
     "省人大常委会启动《湖南省湘江保护条例》执法检查。会上，省人大环资委通报湘江保护条例执法检查方案。",
     "湖南省湘江保护条例"),
])
def test_a_committee_presenting_an_inspection_names_no_law_of_its_words(organ: str, level: str, text: str,
                                                                         title: str) -> None:
    """市人大教科文卫委通报食品安全条例执法检查方案: the committee presents the plan of the inspection of the regulation
    named before; no regulation 某市人大…委通报…条例, and one inspection."""
    found = facts(text, organ, level)
    assert {law.canonical for law in found.laws} == {title}
    assert [a.type for a in found.activities].count("law_enforcement_inspection") == 1


@pytest.mark.parametrize("text", [
    "会上，市司法局汇报优化营商环境条例贯彻实施情况。",
    "市人大法制委传达物业服务条例修订意见。",
    "市人大监察司法委听取全民阅读促进条例立法调研情况。",
])
def test_no_title_runs_through_an_organ_and_its_verb(text: str) -> None:
    assert not any(word in law.canonical for law in facts(text, "杭州市人民代表大会常务委员会", "city").laws
                   for word in ("汇报", "传达", "听取", "司法局", "法制委", "监察司法委"))


def test_the_title_after_the_verb_is_found() -> None:
    """自治区人民政府提请审议自治区铁路安全条例: the title is the one the verb takes, after its level word."""
    found = facts("常委会会议听取了自治区人民政府提请审议自治区铁路安全条例草案的说明。",
                  "新疆维吾尔自治区人民代表大会常务委员会", "provincial")
    assert [law.canonical for law in found.laws] == ["新疆维吾尔自治区铁路安全条例"]


# §2: an investigation whose object is the inspection work is one investigation; listed beside it, two.
@pytest.mark.parametrize(("text", "kinds"), [
    ("县人大常委会副主任某某率队到某镇调研《中华人民共和国种子法》贯彻落实及执法检查等工作。", ["investigation"]),
    ("县人大常委会调研组赴县农业农村局调研《森林法》执法检查工作开展情况。", ["investigation"]),
    ("副主任某某带队调研《野生动物保护法》宣传贯彻和执法检查工作。", ["investigation"]),
    ("县人大常委会组织代表开展调研和《森林法》执法检查工作。", ["investigation", "law_enforcement_inspection"]),
    ("常委会组织代表参加调研、《种子法》执法检查等工作。", ["investigation", "law_enforcement_inspection"]),
    ("县人大常委会先后赴3个乡镇调研，并对《森林法》贯彻实施情况开展执法检查。",
     ["investigation", "law_enforcement_inspection"]),
])
def test_an_investigation_of_inspection_work_is_no_inspection(text: str, kinds: list[str]) -> None:
    """调研《种子法》贯彻落实及执法检查等工作 studies how the law and its inspection are carried out: no inspection, and the
    law is inspected by none; 调研和《X法》执法检查工作 lists two kinds of work."""
    found = facts(text, "某县人民代表大会常务委员会", "county")
    assert sorted(a.type for a in found.activities) == kinds
    assert any(law.inspected for law in found.laws) == ("law_enforcement_inspection" in kinds)


# §3: a common noun holding a district's name (主城区, 老城区, 郊区) places no report and is no place.
@pytest.mark.parametrize("text", [
    "8月31日，市人大常委会检查组深入到崇礼区开展执法检查。检查组考察了从主城区到喜鹊梁沿线的国道。",
    "6月12日，市人大常委会视察组赴崇礼区，视察老城区改造和郊区道路建设情况。",
    "9月5日，市人大常委会组织代表深入崇礼区，视察中心城区供水管网和县城区污水处理厂。",
])
def test_a_city_part_places_no_headerless_report(text: str) -> None:
    """No header: the congress named by a level word above the district visited is the city's (张家口市), not that of
    one of Shanxi's districts named 城区 or 郊区."""
    found = extract(Document(text=text, source="news.txt", metadata={"year": "2024"}))
    assert found.report["organ"] == "张家口市人民代表大会常务委员会"
    assert not any("division codes" in warning for warning in found.warnings)


@pytest.mark.parametrize(("organ", "text", "places"), [
    ("张家口市人民代表大会常务委员会", "市人大常委会组织代表深入矿区开展视察。", []),
    ("张家口市人民代表大会常务委员会", "市人大常委会组织代表到城区、郊区开展视察。", []),
    ("阳泉市人民代表大会常务委员会", "市人大常委会组织代表到城区、郊区开展视察。", ["城区", "郊区"]),
])
def test_a_city_part_is_a_place_only_in_the_reports_own_area(organ: str, text: str, places: list[str]) -> None:
    found = facts(text, organ, "city")
    assert [place["name"] for a in found.activities for place in a.places] == places


# §4: a place after 来, named by its short or full name, with the work after it.
@pytest.mark.parametrize(("organ", "text", "places"), [
    ("安康市人民代表大会常务委员会", "市人大常委会副主任某某带队来宁陕开展《中华人民共和国种子法》执法检查。", ["宁陕县"]),
    ("安康市人民代表大会常务委员会", "市人大常委会副主任某某带队来宁陕县开展《中华人民共和国种子法》执法检查。", ["宁陕县"]),
    ("常德市人民代表大会常务委员会", "5月16日，市人大常委会主任某某率调研组来津市市调研农村人居环境整治工作。", ["津市市"]),
    ("安康市人民代表大会常务委员会", "市人大常委会组织部分代表来石泉县、汉阴县视察重点项目建设情况。", ["石泉县", "汉阴县"]),
])
def test_a_place_after_come_is_where_the_work_was_done(organ: str, text: str, places: list[str]) -> None:
    found = facts(text, organ, "city")
    assert [place["name"] for a in found.activities for place in a.places] == places


@pytest.mark.parametrize("text", [
    "近年来宁陕县大力推进种子法贯彻实施，市人大常委会于6月开展执法检查。",
    "市人大常委会组织来自宁陕县的代表开展视察。",
    "2020年以来石泉县认真落实审议意见，市人大常委会开展跟踪视察。",
])
def test_come_of_a_time_or_an_origin_names_no_place(text: str) -> None:
    found = facts(text, "安康市人民代表大会常务委员会", "city")
    assert not [place for a in found.activities for place in a.places]


# newuser28's notes, left by round 43: a county named by its customary name (民和县, 道真自治县) opening a site's or a
# township's name is that county (or the township within it); a short name running on into a word is none.
@pytest.mark.parametrize(("organ", "level", "text", "places"), [
    ("海东市人民代表大会常务委员会", "city", "市人大常委会视察组深入民和县杏儿沟沟道治理工程开展视察。", ["民和回族土族自治县"]),
    ("临夏回族自治州人民代表大会常务委员会", "city", "州人大常委会视察组到积石山县大河家镇四堡子村开展视察。", ["大河家镇"]),
    ("遵义市人民代表大会常务委员会", "city", "市人大常委会调研组前往道真自治县隆兴镇乡村振兴示范点开展调研。", ["隆兴镇"]),
    ("白山市人民代表大会常务委员会", "city", "视察组先后来到长白山人参研究院进行实地视察。", []),
    ("四川省人民代表大会常务委员会", "provincial", "执法检查组赴成都平原地区开展执法检查。", []),
])
def test_a_customary_county_name_opens_a_site(organ: str, level: str, text: str, places: list[str]) -> None:
    found = facts(text, organ, level)
    assert [place["name"] for a in found.activities for place in a.places] == places
