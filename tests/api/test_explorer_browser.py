"""The explorer in Debian's Chromium: search, open a node, read the evidence, expand, switch
language, sort the laws table. Screenshots go to OKG_SCREENSHOT_DIR (default: a folder in the temporary directory); OKG_UPDATE_SCREENSHOT=1 also refreshes docs/explorer.png."""
from __future__ import annotations

import os
from urllib.parse import quote
from pathlib import Path
from typing import Any

import pytest

from api_helpers import WETLAND, shot
from shared_stores import SharedStore

pytestmark = pytest.mark.browser
DOCS_SHOT = Path(__file__).resolve().parents[2] / "docs" / "explorer.png"


def node_position(page: Any, iri: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    page.evaluate("okg.network.stopSimulation()")
    point = page.evaluate(
        "(iri) => { const p = okg.network.getPositions([iri])[iri]; const d = okg.network.canvasToDOM(p);"
        " const r = document.querySelector('#graph').getBoundingClientRect(); return [r.left + d.x, r.top + d.y]; }",
        iri)
    return point[0], point[1]


def search_and_open_wetland(page: Any) -> None:
    page.fill("#search", "湿地保护法")
    page.wait_for_selector("#suggestions li[data-i]")
    page.click("#suggestions li[data-i] >> text=中华人民共和国湿地保护法")
    page.wait_for_selector("#details .evidence li")


def test_search_open_evidence_report_expand(page: Any) -> None:
    search_and_open_wetland(page)
    assert page.inner_text("#details h2") == "中华人民共和国湿地保护法"
    sentences = page.locator("#details .evidence .sentence").all_inner_texts()
    assert any("湿地保护法" in s and "执法检查" in s for s in sentences), sentences
    shot(page, "1-details")

    page.locator("#details a.report-link").first.click()
    page.wait_for_selector("#report-view:not([hidden]) #report-text mark.current")
    # the current evidence may be cut into several marks where mentions lie inside it
    current = "".join(page.locator("#report-text mark.current").all_inner_texts())
    assert "湿地保护法" in current and "执法检查" in current
    shot(page, "2-report")
    page.click("#report-close")

    before = page.evaluate("okg.nodes.length")
    x, y = node_position(page, WETLAND)
    page.mouse.dblclick(x, y)
    page.wait_for_function("n => okg.nodes.length > n", arg=before, timeout=10_000)
    assert page.evaluate("okg.edges.get().some(e => e.to === arguments[0] || e.from === arguments[0])"
                         .replace("arguments[0]", repr(WETLAND)))
    page.wait_for_timeout(1500)
    shot(page, "3-expanded")
    if os.environ.get("OKG_UPDATE_SCREENSHOT"):  # the README's picture of the sample corpus
        page.screenshot(path=str(DOCS_SHOT), type="png")


def test_language_switch_and_laws_table(page: Any) -> None:
    assert page.inner_text("#tab-laws") == "被检查的法律"
    page.click("#lang-toggle")
    assert page.inner_text("#tab-laws") == "Laws inspected"
    assert page.evaluate("document.documentElement.lang") == "en"
    assert "Law or regulation" in page.inner_text("#legend")
    page.click("#tab-laws")
    page.wait_for_selector("#laws-table tbody tr")
    titles = page.locator("#laws-table tbody td:first-child").all_inner_texts()
    assert "中华人民共和国湿地保护法" in titles
    times = [int(t) for t in page.locator("#laws-table tbody td:nth-child(3)").all_inner_texts()]
    assert times == sorted(times, reverse=True)
    page.click("#laws-table th[data-key=times]")
    times = [int(t) for t in page.locator("#laws-table tbody td:nth-child(3)").all_inner_texts()]
    assert times == sorted(times)
    assert page.get_attribute("#laws-table th[data-key=times]", "aria-sort") == "ascending"
    assert page.locator("#laws-table th[data-key=y2023]").count() == 1
    shot(page, "4-laws-table-en")
    page.click("#lang-toggle")
    assert page.inner_text("#laws-table th[data-key=times]").startswith("检查次数")


def test_filters_paths_coverage_and_export(page: Any) -> None:
    search_and_open_wetland(page)
    page.uncheck("#legend input[data-group=Law]")
    assert WETLAND not in page.evaluate("okg.network.body.data.nodes.getIds()")
    page.check("#legend input[data-group=Law]")
    page.click("#tab-path")
    for field, text in (("#path-from", "湿地保护法"), ("#path-to", "森林法")):
        page.fill(field, text)
        page.click(f"{field} + ul li[data-i]")
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    assert "中华人民共和国森林法" in page.inner_text("#path-result")
    page.click("#tab-coverage")
    page.wait_for_selector("#coverage h3")
    with page.expect_download() as png:
        page.click("#export-png")
    assert png.value.suggested_filename == "oversight-kg.png"
    with page.expect_download() as data:
        page.click("#export-json")
    exported = Path(data.value.path()).read_text(encoding="utf-8")
    assert WETLAND in exported
    page.click("#tab-laws")
    page.wait_for_selector("#laws-table tbody tr")
    page.wait_for_timeout(1500)
    shot(page, "5-overview")


def test_the_explorer_asks_for_the_key_once_per_session(chromium: Any, shared_samples: SharedStore) -> None:
    from api.app import create_app
    from api.settings import Settings
    from api_helpers import serving

    key = "explorer-key-" + "k" * 20
    with serving(create_app(shared_samples.read_only("embedded"), Settings(api_key=key))) as url:
        context = chromium.new_context(locale="zh-CN")
        tab = context.new_page()
        asked: list[str] = []

        def answer(dialog: Any) -> None:
            asked.append(dialog.message)
            dialog.accept(key)

        tab.on("dialog", answer)
        tab.goto(url + "/")
        tab.wait_for_selector("body[data-ready=true]", timeout=15_000)
        search_and_open_wetland(tab)
        tab.reload()
        tab.wait_for_selector("body[data-ready=true]", timeout=15_000)
        search_and_open_wetland(tab)
        context.close()
    assert len(asked) == 1 and "API" in asked[0]


def test_a_long_reports_later_evidence_is_marked(page: Any, live_server: str) -> None:
    """The report view reads a report's spans a page at a time up to the fact opened, then a page a click (round 27: it
    asked once, so evidence past the first OKG_MAX_LIMIT spans was never marked). The report view's first request asks for
    pages of 2 spans here (the page it is answered with sets the size of the next), which makes every report long."""
    import httpx

    def small_pages(route: Any) -> None:
        asked = route.request.url
        route.continue_(url=asked if "limit=" in asked else asked + ("&" if "?" in asked else "?") + "limit=2")

    page.route("**/reports/**", small_pages)
    search_and_open_wetland(page)
    links = page.eval_on_selector_all("#details a.report-link", "as => as.map(a => [a.dataset.report, +a.dataset.start])")
    first = {iri: httpx.get(f"{live_server}/reports/{quote(iri, safe='')}", params={"limit": 2}).json() for iri, _ in links}
    late = [(iri, at) for iri, at in links if first[iri]["spans_total"] > 2 and at > first[iri]["spans"][-1]["start"]]
    assert late, "no evidence of the law lies past its report's first page"
    iri, at = late[0]
    page.locator(f"#details a.report-link[data-start='{at}']").first.click()
    page.wait_for_selector("#report-view:not([hidden]) #report-text mark.current")
    assert "湿地保护法" in "".join(page.locator("#report-text mark.current").all_inner_texts())
    total = first[iri]["spans_total"]
    shown = lambda: set(page.eval_on_selector_all("#report-text mark", "ms => ms.map(m => +m.dataset.start)"))  # noqa: E731
    assert f"/{total} " in page.inner_text("#report-more") or f" of {total} " in page.inner_text("#report-more")
    for _ in range(total):  # the later pages, one a click
        if page.is_hidden("#report-more"):
            break
        before = page.inner_text("#report-more")
        page.click("#report-more")
        page.wait_for_function("t => { const b = document.querySelector('#report-more'); return b.hidden || b.textContent !== t; }",
                               arg=before)
    assert page.is_hidden("#report-more")
    marked = shown()
    every = httpx.get(f"{live_server}/reports/{quote(iri, safe='')}").json()
    assert every["spans_total"] == total <= len(every["spans"])
    assert {s["start"] for s in every["spans"]} <= marked  # every span of every page is marked, the last one too
