"""The congresses' own work is no oversight activity (round 35 rulings 1 and 2): a study, guidance, check or visit to
learn whose object is congress work (``data/congress-work.csv``: 人大工作, 人大代表联络站, 代表之家, 换届选举 …) oversees
no state organ, and deputies invited or organised to take part in the committee's kinds of work named as a category,
with no count and no occasion, state none; state work beside congress work, a count of the deputies' part and an
occasion named keep their activity.

Sentences are readable dev files' (named), a first-time analyst's probe (江西, 2023) and variants a report would write.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.lexicon.tables import filled, rows

ORGAN = "某某县人民代表大会常务委员会"


def found(text: str) -> list[str]:
    facts = extract(Document(text=text, source="r.txt", metadata={"organ": ORGAN, "year": "2023"}))
    return [a.type for a in facts.activities]


@pytest.mark.parametrize("text", [
    "市人大常委会副主任蔡绣鸿带队赴成都市学习考察开发区人大工作。",  # dev af33
    "县人大常委会主任王辉带领常委会各委室负责同志及部分市县人大代表到眉县考察学习人大代表联络站建设工作。",  # dev n31
    "市人大常委会副主任带领人事代表工委同志深入达川区、大竹县调研人大代表工作。",  # dev ai23
    "镇人大对全年人大工作进行了深入调研和详细谋划。",  # dev k37
    "县人大常委会组织部分省人大代表就推进“人大代表之家”建设、密切人大代表与人民群众联系情况开展调研。",  # dev u21
    "鎮人大對全年人大工作進行了深入調研。",
    "常委会围绕人大工作高质量发展确定调研课题16项，形成调研报告16篇。",  # the analyst's probe
    "常委会加强对市县人大工作的联系指导，开展县乡人大工作和建设专题调研。",  # the analyst's probe
    "县人大常委会主任到各乡镇督导检查乡镇人大换届选举工作。",
    "县人大常委会副主任带队赴邻县考察学习代表之家建设。",
    "常委会主任会议成员分别到各乡镇调研指导人大主席团工作。",
])
def test_a_study_of_congress_work_is_no_activity(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("截至目前，已顺利开展了镇人大创新实践工作调研、脱贫攻坚工作调研、农村公路建设与管护情况视察等监督议题。",  # dev q23
     ["investigation", "site_visit"]),
    ("县人大常委会主任到大圩镇调研指导乡镇人大工作和乡村振兴工作。", ["investigation"]),  # dev k31: state work joined
    ("县人大常委会副主任带领人大代表视察2018年人大代表建议办理工作。", ["site_visit"]),  # dev ae43: suggestions handled
    ("县人大常委会组织人大代表到各乡镇代表联络站调研乡村振兴工作。", ["investigation"]),
    ("县人大常委会组织部分人大代表对全县乡村振兴工作开展视察。", ["site_visit"]),
    ("副主任赴重庆市考察学习数字经济发展工作。", ["site_visit"]),  # a study visit of state work (round 11)
    ("在镇人大代表之家开展专题调研。", ["investigation"]),  # a home named as the place, not the subject
    ("组织代表到乡镇人大代表之家视察。", ["site_visit"]),
    ("配合市人大常委会开展执法检查。", ["law_enforcement_inspection"]),  # another congress helped (round 35 ruling 4)
])
def test_state_work_studied_beside_or_alone_stays(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "常委会注重发挥代表在监督工作中的作用，邀请相关领域的省人大代表全程参与执法检查、专题调研和专题询问。",  # the probe
    "一年来，组织300余名人大代表参加常委会视察、调研、执法检查等工作。",  # dev ac19
    "依法有序组织代表视察、专题调研等。",  # dev a01
    "召开协调会议，邀请提出议案的代表参加调研。",  # dev ag03
    "常委会邀请人大代表就地就近就便参加执法检查。",
    "常委会邀请部分人大代表全程参与执法检查和视察。",
    "常委会邀请市人大代表参加常委会组织的执法检查、专题询问。",
    "区人大常委会组织部分代表开展视察、调研等。",
])
def test_deputies_invited_to_kinds_named_as_a_category_state_no_activity(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a count in 人次 no longer states the kinds (round 44 ruling 9: test_extract_activity_round44_rulings.py)
    ("组织代表集中视察平陆运河建设情况。", {"site_visit"}),  # an occasion named
    ("县人大常委会组织部分代表视察了县城污水处理厂建设情况。", {"site_visit"}),
    ("常委会组织省人大代表开展集中视察和专题调研，全年有1200余人次代表参加常委会执法检查、视察调研等。",  # the probe
     {"site_visit", "investigation"}),
])
def test_an_occasion_keeps_the_deputies_work(text: str, expected: set[str]) -> None:
    assert set(found(text)) == expected


def test_the_congress_work_rows_are_filled_into_the_not_activity_rows_that_name_them() -> None:
    words = "|".join(row["pattern"] for row in rows("congress-work"))
    named = [row["pattern"] for row in rows("not-activities") if "{congress-work}" in row["pattern"]]
    assert named and all("{congress-work}" not in filled(p) and f"(?:{words})" in filled(p) for p in named)
    assert filled(r"[^，]{0,12}?调研") == r"[^，]{0,12}?调研"  # a quantifier names no table
