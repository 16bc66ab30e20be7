"""An earlier hearing retold with the follow-up of its opinions: the hearing is a reported review of its own and the
follow-up (督办, 跟踪监督) work of its own, its law not inspected (round 23 part b 3; readable dev z23)."""
from __future__ import annotations

import pytest

CITY = "某某市人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "并对十五届人大常委会第一次会议听取《中华人民共和国食品安全法》汇报的审议意见落实情况开展督办。",
    "並對十五屆人大常委會第一次會議聽取《中華人民共和國食品安全法》匯報的審議意見落實情況開展督辦。",
    "常委会对第五次会议听取市政府关于养老服务工作情况报告的审议意见落实情况进行跟踪监督。",
])
def test_a_hearing_retold_with_its_opinions_followed_up_is_two(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert sorted(a.type for a in facts.activities) == ["other", "report_review"]
    assert not any(law.inspected for law in facts.laws)


def test_an_audit_followed_up_stays_one(facts_of) -> None:
    # the follow-up is how the audit oversight was done
    assert [a.type for a in facts_of("常委会对审计查出问题整改情况开展跟踪监督。", CITY).activities] == ["audit_oversight"]


def test_an_inspections_opinions_followed_up_stay_one_and_inspect_the_law(facts_of) -> None:
    facts = facts_of("常委会对《中华人民共和国食品安全法》执法检查审议意见落实情况开展跟踪监督。", CITY)
    assert len(facts.activities) == 1 and facts.activities[0].follow_up
    assert facts.laws and all(law.inspected for law in facts.laws)
