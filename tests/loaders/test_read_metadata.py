"""Document metadata inferred from title and text; header values win."""
from __future__ import annotations

from pathlib import Path

import pytest

from loaders.document import Document
from loaders.extract import extract, metadata
from loaders.extract.metadata import infer_metadata
from loaders.read.text import split_header

CORPUS = Path(__file__).resolve().parents[2] / "api" / "samples"  # copies of ../shared/corpus, headers kept


def test_work_report_issued_next_year() -> None:
    text = "2024年1月10日\n我受新洲区人民代表大会常务委员会委托,向大会报告工作。\n过去一年,常委会开展执法检查11项。"
    meta = infer_metadata(text)
    assert meta["issued"] == "2024-01-10"
    assert meta["year"] == "2023"
    assert meta["organ"] == "新洲区人民代表大会常务委员会"
    assert meta["level"] == "county"


def test_five_year_report_covers_a_range() -> None:
    text = "2022年1月8日\n我受广安市第五届人民代表大会常务委员会委托,向大会报告工作。\n五年工作回顾\n2017年以来,市人大常委会……"
    meta = infer_metadata(text)
    assert meta["organ"] == "广安市人民代表大会常务委员会"
    assert meta["year"] == "2017-2021"
    assert meta["level"] == "city"


@pytest.mark.parametrize(("text", "issued", "year"), [
    # a county session's news of the outgoing standing committee's term report (澧县, 2017; a new user's file)
    ("冯文元的报告分为过去4年工作回顾、今后5年工作思路、2017年主要工作任务三部分。四年来，县十六届人大常委会共召开常委会会议26次。",
     "2017-02-15", "2013-2016"),
    ("五年来，在县委的坚强领导下，县人大常委会共听取和审议专项工作报告68个。", "2021-01-20", "2016-2020"),
    ("任期的五年里，区人大常委会组织开展执法检查12次。", "2022-01-08", "2017-2021"),
    ("近五年来，市人大常委会紧扣中心工作，开展专题询问5次。", "2016-11-20", "2012-2016"),
])
def test_a_term_s_look_back_counted_in_years_covers_the_term(text: str, issued: str, year: str) -> None:
    assert infer_metadata(text, {"issued": issued})["year"] == year


@pytest.mark.parametrize("text", [
    "今后5年，常委会将坚持依法监督。",  # the term to come
    "2023年，区人大常委会开展执法检查3次。五年来，全区经济持续增长。",  # a year the text opens with wins
    "十五年来，这部条例有效保障了群众权益。",  # not four or five
])
def test_a_look_ahead_or_a_year_of_its_own_is_no_term(text: str) -> None:
    assert "-" not in infer_metadata(text, {"issued": "2023-03-01"})["year"]


def test_relative_organ_resolves_against_named_one_and_traditional_text() -> None:
    text = "崔家橋鎮人大主席團工作報告\n我受鎮第十七屆人民代表大會主席團委託,向大會報告工作。\n2017年工作回顧"
    meta = infer_metadata(text)
    assert meta["organ"] == "崔家桥镇人民代表大会主席团"
    assert meta["jurisdiction"] == "崔家桥镇"
    assert meta["level"] == "township"
    assert meta["year"] == "2017"


def test_jurisdiction_extended_by_the_chain_in_the_text() -> None:
    text = "2023年,新洲区人大常委会依法履职。\n湖北省武汉市新洲区地处武汉东北部。"
    meta = infer_metadata(text)
    assert meta["jurisdiction"] == "湖北省武汉市新洲区"
    assert meta["organ"] == "湖北省武汉市新洲区人民代表大会常务委员会"


@pytest.mark.parametrize(("area", "context"), [
    ("新洲区", "湖北省武汉市新洲区人大常委会"),
    ("新洲区", "新洲区人大常委会。2021年12月15日在武汉市新洲区，湖北省武汉市新洲区"),
    ("新城区", "内蒙古自治区呼和浩特市新城区和新城区新城区"),
    ("武昌区", "在武汉市的武昌区，武昌区"),
    ("市", "北京市上海市天津市"),
])
def test_the_chains_before_an_area_are_those_a_search_of_the_whole_text_finds(area: str, context: str) -> None:
    expected = [(m.span(), m.group()) for m in metadata._chain_to(area).finditer(context)]
    assert [(m.span(), m.group()) for m in metadata._chains_to(area, context)] == expected


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("全国人大常委会执法检查组开展检查。", "national"),
        ("2018年,云南省人大常委会开展执法检查3次。", "provincial"),
        ("2024年,上海市人大常委会开展执法检查。", "provincial"),
        ("2018年,德阳市广汉市人大常委会开展执法检查。", "county"),
        ("2018年,延边朝鲜族自治州人大常委会开展执法检查。", "city"),
    ],
)
def test_level_from_the_jurisdiction(text: str, level: str) -> None:
    assert infer_metadata(text)["level"] == level


def test_entrusting_office_and_verbs_are_not_the_reporting_organ() -> None:
    text = "受全国人大常委会办公厅委托,根据《四川省人大常委会2018年监督工作计划》,省人大常委会开展执法检查。"
    meta = infer_metadata(text)
    assert meta["organ"] == "四川省人民代表大会常务委员会"
    assert meta["year"] == "2018"


def test_unresolvable_relative_organ_is_left_out() -> None:
    meta = infer_metadata("2024年,区人大常委会紧紧围绕区委中心工作。")
    assert "organ" not in meta and "jurisdiction" not in meta
    assert meta["year"] == "2024"


def test_header_values_win() -> None:
    given = {"organ": "汉中市汉台区人民代表大会常务委员会", "year": "2024", "level": "county"}
    meta = infer_metadata("2023年,某县人大常委会开展执法检查。", given)
    assert meta["organ"] == given["organ"]
    assert meta["year"] == "2024"
    assert meta["jurisdiction"] == "汉中市汉台区"


def test_labelled_date_and_year_of_a_news_item() -> None:
    meta = infer_metadata("广汉市人大常委会组织开展执法检查\n作者:佚名  时间:2020-06-12  来源:本站\n6月8日至10日,检查组……")
    assert meta["issued"] == "2020-06-12"
    assert meta["year"] == "2020"
    assert meta["organ"] == "广汉市人民代表大会常务委员会"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_inference_agrees_with_corpus_headers(path: Path) -> None:
    header, body = split_header(path.read_text(encoding="utf-8"))
    meta = infer_metadata(body)
    if "organ" in meta:
        assert header["organ"].startswith(meta["organ"]) or meta["organ"] in header["organ"]
    assert meta.get("year", header["year"]) == header["year"]


@pytest.mark.parametrize(("text", "year"), [
    ("县人大常委会于2024年9月25日召开第二十次会议，听取县政府关于教育工作的报告。", "2024"),
    ("二〇二三年，县人大常委会开展执法检查3次，听取专项工作报告12个。", "2023"),
    ("会议于二〇二二年十一月八日在县会议中心召开，县人大常委会听取了县政府的报告。", "2022"),
    ("二○二一年度，镇人大主席团组织代表视察。", "2021"),
    ("近日（2020年5月12日），市人大常委会执法检查组赴企业开展检查。", "2020"),
    ("2024年3月，省人大常委会组织开展执法检查。", "2024"),
    ("二〇一九年七月，县人大常委会视察了重点项目。", "2019"),
])
def test_year_from_a_date_or_a_year_in_chinese_numerals(text: str, year: str) -> None:
    """Without a header's year, a report's opening date or a year written 二〇二三 dates it."""
    assert infer_metadata(text)["year"] == year


@pytest.mark.parametrize(("text", "organ"), [
    ("配合省人大常委会开展了《水法》执法检查。", None),  # a verb glued to a unit names no province
    ("协助市人大常委会开展视察。区人大常委会听取了报告。", None),
    ("随同省人大常委会调研组赴基层。", None),
    ("联合市人大常委会开展执法检查。黄陂区人大常委会听取审议了报告。", "黄陂区人民代表大会常务委员会"),
    ("推动新洲区人大常委会加强监督。", "新洲区人民代表大会常务委员会"),  # a verb glued to a real name is cut off
    ("湖北省武汉市新洲区人大常委会2024年工作要点", "湖北省武汉市新洲区人民代表大会常务委员会"),
])
def test_an_area_is_a_name_the_gazetteer_knows(text: str, organ: str | None) -> None:
    assert infer_metadata(text).get("organ") == organ


@pytest.mark.parametrize("organ", ["北京市人大常委会", "天津市人大常委会", "上海市人大常委会", "重庆市人大常委会"])
def test_a_municipality_s_report_is_provincial_level(organ: str) -> None:
    found = extract(Document(text=f"2023年，{organ}对《中华人民共和国森林法》开展执法检查。", source="m.txt"))
    assert found.report["level"] == "provincial"


@pytest.mark.parametrize(("text", "year"), [
    ("广东省人大常委会2023年对《中华人民共和国海洋环境保护法》开展执法检查。", "2023"),
    ("广东省人大常委会2023年工作报告\n过去一年，常委会依法履职。", "2023"),
    ("县人大常委会2021年上半年组织代表视察了全县重点项目。", "2021"),
])
def test_the_year_the_first_lines_date_the_work_by(text: str, year: str) -> None:
    assert infer_metadata(text)["year"] == year


# A work report delivered at its congress's session early in year Y, with no header and no heading year,
# reports year Y-1 when it looks back on a past year; a PDF text layer may write a blank before 年.
# Bylines of the genre's pages: en84.com/10956.html (——2021年3月8日在第十三届全国人民代表大会第四次会议上),
# tellerreport.com (the 2022 report: "Work in the past year"), app.hppc.gov.cn (——2018 年 9 月 28 日在湖北省第十三届
# 人民代表大会常务委员会第五次会议上, blanks in the date).
@pytest.mark.parametrize(("text", "year"), [
    ("全国人民代表大会常务委员会工作报告\n——2021年3月8日在第十三届全国人民代表大会第四次会议上\n各位代表：\n"
     "一年来，常委会依法履职。", "2020"),
    ("全国人民代表大会常务委员会工作报告\n——2022年3月8日在第十三届全国人民代表大会第五次会议上 全国人民代表大会常务委员会委员长\n"
     "过去一年的工作\n常委会审议法律案。", "2021"),
    ("湖北省人民代表大会常务委员会工作报告\n——2019 年 1 月 28 日在湖北省第十三届人民代表大会第二次会议上 湖北省人大常委会主任\n一年来，常委会开展执法检查6项。",
     "2018"),
    ("温州市人大常委会工作报告\n——在温州市第十三届人民代表大会第五次会议上 (2020 年 4 月 22 日) 温州市人大常委会主任\n"
     "2019 年以来的主要工作\n一年来，常委会依法履职。", "2019"),
    # near misses: a report delivered in the second half of the year, a meeting's news that mentions last year
    ("湖北省人民代表大会常务委员会执法检查组关于检查《中华人民共和国禁毒法》实施情况的报告\n"
     "——2018 年 9 月 28 日在湖北省第十三届人民代表大会常务委员会第五次会议上\n一年来，全省禁毒工作取得成效。", "2018"),
    ("2024年3月5日，区人大常委会召开会议，听取区政府关于去年民生实事完成情况的报告。", "2024"),
])
def test_a_work_report_delivered_early_reports_the_year_before(text: str, year: str) -> None:
    assert infer_metadata(text)["year"] == year


@pytest.mark.parametrize(("header", "text", "jurisdiction"), [
    ({"organ": "新鄉市人大常委會"}, "2015年,市人大常委會開展執法檢查。", "新乡市"),
    ({"organ": "陽春市人大常委會"}, "陽春市人大常委會2021年監督工作計劃。", "阳春市"),
    ({"organ": "武城縣人大常委會"}, "縣人大常委會召開專題詢問會議。", "武城县"),
    ({}, "我受新鄉市人民代表大會常務委員會委託,向大會報告工作。", "新乡市"),
    ({"organ": "武汉市新洲区人大常委会", "jurisdiction": "新洲"}, "区人大常委会开展执法检查。", "新洲区"),
    ({"organ": "南京市鼓楼区人大常委会"}, "区人大常委会开展执法检查。", "南京市鼓楼区"),
])
def test_the_reports_jurisdiction_is_its_resolved_areas_simplified_name(
        header: dict[str, str], text: str, jurisdiction: str) -> None:
    """Traditional or short, from the header or the text: the report's ``jurisdiction`` names the area
    its organ resolves to as the gazetteer does (a chain that ends with that name stays)."""
    report = extract(Document(text=text, source="r.txt", metadata=header)).report
    assert report["jurisdiction"] == jurisdiction and report.get("division_code")


def test_a_text_copied_from_a_pdf_is_read_with_ideographs_in_header_and_text(tmp_path: Path) -> None:
    from loaders.read import read

    path = tmp_path / "copied.txt"  # pasted from a PDF: ⼈⼤ (Kangxi radicals) for 人大, 例 (U+F9B5) for 例
    path.write_text("organ: 新洲区\u2f08\u2f24常委会\n\n区\u2f08\u2f24常委会审议了《武汉市湖泊保护条\uf9b5》的实施情况。",
                    encoding="utf-8")
    document = read(path)
    assert document.metadata["organ"] == "新洲区人大常委会"
    assert document.text == "区人大常委会审议了《武汉市湖泊保护条例》的实施情况。"


@pytest.mark.parametrize(("text", "jurisdiction"), [
    # a work report's occasion line (武昌区, 2021): the date's 日在 is no part of the place
    ("——2021年12月15日在武汉市武昌区第十六届人民代表大会\n第一次会议上\n武昌区人大常委会主任 某某\n", "武汉市武昌区"),
    ("2020年1月8日在湖北省武汉市新洲区第六届人民代表大会第五次会议上\n新洲区人大常委会主任 某某\n", "湖北省武汉市新洲区"),
    # 日照市 begins with 日: a named place is kept whole
    ("2021年1月6日在山东省日照市东港区第二十届人民代表大会第五次会议上\n东港区人大常委会主任 某某\n", "山东省日照市东港区"),
])
def test_the_jurisdiction_chain_starts_at_a_named_place(text: str, jurisdiction: str) -> None:
    """The chain of places before the organ's own area starts at a place the gazetteer names, never at the words
    of a date before it (a fresh user's report was filed under the organ 日在武汉市武昌区人民代表大会常务委员会)."""
    meta = infer_metadata(text + "各位代表：我受区人大常委会委托，向大会报告工作，请予审议。\n")
    assert meta["jurisdiction"] == jurisdiction and meta["organ"].startswith(jurisdiction)


def test_a_sentence_looking_back_over_the_term_dates_its_activities_and_totals() -> None:
    """五年来… in a report of one year states the term's totals, 2018–2022 for 2022 (a fresh user summing 2022 got
    35 inspections from a five-year 30 and the year's 5); a sentence of its own year keeps that year."""
    text = "五年来，常委会检查30件法律和决定实施情况，开展11次专题询问。2022年，常委会检查5件法律的实施情况。"
    facts = extract(Document(text, "r.txt", {"organ": "全国人民代表大会常务委员会", "year": "2022"}))
    assert [(a.type, a.year, a.years) for a in facts.activities] == [
        ("law_enforcement_inspection", None, "2018-2022"), ("special_inquiry", None, "2018-2022"),
        ("law_enforcement_inspection", 2022, None)]
    assert [(s.value, s.years) for s in facts.statistics] == [(30, "2018-2022"), (11, "2018-2022"), (5, None)]
    ranged = extract(Document(text, "r.txt", {"organ": "全国人民代表大会常务委员会", "year": "2018-2022"}))
    # a term's report already covers its term; a sentence opening with one of its years dates its figure (round 17)
    assert [(s.value, s.years) for s in ranged.statistics] == [(30, None), (11, None), (5, "2022")]
    listed = "五年来，制定法律47件；听取审议182个监督工作报告，检查30件法律和决定实施情况。2022年，制定法律5件。"
    facts = extract(Document(listed, "r.txt", {"organ": "全国人民代表大会常务委员会", "year": "2022"}))
    assert [(s.value, s.years) for s in facts.statistics] == [(47, "2018-2022"), (182, "2018-2022"),
                                                                (30, "2018-2022"), (5, None)]  # on past ；


@pytest.mark.parametrize(("organ", "jurisdiction"), [
    ("中共通山县人大常委会党组", "通山县"),
    ("中共武汉市新洲区人民代表大会常务委员会党组", "武汉市新洲区"),
    ("中國共產黨通山縣人大常委會黨組", "通山县"),
])
def test_a_party_groups_header_places_the_report_in_its_congress_area(organ: str, jurisdiction: str) -> None:
    """The party's name before a congress's (中共…人大常委会党组) is no part of the area (a first-time analyst, round 32:
    jurisdiction 中共通山县)."""
    facts = extract(Document(text="县人大常委会党组召开会议，听取了县人民政府关于食品安全工作情况的报告。", source="test",
                             metadata={"organ": organ}))
    assert facts.report["jurisdiction"] == jurisdiction, facts.report
