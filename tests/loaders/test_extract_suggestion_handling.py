"""Deputies' motions and suggestions handled are an ``other`` activity (round 32's ruling 3): their handling told from
the suggestions' side (…建议已全部办结, …交由…办理, …已答复代表), done or planned, whoever handles them; suggestions only
proposed, review opinions handed over and a speaker's requirement are none (../shared/corpus seed, d10)."""
from __future__ import annotations

import pytest

CITY = "苏州市人民代表大会常务委员会"


def kinds(facts) -> list[tuple[str, str]]:
    return [(a.type, a.status) for a in facts.activities]


@pytest.mark.parametrize(
    "text",
    [
        "市十七届人大二次会议期间代表提出的7件重点建议已全部办结。",
        "大会期间代表提出的778件建议已全部办理完毕。",
        "9203件代表建议分别交由208家承办单位研究办理。",
        "代表提出的8609件建议、批评和意见已全部办理完毕并答复代表。",
        "其余的166件议案均已答复代表。",
        "这些建议由各工作委员会重点督办。",
    ],
)
def test_suggestions_handled_told_from_their_side_are_one_other(facts_of, text):
    assert kinds(facts_of(text, CITY)) == [("other", "reported")]


@pytest.mark.parametrize(
    "text",
    ["闭会期间代表提出的建议将交由市政府有关部门办理。", "2024年，常委会将督促代表建议全部办结。", "重点处理建议将由省人大常委会领导牵头督办。"],
)
def test_a_handling_to_come_is_planned(facts_of, text):
    assert kinds(facts_of(text, CITY)) == [("other", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "会议期间，代表共提出建议120件。",
        "推动代表建议办理工作取得新实效。",
        "市交通局等单位被评为代表建议办理工作先进单位。",
        "会议要求各承办单位要办理好代表建议。",
    ],
)
def test_suggestions_proposed_or_handling_named_in_general_are_none(facts_of, text):
    assert not [a for a in facts_of(text, CITY).activities if a.type == "other"]


@pytest.mark.parametrize("text", ["会议听取了代表建议办理和督办情况的汇报。", "会议听取了市政府关于代表建议办理情况的报告。"])
def test_a_report_on_the_handling_heard_is_no_handling(facts_of, text):
    assert "other" not in {a.type for a in facts_of(text, CITY).activities}
