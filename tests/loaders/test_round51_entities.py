"""Organs and statistics of round 51 (brief ent51, the held set ``ba``'s odd files classed first, then ``az``–``ax``'s).

A standing committee handing a piece of work to one of its bodies (市人大常委会由财经工委牵头) names two organs, never one
named with 由 inside; a magazine's issue on a line of its own (浙江人大 2018年10期) is the periodical a page reprints, no
organ. Phrasings written for these tests, in both scripts, with near misses that must keep firing."""
from __future__ import annotations

import pytest
from extract_helpers import organs

from loaders.lexicon.normalise import simplify

CITY = "张掖市人民代表大会常务委员会"
COUNTY = "云和县人民代表大会常务委员会"


def _canonicals(facts_of, text: str, organ: str = CITY) -> set[str]:
    return {canonical for _, canonical in organs(facts_of(text, organ)) if canonical}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("7月10日,市人大常委会由财经工委牵头,成立调研组开展专题调研。", "张掖市人民代表大会常务委员会财政经济工作委员会"),
        ("市人大常委會由財經工委牽頭,成立調研組。", "张掖市人民代表大会常务委员会财政经济工作委员会"),
        ("市人大常委会由法制工作委员会负责起草。", "张掖市人民代表大会常务委员会法制工作委员会"),
        ("市人大常委会由教科文卫工委牵头开展视察。", "张掖市人民代表大会常务委员会教育科学文化卫生工作委员会"),
        ("市人大由财经委牵头组织代表视察。", "张掖市人民代表大会财政经济委员会"),
    ],
)
def test_a_body_handed_the_work_is_its_own_organ(facts_of, text: str, body: str) -> None:
    found = _canonicals(facts_of, text)
    assert body in found
    assert not any("由" in canonical for canonical in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: a committee written right after its congress keeps its name
        ("市人大常委会财经工委听取了市科技局的报告。", "张掖市人民代表大会常务委员会财政经济工作委员会"),
        ("市人大常委會法工委組織座談。", "张掖市人民代表大会常务委员会法制工作委员会"),
        ("会议由市人大财经委主任主持。", "张掖市人民代表大会财政经济委员会"),
    ],
)
def test_a_committee_after_its_congress_keeps_firing(facts_of, text: str, body: str) -> None:
    assert body in _canonicals(facts_of, text)


@pytest.mark.parametrize(
    "credit",
    ["浙江人大 2018年10期", "浙江人大　2018年第10期", "浙江人大杂志 2019年第3期", "浙江人大2020年5期"],
)
def test_a_magazines_issue_line_names_no_organ(facts_of, credit: str) -> None:
    text = f"云和:约见政府部门负责人\n2018-12-05 项丽燕\n{credit}\n日前,县人大常委会约见住建局负责人。"
    found = _canonicals(facts_of, text, COUNTY)
    assert "浙江省人民代表大会常务委员会" not in found
    assert COUNTY in found


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the province's congress told acting, on a line with a year or in running text
        "浙江人大 2018年10月组织代表视察云和县。",
        "浙江人大2018年第10期会议听取了报告,县人大常委会参加。",
        "日前,浙江人大常委会调研组到云和县调研。",
    ],
)
def test_a_provinces_congress_acting_keeps_firing(facts_of, text: str) -> None:
    assert any(c.startswith("浙江省人民代表大会") for c in _canonicals(facts_of, text, COUNTY))


@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("调研组深入县财政局、县科工商务局、县水务局等部门。", "县科工商务局"),
        ("調研組深入區財政局、區科工商務局等部門。", "区科工商务局"),
        ("走访了县审计局、县口岸商务局、县水务局。", "县口岸商务局"),
        ("視察了縣財政局、縣招商投資促進局。", "县招商投资促进局"),
    ],
)
def test_a_listed_bureau_whose_name_ends_in_a_known_stem_is_named_whole(facts_of, text: str, department: str) -> None:
    found = {simplify(mention) for mention, _ in organs(facts_of(text, "某县人民代表大会常务委员会"))}
    assert department in found


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        # near misses: a clause before a known department in a list item names no department of its own
        ("听取县民政局、县人大常委会评议县教体局的汇报。", "人大常委会评议"),
        ("视察了县财政局、县商务局。", "县财政局、县商务局"),
    ],
)
def test_a_clause_in_a_list_item_is_no_bureau(facts_of, text: str, bad: str) -> None:
    found = {mention for mention, _ in organs(facts_of(text, "某县人民代表大会常务委员会"))}
    assert not any(bad in mention for mention in found)
    assert "县财政局" in found or "县民政局" in found
