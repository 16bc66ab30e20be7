"""Organs under round 45's rulings (genre README "## Round 45"): a body named only in a page's credit line is the page's
author, no entry, whatever the body (ruling 1), the same body named acting keeping its entry; a committee's short name
whose field is cut stays as written under its parent's full name, a field written in full or a street's expanding as
certain (ruling 2). Phrasings written for these tests, read by the extractor as a report's text is."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

_CITY = {"organ": "合肥市人民代表大会常务委员会", "year": "2024", "level": "city"}


def _organs(text: str, metadata: dict[str, str] = _CITY) -> set[str]:
    doc = Document(text=text, source="t.txt", metadata=metadata)
    return {organ.canonical for organ in extract(doc).organs}


CREDITED = [
    ("来源:市审计局 发布时间:2024-03-01\n市人大常委会召开会议。", "合肥市审计局"),
    ("发布时间:2024-03-01    来源: 市人民政府办公室\n市人大常委会召开会议。", "合肥市人民政府办公室"),
    ("作者:市人大常委会研究室\n市人大常委会召开会议。", "合肥市人民代表大会常务委员会研究室"),
    ("信息来源：市人大常委会办公厅\n市人大常委会召开会议。", "合肥市人民代表大会常务委员会办公厅"),
]


@pytest.mark.parametrize(("text", "credited"), CREDITED)
def test_a_body_credited_only_is_no_entry(text: str, credited: str) -> None:
    found = _organs(text)
    assert credited not in found and "合肥市人民代表大会常务委员会" in found


CREDITED_ELSEWHERE = [  # phrasings of earlier rounds' tests that kept a credited office, now none (ruling 1)
    ("来源：县人大办\n县人大常委会组织代表视察。", "泰和县人民代表大会常务委员会（江西省吉安市）", "泰和县人民代表大会常务委员会办公室"),
    ("信息来源：县人大研究室\n县人大常委会组织代表视察。", "泰和县人民代表大会常务委员会（江西省吉安市）",
     "泰和县人民代表大会常务委员会研究室"),
    ("县十五届人大常委会第十一次会议召开\n\n时间:2018-06-07 10:51:02 来源:县广电局\n\n6月6日，会议召开。",
     "荥经县人民代表大会常务委员会", "荥经县广播电视局"),
    ("来源:北湖区人大内司工委 作者:谢开初", "郴州市北湖区人民代表大会常务委员会", "郴州市北湖区人民代表大会常务委员会内务司法工作委员会"),
    ("来源：市人大研究室", "濮阳市人民代表大会常务委员会", "濮阳市人民代表大会常务委员会研究室"),
]


@pytest.mark.parametrize(("text", "organ", "credited"), CREDITED_ELSEWHERE)
def test_an_office_credited_only_is_no_entry(text: str, organ: str, credited: str) -> None:
    assert credited not in _organs(text, {"organ": organ, "year": "2024"})


def test_a_credited_body_named_acting_keeps_its_entry() -> None:
    found = _organs("来源:市审计局\n市审计局局长向市人大常委会报告了审计工作。")
    assert "合肥市审计局" in found


def test_a_credit_word_at_a_lines_end_credits_nothing_on_the_next() -> None:
    found = _organs("发布时间:2024-04-28 来源:\n按照市人大常委会办公厅的通知要求，开展调研。")
    assert "合肥市人民代表大会常务委员会办公厅" in found


SHORT_NAMES = [  # (text, the canonical as written or expanded as certain)
    ("市人大常委会城建环资工委开展调研。", "合肥市人民代表大会常务委员会城建环资工委"),
    ("市人大常委会科教文卫工委开展视察。", "合肥市人民代表大会常务委员会科教文卫工委"),
    ("市人大常委会财经预算工委召开座谈会。", "合肥市人民代表大会常务委员会财经预算工委"),
    ("市人大常委会备案审查工委审查了规范性文件。", "合肥市人民代表大会常务委员会备案审查工作委员会"),
    ("市人大常委会法工委征求意见。", "合肥市人民代表大会常务委员会法制工作委员会"),
]


@pytest.mark.parametrize(("text", "canonical"), SHORT_NAMES)
def test_a_committees_short_name_is_written_as_the_text_writes_it_unless_certain(text: str, canonical: str) -> None:
    assert canonical in _organs(text)
