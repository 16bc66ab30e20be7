"""Names in either language and one value per filter (a first-time analyst, round 30, finding 7):
places in pinyin (Hubei, Húběi, hubei sheng, Wuhan City) select what their Chinese names select, a reading several
Chinese names share is refused naming them with their codes, a law cited with its version note is the law, an English
title is refused saying laws are named in Chinese, and a single-valued filter given twice is refused naming it.

A name is read (``api.romanised``, ``api.vocabulary``) before either store is asked, and each test compares two askings
of one store: they read the embedded samples (``EMBEDDED_ONLY``, round 50). The Chinese names' queries run on Neo4j in
``test_routes_places``, ``_areas``, ``_laws`` and ``_filtered_rows`` (jurisdiction= on each listing, /areas?q=, law=),
``test_routes_entities`` (/paths) and ``test_search_ranking`` (names of several types)."""
from __future__ import annotations

import pytest

from api.romanised import names_read
from api.vocabulary import _without_version_note
from api_helpers import EMBEDDED_ONLY, WETLAND, Api

PLACE_LISTINGS = ("/activities", "/statistics", "/laws", "/reports")


@pytest.mark.parametrize(("pinyin", "chinese"), [
    ("Hubei", "湖北"), ("Húběi", "湖北省"), ("hubei sheng", "湖北省"), ("Hubei Province", "湖北省"), ("HUBEI", "湖北"),
    ("Wuhan", "武汉"), ("Wuhan City", "武汉市"), ("wu-han", "武汉"), ("Sichuan", "四川"), ("Guang'an", "广安"),
    ("Shaanxi", "陕西"), ("Shǎnxī", "陕西省"), ("Hantai District", "汉台区"), ("Chongming", "崇明"), ("Yunnan", "云南"),
])
@EMBEDDED_ONLY
def test_a_place_in_pinyin_selects_what_its_chinese_name_selects(api: Api, pinyin: str, chinese: str) -> None:
    totals = 0
    for path in PLACE_LISTINGS:
        rows = api.get(path, jurisdiction=pinyin, limit=1000)
        assert rows == api.get(path, jurisdiction=chinese, limit=1000), (path, pinyin)
        totals += rows["total"]
    assert totals > 0


@pytest.mark.parametrize(("pinyin", "codes"), [
    ("Shanxi", {"140000", "610000"}),  # 山西 and 陕西: the store holding 陕西's reports chooses nothing
    ("Xinzhou", {"140900", "361102", "420117"}),  # 忻州市, 信州区, 新洲区 (the store holds 新洲区)
    ("Xinzhou District", {"361102", "420117"}),
])
@EMBEDDED_ONLY
def test_a_reading_of_several_chinese_names_is_refused_naming_them(api: Api, pinyin: str, codes: set[str]) -> None:
    detail = api.get("/activities", 422, jurisdiction=pinyin)["detail"]
    assert detail.startswith(f"jurisdiction: {pinyin!r} reads as {len(codes)} names in pinyin"), detail
    assert all(code in detail for code in codes) and "in Chinese or the division code" in detail


@EMBEDDED_ONLY
def test_namesakes_read_in_pinyin_are_told_apart_as_in_chinese(api: Api) -> None:
    """Gulou is one Chinese name, 鼓楼区, of four districts: refused as 鼓楼区 is, with their codes."""
    detail = api.get("/activities", 422, jurisdiction="Gulou")["detail"]
    assert detail == api.get("/activities", 422, jurisdiction="鼓楼区")["detail"].replace("'鼓楼区'", "'Gulou'")
    assert all(code in detail for code in ("320106", "320302", "350102", "410204"))


@EMBEDDED_ONLY
def test_an_area_named_as_an_organ_in_pinyin_points_to_the_jurisdiction_filter(api: Api) -> None:
    detail = api.get("/activities", 422, organ="Wuhan")["detail"]
    assert "is an area (湖北省武汉市 420100), not an organ" in detail and "jurisdiction=Wuhan" in detail, detail
    assert "武汉市人大常委会" in detail


@EMBEDDED_ONLY
@pytest.mark.parametrize(("pinyin", "codes"), [("Hubei", ["420000"]), ("Xinzhou", ["420117"]), ("Mars", [])])
def test_areas_found_by_pinyin(api: Api, pinyin: str, codes: list[str]) -> None:
    """GET /areas?q=, where a refused jurisdiction sends the analyst, finds the areas held that a reading names."""
    assert [row["code"] for row in api.items("/areas", q=pinyin)] == codes


@EMBEDDED_ONLY
def test_paths_take_a_place_in_pinyin(api: Api) -> None:
    assert api.get("/paths", **{"from": "Hubei", "to": WETLAND}) == api.get("/paths", **{"from": "湖北省", "to": WETLAND})


@EMBEDDED_ONLY
@pytest.mark.parametrize("cited", ["中华人民共和国湿地保护法（2021修正）", "湿地保护法(2018修正)", "湿地保护法2021年修订",
                                   "中华人民共和国湿地保护法（2019年第二次修正）", "湿地保护法（2021年修订本）"])
def test_a_law_cited_with_its_version_note_is_the_law(api: Api, cited: str) -> None:
    rows = api.get("/activities", law=cited, limit=1000)
    assert rows["total"] > 0 and rows == api.get("/activities", law=WETLAND, limit=1000)


def test_a_catalog_title_ending_in_a_year_is_not_cut() -> None:
    """宪法修正案（2018年） is a title of the catalog, and its year is no version note."""
    assert _without_version_note("宪法修正案（2018年）") == "宪法修正案（2018年）"
    assert _without_version_note("安全生产法（2021修正）") == "安全生产法"


@EMBEDDED_ONLY
@pytest.mark.parametrize("english", ["Wetlands Protection Law", "Work Safety Law of the PRC"])
def test_a_law_in_english_is_refused_saying_laws_are_named_in_chinese(api: Api, english: str) -> None:
    detail = api.get("/activities", 422, law=english)["detail"]
    assert detail.startswith(f"law: {english!r}: laws are named by their Chinese titles") and "/search" in detail


@EMBEDDED_ONLY
@pytest.mark.parametrize("path", ["/activities", "/laws", "/coverage", "/statistics", "/reports"])
def test_a_year_given_twice_is_refused_with_the_range_that_holds_both(api: Api, path: str) -> None:
    answer = api.client.get(f"{path}?year=2024&year=2018")
    assert answer.status_code == 422, answer.text[:300]
    detail = answer.json()["detail"]
    assert detail.startswith("year: given 2 times ('2024', '2018')") and detail.endswith("year=2018-2024"), detail


@EMBEDDED_ONLY
@pytest.mark.parametrize(("query", "name"), [("organ=新洲区人大&organ=湖北省人大", "organ"),
                                             ("jurisdiction=湖北&jurisdiction=四川", "jurisdiction"),
                                             ("year=2019&year=abc", "year")])
def test_any_single_valued_filter_given_twice_is_refused_naming_it(api: Api, query: str, name: str) -> None:
    answer = api.client.get(f"/activities?{query}")
    assert answer.status_code == 422 and answer.json()["detail"].startswith(f"{name}: given 2 times"), answer.text
    first, second = (pair.split("=", 1)[1] for pair in query.split("&"))
    assert answer.json()["detail"].endswith(f"ask once per value ({name}={first}, then {name}={second})")


@EMBEDDED_ONLY
def test_a_filter_that_takes_several_values_still_takes_them(api: Api) -> None:
    both = api.client.get("/search?q=法&type=Law&type=Organ&limit=1000").json()
    assert {t for row in both["items"] for t in row["types"]} >= {"Organ"} and both["total"] > 0


# --- the reading of pinyin, without a store -----------------------------------------------------------------------


@pytest.mark.parametrize(("written", "names"), [
    ("Changzhi", {"长治"}),  # pypinyin reads 长治 zhangzhi: the other readings of its characters find it
    ("Lüliang", {"吕梁"}), ("lvliang", {"吕梁"}), ("lu:liang", {"吕梁"}), ("Luliang", {"陆良"}),
    ("Shānxī", {"山西"}), ("Shǎnxī", {"陕西"}), ("Inner Mongolia", {"内蒙古自治区"}), ("Tibet", {"西藏自治区"}),
    ("Enshi", {"恩施"}), ("Taizhou", {"台州", "泰州"}), ("Anji County", {"安吉"}), ("zhejiang sheng", {"浙江省"}),
])
def test_pinyin_reads_as_the_chinese_names(written: str, names: set[str]) -> None:
    assert set(names_read(written)) == names


def test_an_english_unit_keeps_the_names_it_translates() -> None:
    assert [a.code for found in names_read("Jilin City").values() for a in found] == ["220200"]
    assert [a.code for found in names_read("Jilin").values() for a in found] == ["220000", "220200"]
    assert names_read("Anji City") == {} and names_read("安吉") == {} and names_read("Mars") == {}
