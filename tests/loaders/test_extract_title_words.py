"""A title's words are a name, never a phrasing, and its blanks are no part of it: an activity on a decision or an opinion whose title
reads like an intention (《关于加强规范性文件备案审查工作的决定》, 《关于改进和加强专题询问工作的若干意见》)
is an activity; the same words outside a title state none (issue 10, found by a new user).

Titles of real acts: the NPCSC's 关于完善和加强备案审查制度的决定 (2023), provincial decisions on filing
review and on law-enforcement inspection work; sentences written in the genre's manner.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

_HEADER = {"organ": "四川省人民代表大会常务委员会", "year": "2021"}


def _activities(text: str) -> list[tuple[str, str]]:
    facts = extract(Document(text=text, source="t.txt", metadata=_HEADER)).to_json()
    return [(a["type"], a["evidence"]) for a in facts["activities"]]


@pytest.mark.parametrize(("text", "kind"), [
    ("常委会对省人大常委会《关于加强规范性文件备案审查工作的决定》贯彻实施情况开展执法检查。", "law_enforcement_inspection"),
    ("常委会对全国人大常委会《关于完善和加强备案审查制度的决定》贯彻实施情况开展专题调研。", "investigation"),
    ("市人大常委会组织对《关于加强执法检查工作的决定》执行情况开展视察。", "site_visit"),
    ("常委会就《关于改进和加强专题询问工作的若干意见》落实情况开展调研。", "investigation"),
])
def test_an_activity_on_a_title_that_reads_like_an_intention(text: str, kind: str) -> None:
    assert [k for k, _ in _activities(text)] == [kind]


@pytest.mark.parametrize("text", [
    "进一步加强规范性文件备案审查工作。",
    "常委会将改进和加强专题询问工作，增强监督实效。",
    "要完善和加强执法检查工作机制。",
])
def test_the_same_words_outside_a_title_state_no_activity(text: str) -> None:
    assert _activities(text) == []


@pytest.mark.parametrize("text", [
    "常委会开展《 中华人民共和国大气污染防治法 》执法检查。",
    "审议了县人民政府办理落实《关于全县贯彻实施〈 中华人民共和国大气污染防治法〉情况的审议意见》情况的报告。",
    "常委会开展《　中华人民共和国大气污染防治法》执法检查。",  # an ideographic space, as pasted from a page
])
def test_a_title_written_with_blanks_inside_its_brackets_is_mentioned_without_them(text: str) -> None:
    facts = extract(Document(text=text, source="t.txt", metadata=_HEADER))
    mentions = {(law.mention, text[law.start:law.end]) for law in facts.laws}
    assert ("中华人民共和国大气污染防治法", "中华人民共和国大气污染防治法") in mentions
    assert all(mention == mention.strip() for mention, _ in mentions)
