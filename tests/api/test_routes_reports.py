"""Reports: the list, and one report's text with its evidence spans marked."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api_helpers import SEED_REPORT as SEED
from api_helpers import Api, path_id

from api.app import create_app
from api.cli import SAMPLES
from api.ingest import ingest
from api.routes.reports import segments
from api.settings import Settings
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


class _Counted(dict):
    """A span that counts how often its fields are read, in ``reads`` shared by all."""

    reads = [0]

    def __getitem__(self, key: str) -> Any:
        self.reads[0] += 1
        return super().__getitem__(key)


def test_segments_read_each_span_a_bounded_number_of_times() -> None:
    """Marking is one sweep: 4,000 spans (most nested in a longer one, as an activity holds its mentions) are
    read a few times each, however many pieces the text is cut into; testing every span against every piece
    read them 8,000 times each (a 2 MB report's 24k spans never answered, round 26)."""
    text = "法" * 20_000
    spans = [_Counted(iri=f"s{i}", start=5 * i, end=5 * i + 3) for i in range(4_000)]
    spans += [_Counted(iri="whole", start=0, end=20_000)]
    _Counted.reads[0] = 0
    pieces = segments(text, sorted(spans, key=lambda s: (s["start"], -s["end"])))
    assert _Counted.reads[0] <= 8 * len(spans)
    assert len(pieces) == 8_000 and "".join(p["text"] for p in pieces) == text
    assert pieces[0]["spans"] == ["whole", "s0"] and pieces[1]["spans"] == ["whole"]


@pytest.fixture(scope="module")
def long_report(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TestClient, str]]:
    """A report whose text is a sample's body 40 times (hundreds of spans), served with pages of at most 50; each
    copy's sentences end with its number (〔7〕。), since a passage told again word for word is one telling."""
    from graph.backends.embedded import EmbeddedStore

    header, body = (SAMPLES / "d07.txt").read_text(encoding="utf-8").split("\n\n", 1)
    path = Path(tmp_path_factory.mktemp("long")) / "long.txt"
    copies = "".join(body.rstrip("\n").replace("。", f"〔{copy}〕。") + "\n" for copy in range(40))
    path.write_text(header + "\n\n" + copies, encoding="utf-8")
    store = EmbeddedStore(tmp_path_factory.mktemp("long-store"))
    [result] = ingest([path], store)
    assert result.outcome == "inserted", result.error
    settings = Settings(max_limit=50, allowed_hosts=["testserver"])
    with TestClient(create_app(store, settings), raise_server_exceptions=False) as client:
        yield client, "/reports/" + result.report.removeprefix(iri.base())
    store.close()


def test_a_long_report_answers_a_page_of_its_spans(long_report: tuple[TestClient, str]) -> None:
    """A report stating more spans than a page holds answers its first OKG_MAX_LIMIT ones, the whole text cut at
    them, and how many there are; offset pages through all of them, in the text's order, each once."""
    client, url = long_report
    first = client.get(url).json()
    total = first["spans_total"]
    assert total > 200 and len(first["spans"]) == first["limit"] == 50 and first["offset"] == 0
    assert "".join(piece["text"] for piece in first["segments"]) == first["text"]
    page_spans = {span["iri"] for span in first["spans"]}
    assert {i for piece in first["segments"] for i in piece["spans"]} == page_spans
    seen: list[dict[str, Any]] = []
    for offset in range(0, total, 50):
        page = client.get(url, params={"offset": offset}).json()
        assert page["spans_total"] == total and page["text"] == first["text"]
        seen += page["spans"]
    assert len(seen) == total == len({span["iri"] for span in seen})
    assert seen == sorted(seen, key=lambda span: (span["start"], -span["end"], span["iri"]))
    assert all(first["text"][span["start"]:span["end"]] == span["text"] for span in seen if span["text"])
    assert client.get(url, params={"offset": total}).json()["spans"] == []


def test_a_report_page_larger_than_the_limit_says_how_to_page(long_report: tuple[TestClient, str]) -> None:
    client, url = long_report
    refused = client.get(url, params={"limit": 51})
    assert refused.status_code == 422
    assert "allowed range: 1–50" in refused.json()["detail"] and "offset=50" in refused.json()["detail"]
    assert "spans_total" in refused.json()["detail"]
    assert len(client.get(url, params={"limit": 7, "offset": 3}).json()["spans"]) == 7
