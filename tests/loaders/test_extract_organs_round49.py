"""Organs on the held set ay (round 49, brief ent49): a congress's committee named bare right after a verb of hearing
its report (听取和审议、表决财政经济委员会关于…的报告; 审议议案审查委员会关于…), and a session's committee on the plan, the
finances and the budget (计划财政预算审查委员会), and a county's court or procuratorate named bare before its heads attending
(法院、检察院相关负责人列席会议). Phrasings written for these tests, in either script, with near misses."""
from __future__ import annotations

import pytest
from extract_helpers import organs

_PRESIDIUM = "中山市人民代表大会主席团"
_STANDING = "宁夏回族自治区人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("会议听取和审议、表决财政经济委员会关于计划和预算草案的审查结果报告。", _PRESIDIUM, "财政经济委员会",
         "中山市人民代表大会财政经济委员会"),
        ("会议听取和审议议案审查委员会关于代表提出议案的处理意见报告。", _PRESIDIUM, "议案审查委员会",
         "中山市人民代表大会议案审查委员会"),
        ("會議聽取和審議、表決財政經濟委員會關於預算草案的審查結果報告。", _PRESIDIUM, "財政經濟委員會",
         "中山市人民代表大会财政经济委员会"),
        ("会议听取法制委员会关于条例草案审议结果的报告。", _PRESIDIUM, "法制委员会", "中山市人民代表大会法制委员会"),
        ("常委会同步审议法工委和“一府两院”的工作报告。", _STANDING, "法工委",
         "宁夏回族自治区人民代表大会常务委员会法制工作委员会"),
        ("听取了计划财政预算审查委员会关于计划、财政预算的审查结果报告。", _PRESIDIUM, "计划财政预算审查委员会",
         "中山市人民代表大会计划财政预算审查委员会"),
    ],
)
def test_a_committee_heard_right_after_the_verb_is_the_congresss(facts_of, text, organ, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, organ))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("会议审议《财政经济委员会工作规则》。", "财政经济委员会"),  # a title's words name no organ
        ("会议解决财政经济问题。", "财政经济"),  # no committee's name
        ("会议听取政府关于计划财政工作的报告。", "计划财政"),
    ],
)
def test_no_committee_is_read_from_words_that_name_none(facts_of, text, mention):
    assert mention not in {found for found, _ in organs(facts_of(text, _PRESIDIUM))}


_COUNTY = "依兰县人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("县政府副县长张国臣，法院、检察院相关负责人列席会议。", "检察院", "依兰县人民检察院"),
        ("縣政府黨組成員劉遠志,法院、檢察院相關負責人列席會議。", "檢察院", "依兰县人民检察院"),
        ("副县长及县法院、检察院主要负责人列席会议。", "检察院", "依兰县人民检察院"),
        ("检察院领导出席会议。", "检察院", "依兰县人民检察院"),
        ("法院负责同志介绍了情况。", "法院", "依兰县人民法院"),
    ],
)
def test_a_county_court_named_bare_before_its_heads_is_the_countys(facts_of, text, mention, canonical):
    assert (mention, canonical) in organs(facts_of(text, _COUNTY))


@pytest.mark.parametrize(
    ("text", "organ", "mention"),
    [
        ("检察院领域改革稳步推进。", _COUNTY, "检察院"),  # no head: 领域 is no 领导
        ("省委政法委，法院、检察院负责人参加座谈。", "湖北省人民代表大会常务委员会", "检察院"),  # a province's bare court
    ],
)
def test_no_bare_court_is_read_without_its_heads_or_below_a_province(facts_of, text, organ, mention):
    assert mention not in {found for found, _ in organs(facts_of(text, organ))}


# Round 49 ruling 2: a body is named in full only where certain, as the text places it; a township report's bare branch
# listed among its units is the town's (aw49), a county bureau's branch only where the text names the bureau.
_TOWN = "当阳市半月镇人民代表大会"


@pytest.mark.parametrize(
    "text",
    [
        "视察组先后实地视察了该镇派出所、国土所、工商分局、食药所、电信局。",
        "視察了該鎮派出所、國土所、工商分局、食藥所。",
        "调研组走访了镇卫生院、税务分局。",
    ],
)
def test_a_branch_listed_among_a_townships_units_is_the_towns(facts_of, text):
    assert [canonical for _, canonical in organs(facts_of(text, _TOWN)) if canonical.endswith("分局")][0].startswith(
        "当阳市半月镇")


def test_a_branch_named_with_its_county_stays_the_countys(facts_of):
    found = organs(facts_of("区委编办、财政局、人社局、自然资源分局、住建局等单位参加。", "六安市叶集区人民代表大会常务委员会"))
    assert not [canonical for _, canonical in found if canonical.endswith("分局") and "镇" in canonical]
