"""Organ classes of round 40: a standing committee's working bodies named as a set are one entry, canonical
…人民代表大会常务委员会各工作机构 (benchmarks/genre/README.md "## Round 40", ruling 7), in phrasings written in the genre's
style (simplified and traditional script), none copied from a dev file."""
from __future__ import annotations

import pytest
from extract_helpers import organs

CITY = "西安市人民代表大会常务委员会"
BODIES = "西安市人民代表大会常务委员会各工作机构"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("常委会各工作部门要认真抓好落实。", BODIES),
        ("常委會各工作部門負責人列席會議。", BODIES),
        ("常委会各工作委员会和办事机构要加强协作。", BODIES),
        ("常委会办事机构和工作机构分别作了汇报。", BODIES),
        ("常委会各办事机构和内设工作机构负责同志参加。", BODIES),
        ("省人大常委会各工作部门负责人陪同检查。", "陕西省人民代表大会常务委员会各工作机构"),
        ("全国人大常委会各工作委员会和办事机构参加。", "全国人民代表大会常务委员会各工作机构"),
    ],
)
def test_working_bodies_named_as_a_set_are_one_entry(facts_of, text, canonical):
    found = [c for _, c in organs(facts_of(text, CITY)) if c and "各工作" in c]
    assert found == [canonical]  # one entry, never the working committees beside it (各工作委员会)


@pytest.mark.parametrize(
    "text", ["市政府各工作部门要认真落实审议意见。", "区政府有关工作部门负责人列席会议。", "各工作部门要按照职责分工抓好落实。"],
)
def test_a_government_s_working_departments_are_not_the_congress_s(facts_of, text):
    assert not any(c and c.endswith("各工作机构") for _, c in organs(facts_of(text, CITY)))


def test_the_working_committees_alone_are_the_working_bodies(facts_of):
    """各工作委员会 alone was the set of working committees (round 29); round 41's ruling 10 makes the standing
    committee's working bodies named as a set in any wording the one entry 各工作机构."""
    found = {c for _, c in organs(facts_of("常委会各工作委员会负责跟踪督办。", CITY))}
    assert f"{CITY}各工作机构" in found and f"{CITY}各工作委员会" not in found


COUNTY = "泰和县人民代表大会常务委员会（江西省吉安市）"


@pytest.mark.parametrize(
    "text",
    [
        "发布日期：2019-09-16 来源：冠朝人大 阅读次数：\n冠朝镇召开第十七届人民代表大会第四次会议。",
        "日期：2023年02月21日 来源：江西人大\n本报讯 日前，县人大常委会开展专题调研。",
        "信息来源：吉安人大 发布时间：2025-06-02\n县人大常委会组织代表视察。",
        "作者：禾市镇人大\n县人大常委会组织代表视察。",
        "县人大常委会组织代表视察。（螺溪镇人大 王明 李华）",
        # an office's closing credit, after 文/ too (round 47, as round 45 ruling 3 removed byline offices)
        "县人大常委会组织代表视察。（文/螺溪镇人大办 王明）",
        "縣人大常委會組織代表視察。（文／禾市鎮人大辦公室 李華）",
        "吉安人大·(2019/4/15 11:16:22)\n县人大常委会组织代表视察。",
        "來源：吉安人大\n縣人大常委會組織代表視察。",
    ],
)
def test_a_congress_site_credited_for_the_page_is_no_organ(facts_of, text):
    """Round 40: a page's credit naming the congress's site by its place and 人大 is the page's furniture."""
    assert {c for _, c in organs(facts_of(text, COUNTY))} <= {"泰和县人民代表大会常务委员会"}


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # an office credited only is the page's author, no entry (round 45 ruling 1: test_extract_organ_rulings_round45)
        ("县人大办组织代表视察。来源：县人大办", "泰和县人民代表大会常务委员会办公室"),
        ("冠朝镇人大组织代表视察。来源：县人大常委会", "泰和县冠朝镇人民代表大会"),
    ],
)
def test_an_office_credited_or_a_congress_acting_stays_an_organ(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, COUNTY))}


JIANDE = "建德市人民代表大会常务委员会"


@pytest.mark.parametrize(
    ("text", "committees"),
    [
        ("市人大监察和法制司法、财政经济、社会建设委员会负责人参加。", ["监察和法制司法委员会", "财政经济委员会", "社会建设委员会"]),
        ("會議聽取了關於監察和法制司法、財政經濟、社會建設委員會的報告。",
         ["监察和法制司法委员会", "财政经济委员会", "社会建设委员会"]),
        ("市六届人大法制、财政经济委员会召开联席会议。", ["法制委员会", "财政经济委员会"]),
        ("市人大常委会法制、预算工作委员会负责人参加。", ["常务委员会法制工作委员会", "常务委员会预算工作委员会"]),
    ],
)
def test_committees_listed_sharing_their_ending_are_each_named(facts_of, text, committees):
    """Round 40: fields listed before one 委员会 name one committee each (readable golds af23, aj47)."""
    found = {c for _, c in organs(facts_of(text, JIANDE))}
    assert {f"建德市人民代表大会{name}" for name in committees} <= found


@pytest.mark.parametrize(
    "text",
    ["省委书记、省人大常委会主任出席会议。", "围绕生态环境、社会建设委员会提出的问题开展调研。", "市政府、市人大常委会、县人大常委会负责同志参加。"],
)
def test_a_list_before_a_committee_that_names_no_fields_adds_none(facts_of, text):
    names = {c for _, c in organs(facts_of(text, JIANDE))}
    assert not any(c.endswith(("书记委员会", "生态环境委员会", "政府委员会")) for c in names)
