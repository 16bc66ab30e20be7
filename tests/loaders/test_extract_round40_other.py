"""Round 40, the ``other`` kind: suggestions' handling led by leaders (领办, 牵头办理) is one ``other`` per sentence
that tells it, not one per leader or suggestion (genre README round 40 ruling 3, after round 34's ruling 3); and the
classes of readable dev's missed and false ``other``, ratings and filing reviews fixed this round. Phrasings written
for these tests; a dev file is named where its wording shaped the rule."""
from __future__ import annotations

import pytest

PROVINCE = "山西省人民代表大会常务委员会"


def others(facts) -> list[tuple[str, str]]:
    return [(a.type, a.status) for a in facts.activities if a.type == "other"]


@pytest.mark.parametrize("text", [
    "10件作为重点办理的代表建议，由7位副省长领办。",  # dev h09
    "今年确定的8件重点建议，分别由省长和5位副省长领办。",
    "关于加强雾霾治理的建议，由常务副省长某某领办；关于控制煤矿产能的建议，由副省长某某领办；"
    "关于推动旅游业发展的建议，由副省长某某领办。",  # dev r07: one sentence, three leaders
    "市长和其他副市长分别牵头办理代表建议工作。",  # dev f11's wording
    "几位副省长分别牵头办理了《关于加快发展养老服务的建议》等6件重点建议。",
])
def test_suggestions_led_by_leaders_are_one_other_a_sentence(facts_of, text):
    assert others(facts_of(text, PROVINCE)) == [("other", "reported")]


def test_each_sentence_telling_leaders_handling_is_one_other(facts_of):
    text = ("今年省人大常委会确定14件代表建议进行重点办理，分别由6位副省长领办。"
            "其中关于大气污染防治的3件建议，由常务副省长领办；关于旅游业发展的2件建议，由分管副省长领办。")
    assert others(facts_of(text, PROVINCE)) == [("other", "reported")] * 2


@pytest.mark.parametrize("text", [
    "对办理工作继续推行“政府领办、人大督办、部门承办、代表评议”机制。",  # a mechanism named (dev k27)
    "省长主持召开领办的重点建议办理工作座谈会。",  # the suggestions it chose, named
    "区财政局牵头办理的单位有12家。",
])
def test_leading_words_naming_no_handling_told_are_none(facts_of, text):
    assert others(facts_of(text, PROVINCE)) == []
