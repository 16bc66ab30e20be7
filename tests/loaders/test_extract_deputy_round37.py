"""Deputy classes of round 37, from the freshest readable files' misses and false deputies (`am`-odd first) and older
readable files with other wording."""
from __future__ import annotations

import pytest

TOWN = "站集镇人民代表大会（江苏省宿迁市宿豫区）"


@pytest.mark.parametrize(
    "text",
    [
        # am51: the due count without its unit, the absent between
        "本次会议应出席代表66,因病、因事请假10名,实到56名。",
        # af53: the absent named as deputies
        "本次应到代表50名,因事请假的代表3名,实到代表47名,符合法定人数。",
        "会议应到代表80人，因事因病请假的代表2人，实到78人，符合法定人数。",
        "大会应出席代表52，缺席代表1名，实到51名。",
    ],
)
def test_a_sessions_attendance_gives_no_group(facts_of, text):
    """A session's attendance (the due count, the absent, the present) gives no group (design: `deputies._PRESENT`;
    round 46 ruling 1 over round 37's present group): the due count's unit may be left out, and the absent are no group
    though named 代表; the present count is a statistic."""
    facts = facts_of(text, TOWN)
    assert facts.deputies == []
    assert any(stat.measure_class == "attendance_present" for stat in facts.statistics)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # aj55: a verb opening the clause, its first character a surname
        ("同时，呼吁代表在平时的工作中注重深入基层，主动联系选民。", []),
        ("开通网上平台，方便代表在线履职。", []),
        ("包括代表在内的100余人参加了活动。", []),
        # names opening with those characters stay names
        ("会上，方明代表在发言中提出建议。", ["方明"]),
        ("包小红代表就民生实事提出了意见。", ["包小红"]),
    ],
)
def test_a_verb_before_deputies_is_no_name(facts_of, text, names):
    """A verb opening a clause before 代表 whose first character opens a surname (呼吁, 方便, 包括) names no deputy
    (``deputy-words.csv``'s verb rows)."""
    assert [d.name for d in facts_of(text, TOWN).deputies if d.name] == names
