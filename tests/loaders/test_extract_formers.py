"""An inspection told by a standing committee's group, council or office, or named done by its group, is the standing
committee's (round 46 ruling 8; ``loaders/extract/formers.py``). Sentences written for these tests in the genre's
phrasings, none from ``benchmarks/genre`` or the shared corpus."""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.extract.formers import former
from loaders.facts import Activity
from loaders.read import Document

NPC_SC = "全国人民代表大会常务委员会"


def _inspections(text: str, organ: str) -> list[Activity]:
    facts = extract(Document(text=text, source="test", metadata={"organ": organ}))
    return [a for a in facts.activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize(
    ("organ", "text", "committee"),
    [
        ("全国人大常委会执法检查组", "7月10日至13日，执法检查组在浙江省对《中华人民共和国安全生产法》实施情况开展执法检查。", NPC_SC),
        ("全国人大常委会执法检查组", "全国人大常委会将在全国范围内开展《中华人民共和国水污染防治法》执法检查。", NPC_SC),
        ("甘肃省人大常委会执法检查组", "检查组分两个小组，深入兰州市、白银市，就《甘肃省农村饮用水供水管理条例》贯彻实施情况进行检查。",
         "甘肃省人民代表大会常务委员会"),
        ("湖南省人大常委会办公厅", "根据今年工作要点，省人大常委会将于5月至6月对《湖南省大气污染防治条例》贯彻实施情况开展执法检查。",
         "湖南省人民代表大会常务委员会"),
        ("长沙市人大常委会主任会议", "会议研究了今年对《中华人民共和国水法》开展执法检查的方案。", "长沙市人民代表大会常务委员会"),
        ("全国人大常委会委员长会议", "会议决定，下半年对《中华人民共和国工会法》实施情况开展执法检查。", NPC_SC),
    ],
)
def test_the_inspection_of_a_report_by_a_group_council_or_office_is_its_standing_committee_s(
        organ: str, text: str, committee: str) -> None:
    found = _inspections(text, organ)
    assert found and all(a.conducted_by == committee for a in found), [a.conducted_by for a in found]


@pytest.mark.parametrize(
    ("organ", "text", "committee"),
    [
        ("天水市人大常委会", "省人大常委会执法检查组来到天水市，就《甘肃省农村饮用水供水管理条例》贯彻落实情况进行执法检查。",
         "甘肃省人民代表大会常务委员会"),
        ("四川省人大常委会", "全国人大常委会执法检查组在我省对《中华人民共和国种子法》实施情况开展执法检查。", NPC_SC),
    ],
)
def test_a_visiting_group_s_inspection_is_its_standing_committee_s(organ: str, text: str, committee: str) -> None:
    found = _inspections(text, organ)
    assert [a.conducted_by for a in found] == [committee]


def test_the_report_s_own_group_conducts_nothing_of_its_own() -> None:
    found = _inspections("县人大常委会执法检查组对《中华人民共和国食品安全法》贯彻实施情况开展了执法检查。", "安吉县人大常委会")
    assert [a.conducted_by for a in found] == [None]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("全国人民代表大会常务委员会执法检查组", NPC_SC),
        ("安吉县人民代表大会常务委员会调研组", "安吉县人民代表大会常务委员会"),
        ("北京市人民代表大会常务委员会办公厅", "北京市人民代表大会常务委员会"),
        ("长沙市人民代表大会常务委员会主任会议", "长沙市人民代表大会常务委员会"),
        # a working committee told doing the work in its own name conducts it (the lead, round 46)
        ("长沙市人民代表大会常务委员会教育科学文化卫生工作委员会", "长沙市人民代表大会常务委员会教育科学文化卫生工作委员会"),
        ("长沙市人民代表大会农业与农村委员会", "长沙市人民代表大会农业与农村委员会"),
        ("长沙市人民代表大会常务委员会", "长沙市人民代表大会常务委员会"),
    ],
)
def test_former(name: str, expected: str) -> None:
    assert former(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "省人大常委会执法检查组受全国人大常委会办公厅委托在全省开展《中华人民共和国大气污染防治法》贯彻实施情况执法检查。",
        "受全国人大常委会办公厅的委托，省人大常委会对《中华人民共和国水污染防治法》实施情况进行了执法检查。",
    ],
)
def test_an_office_named_entrusting_the_work_is_written_as_named(text: str) -> None:
    """The lead on the conductor aligners' questions (round 46): the body named in the entrustment, as the text names it."""
    found = _inspections(text, "青海省人大常委会")
    assert [(a.conducted_by, a.assisted_by) for a in found] == [
        (NPC_SC + "办公厅", ["青海省人民代表大会常务委员会"])], found


@pytest.mark.parametrize(
    ("organ", "text"),
    [
        ("常德市人民代表大会", "过去五年，市人大常委会在市委的坚强领导下，共召开常委会会议31次，组织开展执法检查7次、集中视察9次。"),
        ("深圳市人民代表大会", "谈到今年的工作安排，他说，全年拟安排专项视察18项、执法检查2项、专题询问2次。"),
        ("云霄县人民代表大会", "一年来，常委会对《中华人民共和国食品安全法》贯彻实施情况开展了执法检查。"),
    ],
)
def test_the_inspection_a_congress_s_report_tells_is_its_standing_committee_s(organ: str, text: str) -> None:
    found = _inspections(text, organ)
    assert found and all(a.conducted_by == organ + "常务委员会" for a in found), found


def test_a_congress_named_by_its_term_doing_the_work_is_written_as_named() -> None:
    text = "五年来，区七届人大在区委的正确领导下，开展执法检查、调研视察等专题活动99次。"
    assert [a.conducted_by for a in _inspections(text, "海口市龙华区人民代表大会")] == [None]
