"""Classes of activities the freshest readable files (al-odd, ak-odd, round 36) showed missed or invented, each
stated as the genre writes it, with phrasings from readable dev files (named) and ones written for these tests, and
near misses that must not match."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

COUNTY = "某某县人民代表大会常务委员会"


# -- a session's preparation heard, briefed or reported: a report heard (readable golds 11 of 11) ---------------

@pytest.mark.parametrize("text", [
    "會議聽取了富陽區十五屆人大五次會議籌備情況，對代表資格審查報告進行初審。",  # dev al43
    "会议听取和审议了建德市十七届人大二次会议筹备情况，讨论提出会议日程(草案)。",  # dev aj47
    "受市人大常委会委托，市人大常委会副主任俞志平主持预备会议并报告了大会筹备情况。",  # dev ag35
    "主任会议通报了县十八届人大三次会议的筹备工作情况。",
])
def test_a_sessions_preparation_heard_is_a_review(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == ["report_review"]


@pytest.mark.parametrize("text", [
    "在新闻发布会上，介绍2022年省两会筹备情况和总体安排。",  # dev ai07: a press conference
    "各项筹备工作正扎实有序推进，筹备情况良好。",
])
def test_a_preparation_introduced_or_judged_is_none(facts_of, text: str) -> None:
    assert kinds(facts_of(text, COUNTY)) == []
