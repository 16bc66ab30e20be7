"""Patterns behind their first-character lookahead (:func:`first_chars.quick`) match as they did, and
the Han-run search of :func:`laws_bare.inspected_titles` finds what a scan of the whole text finds.

Both skip most of the text for speed; these tests hold them to ``finditer`` over the whole text, on
phrasings and on any text made of the characters the patterns key on.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from loaders.extract import congress_bodies, departments, deputies, laws_bare, organs
from loaders.lexicon import first_chars
from loaders.lexicon.first_chars import at_start_only, finditer, quick
from loaders.lexicon.literals import leading
from loaders.lexicon.tables import rows
from loaders.lexicon.triggers import not_activities, not_activity_rows, triggers

BOUNDED = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Pieces of congress names, triggers and the words between them.
GENRE_TEXT = st.lists(st.sampled_from(["人大", "王明", "李红", "等", "出席", "列席", "与会", "人民代表大会", "全国", "省", "市", "自治区", "县", "乡", "镇", "第", "十三", "3", "届",
                                       "常委会", "常务委员会", "法制委员会", "财经委", "各", "一次会议", "主席团", "秘书处", "代表",
                                       "听取", "审议", "报告", "执法检查", "行政", "实施情况", "进行了", "专题询问", "视察", "调研",
                                       "满意度测评", "督办", "回头看", "“", "”", "《", "》", "和", "、", "，", "。", "\n", " ", "的"]),
                      max_size=60).map("".join)
INSPECTION_TEXT = st.lists(st.sampled_from(["森林", "保护", "条例", "办法", "规定", "、", "的", "实施", "情况", "开展", "执法检查",
                                            "检查", "对", "，", "。", "《", "》", "a", "1", "\n", " "]), max_size=60).map("".join)


def _as_written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern without the lookahead :func:`quick` put before it."""
    inner = re.fullmatch(r"(?:\(\?:\\A\|)?(?:\\A|\(\?=\[[^]]*\]\))\)?\(\?:(.*)\)", pattern.pattern, re.S)
    return re.compile(inner.group(1)) if inner else pattern


def _written() -> list[re.Pattern[str]]:
    """The lexicon's and the congress finder's patterns as written."""
    written = [re.compile(row["pattern"]) for table in ("activity-triggers", "loop-steps", "follow-ups") for row in rows(table)]
    written += [re.compile(pattern) for pattern, _ in not_activity_rows()]  # with the tables they name filled in
    written += [re.compile(p.pattern) for p in triggers().values()]  # each kind's rows, joined
    after, alone = congress_bodies._patterns()
    written += [_as_written(p) for p in (after, *alone.rows, congress_bodies._TERM_CONGRESS,
                                         congress_bodies._SESSION_BODY, congress_bodies._BARE_SESSION_BODY)]
    written += [_as_written(p) for p in (deputies._NAMED, deputies._BY_ROLE, deputies._LISTED, deputies._QUALIFIED,
                                         deputies._NAMED_OTHERS, deputies._LISTED_BEFORE)]
    return written


WRITTEN = _written()


@pytest.fixture(autouse=True, scope="module")
def _start_patterns_at_once() -> Iterator[None]:
    """finditer's start patterns from the first text on, not after 200,000 characters: the tests
    hold them, not only the lookahead, to the pattern's own matches."""
    before = first_chars._SCANNED_BEFORE_STARTS
    first_chars._SCANNED_BEFORE_STARTS = 0
    yield
    first_chars._SCANNED_BEFORE_STARTS = before


def _matches(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("flags", [0, re.DOTALL])
def test_a_quick_pattern_is_the_one_re_compiles_from_its_text(flags: int) -> None:
    """Built from the written pattern's parse tree, it is ``re.compile`` of its own text: the same flags,
    groups and code (``==`` compares them), named groups and global flags (compiled from the text) too."""
    for written in [*(p.pattern for p in WRITTEN), r"(?P<who>王明|李红)(?P<role>代表)?", r"(?s)人大.常委会"]:
        fast = quick(written, flags)
        assert fast == re.compile(fast.pattern, flags) and fast.groupindex == re.compile(written, flags).groupindex


@BOUNDED
@given(text=GENRE_TEXT)
@example(text="湖南省人大常委会法工委听取行政执法检查报告")
@example(text="省十三届人大一次会议主席团，第十三届全国人民代表大会\n县第3届人大常委会对实施情况进行了执法检查")
@example(text="由市人大常委会督办，代表出席视察活动的议题")
def test_a_quick_pattern_matches_as_the_pattern_written(text: str) -> None:
    for pattern in WRITTEN:
        assert _matches(quick(pattern.pattern), text) == _matches(pattern, text), pattern.pattern


@BOUNDED
@given(text=GENRE_TEXT, cut=st.tuples(st.integers(0, 8), st.integers(0, 8)))
@example(text="县人大常委会和县人大常委会，全国人大常委会听取执法检查报告", cut=(0, 0))
@example(text="\n人大\n", cut=(1, 1))
def test_finditer_finds_what_the_pattern_finds(text: str, cut: tuple[int, int]) -> None:
    pos, endpos = cut[0], max(cut[0], len(text) - cut[1])  # the bounds a finder gives to search one line
    for pattern in WRITTEN:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
        assert [(m.span(), m.groups()) for m in finditer(quick(pattern.pattern), text, pos, endpos)] == expected, pattern.pattern


@pytest.mark.parametrize("written", [r"\n?人大", r"(?<=[，\n])人大", r"人(?=大)|大$", r"(?P<a>人)?(?(a)大|会)"])
def test_finditer_on_line_breaks_lookarounds_and_conditionals(written: str) -> None:
    text = "人大\n人大，人大会大"
    pattern = re.compile(written)
    assert [(m.span(), m.groups()) for m in finditer(quick(pattern.pattern), text)] == _matches(pattern, text)


@BOUNDED
@given(text=st.text(alphabet="由参出席加活动督办市的议题，。", max_size=24), pos=st.integers(0, 4))
@example(text="由督办", pos=0)
@example(text="的由督办", pos=1)
def test_a_branch_anchored_at_the_start_matches_there_only_from_any_position(text: str, pos: int) -> None:
    for written in (r"^(?:(?!选出)[^，。])*由[^，。]{0,16}督办|的议题", r"\A出席|^参加|(?:督办)?活动", r"^由"):
        pattern = re.compile(written)
        assert _matches(quick(pattern.pattern), text, pos) == _matches(pattern, text, pos), written


@BOUNDED
@given(text=st.lists(st.sampled_from(["这是", "随后", "视察", "参加", "陪同", "督办", "由", "组织", "活动", "机制", "的议题", " ", "，", "(", ")"]),
                     max_size=12).map("".join))
@example(text=" 这是常委会首次进行专题询问")
@example(text="组织代表参加视察，副县长陪同视察")
def test_not_activities_holds_a_text_as_one_search_of_every_row_does(text: str) -> None:
    every_row = re.compile("|".join(f"(?:{pattern})" for pattern, scope in not_activity_rows() if scope != "item"))
    assert not_activities()(text) == bool(every_row.search(text))


@pytest.mark.parametrize(("pattern", "only"), [
    (r"^\s*这是", True), (r"\A随后|^然后", True), (r"^由|陪同", False), (r"(?m)^由", False), (r"这是", False), (r"(?:^|的)由", False),
])
def test_a_pattern_at_the_start_only(pattern: str, only: bool) -> None:
    assert at_start_only(pattern) is only


@pytest.mark.parametrize(("pattern", "first"), [
    (r"(?:省|市)?(?:第\d+届)?人大", r"(?=[人市省第])"),  # optional words before the name: each can start it
    (r"(?:省|市)?\d*届", r"(?=[\d届市省])"),  # an optional class too
    (r"(?<!机关)(?:(?:人大)?常委会)?党组", r"(?=[人党常])"),  # a lookbehind consumes nothing
    (r"[\u4e00-\u9fa5]{2}?(?:委员会|工委)", None),  # a class, repeated: re skips by itself
    (r"报告\d+个", None),  # a literal prefix: re skips by itself
    (r"(?:[^，。]{0,4})?调研", None),  # a negated class can start anywhere
    (r"(?:开展)?", None),  # may match the empty string
    (r"(?i)(?:a|b)?c", None),  # case-folded
    (r"^[^，。]*由|(?:参加|出席)活动", r"(?:\A|(?=[出参]))"),  # a branch anchored at the start: offset 0 only
    (r"^[^，。]*由", r"\A"),
    (r"(?m)^[^，。]*由|出席", None),  # ^ at every line's start
])
def test_the_lookahead_holds_what_a_match_can_start_with(pattern: str, first: str | None) -> None:
    fast = quick(pattern)
    if first is None:
        assert fast.pattern == pattern
    else:
        assert fast.pattern == f"{first}(?:{pattern})"


@BOUNDED
@given(text=INSPECTION_TEXT)
@example(text="拟对中轴线保护条例、预付卡管理条例开展执法检查")
@example(text="，对森林保护条例的实施情况进行检查。\n湿地保护规定检查")
def test_inspected_lists_are_found_in_han_runs_as_over_the_whole_text(text: str) -> None:
    assert ([m.span() for m in laws_bare._inspected_lists(text)]
            == [m.span() for m in laws_bare._INSPECTED_LIST.finditer(text)])


# Patterns searched where their leading words start (:func:`first_chars._at_words`): the departments' stems, the
# township units, the government's leaders, a bare court, bureaux joined by 和, a level's offices.
WORDS_FIRST = [departments._PATTERN, departments._JOINED_TAIL, departments._LEVEL_OFFICE,
               organs._TOWNSHIP_UNIT, organs._GOVERNMENT_LEADER, organs._BARE_COURT]
DEPARTMENT_TEXT = st.lists(st.sampled_from(["县", "市", "区", "自治州", "农业农村", "农业", "农村", "水利", "住建", "住房和城乡建设",
                                            "局", "厅", "委", "分局", "和", "、", "等", "，", "。", "镇", "财政所", "服务中心",
                                            "副县长", "王明", "法院", "人民检察院", "工作报告", "外事办", "的", "关于"]),
                           max_size=40).map("".join)
SAMPLES = sorted((Path(__file__).resolve().parents[2] / "api" / "samples").glob("*.txt"))


@pytest.mark.parametrize(("pattern", "words"), [
    ("(?<!各)(?:县|市)?人大(?:常委会)?", {"人大", "县人大", "市人大"}),  # an optional word, then a word
    ("(?:农业|农业农村|水利)+局", {"农业", "水利"}),  # a word starting with another adds nothing
    ("(?:(?<=、)|^)(?P<a>[省市])长", {"省长", "市长"}),  # lookarounds and anchors spell nothing
    ("[^，]{0,4}检查", None),  # any character may start it
    ("(?:执法)?检查|审议", {"执法检查", "检查", "审议"}),
    ("(?:县|市)?", None),  # a match may be empty
    ("(?i)人大", None),
])
def test_the_leading_words_read_from_constructs(pattern: str, words: set[str] | None) -> None:
    assert leading(pattern) == (frozenset(words) if words is not None else None)


def test_the_leading_words_search_the_patterns_that_neither_quick_nor_re_skip_by() -> None:
    assert all(first_chars._words_first(p) is not None for p in WORDS_FIRST)
    assert first_chars._words_first(quick("(?<!各)县人大")) is None and first_chars._words_first(re.compile("县人大")) is None


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_words_first_finds_what_the_pattern_finds_in_a_real_report(sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    for pattern in WORDS_FIRST:
        assert [(m.span(), m.groups()) for m in finditer(pattern, text)] == _matches(pattern, text), pattern.pattern[:40]


@BOUNDED
@given(text=DEPARTMENT_TEXT, cut=st.tuples(st.integers(0, 8), st.integers(0, 8)))
@example(text="县农业农村局、水利局和县住建局，镇财政所、副县长王明", cut=(0, 0))
@example(text="市住房和城乡建设局", cut=(1, 0))
def test_words_first_finds_what_the_pattern_finds_within_bounds(text: str, cut: tuple[int, int]) -> None:
    pos, endpos = cut[0], max(cut[0], len(text) - cut[1])
    for pattern in WORDS_FIRST:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
        assert [(m.span(), m.groups()) for m in finditer(pattern, text, pos, endpos)] == expected, pattern.pattern[:40]
