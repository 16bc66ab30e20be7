"""The date a sentence gives its activity (``Activity.date``, :mod:`loaders.extract.activity_dates`): ISO 8601 to
the precision the words give, read where the date is the time of the work; a new user's round 36, finding 3b."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

LAW = "《中华人民共和国水污染防治法》"


def _dates(text: str, year: str = "2023") -> list[str | None]:
    doc = Document(text=text, source="dated.txt", metadata={"organ": "武汉市新洲区人民代表大会常务委员会", "year": year})
    return [act.date for act in extract(doc).activities if act.type == "law_enforcement_inspection"]


@pytest.mark.parametrize(("sentence", "date"), [
    (f"4月12日，区人大常委会副主任王建国率执法检查组，对{LAW}实施情况进行执法检查。", "2023-04-12"),
    (f"2022年9月5日，区人大常委会对{LAW}贯彻实施情况开展执法检查。", "2022-09-05"),
    (f"8月上旬，区人大常委会对{LAW}的贯彻实施情况进行了执法检查。", "2023-08"),
    (f"本报讯（记者 李明）5月17日上午，区人大常委会对{LAW}贯彻实施情况开展执法检查。", "2023-05-17"),
    (f"区人大常委会执法检查组于10月15-17日对{LAW}贯彻实施情况开展执法检查。", "2023-10-15"),
    (f"十月十二日，区人大常委会对{LAW}贯彻实施情况开展执法检查。", "2023-10-12"),
    (f"今年6月中旬，区人大常委会对{LAW}贯彻实施情况开展执法检查。", "2023-06"),
    (f"5月至6月，区人大常委会对{LAW}贯彻实施情况开展执法检查。", "2023-05"),
    ("5月8日，區人大常委會組織部分常委會組成人員，對《中華人民共和國水污染防治法》貫徹實施情況開展執法檢查。", "2023-05-08"),
    (f"2021年，区人大常委会曾对{LAW}开展执法检查。", "2021"),
])
def test_the_sentence_dates_its_inspection(sentence: str, date: str) -> None:
    assert _dates(sentence) == [date]


@pytest.mark.parametrize("sentence", [
    f"一年来，区人大常委会组成执法检查组，对{LAW}贯彻实施情况开展执法检查。",  # no date
    f"上半年，区人大常委会对{LAW}贯彻实施情况开展执法检查。",  # a part of a year is no month
    f"区人大常委会对2023年3月1日起施行的{LAW}贯彻实施情况开展执法检查。",  # the law's date, not the work's
])
def test_no_month_or_day_of_the_work_gives_none(sentence: str) -> None:
    assert _dates(sentence) == [None]


def test_a_date_of_a_multi_year_report_needs_its_own_year() -> None:
    """A month in a five-year report names no year of its own: no date; one naming its year is dated."""
    assert _dates(f"5月12日，区人大常委会对{LAW}贯彻实施情况开展执法检查。", year="2019-2023") == [None]
    assert _dates(f"2021年5月12日，区人大常委会对{LAW}贯彻实施情况开展执法检查。", year="2019-2023") == ["2021-05-12"]


def test_the_facts_json_gives_the_date_only_when_known() -> None:
    doc = Document(text=f"4月12日，区人大常委会对{LAW}开展执法检查。区人大常委会对《中华人民共和国森林法》开展执法检查。",
                   source="x.txt",
                   metadata={"organ": "武汉市新洲区人民代表大会常务委员会", "year": "2023"})
    found = extract(doc).to_json()["activities"]
    assert [a.get("date") for a in found] == ["2023-04-12", None] and "date" not in found[1]


@pytest.mark.parametrize("sentence", [
    f"这项工作始于2021年5月，区人大常委会对{LAW}贯彻实施情况开展执法检查。",
    f"早在2021年5月，区人大常委会就对{LAW}贯彻实施情况开展了执法检查。",
])
def test_an_activity_its_date_places_in_one_year_of_a_multi_year_report_is_of_that_year(sentence: str) -> None:
    """A new user's round 37: a 2010–2023 report's 始於2010年6月，…分组审议…报告 was dated 2010-06 with no year of its
    own, so ``year=2010`` left it out; the year its date names is its own."""
    doc = Document(text=sentence, source="dated.txt", metadata={"organ": "武汉市新洲区人民代表大会常务委员会", "year": "2019-2023"})
    [act] = [a for a in extract(doc).activities if a.type == "law_enforcement_inspection"]
    assert (act.year, act.date) == (2021, "2021-05")


def test_a_date_in_the_report_s_own_year_leaves_the_year_to_the_report() -> None:
    doc = Document(text=f"6月25日，区人大常委会对{LAW}贯彻实施情况开展执法检查。", source="dated.txt",
                   metadata={"organ": "武汉市新洲区人民代表大会常务委员会", "year": "2023"})
    [act] = [a for a in extract(doc).activities if a.type == "law_enforcement_inspection"]
    assert (act.year, act.date) == (None, "2023-06-25")


@pytest.mark.parametrize(("sentence", "date"), [
    # newuser22 §4: a purpose clause, then the date opening the clause of the work
    (f"为推动水环境持续改善，9月16日，区人大常委会对{LAW}贯彻实施情况开展执法检查。", "2023-09-16"),
    # the plan the work follows, then a span of months
    (f"根据区人大常委会2023年监督工作计划，今年6月至9月，区人大常委会对{LAW}实施情况开展执法检查。", "2023-06"),
    # a commission, then the middle of a month
    (f"受市人大常委会委托，8月中旬，区人大常委会对{LAW}实施情况开展执法检查。", "2023-08"),
    # two framing clauses, a date with its morning
    (f"按照年度工作要点，为进一步推动法律实施，5月20日上午，区人大常委会对{LAW}贯彻情况开展执法检查。", "2023-05-20"),
])
def test_a_date_opening_the_clause_of_the_work_after_its_framing_dates_it(sentence: str, date: str) -> None:
    assert _dates(sentence) == [date]


def test_a_date_qualifying_a_thing_named_in_a_later_clause_dates_nothing() -> None:
    assert _dates(f"为推动法律实施，2023年3月1日起施行的{LAW}由区人大常委会开展执法检查。") == [None]


@pytest.mark.parametrize("shares", [
    "其中，邾城街负责《中华人民共和国森林法》，仓埠街负责《中华人民共和国水法》。",
    "具体由区人大城建环保工委负责《中华人民共和国森林法》的检查，由区人大农业农村工委负责《中华人民共和国水法》的检查。",
])
def test_the_shares_of_a_divided_inspection_take_its_date(shares: str) -> None:
    """newuser22 §4: a launch dated 4月16日 naming one law of several (…等3部法律), each share told after it undated."""
    dates = _dates(f"4月16日，区人大常委会启动执法检查工作，对{LAW}等3部法律开展执法检查。{shares}")
    assert dates[0] == "2023-04-16" and len(dates) == 3 and set(dates) == {"2023-04-16"}
