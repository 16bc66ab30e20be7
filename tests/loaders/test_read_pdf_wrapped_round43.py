"""A PDF's line break inside a sentence is no sentence end, also where the text layer wraps too few lines to know its
margin (newuser28 §2, round 43: a one-page news item printed to PDF split 《…野生动物保护法》情况 / 进行执法检查。 and
lost the law); a heading as wide as the widest line, holding no clause mark, stays its own line."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.read.layout import reflow

HEADING = "市人大常委会开展野生动物保护执法检查"


@pytest.mark.parametrize(("page", "joined"), [
    (f"{HEADING}\n6月18日,聊城市人大常委会副主任王建鹏带队,对我市贯彻实施《中华人民共和国野生动物保护法》情况\n进行执法检查。",
     "情况进行执法检查。"),
    ("县人大常委会召开第十次会议\n会议听取和审议了县人民政府关于《中华人民共和国森林法》实施情况的报告，并对\n该报告进行了满意度测评。",
     "并对该报告进行了满意度测评。"),
    ("執法檢查\n9月5日，縣人大常委會副主任李明帶隊，對《中華人民共和國水法》貫徹實施情況開展\n執法檢查。", "開展執法檢查。"),
])
def test_a_sentence_wrapped_once_is_one_line(page: str, joined: str) -> None:
    text = reflow([page])
    assert joined in text
    assert text.split("\n")[0] == page.split("\n")[0]  # the heading stays a line of its own


def test_the_law_of_a_sentence_wrapped_once_is_inspected() -> None:
    text = reflow([f"{HEADING}\n6月18日,聊城市人大常委会副主任王建鹏带队,对我市贯彻实施《中华人民共和国野生动物保护法》情况\n进行执法检查。"])
    doc = Document(text=text, source="t.pdf", metadata={"organ": "聊城市人民代表大会常务委员会", "year": "2020"})
    assert [a.laws for a in extract(doc).activities if a.type == "law_enforcement_inspection"] == [
        ["中华人民共和国野生动物保护法"]]


@pytest.mark.parametrize("page", [
    f"{HEADING}\n2020年6月19日 来源：聊城人大网\n6月18日，市人大常委会开展执法检查。",  # lines ending their sentences
    "一、关于森林法实施情况\n二、关于水法实施情况，包括地下水管理\n三、关于草原法",  # a short list: no line the widest with a clause
])
def test_lines_that_end_or_hold_no_wrapped_sentence_stay_lines(page: str) -> None:
    assert reflow([page]).count("\n") == page.count("\n")
