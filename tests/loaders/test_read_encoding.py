"""Decoding Chinese text in any of its encodings."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.read.encoding import codec_for, decode
from loaders.read.errors import ReadError

SAMPLE = (
    "2023年,新洲区人大常委会坚持以习近平新时代中国特色社会主义思想为指导,依法履职、担当尽责。"
    "全年召开常委会9次,听取和审议专项工作报告27项,开展执法检查11项,开展专题询问1次,"
    "办理议案2件、代表建议87件。对大气污染防治法、水污染防治法实施情况开展执法检查。"
)
# Common characters that exist in GBK and (as themselves) in Big5.
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@pytest.mark.parametrize(
    ("declared", "codec"),
    [("gb2312", "gb18030"), ("GBK", "gb18030"), ("big5", "big5hkscs"), ("UTF-8", "utf-8"), ("x-unknown", None), (None, None)],
)
def test_declared_names_map_to_superset_codecs(declared: str | None, codec: str | None) -> None:
    assert codec_for(declared) == codec


def test_gb2312_declaration_with_gbk_only_characters() -> None:
    text = "镕基同志和喆、堃两位代表"  # 镕 喆 堃 are in GBK, not GB2312
    assert decode(text.encode("gbk"), "page", declared="gb2312") == text


def test_utf8_wins_over_a_stale_gb2312_declaration() -> None:
    assert decode(SAMPLE.encode("utf-8"), "page", declared="gb2312") == SAMPLE


def test_latin1_default_declaration_is_ignored() -> None:
    assert decode(SAMPLE.encode("gbk"), "page", declared="ISO-8859-1") == SAMPLE


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_undeclared_gbk_is_detected(encoding: str) -> None:
    assert decode(SAMPLE.encode(encoding), "r.txt") == SAMPLE


def test_undeclared_big5_is_detected() -> None:
    import opencc

    text = opencc.OpenCC("s2tw").convert(SAMPLE)
    assert decode(text.encode("big5"), "r.txt") == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(encoding: str) -> None:
    data = SAMPLE.encode(encoding)
    if encoding != "utf-16":
        data = ("\ufeff" + SAMPLE).encode(encoding)
    assert decode(data, "r.txt") == SAMPLE


@pytest.mark.parametrize(("codec", "order"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_without_bom_is_named(codec: str, order: str) -> None:
    with pytest.raises(ReadError, match=rf"^r\.txt: UTF-16 \({order}\) text without a byte-order mark"):
        decode(SAMPLE.encode(codec), "r.txt")


def test_broken_bom_is_a_clear_error() -> None:
    with pytest.raises(ReadError, match=r"^r\.txt: starts with a utf-16 byte-order mark"):
        decode(b"\xff\xfe\x00\xd8", "r.txt")


@pytest.mark.parametrize("data", [b"\xff\xfe\x00garbage\x01\x02", b"\xfe\xff" + bytes(range(1, 200)),
                                  b"\xff\xfe\x00\x00" + bytes(range(7, 255))])
def test_bytes_after_a_bom_that_read_as_no_text_are_refused(data: bytes) -> None:
    """Any even run of bytes decodes as UTF-16: a BOM before binary data must not make it a report."""
    with pytest.raises(ReadError, match=r"^r\.txt: starts with a utf-(16|32) byte-order mark but"):
        decode(data, "r.txt")


@settings(max_examples=60, deadline=None)
@given(st.text(CJK, min_size=1, max_size=200), st.sampled_from(["gbk", "gb18030", "big5", "utf-16", "utf-8"]))
def test_declared_round_trip(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return  # not every character exists in Big5
    assert decode(data, "r.txt", declared=encoding) == text


@settings(max_examples=40, deadline=None)
@given(st.integers(0, len(SAMPLE) - 40), st.integers(40, 120), st.sampled_from(["gbk", "gb18030", "big5"]))
def test_undeclared_slices_of_report_text_round_trip(start: int, length: int, encoding: str) -> None:
    import opencc

    text = SAMPLE[start : start + length]
    if encoding == "big5":
        text = opencc.OpenCC("s2tw").convert(text)
    assert decode(text.encode(encoding), "r.txt") == text
