"""Figures of the world a report tells beside its work (round 30): a count of things or persons that falls into no class
of the congress's work, in a sentence naming neither the congress, its members nor any of its work, is the place's, its
people's or its government's (its peoples, its schools' pupils, a government's clean-up, the officials reporting their
own work), not a statistic of the oversight. Counts in the units of work itself (件, 项, 次, %) and counts in sentences that
name the congress's work stay. Phrasings written for this test after the genre's (readable dev aa53 ab33 g36 t33 v15).
"""
from __future__ import annotations

import pytest

COUNTY = "德清县人民代表大会常务委员会"


def _values(facts) -> set[tuple[float, str]]:
    return {(s.value, s.unit) for s in facts.statistics}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("据了解，该市有仡佬、苗、土家、布依等47个少数民族，人口约101万。", 47, "个"),
        ("截至目前，镇政府已组织8个村共清理垃圾12吨。", 8, "个"),
        ("截至今年6月，我市共有幼儿园829所，在园幼儿人数34.88万人。", 348800, "人"),
        ("兩名副鎮長詳細闡述了自己在分管領域的工作進展。", 2, "名"),
        ("市政府两位副市长也分别在会上作了表态发言。", 2, "位"),
        ("农田水利基础设施建设提升工程：完成主要河道治理3条，完成三面光渠道1000米。", 3, "条"),
        ("该村现有党员46名，常住人口1200人。", 46, "名"),
    ],
)
def test_figures_of_the_world_are_no_statistics(facts_of, text, value, unit):
    assert (value, unit) not in _values(facts_of(text, COUNTY))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the units of work itself, wherever they stand: suggestions told by topic, times, shares
        ("其中，科教文卫方面178件，基础设施建设方面166件。", 178, "件"),
        ("全年共组织各类集中学习204次，上专题党课33次。", 33, "次"),
        ("对标“十大行动”制定重点任务清单，谋划54项具体举措。", 54, "项"),
        # the same kinds of count in a sentence naming the congress's work or its members
        ("调研组先后走访了8个村，了解垃圾清运情况。", 8, "个"),
        ("两名副镇长向镇人大主席团报告了履职情况。", 2, "名"),
        ("代表们实地察看了规模养殖场12家。", 12, "家"),
        # a sentence read across a page's line break, and the heads of units answering the congress
        ("来自全乡各条战线的47名\n\n代表和50余名列席人员齐聚一堂。", 47, "名"),
        ("前来“赶考”的是市政务和大数据局等13名相关单位负责人。", 13, "名"),
    ],
)
def test_the_congresss_counts_stay(facts_of, text, value, unit):
    assert (value, unit) in _values(facts_of(text, COUNTY))
