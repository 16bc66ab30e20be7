"""Searching only near a pattern's required words finds what a scan of the whole text finds.

:func:`spans.matches_near` and the Han-run search of :func:`laws_bare.inspected_titles` skip most of
the text; these tests hold them to ``finditer`` over the whole text, on phrasings and on any text made
of the characters the patterns key on.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from loaders.extract import congress_bodies, laws_bare
from loaders.extract.spans import matches_near

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Congress names, terms, level words, committees and sessions in pieces, with the words between them.
CONGRESS_TEXT = st.lists(st.sampled_from(["人大", "人民代表大会", "人民", "全国", "省", "市", "自治区", "自治州", "县", "第", "十三", "3",
                                          "届", "常委会", "常务委员会", "法制委员会", "财经委", "各", "一次会议", "主席团", "秘书处",
                                          "乡", "镇", "和", "，", "。", "\n", "的", "决定"]), max_size=60).map("".join)
INSPECTION_TEXT = st.lists(st.sampled_from(["森林", "保护", "条例", "办法", "规定", "、", "的", "实施", "情况", "开展", "执法检查",
                                            "检查", "对", "，", "。", "《", "》", "a", "1", "\n", " "]), max_size=60).map("".join)
PATTERNS = [congress_bodies._patterns()[0], congress_bodies._TERM_CONGRESS, congress_bodies._SESSION_BODY]


def _near(pattern, text):
    return [(m.span(), m.groupdict()) for m in matches_near(pattern, text, congress_bodies._CONGRESS_WORDS,
                                                            congress_bodies._BEFORE_CONGRESS)]


def _whole(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", ["湖南省人大常委会法工委", "省十三届人大一次会议主席团", "第十三届全国人民代表大会",
                                  "县第3届人大常委会和市人大财经委", "乡人大主席团，全国人大常委会", "人大"])
@pytest.mark.parametrize("pattern", PATTERNS, ids=["after", "term", "session"])
def test_congress_patterns_near_their_name_match_as_over_the_whole_text(pattern, text) -> None:
    assert _near(pattern, text) == _whole(pattern, text)


@BOUNDED
@given(text=CONGRESS_TEXT)
def test_any_text_matches_near_as_over_the_whole_text(text: str) -> None:
    for pattern in PATTERNS:
        assert _near(pattern, text) == _whole(pattern, text)


@BOUNDED
@given(text=INSPECTION_TEXT)
@example(text="拟对中轴线保护条例、预付卡管理条例开展执法检查")
@example(text="，对森林保护条例的实施情况进行检查。\n湿地保护规定检查")
def test_inspected_lists_are_found_in_han_runs_as_over_the_whole_text(text: str) -> None:
    assert ([m.span() for m in laws_bare._inspected_lists(text)]
            == [m.span() for m in laws_bare._INSPECTED_LIST.finditer(text)])
