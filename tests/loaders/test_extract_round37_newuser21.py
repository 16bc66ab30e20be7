"""Classes a first-time analyst's round 37 (newuser21) found misread, each stated as a report writer means it, with
phrasings written for these tests and near misses that must not match."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

CITY = "某某市人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "expected"), [
    # how a law is carried out, checked (监督检查) by 开展 as by 进行, is an inspection (newuser21 §4)
    ("7月26日，市人大常委会副主任张某带领执法检查组到某县，就固体废物污染环境防治“一法一条例”在我市的贯彻实施情况开展监督检查。",
     ["law_enforcement_inspection"]),
    ("5月，市人大常委会对《某某市养犬管理条例》实施情况开展了监督检查。", ["law_enforcement_inspection"]),
    ("市人大常委会组织部分委员对全市贯彻执行《中华人民共和国食品安全法》情况进行监督检查。", ["law_enforcement_inspection"]),
    # …overseen without a check, it stays other oversight; review opinions' follow-up checked is none
    ("市人大常委会对《民法典》贯彻实施情况开展监督。", ["other"]),
    ("市人大常委会对代表建议办理情况进行了检查。", ["other"]),
])
def test_a_law_carried_out_checked_is_an_inspection(facts_of, text: str, expected: list[str]) -> None:
    assert kinds(facts_of(text, CITY)) == expected
