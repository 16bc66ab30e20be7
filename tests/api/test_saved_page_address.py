"""Two copies of one saved page, under two file names, are one report with the page's address (round 47, issue 13: a
saved page's address was lost, and with it the one-report-per-URL rule). The address is read from the page
(``loaders.read``) and the copies made one report above the store: on the embedded store (round 50); copies of one
text under one URL stored as one report on Neo4j are ``test_ingest_identity``'s
``test_copies_of_one_text_give_one_store_in_any_order_and_on_every_rerun``."""
from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from api.app import create_app
from api.ingest import expand, ingest
from api_helpers import EMBEDDED_EMPTIED_ONLY
from graph import Store

PAGE = Path(__file__).parents[1] / "fixtures" / "readers" / "xinzhou.html"
ADDRESS = "https://www.whrd.gov.cn/xwzx/qrddt/202402/t20240209_1234.shtml"


@EMBEDDED_EMPTIED_ONLY
def test_copies_of_a_saved_page_are_one_report_at_its_address(emptied_store: Store, tmp_path: Path) -> None:
    doctype, rest = PAGE.read_text(encoding="utf-8").split("\n", 1)
    mark = f"<!-- saved from url=({len(ADDRESS):04d}){ADDRESS} -->"
    (tmp_path / "chrome.html").write_text(f"{doctype}\n{mark}\n{rest}", encoding="utf-8")
    (tmp_path / "ie copy.htm").write_text(f"{mark}\r\n{doctype}\r\n{rest}", encoding="utf-8")
    results = ingest(expand([tmp_path]), emptied_store)
    assert [r.outcome for r in results if r.outcome == "failed"] == []
    with TestClient(create_app(emptied_store), base_url="http://127.0.0.1") as client:
        reports = client.get("/reports").json()["items"]
    assert [report["source"] for report in reports] == [ADDRESS]  # one report, opened at its address
