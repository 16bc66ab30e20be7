"""A first-time analyst's extraction findings, round 42 (newuser27 §2–6): each a class, tested on sentences written for
this file in the genre's style (simplified and traditional), none copied from the analyst's reports or dev files.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts

CITY = "安康市人民代表大会常务委员会"


def _facts(text: str, year: str = "2023", organ: str = CITY, level: str = "city") -> Facts:
    """The facts of ``text`` written by ``organ`` in ``year``."""
    return extract(Document(text=text, source="test.txt", metadata={"organ": organ, "level": level, "year": year}))


# §2: kinds of work named inside a meeting's name, an instruction to the groups doing them, or a time clause: no visit held
@pytest.mark.parametrize("text", [
    "8月12日，市人大常委会召开视察调研执法检查动员会，对下半年工作进行安排。",
    "10月9日，市人大常委會召開視察評議動員會。",
    "6月3日，市人大常委会召开调研视察部署会。",
    "县人大常委会举行执法检查和视察动员大会。",
    "各视察调研组和执法检查组以及市政府有关工作部门要按照工作方案，认真做好各项准备。",
    "市人大各視察調研(檢查)組和有關部門要嚴格按照方案，把工作做實。",
    "视察调研（检查）和执法检查前，各组要组织学习有关法律法规。",
    "執法檢查和視察前，檢查組組織學習了有關法律法規。",
    "视察调研和执法检查期间，各组分别听取了汇报。",
])
def test_kinds_named_in_a_meeting_an_instruction_or_a_time_state_no_activity(text: str) -> None:
    assert _facts(text).activities == []


@pytest.mark.parametrize(("text", "kind"), [
    ("5月16日，市人大常委会召开《中华人民共和国种子法》执法检查动员会。", "law_enforcement_inspection"),
    ("市人大常委会召开视察调研动员会后，6月12日，视察组深入旬阳市视察了乡村道路建设情况。", "site_visit"),
    ("市人大常委会各视察组深入各县区，视察了农村饮水安全工作。", "site_visit"),
])
def test_the_work_told_with_its_object_beside_such_words_stays(text: str, kind: str) -> None:
    assert [act.type for act in _facts(text).activities] == [kind]
