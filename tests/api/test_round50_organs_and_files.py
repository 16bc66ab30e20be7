"""Organs by place, a file not what its name says, a title's month opening (round 50, newuser35 B7 and B9).

``/organs?jurisdiction=`` takes a place as ``/activities`` reads it (its sub-areas included; 422 naming ``/areas`` for
a place the store holds nothing of); random bytes named ``.pdf`` are refused as no PDF, as the README says; a report's
title drops a month opening (10月，…) as it drops a day's. Organs on both stores."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import DCTERMS

from api_helpers import api_of, upsert_texts
from graph import Store
from loaders import read
from loaders.build import build
from loaders.extract import extract
from loaders.read import ReadError

REPORTS = {
    "jingzhou.txt": ("2020年，区人大常委会对《中华人民共和国野生动物保护法》实施情况开展执法检查，区林业局汇报了工作情况。",
                     {"organ": "荆州市荆州区人民代表大会常务委员会", "level": "county", "year": "2020"}),
    "yuanan.txt": ("2021年，縣人大常委會對《中華人民共和國森林法》實施情況開展執法檢查。",
                   {"organ": "远安县人民代表大会常务委员会", "level": "county", "year": "2021"}),
    "shanghai.txt": ("2022年，市人大常委会听取和审议市政府关于生态环境保护工作情况的报告。",
                     {"organ": "上海市人民代表大会常务委员会", "level": "province", "year": "2022"}),
}


@pytest.fixture()
def store(emptied_store: Store) -> Store:
    return upsert_texts(emptied_store, REPORTS)


@pytest.mark.parametrize("place, holds, lacks", [
    ("荆州区", "荆州市荆州区人民代表大会常务委员会", "远安县人民代表大会常务委员会"),
    ("荆州市", "荆州市荆州区人民代表大会常务委员会", "上海市人民代表大会常务委员会"),
    ("湖北省", "远安县人民代表大会常务委员会", "上海市人民代表大会常务委员会"),
    ("遠安縣", "远安县人民代表大会常务委员会", "荆州市荆州区人民代表大会常务委员会"),
    ("上海", "上海市人民代表大会常务委员会", "远安县人民代表大会常务委员会"),
])
def test_organs_by_place_include_its_sub_areas_only(store: Store, place: str, holds: str, lacks: str) -> None:
    with api_of(store) as api:
        labels = {row["label"] for row in api.get(f"/organs?jurisdiction={place}&limit=1000")["items"]}
        every = {row["label"] for row in api.get("/organs?limit=1000")["items"]}
        nation = {row["label"] for row in api.get("/organs?jurisdiction=全国&limit=1000")["items"]}
    assert holds in labels and lacks not in labels, labels
    assert labels < every and nation == every


@pytest.mark.parametrize("place", ["火星", "北京市"])
def test_a_place_the_store_holds_nothing_of_is_refused_naming_the_way_to_find_one(store: Store, place: str) -> None:
    with api_of(store) as api:
        answer = api.client.get(f"/organs?jurisdiction={place}")
    assert answer.status_code == 422, answer.text
    assert "GET /areas" in answer.json()["detail"], answer.text


@pytest.mark.parametrize("suffix, called", [(".pdf", "not a PDF"), (".docx", "not a DOCX document"),
                                            (".doc", "not a Word .doc")])
@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x00\x01\x02garbage\xff\xfe" * 50],
                         ids=["all-bytes", "nul-bytes"])
def test_random_bytes_named_as_a_document_are_refused_as_not_one(tmp_path: Path, suffix: str, called: str,
                                                                  data: bytes) -> None:
    path = tmp_path / f"fake{suffix}"
    path.write_bytes(data)
    with pytest.raises(ReadError) as refused:
        read(path)
    assert str(refused.value).startswith(f"{path}: {called} (its bytes do not start with"), refused.value


@pytest.mark.parametrize("opening", ["10月，", "十月，", "今年6月份，", "2020年10月，", "8月下旬，", "5月23日，"])
def test_a_title_drops_a_month_opening_as_a_day_s(tmp_path: Path, opening: str) -> None:
    path = tmp_path / "news.txt"
    path.write_text(f"organ: 武汉市人民代表大会常务委员会\nlevel: city\nyear: 2020\n\n{opening}市人大常委会对《中华人民共和国"
                    "大气污染防治法》贯彻实施情况开展执法检查。检查组实地察看了重点企业。\n", encoding="utf-8")
    doc = read(path)
    built = build(doc, extract(doc))
    [title] = [str(t) for t in built.graph.objects(built.iri, DCTERMS.title)]
    assert title.startswith("市人大常委会对《中华人民共和国大气污染防治法》"), title
