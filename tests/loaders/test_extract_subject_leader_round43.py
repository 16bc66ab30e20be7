"""A congress officer named first as the subject of a work's sentence leads it (newuser28 §16, round 43: 市人大常委会主任
刘明刚，副主任…及相关部门负责人，对潜江市…进行执法检查 gave no ``led_by``), as one told with a verb of leading does; an
officer who did something else there, or officers who each did their part (分别), lead none of it."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _led_by(text: str) -> list:
    doc = Document(text=text, source="t.txt", metadata={"organ": "潜江市人民代表大会常务委员会", "year": "2019"})
    return [(a.led_by or {}).get("name") for a in extract(doc).activities]


@pytest.mark.parametrize(("text", "name"), [
    ("5月16日，市人大常委会主任刘明刚，副主任郑家荣、赵良栋，秘书长孙士清及相关部门负责人，对潜江市贯彻落实《中华人民共和国野生动物保护法》"
     "情况进行执法检查。", "刘明刚"),
    ("5月16日，市人大常委會主任劉明剛，副主任鄭家榮、趙良棟及相關部門負責人，對潛江市貫徹落實《中華人民共和國野生動物保護法》情況進行執法檢查。",
     "劉明剛"),  # the name as written
    ("6月3日，市人大常委会副主任王建华，农工委及市农业农村局负责同志，就全市高标准农田建设情况开展专题调研。", "王建华"),
])
def test_the_officer_a_works_sentence_opens_with_leads_it(text: str, name: str) -> None:
    assert _led_by(text) == [name]


@pytest.mark.parametrize("text", [
    "市人大常委会副主任王建华、市政协副主席杨万军分别就代表建议和政协提案办理情况进行视察。",
    "市人大常委会主任刘明刚，副主任郑家荣出席会议，对《中华人民共和国野生动物保护法》实施情况进行执法检查。",
    "会上，市人大常委会对《中华人民共和国森林法》实施情况进行执法检查。",
])
def test_no_officer_leads_where_the_subject_did_otherwise(text: str) -> None:
    assert _led_by(text) == [None] * len(_led_by(text))
