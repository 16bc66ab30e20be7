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
        # told by its verb and the count handled, by the assignment, or by the completion after the suggestions
        "十三届全国人大常委会认真办理了代表提出的4648件议案、84028件建议。",  # dev ac07
        "2024年，国务院各部门共承办两会全国人大代表建议8783件。",  # dev ak15
        "去年国务院部门牵头办理全国人大代表建议6319件。",  # dev u01
        "截至目前，街道人大工委办结代表建议、意见62条。",  # dev n36
        "今年市政府共承办市七届人大二次会议议案3件。",
        "在区第十七届人大第一次会议上，交由区政府办理的代表建议共计146件，现已全部办复。",  # dev ak55
        "五年来共收到建议、批评和意见1342件，均在规定时限内办理答复完毕。",  # dev ak05
        "市十八届人大一次会议以来，代表共提出建议238件，截至目前已全部办理完毕并答复代表。",  # dev i20
        "大会秘书处共收到代表建议1356件，共交由85个单位办理，全部按照法定时限办理完毕并答复代表。",  # dev r05
        "2024年，交由金湾区办理的市十届人大四次会议代表建议共16件。",  # dev x51
        "代表提出的836件建议，聚焦人民群众普遍关注的热点难点问题，会后交由有关国家机关和组织办理。",  # dev h07
        "这些建议均已按照规定，交由98家承办单位研究办理。",  # dev x03
        "加上会议期间收到的67件建议，共80件，全部交由市政府各相关部门承办。",  # dev t39
        "代表提出的建议，均在法定时限内办理并答复代表。",  # dev t17
        # assigned or dealt with, told by that verb and the count (round 38; fresh an45, dev s31 wordings, paraphrased)
        "区九届人大二次会议共处理交办代表建议60件。",
        "全年交办督办代表建议、批评和意见71件。",
        "一年来，常委会交办代表建议、意见35条。",
        "街道人大工委共处理代表建议和意见18件。",
        # named by the units that handle them, and counted (round 38; fresh an25 wording, paraphrased)
        "会议期间，大会秘书处交由市委宣传部、市编办、市人大常委会办公室承办的代表建议、批评和意见共计12件。",
        "由各承办单位承办的建议共计80件。",
        "市人大常委会各工作委员会承辦的代表建議共7件。",
    ],
)
def test_suggestions_handled_are_one_other(facts_of, text):
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
        "执法检查报告将提请常委会审议，审议意见将交由市政府办理。",  # review opinions: a step of the loop (dev w27)
    ],
)
def test_suggestions_proposed_or_handling_named_in_general_are_none(facts_of, text):
    assert not [a for a in facts_of(text, CITY).activities if a.type == "other"]


@pytest.mark.parametrize("text", ["会议听取了代表建议办理和督办情况的汇报。", "会议听取了市政府关于代表建议办理情况的报告。"])
def test_a_report_on_the_handling_heard_is_no_handling(facts_of, text):
    assert "other" not in {a.type for a in facts_of(text, CITY).activities}


@pytest.mark.parametrize(
    "text",
    ["代表共提出建议183件，其中议案转建议处理的6件。", "156件建议办复率达100%。", "各承办单位共10家。",
     # a share of the suggestions received, named by the system that handles them (dev ah09)
     "其中归属省政府系统组织办理的建议778件，占建议总数的91%。"],
)
def test_handling_without_count_or_completion_adds_none(facts_of, text):
    assert kinds(facts_of(text, CITY)) == []
