"""A first-time analyst's extraction findings, round 45 (newuser30 E1–E5, E7): each a class, tested on sentences written
for this file in the genre's style (simplified and traditional), none copied from the analyst's reports or dev files.
"""
from __future__ import annotations

import re

import opencc
import pytest

from loaders.document import Document
from loaders.extract import extract, plans
from loaders.facts import Facts
from loaders.lexicon.normalise import simplify
from loaders.read.docx import read_docx
from loaders.read.properties import document_title, own_part

CITY = "安康市人民代表大会常务委员会"


def _facts(text: str, organ: str = CITY, level: str = "city", year: str = "2023") -> Facts:
    """The facts of ``text`` written by ``organ`` in ``year``."""
    return extract(Document(text=text, source="test.txt", metadata={"organ": organ, "level": level, "year": year}))


def _leader(text: str) -> tuple[str, str]:
    (act,) = [act for act in _facts(text).activities if act.led_by]
    assert act.led_by is not None
    return str(act.led_by["name"]), str(act.led_by["title"])


# E2: a date range before a leader's post is no part of the post
@pytest.mark.parametrize("text", [
    "6月3—5日市人大常委会副主任王建华带队深入汉滨区、旬阳市，开展《中华人民共和国种子法》执法检查。",
    "6月3-5日，市人大常委会副主任王建华带队深入汉滨区，开展《中华人民共和国种子法》执法检查。",
    "6月3至5日市人大常委会副主任王建华带队深入汉滨区，开展《中华人民共和国种子法》执法检查。",
    "2023年6月3日到5日市人大常委会副主任王建华带队深入汉滨区，开展《中华人民共和国种子法》执法检查。",
    "六月三日至五日市人大常委會副主任王建華帶隊深入漢濱區，開展《中華人民共和國種子法》執法檢查。",
    "6月3～5日市人大常委会副主任王建华带队深入汉滨区，开展《中华人民共和国种子法》执法检查。",
])
def test_a_date_range_before_a_post_is_no_part_of_it(text: str) -> None:
    name, title = _leader(text)
    assert (name, title) in (("王建华", "市人大常委会副主任"), ("王建華", "市人大常委會副主任"))


def test_an_ordinal_term_opening_a_post_stays_in_it() -> None:
    name, title = _leader("5月，十四届全国人大常委会副委员长王某明带队赴陕西，开展《中华人民共和国种子法》执法检查。")
    assert (name, title) == ("王某明", "十四届全国人大常委会副委员长")


# E3: names listed before the post they share: the first named, never a fragment of a name and 等
@pytest.mark.parametrize(("text", "name"), [
    ("6月至8月，王建华、刘志强等副主任分别带队赴各县区，开展《中华人民共和国种子法》执法检查。", "王建华"),
    ("王建华、刘志强、陈红等副主任分别带队，开展《中华人民共和国种子法》执法检查。", "王建华"),
    ("刘志强等副主任带队赴汉滨区开展《中华人民共和国种子法》执法检查。", "刘志强"),
    ("王芳、李明等副主任分别带队，开展《中华人民共和国种子法》执法检查。", "王芳"),
    ("王建華、劉志強等副主任分別帶隊，開展《中華人民共和國種子法》執法檢查。", "王建華"),
    ("市人大常委会副主任王建华等带队赴汉滨区开展《中华人民共和国种子法》执法检查。", "王建华"),
])
def test_names_listed_before_a_shared_post_give_the_first(text: str, name: str) -> None:
    assert _leader(text)[0] == name


# E4: every literal of the plan triggers reads in traditional script as in simplified
def _literals(pattern: str) -> set[str]:
    """The runs of Han characters a pattern's source spells out (outside character classes)."""
    without_classes = re.sub(r"\[[^\]]*\]", " ", pattern)
    return {run for run in re.findall(r"[\u4e00-\u9fff]+", without_classes)}


def test_every_plan_trigger_reads_the_same_in_traditional_script() -> None:
    to_traditional = opencc.OpenCC("s2t")
    literals = _literals(plans.FUTURE.pattern)
    assert len(literals) > 40  # the table, not one sentence
    unread = {run: to_traditional.convert(run) for run in literals if simplify(to_traditional.convert(run)) != run}
    assert unread == {}


@pytest.mark.parametrize("text", [
    "市人大常委会定于9月对《中华人民共和国种子法》开展执法检查。",
    "市人大常委会将于9月对《中华人民共和国种子法》开展执法检查。",
    "市人大常委会拟于9月对《中华人民共和国种子法》开展执法检查。",
    "市人大常委会计划于9月对《中华人民共和国种子法》开展执法检查。",
])
def test_a_plan_verb_reads_as_planned_in_either_script(text: str) -> None:
    for written in (text, opencc.OpenCC("s2t").convert(text)):
        (act,) = _facts(written).activities
        assert (act.type, act.status) == ("law_enforcement_inspection", "planned"), written


@pytest.mark.parametrize("text", [
    "市人大常委会将于10月下旬听取和审议执法检查报告，提出审议意见。",
    "市人大常委會將於10月下旬聽取審議執法檢查報告，提出審議意見。",
    "下一步，市人大常委会将听取市政府关于养老服务工作情况的报告，进行审议，交办审议意见。",
])
def test_an_opinion_announced_with_a_planned_review_is_no_step_given(text: str) -> None:
    facts = _facts(text)
    assert facts.activities and all(act.status == "planned" for act in facts.activities)
    assert facts.loop == []


def test_an_opinion_given_with_a_review_held_stays_a_step() -> None:
    facts = _facts("10月，市人大常委会听取和审议了市政府关于养老服务工作情况的报告，提出审议意见。")
    assert [step.type for step in facts.loop] == ["review_opinion"]


# E1: a local title the text writes without its area, read with the report's area, says the area was added
@pytest.mark.parametrize(("text", "added"), [
    ("开展自贸试验区条例、临港新片区条例执法检查。", {"上海市自贸试验区条例", "上海市临港新片区条例"}),
    ("市人大常委会对居家养老服务条例实施情况开展执法检查。", {"上海市居家养老服务条例"}),
    ("開展自貿試驗區條例執法檢查。", {"上海市自贸试验区条例"}),
])
def test_an_area_put_before_a_bare_local_title_is_said(text: str, added: set[str]) -> None:
    facts = _facts(text, "上海市人民代表大会常务委员会", "provincial")
    assert {law.canonical for law in facts.laws if law.area_added} == added
    assert all(any(law in warning for warning in facts.warnings) for law in added)


@pytest.mark.parametrize("text", [
    "开展《上海市居家养老服务条例》执法检查，检查组认为，上海市居家养老服务条例实施以来成效明显。",
    "开展市居家养老服务条例执法检查。",
    "开展本市居家养老服务条例执法检查。",
    "开展《中华人民共和国种子法》执法检查。",
])
def test_a_title_written_with_its_area_is_not_said_added(text: str) -> None:
    facts = _facts(text, "上海市人民代表大会常务委员会", "provincial")
    assert facts.laws and not any(law.area_added for law in facts.laws)


# E5: bodies entrusted to check alongside or in their own areas assist the entrusting committee's inspection
@pytest.mark.parametrize(("text", "bodies"), [
    ("5月，市人大常委会开展《中华人民共和国种子法》执法检查，并委托汉滨区、旬阳市、石泉县人大常委会同步联动检查。",
     ["安康市汉滨区人民代表大会常务委员会", "旬阳市人民代表大会常务委员会", "石泉县人民代表大会常务委员会"]),
    ("市人大常委会开展《中华人民共和国种子法》执法检查，同时委托汉滨区、旬阳市人大常委会在本行政区域内开展检查。",
     ["安康市汉滨区人民代表大会常务委员会", "旬阳市人民代表大会常务委员会"]),
    ("市人大常委会开展《中华人民共和国种子法》执法检查。检查组分2个组赴各县区，并委托汉滨区人大常委会同时开展检查。",
     ["安康市汉滨区人民代表大会常务委员会"]),
    ("市人大常委會開展《中華人民共和國種子法》執法檢查，並委託漢濱區、旬陽市人大常委會同步聯動檢查。",
     ["安康市汉滨区人民代表大会常务委员会", "旬阳市人民代表大会常务委员会"]),
])
def test_bodies_entrusted_to_check_alongside_assist(text: str, bodies: list[str]) -> None:
    (act,) = _facts(text).activities
    assert (act.type, act.conducted_by, act.assisted_by) == ("law_enforcement_inspection", None, bodies)


PROVINCE = "陕西省人民代表大会常务委员会"


@pytest.mark.parametrize("text", [
    "按照全国人大常委会委托陕西省开展《中华人民共和国种子法》执法检查的要求，省人大常委会于8月开展种子法执法检查。",
    "根据全国人大常委会的委托，省人大常委会于8月对《中华人民共和国种子法》实施情况开展执法检查。",
    "受全国人大常委会委托，省人大常委会于8月对《中华人民共和国种子法》实施情况开展执法检查。",
    "按照全國人大常委會委託陝西省開展《種子法》執法檢查的要求，省人大常委會於8月開展種子法執法檢查。",
])
def test_an_inspection_done_on_the_national_committees_entrustment_is_its(text: str) -> None:
    (act,) = _facts(text, PROVINCE, "provincial").activities
    assert (act.conducted_by, act.assisted_by) == ("全国人民代表大会常务委员会", [PROVINCE])


def test_a_notice_titled_with_an_entrustment_entrusts_nothing() -> None:
    text = ("根据全国人大常委会办公厅《关于委托有关省（区、市）人大常委会开展种子法执法检查的通知》，省人大常委会于8月对"
            "《中华人民共和国种子法》实施情况开展执法检查。")
    (act,) = _facts(text, PROVINCE, "provincial").activities
    assert (act.conducted_by, act.assisted_by) == (None, [])


# E7: a page's title parted from its publisher's name, by both readers; a DOCX's plain first paragraph as its headline
@pytest.mark.parametrize(("title", "own"), [
    ("市人大常委会检查《中华人民共和国种子法》实施情况_陕西省农业农村厅", "市人大常委会检查《中华人民共和国种子法》实施情况"),
    ("安康市农业农村局 - 市人大常委会开展种子法执法检查", "市人大常委会开展种子法执法检查"),
    ("关于种子法执法检查情况的报告_聊城人大网", "关于种子法执法检查情况的报告"),
    ("关于种子法执法检查情况的报告", "关于种子法执法检查情况的报告"),
])
def test_a_page_title_keeps_its_own_part(title: str, own: str) -> None:
    assert own_part(title) == own
    assert document_title(title) == own


def _docx(title: str, paragraphs: list[str]) -> bytes:
    import io

    import docx

    document = docx.Document()
    document.core_properties.title = title
    for words in paragraphs:
        document.add_paragraph(words)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("default", ["文档1", "Document1", "新建 Microsoft Word 文档", ""])
def test_a_docx_with_a_default_title_takes_its_headline(default: str) -> None:
    headline = "市人大常委会检查《中华人民共和国种子法》实施情况"
    read = read_docx(_docx(default, [headline, "发布时间: 2023-05-23", "5月，市人大常委会开展种子法执法检查。"]), "a.docx")
    assert read.metadata.get("title") == headline


def test_a_docx_opening_with_a_sentence_takes_no_title_from_it() -> None:
    read = read_docx(_docx("文档1", ["5月，市人大常委会开展《中华人民共和国种子法》执法检查。", "检查组深入各县区。"]), "a.docx")
    assert "title" not in read.metadata


# E7: the government reporting to an inspection's meeting is what the inspection oversees, in the genre's phrasings
@pytest.mark.parametrize("text", [
    "5月，市人大常委会开展《中华人民共和国种子法》执法检查。5月21日召开种子法执法检查工作会，副市长王明代表市人民政府汇报"
    "《中华人民共和国种子法》贯彻实施情况。",
    "5月，市人大常委会开展《中华人民共和国种子法》执法检查。在执法检查座谈会上，市政府分管负责同志作了种子法贯彻实施情况的汇报。",
    "5月，市人大常委会开展《中华人民共和国种子法》执法检查。检查组召开座谈会，市政府汇报了种子法贯彻实施情况。",
    "5月，市人大常委會開展《中華人民共和國種子法》執法檢查。執法檢查組召開座談會，副市長王明代表市人民政府作了種子法實施情況匯報。",
])
def test_the_government_reporting_to_an_inspection_is_overseen(text: str) -> None:
    (act,) = [act for act in _facts(text).activities if act.type == "law_enforcement_inspection"]
    assert act.overseen == ["安康市人民政府"]


def test_a_government_reporting_elsewhere_is_not_the_inspections() -> None:
    text = ("5月，市人大常委会开展《中华人民共和国种子法》执法检查。"
            "6月，副市长王明代表市人民政府向市委汇报了全市经济运行情况。")
    (act,) = [act for act in _facts(text).activities if act.type == "law_enforcement_inspection"]
    assert act.overseen == []


# E7: a sitting's business told by the sitting takes the day the sitting was told held
@pytest.mark.parametrize("text", [
    "9月6日，市五届人大常委会召开第十一次会议。\n会议审议通过了市人民政府关于养老服务工作情况的报告；审议通过了市人大常委会执法检查组"
    "关于检查《中华人民共和国种子法》实施情况的报告。",
    "9月6日上午，市五届人大常委会第十一次会议召开，市人大常委会主任王明主持会议。会上，听取和审议了市人民政府关于养老服务工作情况的报告。",
    "9月6日，市五屆人大常委會舉行第十一次會議。\n會議聽取和審議了市人民政府關於養老服務工作情況的報告。",
])
def test_a_sittings_business_takes_its_day(text: str) -> None:
    facts = _facts(text)
    assert facts.activities and {act.date for act in facts.activities} == {"2023-09-06"}


def test_a_coming_sittings_agenda_is_not_dated_by_the_council() -> None:
    text = ("8月23日，市人大常委会召开主任会议。会议建议，市五届人大常委会第十二次会议听取和审议市人民政府关于养老服务工作情况的报告。")
    assert all(act.date != "2023-08-23" for act in _facts(text).activities)
