"""Reports several organs publish together (new users' reports, round 18): a header listing same-level areas that share
one body names each as a publisher, the report lies in their common area, and each activity is its publisher's where
the text places it, else all of theirs together; a header that is no such list stays one organ's name."""
from __future__ import annotations

import pytest

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from loaders.extract.publishers import names
from ontology import OKG, iri

ANFENG, BAOYI = "寿县安丰镇人民代表大会", "寿县保义镇人民代表大会"
XINZHOU, HUANGPI = "武汉市新洲区人民代表大会常务委员会", "武汉市黄陂区人民代表大会常务委员会"


@pytest.mark.parametrize(("header", "expected"), [
    ("寿县安丰镇、保义镇人民代表大会", ["寿县安丰镇人民代表大会", "寿县保义镇人民代表大会"]),
    ("壽縣安豐鎮、保義鎮人民代表大會", ["寿县安丰镇人民代表大会", "寿县保义镇人民代表大会"]),  # traditional
    ("武汉市新洲区、黄陂区、江夏区人民代表大会常务委员会",
     ["武汉市新洲区人民代表大会常务委员会", "武汉市黄陂区人民代表大会常务委员会", "武汉市江夏区人民代表大会常务委员会"]),
    ("武汉市新洲区、黄陂区人大常委会", ["武汉市新洲区人大常委会", "武汉市黄陂区人大常委会"]),
    ("武汉市新洲区人大常委会、武汉市黄陂区人大常委会", ["武汉市新洲区人大常委会", "武汉市黄陂区人大常委会"]),
    ("武汉市新洲区、黄陂区人民代表大会常务委员会（第十六届）",
     ["武汉市新洲区人民代表大会常务委员会（第十六届）", "武汉市黄陂区人民代表大会常务委员会（第十六届）"]),
])
def test_a_header_listing_areas_that_share_one_body_names_each_publisher(header: str, expected: list[str]) -> None:
    assert names(header) == expected


@pytest.mark.parametrize("header", [
    "寿县、安丰镇人民代表大会",  # a county and its town: two levels, no list of one kind of organ (decided: one organ)
    "县人民代表大会常务委员会（德州市属县、县名未载）",  # the 、 is inside a note
    "省、市人大常委会",  # level words, no areas
    "中共寿县委员会、寿县人民代表大会常务委员会",  # no list of areas before one body
    "武汉市新洲区人大常委会、黄陂区人民政府",  # two bodies
    "武汉市新洲区、黄陂区",  # areas, no body
    "武汉市新洲区、新洲区人大常委会",  # one area twice
    "武汉市新洲区、黄陂区代表",  # no organ
    "寿县安丰镇人民代表大会",  # one organ
])
def test_anything_else_stays_one_organ(header: str) -> None:
    assert names(header) == []


def _facts(organ: str, text: str, year: str = "2021", level: str | None = None):  # noqa: ANN202
    meta = {"organ": organ, "year": year, **({"level": level} if level else {})}
    doc = Document(text=text, source="multi.txt", metadata=meta)
    return doc, extract(doc)


SESSIONS = [
    "寿县各镇召开新一届人民代表大会\n近日，安丰镇召开第十九届人民代表大会第一次会议。\n会议听取和审议了镇政府工作报告。\n"
    "保义镇召开第十九届人民代表大会第一次会议，会议听取和审议了镇人民政府工作报告。",
    "壽縣各鎮召開新一屆人民代表大會\n近日，安豐鎮召開第十九屆人民代表大會第一次會議。縣人大常委會副主任到會指導。\n"
    "會議聽取和審議了鎮政府工作報告。\n同日，保義鎮舉行第十九屆人民代表大會第一次會議。\n大會聽取和審議了鎮人民政府工作報告。",
]


@pytest.mark.parametrize("text", SESSIONS)
def test_two_towns_sessions_each_conducts_its_own_reviews(text: str) -> None:
    _, facts = _facts("寿县安丰镇、保义镇人民代表大会", text, level="township")
    assert facts.report["publishers"] == f"{ANFENG}、{BAOYI}" and facts.report["organ"] == ANFENG
    assert (facts.report["jurisdiction"], facts.report["division_code"]) == ("寿县", "340422")
    assert facts.report["level"] == "township"
    reviews = [a for a in facts.activities if a.type == "report_review"]
    assert [(a.conducted_by, a.jointly_with) for a in reviews] == [(ANFENG, []), (BAOYI, [])]
    assert [a.overseen for a in reviews] == [["寿县安丰镇人民政府"], ["寿县保义镇人民政府"]]


def test_each_district_s_item_under_its_headline_is_its_own() -> None:
    text = ("新洲视察农村人居环境整治工作。5月10日，区人大常委会组织部分委员视察全区农村人居环境整治工作。\n"
            "黄陂专题调研优化营商环境工作。5月12日，区人大常委会副主任带队赴区发展改革局开展专题调研。")
    _, facts = _facts("武汉市新洲区、黄陂区人民代表大会常务委员会", text, "2023")
    assert facts.report["jurisdiction"] == "武汉市"
    assert [(a.type, a.conducted_by, a.jointly_with) for a in facts.activities] == [
        ("site_visit", XINZHOU, []), ("investigation", HUANGPI, [])]
    committees = [o.canonical for o in facts.organs if o.mention == "区人大常委会"]
    assert committees == [XINZHOU, HUANGPI]  # each named relative to its own district


@pytest.mark.parametrize(("text", "body"), [
    ("两镇人大主席团联合组织代表视察了跨镇河道治理工作。", ""),  # no town named: both publishers
    ("兩鎮人大主席團聯合組織代表視察了跨鎮河道治理工作。", ""),
    # both named: the subjects' presidia (round 33: a township presidium as its sentence's subject conducts)
    ("保义镇、安丰镇人大主席团联合组织代表视察了跨镇河道治理工作。", "主席团"),
])
def test_work_the_text_places_with_no_one_publisher_is_all_of_theirs(text: str, body: str) -> None:
    _, facts = _facts("寿县安丰镇、保义镇人民代表大会", text)
    assert [(a.type, sorted([a.conducted_by, *a.jointly_with])) for a in facts.activities] == [
        ("site_visit", sorted([ANFENG + body, BAOYI + body]))]


def test_governments_reporting_to_their_congresses_conduct_nothing() -> None:
    text = "关于2022年度区本级预算执行和其他财政收支的审计工作报告\n受区人民政府委托，向区人大常委会报告审计情况。"
    _, facts = _facts("武汉市新洲区、黄陂区人民政府", text, "2023")
    assert facts.report["publishers"] == "武汉市新洲区人民政府、武汉市黄陂区人民政府"
    assert all(a.conducted_by is None for a in facts.activities)


def test_one_organ_s_header_is_read_as_before() -> None:
    _, facts = _facts("寿县、安丰镇人民代表大会", SESSIONS[0])
    assert "publishers" not in facts.report


def test_the_graph_names_each_publisher_placed_in_its_own_area_and_the_report_in_their_county() -> None:
    doc, facts = _facts("寿县安丰镇、保义镇人民代表大会", SESSIONS[0], level="township")
    g, report = (built := build(doc, facts)).graph, built.iri
    anfeng, baoyi = iri.entity("organ", ANFENG), iri.entity("organ", BAOYI)
    assert set(g.objects(report, OKG.publishedBy)) == {anfeng, baoyi}
    assert g.value(report, OKG.jurisdiction) == iri.entity("area", "340422")
    towns = [g.value(organ, OKG.jurisdiction) for organ in (anfeng, baoyi)]
    assert None not in towns and towns[0] != towns[1]
    assert all(g.value(town, OKG.within) == iri.entity("area", "340422") for town in towns)
    assert {g.value(a, OKG.conductedBy) for a in g.subjects(OKG.statedIn, report)
            if (a, OKG.status, None) in g and g.value(a, OKG.conductedBy) is not None} == {anfeng, baoyi}
