"""The explorer's Paths tab and its suggestion fields in Debian's Chromium (a first-time analyst's round 44, findings 6
and 13): the two entity fields keep a usable width whatever the option's label says, and a suggestion chosen with the
mouse or with ArrowDown+Enter, pressed as soon as the name is typed, is the one the field holds, every time."""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import pytest

from api_helpers import WETLAND, shot

pytestmark = pytest.mark.browser
FOREST_TITLE = "中华人民共和国森林法"
WETLAND_TITLE = "中华人民共和国湿地保护法"
FIELDS = ("#path-from", "#path-to")


def width(page: Any, selector: str) -> float:
    return page.eval_on_selector(selector, "e => e.getBoundingClientRect().width")


def first_hit(page: Any, text: str) -> str:
    """The IRI of the first suggestion /search gives for ``text`` (the one Enter chooses with none marked)."""
    answer = page.request.get(f"{page.url.rstrip('/')}/search?q={quote(text)}&limit=12")
    return json.loads(answer.text())["items"][0]["iri"]


@pytest.mark.parametrize("viewport", [(1400, 860), (1000, 760)])
def test_the_path_fields_are_wide_whatever_the_label_says(page: Any, viewport: tuple[int, int]) -> None:
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    page.click("#tab-path")
    panel = page.eval_on_selector("#panel-path", "e => e.clientWidth")
    for label in ("", "很长的说明" * 40):  # the label as shipped, then one far longer than any translation
        if label:
            page.eval_on_selector("#panel-path .path-mentions span", "(e, text) => { e.textContent = text; }", label)
        for field in FIELDS:
            assert width(page, field) >= 0.6 * panel, (field, width(page, field), panel, label[:10])
        assert width(page, "#find-path") < 0.4 * panel
    page.click("#lang-toggle")  # the English label is the longer one shipped
    for field in FIELDS:
        assert width(page, field) >= 0.6 * panel, (field, width(page, field), panel)


def test_paths_are_found_from_suggestions_chosen_with_the_mouse(page: Any) -> None:
    page.click("#tab-path")
    for field, text in zip(FIELDS, ("湿地保护法", "森林法")):
        page.click(field)
        page.keyboard.type(text)
        page.wait_for_selector(f"{field} + ul:not([hidden]) li[data-i]")
        box = page.locator(f"{field} + ul li[data-i]").first.bounding_box()
        assert box and box["width"] >= 0.6 * width(page, "#panel-path")  # the list is as wide as its field
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        assert page.eval_on_selector(field, "e => e.dataset.iri") == first_hit(page, text)
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    assert FOREST_TITLE in page.inner_text("#path-result")


def test_arrow_down_and_enter_choose_the_first_suggestion_of_the_text_typed_every_time(page: Any) -> None:
    """The keys are pressed with no pause after the typing, before /search has answered (its fields wait 200 ms): they
    wait for the text's suggestions, and never act on a list left from an earlier text (before round 44 Enter chose
    nothing in an empty field, or the suggestion chosen before)."""
    page.click("#tab-path")
    for field, text in zip(FIELDS, (WETLAND_TITLE, FOREST_TITLE)):
        page.click(field)
        page.keyboard.type(text)
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.wait_for_function("f => document.querySelector(f).dataset.iri", arg=field)
        assert page.eval_on_selector(field, "e => e.dataset.iri") == first_hit(page, text)
    page.keyboard.press("Enter")
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    assert FOREST_TITLE in page.inner_text("#path-result")
    shot(page, "paths-keyboard")

    for round_ in range(3):  # the main search, switching between two names: each time the name just typed
        for text, title in ((WETLAND_TITLE, WETLAND_TITLE), (FOREST_TITLE, FOREST_TITLE)):
            page.fill("#search", "")
            page.click("#search")
            page.keyboard.type(text)
            page.keyboard.press("ArrowDown")
            page.keyboard.press("Enter")
            page.wait_for_function("t => document.querySelector('#details h2')?.textContent === t", arg=title,
                                   timeout=10_000)
            assert page.eval_on_selector("#search", "e => e.dataset.iri") == first_hit(page, text), round_
    assert first_hit(page, WETLAND_TITLE) == WETLAND


def test_a_name_typed_in_full_needs_no_choice_and_an_edited_choice_is_dropped(page: Any) -> None:
    page.click("#tab-path")
    page.fill("#path-from", WETLAND_TITLE)
    page.fill("#path-to", FOREST_TITLE)
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    assert FOREST_TITLE in page.inner_text("#path-result")
    page.click("#path-to")
    page.keyboard.press("End")
    page.keyboard.type("实施条例之外")  # no entity has this name: the field names none, and no old choice stands
    page.click("#find-path")
    page.wait_for_function("() => document.querySelector('#path-result').textContent === '请先选择两个实体'")
