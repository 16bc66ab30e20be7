"""Organ classes of round 38, from the misses and false organs of the freshest readable files (`an`, `am`, `al` odd) and
older readable files with other wording; variants written in the genre's style (simplified and traditional script)."""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL, organs

PROVINCE = "浙江省人民代表大会常务委员会"
CITY = "三明市人民代表大会常务委员会（福建省）"
TOWN = "丰州镇人民代表大会（福建省南安市）"


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        # an07 (traditional): a national member's post in a special committee, in a province's report
        ("全國人大常委會委員、教科文衛委員會副主任委員吳恒率調研組前來我省。", PROVINCE, "教科文衛委員會",
         "全国人民代表大会教育科学文化卫生委员会"),
        # an55 (traditional): the county-level city's committee in a town's report, not the town's
        ("市人大常委、內司委主任張永志參加檢查。", TOWN, "內司委", "南安市人民代表大会内务司法委员会"),
        # an29: a working committee stays the standing committee's
        ("三明市人大常委会委员、法工委主任陈某作说明。", CITY, "法工委", "三明市人民代表大会常务委员会法制工作委员会"),
        # b17, n02, af27: other wording (a resignation, an abbreviation, a province named short)
        ("接受徐某辞去省人大常委会委员、法制委员会副主任委员职务的请求。", PROVINCE, "法制委员会", "浙江省人民代表大会法制委员会"),
        ("全国人大常委会委员、环资委副主任委员王某参加调研。", NATIONAL, "环资委", "全国人民代表大会环境与资源保护委员会"),
        ("省人大常委会委员、省人大外事侨务委员会副主任委员李某陪同。", PROVINCE, "省人大外事侨务委员会",
         "浙江省人民代表大会外事侨务委员会"),
    ],
)
def test_a_committee_after_its_congress_s_member_title_is_that_congress_s(facts_of, text, organ, mention, canonical):
    """A post in a committee named after a member's title of a congress or its standing committee (全国人大常委会委员、
    教科文卫委员会副主任委员; 市人大常委、内司委主任): the committee is that congress's, its body the committee's own."""
    found = organs(facts_of(text, organ))
    assert (mention, canonical) in found
    assert not any(m == mention and c != canonical for m, c in found)  # never the report's own committee beside it
