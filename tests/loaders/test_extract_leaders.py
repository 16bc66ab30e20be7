"""Who led the work, read once (round 30, a first-time analyst's: ``conductors`` and ``places`` each read leaders with a
pattern of their own, and both missed a leader named after the work, …执法检查，由副主任王某带队, and one heading the group,
任组长 / 担任组长). One reader (:mod:`loaders.extract.leaders`, the words in ``leader-words.csv``) gives an activity's
``led_by`` and the visiting body an officer of another congress leads.

Sentences are the genre's phrasings, written for these tests (none from ``benchmarks/genre`` or the shared corpus).
"""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.facts import Facts
from loaders.read import Document

HUBEI = "湖北省人民代表大会常务委员会"
JINGZHOU = "荆州市人民代表大会常务委员会"


def _facts(text: str, organ: str) -> Facts:
    return extract(Document(text=text, source="test", metadata={"organ": organ, "year": "2023"}))


def _leaders(text: str, organ: str = JINGZHOU) -> list[tuple[str, str]]:
    facts = _facts(text, organ)
    for act in facts.activities:
        if act.led_by:
            assert text[int(act.led_by["start"]) : int(act.led_by["end"])] == act.led_by["mention"]
    return [(str(act.led_by["name"]), str(act.led_by["title"])) for act in facts.activities if act.led_by]


@pytest.mark.parametrize(("text", "leader"), [
    # the leader named after the work, opening a clause of its own
    ("5月，市人大常委会组织开展《中华人民共和国水法》执法检查，由副主任王建国带队，深入5个县市区检查。", ("王建国", "副主任")),
    ("市人大常委会对全市湿地保护工作开展专题调研，由市人大常委会副主任刘强率队。", ("刘强", "市人大常委会副主任")),
    ("市人大常委会视察组对农村公路建设情况进行视察，常委会副主任张红带队。", ("张红", "常委会副主任")),
    # heading the group: 任组长, 担任组长, 以…为组长
    ("9月，常委会开展乡村振兴专题调研，副主任李红任组长，赴远安县、兴山县调研。", ("李红", "副主任")),
    ("常委会组织开展《中华人民共和国食品安全法》执法检查，市人大常委会主任赵明担任执法检查组组长。", ("赵明", "市人大常委会主任")),
    ("成立以副主任孙伟为组长的执法检查组，对《中华人民共和国湿地保护法》实施情况开展执法检查。", ("孙伟", "副主任")),
    # before the work, as read since round 29
    ("市人大常委会党组书记、主任王晓东带领视察组对全市重点项目进行视察。", ("王晓东", "市人大常委会党组书记、主任")),
])
def test_the_leader_is_read_before_or_after_the_work(text: str, leader: tuple[str, str]) -> None:
    assert _leaders(text) == [leader]


@pytest.mark.parametrize("text", [
    # after the work, one who leads others (the overseen government's answerers) or is named in other words
    "常委会召开专题询问会议，就扶贫开发工作进行专题询问，副市长张伟带领市政府有关部门负责同志到场应询。",
    "常委会开展湿地保护法执法检查，并听取了副主任王刚带队的调研组汇报情况。",
    # a deputy head leads nothing; posts alone name no leader
    "常委会开展乡村振兴专题调研，副主任李红任副组长。",
    "由县人大常委会主任、副主任带领调研组分组开展专题调研。",
])
def test_no_leader_where_none_leads_the_work(text: str) -> None:
    assert _leaders(text) == []


@pytest.mark.parametrize(("organ", "text", "conductor"), [
    # a visiting body's officer heading its group, named before or after the group's work: the group's former's
    (JINGZHOU, "省人大常委会副主任周先旺任组长的执法检查组来我市检查《中华人民共和国湿地保护法》实施情况。",
     "湖北省人民代表大会常务委员会"),
    (HUBEI, "全国人大常委会成立了副委员长丁仲礼任组长的执法检查组，在湖北检查《中华人民共和国长江保护法》实施情况。",
     "全国人民代表大会常务委员会"),
])
def test_a_visiting_officer_heading_the_group_makes_the_work_that_body_s(organ: str, text: str, conductor: str) -> None:
    (act,) = _facts(text, organ).activities
    assert act.conducted_by == conductor and act.led_by is not None


def test_the_report_s_own_officer_heading_the_group_keeps_the_work_its_own() -> None:
    (act,) = _facts("市人大常委会副主任周先旺任组长的执法检查组对《中华人民共和国湿地保护法》实施情况开展执法检查。",
                    JINGZHOU).activities
    assert act.conducted_by is None and act.led_by is not None and act.led_by["name"] == "周先旺"
