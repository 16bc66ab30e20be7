"""The matching view of a report: simplified, full width made ASCII, pinyin glosses dropped, offsets kept."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.lexicon.normalise import ideographs, normalise, simplify

CORPUS = Path(__file__).resolve().parents[2] / "api" / "samples"  # copies of ../shared/corpus, headers kept
SAMPLE = "2023年,新洲区人大常委会坚持以习近平新时代中国特色社会主义思想为指导,依法履职、担当尽责。"


def test_simplify_converts_traditional_text() -> None:
    assert simplify("我受鎮第十七屆人民代表大會主席團委託,向大會報告工作") == "我受镇第十七届人民代表大会主席团委托,向大会报告工作"


def test_simplify_keeps_every_offset_of_a_real_traditional_report() -> None:
    text = (CORPUS / "d10.txt").read_text(encoding="utf-8")
    plain = simplify(text)
    assert len(plain) == len(text)
    start = plain.index("崔家桥镇人大主席团")
    assert text[start : start + 9] == "崔家橋鎮人大主席團"


@pytest.mark.parametrize("text", ["武漢市人大常委會", "鄉鎮人大主席團工作報告２０２３", "乾隆年間的縣誌"])
def test_a_short_text_kept_simplifies_as_a_long_one_holding_it(text: str) -> None:
    long = "\n".join([text] * 40)  # past the length whose simplified form is kept
    assert simplify(text) == simplify(text) == simplify(long).split("\n")[0]


def test_simplify_leaves_simplified_text_alone() -> None:
    assert simplify(SAMPLE) == SAMPLE


@settings(max_examples=100, deadline=None)
@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFFFF, exclude_categories=("Cs",)), max_size=80))
def test_simplify_keeps_length_and_non_cjk_except_full_width(text: str) -> None:
    plain = simplify(text)
    assert len(plain) == len(text)
    for original, converted in zip(text, plain):
        if "\uff10" <= original <= "\uff5a" and original.isalnum():
            assert converted == chr(ord(original) - 0xFEE0)
        elif ord(original) in ideographs():  # a radical reads as its ideograph (⺠ → 民)
            assert converted == simplify(ideographs()[ord(original)])
        elif not ("\u3400" <= original <= "\u9fff" or "\uf900" <= original <= "\ufaff"):
            assert converted == original


@pytest.mark.parametrize(
    ("original", "view", "word", "word_in_original"),
    [
        ("會(huì)議聽(tīng)取了報告", "会议听取了报告", "听取", "聽(tīng)取"),
        ("修改職業(yè)教育法", "修改职业教育法", "职业教育法", "職業(yè)教育法"),
        ("開展執（zhí）法檢查", "开展执法检查", "执法检查", "執（zhí）法檢查"),
        ("代表lü3履職", "代表lü3履职", "履职", "履職"),
    ],
)
def test_a_pinyin_gloss_is_dropped_and_offsets_lead_back(original: str, view: str, word: str, word_in_original: str) -> None:
    normalised = normalise(original)
    assert normalised.text == view
    start = view.index(word)
    assert normalised.slice(start, start + len(word)) == word_in_original


@pytest.mark.parametrize("text", ["PM2.5(细颗粒物)浓度", "第三条(A)项", "规定（试行）", "法(2018年修正)"])
def test_parentheses_that_are_not_pinyin_stay(text: str) -> None:
    assert normalise(text).text == simplify(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["會", "(huì)", "议", "（yì）", "，", "a", "(b2)", "法"]), max_size=30))
def test_every_view_range_maps_into_the_original(pieces: list[str]) -> None:
    original = "".join(pieces)
    view = normalise(original)
    for start in range(len(view.text)):
        first, last = view.span(start, start + 1)
        assert simplify(original[first:last])[0] == view.text[start]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["會", "(huì)", "议", "（yì）", "，", "a", "(b2)", "管理?xiàng)l例", "法"]), max_size=30))
def test_the_view_offset_of_an_original_offset_is_the_first_that_maps_at_or_after_it(pieces: list[str]) -> None:
    original = "".join(pieces)
    view = normalise(original)
    for offset in range(len(original) + 1):
        first_after = next((i for i in range(len(view.text)) if view.offset(i) >= offset), len(view.text))
        assert view.index(offset) == first_after
