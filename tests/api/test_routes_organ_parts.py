"""A body's own parts (its office, its party group) make no name ambiguous, on both stores: in a store of one
province's reports, 省人大常委会 is its standing committee (a module of its own: it fills a store of its own,
where the sample store's readers share theirs)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.ingest import write_reports
from api_helpers import BOTH_STORES, Api, empty_store
from loaders import load

ONE_PROVINCE = """url: http://www.hppc.gov.cn/2023/report.html
organ: 湖北省人民代表大会常务委员会
level: provincial
year: 2023

一年来，省人大常委会组织开展《中华人民共和国湿地保护法》执法检查，听取审议省人民政府关于湿地保护工作情况的报告。\
省人大常委会办公厅认真做好服务保障工作。中共湖北省人大常委会党组定期研究监督工作。
"""


@pytest.fixture(params=BOTH_STORES)
def one_province(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """A store holding one province's report, whose standing committee's office and party group are organs too."""
    source = tmp_path_factory.mktemp("one-province") / "hubei.txt"
    source.write_text(ONE_PROVINCE, encoding="utf-8")
    with empty_store(request, tmp_path_factory) as db:
        write_reports(db, [(str(source), load(str(source)))])
        with TestClient(create_app(db), base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
            yield Api(client)


def test_a_body_is_not_made_ambiguous_by_its_own_office_and_party_group(one_province: Api) -> None:
    organs = {o["label"] for o in one_province.get("/organs")["items"]}
    assert {"湖北省人民代表大会常务委员会办公厅", "中共湖北省人民代表大会常务委员会党组"} <= organs
    full = one_province.get("/activities", organ="湖北省人民代表大会常务委员会")
    assert full["total"] > 0
    for name in ("省人大常委会", "人大常委会", "常委会"):
        assert one_province.get("/activities", organ=name) == full, name

