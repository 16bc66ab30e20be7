"""Organs and deputies by round 47's rulings (genre README "## Round 47"): a committee's abbreviation is expanded only to
its own jurisdiction's name (ruling 9), and a counted group told present at the session is its present count, no group
(ruling 1). Phrasings written for these tests, in either script."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _facts(text: str, organ: str):
    return extract(Document(text=text, source="t.txt", metadata={"organ": organ, "year": "2024"}))


def _organs(text: str, organ: str) -> dict[str, str]:
    return {o.mention: o.canonical for o in _facts(text, organ).organs}


# Ruling 9: Hunan's congresses call their 民侨外委 民族华侨外事委员会 (a03, r05); Guangxi's is 民族侨务外事委员会 and the
# dev texts give no other province's, so there the short name stays as written; Guangdong's and Shanghai's 侨民宗委 differ.
@pytest.mark.parametrize(
    ("text", "organ", "mention", "canonical"),
    [
        ("市人大民侨外委关于执法检查情况的报告。", "长沙市人民代表大会常务委员会", "市人大民侨外委",
         "长沙市人民代表大会民族华侨外事委员会"),
        ("省人大民侨外委赴怀化开展调研。", "湖南省人民代表大会常务委员会", "省人大民侨外委", "湖南省人民代表大会民族华侨外事委员会"),
        ("由民侨外委负责做好相关工作。", "株洲市人民代表大会常务委员会", "民侨外委", "株洲市人民代表大会民族华侨外事委员会"),
        ("市人大民侨外委开展调研。", "南宁市人民代表大会常务委员会", "市人大民侨外委", "南宁市人民代表大会民侨外委"),
        ("自治區人大民僑外委開展視察。", "广西壮族自治区人民代表大会常务委员会", "自治區人大民僑外委",
         "广西壮族自治区人民代表大会民侨外委"),
        ("湖南省人大民侨外委来邕调研。", "南宁市人民代表大会常务委员会", "湖南省人大民侨外委", "湖南省人民代表大会民族华侨外事委员会"),
        ("省人大侨民宗委开展视察。", "广东省人民代表大会常务委员会", "省人大侨民宗委", "广东省人民代表大会华侨民族宗教委员会"),
        ("市人大侨民宗委开展视察。", "上海市人民代表大会常务委员会", "市人大侨民宗委", "上海市人民代表大会华侨民族宗教事务委员会"),
        ("市人大侨民宗委开展视察。", "福州市人民代表大会常务委员会", "市人大侨民宗委", "福州市人民代表大会侨民宗委"),
    ],
)
def test_a_committee_abbreviation_expands_only_to_its_own_provinces_name(text, organ, mention, canonical):
    assert _organs(text, organ).get(mention) == canonical


def test_a_field_one_province_expands_is_not_expanded_elsewhere():
    # the working committee's field (民侨外) is no field of every province's table: as written, never half-expanded
    found = _organs("市人大民侨外工委开展调研。", "南宁市人民代表大会常务委员会")
    assert found.get("市人大民侨外工委") == "南宁市人民代表大会常务委员会民侨外工委"


def _deputies(text: str) -> list[tuple[str, int | None]]:
    return [(d.mention, d.count) for d in _facts(text, "某县人民代表大会常务委员会").deputies]


# Ruling 1: a present count stays a statistic with no group (547名代表出席会议; am02's 1500多名出席会议的人大代表).
@pytest.mark.parametrize(
    "text",
    [
        "547名代表出席会议。",
        "全镇125名镇人大代表出席了会议。",
        "应到代表888人，807名代表出席，符合法定人数。",
        "54名正式人大代表出席此次会议。",
        "大会开幕，1500多名出席会议的人大代表听取了报告。",
        "58名鎮人大代表出席會議，會議由主席團主持。",
        "本次大会共有249名区人大代表出席大会。",
    ],
)
def test_a_count_told_present_at_the_session_is_no_group(text):
    assert _deputies(text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("20名代表出席座谈会，就乡村振兴提出建议。", 20),  # present at other work: taking part
        ("组织15名县人大代表参加视察。", 15),
        ("岳阳代表团52名省人大代表出席会议。", 52),  # a delegation's count keeps its entry (ac16)
    ],
)
def test_a_count_at_other_work_or_a_delegations_stays_a_group(text, count):
    assert [c for _, c in _deputies(text)] == [count]


# A working committee whose name joins two fields (法制和内务司法工委, 代表与选任工委) is one committee, named as written
# unless both fields are the table's (round 48: expanded), after its standing committee or alone in a list; two bodies
# joined (办公室和代表工委) stay two.
@pytest.mark.parametrize(
    ("text", "mention", "canonical"),
    [
        ("区人大常委会农业农村工委、法制和内务司法工委参加活动。", "法制和内务司法工委",
         "常州市武进区人民代表大会常务委员会法制和内务司法工作委员会"),  # both fields the table's: expanded (round 48)
        ("区人大常委会社会和环资城建工委作了调查报告。", "区人大常委会社会和环资城建工委",
         "常州市武进区人民代表大会常务委员会社会和环资城建工委"),
        ("区人大常委會代表與選任工委關於督辦工作的報告。", "区人大常委會代表與選任工委",
         "常州市武进区人民代表大会常务委员会代表与选任工委"),
        ("听取区政府的报告及代表与选任工委督办工作情况的报告。", "代表与选任工委", "常州市武进区人民代表大会常务委员会代表与选任工委"),
        ("区人大常委会办公室和代表工委联合开展调研。", "代表工委", "常州市武进区人民代表大会常务委员会代表工作委员会"),
    ],
)
def test_a_working_committee_joining_two_fields_is_one_as_written(text, mention, canonical):
    assert _organs(text, "常州市武进区人民代表大会常务委员会").get(mention) == canonical


# A bare 政府 before the thing it qualifies (政府债券, 政府宏观调控, 政府绩效) or in a governance formula
# (政府统一领导、部门依法监管; 发展所需、政府所能，) is governments in general; hearing or acting it is the report's own.
@pytest.mark.parametrize(
    "text",
    [
        "系统包括转移支付、政府债券等9个功能模块。",
        "满足不同情形下的政府宏观调控需要。",
        "坚持政府统一领导、部门依法监管、社会共同参与。",
        "聚焦发展所需、政府所能，密切联系群众。",
        "推動政府績效工作再上新台階。",
    ],
)
def test_a_bare_government_qualifying_a_thing_is_no_organ(text):
    assert "昆明市人民政府" not in _organs(text, "昆明市人民代表大会常务委员会").values()


@pytest.mark.parametrize("text", ["会议听取了政府关于预算执行情况的报告。", "审查县本级政府投资项目计划。"])
def test_a_bare_government_heard_or_planning_is_the_reports_own(text):
    assert "东至县人民政府" in _organs(text, "东至县人民代表大会常务委员会").values()


# The leading group a standing committee forms for an appraisal or an inspection, and its office, are its bodies
# (``congress-groups.csv``; dev ab13, ao41, aw41).
@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("向县人大常委会专项工作评议领导小组办公室反映情况和问题。", "保康县人民代表大会常务委员会专项工作评议领导小组办公室"),
        ("成立了以常委会副主任为组长、有关科室负责人为成员的执法检查领导小组。", "保康县人民代表大会常务委员会执法检查领导小组"),
        ("常委會規範性文件備案審查工作評議領導小組自今年2月以來開展工作。", "保康县人民代表大会常务委员会评议领导小组"),
    ],
)
def test_a_leading_group_of_the_standing_committee_is_its_body(text, canonical):
    assert canonical in _organs(text, "保康县人民代表大会常务委员会").values()


# The retired cadres' and the public's representatives are no deputies (部分老同志代表, 5名群众代表), the deputies beside
# them are (dev ai47).
@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("县领导、部分老同志代表出席会议。", []),
        ("邀請5名群眾代表參加座談。", []),
        ("部分群众代表和部分县人大代表参加视察。", ["部分县人大代表"]),
    ],
)
def test_the_publics_representatives_are_no_deputies(text, mentions):
    assert [m for m, _ in _deputies(text)] == mentions


# A group formed for one subject keeps 专题 before any of the table's groups, as 专题调研组 does (dev aw09).
@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("市人大常委会组成专题执法检查组，就条例实施情况进行检查。", "衡水市人民代表大会常务委员会专题执法检查组"),
        ("市人大常委會專題視察組來到企業。", "衡水市人民代表大会常务委员会专题视察组"),
        ("市人大常委会专题调研组一行来到企业。", "衡水市人民代表大会常务委员会专题调研组"),
        ("执法检查组来到企业。", "衡水市人民代表大会常务委员会执法检查组"),
    ],
)
def test_a_group_formed_for_one_subject_keeps_its_qualifier(text, canonical):
    assert canonical in _organs(text, "衡水市人民代表大会常务委员会").values()


# The session secretariat's motions unit named right after it is the congress's (大会秘书处议案组); the secretariat alone
# stays the secretariat.
@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("代表建议由大会秘书处议案组交有关机关办理。", "湖北省人民代表大会秘书处议案组"),
        ("十三屆全國人大一次會議秘書處議案組收到代表議案。", "全国人民代表大会秘书处议案组"),
        ("大会秘书处发出通知。", "湖北省人民代表大会秘书处"),
    ],
)
def test_the_secretariats_motions_unit_is_the_congresss(text, canonical):
    assert canonical in _organs(text, "湖北省人民代表大会常务委员会").values()


# A bare 党组 right after another body's name is that body's, not the reporting standing committee's; alone or after
# 常委会 it stays the standing committee's.
@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("全国台联党组书记、会长黄志贤表示，视察很有意义。", False),
        ("山東省文物局黨組副書記、副局長周曉波介紹了情況。", False),
        ("教科文卫委员会分党组书记、副主任委员孟繁华带领大家学习。", False),
        ("局党组高度重视代表建议办理工作。", False),
        ("区法院部分党组成员参加了此次活动。", False),
        ("常委会党组书记、主任许俊主持会议。", True),
        ("党组成员、副主任王明参加视察。", True),
        # some of its members (部分党组成员) are still the standing committee's, unless a body's name comes before them
        ("常委会部分党组成员参加了此次活动。", True),
        ("部分党组成员、副主任参加视察。", True),
        ("會議由部分黨組成員主持。", True),
        ("市政协部分党组成员参加了此次活动。", False),
    ],
)
def test_a_bare_party_group_after_another_body_is_not_the_standing_committees(text, own):
    found = _organs(text, "海南省人民代表大会常务委员会").values()
    assert ("中共海南省人民代表大会常务委员会党组" in found) is own


# 两高 in a slogan (一优两高, “两高”项目) names no court; the two supreme organs heard or acting stay (dev af09).
@pytest.mark.parametrize(
    ("text", "courts"),
    [
        ("围绕省委“一优两高”战略部署提出询问。", False),
        ("加强“兩高”項目管控。", False),
        ("遏制两高项目盲目发展。", False),
        ("听取国务院和“两高”的工作报告。", True),
        ("推动“两高”开展司法解释。", True),
    ],
)
def test_two_highs_in_a_slogan_are_no_courts(text, courts):
    found = {o.canonical for o in _facts(text, "青海省人民代表大会常务委员会").organs}
    assert ("中华人民共和国最高人民法院" in found) is courts


# Customary short stems of departments: 人保 (人力资源和社会保障, as 人社: dev v33) and 农林 (dev at43).
@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("区人保局作了汇报。", "台州市黄岩区人力资源和社会保障局"),
        ("區農林局作了匯報。", "台州市黄岩区农林局"),
    ],
)
def test_customary_department_stems(text, canonical):
    assert canonical in _organs(text, "台州市黄岩区人民代表大会常务委员会").values()


def test_an_insurer_is_no_department():
    assert _organs("中国人保财险公司参加座谈。", "台州市黄岩区人民代表大会常务委员会") == {}
