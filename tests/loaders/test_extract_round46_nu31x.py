"""A first-time analyst's extraction findings, round 46 (newuser31 A2, A4): each a class, tested on sentences written
for this file in the genre's style (simplified and traditional), none copied from the analyst's reports or dev files.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts

PROVINCE = "甘肃省人民代表大会常务委员会"


def _facts(text: str, organ: str = PROVINCE, level: str = "provincial", year: str = "2012") -> Facts:
    """The facts of ``text`` written by ``organ`` in ``year``."""
    return extract(Document(text=text, source="test.txt", metadata={"organ": organ, "level": level, "year": year}))


def _inspected(text: str) -> list[list[str]]:
    """The laws of each inspection ``text`` tells."""
    return [act.laws for act in _facts(text).activities if act.type == "law_enforcement_inspection"]


# A2: a topic inspected with its related laws, no title in its sentence, the topic's law named elsewhere in the report
TOPIC_WITH_RELATED_LAWS = [  # the law named in a later paragraph, by a leader, not by the inspection group
    ("9月上旬，省人大常委会组成两个执法检查组，分赴甲市和乙市，对全省农村土地承包及相关法律法规执行情况进行了检查。\n"
     "王副主任要求，各级政府要认真贯彻执行农村土地承包法，切实保障农民权益。", "中华人民共和国农村土地承包法"),
    ("9月上旬，省人大常委會組成兩個執法檢查組，分赴甲市和乙市，對全省農村土地承包及相關法律法規執行情況進行了檢查。\n"
     "王副主任要求，各級政府要認真貫徹執行農村土地承包法，切實保障農民權益。", "中华人民共和国农村土地承包法"),
    ("省人大常委会执法检查组深入企业和市场，对我省食品安全等法律法规的贯彻实施情况开展检查。\n\n"
     "李主任强调，要以贯彻食品安全法为抓手，落实各方责任。", "中华人民共和国食品安全法"),
    ("检查组对全市安全生产和有关法律的实施情况进行了检查。\n\n会上，副主任强调，要全面贯彻安全生产法。",
     "中华人民共和国安全生产法"),
]


@pytest.mark.parametrize(("text", "law"), TOPIC_WITH_RELATED_LAWS)
def test_a_topic_with_its_related_laws_is_an_inspection_of_the_law_the_report_names(text: str, law: str) -> None:
    assert _inspected(text) == [[law]]
    assert [m.inspected for m in _facts(text).laws if m.canonical == law] and all(
        m.inspected for m in _facts(text).laws if m.canonical == law)


TOPIC_NAMED_NO_LAW = [  # the topic is not before the related laws
    "检查组对全省相关法律法规的执行情况进行了检查。会议要求认真贯彻执行农村土地承包法。",
    "检查组对全市有关法律法规的实施情况开展了检查。",
]


@pytest.mark.parametrize("text", TOPIC_NAMED_NO_LAW)
def test_related_laws_with_no_topic_stay_lawless(text: str) -> None:
    assert _inspected(text) == [[]]


@pytest.mark.parametrize("text", [  # the report names no law of the topic: the catalog's national law of it (round 46
    # ruling 9, replacing the older reading that such a topic names no law; one rule with the law mentions, round 47)
    "省人大常委会执法检查组对全省农村土地承包及相关法律法规执行情况进行了检查。",
    "省人大常委會執法檢查組對全省農村土地承包及相關法律法規執行情況進行了檢查。會上要求貫徹執行食品安全法。",
])
def test_related_laws_of_a_topic_the_report_names_no_law_of_are_its_national_law(text: str) -> None:
    assert _inspected(text) == [["中华人民共和国农村土地承包法"]]


def _stats(text: str) -> dict[float, tuple[str, str | None]]:
    """Each figure of ``text``: its measure and class."""
    doc = Document(text=text, source="t.txt", metadata={"organ": "某市人民代表大会常务委员会", "year": "2024"})
    return {stat.value: (stat.what, stat.measure_class) for stat in extract(doc).statistics}


# A4 (a): the recommendations of a report (an inspection group's, a committee's) are opinions raised, no deputies'
# suggestions received; deputies' suggestions stay received
RAISED_BY_A_REPORT = [
    ("会议听取了市人大常委会执法检查组关于检查食品安全法实施情况的报告。会议认为，报告中提出的5条建议符合实际。", 5),
    ("會議聽取了市人大常委會執法檢查組關於檢查食品安全法實施情況的報告。會議認為，報告中提出的5條建議符合實際。", 5),
    ("常委会组成人员认为，执法检查报告所提出的6条意见建议针对性强。", 6),
    ("会议认为，报告提出的三条建议切实可行。", 3),
]


@pytest.mark.parametrize(("text", "value"), RAISED_BY_A_REPORT)
def test_a_reports_own_recommendations_are_opinions_raised(text: str, value: float) -> None:
    assert _stats(text)[value][1] == "opinions_raised"


SUBMITTED_BY_DEPUTIES = [
    ("会议听取了市政府关于代表建议办理情况的报告。报告显示，代表共提出建议120件。", 120),
    ("市十七届人大二次会议期间，代表共提出建议156件。", 156),
]


@pytest.mark.parametrize(("text", "value"), SUBMITTED_BY_DEPUTIES)
def test_deputies_suggestions_stay_received(text: str, value: float) -> None:
    assert _stats(text)[value][1] == "suggestions_received"


# A4 (b): a count of halls, stations or rooms named after a place word is no area covered
HALLS_OF_PLACES = [
    ("检查组深入主展厅和17个街道“微展厅”了解控制性详细规划情况。", 17, "街道“微展厅”"),
    ("檢查組深入主展廳和17個街道“微展廳”了解規劃情況。", 17, "街道“微展厅”"),
    ("调研组先后走访了5个社区“议事厅”，听取群众意见。", 5, "社区“议事厅”"),
]


@pytest.mark.parametrize(("text", "value", "what"), HALLS_OF_PLACES)
def test_halls_named_after_a_place_word_are_no_areas_covered(text: str, value: float, what: str) -> None:
    measure, cls = _stats(text)[value]
    assert what in measure and cls != "areas_covered"


AREAS_STAY = [
    ("检查组先后深入12个街道开展检查。", 12),
    ("委托5个区县人大常委会同步开展执法检查。", 5),
]


@pytest.mark.parametrize(("text", "value"), AREAS_STAY)
def test_areas_a_work_covered_stay(text: str, value: float) -> None:
    assert _stats(text)[value][1] == "areas_covered"


# A4 (c): a measure ends at a word's end, never in mid-word, and an attendance list's names are no part of it
WHOLE_WORDS = [
    ("推动4个市人大代表工作小组赋能增效。", 4, "市人大代表工作小组赋能增效"),
    ("常委会推动22个省人民政府组成部门依法行政情况公开。", 22, "省人民政府组成部门依法行政情况公开"),
    ("共有30余名镇人大代表及相关部门负责人参加视察。", 30, "镇人大代表及相关部门负责人"),
    ("全年决定批准5个双边条约。", 5, "决定批准双边条约"),
    ("批准我国同外国缔结的条约以及加入的国际公约11件。", 11, "批准我国同外国缔结的条约以及加入的国际公约"),
]


@pytest.mark.parametrize(("text", "value", "what"), WHOLE_WORDS)
def test_a_measure_ends_at_a_words_end(text: str, value: float, what: str) -> None:
    assert _stats(text)[value][0] == what


ATTENDANCE_LISTS = [
    ("副主任王某某、李某、秘书长赵某某和委员共28人出席会议。", 28, "副主任、秘书长和委员出席会议"),
    ("常委會副主任王某某、李某、秘書長趙某和委員共30人出席會議。", 30, "常委会副主任、秘书长和委员出席会议"),
    ("县人大常委会副主任陈某、刘某某、杨某某及委员共21人出席会议。", 21, "县人大常委会副主任及委员出席会议"),
    ("主任张某某、副主任李某和委员共18人参加会议。", 18, "主任、副主任和委员参加会议"),
]


@pytest.mark.parametrize(("text", "value", "what"), ATTENDANCE_LISTS)
def test_an_attendance_lists_names_are_no_part_of_its_measure(text: str, value: float, what: str) -> None:
    assert _stats(text)[value] == (what, "attendance_present")


def test_a_list_whose_names_are_not_all_read_keeps_them_all() -> None:
    """A name that opens with no surname of the table (台木礼) keeps the list whole, no name dropped alone."""
    what, _ = _stats("副主任呼某某、王某某、台木礼及常委会组成人员共21人参加会议。")[21]
    assert "呼某某" in what and "台木礼" in what


LONG_MEASURES = [  # a measure longer than a label's length ends at its last boundary within it, not mid-word
    ("就省人民政府贯彻实施《中华人民共和国著作权法》《中华人民共和国文物保护法》情况开展4次执法检查。", 4,
     "就省人民政府贯彻实施《中华人民共和国著作权法》"),
    ("就省人民政府貫徹實施《中華人民共和國著作權法》《中華人民共和國文物保護法》情況開展4次執法檢查。", 4,
     "就省人民政府贯彻实施《中华人民共和国著作权法》"),
    ("常委会先后审议《某市奖励和保护见义勇为人员若干规定》《某市新能源汽车充电设施管理条例》5件。", 5,
     "审议《某市奖励和保护见义勇为人员若干规定》"),
]


@pytest.mark.parametrize(("text", "value", "what"), LONG_MEASURES)
def test_a_long_measure_ends_at_a_boundary(text: str, value: float, what: str) -> None:
    assert _stats(text)[value][0] == what
