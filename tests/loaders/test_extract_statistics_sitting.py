"""A sitting's own meetings and a congress numbered without its term count no oversight work (round 23, part b 8:
the meetings a sitting holds are its procedure; data/sitting-meetings.csv). Phrasings written for this test after the
genre's session news and communiqués, simplified and traditional; near misses: a year's or a term's meetings, a
township presidium's meetings of a year, congresses held counted by a verb.
"""
from __future__ import annotations

import pytest

COUNTY = "德清县人民代表大会常务委员会"


def _values(facts) -> set[tuple[float, str]]:
    return {(s.value, s.unit) for s in facts.statistics}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("本次会议会期三天，共有两次全体会议、两次联组会议。", 2),
        ("常委会副主任张明、李华分别主持两次全体会议。", 2),
        ("會議先後舉行了兩次全體會議，聽取了有關報告。", 2),
        ("大会期间，拟安排预备会议1次、全体会议3次、主席团会议4次、代表团会议6次。", 3),
        ("大会期间，拟安排预备会议1次、全体会议3次、主席团会议4次、代表团会议6次。", 4),
        ("大会期间，拟安排预备会议1次、全体会议3次、主席团会议4次、代表团会议6次。", 6),
        ("本次大会共安排5次全体会议、4次主席团会议、6次代表团全体或分组会议。", 5),
        ("本次大会共安排5次全体会议、4次主席团会议、6次代表团全体或分组会议。", 4),
        ("本次大会共安排5次全体会议、4次主席团会议、6次代表团全体或分组会议。", 6),
        ("本次大會共召開3次全體會議和2次主席團會議。", 2),
        ("会议期间还举行了一次分组会议和两次联组会议。", 2),
        # all delegations' meetings, their heads' and the presidium's executive chairpersons' (round 33, readable ai07)
        ("会议期间，共安排2次主席团常务主席会议、5次各代表团全体会议或代表小组会议。", 2),
        ("会议期间，共安排2次主席团常务主席会议、5次各代表团全体会议或代表小组会议。", 5),
        ("大會期間召開常務主席會議3次、各代表團團長會議1次。", 3),
        ("本次大会拟安排4次各代表团团长会议。", 4),
    ],
)
def test_a_sittings_meetings_are_no_statistic(facts_of, text, value):
    assert (value, "次") not in _values(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全年共召开常委会会议8次、主任会议20次。", 8),
        ("全年共召开常委会会议8次、主任会议20次。", 20),
        ("一年来，镇人大主席团共召开主席团会议6次，听取政府专项工作报告4个。", 6),
        ("全年召開主席團會議5次，組織代表視察3次。", 5),
        ("十八届人大以来，共召开常委会会议12次。", 12),
    ],
)
def test_a_years_meetings_stay(facts_of, text, value):
    assert (value, "次") in _values(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("认真落实省十一次党代会、市十三次党代会和区委决策部署。", 11),
        ("认真落实省十一次党代会、市十三次党代会和区委决策部署。", 13),
        ("深入貫徹市十二次黨代會精神，扎實推進人大工作。", 12),
        ("县16次人代会确定的目标任务全面完成。", 16),
    ],
)
def test_a_congress_numbered_without_its_term_is_an_ordinal(facts_of, text, value):
    assert (value, "次") not in _values(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("本届以来，全县先后召开两次党代会，常委会列席指导。", 2),
        ("五年间共召开3次人代会，审议通过决议12项。", 3),
    ],
)
def test_congresses_held_stay_counted(facts_of, text, value):
    assert (value, "次") in _values(facts_of(text, COUNTY))
