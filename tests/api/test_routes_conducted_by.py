"""Who carried the work out, as a column, on both stores (round 46, newuser32's finding 10: ``/activities`` gave
``organs``, the conductor and its joint partners together, ``jointly_with`` and ``assisted_by``, and to list who
carried an inspection out an analyst subtracted). ``conducted_by`` is ``okg:conductedBy`` as the graph has it, in JSON,
CSV and XLSX, before ``jointly_with``; on the samples an entrusted inspection (马鞍山, 受省人大常委会委托) is the
entrusting province's, and one the district helped in step (新洲区, 配合省、市人大常委会联动开展) the province's, the
district assisting and the city neither (round 47 ruling 10: 配合 decides, 联动 or not).
And a boolean's or a choice's refused value is one line naming the parameter, the value and what it takes (finding
18: ``inspected=maybe`` answered the validator's raw message)."""
from __future__ import annotations

import io

import pytest

from api_helpers import Api

ORGAN = "https://w3id.org/oversight-kg/id/organ/"
ANHUI, MAANSHAN = ORGAN + "安徽省人民代表大会常务委员会", ORGAN + "马鞍山市人民代表大会常务委员会"
XINZHOU = "武汉市新洲区人民代表大会常务委员会"
HUBEI = ORGAN + "湖北省人民代表大会常务委员会"
WETLAND = "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法"
AIR = "https://w3id.org/oversight-kg/id/law/中华人民共和国大气污染防治法"


def test_every_row_names_its_conductor_apart_from_its_partners(api: Api) -> None:
    rows = api.items("/activities")
    assert rows and all(sorted({*row["conducted_by"], *row["jointly_with"]}) == row["organs"] for row in rows)
    assert any(row["conducted_by"] and row["assisted_by"] for row in rows)
    keys = list(rows[0])
    assert keys.index("conducted_by") == keys.index("jointly_with") - 1


def test_an_entrusted_inspection_is_the_entrusting_committees(api: Api) -> None:
    (row,) = [row for row in api.items("/activities", kind="执法检查", law=AIR) if MAANSHAN in row["assisted_by"]]
    assert (row["conducted_by"], row["jointly_with"], row["assisted_by"]) == ([ANHUI], [], [MAANSHAN])


def test_an_inspection_helped_in_step_is_the_first_body_s(api: Api) -> None:
    (row,) = [row for row in api.items("/activities", kind="执法检查", law=WETLAND) if ORGAN + XINZHOU in row["assisted_by"]]
    assert (row["conducted_by"], row["jointly_with"], row["assisted_by"]) == ([HUBEI], [], [ORGAN + XINZHOU])
    assert row["organs"] == [HUBEI]


@pytest.mark.parametrize("law", [AIR, WETLAND])
def test_files_name_the_conductor_before_the_partners(api: Api, law: str) -> None:
    from openpyxl import load_workbook

    json_rows = {row["iri"]: row for row in api.items("/activities", kind="执法检查", law=law)}
    csv_rows = api.csv_rows("/activities", kind="执法检查", law=law)
    answer = api.client.get("/activities", params={"kind": "执法检查", "law": law, "format": "xlsx"})
    header, *cells = load_workbook(io.BytesIO(answer.content), read_only=True).active.iter_rows(values_only=True)
    assert list(csv_rows[0]) == list(header)
    assert list(header).index("conducted_by") == list(header).index("jointly_with") - 1
    sheet = [dict(zip(header, line)) for line in cells]
    for csv_row, xlsx_row in zip(csv_rows, sheet, strict=True):
        named = [iri.rsplit("/", 1)[-1] for iri in json_rows[csv_row["iri"]]["conducted_by"]]
        assert len(named) == 1 and csv_row["conducted_by"] == xlsx_row["conducted_by"]
        assert named[0] in csv_row["conducted_by"] and csv_row["conducted_by"] not in csv_row["jointly_with"]


#: route → (parameter, a value it refuses, the values it takes, as the refusal lists them)
REFUSED = {"/laws": ("inspected", "maybe", "true, false, followed_up_only"),
           "/coverage": ("inspected", "sometimes", "true, false, followed_up_only"),
           "/activities": ("follow_up", "perhaps", "true, false"),
           "/statistics": ("status", "done-ish", "reported, planned")}


@pytest.mark.parametrize("path", sorted(REFUSED))
def test_a_refused_choice_is_one_line_naming_what_it_takes(api: Api, path: str) -> None:
    param, value, valid = REFUSED[path]
    detail = api.get(path, expect=422, **{param: value})["detail"]
    assert detail == f"{param}: unknown value {value!r}; valid values: {valid}"
