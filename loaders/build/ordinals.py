"""The warning a report gets when it numbers statements that count as one inspection (round 50, newuser35 B4).

One inspection is one law's inspection by the same conducting organs in the same year (README, *What counts as one
inspection*): dates split no count (round 37: the stages of one campaign are told on different days), and neither do
ordinals. In the genre 第N次 and 第N轮 mostly number an organ's work of a year or of a term across laws (今年第三次
执法检查, 第二轮执法检查 of a five-year plan), so two ordinals for one law, organ and year are rare; a report stating
them (a template filled 1,500 times: 对《X法》…开展第N次执法检查) has them told as one event by the extraction
(:mod:`loaders.extract.coreference`'s tellings of one law) and counted once by ``/laws``. The count stays the data
model's; what was silent is said: one line naming the laws whose statements give more ordinals than the report states
inspections of them, and what is counted.
"""
from __future__ import annotations

import re
from collections import defaultdict

from loaders.facts import Facts

#: An ordinal of a piece of work in a statement: 第3次, 第十一次, 第二轮, right before 执法检查 or 检查, maybe after the
#: law's title (第一轮《X法》执法检查). Not a sitting's number (第十次会议, 第十二次主任会议): the statements of one
#: inspection are told at several sittings (its plan adopted at one, its report heard at another: round 37's stages).
ORDINAL = re.compile(r"第[\d一二三四五六七八九十百零〇两]+[次轮輪](?=(?:《[^》]{1,60}》)?(?:执法|執法)?(?:检查|檢查))")
#: How many laws the warning names before "…".
NAMED = 3
#: How many ordinals of each law named the warning gives before "…".
SHOWN = 4


def warnings(facts: Facts) -> list[str]:
    """One line when the statements tying a law to its inspection (:attr:`loaders.facts.LawMention.evidence`) give more
    different ordinals (:data:`ORDINAL`) than the report states reported inspections of the law (follow-ups aside: the
    extraction tells one law's statements by one organ in one year as one event), naming up to :data:`NAMED` such laws
    with their ordinals; else none.

    >>> from loaders.facts import Activity, LawMention
    >>> law = "中华人民共和国食品安全法"
    >>> said = [f"市人大常委会对《{law}》开展第{n}次执法检查" for n in (3, 11)]
    >>> facts = Facts(laws=[LawMention(law, law, True, 0, 1, evidence=e) for e in said],
    ...               activities=[Activity("law_enforcement_inspection", said[0], 0, 9, laws=[law])])
    >>> warnings(facts)[0][:62]
    '2 ordinals of 1 law(s) tell statements counted as one inspecti'
    """
    told: dict[str, dict[str, None]] = defaultdict(dict)
    for mention in facts.laws:
        if mention.evidence and len(ordinals := ORDINAL.findall(mention.evidence)) == 1:  # several: no telling whose
            told[mention.canonical].setdefault(ordinals[0], None)
    inspections: dict[str, int] = defaultdict(int)
    for act in facts.activities:
        if act.type == "law_enforcement_inspection" and not act.follow_up and act.status == "reported":
            for law in act.laws:
                inspections[law] += 1
    apart = {law: list(ordinals) for law, ordinals in told.items() if len(ordinals) > max(1, inspections[law])}
    if not apart:
        return []
    named = "; ".join(f"《{law}》 ({'、'.join(ordinals[:SHOWN])}{'…' if len(ordinals) > SHOWN else ''})"
                      for law, ordinals in list(apart.items())[:NAMED])
    return [f"{sum(map(len, apart.values()))} ordinals of {len(apart)} law(s) tell statements counted as one inspection "
            f"each: {named}{'; …' if len(apart) > NAMED else ''}; one law's statements by the same organs in one year are "
            "one activity and one inspection, whatever ordinal or date they give (README, What counts as one inspection)"]
