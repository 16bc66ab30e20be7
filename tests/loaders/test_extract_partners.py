"""A joint partner conducts the work with the report's organ; an assisting organ helps another body's work without
conducting it (a first-time analyst, round 32, class 5: 崇阳县's joint inspection missing from every organ count, while
round 26 had kept a helping township from being credited with its county's inspection). The words are
``loaders/lexicon/data/partner-words.csv`` (:mod:`loaders.extract.partners`)."""
from __future__ import annotations

import pytest

_TONGSHAN = "通山县人民代表大会常务委员会"
_CHONGYANG = "崇阳县人民代表大会常务委员会"
_XIANNING = "咸宁市人民代表大会常务委员会"
_SEED = "中华人民共和国种子法"


def _roles(facts_of, text: str, organ: str = _TONGSHAN) -> list[tuple[str | None, list[str], list[str]]]:
    """(conducted_by, jointly_with, assisted_by) of each activity concerning 种子法."""
    return [(a.conducted_by, a.jointly_with, a.assisted_by) for a in facts_of(text, organ=organ).activities
            if _SEED in a.laws]


@pytest.mark.parametrize("text", [
    "县人大常委会与崇阳县人大常委会联合开展《中华人民共和国种子法》执法检查。",  # newuser15's own words
    "县人大常委会联合崇阳县人大常委会开展《中华人民共和国种子法》执法检查。",
    "县人大常委会会同崇阳县人大常委会对《中华人民共和国种子法》实施情况进行执法检查。",
    "县人大常委会协同崇阳县人大常委会开展《中华人民共和国种子法》执法检查。",
    "6月，与崇阳县人大常委会共同开展《中华人民共和国种子法》执法检查。",
    "縣人大常委會與崇陽縣人大常委會聯合開展《中華人民共和國種子法》執法檢查。",
])
def test_a_joint_partner_conducts_the_work_with_the_organ(facts_of, text: str) -> None:
    assert _roles(facts_of, text) == [(None, [_CHONGYANG], [])]


def test_a_partner_listed_after_a_partner_is_one_too(facts_of) -> None:
    text = "县人大常委会与崇阳县人大常委会、赤壁市人大常委会联合开展《中华人民共和国种子法》执法检查。"
    assert _roles(facts_of, text) == [(None, [_CHONGYANG, "赤壁市人民代表大会常务委员会"], [])]


@pytest.mark.parametrize("text", [
    "县人大常委会配合市人大常委会开展《中华人民共和国种子法》执法检查。",
    "县人大常委会协助市人大常委会对《中华人民共和国种子法》实施情况进行执法检查。",
    "县人大常委会陪同市人大常委会执法检查组检查《中华人民共和国种子法》实施情况。",
    "市人大常委会执法检查组来我县检查《中华人民共和国种子法》实施情况，县人大常委会做好配合工作。",
    "縣人大常委會配合市人大常委會開展《中華人民共和國種子法》執法檢查。",
])
def test_an_assisting_organ_does_not_conduct_the_work(facts_of, text: str) -> None:
    found = _roles(facts_of, text)
    assert found and all(by.startswith(_XIANNING) and (jointly, helping) == ([], [_TONGSHAN])
                         for by, jointly, helping in found), found


@pytest.mark.parametrize("text", [
    # 同 of 同志 and 同时 names no partner: the government reporting is the one overseen
    "听取并审议了县长王某同志代表县人民政府所作的关于《中华人民共和国种子法》实施情况的报告。",
    "同时对县人民政府关于《中华人民共和国种子法》实施情况的报告进行审议。",
])
def test_a_word_holding_a_partner_s_character_names_no_partner(facts_of, text: str) -> None:
    found = [(a.jointly_with, a.assisted_by, a.overseen) for a in facts_of(text, organ=_TONGSHAN).activities
             if a.type == "report_review"]
    assert found == [([], [], ["通山县人民政府"])], found
