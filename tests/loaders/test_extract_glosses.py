"""Traditional text with pinyin glosses: one normalisation pass, facts found, offsets into the original.

The sentences are written for this test in the style of pages that gloss
characters with their pinyin (會(huì)議), in traditional script.
"""
from __future__ import annotations

import pytest

PROVINCE = "江蘇省人民代表大會常務委員會"


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("會(huì)議(yì)聽(tīng)取了關(guān)於職(zhí)業(yè)教育法實(shí)施情況的報(bào)告。", "職(zhí)業(yè)教育法", "中华人民共和国职业教育法"),
        ("常委會(huì)開(kāi)展《中華人民共和國(guó)職業(yè)教育法》執(zhí)法檢(jiǎn)查。", "中華人民共和國(guó)職業(yè)教育法", "中华人民共和国职业教育法"),
        ("檢查（jiǎn chá）了種(zhǒng)子法貫(guàn)徹實(shí)施情況。", "種(zhǒng)子法", "中华人民共和国种子法"),
    ],
)
def test_a_glossed_law_is_found_whole_and_its_mention_is_the_original(facts_of, text, mention, canonical):
    facts = facts_of(text, PROVINCE)
    assert [(law.mention, law.canonical) for law in facts.laws] == [(mention, canonical)]
    assert all(text[law.start : law.end] == law.mention for law in facts.laws)


@pytest.mark.parametrize(
    "text",
    [
        "常委會(huì)開(kāi)展《中華人民共和國(guó)職業(yè)教育法》執(zhí)法檢(jiǎn)查。",
        "省人大常委會(huì)組(zǔ)織執(zhí)法檢查組(zǔ)，檢(jiǎn)查種子法實(shí)施情況。",
    ],
)
def test_a_glossed_inspection_is_an_inspection_with_evidence_from_the_original(facts_of, text):
    facts = facts_of(text, PROVINCE)
    assert [a.type for a in facts.activities] == ["law_enforcement_inspection"]
    assert all(law.inspected for law in facts.laws)
    activity = facts.activities[0]
    assert text[activity.start : activity.end] == activity.evidence and "(" in activity.evidence
