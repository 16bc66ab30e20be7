"""Organ classes of the genre's long tail (issue 10): the National People's Congress named alone,
county departments by their customary short names. Sentences are written for this test in the
genre's style, after phrasings found in real reports (full-text search of public pages and code).
"""
from __future__ import annotations

import pytest
from extract_helpers import organs

COUNTY = "紫阳县人民代表大会常务委员会"
PROVINCE = "广东省人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("圆满完成本届全国人大及其常委会各项监督任务。", "全国人大"),
        ("国家立法权由全國人大及其常委會依法行使。", "全國人大"),
        ("决定将1件法律草案提请全国人民代表大会审议。", "全国人民代表大会"),
    ],
)
def test_the_national_congress_named_alone(facts_of, text, mention):
    assert (mention, "全国人民代表大会") in organs(facts_of(text, PROVINCE))


@pytest.mark.parametrize(
    "text",
    [
        "全国人大代表王明出席会议。",
        "十三届全国人大二次会议期间，代表们共提出建议8314件。",
        "全国人大常委会执法检查组来我省检查。",
        "全国人大会议今日闭幕。",
        "审议了全国人民代表大会关于完善选举制度的决定草案。",
        "来源：“全国人大”微信公众号",
        "全国人大7个专门委员会负责督办。",
        "组织代表赴全国人大培训基地开展学习培训。",
    ],
)
def test_the_national_congress_is_not_its_deputies_sessions_or_standing_committee(facts_of, text):
    assert "全国人民代表大会" not in {c for _, c in organs(facts_of(text, PROVINCE))}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("县安监局、县环保局负责同志汇报了工作。", "紫阳县安全生产监督管理局"),
        ("上杭县经贸局、县发改局等部门参加。", "上杭县经济贸易局"),
        ("会议听取了县国税局、县地税局的汇报。", "紫阳县国家税务局"),
        ("会议听取了县国税局、县地税局的汇报。", "紫阳县地方税务局"),
        ("检查组听取了县畜牧局关于动物防疫工作的汇报。", "紫阳县畜牧局"),
        ("县食药监局对检查中发现的问题立行立改。", "紫阳县食品药品监督管理局"),
        ("县城市更新局、县建设局、县房产局负责同志参加。", "紫阳县城市更新局"),
        ("县文化局、县行政复议局分别作了汇报。", "紫阳县行政复议局"),
    ],
)
def test_county_departments_by_their_short_names(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, COUNTY))}


def test_a_provincial_department_in_traditional_script(facts_of):
    found = {c for _, c in organs(facts_of("省文化廳、省食品藥品監督管理局負責同志參加座談。", "湖北省人民代表大会常务委员会"))}
    assert {"湖北省文化厅", "湖北省食品药品监督管理局"} <= found


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("指导镇(街道)人大依法开展工作。", "德清县各镇人民代表大会"),
        ("加强对乡镇人大工作的指导。", "德清县各乡镇人民代表大会"),
        ("推动乡镇街道人大工作规范化建设。", "德清县各乡镇人民代表大会"),
        ("推动乡镇街道人大工作规范化建设。", "德清县人民代表大会常务委员会各街道工作委员会"),
        ("各鎮區人大相繼召開人代會。", "德清县各镇区人民代表大会"),
        ("指导各乡镇人代会顺利召开。", "德清县各乡镇人民代表大会"),
        ("县人大常委会召开各乡镇人大主席团主席座谈会。", "德清县各乡镇人民代表大会主席团"),
        ("各镇人大组织代表开展视察。", "德清县各镇人民代表大会"),
    ],
)
def test_the_township_congresses_as_a_set(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, "德清县人民代表大会常务委员会"))}


def test_the_township_congresses_of_an_unnamed_county_keep_the_bare_name(facts_of):
    found = facts_of("县人大常委会加强对乡镇人大的指导。", "自治县人民代表大会常务委员会").organs
    assert any(o.canonical == "各乡镇人民代表大会" and o.unnamed_place for o in found)


@pytest.mark.parametrize("text", ["镇人大组织代表视察。", "乡镇人大代表积极履职。"])
def test_one_township_congress_or_its_deputies_are_no_set(facts_of, text):
    assert not any("各" in (c or "") for _, c in organs(facts_of(text, "德清县人民代表大会常务委员会")))


STREET = "桐乡市人民代表大会常务委员会梧桐街道工作委员会"


@pytest.mark.parametrize(
    "text",
    [
        "梧桐街道人大工委组织代表开展集中视察。",
        "人大梧桐街道工委召开代表座谈会。",
        "街道人大工委主任主持会议。",
        "人大街工委对问题办理情况进行跟踪督促。",
        "会后，人大工委将意见建议梳理汇总。",
        "街道人大围绕民生实事开展监督。",
    ],
)
def test_a_street_committee_names_itself(facts_of, text):
    found = {c for _, c in organs(facts_of(text, STREET))}
    assert STREET in found
    assert not any("各" in c or "镇人民代表大会" in c for c in found if c)


def test_a_street_committee_of_an_unnamed_district_keeps_the_bare_name(facts_of):
    found = facts_of("城中街道人大工委组织代表视察。", "区人民代表大会常务委员会城中街道工作委员会（城中街道所属区）").organs
    assert [(o.canonical, o.unnamed_place) for o in found] == [("区人民代表大会常务委员会城中街道工作委员会", True)]


CITY = "濮阳市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("市人大研究室的同志参加调研。", f"{CITY}研究室"),  # named acting (round 45 ruling 1: 来源：市人大研究室 credits)
        ("常委会代表工委、研究室相关负责同志参加会议。", f"{CITY}研究室"),
        ("市人大常委会人事代表工作机构与市政府办公室共同督办。", f"{CITY}人事代表工作机构"),
        ("市人大常委会副秘书长和各委办室负责同志列席会议。", f"{CITY}各工作机构"),
        ("市人大各工委(室)主任参加检查。", f"{CITY}各工作机构"),
        ("收集人大常委会工作（办事）机构的意见。", f"{CITY}各工作机构"),
        ("召开主任扩大会议，由各委室主任逐个汇报。", f"{CITY}主任会议"),
    ],
)
def test_the_working_bodies_of_a_standing_committee(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, CITY))}


@pytest.mark.parametrize("text", ["市委政策研究室负责同志参加。", "市政府研究室牵头起草。"])
def test_another_organs_research_office_is_not_the_committees(facts_of, text):
    assert f"{CITY}研究室" not in {c for _, c in organs(facts_of(text, CITY))}


@pytest.mark.parametrize(
    "text",
    [
        "人大代表一头连着党和政府，一头连着万千群众。",
        "进一步推动政府职能转变。",
        "对教育等六项政府工作开展满意度测评。",
        "为各级政府依法行政提供了依据。",
        "票决了2023年度政府重点民生实事候选项目。",
        "加强对政府部门的监督。",
    ],
)
def test_government_in_general_or_as_a_modifier_is_no_organ(facts_of, text):
    assert not [o for o in facts_of(text, COUNTY).organs if o.kind == "government"]


@pytest.mark.parametrize(
    "text",
    ["会议听取了政府关于民生实事项目的报告。", "督促政府及相关部门抓好整改。", "审查县本级政府投资项目计划。"],
)
def test_the_reports_own_government_named_bare(facts_of, text):
    assert "紫阳县人民政府" in {c for _, c in organs(facts_of(text, COUNTY))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县纪委监委派员列席会议。", {"中共紫阳县纪律检查委员会", "紫阳县监察委员会"}),
        ("县纪委监察委员会联合开展督查。", {"中共紫阳县纪律检查委员会", "紫阳县监察委员会"}),
        ("在镇党委政府的支持下，代表活动有序开展。", {"中共紫阳县城关镇委员会", "紫阳县城关镇人民政府"}),
    ],
)
def test_two_organs_after_one_level_word(facts_of, text, expected):
    organ = "紫阳县城关镇人民代表大会主席团" if "镇" in text else COUNTY
    assert expected <= {c for _, c in organs(facts_of(text, organ))}


def test_a_members_title_after_a_commission_is_no_second_organ(facts_of):
    found = {c for _, c in organs(facts_of("县纪委委员参加了会议。", COUNTY))}
    assert found == {"中共紫阳县纪律检查委员会"}
