"""Work carried out under another congress body's entrustment (委托) is the entrusting body's, the entrusted body
assisting (:mod:`loaders.extract.entrusted`): a new user's round 36, finding 3a."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

LAW = "《中华人民共和国水污染防治法》"


def _roles(text: str, organ: str) -> list[tuple[str | None, list[str]]]:
    doc = Document(text=text, source="entrusted.txt", metadata={"organ": organ, "year": "2019"})
    return [(a.conducted_by, a.assisted_by) for a in extract(doc).activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize(("organ", "sentence", "entrusting"), [
    ("宝兴县人民代表大会常务委员会", f"受市人大常委会委托，宝兴县人大常委会于2019年3月上中旬开展了{LAW}执法检查。",
     "雅安市人民代表大会常务委员会"),
    ("四川省人民代表大会常务委员会", f"受全国人大常委会委托，省人大常委会对{LAW}贯彻实施情况开展执法检查。",
     "全国人民代表大会常务委员会"),
    ("四川省人民代表大会常务委员会", f"受全国人大常委会的委托，8月20日，省人大常委会执法检查组赴成都市开展{LAW}执法检查。",
     "全国人民代表大会常务委员会"),
    ("重庆市九龙坡区人民代表大会常务委员会", "受市人大常委会委托，区人大常委会对《重庆市物业管理条例》贯彻实施情况开展执法检查。",
     "重庆市人民代表大会常务委员会"),
])
def test_the_entrusted_bodys_report_credits_the_entrusting_body(organ: str, sentence: str, entrusting: str) -> None:
    assert _roles(sentence, organ) == [(entrusting, [organ])]


@pytest.mark.parametrize("text", [
    "此次执法检查以市人大常委会名义开展，具体工作由接受委托的区县人大常委会承担。其中，九龙坡区负责《重庆市物业管理条例》。",
    "委托九龙坡区人大常委会对《重庆市物业管理条例》开展执法检查。",
])
def test_the_entrusting_report_keeps_the_work_and_names_the_entrusted_body_assisting(text: str) -> None:
    assert _roles(text, "重庆市人民代表大会常务委员会") == [(None, ["重庆市九龙坡区人民代表大会常务委员会"])]


@pytest.mark.parametrize(("organ", "text"), [
    # only the first work after 受…委托 is entrusted: the follow-up of its own inspection is the organ's
    ("内蒙古自治区人民代表大会常务委员会", f"受全国人大常委会委托，对{LAW}实施情况进行执法检查，并对自治区人大常委会"
                                       "《中华人民共和国道路交通安全法》执法检查报告审议意见落实情况开展跟踪检查。"),
])
def test_later_work_in_the_sentence_stays_the_organs(organ: str, text: str) -> None:
    assert _roles(text, organ)[1:] == [(None, [])]


def test_a_report_delivered_on_anothers_behalf_is_no_entrusted_work() -> None:
    doc = Document(text="受全国人大常委会委托，委员长向大会报告全国人大常委会工作。", source="x.txt",
                   metadata={"organ": "全国人民代表大会", "year": "2023"})
    assert all(not a.assisted_by for a in extract(doc).activities)
