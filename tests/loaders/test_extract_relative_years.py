"""Years named relative to the report's (今年, 明年, 去年) count from the year the report is about, not from when it
was issued (a first-time analyst's, round 34, class 1: an annual report delivered in January moved a year on)."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

ORGAN = "柳州市人民代表大会常务委员会"
# An annual report about 2023 delivered in the new year, as the README's header example has it.
DELIVERED = {"organ": ORGAN, "year": "2023", "issued": "2024-01-18"}


def dated(text: str, metadata: dict[str, str]) -> list[tuple[str, str, int | None]]:
    found = extract(Document(text=text, source="r.txt", metadata=metadata)).activities
    return [(a.type, a.status, a.year) for a in found]


@pytest.mark.parametrize(("text", "kind"), [
    ("今年，常委会对《中华人民共和国城乡规划法》开展了执法检查，未发现重大违法问题。", "law_enforcement_inspection"),
    ("今年上半年，市人大常委会组织部分代表对全市养老机构建设情况进行了视察。", "site_visit"),
    ("本年度，常委会听取和审议了市人民政府关于生态环境保护工作情况的报告。", "report_review"),
])
def test_this_years_work_told_done_is_of_the_year_reported(text: str, kind: str) -> None:
    assert dated(text, DELIVERED) == [(kind, "reported", 2023)]


@pytest.mark.parametrize("text", [
    "去年，常委会对《中华人民共和国森林法》开展了执法检查。",
    "常委会去年对《中华人民共和国森林法》开展了执法检查。",
    "上年度，常委會開展了《中華人民共和國森林法》執法檢查。",
])
def test_last_year_counts_back_from_the_year_reported(text: str) -> None:
    assert dated(text, DELIVERED) == [("law_enforcement_inspection", "reported", 2022)]


_REVIEW = "一、2023年工作回顾\n常委会依法履职。\n"


@pytest.mark.parametrize("plan", [
    # the analyst's: 明年 under a heading naming the plan's year, written in the year reported
    "三、2024年工作安排\n明年，常委会将对《中华人民共和国消防法》开展执法检查。",
    # 今年 under the same heading, written in the year planned (delivered in January)
    "三、2024年工作安排\n今年，常委会将对《中华人民共和国消防法》开展执法检查。",
    "二、今年工作安排\n常委会拟对《中华人民共和国消防法》开展执法检查。",
    # a plan told in a paragraph without a heading: 今年 is the year the plan is delivered in, 明年 the one after the report's
    "今年，常委会将对《中华人民共和国消防法》开展执法检查。",
    "明年，常委会拟对《中华人民共和国消防法》开展执法检查。",
])
def test_planned_work_of_the_coming_year_is_of_it(plan: str) -> None:
    assert dated(_REVIEW + plan, DELIVERED) == [("law_enforcement_inspection", "planned", 2024)]


@pytest.mark.parametrize(("text", "status", "year"), [
    # the relative year inside the activity's own words, before its verb (the analyst's r18, no issue date)
    ("常委会计划于明年3月对《中华人民共和国慈善法》开展执法检查。", "planned", 2024),
    ("市人大常委会拟于明年上半年对《中华人民共和国慈善法》实施情况开展执法检查。", "planned", 2024),
    ("常委会今年将对《中华人民共和国慈善法》开展执法检查。", "planned", 2023),
    ("市人大常委会于去年10月对《中华人民共和国慈善法》开展了执法检查。", "reported", 2022),
    # near miss: a span since last year dates nothing
    ("市人大常委会去年以来对《中华人民共和国慈善法》开展了执法检查。", "reported", None),
])
def test_a_relative_year_in_the_activitys_own_words_dates_it(text: str, status: str, year: int | None) -> None:
    assert dated(text, {"organ": ORGAN, "year": "2023"}) == [("law_enforcement_inspection", status, year)]


def test_without_a_year_reported_the_issue_date_counts() -> None:
    assert dated("明年，常委会拟对《中华人民共和国慈善法》开展执法检查。", {"organ": ORGAN, "issued": "2023-12-20"}) == [
        ("law_enforcement_inspection", "planned", 2024)]


# Round 35 (the year inferred from the date of writing): with no ``year:`` header, a text issued early in a year that
# looks back on the year before (一年来, 过去一年, 去年) is about that year, and speaks from its date: its 去年 is the year
# it is about, its 今年 the year it was issued in, one base for both; with a ``year:`` header the words count from it.
_NEWS = "{opening}去年，县人大常委会对《中华人民共和国食品安全法》开展了执法检查。今年，县人大常委会将对《中华人民共和国森林法》开展执法检查。"
_WRITTEN = {"organ": "某县人民代表大会常务委员会", "issued": "2024-03-10"}


@pytest.mark.parametrize("opening", [
    "",  # a news item whose only look-back is 去年
    "一年来，县人大常委会认真履行监督职责。",  # an annual report's look-back
    "过去一年，县人大常委会紧扣中心工作。",
])
def test_without_a_year_header_relative_years_count_from_the_date_written(opening: str) -> None:
    assert dated(_NEWS.format(opening=opening), _WRITTEN) == [
        ("law_enforcement_inspection", "reported", 2023), ("law_enforcement_inspection", "planned", 2024)]


@pytest.mark.parametrize("text", [
    "县人大常委会上年度开展了《中华人民共和国食品安全法》执法检查。",
    "去年，县人大常委會對《中華人民共和國食品安全法》開展了執法檢查。",
    "据县人大常委会副主任介绍，去年，县人大常委会对《中华人民共和国食品安全法》开展了执法检查。",
])
def test_last_year_written_early_in_a_year_is_the_year_before_it(text: str) -> None:
    assert dated(text, _WRITTEN) == [("law_enforcement_inspection", "reported", 2023)]


def test_a_speech_counts_from_its_byline() -> None:
    speech = ("县人民代表大会常务委员会工作报告\n——2024年1月12日在县第十届人民代表大会第四次会议上\n"
              "过去一年，县人大常委会依法履职。去年，县人大常委会对《中华人民共和国食品安全法》开展了执法检查。")
    found = extract(Document(text=speech, source="r.txt", metadata={"organ": "某县人民代表大会常务委员会"}))
    assert found.report["year"] == "2023"
    assert [(a.status, a.year) for a in found.activities] == [("reported", 2023)]


@pytest.mark.parametrize(("metadata", "years"), [
    # a year stated by the header: the report speaks of it (round 34), 去年 the year before it
    ({**_WRITTEN, "year": "2023"}, [2022, 2024]),
    # issued late in the year, no look-back stepping back: the same year either way
    ({**_WRITTEN, "issued": "2024-09-10"}, [2023, 2024]),
])
def test_a_stated_year_or_one_written_in_it_is_the_base(metadata: dict[str, str], years: list[int]) -> None:
    assert [year for _, _, year in dated(_NEWS.format(opening=""), metadata)] == years


def test_the_marker_says_the_year_was_inferred_from_the_date_written() -> None:
    written = extract(Document(text=_NEWS.format(opening=""), source="r.txt", metadata=_WRITTEN)).report
    stated = extract(Document(text=_NEWS.format(opening=""), source="r.txt", metadata={**_WRITTEN, "year": "2023"})).report
    assert (written["year"], written.get("written")) == ("2023", "2024")
    assert (stated["year"], stated.get("written")) == ("2023", None)
