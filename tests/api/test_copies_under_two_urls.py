"""One text under two ``url:`` addresses (a fresh user's study 6, F4): the copies are one report, named by one
address chosen by the copies alone (never by which came first), the note saying the addresses differ; and dropping
the copy whose header gave the report its reading reads the report again from the files it keeps, so no address
outlives the file that gave it. Which address names the report is the copies' choice, above the store: that test runs
on the embedded store (``EMBEDDED_EMPTIED_ONLY``, round 50); the others, which store both copies, delete one and read
the report again under a new id, run on Neo4j too."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.delete import delete_reports
from api.ingest import IngestResult, write_reports
from api_helpers import EMBEDDED_EMPTIED_ONLY
from graph import Store
from loaders import load

TEXT = ("2024年11月，长子县人大常委会执法检查组对《中华人民共和国大气污染防治法》贯彻实施情况开展执法检查。"
        "检查组实地察看了企业和工地，听取了县政府及有关部门的汇报。\n")
URLS = {"real": "http://epaper.ichangzhi.com.cn/czrb/html/2024-11/26/content_143892_1555566.htm",
        "made-up": "http://epaper.ichangzhi.com.cn/x/caps.htm"}
#: How the made-up copy's header is written, as the user wrote it (capital keys, level and year words) or plainly.
HEADERS = {"caps": "URL: {url}\nOrgan: 长子县人民代表大会常务委员会\nLevel: 县级\nYear: 2024年\n\n",
           "plain": "url: {url}\norgan: 长子县人民代表大会常务委员会\nlevel: county\nyear: 2024\n\n"}


@pytest.fixture()
def store(emptied_store: Store) -> Store:
    """An empty store of each kind (the embedded one if so marked), one per module emptied for each test (the
    reference graphs kept)."""
    return emptied_store


def _copies(folder: Path, made_up: str) -> dict[str, str]:
    """The real copy and the one under a made-up address, as files: name → path."""
    written = {}
    for name, url in URLS.items():
        path = folder / f"{name}.txt"
        path.write_text((HEADERS["plain"] if name == "real" else HEADERS[made_up]).format(url=url) + TEXT, encoding="utf-8")
        written[name] = str(path)
    return written


def _store(store: Store, *paths: str) -> list[IngestResult]:
    return write_reports(store, [(path, load(path)) for path in paths])


def _cited(store: Store) -> set[str]:
    """The sources every inspection row cites, and the stored reports."""
    return {row["source"] for row in store.activities()} | {row["iri"] for row in store.reports()}


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("made_up", sorted(HEADERS))
def test_the_address_that_names_the_report_is_the_copies_choice_and_the_note_says_they_differ(
        store: Store, tmp_path: Path, made_up: str) -> None:
    files = _copies(tmp_path, made_up)
    stores = []
    for order in (["real", "made-up"], ["made-up", "real"]):
        for row in store.reports():
            delete_reports(store, [row["iri"]])
        first, second = _store(store, *(files[name] for name in order))
        assert first.outcome == "inserted" and second.outcome in ("duplicate", "replaced")
        assert "different url: addresses" in (second.note or ""), second.note
        [report] = store.reports()
        stores.append((report["iri"], sorted(report["sources"])))
    assert stores[0] == stores[1]  # either order, one report under one address


@pytest.mark.parametrize("made_up", sorted(HEADERS))
def test_dropping_the_copy_that_gave_the_reading_reads_the_report_again_from_the_other(
        store: Store, tmp_path: Path, made_up: str) -> None:
    files = _copies(tmp_path, made_up)
    _store(store, files["real"], files["made-up"])
    [report] = store.reports()
    kept = next(name for name, url in URLS.items() if url in report["sources"])
    other = "real" if kept == "made-up" else "made-up"
    [result] = delete_reports(store, [files[kept]])
    assert result.outcome == "source dropped" and result.sources == (files[other],)
    assert result.note and f"read again from {files[other]}" in result.note
    [now] = store.reports()
    assert URLS[other] in now["sources"] and URLS[kept] not in now["sources"]
    assert not any(URLS[kept] in cited or URLS[kept].split("://")[1] in cited for cited in _cited(store))
    assert len(store.activities()) == 1  # still one inspection


def test_dropping_the_copy_whose_reading_is_not_used_keeps_the_report_as_it_is(store: Store, tmp_path: Path) -> None:
    files = _copies(tmp_path, "caps")
    _store(store, files["real"], files["made-up"])
    [report] = store.reports()
    unused = next(name for name, url in URLS.items() if url not in report["sources"])
    [result] = delete_reports(store, [files[unused]])
    assert result.outcome == "source dropped" and result.note is None
    [now] = store.reports()
    assert now["iri"] == report["iri"]


def test_a_report_whose_other_copy_is_gone_keeps_its_reading_and_says_what_to_do(store: Store, tmp_path: Path) -> None:
    files = _copies(tmp_path, "caps")
    _store(store, files["real"], files["made-up"])
    [report] = store.reports()
    kept = next(name for name, url in URLS.items() if url in report["sources"])
    other = "real" if kept == "made-up" else "made-up"
    Path(files[other]).unlink()
    [result] = delete_reports(store, [files[kept]])
    assert result.outcome == "source dropped" and "okg delete the report" in (result.note or "")
    assert store.reports()[0]["iri"] == report["iri"]


def test_a_dry_run_says_it_would_read_again_and_writes_nothing(store: Store, tmp_path: Path) -> None:
    files = _copies(tmp_path, "plain")
    _store(store, files["real"], files["made-up"])
    before = store.reports()
    kept = next(name for name, url in URLS.items() if url in before[0]["sources"])
    [result] = delete_reports(store, [files[kept]], dry_run=True)
    assert "would be read again" in (result.note or "") and store.reports() == before


def test_a_copy_whose_header_gives_no_year_never_re_dates_the_report(store: Store, tmp_path: Path) -> None:
    """A second copy under another address whose header gave a date of issue but no year replaced the reading of
    the first, whose header gave the year: the report was re-dated by the year its text gives, and the note said its
    header "states more kinds of thing (13 against 12)" where both headers gave three fields (a fresh user's round
    24, finding 3). Either order, the report keeps the header's year and the note names what each header states."""
    text = "2022年，区人大常委会对《中华人民共和国大气污染防治法》开展执法检查，听取和审议了区政府关于环境保护工作情况的报告。\n"
    organ = "organ: 武汉市新洲区人民代表大会常务委员会\n"
    files = {"year": tmp_path / "year.txt", "issued": tmp_path / "issued.txt"}
    files["year"].write_text(f"url: http://www.example.gov.cn/a.html\n{organ}year: 2023\n\n{text}", encoding="utf-8")
    files["issued"].write_text(f"url: http://www.example.gov.cn/b.html\n{organ}issued: 2024-01-15\n\n{text}",
                               encoding="utf-8")
    for order in (["year", "issued"], ["issued", "year"]):
        for row in store.reports():
            delete_reports(store, [row["iri"]])
        first, second = _store(store, *(str(files[name]) for name in order))
        [report] = store.reports()
        assert report["iri"].endswith("www.example.gov.cn/a.html") and report["year"] == 2023, order
        assert second.outcome == ("duplicate" if order[0] == "year" else "replaced")
        assert ("its header states more of whose report it is (organ, url, year) than the other's (organ, url)"
                in (second.note or "")), second.note
