"""An inspection group named with its ordinal (联合执法检查第三组, 执法检查第2组) is a group, not an inspection told, so the
inspection its sentence tells after it is read, whether it names a law or only topics (newuser28 §11, round 43: a
city's joint inspection of a district on three named fields gave no activity)."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


def _inspections(text: str) -> list:
    doc = Document(text=text, source="t.txt", metadata={"organ": "唐山市人民代表大会常务委员会", "year": "2018"})
    return [a for a in extract(doc).activities if a.type == "law_enforcement_inspection"]


@pytest.mark.parametrize("text", [
    "8月9日，唐山市人大常委会副主任魏文忠带领联合执法检查第三组到路南区就扶贫脱贫攻坚、大气污染防治工作进行执法检查。",
    "8月9日，唐山市人大常委會副主任魏文忠帶領聯合執法檢查第三組到路南區就扶貧脫貧攻堅、大氣污染防治工作進行執法檢查。",
    "市人大常委会执法检查第2组到丰南区进行执法检查。",
    "市人大常委会执法检查第一组赴遵化市对《中华人民共和国大气污染防治法》实施情况进行执法检查。",
])
def test_an_inspection_told_after_a_numbered_group_is_read(text: str) -> None:
    assert len(_inspections(text)) == 1
