"""Clauses of a sentence: quotes that name or cite keep their commas, a quoted speech does not."""
from __future__ import annotations

import pytest

from loaders.extract.spans import Span, clauses


def clause_texts(text: str) -> list[str]:
    return [c.text for c in clauses(text, Span(0, len(text), text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("“担任代表以来，我列席常委会会议，参加食品安全法执法检查。”代表王某说",
     ["“担任代表以来", "我列席常委会会议", "参加食品安全法执法检查", "”代表王某说"]),
    ("他说：“今年我们视察了三个项目，提出建议五条！”",
     ["他说", "“今年我们视察了三个项目", "提出建议五条", "”"]),
    ("“我参加了两次调研，一次视察。” 代表们表示",
     ["“我参加了两次调研", "一次视察", "” 代表们表示"]),
])
def test_a_quoted_speech_splits_at_its_commas_and_stops(text: str, expected: list[str]) -> None:
    assert clause_texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("听取了关于“巩固成果，强化队伍建设”的工作报告，并进行了审议",
     ["听取了关于“巩固成果，强化队伍建设”的工作报告", "并进行了审议"]),
    ("开展“人大代表进社区，倾听群众心声”活动，收集建议20条",
     ["开展“人大代表进社区，倾听群众心声”活动", "收集建议20条"]),
])
def test_a_quoted_name_or_slogan_keeps_its_commas(text: str, expected: list[str]) -> None:
    assert clause_texts(text) == expected
