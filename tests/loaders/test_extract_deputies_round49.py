"""Deputies of round 49 (brief ent49, the held set ``ay`` classed): a total after 共 that counts everyone a list names, others
before the deputies (委员、…和部分全国人大代表共15人), is the list's count; the deputies in it are a group without it, as the
readable golds give it (aa05 ag41 ay45 p03 p25). Phrasings written for these tests, in either script, with near misses."""
from __future__ import annotations

import pytest

COUNTY = "某县人民代表大会常务委员会"


def _deputies(facts_of, text: str) -> list[tuple[str, int | None]]:
    return [(d.mention, d.count) for d in facts_of(text, COUNTY).deputies]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("检查组成员由全国人大常委会委员、环资委委员和部分全国人大代表共15人组成。", "部分全国人大代表"),
        ("街道工委副主任屈英以及部分区人大代表共15人参加活动。", "部分区人大代表"),
        ("副主任带领部分县人大常委会委员、县乡人大代表共60余人赴县法院旁听庭审。", "县乡人大代表"),
        ("由部分縣人大常委會委員和省市人大代表共16名組成調研組。", "省市人大代表"),
        ("常委会机关干部及部分市人大代表共计30人参加视察。", "部分市人大代表"),
    ],
)
def test_a_total_over_others_and_deputies_gives_the_deputies_uncounted(facts_of, text: str, group: str) -> None:
    found = _deputies(facts_of, text)
    assert (group, None) in found and not [count for _, count in found if count is not None]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("据悉，全镇县、镇两级人大代表共86人。", 86),  # levels listed name deputies only
        ("视察组由县人大代表共12人组成。", 12),  # no list before the deputies
        ("常委会委员赴基层调研，部分县人大代表共20人参加。", 20),  # the members in another clause
    ],
)
def test_a_total_of_deputies_alone_keeps_its_count(facts_of, text: str, count: int) -> None:
    assert count in [found for _, found in _deputies(facts_of, text)]
