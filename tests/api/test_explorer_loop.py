"""The accountability loop on a law's panel of the explorer, in Chromium: the inspection with its
finding and opinion, and the next year's follow-up pointing back at it; labels in both languages."""
from __future__ import annotations

from typing import Any

import pytest

from api_helpers import shot
from loop_reports import FOOD

pytestmark = pytest.mark.browser


@pytest.fixture()
def page(loop_page: Any) -> Any:
    return loop_page


def test_a_laws_panel_shows_its_loop_across_years(page: Any) -> None:
    page.evaluate("(iri) => okg.showDetails(iri)", FOOD)
    page.wait_for_selector("#details ol.loop li")
    loop = page.inner_text("#details ol.loop")
    assert "监督闭环" in page.inner_text("#details .summary")
    assert "执法检查 · 中华人民共和国食品安全法 · 2021" in loop
    assert "检查发现问题15个" in loop and "形成审议意见交区人民政府研究处理" in loop
    assert "跟踪监督" in loop and "↳" in loop  # the 2022 follow-up points back at the 2021 inspection
    shot(page, "view-loop-zh")
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#details ol.loop')?.innerText.includes('Law-enforcement inspection')")
    assert "Accountability loop" in page.inner_text("#details .summary")
    shot(page, "view-loop-en")
    page.click("#lang-toggle")
