"""Work is placed where it was done, on both stores (round 47, after ruling 10 made 配合 decide the conductor): an
activity, and a law's statement of its inspection, lie in the areas of its conducting organs **and** of the organs
that assisted it (``okg:assistedBy``), else in its report's area (:func:`graph.areas.placers`). On the samples an
entrusted inspection (马鞍山, 受省人大常委会委托, planned) is 安徽's with 马鞍山 assisting, one helped in step
(新洲区, 配合省、市人大常委会联动开展) 湖北's with 新洲区 assisting, and the national inspection group 四川 received (赴成都市…)
the nation's with 四川 assisting: each is listed under both areas by ``/activities`` and ``/laws``, and each area's counts (``/areas/{code}``) agree with those listings, while the assisting organ's own
row counts only what it conducted."""
from __future__ import annotations

import pytest

from api_helpers import Api
from graph.areas import placers

ORGAN = "https://w3id.org/oversight-kg/id/organ/"
LAW = "https://w3id.org/oversight-kg/id/law/"
#: (law, conducting organ, assisting organ, the conductor's area, the assisting organ's area, an area of neither)
HELPED = {
    "entrusted": (LAW + "中华人民共和国大气污染防治法", ORGAN + "安徽省人民代表大会常务委员会",
                  ORGAN + "马鞍山市人民代表大会常务委员会", "安徽省", "马鞍山市", "湖北省"),
    "in step": (LAW + "中华人民共和国湿地保护法", ORGAN + "湖北省人民代表大会常务委员会",
                ORGAN + "武汉市新洲区人民代表大会常务委员会", "湖北省", "新洲区", "四川省"),
    "received": (LAW + "中华人民共和国大气污染防治法", ORGAN + "全国人民代表大会常务委员会办公厅",
                 ORGAN + "四川省人民代表大会常务委员会", "全国", "四川省", "湖北省"),
}


def _helped_row(api: Api, case: str) -> dict:
    law, conductor, assistant = HELPED[case][:3]
    (row,) = [row for row in api.items("/activities", kind="执法检查", law=law) if assistant in row["assisted_by"]]
    assert row["organs"] == [conductor]
    return row


def _laws(api: Api, row: dict, **where: str) -> set[str]:
    """The laws ``/laws`` lists as inspected (or, for a planned inspection, as planned) under ``where``."""
    inspected = {"inspected": "true"} if row["status"] == "reported" else {}
    return {entry["iri"] for entry in api.items("/laws", **inspected, **where)}


@pytest.mark.parametrize("case", sorted(HELPED))
def test_assisted_work_is_listed_under_the_conductor_s_area_and_the_assistant_s(api: Api, case: str) -> None:
    law, _, _, conductors_area, assistants_area, neither = HELPED[case]
    row = _helped_row(api, case)
    for area in (conductors_area, assistants_area):
        assert row["iri"] in {a["iri"] for a in api.items("/activities", jurisdiction=area)}, area
        assert law in _laws(api, row, jurisdiction=area), area
    assert row["iri"] not in {a["iri"] for a in api.items("/activities", jurisdiction=neither)}


@pytest.mark.parametrize("case", sorted(HELPED))
def test_an_area_counts_what_it_assisted_as_its_listings_do(api: Api, case: str) -> None:
    assistant, _, assistants_area = HELPED[case][2:5]
    row = _helped_row(api, case)
    area = api.get(f"/areas/{assistants_area}")
    code = area["code"]
    listed = {status: api.items("/activities", jurisdiction=code, status=status) for status in ("reported", "planned")}
    assert row["iri"] in {a["iri"] for a in listed[row["status"]]}
    assert (area["activities"], area["planned"]) == (len(listed["reported"]), len(listed["planned"]))
    assert area["laws_inspected"] == len(api.items("/laws", inspected="true", jurisdiction=code))
    # the assisting organ's own row stays what it conducted, as /organs and /activities?organ= count it
    (own,) = [o for o in api.items(f"/areas/{code}/organs", sub_areas="false") if o["iri"] == assistant]
    conducted = {o["iri"]: o["conducted"] for o in api.items("/organs")}[assistant]
    assert own["activities"] == conducted == sum(assistant in a["organs"] for a in listed["reported"])


@pytest.mark.parametrize("area", ["湖北省", "安徽省", "四川省", "武汉市"])
def test_work_no_organ_assisted_is_placed_by_its_conductors_else_its_report(api: Api, area: str) -> None:
    """The rule before round 47, for every activity naming no assisting organ: its placed conducting organs' areas,
    else, when none of them is placed, its report's area."""
    code = api.get(f"/areas/{area}")["code"]
    here = {o["iri"] for o in api.items(f"/areas/{code}/organs")}
    placed = {o["iri"] for o in api.items("/areas/全国/organs")}
    rows = api.items("/activities")
    inside = {a["iri"] for a in api.items("/activities", jurisdiction=code)}
    by_report = {a["iri"] for a in rows if code in (a["area_code"], a["province_code"])
                 or (a["area_code"] or "").startswith(code.rstrip("0"))}
    expected = {a["iri"] for a in rows if not a["assisted_by"]
                and (not here.isdisjoint(a["organs"]) or (placed.isdisjoint(a["organs"]) and a["iri"] in by_report))}
    assert expected and {a["iri"] for a in rows if not a["assisted_by"] and a["iri"] in inside} == expected


PLACED = {"wuhan": {"area/4201"}, "anhui": {"area/34"}, "maanshan": {"area/3405"}, "xinzhou": {"area/420117"}}


@pytest.mark.parametrize(("conductors", "assistants", "expected"), [
    (["anhui"], ["maanshan"], ["anhui", "area/3405"]),  # entrusted: the conductor and the assistant's area
    (["anhui"], [], ["anhui"]),  # as before
    ([], ["xinzhou"], ["area/420117"]),  # a conductor the text leaves unnamed, an assistant it names
    (["nowhere"], ["xinzhou"], ["area/420117"]),  # a conductor of no stated area
    (["nowhere"], ["unplaced"], ["area/report"]),  # neither placed: the report's area
    ([], [], ["area/report"]),
    (["wuhan", "anhui"], ["anhui"], ["wuhan", "anhui", "area/34"]),
])
def test_placers_joins_the_conductors_and_the_assistants_areas(conductors: list[str], assistants: list[str],
                                                              expected: list[str]) -> None:
    assert placers(conductors, assistants, "report", {"report": "area/report"}, PLACED) == expected
