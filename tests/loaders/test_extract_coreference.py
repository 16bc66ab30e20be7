"""One event, one activity (round 39, issue 10; loaders/extract/coreference.py): a news item's lead, body and closing
lines telling one event give one activity; two events told alike (two sittings, 再次, last year's and this year's, a
rating after each of two reports, a work report's pieces of work) stay two.

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from tests.loaders.extract_helpers import kinds

COUNTY = "宁乡县人民代表大会常务委员会"


def _facts(text: str) -> Facts:
    """The facts of ``text`` written by a county's standing committee in 2023."""
    return extract(Document(text=text, source="test.txt", metadata={"organ": COUNTY, "year": "2023"}))


@pytest.mark.parametrize(("text", "kind"), [
    # a visit: the lead, then its people's steps told by no narrator the finders know
    ("城关街道组织辖区人大代表开展视察活动。\n全体人员先后实地观摩了滨河公园改造项目、城南商贸综合体。", "site_visit"),
    ("县人大常委会组织人大代表对城南片区重点项目进行集体视察。\n与会人员实地观摩了县智慧城市指挥中心、城南产业园等项目。",
     "site_visit"),
    ("縣人大常委會組織人大代表對城南片區重點項目進行集體視察。\n全體人員實地觀摩了縣智慧城市指揮中心、城南產業園等項目。",
     "site_visit"),
    # a rating: the meeting that announced its result, then the result announced
    ("县人大常委会召开关于交通局等六家单位专项工作满意度测评结果通报会。\n会议通报了交通局等六家单位专项工作满意度测评结果。",
     "satisfaction_evaluation"),
    # an investigation: the lead, then the same work told again without its object, or named as this one
    ("县人大常委会组织部分代表赴县生态环境局开展全县生态环境状况专题调研。\n为做好审议准备，常委会认真组织开展专题调研。",
     "investigation"),
    # a later sentence naming the work as the one told (视察…会上), whatever it names besides
    ("县人大常委会组织代表对城区学校建设进行集中视察。\n在随后召开的视察工作座谈会上，代表们提出了意见建议。", "site_visit"),
    # a headline naming no object, then the body naming it
    ("县人大常委会组织代表开展集中视察。\n县人大常委会组织代表对城区学校建设进行视察。", "site_visit"),
])
def test_one_event_told_twice_is_one_activity(text: str, kind: str) -> None:
    assert kinds(_facts(text)) == [kind]


def test_the_merged_activity_keeps_the_telling_naming_its_object() -> None:
    text = ("梅林镇人大注重对代表视察所提意见的办理。\n梅林镇人大组织部分人大代表对2023年政府民生实事项目进行视察。")
    (visit,) = _facts(text).activities
    assert "民生实事项目" in visit.evidence


@pytest.mark.parametrize(("text", "expected"), [
    # two sittings
    ("县人大常委会第二十次会议期间组织委员视察城区学校建设。\n县人大常委会第二十二次会议期间组织委员视察城区学校建设。",
     ["site_visit", "site_visit"]),
    # a later round
    ("县人大常委会组织代表开展集中视察。\n县人大常委会再次组织代表开展集中视察。", ["site_visit", "site_visit"]),
    # another piece of work told beside (还)
    ("县人大常委会组织代表开展集中视察。\n会议期间，县人大常委会还组织代表开展集中视察。", ["site_visit", "site_visit"]),
    # a summary of several things visited, counted
    ("县人大常委会组织代表开展集中视察。\n县人大常委会组织代表就城区学校、医院等6个项目开展集中视察。", ["site_visit", "site_visit"]),
    # months apart
    ("3月，县人大常委会组织代表开展集中视察。\n9月，县人大常委会组织代表开展集中视察。", ["site_visit", "site_visit"]),
    # the morning's and the afternoon's
    ("上午，县人大常委会组织代表开展集中视察。\n下午，县人大常委会组织代表开展集中视察。", ["site_visit", "site_visit"]),
    # last year's and this year's
    ("去年，县人大常委会组织代表开展集中视察。\n今年，县人大常委会组织代表开展集中视察。", ["site_visit", "site_visit"]),
    # a rating after each of two reports heard
    ("会议听取和审议了县政府关于教育工作情况的报告，并进行满意度测评。\n会议听取和审议了县政府关于卫生工作情况的报告，并进行满意度测评。",
     ["report_review", "satisfaction_evaluation", "report_review", "satisfaction_evaluation"]),
    # a work report's pieces of work on different objects, and one naming none among them
    ("县人大常委会组织代表对城区污水管网建设进行视察。\n县人大常委会组织代表对全县财政税收运行进行视察。\n"
     "县人大常委会组织代表开展集中视察。", ["site_visit", "site_visit", "site_visit"]),
    # work told as done several times
    ("镇人大主席团组织代表开展集中视察。\n镇人大主席团组织代表经过多次视察。", ["site_visit", "site_visit"]),
])
def test_two_events_told_alike_stay_two(text: str, expected: list[str]) -> None:
    assert kinds(_facts(text)) == expected
