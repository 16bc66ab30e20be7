"""Law classes of round 9, each with sentences of the genre's public pages (real or paraphrased, their
sources named) and near misses that must not match: drafts named without 《》, a level word read
once, what a decision amends or repeals, who made a decision named without its maker, bare short
titles, titles the text misspells, and plans and voting rules that are no law."""
from __future__ import annotations

import pytest

NPC = "全国人民代表大会"


def names(facts) -> set[str]:
    return {law.canonical for law in facts.laws}



# --- plans and voting rules are no law ---

@pytest.mark.parametrize("text", [
    "会议听取了关于滁州市民生实事项目人大代表票决制实施方案及其票决办法的说明。",
    "审议通过了民生实事项目满意度测评办法（草案）及票决办法（草案）。",
    "审议《某市民生实事项目人大代表票决办法》。",
    "会议听取了关于国务院机构改革方案的决定草案代拟稿的汇报。",
])
def test_plans_and_voting_rules_are_no_law(facts_of, text):
    assert facts_of(text, organ="全国人民代表大会").laws == []


def test_the_decision_adopting_the_vote_stays_a_law(facts_of):
    assert "杭州市人民代表大会常务委员会关于实施民生实事项目人大代表票决制工作的决定" in names(
        facts_of("作出关于实施民生实事项目人大代表票决制工作的决定。", organ="杭州市人民代表大会常务委员会"))
