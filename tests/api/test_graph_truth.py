"""Issue 11's acceptance on both stores: the bundled corpus (``../shared/corpus``, copied to
``api/samples``) ingested together with two different header-less files both named
``report.txt`` gives answers that match the texts."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.cli import SAMPLES
from api.ingest import expand, ingest
from api_helpers import BOTH_STORES, Api, empty_store

# Two different reports under one file name, without a header (written in the genre's words).
REPORTS = {
    "黄陂": "武汉市黄陂区人大常委会2023年工作报告\n一年来，区人大常委会对《中华人民共和国森林法》"
            "贯彻实施情况开展执法检查，听取和审议区人民政府关于森林资源保护工作情况的报告。\n",
    "安陆": "安陆市人大常委会2023年工作报告\n过去一年，市人大常委会组织开展《中华人民共和国道路交通安全法》"
            "执法检查，对市公安局贯彻实施情况进行专题询问。\n",
}
NOT_ONE_ORGAN = re.compile(r"[（(【\[]|所属|^各")


@pytest.fixture(scope="module", params=BOTH_STORES)
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    folder = tmp_path_factory.mktemp("two-reports")
    paths = []
    for name, text in REPORTS.items():
        (folder / name).mkdir()
        (path := folder / name / "report.txt").write_text(text, encoding="utf-8")
        paths.append(str(path))
    with empty_store(request, tmp_path_factory) as db:
        results = ingest(expand([SAMPLES, *paths]), db)
        assert [r.error for r in results if r.outcome == "failed"] == []
        with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
            yield Api(client)


def every(api: Api, path: str, **params: Any) -> list[dict[str, Any]]:
    """All items of a listing, page by page."""
    items: list[dict[str, Any]] = []
    while True:
        page = api.get(path, limit=1000, offset=len(items), **params)
        items += page["items"]
        if len(items) >= page["total"] or not page["items"]:
            return items


def test_two_reports_named_alike_are_two_reports(api: Api) -> None:
    assert api.get("/stats")["reports"] == len(list(Path(SAMPLES).glob("*.txt"))) + 2 == 13


def test_a_province_lists_the_laws_its_sub_areas_inspected(api: Api) -> None:
    titles = {row["title"] for row in every(api, "/laws", inspected="true", jurisdiction="湖北省")}
    assert {"中华人民共和国湿地保护法", "中华人民共和国森林法"} <= titles


def test_xinzhou_lies_within_wuhan_within_hubei(api: Api) -> None:
    area = api.get("/areas/新洲区")
    assert (area["code"], [row["label"] for row in area["within"]]) == ("420117", ["武汉市", "湖北省", "中华人民共和国"])


def test_a_law_whose_inspection_is_followed_up_is_not_never_inspected(api: Api) -> None:
    never = {row["title"] for row in every(api, "/coverage", inspected="false")}
    assert "中华人民共和国文物保护法" not in never
    assert "中华人民共和国湿地保护法" not in never


def test_no_organ_name_carries_a_qualifier_a_placeholder_or_a_leading_each(api: Api) -> None:
    organs = every(api, "/organs")
    assert organs
    assert [o["label"] for o in organs if NOT_ONE_ORGAN.search(o["label"] or "")] == []


def test_one_node_for_the_xinzhou_standing_committee(api: Api) -> None:
    found = every(api, "/organs", q="新洲区人大常委会")
    assert [(o["label"], "StandingCommittee" in o["types"]) for o in found] == [
        ("武汉市新洲区人民代表大会常务委员会", True)]


def test_no_inspection_instance_counts_more_than_one(api: Api) -> None:
    inspections = every(api, "/activities", kind="LawEnforcementInspection")
    assert inspections
    assert [a["evidence"] for a in inspections if (a["count"] or 1) > 1] == []


def test_organs_are_typed_by_kind(api: Api) -> None:
    kinds = {t for organ in every(api, "/organs") for t in organ["types"]}
    assert {"StandingCommittee", "Government", "Court", "Procuratorate", "PartyOrgan"} <= kinds
