"""The explorer's laws table lists the laws a report only plans to inspect (round 43: /laws counted them in
planned_inspections, the table left them out, so next year's plan was nowhere to browse), with a planned column and a
menu of reported, planned or both, as /activities?status= reads a status. One page in headless Chromium."""
from __future__ import annotations

from typing import Any

import pytest

from api_helpers import shot

pytestmark = pytest.mark.browser


def _titles(page: Any) -> set[str]:
    return set(page.locator("#laws-table tbody a.law").all_inner_texts())


def _choose(page: Any, status: str, titles: set[str]) -> None:
    page.select_option("#laws-status", status)
    page.wait_for_function("(n) => document.querySelectorAll('#laws-table tbody tr').length === n", arg=len(titles))


def test_laws_only_planned_are_rows_with_their_count_and_the_menu_selects_them(page: Any) -> None:
    laws = page.evaluate("() => okg.api('/laws?limit=1000&mentions_limit=0')")["items"]
    reported = {law["title"] for law in laws if law["times_inspected"] or law["followed_up_only"]}
    planned = {law["title"] for law in laws if law["planned_inspections"]}
    only_planned = [law for law in laws if law["planned_inspections"] and law["title"] not in reported]
    assert only_planned and planned & reported, "the samples plan laws never inspected and laws inspected too"
    page.click("#tab-laws")
    page.wait_for_selector("#laws-table tbody tr")
    assert _titles(page) == reported | planned  # both, by default
    cells = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('#laws-table tbody tr')].map((tr) =>
        [tr.querySelector('a.law').textContent, [tr.children[2].textContent, tr.querySelector('td.planned').textContent]]))""")
    for law in only_planned:
        assert cells[law["title"]] == ["0", str(law["planned_inspections"])]
    _choose(page, "planned", planned)
    assert _titles(page) == planned
    _choose(page, "reported", reported)
    assert _titles(page) == reported
    _choose(page, "", reported | planned)
    page.click("#laws-table th[data-key=planned]")  # sorted by the planned count, most first
    counts = [int(n or 0) for n in page.locator("#laws-table tbody td.planned").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#laws-table th[data-key=planned]')?.textContent === 'Planned'")
    assert page.inner_text("#laws-status option[value=planned]") == "planned"
    shot(page, "planned-laws-table-en")
    page.click("#lang-toggle")
    law = only_planned[0]
    page.evaluate("(iri) => okg.showDetails(iri)", law["iri"])
    page.wait_for_selector("#details h3 >> text=证据句")
    summary = page.inner_text("#details")
    assert "图中没有对这部法律的执法检查" in summary and f"报告计划检查 {law['planned_inspections']} 次" in summary
