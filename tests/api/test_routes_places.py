"""Where a row is from, on both stores: every row stated in a report carries the report's area and province (JSON,
CSV, XLSX); work naming no conductor is placed by its report's area, and /areas counts as the listings list; a
publisher whose place the report leaves unnamed is named in /reports; a measure no statistic carries is refused."""
from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from api_helpers import BOTH_STORES, Api, api_of, upsert_text
from graph import Store
from shared_stores import SharedStore

CHAOYANG, GUANGDONG, HUBEI, NATION = "440513", "440000", "420000", "000000"
#: Audit reports a government or an audit office published: they state the audit and name no conductor.
AUDITS = {
    "chaoyang.txt": ("汕头市潮阳区审计局", "2023", "关于2022年度区本级预算执行和其他财政收支的审计工作报告\n"
                     "受区人民政府委托，向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况，请予审议。"),
    "guangdong.txt": ("廣東省審計廳", "2023", "關於2022年度省級預算執行和其他財政收支的審計工作報告\n"
                      "受省人民政府委託，向省人大常委會報告2022年度省級預算執行和其他財政收支的審計情況，請予審議。"),
}
#: Reports of Hubei stating the national standing committee's inspection: placed by its conductor, and in Hubei only
#: when Hubei's committee received its group there (assisted_by: round 47, work is placed by who assisted it too).
VISITED = ("湖北省人民代表大会常务委员会", "2022", "2022年，全国人大常委会执法检查组来我省检查《中华人民共和国湿地保护法》实施情况。")
TOLD = ("湖北省人民代表大会常务委员会", "2023", "2023年，全国人大常委会对《中华人民共和国长江保护法》实施情况开展执法检查。")
#: A report whose header organ names no place: it has no area, and its publisher an IRI of its own.
PLACELESS = ("县人民代表大会常务委员会（县名未载）", "2021",
             "一年来，县人大常委会听取和审议县人民政府关于2020年度县本级预算执行和其他财政收支的审计工作报告。")

#: A report placed by its header's note whose publisher, the conductor, has no place (a new user's q27, round 17).
GUESSED = ("区人民代表大会常务委员会（区名未见于页面，疑为重庆市黔江区）", "2021",
           "一年来，区人大常委会听取和审议区人民政府关于2020年度区本级预算执行和其他财政收支的审计工作报告。")
QIANJIANG = "500114"


#: The IRI of each report written, by its file name.
IRIS: dict[str, str] = {}


def _upsert(db: Store, name: str, organ: str, year: str, text: str) -> None:
    IRIS[name] = str(upsert_text(db, name, text, organ=organ, year=year).iri)


@pytest.fixture(scope="module", params=BOTH_STORES)
def store(request: pytest.FixtureRequest, shared_samples: SharedStore) -> Iterator[Store]:
    with shared_samples.writable(request.param) as db:
        for name, (organ, year, text) in AUDITS.items():
            _upsert(db, name, organ, year, text)
        _upsert(db, "visited.txt", *VISITED)
        _upsert(db, "told.txt", *TOLD)
        _upsert(db, "placeless.txt", *PLACELESS)
        _upsert(db, "guessed.txt", *GUESSED)
        yield db


@pytest.fixture(scope="module")
def web(store: Store) -> Iterator[Api]:
    with api_of(store) as api:
        yield api


def _audit(web: Api, source: str) -> dict:
    report = IRIS[source]
    return next(a for a in web.items("/activities", kind="AuditOversight") if a["report"] == report)


@pytest.mark.parametrize(("source", "area", "province"), [("chaoyang.txt", CHAOYANG, GUANGDONG),
                                                          ("guangdong.txt", GUANGDONG, GUANGDONG)])
def test_work_naming_no_conductor_is_placed_by_its_reports_area(web: Api, source: str, area: str, province: str) -> None:
    audit = _audit(web, source)
    assert audit["organs"] == [] and (audit["area_code"], audit["province_code"]) == (area, province)
    for where in (area, province, NATION, "广东", "汕头市潮阳区" if area == CHAOYANG else "广东省"):
        assert audit["iri"] in {a["iri"] for a in web.items("/activities", kind="审计监督", jurisdiction=where)}, where
    assert audit["iri"] not in {a["iri"] for a in web.items("/activities", jurisdiction=HUBEI)}  # another province


@pytest.mark.parametrize(("source", "in_hubei"), [("told.txt", False), ("visited.txt", True)])
def test_work_with_a_conductor_is_placed_by_the_conductor_not_the_report(web: Api, source: str, in_hubei: bool) -> None:
    report = IRIS[source]
    visit = next(a for a in web.items("/activities", kind="LawEnforcementInspection") if a["report"] == report)
    assert visit["organs"] and visit["area_code"] == HUBEI  # its row says where the report is from …
    # … its conductor places it, and the committee that received the group (来我省检查) where it did so
    assert bool(visit["assisted_by"]) == in_hubei
    assert (visit["iri"] in {a["iri"] for a in web.items("/activities", jurisdiction=HUBEI)}) == in_hubei
    assert visit["iri"] in {a["iri"] for a in web.items("/activities", jurisdiction=NATION)}


def test_work_of_a_conductor_without_a_place_is_placed_by_its_reports_area(web: Api) -> None:
    """Rows and filters agree: a conductor with no place of its own places nothing, its report's area does."""
    acts = [a for a in web.items("/activities") if a["report"] == IRIS["guessed.txt"]]
    assert acts and all(a["organs"] and a["area_code"] == QIANJIANG for a in acts)
    listed = {a["iri"] for a in web.items("/activities", jurisdiction=QIANJIANG)}
    assert {a["iri"] for a in acts} <= listed
    assert web.get(f"/areas/{QIANJIANG}")["activities"] == web.get("/activities", jurisdiction=QIANJIANG,
                                                                    status="reported", limit=1)["total"] >= 1


def test_a_report_without_an_area_places_nothing(web: Api) -> None:
    report = next(r for r in web.items("/reports") if r["iri"] == IRIS["placeless.txt"])
    assert (report["area"], report["area_code"], report["province"]) == (None, None, None)
    acts = [a for a in web.items("/activities") if a["report"] == report["iri"]]
    assert acts and all(a["area_code"] is None for a in acts)
    assert web.get(f"/areas/{NATION}")["unplaced"]["reports"] >= 1


@pytest.mark.parametrize("area", [CHAOYANG, GUANGDONG, HUBEI, "420117", QIANJIANG, NATION])
def test_area_counts_agree_with_the_listings(web: Api, area: str) -> None:
    counted = web.get(f"/areas/{area}")
    assert counted["activities"] == web.get("/activities", jurisdiction=area, status="reported", limit=1)["total"]
    assert counted["planned"] == web.get("/activities", jurisdiction=area, status="planned", limit=1)["total"]
    assert counted["laws_inspected"] == web.get("/coverage", jurisdiction=area, inspected="true", limit=1)["total"]
    if area in (CHAOYANG, GUANGDONG):
        assert counted["activities"] >= 1 and counted["reports_published"] >= 1


@pytest.mark.parametrize("path", ["/activities", "/statistics", "/reports"])
def test_rows_carry_their_reports_area_and_province_in_every_format(web: Api, path: str) -> None:
    from openpyxl import load_workbook

    columns = ["area", "area_code", "area_level", "province", "province_code"]
    rows = web.items(path)
    assert rows and all(set(columns) <= set(row) for row in rows)
    xinzhou = [row for row in rows if row["area_code"] == "420117"]
    assert xinzhou and {tuple(row[c] for c in columns) for row in xinzhou} == {
        ("新洲区", "420117", "county", "湖北省", "420000")}
    by_iri = {row["iri"]: row for row in rows}
    for row in web.csv_rows(path):
        assert [row[c] or None for c in columns] == [by_iri[row["iri"]][c] for c in columns]
    sheet = load_workbook(io.BytesIO(web.client.get(path, params={"format": "xlsx"}).content), read_only=True).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert set(columns) <= set(values[0])
    at = {c: values[0].index(c) for c in ("iri", *columns)}
    assert all([row[at[c]] for c in columns] == [by_iri[row[at["iri"]]][c] for c in columns] for row in values[1:])


def test_a_national_report_has_the_nation_and_no_province(web: Api) -> None:
    national = [r for r in web.items("/reports") if r["area_code"] == NATION]
    assert national and all((r["area"], r["area_level"], r["province"]) == ("中华人民共和国", "national", None)
                            for r in national)


def test_a_publisher_without_a_place_is_named_in_the_listing(web: Api) -> None:
    rows = web.items("/reports")
    report = next(r for r in rows if r["iri"] == IRIS["placeless.txt"])
    assert "/organ/" in report["publisher"] and report["publisher_label"] == "县人民代表大会常务委员会"
    assert all(r["publisher_label"] for r in rows if r["publisher"])
    assert next(r for r in web.csv_rows("/reports") if r["iri"] == report["iri"])["publisher_label"] == "县人民代表大会常务委员会"
    placed = next(r for r in rows if r["iri"] == IRIS["visited.txt"])
    assert placed["publisher_label"] == "湖北省人民代表大会常务委员会"


@pytest.mark.parametrize("measure", ["audit_oversight", "AuditOversight", "审计监督", "審計監督", "no such words", "", "  "])
def test_a_measure_no_statistic_carries_is_refused_listing_those_held(web: Api, measure: str) -> None:
    detail = web.get("/statistics", 422, measure=measure)["detail"]
    assert detail.startswith("measure: no statistic measures") and "/statistics/measures" in detail
    assert "law_enforcement_inspection (执法检查)" in detail


@pytest.mark.parametrize("measure", ["satisfaction_rate", "Reply rate", "suggestions_received"])
def test_a_measure_class_asked_as_a_measure_points_to_measure_class(web: Api, measure: str) -> None:
    detail = web.get("/statistics", 422, measure=measure)["detail"]
    code = measure.lower().replace(" ", "_")
    assert f"names a measure class: ask measure_class={code}" in detail
    web.get("/statistics", measure_class=measure)  # the class itself answers 200


def test_the_measures_listing_counts_what_each_measure_answers(web: Api) -> None:
    listed = web.items("/statistics/measures")
    assert {"law_enforcement_inspection", "audit_oversight"} & {m["measure"] for m in listed} == {
        "law_enforcement_inspection"}
    inspections = next(m for m in listed if m["measure"] == "law_enforcement_inspection")
    assert (inspections["kind"], inspections["label"]) == ("LawEnforcementInspection", "执法检查")
    for m in listed:  # the same words may count in two classes (代表 名, 代表 人次): one row each
        in_classes = sum(n["statistics"] for n in listed if n["measure"] == m["measure"])
        assert web.get("/statistics", measure=m["measure"], limit=1)["total"] == in_classes, m
        if m["measure_class"]:
            asked = web.get("/statistics", measure=m["measure"], measure_class=m["measure_class"], limit=1)
            assert asked["total"] == m["statistics"], m
    assert sum(m["statistics"] for m in listed) <= web.get("/statistics", limit=1)["total"]
    # a measure held, under filters that leave nothing: an empty page, not a refusal
    assert web.get("/statistics", measure="执法检查", year=1950)["total"] == 0


@pytest.mark.parametrize("measure", ["law_enforcement_inspection", "LAW_ENFORCEMENT_INSPECTION",
                                     "ｌａｗ_ｅｎｆｏｒｃｅｍｅｎｔ_ｉｎｓｐｅｃｔｉｏｎ", "執法檢查", " 执法检查 "])
def test_a_measure_is_read_in_any_case_width_or_script(web: Api, measure: str) -> None:
    """A new user typed the key in capitals and full width: 422 where the key worked."""
    expected = web.items("/statistics", measure="law_enforcement_inspection")
    assert expected and web.items("/statistics", measure=measure) == expected


@pytest.mark.parametrize("name", ["广东省\u200b", "广 东 省", "\u2060广东省", "廣東省"])
def test_an_area_name_is_read_without_invisible_characters_or_spaces(web: Api, name: str) -> None:
    assert web.get("/activities", jurisdiction=name)["total"] == web.get("/activities", jurisdiction=GUANGDONG)["total"]


def test_an_unknown_code_is_quoted_without_its_prefix(web: Api) -> None:
    assert "division code '999999'" in web.get("/areas/area/999999", 404)["detail"]


def test_reports_filter_by_place_and_year_as_their_rows_say(web: Api) -> None:
    """/reports takes jurisdiction= and year= as the other listings do (a new user got 422 for both)."""
    every = web.items("/reports")
    in_guangdong = web.items("/reports", jurisdiction="广东省")
    assert in_guangdong and all(row["province_code"] == GUANGDONG for row in in_guangdong)
    assert {row["iri"] for row in in_guangdong} == {row["iri"] for row in every if row["province_code"] == GUANGDONG}
    of_2023 = web.items("/reports", year=2023)
    assert of_2023 and {row["iri"] for row in of_2023} == {
        row["iri"] for row in every if row["year_from"] is not None and row["year_from"] <= 2023 <= row["year_to"]}
