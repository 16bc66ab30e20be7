"""Statistics of round 47 (issue 10): the tally of a rating (its votes by choice, 满意票25票, in quotes too, and the forms
it handed out and took back, 发出测评表28张，收回28张), a figure of one numbered item told again in another (each item's
own), the shares of a breakdown opened by 其中 (of the total told in the sentence before), and the verbs of attending read
from ``measure-classes.csv``. Several phrasings of each, in either script, written for these tests, read by the extractor
as a report's text is, and near phrasings that keep no figure."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.extract.measure_classes import pattern_of
from loaders.facts import Statistic


def _stats(text: str) -> list[Statistic]:
    doc = Document(text=text, source="t.txt", metadata={"organ": "某区人民代表大会常务委员会", "year": "2024"})
    return extract(doc).statistics


def _found(text: str) -> set[tuple[float, str]]:
    return {(stat.value, stat.unit) for stat in _stats(text)}


TALLIES = [  # every choice's votes and the forms of a rating
    ("测评情况：发出测评表28张，收回28张，满意票25票，基本满意票3票，不满意票1票。",
     {(28, "张"), (25, "票"), (3, "票"), (1, "票")}),
    ("測評情況：發出測評表30張，收回29張，滿意票26票，基本滿意票3票。", {(30, "张"), (29, "张"), (26, "票"), (3, "票")}),
    ("“治水治污工程，满意152票，基本满意30票，不满意2票，弃权1票……”全体代表对民生实事完成情况进行了满意度测评。",
     {(152, "票"), (30, "票"), (2, "票"), (1, "票")}),
    ("会议发放选票45张，收回选票45张，赞成43票，反对1票，弃权1票。", {(45, "张"), (43, "票"), (1, "票")}),
    ("代表们对6个部门进行评议，共发放评议表120张。", {(120, "张"), (6, "个")}),
]


@pytest.mark.parametrize(("text", "expected"), TALLIES)
def test_a_ratings_tally_is_read(text: str, expected: set[tuple[float, str]]) -> None:
    assert expected <= _found(text)


NO_TALLY = [  # 张 and 票 naming things or rules, no rating's tally
    "坚持一张蓝图绘到底，擦亮七张名片。",
    "印制宣传海报3000张，发放到各村。",
    "实行安全生产一票否决，共有32票未送达。",
]


@pytest.mark.parametrize("text", NO_TALLY)
def test_sheets_and_votes_of_no_rating_are_none(text: str) -> None:
    assert not {unit for _, unit in _found(text)} & {"张", "票"}


ITEMS = [  # one rating per numbered item: each item's figures are its own, the same values told again
    ("一、关于A的建议测评情况：发出测评表28张，收回28张，满意票20票，满意率71.43%。\n"
     "二、关于B的建议测评情况：发出测评表28张，收回28张，满意票20票，满意率71.43%。",
     ["发出测评表", "收回", "发出测评表", "收回"]),
    ("（一）对区教育局的评议：发出测评表28张，满意票20票，满意率71.43%。\n"
     "（二）对区卫健局的评议：发出测评表28张，满意票20票，满意率71.43%。",
     ["发出测评表", "发出测评表"]),
]


@pytest.mark.parametrize("text, forms", ITEMS)
def test_a_figure_of_each_numbered_item_is_its_own(text: str, forms: list[str]) -> None:
    """Every item's figures, forms handed out and taken back among them, each once per item."""
    stats = _stats(text)
    assert [s.value for s in stats if s.unit == "票"] == [20, 20]
    assert [s.value for s in stats if s.unit == "%"] == [71.43, 71.43]
    assert [(s.what, s.value) for s in stats if s.unit == "张"] == [(what, 28) for what in forms]


def test_a_figure_restated_in_an_item_after_a_lead_is_counted_once() -> None:
    """A lead's figure told again in a numbered item below it is one figure (only items tell each other's apart)."""
    text = "全年共收到代表建议836件。\n一、836件代表建议已全部办结。"
    assert [s.value for s in _stats(text) if s.unit == "件"] == [836]


SHARES = [  # the shares of a breakdown opened by 其中, of the total the sentence before tells
    ("交由政府办理的代表建议共266件，占总数的91.4%。其中，经济发展方面40件，占15%；民生保障方面76件，占28.6%。", {15, 28.6}),
    ("交由政府辦理的代表建議共266件，佔總數的91.4%。其中，經濟發展方面40件，佔15%；民生保障方面76件，佔28.6%。", {15, 28.6}),
    ("大会期间代表共提出议案12件。其中，立法类5件，占41.7%。", {41.7}),
]


@pytest.mark.parametrize(("text", "shares"), SHARES)
def test_the_shares_of_a_breakdown_are_of_the_total_before_it(text: str, shares: set[float]) -> None:
    assert shares <= {s.value for s in _stats(text) if s.unit == "%"}


def test_the_shares_of_the_economys_breakdown_are_none() -> None:
    text = "全区地区生产总值增长6%。其中，第一产业增加值120亿元，占15%。"
    assert 15 not in {s.value for s in _stats(text) if s.unit == "%"}


ATTENDING = [  # an attendance list's names go, whichever verb of attending the table's rows name
    ("副主任王某某、李某和委员共12人列席会议。", 12, "副主任和委员列席会议"),
    ("副主任王某某、李某和委员共15人出席会议。", 15, "副主任和委员出席会议"),
    ("副主任王某、李某某和委员共9人到会。", 9, "副主任和委员到会"),
]


@pytest.mark.parametrize(("text", "value", "what"), ATTENDING)
def test_attending_verbs_are_the_tables(text: str, value: float, what: str) -> None:
    assert {s.value: s.what for s in _stats(text)}[value] == what


def test_a_class_the_extractor_reads_by_name_must_be_in_the_table() -> None:
    with pytest.raises(LookupError, match="measure-classes.csv"):
        pattern_of("no_such_class")


SHARES_OF_A_YEAR = [  # the whole a share is of may be a year's
    ("今年共收到市人大代表建议1267件，占2020年全市代表建议数的94.7%。", 94.7),
    ("今年共收到市人大代表建議1267件，佔2020年度全市代表建議數的94.7%。", 94.7),
]


@pytest.mark.parametrize(("text", "value"), SHARES_OF_A_YEAR)
def test_a_share_of_a_years_whole_is_read(text: str, value: float) -> None:
    assert value in {s.value for s in _stats(text) if s.unit == "%"}


RATES_OVER_YEARS = [  # a rate of the congress's work year by year: one per year, the year in its measure
    ("首次办理满意率从2018年的99.2%、2019年的99.3%上升到2020年的99.7%。",
     {(99.2, "2018"), (99.3, "2019"), (99.7, "2020")}),
    ("代表建议办结率由2019年的95%提高到2021年的100%。", {(95, "2019"), (100, "2021")}),
    ("代表對辦理工作的滿意率從2021年的96.5%提升至2023年的98.8%。", {(96.5, "2021"), (98.8, "2023")}),
]


@pytest.mark.parametrize(("text", "expected"), RATES_OVER_YEARS)
def test_a_rate_told_year_by_year_gives_one_per_year(text: str, expected: set[tuple[float, str]]) -> None:
    assert {(s.value, s.what[:4]) for s in _stats(text) if s.unit == "%"} == expected


def test_a_rate_of_others_over_the_years_is_none() -> None:
    assert not [s for s in _stats("全市森林覆盖率从2018年的40%提高到2020年的45%。") if s.unit == "%"]


VISITS_PER_PLACE = [  # checks counted per occasion in 个次, as in 家次 and 户次
    ("执法检查期间，共检查市场、商超等经营主体14万个次。", 140000),
    ("執法檢查期間，監測電商平臺60萬個次。", 600000),
    ("代表们走访重点企业320个次。", 320),
]


@pytest.mark.parametrize(("text", "value"), VISITS_PER_PLACE)
def test_visits_per_place_are_counted_in_ge_ci(text: str, value: float) -> None:
    assert (value, "个次") in _found(text)


ASPECTS_QUALIFIED = [  # aspects with a qualifier before them group points, as bare 方面 does
    "学习执法检查组第一次全体会议上明确的六个重点方面内容。",
    "學習執法檢查組第一次全體會議上明確的六個重點方面內容。",
    "检查组重点了解了5个主要方面的情况。",
]


@pytest.mark.parametrize("text", ASPECTS_QUALIFIED)
def test_qualified_aspects_are_no_count(text: str) -> None:
    assert not _stats(text)


def test_priorities_without_aspects_stay() -> None:
    assert (3, "个") in _found("常委会确定三个重点，开展执法检查3次。")


TAKING_OFFICE = [  # comrades counted by a motion on their taking office, as by 任命 or 免职
    ("会议表决通过了宁书桥等10名同志的任职议案。", 10),
    ("會議審議通過了門少起、徐立山兩名同志的任職議案。", 2),
]


@pytest.mark.parametrize(("text", "value"), TAKING_OFFICE)
def test_comrades_of_a_motion_on_taking_office_are_counted(text: str, value: float) -> None:
    assert (value, "名") in _found(text)


def test_comrades_in_their_time_in_office_are_no_count() -> None:
    assert not _stats("两名同志在任职期间认真履职，受到群众好评。")
