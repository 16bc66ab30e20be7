"""Each view of the explorer in Chromium on the samples, with a screenshot of each: the default
view (readable, labels apart), labels of facts, a law's and an organ's panel with their charts,
capped expansion, fit, paged coverage, the whole-graph PNG, and an empty store."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from api_helpers import SEED_REPORT, WETLAND, open_explorer, shot

pytestmark = pytest.mark.browser
XINZHOU = "https://w3id.org/oversight-kg/id/organ/武汉市新洲区人民代表大会常务委员会"
CJK = "document.fonts.check('14px \"Noto Sans CJK SC\"', '湿地保护法')"

#: Label boxes of the visible nodes, in canvas coordinates, once vis-network has drawn them.
LABEL_BOXES = """() => okg.nodeView.getIds().map((id) => { const n = okg.network.body.nodes[id];
  const s = n.labelModule.size; return { id, text: n.options.label, box: [s.left, s.top, s.left + s.width, s.top + s.height] }; })"""


def overlapping(labels: list[dict[str, Any]]) -> list[tuple[str, str]]:
    def meet(a: list[float], b: list[float]) -> bool:
        return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    return [(x["text"], y["text"]) for i, x in enumerate(labels) for y in labels[i + 1:] if meet(x["box"], y["box"])]


def open_node(page: Any, iri: str) -> None:
    page.evaluate("(iri) => okg.showDetails(iri)", iri)
    page.wait_for_selector("#details h2")
    page.wait_for_selector("#details .evidence, #details p.muted >> nth=1")


def test_default_view_is_readable_and_its_labels_do_not_overlap(page: Any) -> None:
    page.wait_for_timeout(800)
    labels = page.evaluate(LABEL_BOXES)
    assert len(labels) >= 4 and all(label["text"] and label["text"] != "?" for label in labels)
    assert overlapping(labels) == []
    assert page.evaluate(CJK)
    assert page.is_hidden("#empty-store")
    shot(page, "view-1-default")


def test_facts_have_labels_and_properties_read_in_both_languages(page: Any) -> None:
    page.evaluate("(iri) => okg.expand(iri)", WETLAND)
    page.wait_for_function("() => okg.nodes.get().some((n) => n.types.includes('LawEnforcementInspection'))")
    inspection = page.evaluate("() => okg.nodes.get().find((n) => n.types.includes('LawEnforcementInspection'))")
    assert re.fullmatch(r"执法检查 · .+ · \d{4}|执法检查 · \d{4}", inspection["title"].split("\n")[0]), inspection
    open_node(page, inspection["id"])
    assert page.inner_text("#details h2").startswith("执法检查 ·")
    assert "监督事项" in page.inner_text("#details dl.props") or "年度" in page.inner_text("#details dl.props")
    assert "涉及法律" in page.inner_text("#details")
    assert "inForceFrom" not in page.inner_text("#details")
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#details h2')?.innerText.startsWith('Law-enforcement inspection')")
    assert "concerns law" in page.inner_text("#details")
    shot(page, "view-2-activity-en")
    page.click("#lang-toggle")


def test_a_laws_panel_says_who_inspected_it_and_when(page: Any) -> None:
    open_node(page, WETLAND)
    page.wait_for_selector("#details .inspected-by li")
    # 新洲's wetland inspection 配合省、市人大常委会联动开展 is the province's (round 47 ruling 10)
    assert "湖北省人民代表大会常务委员会" in page.inner_text("#details .inspected-by")
    bars = page.locator("#details svg.chart rect").count()
    assert bars >= 1 and "2023" in page.text_content("#details svg.chart")
    assert "施行日期" in page.inner_text("#details dl.props")  # inForceFrom, by its zh label
    shot(page, "view-3-law-panel")


def test_an_organs_panel_shows_its_activities_by_year(page: Any) -> None:
    open_node(page, XINZHOU)
    page.wait_for_selector("#details svg.chart rect")
    assert "每年的监督活动" in page.inner_text("#details") and "执法检查" in page.inner_text("#details .summary")
    shot(page, "view-4-organ-panel")


def test_expansion_is_capped_laid_out_by_type_and_fit(page: Any) -> None:
    page.evaluate("(iri) => okg.addNode({ iri, label: '新洲人大', types: ['Report'] })", SEED_REPORT)
    total = page.evaluate("(iri) => okg.api(`/entities/${encodeURIComponent(iri)}/neighbors?depth=1&limit=500`)"
                          ".then((r) => r.nodes.length)", SEED_REPORT)
    before = page.evaluate("okg.nodes.length")
    page.evaluate("(iri) => okg.expand(iri)", SEED_REPORT)
    page.wait_for_selector("#show-more:not([hidden])")
    added = page.evaluate("okg.nodes.length") - before
    assert total > 41 and added == 40
    assert "再显示" in page.inner_text("#show-more")
    page.click("#show-more")
    page.wait_for_function("(n) => okg.nodes.length > n", arg=before + 40)
    page.click("#fit")
    page.wait_for_function("() => okg.network.physics.stabilized")  # fit fits again once the layout settles
    page.wait_for_timeout(800)  # the 300 ms fit animation
    positions = page.evaluate("() => { const p = okg.network.getPositions(okg.nodeView.getIds());"
                              " return Object.values(p).map((q) => okg.network.canvasToDOM(q)); }")
    box = page.evaluate("() => { const r = document.querySelector('#graph').getBoundingClientRect();"
                        " return [r.width, r.height]; }")
    assert all(-5 <= p["x"] <= box[0] + 5 and -5 <= p["y"] <= box[1] + 5 for p in positions)  # all in view
    shot(page, "view-5-expanded-fit")


def test_coverage_is_paged_and_filtered(page: Any) -> None:
    page.click("#tab-coverage")
    page.wait_for_selector("#coverage-laws li")
    first = page.locator("#coverage-laws li").all_inner_texts()
    assert len(first) == 50
    total = int(page.inner_text("#cov-range").split("/")[1])
    assert total > 50
    page.click("#cov-next")
    page.wait_for_function("() => document.querySelector('#cov-range').innerText.startsWith('51')")
    assert page.locator("#coverage-laws li").all_inner_texts() != first
    page.select_option("#cov-level", "行政法规")
    page.wait_for_function("() => document.querySelector('#cov-range').innerText.startsWith('1')")
    levels = page.locator("#coverage-laws li .muted").all_inner_texts()
    assert levels and all(level.startswith("行政法规") for level in levels)
    shot(page, "view-6-coverage")


def test_law_levels_and_categories_read_in_english(page: Any) -> None:
    page.click("#tab-coverage")
    page.wait_for_selector("#coverage-laws li")
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#coverage table')?.innerText.includes('National law')")
    summary = page.inner_text("#coverage table")
    assert "Administrative law" in summary and "Administrative regulation" in summary
    assert "法律" not in summary and "行政法" not in summary  # no level or category left in Chinese
    assert "National law" in page.locator("#cov-level").inner_text()
    page.click("#tab-laws")
    page.wait_for_selector("#laws-table tbody tr")
    assert "National law" in page.inner_text("#laws-table tbody")
    shot(page, "view-6b-coverage-en")
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#laws-table tbody')?.innerText.includes('法律')")


def test_png_export_holds_the_whole_graph_at_a_readable_size(page: Any, tmp_path: Any) -> None:
    page.evaluate("(iri) => okg.expand(iri)", SEED_REPORT)
    page.wait_for_selector("#show-more:not([hidden])")
    page.wait_for_timeout(1500)
    page.evaluate("okg.network.moveTo({ scale: 0.2 })")  # a zoomed-out view must not shrink the picture
    spread = page.evaluate("() => { const p = Object.values(okg.network.getPositions(okg.nodeView.getIds()));"
                           " return [Math.max(...p.map((q) => q.x)) - Math.min(...p.map((q) => q.x)),"
                           " Math.max(...p.map((q) => q.y)) - Math.min(...p.map((q) => q.y))]; }")
    with page.expect_download() as png:
        page.click("#export-png")
    saved = tmp_path / "graph.png"
    png.value.save_as(saved)
    size = page.evaluate("okg.lastPng")
    assert size["width"] >= min(spread[0], 8000) and size["height"] >= min(spread[1], 8000)
    assert saved.stat().st_size > 20_000
    assert page.evaluate("okg.network.getScale()") == pytest.approx(0.2)  # the view is put back


@pytest.fixture()
def empty_page(chromium: Any, empty_server: str) -> Iterator[Any]:
    yield from open_explorer(chromium, empty_server)


def test_an_empty_store_says_so(empty_page: Any) -> None:
    assert empty_page.is_visible("#empty-store")
    assert "okg ingest" in empty_page.inner_text("#empty-store")
    shot(empty_page, "view-7-empty-store")
