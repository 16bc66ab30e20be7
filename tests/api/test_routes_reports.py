"""Reports: the list, and one report's text with its evidence spans marked."""
from __future__ import annotations

from urllib.parse import quote

from api_helpers import SEED_REPORT as SEED
from api_helpers import Api, path_id

from api.routes.reports import segments
from api.cli import SAMPLES
from ontology import iri


def test_reports_list_all_samples(api: Api) -> None:
    page = api.get("/reports", limit=100)
    assert page["total"] == 11
    assert SEED in {row["iri"] for row in page["items"]}


def test_report_text_with_spans_and_segments(api: Api) -> None:
    report = api.get(f"/reports/{path_id(SEED)}")
    assert "/report/sha256/" in SEED
    assert report == api.get("/reports/" + SEED.removeprefix(iri.base()))
    text = report["text"]
    assert report["spans"]
    for span in report["spans"]:
        if span.get("text"):
            assert text[span["start"]:span["end"]] == span["text"]
    assert "".join(piece["text"] for piece in report["segments"]) == text
    marked = [piece for piece in report["segments"] if piece["spans"]]
    assert any("湿地保护法" in piece["text"] for piece in marked)


def test_a_report_is_found_by_the_url_it_was_read_from(api: Api) -> None:
    sample = SAMPLES / "d01.txt"
    url = next(line.removeprefix("url:").strip() for line in sample.read_text(encoding="utf-8").splitlines()
               if line.startswith("url:"))
    report = api.get("/reports/" + quote(url, safe=""))
    assert report["iri"] == str(iri.report_for_url(url)) and "监督" in report["text"]


def test_unknown_report_is_404(api: Api) -> None:
    assert "no report" in api.get("/reports/report/nothing.txt", 404)["detail"]


def test_a_pages_address_without_its_prefix_is_told_the_id_to_use(api: Api) -> None:
    """A page's host and path pasted as an id (/reports/www.example-rd.gov.cn/a.html, a new user's try): the
    404 names the id (report/…) and the url form that would find it."""
    detail = api.get("/reports/www.example-rd.gov.cn/a.html", 404)["detail"]
    assert "report/www.example-rd.gov.cn/a.html" in detail and "https://www.example-rd.gov.cn/a.html" in detail
    assert "GET /reports" in api.get("/reports/report/nothing.txt", 404)["detail"]
    assert "url" not in api.get("/reports/sha256/0123456789abcdef", 404)["detail"]  # a text's hash is no address


def test_segments_split_overlapping_spans() -> None:
    pieces = segments("abcdef", [{"iri": "x", "start": 1, "end": 4}, {"iri": "y", "start": 3, "end": 5},
                                 {"iri": "bad", "start": 4, "end": 99}])
    assert [(p["text"], p["spans"]) for p in pieces] == [
        ("a", []), ("bc", ["x"]), ("d", ["x", "y"]), ("e", ["y"]), ("f", [])]
