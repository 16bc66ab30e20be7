"""Classes a first-time analyst's round 37 (newuser21) found misread, each stated as a report writer means it, with
phrasings written for these tests and near misses that must not match."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from tests.loaders.extract_helpers import kinds

CITY = "某某市人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "expected"), [
    # how a law is carried out, checked (监督检查) by 开展 as by 进行, is an inspection (newuser21 §4)
    ("7月26日，市人大常委会副主任张某带领执法检查组到某县，就固体废物污染环境防治“一法一条例”在我市的贯彻实施情况开展监督检查。",
     ["law_enforcement_inspection"]),
    ("5月，市人大常委会对《某某市养犬管理条例》实施情况开展了监督检查。", ["law_enforcement_inspection"]),
    ("市人大常委会组织部分委员对全市贯彻执行《中华人民共和国食品安全法》情况进行监督检查。", ["law_enforcement_inspection"]),
    # …overseen without a check, it stays other oversight; review opinions' follow-up checked is none
    ("市人大常委会对《民法典》贯彻实施情况开展监督。", ["other"]),
    ("市人大常委会对代表建议办理情况进行了检查。", ["other"]),
])
def test_a_law_carried_out_checked_is_an_inspection(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, CITY)) == expected


def _classes(text: str) -> dict[float, str | None]:
    """``{value: measure class}`` of the statistics extracted from ``text``."""
    doc = Document(text=text, source="t.txt", metadata={"organ": CITY, "year": "2019"})
    return {stat.value: stat.measure_class for stat in extract(doc).statistics}


@pytest.mark.parametrize(("text", "expected"), [
    # the standing committee counted bare in 次 beside other meetings counts its meetings (newuser21 §9)
    ("先后组织召开县人民代表大会5次、常委会37次、主任会42次。", {5: "congress_sessions", 37: "standing_committee_meetings",
                                                42: "chairpersons_meetings"}),
    ("五年来，召开代表大会6次、常务委员会45次。", {6: "congress_sessions", 45: "standing_committee_meetings"}),
    # problems the congress's work helped the grassroots or the people solve are no suggestions resolved
    ("深入开展调查研究，帮助基层解决难点问题61个。", {61: "problems_solved"}),
    ("代表们深入基层，协调解决群众反映的实际问题35个。", {35: "problems_solved"}),
    ("主题教育中，为企业解决实际问题20项。", {20: "problems_solved"}),
    # …while suggestions handled stay resolved suggestions
    ("代表提出的建议已办结198件。", {198: "suggestions_resolved"}),
    ("代表建议所提问题已协调解决120件。", {120: "suggestions_resolved"}),
])
def test_meetings_counted_bare_and_problems_helped_solved_take_their_class(text: str, expected: dict) -> None:
    assert _classes(text) == expected


@pytest.mark.parametrize(("text", "years"), [
    # a total since a party congress is a running total from that congress's year (newuser21 §9)
    ("党的十八大以来，市人大常委会共对73部法律法规开展执法检查。", "2012-2019"),
    ("黨的十八大以來，市人大常委會共對73部法律法規開展執法檢查。", "2012-2019"),
    ("十八大以来，常委会共听取和审议专项工作报告56个。", "2012-2019"),
    ("党的十九大召开以来，常委会共开展执法检查12次。", "2017-2019"),
])
def test_a_total_since_a_party_congress_is_dated_from_it(text: str, years: str) -> None:
    doc = Document(text=text, source="t.txt", metadata={"organ": CITY, "year": "2019"})
    assert [stat.years for stat in extract(doc).statistics] == [years]


@pytest.mark.parametrize("text", [
    # the congress reporting its own work to the party committee is no oversight (newuser21 §7)
    "县人大常委会坚决落实向县委报告工作的政治纪律制度，及时提请县委听取年度工作专题报告。",
    "常委会党组及时向市委报告工作，提请市委听取常委会工作汇报3次。",
    "常委会主动提请区委听取人大工作情况汇报。",
    # the preparation of a piece of oversight work reported is no review and not the work (newuser21 §2)
    "主任会议听取了关于专题询问筹备情况的汇报。",
    "会议听取了执法检查准备工作情况汇报。",
    # the members of a group formed for the work attending a meeting
    "县人大办公室和各专题询问小组负责同志参加会议。",
    "各视察组成员列席了座谈会。",
])
def test_what_prepares_or_reports_to_the_party_is_no_oversight(facts_of, text: str) -> None:
    assert kinds(facts_of(text, CITY)) == []


@pytest.mark.parametrize("text", [
    # reports named only as a set or by their time have no subject of their own (newuser21 §7)
    "顺利召开县十五届人民代表大会第六次会议，审议通过各项报告并作出决议7项。",
    "会议听取、审议各项报告。",
    "会议听取了县政府关于全年工作的报告。",
])
def test_reports_named_as_a_set_have_no_subject(facts_of, text: str) -> None:
    acts = facts_of(text, CITY).activities
    assert [a.type for a in acts] == ["report_review"] and acts[0].subject == ""


@pytest.mark.parametrize(("text", "organ"), [
    # a short name leaving a generic word out of a local title named before restates that title (newuser21 §1)
    ("市人大常委会检查组来我区，就省乡镇人大工作条例进行执法检查。组长指出，开展省乡镇人大条例执法检查，是根据省人大统一部署。",
     "安庆市宜秀区人民代表大会常务委员会"),
    ("市人大常委会对《杭州市城市绿化管理条例》开展执法检查。检查组指出，开展市城市绿化条例执法检查十分必要。",
     "杭州市人民代表大会常务委员会"),
    ("市人大常委会对省物业管理条例实施情况开展执法检查。副主任强调，省物业条例实施三年来成效明显。",
     "杭州市人民代表大会常务委员会"),
])
def test_a_short_name_of_a_title_named_before_is_that_title(facts_of, text: str, organ: str) -> None:
    facts = facts_of(text, organ)
    assert len({law.canonical for law in facts.laws}) == 1
    assert [a.type for a in facts.activities] == ["law_enforcement_inspection"]


def test_a_short_name_two_titles_named_before_may_shorten_stays_as_written(facts_of) -> None:
    text = "区人大常委会对省乡镇人大工作条例和省乡镇人大管理条例进行执法检查。会议指出，开展省乡镇人大条例执法检查十分必要。"
    canonicals = {law.canonical for law in facts_of(text, "安庆市宜秀区人民代表大会常务委员会").laws}
    assert len(canonicals) == 3


@pytest.mark.parametrize(("text", "organ"), [
    # a congress named with its term before its area opens the news of its sitting: the report's organ when the
    # header names none (newuser21 §3: a joint inquiry credited to no one)
    ("2023年10月22日上午，十四届全国人大常委会第六次会议举行联组会议，就国务院关于打击生态环境和资源保护领域犯罪工作情况的报告进行专题询问。",
     "全国人民代表大会常务委员会"),
    ("6月28日，第十三届全国人民代表大会常务委员会第二十次会议举行联组会议，开展专题询问。", "全国人民代表大会常务委员会"),
    ("9月5日，十四届浙江省人大常委会第十一次会议举行联组会议，对省政府关于养老服务工作情况的报告开展专题询问。",
     "浙江省人民代表大会常务委员会"),
])
def test_a_congress_named_term_first_is_the_organ_a_headerless_report_opens_with(text: str, organ: str) -> None:
    facts = extract(Document(text=text, source="t.txt", metadata={"year": "2023"}))
    assert facts.report["organ"] == organ
    assert [a.type for a in facts.activities] == ["special_inquiry"]


@pytest.mark.parametrize(("text", "subject"), [
    # a list of pieces of work in one report heard keeps its last piece in the subject (newuser21 §8)
    ("会议听取了县政府关于教育工作、医疗保障工作和安全生产工作情况的报告。", "教育工作、医疗保障工作和安全生产"),
    ("会议听取和审议了市政府关于农业农村工作和乡村振兴工作情况的报告。", "农业农村工作和乡村振兴"),
    ("常委会听取审议了区政府关于生态环境保护工作及河长制工作情况的报告。", "生态环境保护工作及河长制"),
    ("会议听取了县政府关于教育工作的报告。", "教育"),
])
def test_a_report_on_several_pieces_of_work_keeps_them_all_in_its_subject(facts_of, text: str, subject: str) -> None:
    assert [(a.type, a.subject) for a in facts_of(text, CITY).activities] == [("report_review", subject)]


@pytest.mark.parametrize(("text", "leader"), [
    # a surname that is also a conjunction (和) names the leader after a post (newuser21 §4: 和春軍 lost)
    ("7月26日，市人大常委會副主任和春軍帶領執法檢查組到遷西縣，就固體廢物污染環境防治“一法一條例”在我市的貫徹實施情況開展監督檢查。",
     "和春軍"),  # the name as written
    ("市人大常委会副主任和平带队，对全市安全生产法实施情况开展执法检查。", "和平"),
    # …never a post joined by 和
    ("市人大常委会副主任和委员带领检查组，对全市安全生产法实施情况开展执法检查。", None),
])
def test_a_leader_whose_surname_is_a_conjunction_is_named(facts_of, text: str, leader: str | None) -> None:
    acts = facts_of(text, "唐山市人民代表大会常务委员会").activities
    assert [(a.type, (a.led_by or {}).get("name")) for a in acts] == [("law_enforcement_inspection", leader)]
