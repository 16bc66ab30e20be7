"""What a count counts (newuser30 E6, round 45): a number naming the standard a piece of work is measured against
(对照两部法规逐条自查) is no statistic; persons of several kinds counted together, deputies among them, are no deputies
count (``participants``); the units whose opinions a piece of work heard or sought are consulted, not overseen
(``units_consulted``). Several phrasings of each, in either script, written for these tests, read by the extractor as a
report's text is, and near phrasings that keep their figure or class."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _stats(text: str) -> dict[float, str | None]:
    doc = Document(text=text, source="t.txt", metadata={"organ": "某市人民代表大会常务委员会", "year": "2024"})
    return {stat.value: stat.measure_class for stat in extract(doc).statistics}


MEASURED_AGAINST = [  # the number names what the work applies, no count of it
    ("督促市政府各部门对照两部法规逐条进行自查。", 2),
    ("督促市政府各部门對照兩部法規逐條進行自查。", 2),
    ("检查组对照28条整改任务清单逐项核查。", 28),
    ("评议组参照三项标准对各部门进行打分。", 3),
    ("执法检查组依据两部法律的规定查阅了有关资料。", 2),
    ("各区按照这四个步骤开展自查自纠。", 4),
]


@pytest.mark.parametrize(("text", "value"), MEASURED_AGAINST)
def test_a_number_after_a_verb_of_reference_is_no_statistic(text: str, value: float) -> None:
    assert value not in _stats(text)


COUNTS_STAY = [  # a count of the work itself, the laws it checked or the places it went, near such words
    ("常委会对24部法律法规的实施情况进行检查。", 24, "laws_inspected"),
    ("对照法规条款，检查组共检查企业12家。", 12, "sites_checked"),
    ("按照年度计划，全年召开常委会会议9次。", 9, "standing_committee_meetings"),
]


@pytest.mark.parametrize(("text", "value", "cls"), COUNTS_STAY)
def test_a_count_of_the_work_near_such_words_stays(text: str, value: float, cls: str) -> None:
    assert _stats(text).get(value, "missing") == cls


PARTICIPANTS = [  # deputies joined with persons of other kinds in one count
    ("常委会负责同志与院士、企业家、人大代表、基层干部共150余人座谈交流。", 150),
    ("常委會負責同志與院士、企業家、人大代表、基層幹部共150餘人座談交流。", 150),
    ("部分省人大代表和省人大常委会组成人员共25人参加视察。", 25),
    ("市人大代表及有关部门负责人共40余人参加调研。", 40),
    ("代表和工作人员一行12人深入企业检查。", 12),
]


@pytest.mark.parametrize(("text", "value"), PARTICIPANTS)
def test_persons_of_several_kinds_with_deputies_are_participants(text: str, value: float) -> None:
    assert _stats(text).get(value, "missing") == "participants"


NO_DEPUTIES = [  # persons counted who are no deputies, the deputies named beside them or after their count
    ("选民代表30余人参加了座谈会。", 30),
    ("8名市人大常委会组成人员和3名市人大代表参加执法检查。", 8),
    ("组织学生家长代表20名列席会议。", 20),
]


@pytest.mark.parametrize(("text", "value"), NO_DEPUTIES)
def test_persons_of_other_kinds_are_no_deputies_count(text: str, value: float) -> None:
    assert _stats(text).get(value, "missing") is None  # the figure stays, of no class


DEPUTIES_STAY = [
    ("8名市人大常委会组成人员和3名市人大代表参加执法检查。", 3),
    ("有15名镇人大代表进行了述职。", 15),
    ("全县120名县人大代表参加了集中视察。", 120),
]


@pytest.mark.parametrize(("text", "value"), DEPUTIES_STAY)
def test_deputies_counted_alone_stay_deputies(text: str, value: float) -> None:
    assert _stats(text).get(value, "missing") == "deputies"


def test_an_election_list_keeps_its_verb() -> None:
    assert _stats("补选省人大代表3人、市人大代表11人。") == {3: "elections", 11: "elections"}


CONSULTED = [  # units whose opinions were heard or sought
    ("常委会听取高校、科研院所、企业等80余家单位的意见建议。", 80),
    ("常委會聽取高校、科研院所、企業等80餘家單位的意見建議。", 80),
    ("调研组先后征求了36个部门的意见。", 36),
    ("立法调研中深入15个基层单位听取意见。", 15),
]


@pytest.mark.parametrize(("text", "value"), CONSULTED)
def test_units_whose_opinions_were_sought_are_consulted(text: str, value: float) -> None:
    assert _stats(text).get(value, "missing") == "units_consulted"


NOT_CONSULTED = [  # opinions on the units, or units met with no opinion sought
    ("会议还公开征求了对6个部门的意见建议。", 6),
    ("常委会对9个部门的工作进行了评议。", 9),
]


@pytest.mark.parametrize(("text", "value"), NOT_CONSULTED)
def test_opinions_on_units_or_units_appraised_are_not_consulted(text: str, value: float) -> None:
    assert _stats(text).get(value, "missing") not in ("units_consulted", "missing")  # the figure stays, of another class
